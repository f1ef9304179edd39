#pragma once

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "ironstride/util/source_pos.hpp"

namespace ironstride::util {

/// Whose problem an error is; main turns each into an exit status (STYLE habit 10). Bugs are not errors: they are
/// asserts or std::logic_error and leave with status 3.
enum class ErrorKind { usage, input, io, storage };

/// Every stable error code, from util/error_codes.def.
enum class ErrorCode {
#define IRONSTRIDE_ERROR_CODE(name, dotted, kind) name,
#include "ironstride/util/error_codes.def"
#undef IRONSTRIDE_ERROR_CODE
};

/// How many codes there are (codes are numbered 0 to kErrorCodeCount - 1, in the table's order).
inline constexpr std::size_t kErrorCodeCount = 0
#define IRONSTRIDE_ERROR_CODE(name, dotted, kind) +1
#include "ironstride/util/error_codes.def"
#undef IRONSTRIDE_ERROR_CODE
    ;

enum class Severity { error, warning };

/// "usage.bad_value", "fit.crc_mismatch", ...: the code as tests, JSON and docs name it.
[[nodiscard]] std::string_view code_name(ErrorCode code) noexcept;
[[nodiscard]] ErrorKind kind_of(ErrorCode code) noexcept;
/// "error" or "warning".
[[nodiscard]] const char* to_string(Severity severity) noexcept;

/// The one error type for everything a user can cause and fix, in every input (profile, CSV, XML, FIT), on the
/// command line and in the store: where (`pos`), a stable `code`, what about (`subject`, e.g. a profile key or a
/// CSV column), the description, what was found and what is allowed (each optional, for JSON and tests; the
/// description already says them in words), how to fix it (`hint`) and how bad (`severity`). Returned in a
/// util::Result where failure is expected, thrown where it ends the command (STYLE habit 9).
class Error : public std::exception {
public:
    Error(ErrorCode code, SourcePos pos, std::string message);
    Error(ErrorCode code, std::string message);

    Error& with_hint(std::string hint) &;
    Error&& with_hint(std::string hint) &&;
    Error& with_subject(std::string subject) &;
    Error&& with_subject(std::string subject) &&;
    Error& with_found(std::string found) &;
    Error&& with_found(std::string found) &&;
    Error& with_allowed(std::string allowed) &;
    Error&& with_allowed(std::string allowed) &&;
    Error& with_severity(Severity severity) &;
    Error&& with_severity(Severity severity) &&;
    /// Moves the error to another place (a file name learnt later, a line in an embedding file).
    Error& at(SourcePos pos) &;
    Error&& at(SourcePos pos) &&;

    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
    [[nodiscard]] ErrorKind kind() const noexcept { return kind_of(m_code); }
    [[nodiscard]] const SourcePos& pos() const noexcept { return m_pos; }
    [[nodiscard]] Severity severity() const noexcept { return m_severity; }
    [[nodiscard]] const std::string& subject() const noexcept { return m_subject; }
    /// The description, without position or subject.
    [[nodiscard]] const std::string& message() const noexcept { return m_message; }
    [[nodiscard]] const std::string& found() const noexcept { return m_found; }
    [[nodiscard]] const std::string& allowed() const noexcept { return m_allowed; }
    [[nodiscard]] const std::string& hint() const noexcept { return m_hint; }

    /// "pos: subject: message" (see format_error); what() says the same.
    [[nodiscard]] std::string to_string() const;
    [[nodiscard]] const char* what() const noexcept override { return m_what.c_str(); }

private:
    void refresh_what();

    ErrorCode m_code;
    SourcePos m_pos;
    Severity m_severity = Severity::error;
    std::string m_subject;
    std::string m_message;
    std::string m_found;
    std::string m_allowed;
    std::string m_hint;
    std::string m_what;
};

/// How format_error lays an error out; the default is the one-line form of what().
struct ErrorLayout {
    bool show_severity = false;  ///< "pos: error: subject: message", as compilers print diagnostics
    bool inline_hint = false;    ///< "...; hint: how to fix", for one-line lists such as import's "skipped:" lines
};

/// The one text form of an error.
[[nodiscard]] std::string format_error(const Error& error, ErrorLayout layout = {});

}  // namespace ironstride::util
