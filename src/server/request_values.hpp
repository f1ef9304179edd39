#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/http_message.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::server {

// Reading the values of a request. Every failure is a util::Error with code http.bad_request (or
// http.unsupported_media_type) naming the parameter or field in `subject`, what was found and what is allowed.

/// A query parameter as a day (YYYY-MM-DD); nothing when absent.
[[nodiscard]] std::optional<units::CivilDay> day_param(const Request& request, std::string_view name);
/// A query parameter as a whole number in [low, high]; nothing when absent.
[[nodiscard]] std::optional<int> int_param(const Request& request, std::string_view name, int low, int high);
/// Refuses query parameters other than `known` (a typo such as `?week=4` must not be silently ignored).
void expect_only_params(const Request& request, std::initializer_list<std::string_view> known);

/// The body as a JSON object: the Content-Type must be application/json (415 otherwise, which also keeps a
/// cross-site HTML form from posting here) and the text valid JSON (the byte offset of the first error when not).
/// Members other than `known` are refused.
[[nodiscard]] nlohmann::json json_object_body(const Request& request, std::initializer_list<std::string_view> known);

/// A member as a number; nothing when absent or null.
[[nodiscard]] std::optional<double> optional_number(const nlohmann::json& object, std::string_view key);
/// A member that must be there, as a number.
[[nodiscard]] double required_number(const nlohmann::json& object, std::string_view key);
/// A member as a day (a "YYYY-MM-DD" string); nothing when absent or null.
[[nodiscard]] std::optional<units::CivilDay> optional_day(const nlohmann::json& object, std::string_view key);

}  // namespace ironstride::server
