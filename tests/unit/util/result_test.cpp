#include "ironstride/util/result.hpp"

#include <memory>
#include <string>
#include <utility>

#include <gtest/gtest.h>

namespace ironstride::util {
namespace {

Result<int> parse_digit(char c) {
    if (c < '0' || c > '9') return Error(ErrorCode::value_bad_number, SourcePos::at_line("input", 1, 1), "not a digit");
    return c - '0';
}

TEST(Result, HoldsAValue) {
    Result<int> r = parse_digit('7');
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(static_cast<bool>(r));
    EXPECT_EQ(r.value(), 7);
    EXPECT_EQ(*r, 7);
    r.value() = 8;
    EXPECT_EQ(*r, 8) << "value() gives access to the stored value";
}

TEST(Result, HoldsAFailureWithItsPosition) {
    const Result<int> r = parse_digit('x');
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(static_cast<bool>(r));
    EXPECT_EQ(r.error().message(), "not a digit");
    EXPECT_EQ(r.error().pos().line, 1U);
    EXPECT_EQ(r.error().to_string(), "input:1:1: not a digit");
}

TEST(Result, MoveOnlyValuesAreMovedOut) {
    Result<std::unique_ptr<std::string>> r = std::make_unique<std::string>("samples");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->get()->size(), 7U);
    const std::unique_ptr<std::string> taken = std::move(r).value();
    ASSERT_NE(taken, nullptr);
    EXPECT_EQ(*taken, "samples");
}

TEST(Error, ToStringIsPositionColonMessage) {
    EXPECT_EQ((Error(ErrorCode::fit_crc_mismatch, SourcePos::at_byte("run.fit", 12), "header CRC mismatch").to_string()),
              "run.fit: byte 12: header CRC mismatch");
}

}  // namespace
}  // namespace ironstride::util
