#include <gtest/gtest.h>

#include "ironstride/science/macros.hpp"

namespace ironstride::science {
namespace {

using domain::Phase;

// evidence.md §5 Protein [TEST VECTOR], 80 kg.
TEST(Protein, PerKgAndPerMealVectors) {
    EXPECT_NEAR(protein_g_from_g_per_kg(80, 1.6), 128.0, 1e-9);
    EXPECT_NEAR(protein_g_from_g_per_kg(80, 2.2), 176.0, 1e-9);
    EXPECT_NEAR(protein_g_from_meals(80, 0.4, 4), 128.0, 1e-9);
}

TEST(Protein, PerPoundVector) {
    // "0.8–1 g/lb" at 80 kg (176.37 lb) → 141.1–176.4 g/day.
    EXPECT_NEAR(protein_g_from_g_per_lb(80, 0.8), 141.1, 0.05);
    EXPECT_NEAR(protein_g_from_g_per_lb(80, 1.0), 176.4, 0.05);
}

TEST(Protein, ContestPrepLeanMassVector) {
    // 68 kg LBM at 2.3–3.1 g/kg LBM → 156.4–210.8 g/day (Helms 2014).
    EXPECT_NEAR(protein_g_from_g_per_kg(68, 2.3), 156.4, 0.05);
    EXPECT_NEAR(protein_g_from_g_per_kg(68, 3.1), 210.8, 0.05);
}

TEST(Protein, PhasePicksPositionInBand) {
    // 0.8–1 g/lb converts to 1.76–2.20 g/kg.
    EXPECT_NEAR(protein_g_per_kg(Phase::lean_bulk), 1.76, 0.005);
    EXPECT_NEAR(protein_g_per_kg(Phase::cut), 2.20, 0.005);
    EXPECT_GT(protein_g_per_kg(Phase::maintain), protein_g_per_kg(Phase::lean_bulk));
    EXPECT_LT(protein_g_per_kg(Phase::maintain), protein_g_per_kg(Phase::cut));
    EXPECT_NEAR(protein_g(Phase::cut, 80), 176.4, 0.05);
    // Lean bulk stays above Morton 2018's 1.62 g/kg plateau.
    EXPECT_GT(protein_g_per_kg(Phase::lean_bulk), 1.62);
}

// evidence.md §5 Carbohydrate [TEST VECTOR] 70 kg.
TEST(Carbs, ThomasBandsAt70Kg) {
    const auto grams = [](ThomasLoad load) {
        const ThomasCarbRange range = thomas_carb_range(load);
        return std::pair{carbs_g_from_g_per_kg(70, range.low_g_per_kg), carbs_g_from_g_per_kg(70, range.high_g_per_kg)};
    };
    EXPECT_EQ(grams(ThomasLoad::light), (std::pair{210.0, 350.0}));
    EXPECT_EQ(grams(ThomasLoad::moderate), (std::pair{350.0, 490.0}));
    EXPECT_EQ(grams(ThomasLoad::high), (std::pair{420.0, 700.0}));
    EXPECT_EQ(grams(ThomasLoad::very_high), (std::pair{560.0, 840.0}));
}

TEST(Fat, FloorIsTheLargerOfPerKgAndShareOfEnergy) {
    // 60 kg at 1500 kcal: 0.5 g/kg = 30 g; 15 % of 1500 / 9 = 25 g → 30 g.
    EXPECT_NEAR(fat_floor_g(60, 1500), 30.0, 1e-9);
    // 80 kg at 3000 kcal: 40 g vs 50 g → 50 g.
    EXPECT_NEAR(fat_floor_g(80, 3000), 50.0, 1e-9);
}

// evidence.md §5 "Rates of weight change" [TEST VECTOR] 80 kg.
TEST(WeightChange, RatesAt80Kg) {
    EXPECT_NEAR(weekly_mass_change_kg(80, 0.5), 0.4, 1e-12);
    EXPECT_NEAR(weekly_mass_change_kg(80, 1.0), 0.8, 1e-12);
    EXPECT_NEAR(weekly_mass_change_kg(80, 0.25), 0.2, 1e-12);  // gain band 0.2–0.4 (0.5 % = 0.4 above)
}

TEST(PhaseAdjust, CutIsRateTimesEnergyPerKg) {
    // 0.4 kg/week × 7700 kcal/kg / 7 days = 440 kcal/day deficit.
    EXPECT_NEAR(phase_adjust_kcal(Phase::cut, 0.5, 80, 2800), -440.0, 1e-9);
    EXPECT_DOUBLE_EQ(phase_adjust_kcal(Phase::maintain, 0.5, 80, 2800), 0.0);
}

TEST(PhaseAdjust, LeanBulkCappedAtTwentyPercent) {
    // 0.25 %/wk at 80 kg → 220 kcal/day, below 20 % of 2800 (560): kept.
    EXPECT_NEAR(phase_adjust_kcal(Phase::lean_bulk, 0.25, 80, 2800), 220.0, 1e-9);
    // 1 %/wk → 880 kcal/day, capped at 20 % of 2800 = 560.
    EXPECT_NEAR(phase_adjust_kcal(Phase::lean_bulk, 1.0, 80, 2800), 560.0, 1e-9);
}

}  // namespace
}  // namespace ironstride::science
