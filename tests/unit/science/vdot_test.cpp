#include <array>
#include <cmath>

#include <gtest/gtest.h>

#include "ironstride/science/vdot.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {
namespace {

using units::k10kMetres;
using units::k5kMetres;
using units::kHalfMarathonMetres;
using units::kMarathonMetres;

constexpr double hms(int h, int m, double s) { return h * 3600.0 + m * 60.0 + s; }

struct TableRow {
    double vdot;
    std::array<double, 4> times_s;  // 5K, 10K, HM, M
};
constexpr std::array<double, 4> kDistances{k5kMetres, k10kMetres, kHalfMarathonMetres, kMarathonMetres};

// evidence.md §2 [TEST VECTOR] published VDOT table rows: each gives VDOT within ±0.1.
TEST(Vdot, PublishedTableRowsWithinPointOne) {
    constexpr std::array<TableRow, 4> kRows{{
        {30, {hms(0, 30, 40), hms(0, 63, 46), hms(2, 21, 4), hms(4, 49, 17)}},
        {40, {hms(0, 24, 8), hms(0, 50, 3), hms(1, 50, 59), hms(3, 49, 45)}},
        {50, {hms(0, 19, 57), hms(0, 41, 21), hms(1, 31, 35), hms(3, 10, 49)}},
        {60, {hms(0, 17, 3), hms(0, 35, 22), hms(1, 18, 9), hms(2, 43, 25)}},
    }};
    for (const TableRow& row : kRows) {
        for (std::size_t i = 0; i < kDistances.size(); ++i) {
            EXPECT_NEAR(vdot_from_race(kDistances[i], row.times_s[i]), row.vdot, 0.1)
                << "VDOT " << row.vdot << " distance " << kDistances[i];
        }
    }
}

// evidence.md §2 "Formula check (computed)", to 2 decimals.
TEST(Vdot, FormulaCheckValues) {
    EXPECT_NEAR(vdot_from_race(k5kMetres, hms(0, 19, 57)), 49.95, 0.005);
    EXPECT_NEAR(vdot_from_race(k10kMetres, hms(0, 41, 21)), 49.97, 0.005);
    EXPECT_NEAR(vdot_from_race(kHalfMarathonMetres, hms(1, 31, 35)), 49.96, 0.005);
    EXPECT_NEAR(vdot_from_race(kMarathonMetres, hms(3, 10, 49)), 49.95, 0.005);
    EXPECT_NEAR(vdot_from_race(k5kMetres, hms(0, 24, 8)), 39.94, 0.005);
    EXPECT_NEAR(vdot_from_race(kMarathonMetres, hms(2, 43, 25)), 59.98, 0.005);
    EXPECT_NEAR(vdot_from_race(k5kMetres, hms(0, 30, 40)), 30.02, 0.005);
}

// evidence.md §2 [TEST VECTOR] VDOT from race results.
TEST(Vdot, FromRaceResults) {
    EXPECT_NEAR(daniels_oxygen_cost_ml_kg_min(250.0), 47.465, 0.00051);  // 47.4645, printed rounded half-up
    EXPECT_NEAR(daniels_fraction_of_vo2max(20.0), 0.95298, 0.000005);
    EXPECT_NEAR(vdot_from_race(k5kMetres, hms(0, 20, 0)), 49.81, 0.005);
    EXPECT_NEAR(vdot_from_race(k10kMetres, hms(0, 45, 0)), 45.26, 0.005);
    EXPECT_NEAR(vdot_from_race(kHalfMarathonMetres, hms(1, 45, 0)), 42.64, 0.005);
    EXPECT_NEAR(vdot_from_race(kMarathonMetres, hms(3, 0, 0)), 53.53, 0.005);
    EXPECT_NEAR(vdot_from_race(kMarathonMetres, hms(4, 0, 0)), 37.90, 0.005);
}

// evidence.md §2 [TEST VECTOR] formula-predicted times, rounded to the second.
TEST(PredictRaceTime, FormulaTableToTheSecond) {
    constexpr std::array<TableRow, 4> kRows{{
        {45, {hms(0, 21, 49), hms(0, 45, 13), hms(1, 40, 14), hms(3, 28, 16)}},
        {50, {hms(0, 19, 56), hms(0, 41, 20), hms(1, 31, 31), hms(3, 10, 40)}},
        {55, {hms(0, 18, 22), hms(0, 38, 6), hms(1, 24, 16), hms(2, 55, 55)}},
        {70, {hms(0, 14, 56), hms(0, 31, 1), hms(1, 8, 23), hms(2, 23, 13)}},
    }};
    for (const TableRow& row : kRows) {
        for (std::size_t i = 0; i < kDistances.size(); ++i) {
            const auto predicted = predict_race_time_s(row.vdot, kDistances[i]);
            ASSERT_TRUE(predicted.has_value());
            EXPECT_EQ(std::round(*predicted), row.times_s[i]) << "VDOT " << row.vdot << " distance " << kDistances[i];
        }
    }
}

// evidence.md §2 [TEST VECTOR] third-party calculator: 15K 1:07:48 → VDOT 46.4; formula predictions to 0.1 s.
TEST(PredictRaceTime, FifteenKExample) {
    const double vdot = vdot_from_race(15000, hms(1, 7, 48));
    EXPECT_NEAR(vdot, 46.4, 0.05);
    const std::array<double, 4> formula{hms(0, 21, 14.9), hms(0, 44, 3.5), hms(1, 37, 37.8), hms(3, 23, 0.8)};
    const std::array<double, 4> printed{hms(0, 21, 15.1), hms(0, 44, 3.9), hms(1, 37, 36.7), hms(3, 22, 58.7)};
    for (std::size_t i = 0; i < kDistances.size(); ++i) {
        const auto predicted = predict_race_time_s(vdot, kDistances[i]);
        ASSERT_TRUE(predicted.has_value());
        EXPECT_NEAR(*predicted, formula[i], 0.05) << kDistances[i];
        // The calculator's printed times are within the ±0.2 % acceptance tolerance.
        EXPECT_NEAR(*predicted, printed[i], printed[i] * 0.002) << kDistances[i];
    }
}

TEST(PredictRaceTime, RoundTripsAndRejectsNonsense) {
    const auto t = predict_race_time_s(vdot_from_race(k10kMetres, 2700), k10kMetres);
    ASSERT_TRUE(t.has_value());
    EXPECT_NEAR(*t, 2700.0, 1e-3);
    EXPECT_FALSE(predict_race_time_s(0, k5kMetres).has_value());
    EXPECT_FALSE(predict_race_time_s(50, 0).has_value());
    EXPECT_FALSE(predict_race_time_s(1000, k5kMetres).has_value());  // faster than 1000 m/min
}

TEST(DanielsVelocity, InverseFitMatchesOxygenCost) {
    // The inverse fit is an approximation of the cost curve: within 1 m/min over the training range.
    for (double v = 150; v <= 400; v += 25) {
        EXPECT_NEAR(daniels_velocity_m_per_min(daniels_oxygen_cost_ml_kg_min(v)), v, 1.0) << v;
    }
}

}  // namespace
}  // namespace ironstride::science
