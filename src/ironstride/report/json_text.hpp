#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ironstride::report {

/// Sets `object[key]` to text from a file or the file system (a name, a path, a message), escaped as every output
/// escapes it (util::escape_for_display), and — only when escaping changed it — `object[key + "_bytes"]` to the
/// raw bytes in hex, so a name that is not UTF-8 neither breaks the JSON nor is lost. Empty text is null when
/// `empty_is_null`.
void put_text(nlohmann::json& object, const std::string& key, std::string_view text, bool empty_is_null = false);

/// The document as text. Every text member is escaped before it is set, so replacing invalid UTF-8 here is only
/// the last guard: a value missed elsewhere must not turn a whole command into an internal error.
[[nodiscard]] std::string dump_json(const nlohmann::json& document);

}  // namespace ironstride::report
