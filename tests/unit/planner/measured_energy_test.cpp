#include "ironstride/planner/measured_energy.hpp"

#include <gtest/gtest.h>

#include "ironstride/analysis/expenditure.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

analysis::MeasuredExpenditure measured(double estimated, double equation) {
    analysis::MeasuredExpenditure m;
    m.from = day(2026, 10, 1);
    m.to = day(2026, 11, 25);
    m.estimate.source = "measured";
    m.estimate.estimated_kcal = estimated;
    m.estimate.low_kcal = estimated - 150;
    m.estimate.high_kcal = estimated + 150;
    m.estimate.equation_kcal = equation;
    m.estimate.days_used = 48;
    m.estimate.reason = "measured: mean intake of 48 complete day(s) …";
    return m;
}

TEST(MeasuredEnergy, ATrustworthyEstimateMovesEveryDayByItsDifferenceFromTheEquations) {
    const EnergyUsed energy = energy_used(measured(2410, 2720));
    EXPECT_EQ(energy.source, "measured");
    EXPECT_DOUBLE_EQ(energy.offset_kcal, -310.0);
    EXPECT_EQ(*energy.equation_kcal, 2720.0);
    EXPECT_EQ(energy.days_used, 48);
    const std::string note = energy_note(energy);
    EXPECT_NE(note.find("2,410 kcal/day (2,260-2,560) over 48 logged days from 2026-10-01 to 2026-11-25"),
              std::string::npos)
        << note;
    EXPECT_NE(note.find("310 kcal/day under the equations"), std::string::npos) << note;
}

TEST(MeasuredEnergy, TooLittleDataKeepsTheEquationsAndSaysWhy) {
    analysis::MeasuredExpenditure m = measured(2410, 2720);
    m.estimate.source = "equation";
    m.estimate.estimated_kcal.reset();
    m.estimate.days_used = 9;
    m.estimate.reason = "equations: 9 complete intake day(s) and 20 weigh-in(s) in the last 56 days, under the 14";
    const EnergyUsed energy = energy_used(m);
    EXPECT_EQ(energy.source, "equation");
    EXPECT_DOUBLE_EQ(energy.offset_kcal, 0.0);
    EXPECT_FALSE(energy.estimated_kcal);
    EXPECT_EQ(energy_note(energy),
              "Calories from the equations (BMR x activity + exercise), not from your own logs: 9 complete intake "
              "day(s) and 20 weigh-in(s) in the last 56 days, under the 14.");
    EXPECT_EQ(equation_energy("no database").source, "equation");
}

}  // namespace
}  // namespace ironstride::planner
