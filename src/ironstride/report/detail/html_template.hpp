#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ironstride::report::detail {

/// Text for HTML: & < > and " become entities, so it is safe in element content and in quoted attribute values.
[[nodiscard]] std::string escape_html(std::string_view text);

/// Fills an HTML template (an asset file, report/assets/) from `values`, a JSON object. A small subset of Mustache:
/// - `{{name}}`: the string `name`, escaped with escape_html;
/// - `{{{name}}}`: the string `name` as it is, for the page's own CSS, script and script-safe JSON only;
/// - `{{#name}}…{{/name}}`: once per element of the array `name` (each element, an object, is looked up first),
///   once when `name` is true, never when it is false or an empty array;
/// - `{{! comment }}`: nothing.
/// A name is looked up in the innermost section's element first, then outwards. A section or comment tag alone on
/// its line removes that whole line, so the template can keep one tag a line.
/// Throws std::logic_error (a programmer error in the template or the model) for a name with no value, a value of
/// the wrong type, or unbalanced sections.
[[nodiscard]] std::string render_html_template(std::string_view text, const nlohmann::json& values);

}  // namespace ironstride::report::detail
