#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/ingest/csv/strength_values.hpp"
#include "ironstride/ingest/csv/strength_workout_builder.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::csv {
namespace {

util::Result<DecodedFile> strong(const std::string& relative, DecodeOptions options = {}) {
    const util::FileBytes file(testing::test_data(relative));
    return decode_strong(file.bytes(), relative, options);
}

util::Result<DecodedFile> hevy(const std::string& relative) {
    const util::FileBytes file(testing::test_data(relative));
    return decode_hevy(file.bytes(), relative);
}

TEST(StrongReader, ReadsTheSemicolonLayoutWithDecimalCommasAndUnitColumns) {
    const auto decoded = strong("pass/csv/strong_semicolon_decimal_comma.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 2U);
    EXPECT_EQ(decoded->warnings, std::vector<std::string>{"1 rest-timer/note rows are not sets and were skipped"});

    const domain::Activity& push = decoded->activities[0];
    EXPECT_EQ(push.format, domain::SourceFormat::strong_csv);
    EXPECT_EQ(push.sport, domain::Sport::strength);
    EXPECT_EQ(push.name, "Push");
    EXPECT_EQ(units::format_iso_instant(push.start_utc.value()), "2021-03-01T18:00:00Z");  // local wall-clock, offset 0
    ASSERT_TRUE(push.utc_offset.has_value());
    EXPECT_EQ(push.utc_offset->minutes, 0);
    EXPECT_DOUBLE_EQ(*push.elapsed_s, 3900);
    ASSERT_EQ(push.sets.size(), 3U);
    EXPECT_EQ(push.sets[0].exercise, "Bench Press (Barbell)");
    EXPECT_TRUE(push.sets[0].warmup);
    EXPECT_DOUBLE_EQ(*push.sets[0].weight_kg, 40);
    EXPECT_EQ(push.sets[1].order, 1);
    EXPECT_FALSE(push.sets[1].warmup);
    EXPECT_DOUBLE_EQ(*push.sets[1].weight_kg, 62.5);
    EXPECT_EQ(*push.sets[1].reps, 8);
    EXPECT_DOUBLE_EQ(*push.sets[1].rpe, 8.5);
    EXPECT_EQ(push.sets[2].exercise, "Triceps; Rope");
    EXPECT_DOUBLE_EQ(*push.sets[2].weight_kg, 45 * 0.45359237);  // Weight Unit "lbs"

    const domain::Activity& run = decoded->activities[1];
    ASSERT_EQ(run.sets.size(), 1U);
    EXPECT_DOUBLE_EQ(*run.sets[0].distance_m, 5200);
    EXPECT_DOUBLE_EQ(*run.sets[0].duration_s, 1800);
    EXPECT_FALSE(run.sets[0].reps.has_value());  // 0 reps: a timed set
    EXPECT_DOUBLE_EQ(*run.elapsed_s, 1860);
}

TEST(StrongReader, ReadsTheCommaLayoutInTheUnitsTheUserSays) {
    const auto metric = strong("pass/csv/strong_comma.csv");
    ASSERT_TRUE(metric.ok()) << metric.error().to_string();
    ASSERT_EQ(metric->activities.size(), 2U);
    EXPECT_EQ(metric->activities[0].name, "B");
    EXPECT_DOUBLE_EQ(*metric->activities[0].elapsed_s, 2100);
    EXPECT_DOUBLE_EQ(*metric->activities[0].sets[1].weight_kg, 20);
    EXPECT_DOUBLE_EQ(*metric->activities[0].sets[1].rpe, 9);
    EXPECT_FALSE(metric->activities[0].sets[0].rpe.has_value());
    EXPECT_DOUBLE_EQ(*metric->activities[1].elapsed_s, 3720);
    EXPECT_TRUE(metric->activities[1].sets[0].warmup);

    DecodeOptions pounds;
    pounds.unlabelled_units = domain::UnitSystem::imperial;
    const auto imperial = strong("pass/csv/strong_comma.csv", pounds);
    ASSERT_TRUE(imperial.ok());
    EXPECT_DOUBLE_EQ(*imperial->activities[0].sets[1].weight_kg, 20 * 0.45359237);
}

TEST(StrongReader, ReportsBadRowsWithLineColumnFoundExpectedAndHint) {
    const auto weight = strong("fail/csv/strong_bad_weight.csv");
    ASSERT_FALSE(weight.ok());
    EXPECT_EQ(testing::one_line(weight.error()),
              "fail/csv/strong_bad_weight.csv:2:37: column 6 \"Weight\": found \"ten\", expected a weight (a number, "
              "e.g. 62.5); hint: write numbers without units, with '.' as the decimal mark");
    const auto quote = strong("fail/csv/strong_unclosed_quote.csv");
    ASSERT_FALSE(quote.ok());
    EXPECT_EQ(quote.error().pos().line, 2U);
    EXPECT_EQ(quote.error().pos().column, 29U);  // "B,35m," closes early: Row" follows
    EXPECT_NE(quote.error().message().find("text after a closing quote: found \"Row\""), std::string::npos);
}

TEST(HevyReader, ReadsPoundsMilesMultilineNotesAndSetTypes) {
    const auto decoded = hevy("pass/csv/hevy_pounds_multiline.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 1U);
    const domain::Activity& legs = decoded->activities[0];
    EXPECT_EQ(legs.format, domain::SourceFormat::hevy_csv);
    EXPECT_EQ(legs.name, "Legs");
    EXPECT_EQ(units::format_iso_instant(legs.start_utc.value()), "2025-09-15T07:48:00Z");
    EXPECT_DOUBLE_EQ(*legs.elapsed_s, 85 * 60);
    ASSERT_EQ(legs.sets.size(), 3U);
    EXPECT_TRUE(legs.sets[0].warmup);
    EXPECT_DOUBLE_EQ(*legs.sets[1].weight_kg, 225 * 0.45359237);
    EXPECT_EQ(*legs.sets[1].reps, 5);
    EXPECT_DOUBLE_EQ(*legs.sets[1].rpe, 8.5);
    EXPECT_FALSE(legs.sets[2].weight_kg.has_value());
    EXPECT_DOUBLE_EQ(*legs.sets[2].distance_m, 1.5 * 1609.344);
    EXPECT_DOUBLE_EQ(*legs.sets[2].duration_s, 600);
}

TEST(HevyReader, ReportsABadTime) {
    const auto decoded = hevy("fail/csv/hevy_bad_date.csv");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(testing::one_line(decoded.error()),
              "fail/csv/hevy_bad_date.csv:2:5: column 2 \"start_time\": found \"2025-13-40\", expected a time like "
              "30 Jun 2025, 19:56");
}

TEST(StrengthValues, ParsesDatesAndDurations) {
    EXPECT_EQ(units::format_iso_instant(*parse_hevy_date_time("3 Jul 2024, 15:36")), "2024-07-03T15:36:00Z");
    EXPECT_FALSE(parse_hevy_date_time("3 Jly 2024, 15:36").has_value());
    EXPECT_EQ(units::format_iso_instant(*parse_local_date_time("2024-11-28 17:36")), "2024-11-28T17:36:00Z");
    EXPECT_FALSE(parse_local_date_time("2024-02-30 10:00:00").has_value());
    EXPECT_EQ(parse_strong_duration("1h 8m"), 4080.0);
    EXPECT_EQ(parse_strong_duration("45s"), 45.0);
    EXPECT_FALSE(parse_strong_duration("8m 1h").has_value());
    EXPECT_FALSE(parse_strong_duration("").has_value());
}

}  // namespace
}  // namespace ironstride::ingest::csv
