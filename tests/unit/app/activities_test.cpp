#include "ironstride/app/activities.hpp"

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"

namespace ironstride::app {
namespace {

class ActivitiesTest : public ::testing::Test {
protected:
    std::int64_t add(domain::AthleteId athlete, std::int64_t start_s) {
        const auto unit = m_store->write(athlete);
        domain::ImportRecord record;
        record.path = "/run-" + std::to_string(start_s) + ".fit";
        record.content_hash = std::to_string(start_s);
        const std::int64_t import_id = unit->import_log().record(record);
        domain::Activity activity;
        activity.sport = domain::Sport::running;
        activity.start_utc = units::Instant{std::chrono::seconds{start_s}};
        const std::int64_t id = unit->activities().insert(activity, {}, import_id);
        unit->commit();
        return id;
    }

    ironstride::testing::TempDir m_dir;
    std::unique_ptr<store::Store> m_store = store::open_store(m_dir / "a.db");
    StoreHandle m_handle{*m_store};
};

TEST_F(ActivitiesTest, ListsAndShowsOnlyTheAthletesOwn) {
    const domain::AthleteId other = m_store->create_athlete("other");
    const std::int64_t mine = add(domain::kLocalAthlete, 1'700'000'000);
    const std::int64_t theirs = add(other, 1'700'100'000);
    const auto listed = list_activities(m_handle, domain::kLocalAthlete, {});
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].id, mine);
    EXPECT_EQ(show_activity(m_handle, domain::kLocalAthlete, mine).id, mine);
    EXPECT_ERROR_CODE((void)show_activity(m_handle, domain::kLocalAthlete, theirs), util::ErrorCode::usage_not_found);
    EXPECT_EQ(show_activity(m_handle, other, theirs).id, theirs);
}

TEST_F(ActivitiesTest, AnUnknownIdNamesTheDatabase) {
    try {
        (void)show_activity(m_handle, domain::kLocalAthlete, 42);
        FAIL() << "no activity 42";
    } catch (const util::Error& error) {
        EXPECT_NE(std::string(error.what()).find("no activity with id 42 in " + m_store->location()),
                  std::string::npos)
            << error.what();
    }
}

TEST(Activities, AMissingDatabaseIsNotCreatedByAListing) {
    ironstride::testing::TempDir dir;
    StoreHandle lazy(std::optional<std::string>((dir / "none.db").string()), StoreAccess::existing);
    EXPECT_ERROR_CODE((void)list_activities(lazy, domain::kLocalAthlete, {}), util::ErrorCode::storage_no_database);
    EXPECT_FALSE(std::filesystem::exists(dir / "none.db"));
}

}  // namespace
}  // namespace ironstride::app
