#include "ironstride/util/error.hpp"

#include <array>
#include <utility>

#include "ironstride/util/echo.hpp"

namespace ironstride::util {

namespace {

struct CodeEntry {
    std::string_view name;
    ErrorKind kind;
};

constexpr std::array kCodes = {
#define IRONSTRIDE_ERROR_CODE(name, dotted, kind) CodeEntry{dotted, ErrorKind::kind},
#include "ironstride/util/error_codes.def"
#undef IRONSTRIDE_ERROR_CODE
};

const CodeEntry& entry(ErrorCode code) noexcept { return kCodes[static_cast<std::size_t>(code)]; }

}  // namespace

std::string_view code_name(ErrorCode code) noexcept { return entry(code).name; }
ErrorKind kind_of(ErrorCode code) noexcept { return entry(code).kind; }
const char* to_string(Severity severity) noexcept { return severity == Severity::error ? "error" : "warning"; }

Error::Error(ErrorCode code, SourcePos pos, std::string message)
    : m_code(code), m_pos(std::move(pos)), m_message(std::move(message)) {
    refresh_what();
}

Error::Error(ErrorCode code, std::string message) : Error(code, SourcePos{}, std::move(message)) {}

namespace {

/// A subject (a CSV column's name) and a found value come from the input: they are kept cut and escaped, so no
/// message, JSON member or import-log row can carry 20 MB or a terminal control sequence from a file.
std::string as_echo(std::string value) { return cut_for_display(value); }
template <typename T>
T as_is(T value) {
    return value;
}

}  // namespace

// The builders come in pairs so that both `Error e(...); e.with_hint(...)` and `return Error(...).with_hint(...)`
// read naturally; the rvalue form moves.
#define IRONSTRIDE_ERROR_SETTER(method, member, type, keep) \
    Error& Error::method(type value)& {                     \
        member = keep(std::move(value));                    \
        refresh_what();                                     \
        return *this;                                       \
    }                                                       \
    Error&& Error::method(type value)&& { return std::move(method(std::move(value))); }
IRONSTRIDE_ERROR_SETTER(with_hint, m_hint, std::string, as_is)
IRONSTRIDE_ERROR_SETTER(with_subject, m_subject, std::string, as_echo)
IRONSTRIDE_ERROR_SETTER(with_found, m_found, std::string, as_echo)
IRONSTRIDE_ERROR_SETTER(with_allowed, m_allowed, std::string, as_is)
IRONSTRIDE_ERROR_SETTER(with_severity, m_severity, Severity, as_is)
IRONSTRIDE_ERROR_SETTER(at, m_pos, SourcePos, as_is)
#undef IRONSTRIDE_ERROR_SETTER

std::string Error::to_string() const { return m_what; }

void Error::refresh_what() { m_what = format_error(*this); }

std::string format_error(const Error& error, ErrorLayout layout) {
    std::string text = error.pos().to_string();
    const auto add = [&text](std::string_view part) {
        if (!text.empty()) text += ": ";
        text += part;
    };
    if (layout.show_severity) add(to_string(error.severity()));
    if (!error.subject().empty()) add(error.subject());
    add(error.message());
    if (layout.inline_hint && !error.hint().empty()) text += "; hint: " + error.hint();
    return text;
}

}  // namespace ironstride::util
