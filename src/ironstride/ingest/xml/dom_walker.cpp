#include "ironstride/ingest/xml/dom_walker.hpp"

#include <fmt/format.h>

#include "ironstride/util/echo.hpp"

namespace ironstride::ingest::xml {

std::string root_mismatch_message(const pugi::xml_node& root, std::string_view expected) {
    return fmt::format("root element is <{}>, expected <{}>", util::cut_for_display(root.name()), expected);
}

std::string not_a_number_message(const pugi::xml_node& node, std::string_view text, std::string_view expected) {
    return fmt::format("<{}> {} is not a number (expected {})", util::cut_for_display(local_name(node)),
                       util::quote_for_display(text), expected);
}

std::string not_a_timestamp_message(const pugi::xml_node& node, std::string_view text, std::string_view after_name) {
    return fmt::format("<{}>{} {} is not an ISO 8601 timestamp (expected e.g. 2024-05-01T06:30:00Z)",
                       util::cut_for_display(local_name(node)), after_name, util::quote_for_display(text));
}

}  // namespace ironstride::ingest::xml
