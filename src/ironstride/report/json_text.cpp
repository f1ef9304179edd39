#include "ironstride/report/json_text.hpp"

#include <utility>
#include <vector>

#include "ironstride/util/echo.hpp"

namespace ironstride::report {

namespace {

/// Escapes a string in place; true when it changed.
bool escape_in_place(nlohmann::json& value) {
    const std::string& text = value.get_ref<const std::string&>();
    if (!util::needs_escaping(text)) return false;
    value = util::escape_for_display(text);
    return true;
}

void escape_object(nlohmann::json& object) {
    std::vector<std::pair<std::string, std::string>> raw_bytes;  // added after the loop: no insertion while iterating
    std::vector<std::string> bad_names;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (util::needs_escaping(it.key())) bad_names.push_back(it.key());
        if (!it.value().is_string()) {
            escape_strings(it.value());
            continue;
        }
        const std::string raw = it.value().get<std::string>();
        if (escape_in_place(it.value())) raw_bytes.emplace_back(it.key() + "_bytes", util::hex_bytes(raw));
    }
    for (auto& [key, hex] : raw_bytes) {
        if (!object.contains(key)) object[key] = std::move(hex);
    }
    for (const std::string& name : bad_names) {
        nlohmann::json value = std::move(object[name]);
        object.erase(name);
        object[util::escape_for_display(name)] = std::move(value);
    }
}

}  // namespace

void put_text(nlohmann::json& object, const std::string& key, std::string_view text, bool empty_is_null) {
    if (text.empty() && empty_is_null) {
        object[key] = nullptr;
        return;
    }
    object[key] = util::escape_for_display(text);
    if (util::needs_escaping(text)) object[key + "_bytes"] = util::hex_bytes(text);
}

void escape_strings(nlohmann::json& document) {
    if (document.is_string()) {
        escape_in_place(document);
    } else if (document.is_object()) {
        escape_object(document);
    } else if (document.is_array()) {
        for (nlohmann::json& element : document) escape_strings(element);
    }
}

std::string dump_json(nlohmann::json document) {
    constexpr int kIndent = 2;
    escape_strings(document);
    // Nothing invalid is left after escaping; replacing is the last guard against an internal error (exit 3).
    return document.dump(kIndent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace ironstride::report
