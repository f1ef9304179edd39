#include "ironstride/ingest/xml/track_file.hpp"

#include <fmt/format.h>

namespace ironstride::ingest::xml {

std::string with_line(std::string label, const util::SourcePos& pos) {
    if (pos.line) label += fmt::format(" (line {})", *pos.line);
    return label;
}

}  // namespace ironstride::ingest::xml
