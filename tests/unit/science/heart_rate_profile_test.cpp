#include "ironstride/science/heart_rate_profile.hpp"

#include <chrono>

#include <gtest/gtest.h>

namespace ironstride::science {
namespace {

using namespace std::chrono;

domain::Athlete thirty_year_old() {
    domain::Athlete a;
    a.sex = domain::Sex::male;
    a.declared_age_years = 30;
    a.resting_hr_bpm = 60;
    a.max_hr_bpm = 190;
    return a;
}

constexpr units::CivilDay kDay = sys_days{year{2026} / 1 / 1};

TEST(HeartRateProfile, MeasuredMaximumAndReserveZones) {
    const HeartRateProfile h = heart_rate_profile(thirty_year_old(), kDay);
    EXPECT_DOUBLE_EQ(h.max_hr_bpm, 190.0);
    EXPECT_EQ(h.max_hr_source, "measured");
    EXPECT_EQ(h.max_hr_citation, kMeasuredMaxHrSource);
    ASSERT_TRUE(h.resting_hr_bpm.has_value());
    EXPECT_DOUBLE_EQ(*h.resting_hr_bpm, 60.0);
    EXPECT_EQ(h.zones.model, ZoneModel::acsm_hrr);
}

TEST(HeartRateProfile, EstimatesHrMaxWithoutAMeasuredOne) {
    domain::Athlete a = thirty_year_old();
    a.max_hr_bpm.reset();
    const HeartRateProfile h = heart_rate_profile(a, kDay);
    EXPECT_DOUBLE_EQ(h.max_hr_bpm, 187.0);  // Tanaka at 30 (evidence.md §2 [TEST VECTOR])
    EXPECT_EQ(h.max_hr_source, "tanaka");
    EXPECT_EQ(h.max_hr_formula, MaxHrFormula::tanaka);
}

TEST(HeartRateProfile, WithoutAUsableRestingRateTheZonesUseHrMax) {
    domain::Athlete a = thirty_year_old();
    a.resting_hr_bpm.reset();
    EXPECT_FALSE(heart_rate_profile(a, kDay).resting_hr_bpm.has_value());
    EXPECT_EQ(heart_rate_profile(a, kDay).zones.model, ZoneModel::acsm_hrmax);
    a.resting_hr_bpm = 195;  // above the maximum: no reserve to take a fraction of
    EXPECT_FALSE(heart_rate_profile(a, kDay).resting_hr_bpm.has_value());
    EXPECT_EQ(heart_rate_profile(a, kDay).zones.model, ZoneModel::acsm_hrmax);
}

TEST(HeartRateProfile, AgeComesFromTheDay) {
    domain::Athlete a = thirty_year_old();
    a.declared_age_years.reset();
    a.birth_date = sys_days{year{1976} / 6 / 15};
    a.max_hr_bpm.reset();
    EXPECT_DOUBLE_EQ(heart_rate_profile(a, sys_days{year{2026} / 6 / 14}).max_hr_bpm, 208.0 - 0.7 * 49);
    EXPECT_DOUBLE_EQ(heart_rate_profile(a, sys_days{year{2026} / 6 / 15}).max_hr_bpm, 208.0 - 0.7 * 50);
    EXPECT_DOUBLE_EQ(heart_rate_profile_at_age(a, 40).max_hr_bpm, 180.0);
}

}  // namespace
}  // namespace ironstride::science
