#pragma once

// Expectations on the one error type: tests assert the stable code, not the wording.

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/util/error.hpp"

namespace ironstride::util {

/// Lets gtest print codes by their dotted name ("usage.out_of_range") instead of a number.
inline std::ostream& operator<<(std::ostream& out, ErrorCode code) { return out << code_name(code); }

}  // namespace ironstride::util

namespace ironstride::testing {

/// An error as import prints it: one line, the hint inline.
inline std::string one_line(const util::Error& error) { return util::format_error(error, {.inline_hint = true}); }

}  // namespace ironstride::testing

/// Runs `statement`, which must throw a util::Error with `expected_code`; `on_error` (a statement using the caught
/// `error`) may check more of it.
#define EXPECT_ERROR_CODE_AND(statement, expected_code, on_error)                            \
    do {                                                                                    \
        try {                                                                               \
            statement;                                                                      \
            ADD_FAILURE() << "expected " << (expected_code) << " from: " #statement;        \
        } catch (const ::ironstride::util::Error& error) {                                  \
            EXPECT_EQ(error.code(), expected_code) << error.what();                         \
            on_error;                                                                       \
        }                                                                                   \
    } while (false)

#define EXPECT_ERROR_CODE(statement, expected_code) EXPECT_ERROR_CODE_AND(statement, expected_code, (void)error)
