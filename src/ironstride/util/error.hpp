#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "ironstride/util/source_pos.hpp"

namespace ironstride::util {

/// Base of every error a *user* can cause and fix (bad input, bad usage, unreadable file). Programmer errors are
/// asserts, not exceptions (STYLE habit 9). `main` maps each kind to an exit status (STYLE habit 10).
class UserError : public std::runtime_error {
public:
    explicit UserError(const std::string& message, std::string hint = {})
        : std::runtime_error(message), m_hint(std::move(hint)) {}
    /// How to fix it, or empty.
    [[nodiscard]] const std::string& hint() const noexcept { return m_hint; }

private:
    std::string m_hint;
};

/// Invalid content in an input file; the message starts with the position ("file:line:col: ...").
class InputError : public UserError {
public:
    InputError(SourcePos pos, const std::string& what, std::string hint = {})
        : UserError(pos.to_string() + ": " + what, std::move(hint)), m_pos(std::move(pos)), m_what(what) {}
    [[nodiscard]] const SourcePos& pos() const noexcept { return m_pos; }
    /// The description without the position prefix.
    [[nodiscard]] const std::string& description() const noexcept { return m_what; }

private:
    SourcePos m_pos;
    std::string m_what;
};

/// Wrong command-line usage (a bad option value, a missing argument).
class UsageError : public UserError {
public:
    using UserError::UserError;
};

/// A file or database that cannot be opened, read or written.
class IoError : public UserError {
public:
    using UserError::UserError;
};

}  // namespace ironstride::util
