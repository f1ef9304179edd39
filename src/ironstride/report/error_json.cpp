#include "ironstride/report/error_json.hpp"

#include <string>

#include "ironstride/report/json_text.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::report {

namespace {

template <typename T>
nlohmann::json value_or_null(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

}  // namespace

nlohmann::json error_json(const util::Error& error) {
    const util::SourcePos& pos = error.pos();
    nlohmann::json out{{"code", std::string(util::code_name(error.code()))},
                       {"severity", util::to_string(error.severity())}};
    out["message"] = util::display_message(error.message());
    put_text(out, "path", pos.path, true);
    out["line"] = value_or_null(pos.line);
    out["column"] = value_or_null(pos.column);
    out["byte_offset"] = value_or_null(pos.byte_offset);
    put_text(out, "subject", error.subject(), true);
    put_text(out, "found", error.found(), true);
    put_text(out, "allowed", error.allowed(), true);
    put_text(out, "hint", error.hint(), true);
    return out;
}

}  // namespace ironstride::report
