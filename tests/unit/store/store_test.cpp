// The Store contract, backend-neutral (through open_store; SQLite today): units of work, read snapshots, and the
// athlete scope — no athlete reads or changes another's rows, through any repository call.

#include "ironstride/store/store.hpp"

#include <chrono>
#include <atomic>
#include <memory>
#include <thread>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store {
namespace {

using test::at;
using test::day;

domain::Activity run_with_set(std::int64_t start) {
    domain::Activity a;
    a.sport = domain::Sport::running;
    a.start_utc = at(start);
    a.distance_m = 5000;
    a.laps.resize(1);
    a.sets.push_back(test::strength_set(1, "Squat (Barbell)", 100.0, 5));
    return a;
}

/// Two athletes with the same file, the same content and the same days.
class AthleteScopeTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_other = m_store->create_athlete("second athlete");
        for (const domain::AthleteId athlete : {domain::kLocalAthlete, m_other}) {
            const auto unit = m_store->write(athlete);
            const std::int64_t import_id = unit->import_log().record(test::ok_import("/shared/run.fit", "same-hash"));
            m_activity[athlete == m_other] = unit->activities().insert(run_with_set(1'714'550'400), {}, import_id);
            const domain::BodyEntry body = test::body_entry(day(2024, 5, 1), athlete == m_other ? 60.0 : 80.0);
            unit->daily_logs().upsert_body(std::span(&body, 1), import_id);
            unit->checkins().upsert(test::checkin_entry(day(2024, 5, 1), athlete == m_other ? 6.0 : 8.0, 3));
            unit->commit();
        }
    }

    ironstride::testing::TempDir m_dir;
    std::unique_ptr<Store> m_store = open_store(m_dir / "shared.db");
    domain::AthleteId m_other{};
    std::int64_t m_activity[2] = {0, 0};  ///< [0] the local athlete's, [1] the other's
};

TEST_F(AthleteScopeTest, SamePathSameContentAndSameDayArePerAthlete) {
    for (const bool other : {false, true}) {
        const auto unit = m_store->read(other ? m_other : domain::kLocalAthlete);
        EXPECT_EQ(unit->athlete(), other ? m_other : domain::kLocalAthlete);
        ASSERT_EQ(unit->import_log().list().size(), 1U);
        ASSERT_TRUE(unit->import_log().find_by_hash("same-hash").has_value());
        const auto activities = unit->activities().list({});
        ASSERT_EQ(activities.size(), 1U);
        EXPECT_EQ(activities[0].id, m_activity[other]);
        const auto body = unit->daily_logs().body({day(2024, 5, 1), day(2024, 5, 1)});
        ASSERT_EQ(body.size(), 1U);
        EXPECT_EQ(body[0].weight_kg, other ? 60.0 : 80.0);
        EXPECT_EQ(unit->checkins().get(day(2024, 5, 1))->sleep_h, other ? 6.0 : 8.0);
        EXPECT_EQ(unit->activities().strength_sets({}).size(), 1U);
        EXPECT_EQ(unit->metrics().stale(1).size(), 1U);
        EXPECT_EQ(unit->metrics().list_with_activities({}).size(), 1U);
    }
}

TEST_F(AthleteScopeTest, AnotherAthletesIdsAreInvisible) {
    const auto unit = m_store->write(domain::kLocalAthlete);
    EXPECT_FALSE(unit->activities().get(m_activity[1]).has_value());
    EXPECT_FALSE(unit->activities().remove(m_activity[1]));
    EXPECT_FALSE(unit->metrics().read(m_activity[1]).has_value());
    EXPECT_ERROR_CODE(unit->metrics().write({.activity_id = m_activity[1], .computed_version = 1}), util::ErrorCode::storage_changed_meanwhile);
    // An import id of the other athlete cannot own this athlete's activity.
    const std::int64_t their_import = m_store->read(m_other)->import_log().list().front().id;
    EXPECT_ANY_THROW(unit->activities().insert(run_with_set(1'714'600'000), {}, their_import));
    unit->commit();
    EXPECT_TRUE(m_store->read(m_other)->activities().get(m_activity[1]).has_value());
}

TEST_F(AthleteScopeTest, ReplacingOrRemovingAFileTouchesOnlyItsOwnersRows) {
    {
        const auto unit = m_store->write(domain::kLocalAthlete);
        EXPECT_TRUE(unit->import_log().remove("/shared/run.fit"));
        unit->commit();
    }
    const auto mine = m_store->read(domain::kLocalAthlete);
    EXPECT_TRUE(mine->activities().list({}).empty());
    EXPECT_TRUE(mine->daily_logs().body({day(2024, 5, 1), day(2024, 5, 1)}).empty());
    mine->commit();
    const auto theirs = m_store->read(m_other);
    EXPECT_EQ(theirs->activities().list({}).size(), 1U);
    EXPECT_EQ(theirs->daily_logs().body({day(2024, 5, 1), day(2024, 5, 1)}).size(), 1U);
    EXPECT_EQ(theirs->activities().get(m_activity[1])->activity.laps.size(), 1U);
}

TEST(Store, AReadUnitCannotWrite) {
    ironstride::testing::TempDir dir;
    const std::unique_ptr<Store> store = open_store(dir / "a.db");
    const auto unit = store->read(domain::kLocalAthlete);
    EXPECT_THROW(unit->checkins().upsert(test::checkin_entry(day(2024, 5, 1), 7.0, 3)), std::logic_error);
    EXPECT_THROW(unit->import_log().record(test::ok_import("/a.fit")), std::logic_error);
}

TEST(Store, AWriteUnitWithoutCommitLeavesNothing) {
    ironstride::testing::TempDir dir;
    const std::unique_ptr<Store> store = open_store(dir / "a.db");
    {
        const auto unit = store->write(domain::kLocalAthlete);
        unit->checkins().upsert(test::checkin_entry(day(2024, 5, 1), 7.0, 3));
    }
    EXPECT_FALSE(store->read(domain::kLocalAthlete)->checkins().get(day(2024, 5, 1)).has_value());
}

TEST(Store, AReadUnitIsOneSnapshotWhileAnotherStoreWrites) {
    ironstride::testing::TempDir dir;
    const std::unique_ptr<Store> reader = open_store(dir / "a.db");
    const std::unique_ptr<Store> writer = open_store(dir / "a.db");
    const auto snapshot = reader->read(domain::kLocalAthlete);
    {
        const auto unit = writer->write(domain::kLocalAthlete);
        unit->checkins().upsert(test::checkin_entry(day(2024, 5, 1), 7.0, 3));
        unit->commit();
    }
    EXPECT_FALSE(snapshot->checkins().get(day(2024, 5, 1)).has_value()) << "committed after the snapshot began";
    snapshot->commit();
    EXPECT_TRUE(reader->read(domain::kLocalAthlete)->checkins().get(day(2024, 5, 1)).has_value());
}

TEST(Store, TheDataVersionMovesWithEveryCommitHereOrElsewhereAndOnlyThen) {
    ironstride::testing::TempDir dir;
    const std::unique_ptr<Store> server = open_store(dir / "a.db");
    const std::unique_ptr<Store> other = open_store(dir / "a.db");
    const auto write_checkin = [](Store& store, int soreness) {
        const auto unit = store.write(domain::kLocalAthlete);
        unit->checkins().upsert(test::checkin_entry(day(2024, 5, 1), 7.0, soreness));
        unit->commit();
    };
    const std::optional<DataVersion> start = server->data_version();
    ASSERT_TRUE(start.has_value());
    (void)server->read(domain::kLocalAthlete)->checkins().get(day(2024, 5, 1));
    EXPECT_EQ(server->data_version(), start) << "a read changes nothing";

    write_checkin(*server, 3);
    const std::optional<DataVersion> after_own = server->data_version();
    EXPECT_NE(after_own, start) << "a commit through this store";

    write_checkin(*other, 4);
    const std::optional<DataVersion> after_other = server->data_version();
    EXPECT_NE(after_other, after_own) << "a commit through another connection";
    EXPECT_EQ(server->data_version(), after_other);

    {
        const auto unit = other->write(domain::kLocalAthlete);
        unit->checkins().upsert(test::checkin_entry(day(2024, 5, 2), 7.0, 5));
    }  // rolled back
    EXPECT_EQ(server->data_version(), after_other) << "nothing committed elsewhere";

    const auto open_unit = server->read(domain::kLocalAthlete);
    EXPECT_FALSE(server->data_version().has_value()) << "not inside a unit of work";
}

TEST(Store, ALocationNamesTheDatabase) {
    ironstride::testing::TempDir dir;
    EXPECT_EQ(open_store(dir / "a.db")->location(), (dir / "a.db").string());
}

TEST(ImportLock, ASecondImportWaitsForTheFirstAndIsToldSo) {
    const testing::TempDir dir;
    const auto first_store = open_store(dir / "a.db");
    const auto second_store = open_store(dir / "a.db");
    auto first = first_store->lock_imports([] { ADD_FAILURE() << "nobody holds the lock yet"; });
    std::atomic<bool> waited{false};
    std::atomic<bool> acquired{false};
    std::thread second([&] {
        const auto lock = second_store->lock_imports([&] { waited = true; });
        acquired = true;
    });
    while (!waited) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    EXPECT_FALSE(acquired) << "the first import still holds the lock";
    first.reset();
    second.join();
    EXPECT_TRUE(acquired);
}

}  // namespace
}  // namespace ironstride::store
