#include "ironstride/util/error.hpp"

#include <array>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/error_expectations.hpp"
#include "support/test_support.hpp"

namespace ironstride::util {
namespace {

TEST(Error, WhatIsPositionSubjectAndMessage) {
    const Error error = Error(ErrorCode::profile_out_of_range, SourcePos::at_line("me.toml", 4, 9), "found -3")
                            .with_subject("body.weight_kg")
                            .with_found("-3")
                            .with_allowed("20 to 400")
                            .with_hint("give your weight in kg");
    EXPECT_STREQ(error.what(), "me.toml:4:9: body.weight_kg: found -3");
    EXPECT_EQ(error.message(), "found -3");
    EXPECT_EQ(error.pos().column, 9U);
    EXPECT_EQ(error.found(), "-3");
    EXPECT_EQ(error.allowed(), "20 to 400");
    EXPECT_EQ(error.hint(), "give your weight in kg");
    EXPECT_EQ(error.severity(), Severity::error);
}

TEST(Error, WithoutAPositionTheMessageStandsAlone) {
    const Error usage(ErrorCode::usage_out_of_range, "--weeks: 0 is outside 1-52");
    EXPECT_STREQ(usage.what(), "--weeks: 0 is outside 1-52");
    EXPECT_TRUE(usage.hint().empty());
    EXPECT_EQ(usage.kind(), ErrorKind::usage);
}

TEST(Error, TheLayoutsAddSeverityAndAnInlineHint) {
    const Error warning = Error(ErrorCode::profile_advice, SourcePos::at_line("a.toml", 2, 1), "text")
                              .with_severity(Severity::warning)
                              .with_hint("do this");
    EXPECT_EQ(format_error(warning, {.show_severity = true}), "a.toml:2:1: warning: text");
    EXPECT_EQ(format_error(warning, {.inline_hint = true}), "a.toml:2:1: text; hint: do this");
    const Error at_byte(ErrorCode::fit_crc_mismatch, SourcePos::at_byte("run.fit", 12), "header CRC mismatch");
    EXPECT_EQ(at_byte.to_string(), "run.fit: byte 12: header CRC mismatch");
}

TEST(Error, MovingItElsewhereRewritesWhat) {
    Error error(ErrorCode::value_bad_date, "\"2024-13-01\" is not a valid calendar date");
    error.at(SourcePos::at_line("body.csv", 3, 1));
    EXPECT_STREQ(error.what(), "body.csv:3:1: \"2024-13-01\" is not a valid calendar date");
}

TEST(Error, CaughtAsAStdExceptionWithItsCode) {
    EXPECT_ERROR_CODE_AND(throw Error(ErrorCode::io_cannot_open, "x.fit: cannot open").with_hint("check the path"),
                          ErrorCode::io_cannot_open, EXPECT_EQ(error.hint(), "check the path"));
    try {
        throw Error(ErrorCode::storage_disk_full, "db: full");
    } catch (const std::exception& error) {
        EXPECT_STREQ(error.what(), "db: full");
    }
}

TEST(ErrorCode, EveryCodeIsDottedUniqueAndHasAKind) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < kErrorCodeCount; ++i) {
        const std::string name(code_name(static_cast<ErrorCode>(i)));
        EXPECT_NE(name.find('.'), std::string::npos) << name;
        EXPECT_TRUE(seen.insert(name).second) << name << " twice";
    }
    EXPECT_EQ(code_name(ErrorCode::csv_bad_value), "csv.bad_value");
    EXPECT_EQ(kind_of(ErrorCode::storage_disk_full), ErrorKind::storage);
    EXPECT_EQ(kind_of(ErrorCode::fit_crc_mismatch), ErrorKind::input);
}

TEST(ErrorCode, EveryCodeIsDocumentedWithItsKind) {
    std::ifstream in(ironstride::testing::source_dir() / "docs/errors.md");
    const std::string docs((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(docs.empty()) << "docs/errors.md is missing";
    constexpr std::array kKindNames = {"usage", "input", "io", "storage"};
    for (std::size_t i = 0; i < kErrorCodeCount; ++i) {
        const auto code = static_cast<ErrorCode>(i);
        const std::string row = fmt::format("| `{}` | {} |", code_name(code), kKindNames.at(static_cast<std::size_t>(kind_of(code))));
        EXPECT_NE(docs.find(row), std::string::npos) << "docs/errors.md should have a row starting " << row;
    }
}

}  // namespace
}  // namespace ironstride::util
