#include "ironstride/app/check_in.hpp"

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"

namespace ironstride::app {
namespace {

using namespace std::chrono;

constexpr units::CivilDay kToday = sys_days{year{2026} / 11 / 18};

CheckinRequest request(double sleep_h, int soreness) {
    CheckinRequest r;
    r.sleep_h = sleep_h;
    r.soreness = soreness;
    r.today = kToday;
    return r;
}

class CheckInTest : public ::testing::Test {
protected:
    ironstride::testing::TempDir m_dir;
    std::unique_ptr<store::Store> m_store = store::open_store(m_dir / "a.db");
    StoreHandle m_handle{*m_store};
};

TEST_F(CheckInTest, StoresTodayAndASecondOneReplacesIt) {
    const CheckinResult first = check_in(m_handle, domain::kLocalAthlete, request(7.5, 3));
    EXPECT_EQ(first.checkin.day, kToday);
    EXPECT_FALSE(first.replaced);
    EXPECT_FALSE(first.sleep_target_h.has_value());
    const CheckinResult second = check_in(m_handle, domain::kLocalAthlete, request(6.0, 5));
    EXPECT_TRUE(second.replaced);
    const auto stored = m_store->read(domain::kLocalAthlete)->checkins().get(kToday);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->sleep_h, 6.0);
    EXPECT_EQ(stored->soreness, 5);
}

TEST_F(CheckInTest, AnEarlierDayIsFineAFutureOneIsOutOfRange) {
    CheckinRequest past = request(7.0, 2);
    past.day = kToday - days{3};
    EXPECT_EQ(check_in(m_handle, domain::kLocalAthlete, past).checkin.day, kToday - days{3});
    CheckinRequest future = request(7.0, 2);
    future.day = kToday + days{1};
    EXPECT_ERROR_CODE(check_in(m_handle, domain::kLocalAthlete, future), util::ErrorCode::usage_out_of_range);
}

TEST_F(CheckInTest, SorenessOutsideOneToTenIsOutOfRangeAndNothingIsStored) {
    EXPECT_ERROR_CODE(check_in(m_handle, domain::kLocalAthlete, request(7.0, 0)), util::ErrorCode::usage_out_of_range);
    EXPECT_ERROR_CODE(check_in(m_handle, domain::kLocalAthlete, request(7.0, 11)), util::ErrorCode::usage_out_of_range);
    EXPECT_FALSE(m_store->read(domain::kLocalAthlete)->checkins().get(kToday).has_value());
}

TEST_F(CheckInTest, TheProfilesSleepTargetComesBackWithTheResult) {
    CheckinRequest r = request(7.0, 2);
    r.profile_path = ironstride::testing::source_dir() / "examples/marcus-hybrid.toml";
    EXPECT_EQ(check_in(m_handle, domain::kLocalAthlete, r).sleep_target_h, 7.5);  // examples/marcus-hybrid.toml
}

TEST(CheckIn, ABadProfileIsReportedBeforeTheDatabaseIsOpened) {
    ironstride::testing::TempDir dir;
    StoreHandle lazy(std::optional<std::string>((dir / "never.db").string()), StoreAccess::create);
    CheckinRequest r = request(7.0, 2);
    r.profile_path = dir / "missing.toml";
    EXPECT_ERROR_CODE(check_in(lazy, domain::kLocalAthlete, r), util::ErrorCode::io_cannot_open);
    EXPECT_FALSE(std::filesystem::exists(dir / "never.db"));
}

}  // namespace
}  // namespace ironstride::app
