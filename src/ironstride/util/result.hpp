#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "ironstride/util/source_pos.hpp"

namespace ironstride::util {

/// Why an expected failure happened: what went wrong and where (STYLE habit 9; GCC 12 has no std::expected).
struct Failure {
    SourcePos pos;
    std::string message;

    [[nodiscard]] std::string to_string() const { return pos.to_string() + ": " + message; }
};

/// A value or a Failure, for expected failures in hot paths where throwing would be the wrong tool.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor): implicit by design
    Result(Failure failure) : m_state(std::move(failure)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & {
        assert(ok() && "Result::value() on a failure");
        return std::get<T>(m_state);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok() && "Result::value() on a failure");
        return std::get<T>(m_state);
    }
    [[nodiscard]] T&& value() && {
        assert(ok() && "Result::value() on a failure");
        return std::get<T>(std::move(m_state));
    }
    [[nodiscard]] const Failure& failure() const& {
        assert(!ok() && "Result::failure() on a value");
        return std::get<Failure>(m_state);
    }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Failure> m_state;
};

}  // namespace ironstride::util
