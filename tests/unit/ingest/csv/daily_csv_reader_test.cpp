#include <span>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/ingest/csv/daily_csv_reader.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::csv {
namespace {

util::Result<DecodedFile> daily(const std::string& relative) {
    const util::FileBytes file(testing::test_data(relative));
    return decode_daily(file.bytes(), relative);
}

TEST(DailyCsvReader, ReadsBodyweightInKilogramsAndPounds) {
    const auto kg = daily("pass/csv/body_kg.csv");
    ASSERT_TRUE(kg.ok()) << kg.error().to_string();
    EXPECT_EQ(kg->format, FileFormat::body_csv);
    ASSERT_EQ(kg->body.size(), 3U);
    EXPECT_EQ(units::format_iso_date(kg->body[0].day), "2024-05-01");
    EXPECT_DOUBLE_EQ(kg->body[0].weight_kg, 81.4);
    EXPECT_DOUBLE_EQ(*kg->body[0].body_fat_pct, 18.5);
    EXPECT_FALSE(kg->body[1].body_fat_pct.has_value());

    const auto lb = daily("pass/csv/body_lb_semicolon.csv");
    ASSERT_TRUE(lb.ok()) << lb.error().to_string();
    ASSERT_EQ(lb->body.size(), 1U);
    EXPECT_DOUBLE_EQ(lb->body[0].weight_kg, 180.5 * 0.45359237);
}

TEST(DailyCsvReader, ReadsSleepAndNutrition) {
    const auto sleep = daily("pass/csv/sleep.csv");
    ASSERT_TRUE(sleep.ok()) << sleep.error().to_string();
    EXPECT_EQ(sleep->format, FileFormat::sleep_csv);
    ASSERT_EQ(sleep->sleep.size(), 2U);
    EXPECT_DOUBLE_EQ(sleep->sleep[1].hours, 6.25);
    EXPECT_DOUBLE_EQ(*sleep->sleep[0].quality_pct, 82);

    const auto food = daily("pass/csv/nutrition.csv");
    ASSERT_TRUE(food.ok()) << food.error().to_string();
    EXPECT_EQ(food->format, FileFormat::nutrition_csv);
    ASSERT_EQ(food->nutrition.size(), 2U);
    EXPECT_DOUBLE_EQ(food->nutrition[0].kcal, 2450);
    EXPECT_DOUBLE_EQ(*food->nutrition[0].protein_g, 180);
    EXPECT_FALSE(food->nutrition[1].fat_g.has_value());
}

TEST(DailyCsvReader, ReadsCronometerDailySummaryAndSkipsUnloggedDays) {
    const auto decoded = daily("pass/csv/cronometer_daily_summary.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_EQ(decoded->format, FileFormat::cronometer_csv);
    ASSERT_EQ(decoded->nutrition.size(), 2U);
    const domain::NutritionEntry& first = decoded->nutrition[0];
    EXPECT_DOUBLE_EQ(first.kcal, 2315.42);
    EXPECT_DOUBLE_EQ(*first.carbs_g, 260.1);  // "Carbs (g)", not "Net Carbs (g)"
    EXPECT_DOUBLE_EQ(*first.fat_g, 75.25);
    EXPECT_DOUBLE_EQ(*first.protein_g, 150.75);
    EXPECT_EQ(units::format_iso_date(decoded->nutrition[1].day), "2024-05-03");
    EXPECT_EQ(decoded->warnings, std::vector<std::string>{"1 days with no energy logged were skipped"});
}

TEST(DailyCsvReader, ReportsEachErrorClassWithItsPosition) {
    const auto width = daily("fail/csv/body_too_many_fields.csv");
    ASSERT_FALSE(width.ok());
    EXPECT_EQ(testing::one_line(width.error()),
              "fail/csv/body_too_many_fields.csv:3:15: found 3 fields, expected 2 as in the header; hint: quote values "
              "that contain the separator");
    const auto typo = daily("fail/csv/body_typo_header.csv");
    ASSERT_FALSE(typo.ok());
    EXPECT_EQ(testing::one_line(typo.error()), "fail/csv/body_typo_header.csv:1: header matches no daily CSV layout; expected "
                                          "date,weight_kg[,body_fat_pct] or date,sleep_h or "
                                          "date,kcal,protein_g,carbs_g,fat_g (docs/csv-formats.md)");
    const auto range = daily("fail/csv/sleep_out_of_range.csv");
    ASSERT_FALSE(range.ok());
    EXPECT_EQ(testing::one_line(range.error()),
              "fail/csv/sleep_out_of_range.csv:3:12: column 2 \"sleep_h\": found \"30\", expected hours of sleep from 0 "
              "to 24; hint: write 7.5 for seven and a half hours");

    const std::string extra = "date,weight_kg,bodyfat_pct\n2024-05-01,80,20\n";
    const auto unknown = decode_daily(std::as_bytes(std::span<const char>(extra.data(), extra.size())), "x.csv");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(testing::one_line(unknown.error()),
              "x.csv:1:16: unknown column \"bodyfat_pct\" in a body CSV; expected date, weight_kg, body_fat_pct; hint: "
              "did you mean \"body_fat_pct\"?");
    const std::string bad_date = "date,kcal\n01/05/2024,2000\n";
    const auto date = decode_daily(std::as_bytes(std::span<const char>(bad_date.data(), bad_date.size())), "d.csv");
    ASSERT_FALSE(date.ok());
    EXPECT_EQ(testing::one_line(date.error()), "d.csv:2:1: column 1 \"date\": found \"01/05/2024\", expected a date "
                                          "YYYY-MM-DD; hint: write dates like 2024-05-01");
}

std::string failure_of(const std::string& csv) {
    const auto decoded = decode_daily(std::as_bytes(std::span<const char>(csv.data(), csv.size())), "v.csv");
    return decoded ? std::string{"ok"} : testing::one_line(decoded.error());
}

TEST(DailyCsvReader, ChecksEveryValueOfEachLayout) {
    EXPECT_EQ(failure_of("date,weight_kg\n2024-05-01,0\n"),
              "v.csv:2:12: column 2 \"weight_kg\": found \"0\", expected a body weight in kilograms, more than 0 and "
              "at most 500; hint: every row needs a weight");
    EXPECT_EQ(failure_of("date,weight_kg\n2024-05-01,600\n"),
              "v.csv:2:12: column 2 \"weight_kg\": found \"600\", expected a body weight in kilograms, more than 0 "
              "and at most 500; hint: for pounds, name the column weight_lb");
    EXPECT_EQ(failure_of("date,weight_lb\n2024-05-01,1200\n"),
              "v.csv:2:12: column 2 \"weight_lb\": found \"1200\", expected a body weight in pounds, more than 0 and "
              "at most 1102");
    EXPECT_EQ(failure_of("date,weight_kg,body_fat_pct\n2024-05-01,80,120\n"),
              "v.csv:2:15: column 3 \"body_fat_pct\": found \"120\", expected a body-fat percentage from 0 to 100; "
              "hint: write 18.5 for 18.5 %, without the % sign");
    EXPECT_EQ(failure_of("date,sleep_h\n2024-05-01,\n"),
              "v.csv:2:12: column 2 \"sleep_h\": found \"\", expected hours of sleep from 0 to 24; hint: every row "
              "needs a value");
    EXPECT_EQ(failure_of("date,sleep_h,quality_pct\n2024-05-01,7,101\n"),
              "v.csv:2:14: column 3 \"quality_pct\": found \"101\", expected a sleep quality from 0 to 100");
    EXPECT_EQ(failure_of("date,kcal\n2024-05-01,\n"),
              "v.csv:2:12: column 2 \"kcal\": found \"\", expected energy in kcal from 0 to 30000; hint: every row "
              "needs kcal");
    EXPECT_EQ(failure_of("date,kcal,protein_g,carbs_g,fat_g\n2024-05-01,2000,100,6000,50\n"),
              "v.csv:2:21: column 4 \"carbs_g\": found \"6000\", expected grams of carbohydrate from 0 to 5000");
    EXPECT_EQ(failure_of("date,kcal,protein_g,carbs_g,fat_g\n2024-05-01,2000,-1,60,50\n"),
              "v.csv:2:17: column 3 \"protein_g\": found \"-1\", expected grams of protein from 0 to 5000");
    EXPECT_EQ(failure_of("date,kcal,protein_g,carbs_g,fat_g\n2024-05-01,2000,100,60,x\n"),
              "v.csv:2:24: column 5 \"fat_g\": found \"x\", expected grams of fat from 0 to 5000; hint: write numbers "
              "without units, with '.' as the decimal mark");
    EXPECT_EQ(failure_of("date,kcal\n2024-05-01,2000\n2024-05-02,2100\n"), "ok");
}

std::string failure_until(const std::string& csv, const char* latest) {
    const auto decoded = decode_daily(std::as_bytes(std::span<const char>(csv.data(), csv.size())), "v.csv",
                                      units::parse_iso_date(latest).value());
    return decoded ? std::string{"ok"} : testing::one_line(decoded.error());
}

TEST(DailyCsvReader, AColumnNamedTwiceNamesBothColumns) {
    EXPECT_EQ(failure_of("date,weight_kg,Date\n2024-05-01,80,2024-05-02\n"),
              "v.csv:1:16: column 1 \"date\" and column 3 \"Date\" name the same column; which one to read is a "
              "guess; hint: remove or rename one of them");
    EXPECT_EQ(failure_of("date,kcal,kcal\n2024-05-01,2000,2100\n"),
              "v.csv:1:11: column 2 \"kcal\" and column 3 \"kcal\" name the same column; which one to read is a "
              "guess; hint: remove or rename one of them");
}

TEST(DailyCsvReader, WeightInKilogramsAndPoundsConflictInsteadOfLookingLikeATypo) {
    EXPECT_EQ(failure_of("date,weight_kg,weight_lb\n2024-05-01,80,176\n"),
              "v.csv:1:16: column 2 \"weight_kg\" and column 3 \"weight_lb\" conflict: they give the same "
              "value in different units; hint: use one of weight_kg, weight_lb, weight_lbs");
}

TEST(DailyCsvReader, ADayGivenTwiceNamesBothLines) {
    EXPECT_EQ(failure_of("date,weight_kg\n2024-05-01,80\n2024-05-02,81\n2024-05-01,82\n"),
              "v.csv:4:1: 2024-05-01 is given twice, on lines 2 and 4; which value is right is a guess; hint: keep one "
              "row per day: remove or correct one of the two");
}

TEST(DailyCsvReader, RefusesDaysInTheFutureAndBefore1900) {
    EXPECT_EQ(failure_until("date,sleep_h\n2026-12-02,7\n2026-12-03,7\n", "2026-12-02"),
              "v.csv:3:1: column 1 \"date\": found \"2026-12-03\", expected a date from 1900-01-01 to 2026-12-02 "
              "(tomorrow); hint: a day in the future cannot be logged yet; check the year");
    EXPECT_EQ(failure_until("date,kcal\n0000-01-01,2000\n", "2026-12-02"),
              "v.csv:2:1: column 1 \"date\": found \"0000-01-01\", expected a date from 1900-01-01 to 2026-12-02 "
              "(tomorrow); hint: check the year; a placeholder date is not a day");
    EXPECT_EQ(failure_of("date,kcal\n1899-12-31,2000\n"),
              "v.csv:2:1: column 1 \"date\": found \"1899-12-31\", expected a date from 1900-01-01 on; hint: check "
              "the year; a placeholder date is not a day");
    EXPECT_EQ(failure_until("date,kcal\n1900-01-01,2000\n2026-12-02,2100\n", "2026-12-02"), "ok");
}

TEST(DailyCsvReader, EchoedValuesAreCutAndEscaped) {
    const std::string huge(100'000, 'x');
    const std::string message = failure_of("date,kcal\n2024-05-01," + huge + "\n");
    EXPECT_LT(message.size(), 400U) << message;
    EXPECT_NE(message.find("…\" (100,000 bytes)"), std::string::npos) << message;
    EXPECT_EQ(failure_of("date,kcal\n2024-05-01,\x1b]0;x\x07\xff\n"),
              "v.csv:2:12: column 2 \"kcal\": found \"\\x1b]0;x\\x07\\xff\", expected energy in kcal from 0 to 30000; "
              "hint: write numbers without units, with '.' as the decimal mark");
}

}  // namespace
}  // namespace ironstride::ingest::csv
