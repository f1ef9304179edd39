#include "ironstride/store/sqlite/sqlite_metrics_repository.hpp"

#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using store::test::StoreTest;

class MetricsTest : public StoreTest {
protected:
    std::int64_t m_import = unit().import_log().record(store::test::ok_import("/a.fit"));

    std::int64_t activity_at(std::int64_t start, domain::Sport sport = domain::Sport::running) {
        domain::Activity activity;
        activity.sport = sport;
        activity.start_utc = store::test::at(start);
        return unit().activities().insert(activity, {}, m_import);
    }
};

TEST_F(MetricsTest, WriteThenReadBack) {
    const std::int64_t id = activity_at(1000);
    unit().metrics().write({.activity_id = id,
                         .computed_version = 3,
                         .trimp = 100.44,
                         .hr_tss = 72.5,
                         .srpe_load = 420.0,
                         .time_in_zone_s = std::array<double, 5>{600, 1800, 900, 240, 60}});
    const auto read = unit().metrics().read(id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->activity_id, id);
    EXPECT_EQ(read->computed_version, 3);
    EXPECT_EQ(read->trimp, 100.44);
    EXPECT_EQ(read->hr_tss, 72.5);
    EXPECT_EQ(read->srpe_load, 420.0);
    ASSERT_TRUE(read->time_in_zone_s.has_value());
    EXPECT_EQ(*read->time_in_zone_s, (std::array<double, 5>{600, 1800, 900, 240, 60}));
    EXPECT_FALSE(unit().metrics().read(id + 1).has_value());
}

TEST_F(MetricsTest, MetricsWithoutHeartRateKeepNulls) {
    const std::int64_t id = activity_at(1000, domain::Sport::strength);
    unit().metrics().write({.activity_id = id, .computed_version = 1, .srpe_load = 300.0});
    const auto read = unit().metrics().read(id);
    ASSERT_TRUE(read.has_value());
    EXPECT_FALSE(read->trimp.has_value());
    EXPECT_FALSE(read->hr_tss.has_value());
    EXPECT_FALSE(read->time_in_zone_s.has_value());
    EXPECT_EQ(read->srpe_load, 300.0);
}

TEST_F(MetricsTest, WritingAgainReplaces) {
    const std::int64_t id = activity_at(1000);
    unit().metrics().write({.activity_id = id, .computed_version = 1, .trimp = 10.0});
    unit().metrics().write({.activity_id = id, .computed_version = 2, .hr_tss = 5.0});
    const auto read = unit().metrics().read(id);
    EXPECT_EQ(read->computed_version, 2);
    EXPECT_FALSE(read->trimp.has_value());
    EXPECT_EQ(read->hr_tss, 5.0);
    EXPECT_EQ(count("activity_metrics"), 1);
}

TEST_F(MetricsTest, MissingAndStaleMetricsNeedComputing) {
    const std::int64_t fresh = activity_at(1000);
    const std::int64_t stale = activity_at(2000);
    const std::int64_t missing = activity_at(3000);
    unit().metrics().write({.activity_id = fresh, .computed_version = 2});
    unit().metrics().write({.activity_id = stale, .computed_version = 1});
    EXPECT_EQ(unit().metrics().stale(2), (std::vector<std::int64_t>{stale, missing}));
    EXPECT_EQ(unit().metrics().stale(1), (std::vector<std::int64_t>{missing}));
}

TEST_F(MetricsTest, ReportRangeJoinsMetricsWhereTheyExist) {
    const std::int64_t a = activity_at(1000);
    activity_at(2000, domain::Sport::strength);
    activity_at(9000);
    unit().metrics().write({.activity_id = a, .computed_version = 1, .trimp = 42.0});
    const auto rows = unit().metrics().list_with_activities({.from_utc = store::test::at(0), .until_utc = store::test::at(5000)});
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].activity.id, a);
    ASSERT_TRUE(rows[0].metrics.has_value());
    EXPECT_EQ(rows[0].metrics->trimp, 42.0);
    EXPECT_EQ(rows[1].activity.sport, domain::Sport::strength);
    EXPECT_FALSE(rows[1].metrics.has_value());
}

TEST_F(MetricsTest, MetricsGoWithTheirActivity) {
    const std::int64_t id = activity_at(1000);
    unit().metrics().write({.activity_id = id, .computed_version = 1});
    unit().activities().remove(id);
    EXPECT_EQ(count("activity_metrics"), 0);
}

TEST_F(MetricsTest, MetricsOfAnUnknownActivityAreRefused) {
    EXPECT_ANY_THROW(unit().metrics().write({.activity_id = 12345, .computed_version = 1}));
}

}  // namespace
}  // namespace ironstride::store::sqlite
