#include "ironstride/report/error_json.hpp"

#include <string>

namespace ironstride::report {

namespace {

nlohmann::json text_or_null(const std::string& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); }

template <typename T>
nlohmann::json value_or_null(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

}  // namespace

nlohmann::json error_json(const util::Error& error) {
    const util::SourcePos& pos = error.pos();
    return nlohmann::json{{"code", std::string(util::code_name(error.code()))},
                          {"severity", util::to_string(error.severity())},
                          {"message", error.message()},
                          {"path", text_or_null(pos.path)},
                          {"line", value_or_null(pos.line)},
                          {"column", value_or_null(pos.column)},
                          {"byte_offset", value_or_null(pos.byte_offset)},
                          {"subject", text_or_null(error.subject())},
                          {"found", text_or_null(error.found())},
                          {"allowed", text_or_null(error.allowed())},
                          {"hint", text_or_null(error.hint())}};
}

}  // namespace ironstride::report
