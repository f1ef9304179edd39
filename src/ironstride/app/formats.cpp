#include "ironstride/app/formats.hpp"

namespace ironstride::app {

std::span<const ingest::FormatEntry> list_formats() { return ingest::format_registry(); }

}  // namespace ironstride::app
