#include "ironstride/store/sqlite/sqlite_daily_log_repository.hpp"

#include "ironstride/util/error.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using store::test::day;
using store::test::StoreTest;

TEST_F(StoreTest, BodyDaysReadBackInAnInclusiveRange) {
    const std::vector<domain::BodyEntry> entries = {
        store::test::body_entry(day(2024, 5, 3), 80.4),
        store::test::body_entry(day(2024, 5, 1), 80.9, 15.5),
        store::test::body_entry(day(2024, 5, 2), 80.6),
        store::test::body_entry(day(2024, 5, 4), 80.2),
    };
    unit().daily_logs().upsert_body(entries, std::nullopt);
    const auto read = unit().daily_logs().body({day(2024, 5, 1), day(2024, 5, 3)});
    ASSERT_EQ(read.size(), 3U);
    EXPECT_EQ(read[0].day, day(2024, 5, 1));
    EXPECT_EQ(read[0].weight_kg, 80.9);
    EXPECT_EQ(read[0].body_fat_pct, 15.5);
    EXPECT_EQ(read[1].day, day(2024, 5, 2));
    EXPECT_FALSE(read[1].body_fat_pct.has_value());
    EXPECT_EQ(read[2].day, day(2024, 5, 3));
    EXPECT_TRUE(unit().daily_logs().body({day(2023, 1, 1), day(2023, 12, 31)}).empty());
}

TEST_F(StoreTest, ALaterImportReplacesTheWholeDay) {
    const std::int64_t scale = unit().import_log().record(store::test::ok_import("/scale.csv", "1"));
    const std::int64_t app = unit().import_log().record(store::test::ok_import("/app.csv", "2"));
    const domain::BodyEntry first = store::test::body_entry(day(2024, 5, 1), 81.0, 16.0);
    const domain::BodyEntry second = store::test::body_entry(day(2024, 5, 1), 80.0);
    unit().daily_logs().upsert_body(std::span(&first, 1), scale);
    unit().daily_logs().upsert_body(std::span(&second, 1), app);
    const auto read = unit().daily_logs().body({day(2024, 5, 1), day(2024, 5, 1)});
    ASSERT_EQ(read.size(), 1U);
    EXPECT_EQ(read[0].weight_kg, 80.0);
    EXPECT_FALSE(read[0].body_fat_pct.has_value());  // replaced, not merged

    // The day now belongs to the later file: removing the earlier one keeps it, removing the later one drops it.
    unit().import_log().remove("/scale.csv");
    EXPECT_EQ(count("body_day"), 1);
    unit().import_log().remove("/app.csv");
    EXPECT_EQ(count("body_day"), 0);
}

TEST_F(StoreTest, SleepAndNutritionDaysUpsertAndRead) {
    const std::vector<domain::SleepEntry> nights = {store::test::sleep_entry(day(2024, 6, 1), 7.5, 82.0),
                                                    store::test::sleep_entry(day(2024, 6, 2), 6.25)};
    unit().daily_logs().upsert_sleep(nights, std::nullopt);
    const domain::SleepEntry better = store::test::sleep_entry(day(2024, 6, 2), 8.0, 90.0);
    unit().daily_logs().upsert_sleep(std::span(&better, 1), std::nullopt);
    const auto sleep = unit().daily_logs().sleep({day(2024, 6, 1), day(2024, 6, 30)});
    ASSERT_EQ(sleep.size(), 2U);
    EXPECT_EQ(sleep[0].quality_pct, 82.0);
    EXPECT_EQ(sleep[1].hours, 8.0);
    EXPECT_EQ(sleep[1].quality_pct, 90.0);

    const std::vector<domain::NutritionEntry> food = {
        store::test::nutrition_entry(day(2024, 6, 1), 2650, 160, 300, 80),
        store::test::nutrition_entry(day(2024, 6, 2), 2400)};
    unit().daily_logs().upsert_nutrition(food, std::nullopt);
    const auto read = unit().daily_logs().nutrition({day(2024, 6, 1), day(2024, 6, 2)});
    ASSERT_EQ(read.size(), 2U);
    EXPECT_EQ(read[0].kcal, 2650);
    EXPECT_EQ(read[0].protein_g, 160);
    EXPECT_EQ(read[0].carbs_g, 300);
    EXPECT_EQ(read[0].fat_g, 80);
    EXPECT_FALSE(read[1].protein_g.has_value());
}

TEST_F(StoreTest, CheckInIsOnePerDayAndTheLastOneWins) {
    unit().checkins().upsert(store::test::checkin_entry(day(2024, 7, 1), 7.0, 3, 52.0, 71.0, 6.0));
    unit().checkins().upsert(store::test::checkin_entry(day(2024, 7, 2), 6.0, 5));
    unit().checkins().upsert(store::test::checkin_entry(day(2024, 7, 1), 8.0, 2));
    const auto first = unit().checkins().get(day(2024, 7, 1));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->sleep_h, 8.0);
    EXPECT_EQ(first->soreness, 2);
    EXPECT_FALSE(first->resting_hr_bpm.has_value());
    EXPECT_FALSE(first->hrv_ms.has_value());
    EXPECT_FALSE(first->rpe.has_value());
    EXPECT_FALSE(unit().checkins().get(day(2024, 7, 3)).has_value());
    const auto all = unit().checkins().list({day(2024, 7, 1), day(2024, 7, 31)});
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[1].day, day(2024, 7, 2));
    EXPECT_EQ(all[1].soreness, 5);
}

// The use case validates soreness (app::check_in); the table's CHECK is the backstop, and a row that breaks it is a
// bug in the caller: an internal error, not a storage error the user could fix.
TEST_F(StoreTest, CheckInSorenessOutsideOneToTenIsRefusedByTheSchema) {
    EXPECT_THROW(unit().checkins().upsert(store::test::checkin_entry(day(2024, 7, 1), 7.0, 0)), std::runtime_error);
    EXPECT_THROW(unit().checkins().upsert(store::test::checkin_entry(day(2024, 7, 1), 7.0, 11)), std::runtime_error);
    EXPECT_EQ(count("checkin"), 0);
}

TEST_F(StoreTest, DayRangeQueriesUseTheDayIndex) {
    // The shape of the repository's read: one row per day by source precedence.
    const std::string plan = query_plan(
        "SELECT day, weight_kg FROM (SELECT day, weight_kg, row_number() OVER (PARTITION BY day ORDER BY "
        "import_id IS NULL DESC, import_id DESC) AS precedence FROM body_day WHERE athlete_id = 1 AND day BETWEEN 1 "
        "AND 2) WHERE precedence = 1 ORDER BY day");
    // The (athlete_id, day, import_id) index answers the range: no scan of the table.
    EXPECT_NE(plan.find("SEARCH body_day USING INDEX body_day_by_source (athlete_id=? AND day>? AND day<?)"),
              std::string::npos)
        << plan;
    EXPECT_EQ(plan.find("SCAN body_day"), std::string::npos) << plan;
}

}  // namespace
}  // namespace ironstride::store::sqlite
