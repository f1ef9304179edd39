#include "ironstride/store/sqlite/sqlite_calendar_repository.hpp"

#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using store::test::StoreTest;

TEST_F(StoreTest, CalendarEventsRoundTripAndARevisionReplacesItsUid) {
    // A hash with the top bit set: stored as SQLite's signed 64-bit integer, read back as the same bits.
    const domain::IssuedEvent first{"2026-11-30-run-1-maya@ironstride", 0xF00DFACEB00CD00DULL, 0,
                                    store::test::at(1'796'025'600)};
    unit().calendar().record(first);
    unit().calendar().record({"2026-11-30-lift-1-maya@ironstride", 7, 0, store::test::at(1'796'025'600)});
    commit();
    auto issued = unit().calendar().issued();
    ASSERT_EQ(issued.size(), 2U);
    EXPECT_EQ(issued[1].uid, first.uid);  // by UID
    EXPECT_EQ(issued[1].content_hash, first.content_hash);
    EXPECT_EQ(issued[1].stamp, first.stamp);

    unit().calendar().record({first.uid, 42, 1, store::test::at(1'796'029'200)});
    commit();
    issued = unit().calendar().issued();
    ASSERT_EQ(issued.size(), 2U);
    EXPECT_EQ(issued[1].sequence, 1);
    EXPECT_EQ(issued[1].content_hash, 42U);
    EXPECT_EQ(issued[1].stamp, store::test::at(1'796'029'200));
}

TEST_F(StoreTest, CalendarEventsBelongToTheirAthlete) {
    unit().calendar().record({"2026-11-30-run-1-maya@ironstride", 1, 0, store::test::at(0)});
    commit();
    const domain::AthleteId other = m_store.create_athlete("other");
    EXPECT_TRUE(m_store.read(other)->calendar().issued().empty());
    EXPECT_EQ(m_store.read(domain::kLocalAthlete)->calendar().issued().size(), 1U);
}

TEST_F(StoreTest, AReadUnitCannotRecordCalendarEvents) {
    const auto snapshot = m_store.read(domain::kLocalAthlete);
    EXPECT_THROW(snapshot->calendar().record({"x", 1, 0, store::test::at(0)}), std::logic_error);
}

}  // namespace
}  // namespace ironstride::store::sqlite
