#include "ironstride/report/json_text.hpp"

#include "ironstride/util/echo.hpp"

namespace ironstride::report {

void put_text(nlohmann::json& object, const std::string& key, std::string_view text, bool empty_is_null) {
    if (text.empty() && empty_is_null) {
        object[key] = nullptr;
        return;
    }
    object[key] = util::escape_for_display(text);
    if (util::needs_escaping(text)) object[key + "_bytes"] = util::hex_bytes(text);
}

std::string dump_json(const nlohmann::json& document) {
    constexpr int kIndent = 2;
    return document.dump(kIndent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace ironstride::report
