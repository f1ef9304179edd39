#include "ironstride/app/detail/athlete_history.hpp"

#include <gtest/gtest.h>

#include "ironstride/analysis/activity_metrics.hpp"
#include "ironstride/store/open_store.hpp"
#include "support/test_support.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::app::detail {
namespace {

science::HeartRateProfile heart(domain::Sex sex) {
    domain::Athlete a = analysis::testing::lifter();
    a.sex = sex;
    return science::heart_rate_profile(a, analysis::testing::day(2026, 1, 1));
}

domain::Activity run(double minutes, double avg_hr) {
    domain::Activity a;
    a.sport = domain::Sport::running;
    a.start_utc = units::Instant{std::chrono::sys_days{std::chrono::year{2026} / 1 / 1}};
    a.timer_s = minutes * 60;
    a.elapsed_s = minutes * 60 + 300;
    a.avg_hr_bpm = avg_hr;
    return a;
}

class MetricsCacheTest : public ::testing::Test {
protected:
    std::int64_t insert(const domain::Activity& a, domain::AthleteId athlete = domain::kLocalAthlete) {
        const auto unit = m_store->write(athlete);
        domain::ImportRecord r;
        r.path = "/runs-" + std::to_string(++m_files) + ".tcx";
        r.content_hash = std::to_string(m_files);
        const std::int64_t import_id = unit->import_log().record(r);
        const std::int64_t id = unit->activities().insert(a, store::encode_samples(a.samples), import_id);
        unit->commit();
        return id;
    }
    std::optional<domain::ActivityMetrics> cached(std::int64_t id) {
        return m_store->read(domain::kLocalAthlete)->metrics().read(id);
    }

    ironstride::testing::TempDir m_dir;
    std::unique_ptr<store::Store> m_store = store::open_store(m_dir / "test.db");
    int m_files = 0;
};

TEST_F(MetricsCacheTest, ComputesOnceThenOnlyNewActivitiesAndEverythingOnRequest) {
    domain::Activity a = run(60, 150);
    for (int i = 0; i < 61; ++i) {
        a.samples.time_ms.push_back(i * 60'000LL);
        a.samples.heart_rate_bpm.push_back(150);
    }
    const std::int64_t first = insert(a);
    const science::HeartRateProfile h = heart(domain::Sex::male);
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, h), 1U);
    const auto metrics = cached(first);
    ASSERT_TRUE(metrics.has_value());
    EXPECT_NEAR(*metrics->trimp, 100.44, 0.005);
    ASSERT_TRUE(metrics->time_in_zone_s.has_value());
    EXPECT_DOUBLE_EQ((*metrics->time_in_zone_s)[2], 3600.0);  // 150 bpm is Z3 (60–74 % HRR)
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, h), 0U) << "the cache is reused";

    insert(run(30, 140));
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, h), 1U);
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, heart(domain::Sex::female), true), 2U);
    EXPECT_NEAR(*cached(first)->trimp, 113.52, 0.005);
}

TEST_F(MetricsCacheTest, RowsOfAnOlderVersionAreRecomputed) {
    const std::int64_t id = insert(run(60, 150));
    {
        const auto unit = m_store->write(domain::kLocalAthlete);
        unit->metrics().write({.activity_id = id, .computed_version = analysis::kMetricsVersion - 1, .trimp = 1.0});
        unit->commit();
    }
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, heart(domain::Sex::male)), 1U);
    EXPECT_EQ(cached(id)->computed_version, analysis::kMetricsVersion);
}

TEST_F(MetricsCacheTest, OnlyTheAthletesOwnActivitiesAreComputed) {
    const domain::AthleteId other = m_store->create_athlete("second athlete");
    insert(run(60, 150));
    EXPECT_EQ(refresh_metrics(*m_store, other, heart(domain::Sex::male)), 0U) << "no activities of its own";
    insert(run(30, 140), other);
    insert(run(40, 140), other);
    EXPECT_EQ(refresh_metrics(*m_store, other, heart(domain::Sex::male)), 2U);
    EXPECT_EQ(refresh_metrics(*m_store, domain::kLocalAthlete, heart(domain::Sex::male)), 1U);
}

TEST_F(MetricsCacheTest, LoadHistoryReadsTheRangeWithItsWarmUp) {
    const std::int64_t id = insert(run(45, 150));
    refresh_metrics(*m_store, domain::kLocalAthlete, heart(domain::Sex::male));
    const auto snapshot = m_store->read(domain::kLocalAthlete);
    const analysis::History history =
        load_history(*snapshot, {analysis::testing::day(2026, 3, 1), analysis::testing::day(2026, 3, 31)},
                     heart(domain::Sex::male));
    ASSERT_EQ(history.activities.size(), 1U) << "2026-01-01 lies in the 365-day warm-up";
    EXPECT_EQ(history.activities[0].id, id);
    ASSERT_TRUE(history.activities[0].metrics.has_value());
    EXPECT_EQ(history.loaded_from, analysis::testing::day(2026, 3, 1) - std::chrono::days{analysis::kWarmupDays});
}

TEST_F(MetricsCacheTest, WithoutACacheWriteTheHistoryStillHasEveryActivitysMetrics) {
    insert(run(45, 150));
    const auto snapshot = m_store->read(domain::kLocalAthlete);
    EXPECT_EQ(snapshot->metrics().stale(analysis::kMetricsVersion).size(), 1U);
    const analysis::History history =
        load_history(*snapshot, {analysis::testing::day(2026, 3, 1), analysis::testing::day(2026, 3, 31)},
                     heart(domain::Sex::male));
    ASSERT_EQ(history.activities.size(), 1U);
    ASSERT_TRUE(history.activities[0].metrics.has_value()) << "computed in memory, as for a read-only database";
    EXPECT_EQ(snapshot->metrics().stale(analysis::kMetricsVersion).size(), 1U) << "and not cached";
}

}  // namespace
}  // namespace ironstride::app::detail
