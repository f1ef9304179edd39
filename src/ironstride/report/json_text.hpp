#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ironstride::report {

/// Sets `object[key]` to text from a file or the file system (a name, a path), escaped as every output escapes it
/// (util::escape_for_display), and — only when escaping changed it — `object[key + "_bytes"]` to the raw bytes in
/// hex, so a name that is not UTF-8 neither breaks the JSON nor is lost. Empty text is null when `empty_is_null`.
void put_text(nlohmann::json& object, const std::string& key, std::string_view text, bool empty_is_null = false);

/// Escapes every string of the document in place (member names too), as put_text does, with the `_bytes`
/// companion for a member whose value changed: text read from a database written before values were escaped (or
/// by another program) must not make a JSON command fail or print control characters.
void escape_strings(nlohmann::json& document);

/// The document as two-space indented text, after escape_strings: the one way the commands that show imported data
/// (import, activities, show, report) write JSON.
[[nodiscard]] std::string dump_json(nlohmann::json document);

}  // namespace ironstride::report
