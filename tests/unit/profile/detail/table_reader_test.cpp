#include "ironstride/profile/detail/table_reader.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace ironstride::profile::detail {
namespace {

constexpr std::array<std::string_view, 3> kKeys{"count", "when", "kind"};
constexpr NumberSpec kCount{"count", 1, 10, "reps", "5", "between 1 and 10"};
constexpr std::array<std::string_view, 2> kKinds{"alpha", "beta"};

std::vector<std::string> read(std::string_view text) {
    DiagnosticSink sink("t.toml");
    const toml::table root = toml::parse(text, std::string_view("t.toml"));
    const toml::table& table = *root["t"].as_table();
    TableReader reader(table, "t", kKeys, sink);
    (void)reader.number(kCount, required("5"));
    (void)reader.date("when", kOptional);
    (void)reader.choice("kind", kKinds, kOptional);
    std::vector<std::string> out;
    for (const util::Error& d : sink.take_sorted()) {
        out.push_back(util::format_error(d, {.show_severity = true}) + " | " + d.hint());
    }
    return out;
}

TEST(TableReader, ValidTableHasNoDiagnostics) {
    EXPECT_TRUE(read("[t]\ncount = 3\nwhen = 2026-01-02\nkind = \"beta\"\n").empty());
}

TEST(TableReader, ReportsEachProblemAtItsPosition) {
    const auto lines = read("[t]\ncounts = 3\nwhen = 2026-01-02T10:00:00\nkind = \"Beta\"\n");
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_EQ(lines[0],
              "t.toml:1:1: error: t.count: missing required key; expected a number from 1 to 10 reps | "
              "add count = 5 to [t]");
    EXPECT_EQ(lines[1],
              "t.toml:2:1: error: t.counts: unknown key; allowed in [t]: count, when, kind | did you mean "
              "'count'?");
    EXPECT_EQ(lines[2],
              "t.toml:3:8: error: t.when: found a date-time; expected a date YYYY-MM-DD | write it like "
              "when = 2027-05-15");
    EXPECT_EQ(lines[3],
              "t.toml:4:8: error: t.kind: found \"Beta\"; allowed: one of \"alpha\" or \"beta\" | did you "
              "mean \"beta\"?");
}

TEST(TableReader, DateStringsMustBeCalendarDates) {
    const auto lines = read("[t]\ncount = 3\nwhen = \"2026-02-30\"\n");
    ASSERT_EQ(lines.size(), 1U);
    EXPECT_EQ(lines[0],
              "t.toml:3:8: error: t.when: found the string \"2026-02-30\"; expected a date YYYY-MM-DD | "
              "write a real calendar date, e.g. when = 2027-05-15");
}

TEST(TableReader, DescribeNamesTypeAndValue) {
    const toml::table root = toml::parse("a = 1\nb = 2.5\nc = true\nd = [1]\ne = {}\nf = 06:30:00\n");
    EXPECT_EQ(describe(*root.get("a")), "the number 1");
    EXPECT_EQ(describe(*root.get("b")), "the number 2.5");
    EXPECT_EQ(describe(*root.get("c")), "true");
    EXPECT_EQ(describe(*root.get("d")), "an array");
    EXPECT_EQ(describe(*root.get("e")), "a table");
    EXPECT_EQ(describe(*root.get("f")), "the time 06:30:00");
}

TEST(TableReader, RangeAndWordLists) {
    EXPECT_EQ(describe_range(kCount), "from 1 to 10 reps");
    EXPECT_EQ(describe_range(kSchemaVersionSpec), "exactly 1");
    EXPECT_EQ(list_words(kKinds), "\"alpha\" or \"beta\"");
    EXPECT_EQ(format_number(0.7), "0.7");
}

TEST(TableReader, SinkSortsByPositionAndCountsErrors) {
    DiagnosticSink sink("s.toml");
    sink.warning(util::ErrorCode::profile_advice, sink.at(5, 1), "b", "later");
    sink.error(util::ErrorCode::profile_bad_value, sink.at(2, 3), "a", "earlier");
    sink.error(util::ErrorCode::profile_bad_value, sink.at(0, 0), "c", "unknown position");
    EXPECT_EQ(sink.error_count(), 2U);
    const auto sorted = sink.take_sorted();
    ASSERT_EQ(sorted.size(), 3U);
    EXPECT_EQ(util::format_error(sorted[0], {.show_severity = true}), "s.toml:1:1: error: c: unknown position");
    EXPECT_EQ(sorted[1].subject(), "a");
    EXPECT_EQ(sorted[2].subject(), "b");
    EXPECT_EQ(sorted[2].severity(), util::Severity::warning);
}

}  // namespace
}  // namespace ironstride::profile::detail
