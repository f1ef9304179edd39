#include "ironstride/store/daily_repository.hpp"

#include "ironstride/util/error.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store {
namespace {

using test::day;
using test::StoreTest;

TEST_F(StoreTest, BodyDaysReadBackInAnInclusiveRange) {
    const std::vector<domain::BodyEntry> entries = {
        test::body_entry(day(2024, 5, 3), 80.4),
        test::body_entry(day(2024, 5, 1), 80.9, 15.5),
        test::body_entry(day(2024, 5, 2), 80.6),
        test::body_entry(day(2024, 5, 4), 80.2),
    };
    upsert_body_days(m_db, entries);
    const auto read = body_days(m_db, {day(2024, 5, 1), day(2024, 5, 3)});
    ASSERT_EQ(read.size(), 3U);
    EXPECT_EQ(read[0].day, day(2024, 5, 1));
    EXPECT_EQ(read[0].weight_kg, 80.9);
    EXPECT_EQ(read[0].body_fat_pct, 15.5);
    EXPECT_EQ(read[1].day, day(2024, 5, 2));
    EXPECT_FALSE(read[1].body_fat_pct.has_value());
    EXPECT_EQ(read[2].day, day(2024, 5, 3));
    EXPECT_TRUE(body_days(m_db, {day(2023, 1, 1), day(2023, 12, 31)}).empty());
}

TEST_F(StoreTest, ALaterImportReplacesTheWholeDay) {
    const std::int64_t scale = record_import(m_db, test::ok_import("/scale.csv", "1"));
    const std::int64_t app = record_import(m_db, test::ok_import("/app.csv", "2"));
    const domain::BodyEntry first = test::body_entry(day(2024, 5, 1), 81.0, 16.0);
    const domain::BodyEntry second = test::body_entry(day(2024, 5, 1), 80.0);
    upsert_body_days(m_db, std::span(&first, 1), scale);
    upsert_body_days(m_db, std::span(&second, 1), app);
    const auto read = body_days(m_db, {day(2024, 5, 1), day(2024, 5, 1)});
    ASSERT_EQ(read.size(), 1U);
    EXPECT_EQ(read[0].weight_kg, 80.0);
    EXPECT_FALSE(read[0].body_fat_pct.has_value());  // replaced, not merged

    // The day now belongs to the later file: removing the earlier one keeps it, removing the later one drops it.
    delete_import(m_db, "/scale.csv");
    EXPECT_EQ(count("body_day"), 1);
    delete_import(m_db, "/app.csv");
    EXPECT_EQ(count("body_day"), 0);
}

TEST_F(StoreTest, SleepAndNutritionDaysUpsertAndRead) {
    const std::vector<domain::SleepEntry> nights = {test::sleep_entry(day(2024, 6, 1), 7.5, 82.0),
                                                    test::sleep_entry(day(2024, 6, 2), 6.25)};
    upsert_sleep_days(m_db, nights);
    const domain::SleepEntry better = test::sleep_entry(day(2024, 6, 2), 8.0, 90.0);
    upsert_sleep_days(m_db, std::span(&better, 1));
    const auto sleep = sleep_days(m_db, {day(2024, 6, 1), day(2024, 6, 30)});
    ASSERT_EQ(sleep.size(), 2U);
    EXPECT_EQ(sleep[0].quality_pct, 82.0);
    EXPECT_EQ(sleep[1].hours, 8.0);
    EXPECT_EQ(sleep[1].quality_pct, 90.0);

    const std::vector<domain::NutritionEntry> food = {
        test::nutrition_entry(day(2024, 6, 1), 2650, 160, 300, 80),
        test::nutrition_entry(day(2024, 6, 2), 2400)};
    upsert_nutrition_days(m_db, food);
    const auto read = nutrition_days(m_db, {day(2024, 6, 1), day(2024, 6, 2)});
    ASSERT_EQ(read.size(), 2U);
    EXPECT_EQ(read[0].kcal, 2650);
    EXPECT_EQ(read[0].protein_g, 160);
    EXPECT_EQ(read[0].carbs_g, 300);
    EXPECT_EQ(read[0].fat_g, 80);
    EXPECT_FALSE(read[1].protein_g.has_value());
}

TEST_F(StoreTest, CheckInIsOnePerDayAndTheLastOneWins) {
    upsert_checkin(m_db, test::checkin_entry(day(2024, 7, 1), 7.0, 3, 52.0, 71.0, 6.0));
    upsert_checkin(m_db, test::checkin_entry(day(2024, 7, 2), 6.0, 5));
    upsert_checkin(m_db, test::checkin_entry(day(2024, 7, 1), 8.0, 2));
    const auto first = get_checkin(m_db, day(2024, 7, 1));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->sleep_h, 8.0);
    EXPECT_EQ(first->soreness, 2);
    EXPECT_FALSE(first->resting_hr_bpm.has_value());
    EXPECT_FALSE(first->hrv_ms.has_value());
    EXPECT_FALSE(first->rpe.has_value());
    EXPECT_FALSE(get_checkin(m_db, day(2024, 7, 3)).has_value());
    const auto all = checkins(m_db, {day(2024, 7, 1), day(2024, 7, 31)});
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[1].day, day(2024, 7, 2));
    EXPECT_EQ(all[1].soreness, 5);
}

TEST_F(StoreTest, CheckInSorenessOutsideOneToTenIsRefused) {
    EXPECT_THROW(upsert_checkin(m_db, test::checkin_entry(day(2024, 7, 1), 7.0, 0)), util::UsageError);
    EXPECT_THROW(upsert_checkin(m_db, test::checkin_entry(day(2024, 7, 1), 7.0, 11)), util::UsageError);
    EXPECT_EQ(count("checkin"), 0);
}

TEST_F(StoreTest, DayRangeQueriesUseThePrimaryKey) {
    const std::string plan =
        query_plan("SELECT day, weight_kg, body_fat_pct FROM body_day WHERE day BETWEEN 1 AND 2 ORDER BY day");
    EXPECT_NE(plan.find("INTEGER PRIMARY KEY"), std::string::npos) << plan;
}

}  // namespace
}  // namespace ironstride::store
