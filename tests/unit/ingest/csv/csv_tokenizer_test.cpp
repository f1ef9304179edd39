#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/ingest/csv/csv_tokenizer.hpp"

namespace ironstride::ingest::csv {
namespace {

std::vector<std::vector<std::string>> records(std::string_view text, char separator) {
    CsvTokenizer tokenizer(text, separator, "t.csv");
    CsvRecord record;
    std::vector<std::vector<std::string>> out;
    while (true) {
        auto has = tokenizer.next(record);
        EXPECT_TRUE(has.ok()) << has.error().to_string();
        if (!has.ok() || !has.value()) break;
        out.emplace_back(record.fields.begin(), record.fields.end());
    }
    return out;
}

TEST(CsvTokenizer, SplitsQuotedFieldsWithSeparatorsQuotesAndLineBreaks) {
    const auto rows = records("\xEF\xBB\xBF" "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n,,\nlast", ',');
    const std::vector<std::vector<std::string>> expected{
        {"a", "b", "c"}, {"x,1", "say \"hi\"", "two\nlines"}, {"", "", ""}, {"last"}};
    EXPECT_EQ(rows, expected);
}

TEST(CsvTokenizer, TracksLinesAndColumnsAcrossQuotedLineBreaks) {
    CsvTokenizer tokenizer("h1;h2\n\"a\nb\";c\nd;e\n", ';', "t.csv");
    CsvRecord record;
    ASSERT_TRUE(tokenizer.next(record).value());
    ASSERT_TRUE(tokenizer.next(record).value());
    EXPECT_EQ(record.line, 2U);
    EXPECT_EQ(record.field_lines, (std::vector<std::uint32_t>{2, 3}));
    EXPECT_EQ(record.field_columns, (std::vector<std::uint32_t>{1, 4}));
    ASSERT_TRUE(tokenizer.next(record).value());
    EXPECT_EQ(record.line, 4U);
    EXPECT_FALSE(tokenizer.next(record).value());
}

TEST(CsvTokenizer, ReportsAnUnclosedQuoteAndTextAfterAClosingQuote) {
    CsvRecord record;
    CsvTokenizer unclosed("a,b\n1,\"open\n2,3\n", ',', "u.csv");
    ASSERT_TRUE(unclosed.next(record).value());
    const auto failure = unclosed.next(record);
    ASSERT_FALSE(failure.ok());
    EXPECT_EQ(testing::one_line(failure.error()),
              "u.csv:2:3: quoted field never closed: found the end of the file, expected a closing quote (\"); hint: a "
              "quote inside a quoted field is written twice (\"\")");

    CsvTokenizer stray("\"ab\"cd,e\n", ',', "s.csv");
    const auto after = stray.next(record);
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(testing::one_line(after.error()),
              "s.csv:1:5: text after a closing quote: found \"cd,e\", expected ',' or the end of the line; hint: a quote "
              "inside a quoted field is written twice (\"\")");
}

TEST(CsvTokenizer, DetectsTheSeparatorOutsideQuotes) {
    EXPECT_EQ(detect_separator("a;b;c\n1,5;2,5;3"), ';');
    EXPECT_EQ(detect_separator("\"a;b\",c\n"), ',');
    EXPECT_EQ(detect_separator("a\tb\tc"), '\t');
    EXPECT_EQ(detect_separator("single"), ',');
}

TEST(CsvRow, ParsesDecimalCommaOnlyWhenAsked) {
    EXPECT_EQ(parse_decimal("62,5", true), 62.5);
    EXPECT_FALSE(parse_decimal("62,5", false).has_value());
    EXPECT_FALSE(parse_decimal("1,000.5", true).has_value());
    EXPECT_EQ(parse_decimal(" +3 ", false), 3.0);
    EXPECT_FALSE(parse_decimal("nan", false).has_value());
    EXPECT_FALSE(parse_decimal("12kg", false).has_value());
}

}  // namespace
}  // namespace ironstride::ingest::csv
