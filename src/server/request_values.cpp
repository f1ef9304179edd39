#include "server/request_values.hpp"

#include <charconv>
#include <string>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

using util::ErrorCode;

util::Error bad(std::string_view subject, std::string message, std::string found, std::string allowed) {
    return util::Error(ErrorCode::http_bad_request, std::move(message))
        .with_subject(std::string(subject))
        .with_found(std::move(found))
        .with_allowed(std::move(allowed));
}

std::string known_list(std::initializer_list<std::string_view> known) {
    std::string out;
    for (const std::string_view name : known) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<units::CivilDay> parse_day(std::string_view subject, std::string_view text) {
    auto day = units::parse_iso_date(text);
    if (!day) {
        throw bad(subject, fmt::format("{}: {}", subject, day.error().message()), std::string(text), "YYYY-MM-DD");
    }
    return *day;
}

}  // namespace

std::optional<units::CivilDay> day_param(const Request& request, std::string_view name) {
    const std::optional<std::string_view> text = request.param(name);
    if (!text) return std::nullopt;
    return parse_day(name, *text);
}

std::optional<int> int_param(const Request& request, std::string_view name, int low, int high) {
    const std::optional<std::string_view> text = request.param(name);
    if (!text) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < low || value > high) {
        throw bad(name, fmt::format("{} must be a whole number from {} to {}", name, low, high), std::string(*text),
                  fmt::format("{}–{}", low, high));
    }
    return value;
}

void expect_only_params(const Request& request, std::initializer_list<std::string_view> known) {
    for (const auto& [name, value] : request.query) {
        bool listed = false;
        for (const std::string_view k : known) listed = listed || k == name;
        if (!listed) {
            throw bad(name, fmt::format("unknown query parameter '{}'", name), name, known_list(known));
        }
    }
}

nlohmann::json json_object_body(const Request& request, std::initializer_list<std::string_view> known) {
    const std::string_view type = request.header("content-type").value_or("");
    if (type.substr(0, type.find(';')) != "application/json") {
        throw util::Error(ErrorCode::http_unsupported_media_type, "the body must be JSON")
            .with_found(std::string(type))
            .with_allowed("application/json");
    }
    nlohmann::json body;
    try {
        body = nlohmann::json::parse(request.body);
    } catch (const nlohmann::json::parse_error& error) {
        throw util::Error(ErrorCode::http_bad_request,
                          fmt::format("the body is not valid JSON at byte {}: {}", error.byte, error.what()))
            .at(util::SourcePos::at_byte("body", error.byte))
            .with_hint("send one JSON object, e.g. {\"date\": \"2026-12-02\", …}");
    }
    if (!body.is_object()) {
        throw bad("body", "the body must be a JSON object", body.type_name(), "object");
    }
    for (const auto& [key, value] : body.items()) {
        bool listed = false;
        for (const std::string_view k : known) listed = listed || k == key;
        if (!listed) throw bad(key, fmt::format("unknown field '{}'", key), key, known_list(known));
    }
    return body;
}

std::optional<double> optional_number(const nlohmann::json& object, std::string_view key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_number()) {
        throw bad(key, fmt::format("{} must be a number", key), it->type_name(), "number");
    }
    return it->get<double>();
}

double required_number(const nlohmann::json& object, std::string_view key) {
    const std::optional<double> value = optional_number(object, key);
    if (!value) throw bad(key, fmt::format("{} is required", key), "nothing", "number");
    return *value;
}

std::optional<units::CivilDay> optional_day(const nlohmann::json& object, std::string_view key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw bad(key, fmt::format("{} must be a date string", key), it->type_name(), "YYYY-MM-DD");
    return parse_day(key, it->get<std::string>());
}

}  // namespace ironstride::server
