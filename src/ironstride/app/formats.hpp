#pragma once

#include <span>

#include "ironstride/ingest/format_registry.hpp"

namespace ironstride::app {

/// The use case `formats`: the file formats `import` reads, with a one-line description each.
[[nodiscard]] std::span<const ingest::FormatEntry> list_formats();

}  // namespace ironstride::app
