#include "ironstride/app/calendar_feed.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/store/open_store.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::app {
namespace {

using namespace std::chrono;

constexpr units::CivilDay kToday = sys_days{year{2026} / 11 / 23};

/// Marcus's example profile with a time zone, his Monday lift at `monday_start`.
std::string profile_text(const std::string& monday_start) {
    std::string text = util::read_text_file(ironstride::testing::source_dir() / "examples" / "marcus-hybrid.toml");
    text.insert(text.find("\n[body]"), "\ntime_zone = \"Europe/London\"\n");
    const std::string old_start = "start = \"17:30\"";
    text.replace(text.find(old_start), old_start.size(), "start = \"" + monday_start + "\"");
    return text;
}

long count_sequence(const CalendarFeed& feed, int sequence) {
    return std::count_if(feed.revisions.begin(), feed.revisions.end(),
                         [&](const domain::IssuedEvent& e) { return e.sequence == sequence; });
}

class CalendarFeedTest : public ::testing::Test {
protected:
    void write_profile(const std::string& monday_start) {
        std::ofstream(m_dir / "profile.toml") << profile_text(monday_start);
    }
    CalendarFeed feed(units::Instant now) {
        CalendarRequest request;
        request.plan = {m_dir / "profile.toml", 2, std::nullopt, kToday};
        request.now = now;
        return calendar_feed(m_handle, domain::kLocalAthlete, request);
    }

    ironstride::testing::TempDir m_dir;
    std::unique_ptr<store::Store> m_store = store::open_store(m_dir / "a.db");
    StoreHandle m_handle{*m_store};
};

TEST_F(CalendarFeedTest, ASubscriptionSeesNewThenUnchangedThenRevisedEventsUnderTheSameUids) {
    const units::Instant t0 = sys_days{kToday} + hours{8};
    write_profile("17:30");
    const CalendarFeed first = feed(t0);
    const auto events = static_cast<long>(first.revisions.size());
    EXPECT_TRUE(first.recorded);
    ASSERT_GT(events, 0);
    EXPECT_EQ(first.new_events, events);
    EXPECT_EQ(count_sequence(first, 0), events);
    ASSERT_TRUE(first.zone);
    EXPECT_EQ(first.zone->name(), "Europe/London");
    EXPECT_EQ(first.revisions.front().stamp, t0);

    const CalendarFeed again = feed(t0 + minutes{5});
    EXPECT_EQ(again.new_events, 0);
    EXPECT_EQ(again.changed_events, 0);
    for (std::size_t i = 0; i < first.revisions.size(); ++i) {
        EXPECT_EQ(again.revisions[i].uid, first.revisions[i].uid);
        EXPECT_EQ(again.revisions[i].stamp, t0) << "an unchanged event keeps its stamp";
    }

    // The Monday lift moves to 18:00: those events keep their UID and come as revision 1, stamped now.
    write_profile("18:00");
    const units::Instant t1 = t0 + minutes{10};
    const CalendarFeed moved = feed(t1);
    EXPECT_EQ(moved.new_events, 0);
    EXPECT_GE(moved.changed_events, 2) << "two Mondays";
    EXPECT_EQ(count_sequence(moved, 1), moved.changed_events);
    const auto monday = std::find_if(moved.revisions.begin(), moved.revisions.end(), [](const domain::IssuedEvent& e) {
        return e.uid == "2026-11-30-lift-1-marcus@ironstride";
    });
    ASSERT_NE(monday, moved.revisions.end());
    EXPECT_EQ(monday->sequence, 1);
    EXPECT_EQ(monday->stamp, t1);
    EXPECT_EQ(m_store->read(domain::kLocalAthlete)->calendar().issued().size(), static_cast<std::size_t>(events));
}

TEST(CalendarFeed, WithoutADatabaseThereAreNoRevisions) {
    ironstride::testing::TempDir dir;
    std::ofstream(dir / "profile.toml") << profile_text("17:30");
    StoreHandle none((dir / "missing.db").string(), StoreAccess::if_present);
    CalendarRequest request;
    request.plan = {dir / "profile.toml", 1, std::nullopt, kToday};
    request.now = sys_days{kToday};
    const CalendarFeed feed = calendar_feed(none, domain::kLocalAthlete, request);
    EXPECT_FALSE(feed.recorded);
    EXPECT_TRUE(feed.revisions.empty());
    EXPECT_FALSE(feed.plan.plan.weeks.empty());
}

}  // namespace
}  // namespace ironstride::app
