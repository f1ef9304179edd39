#include "ironstride/store/sqlite/sqlite_activity_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/util/error.hpp"
#include "unit/store/store_fixture.hpp"
#include "unit/store/synthetic_activity.hpp"

namespace ironstride::store::sqlite {
namespace {

using domain::ActivityFilter;
using domain::ActivitySummary;
using store::test::StoreTest;

domain::Activity full_run() {
    domain::Activity a;
    a.format = domain::SourceFormat::fit;
    a.sport = domain::Sport::running;
    a.sub_sport = "trail";
    a.name = "Long run";
    a.device = "garmin fr965";
    a.start_utc = store::test::at(1'714'550'400);
    a.utc_offset = units::UtcOffset{120};
    a.elapsed_s = 3725.5;
    a.timer_s = 3600.0;
    a.distance_m = 10'512.37;
    a.avg_hr_bpm = 148.0;
    a.max_hr_bpm = 176.0;
    a.calories_kcal = 812.0;
    a.ascent_m = 123.4;
    a.descent_m = 121.0;
    a.avg_speed_mps = 2.92;
    a.max_speed_mps = 4.8;
    a.rpe = 6.0;
    domain::Lap first;
    first.start_utc = store::test::at(1'714'550'400);
    first.elapsed_s = 300.0;
    first.distance_m = 1000.0;
    first.avg_hr_bpm = 140.0;
    domain::Lap second;
    second.start_utc = store::test::at(1'714'550'700);
    second.timer_s = 310.0;
    second.max_hr_bpm = 160.0;
    second.calories_kcal = 70.0;
    second.ascent_m = 12.0;
    a.laps = {first, second};
    a.samples = ironstride::testing::synthetic_run({.duration_s = 3600});
    a.rr_intervals_s = {0.81, 0.8, 0.79};
    return a;
}

domain::Activity lifting(std::int64_t start) {
    domain::Activity a;
    a.format = domain::SourceFormat::strong_csv;
    a.sport = domain::Sport::strength;
    a.start_utc = store::test::at(start);
    a.sets.push_back(store::test::strength_set(1, "Squat (Barbell)", 100.0, 5));
    a.sets.back().rpe = 8.0;
    a.sets.push_back(store::test::strength_set(2, "Squat (Barbell)", 60.0, 8));
    a.sets.back().warmup = true;
    a.sets.push_back(store::test::strength_set(3, "Zercher Good Morning on a Swiss Ball"));
    a.sets.back().duration_s = 40.0;
    a.sets.back().distance_m = 20.0;
    a.sets.back().start_utc = store::test::at(start + 600);
    return a;
}

class ActivityRepositoryTest : public StoreTest {
protected:
    std::int64_t m_import = unit().import_log().record(store::test::ok_import("/archive/2024-05-01-run.fit"));

    std::int64_t insert(const domain::Activity& activity) {
        return unit().activities().insert(activity, encode_samples(activity.samples, activity.rr_intervals_s), m_import);
    }
};

TEST_F(ActivityRepositoryTest, FullActivityRoundTrips) {
    const domain::Activity original = full_run();
    const std::int64_t id = insert(original);
    const auto stored = unit().activities().get(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->import_id, m_import);
    EXPECT_EQ(stored->source_path, "/archive/2024-05-01-run.fit");
    const domain::Activity& a = stored->activity;
    EXPECT_EQ(a.format, original.format);
    EXPECT_EQ(a.sport, original.sport);
    EXPECT_EQ(a.sub_sport, "trail");
    EXPECT_EQ(a.name, "Long run");
    EXPECT_EQ(a.device, "garmin fr965");
    EXPECT_EQ(a.start_utc, original.start_utc);
    EXPECT_EQ(a.utc_offset, original.utc_offset);
    EXPECT_EQ(a.elapsed_s, original.elapsed_s);
    EXPECT_EQ(a.timer_s, original.timer_s);
    EXPECT_EQ(a.distance_m, original.distance_m);
    EXPECT_EQ(a.avg_hr_bpm, original.avg_hr_bpm);
    EXPECT_EQ(a.max_hr_bpm, original.max_hr_bpm);
    EXPECT_EQ(a.calories_kcal, original.calories_kcal);
    EXPECT_EQ(a.ascent_m, original.ascent_m);
    EXPECT_EQ(a.descent_m, original.descent_m);
    EXPECT_EQ(a.avg_speed_mps, original.avg_speed_mps);
    EXPECT_EQ(a.max_speed_mps, original.max_speed_mps);
    EXPECT_EQ(a.rpe, original.rpe);
    ASSERT_EQ(a.laps.size(), 2U);
    EXPECT_EQ(a.laps[0].start_utc, original.laps[0].start_utc);
    EXPECT_EQ(a.laps[0].elapsed_s, 300.0);
    EXPECT_EQ(a.laps[0].timer_s, std::nullopt);
    EXPECT_EQ(a.laps[0].avg_hr_bpm, 140.0);
    EXPECT_EQ(a.laps[1].timer_s, 310.0);
    EXPECT_EQ(a.laps[1].distance_m, std::nullopt);
    EXPECT_EQ(a.laps[1].ascent_m, 12.0);
    EXPECT_EQ(a.samples.time_ms, original.samples.time_ms);
    EXPECT_EQ(a.samples.lat_e7, original.samples.lat_e7);
    EXPECT_EQ(a.samples.heart_rate_bpm, original.samples.heart_rate_bpm);
    EXPECT_EQ(a.samples.speed_mps, original.samples.speed_mps);  // no NaN in this column
    EXPECT_EQ(a.rr_intervals_s, original.rr_intervals_s);
}

TEST_F(ActivityRepositoryTest, SummaryHasNullsWhereTheSourceHadNoValue) {
    domain::Activity bare;
    bare.format = domain::SourceFormat::gpx;
    bare.sport = domain::Sport::walking;
    bare.start_utc = store::test::at(1'700'000'000);
    const std::int64_t id = insert(bare);
    const auto summaries = unit().activities().list({});
    ASSERT_EQ(summaries.size(), 1U);
    const ActivitySummary& s = summaries[0];
    EXPECT_EQ(s.id, id);
    EXPECT_EQ(s.source_path, "/archive/2024-05-01-run.fit");
    EXPECT_EQ(s.format, domain::SourceFormat::gpx);
    EXPECT_EQ(s.sport, domain::Sport::walking);
    EXPECT_EQ(s.start_utc, store::test::at(1'700'000'000));
    EXPECT_FALSE(s.utc_offset.has_value());
    EXPECT_FALSE(s.elapsed_s.has_value());
    EXPECT_FALSE(s.timer_s.has_value());
    EXPECT_FALSE(s.distance_m.has_value());
    EXPECT_FALSE(s.avg_hr_bpm.has_value());
    EXPECT_FALSE(s.max_hr_bpm.has_value());
    EXPECT_EQ(s.record_count, 0);
    EXPECT_EQ(s.set_count, 0);
    EXPECT_EQ(count("activity_samples"), 0);  // no blob for an empty stream
    // and SQL NULL, not 0, in the table
    EXPECT_TRUE(m_db.connection().execAndGet("SELECT distance_m FROM activity").isNull());
}

TEST_F(ActivityRepositoryTest, SummaryCountsRecordsAndSets) {
    insert(full_run());
    insert(lifting(1'714'600'000));
    const auto summaries = unit().activities().list({});
    ASSERT_EQ(summaries.size(), 2U);
    EXPECT_EQ(summaries[0].record_count, 3600);
    EXPECT_EQ(summaries[0].set_count, 0);
    EXPECT_EQ(summaries[0].distance_m, 10'512.37);
    EXPECT_EQ(summaries[0].utc_offset, units::UtcOffset{120});
    EXPECT_EQ(summaries[1].record_count, 0);
    EXPECT_EQ(summaries[1].set_count, 3);
    EXPECT_EQ(m_db.connection().execAndGet("SELECT sample_columns FROM activity ORDER BY start_utc").getInt64(),
              encode_samples(full_run().samples, full_run().rr_intervals_s).column_mask);
}

TEST_F(ActivityRepositoryTest, ListingFiltersByHalfOpenTimeRangeAndSport) {
    domain::Activity run = full_run();
    run.samples = {};
    for (const std::int64_t start : {1000, 2000, 3000}) {
        run.start_utc = store::test::at(start);
        insert(run);
    }
    insert(lifting(2500));
    auto starts = [&](const ActivityFilter& filter) {
        std::vector<std::int64_t> result;
        for (const auto& s : unit().activities().list(filter))
            result.push_back(s.start_utc->time_since_epoch().count());
        return result;
    };
    EXPECT_EQ(starts({}), (std::vector<std::int64_t>{1000, 2000, 2500, 3000}));
    EXPECT_EQ(starts({.from_utc = store::test::at(2000)}), (std::vector<std::int64_t>{2000, 2500, 3000}));
    EXPECT_EQ(starts({.until_utc = store::test::at(2500)}), (std::vector<std::int64_t>{1000, 2000}));
    EXPECT_EQ(starts({.from_utc = store::test::at(1500), .until_utc = store::test::at(3000), .sport = domain::Sport::running}),
              (std::vector<std::int64_t>{2000}));
    EXPECT_EQ(starts({.sport = domain::Sport::strength}), (std::vector<std::int64_t>{2500}));
    EXPECT_TRUE(starts({.sport = domain::Sport::swimming}).empty());
}

TEST_F(ActivityRepositoryTest, RangeQueriesUseTheStartIndex) {
    const std::string plan = query_plan("SELECT id FROM activity AS a WHERE a.start_utc >= 1 AND a.start_utc < 2");
    EXPECT_NE(plan.find("activity_by_start"), std::string::npos) << plan;
}

TEST_F(ActivityRepositoryTest, StrengthSetsByRangeWithExerciseKeys) {
    insert(lifting(5000));
    insert(lifting(9000));
    insert(full_run());
    const auto sets = unit().activities().strength_sets({.from_utc = store::test::at(4000), .until_utc = store::test::at(6000)});
    ASSERT_EQ(sets.size(), 3U);
    EXPECT_EQ(sets[0].activity_start_utc, store::test::at(5000));
    EXPECT_EQ(sets[0].exercise_key, "squat_barbell");
    EXPECT_EQ(sets[0].set.exercise, "Squat (Barbell)");
    EXPECT_EQ(sets[0].set.weight_kg, 100.0);
    EXPECT_EQ(sets[0].set.reps, 5);
    EXPECT_EQ(sets[0].set.rpe, 8.0);
    EXPECT_FALSE(sets[0].set.warmup);
    EXPECT_TRUE(sets[1].set.warmup);
    EXPECT_EQ(sets[1].set.order, 2);
    EXPECT_EQ(sets[2].exercise_key, "other");  // unknown exercises are kept, mapped to "other"
    EXPECT_EQ(sets[2].set.exercise, "Zercher Good Morning on a Swiss Ball");
    EXPECT_FALSE(sets[2].set.weight_kg.has_value());
    EXPECT_FALSE(sets[2].set.reps.has_value());
    EXPECT_EQ(sets[2].set.duration_s, 40.0);
    EXPECT_EQ(sets[2].set.distance_m, 20.0);
    EXPECT_EQ(sets[2].set.start_utc, store::test::at(5600));
    EXPECT_EQ(unit().activities().strength_sets({}).size(), 6U);
}

TEST_F(ActivityRepositoryTest, GetActivityKeepsSetOrderAndUnknownIdIsNullopt) {
    const std::int64_t id = insert(lifting(5000));
    const auto stored = unit().activities().get(id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->activity.sets.size(), 3U);
    EXPECT_EQ(stored->activity.sets[2].exercise, "Zercher Good Morning on a Swiss Ball");
    EXPECT_FALSE(unit().activities().get(id + 1).has_value());
}

TEST_F(ActivityRepositoryTest, CorruptStoredSamplesAreACorruptStoreNamingTheActivity) {
    const std::int64_t id = insert(full_run());
    m_db.execute("UPDATE activity_samples SET data = x'01ff00'");
    try {
        (void)unit().activities().get(id);
        FAIL() << "no exception";
    } catch (const util::Error& error) {
        EXPECT_EQ(error.code(), util::ErrorCode::storage_corrupt);
        EXPECT_NE(std::string(error.what()).find(fmt::format("activity {}", id)), std::string::npos) << error.what();
    }
}

TEST_F(ActivityRepositoryTest, DeletingAnActivityCascadesToItsRows) {
    const std::int64_t run = insert(full_run());
    const std::int64_t lift = insert(lifting(5000));
    EXPECT_TRUE(unit().activities().remove(run));
    EXPECT_FALSE(unit().activities().remove(run));
    EXPECT_EQ(count("activity_samples"), 0);
    EXPECT_EQ(count("lap"), 0);
    EXPECT_EQ(count("strength_set"), 3);
    EXPECT_TRUE(unit().activities().remove(lift));
    EXPECT_EQ(count("strength_set"), 0);
}

}  // namespace
}  // namespace ironstride::store::sqlite
