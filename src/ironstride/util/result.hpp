#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "ironstride/util/error.hpp"

namespace ironstride::util {

/// A value or an Error, for expected failures in hot paths where throwing would be the wrong tool (STYLE habit 9;
/// GCC 12 has no std::expected).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor): implicit by design
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

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
    [[nodiscard]] const Error& error() const& {
        assert(!ok() && "Result::error() on a value");
        return std::get<Error>(m_state);
    }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> m_state;
};

}  // namespace ironstride::util
