#include <array>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/science/day_nutrition.hpp"

namespace ironstride::science {
namespace {

using domain::Phase;
using domain::Sex;
using Kind = SessionLoad::Kind;

domain::Athlete make_athlete(Sex sex, double weight_kg, double height_m, Phase phase, double rate_pct = 0,
                             std::optional<double> body_fat_pct = std::nullopt) {
    domain::Athlete a;
    a.sex = sex;
    a.weight_kg = weight_kg;
    a.height_m = height_m;
    a.declared_age_years = 30;
    a.phase = phase;
    a.rate_pct_per_week = rate_pct;
    a.body_fat_pct = body_fat_pct;
    a.lifestyle = domain::Lifestyle::sedentary;
    return a;
}

SessionLoad session(Kind kind, double minutes, Intensity intensity = Intensity::easy) {
    SessionLoad s;
    s.kind = kind;
    s.duration_min = minutes;
    s.intensity = intensity;
    return s;
}

double macro_kcal(const DayNutrition& day) { return 4 * day.protein_g + 4 * day.carbs_g + 9 * day.fat_g; }

TEST(SessionNetKcal, LiftUsesCompendiumCodes) {
    // (MET − 1) × 3.5 × 80 / 200 × 60 min.
    EXPECT_NEAR(session_net_kcal(session(Kind::lift, 60, Intensity::moderate), 80), 2.5 * 84, 1e-9);  // 02054
    SessionLoad heavy = session(Kind::lift, 60, Intensity::moderate);
    heavy.lower_body_heavy = true;
    EXPECT_NEAR(session_net_kcal(heavy, 80), 4.0 * 84, 1e-9);                                     // 02052
    EXPECT_NEAR(session_net_kcal(session(Kind::lift, 60, Intensity::high), 80), 5.0 * 84, 1e-9);  // 02050
}

TEST(SessionNetKcal, RunFromDistanceOrSpeedIsOneKcalPerKgPerKm) {
    SessionLoad by_distance = session(Kind::run, 45);
    by_distance.distance_m = 7500;
    EXPECT_NEAR(session_net_kcal(by_distance, 80), 600.0, 1e-9);
    SessionLoad by_speed = session(Kind::run, 40);
    by_speed.speed_mps = 2.5;  // 6000 m
    EXPECT_NEAR(session_net_kcal(by_speed, 80), 480.0, 1e-9);
    SessionLoad walk = session(Kind::walk, 60);
    walk.speed_mps = 1.5;  // 5400 m at 0.5 kcal/kg/km net
    EXPECT_NEAR(session_net_kcal(walk, 80), 216.0, 1e-9);
}

TEST(SessionNetKcal, FallsBackToCompendiumWithoutSpeed) {
    EXPECT_NEAR(session_net_kcal(session(Kind::run, 30, Intensity::easy), 80), 6.0 * 1.4 * 30, 1e-9);   // 12020
    EXPECT_NEAR(session_net_kcal(session(Kind::run, 30, Intensity::high), 80), 8.8 * 1.4 * 30, 1e-9);   // 12050
    EXPECT_NEAR(session_net_kcal(session(Kind::walk, 30, Intensity::easy), 80), 2.5 * 1.4 * 30, 1e-9);  // 17190
    EXPECT_NEAR(session_net_kcal(session(Kind::walk_run, 30), 80), 4.25 * 1.4 * 30, 1e-9);  // (7.0 + 3.5) / 2
    EXPECT_DOUBLE_EQ(session_net_kcal(session(Kind::run, 0), 80), 0.0);
}

TEST(ClassifyDayLoad, MapsSessionsOntoClassesByEnergyAndIntensity) {
    constexpr double kg = 80;
    EXPECT_EQ(classify_day_load({}, kg), LoadClass::rest);
    // 45 min of easy jogging (12020: 6 net MET × 3.5 / 200 × 45 = 4.7 kcal/kg) stays light.
    const std::array easy{session(Kind::run, 45, Intensity::easy)};
    EXPECT_EQ(classify_day_load(easy, kg), LoadClass::easy);
    // An hour of heavy squats (02052: 4 net MET → 4.2 kcal/kg, moderate work) is moderate; upper body (02054,
    // 2.6 kcal/kg) is not.
    std::array heavy_lift{session(Kind::lift, 60, Intensity::moderate)};
    heavy_lift[0].lower_body_heavy = true;
    EXPECT_EQ(classify_day_load(heavy_lift, kg), LoadClass::moderate);
    const std::array upper_lift{session(Kind::lift, 60, Intensity::moderate)};
    EXPECT_EQ(classify_day_load(upper_lift, kg), LoadClass::easy);
    // 100 min of easy jogging: 10.5 kcal/kg.
    const std::array long_easy{session(Kind::run, 100, Intensity::easy)};
    EXPECT_EQ(classify_day_load(long_easy, kg), LoadClass::moderate);
    const std::array short_intervals{session(Kind::run, 30, Intensity::high)};
    EXPECT_EQ(classify_day_load(short_intervals, kg), LoadClass::moderate);
    const std::array hard{session(Kind::lift, 60, Intensity::moderate), session(Kind::run, 40, Intensity::high)};
    EXPECT_EQ(classify_day_load(hard, kg), LoadClass::hard);
    // 120 min at 5 mph (12030: 7.3 net MET → 15.3 kcal/kg).
    const std::array long_moderate{session(Kind::run, 120, Intensity::moderate)};
    EXPECT_EQ(classify_day_load(long_moderate, kg), LoadClass::hard);
}

TEST(ClassifyDayLoad, ABriskWalkIsALightDayWhateverItsLabel) {
    // The case: a 30-min brisk walk (17200, 3.3 net MET → 1.7 kcal/kg) made a "moderate" day before.
    const std::array walk{session(Kind::walk, 30, Intensity::moderate)};
    EXPECT_EQ(classify_day_load(walk, 80), LoadClass::easy);
    const std::array long_walk{session(Kind::walk, 90, Intensity::high)};
    EXPECT_EQ(classify_day_load(long_walk, 80), LoadClass::easy);  // 17220: 4 net MET → 6.3 kcal/kg, no work
    // Energy scales with distance: a 60-min easy run at 10 km/h (ACSM net ≈ 1 kcal/kg/km) is an hour's moderate load.
    std::array measured_run{session(Kind::run, 60, Intensity::easy)};
    measured_run[0].distance_m = 10'000;
    EXPECT_EQ(classify_day_load(measured_run, 80), LoadClass::moderate);
}

TEST(CarbBand, FollowsThomasBands) {
    EXPECT_EQ(carb_band(LoadClass::rest).low_g_per_kg, 3.0);
    EXPECT_EQ(carb_band(LoadClass::easy).high_g_per_kg, 5.0);
    EXPECT_EQ(carb_band(LoadClass::moderate).low_g_per_kg, 5.0);
    EXPECT_EQ(carb_band(LoadClass::hard).high_g_per_kg, 10.0);
    EXPECT_EQ(carb_band(LoadClass::hard).thomas_band, ThomasLoad::high);
}

TEST(NeatFactor, LifestyleFactors) {
    EXPECT_DOUBLE_EQ(neat_factor(domain::Lifestyle::sedentary), 1.2);
    EXPECT_DOUBLE_EQ(neat_factor(domain::Lifestyle::light), 1.375);
    EXPECT_DOUBLE_EQ(neat_factor(domain::Lifestyle::active), 1.55);
}

TEST(DayNutrition, MaintenanceRestDay) {
    // Mifflin 1780 × 1.2 = 2136 kcal; protein 0.9 g/lb × 176.37 lb = 158.73 g (634.93 kcal); fat 25 % of the energy
    // = 59.33 g (above the 40 g floor), which leaves 241.77 g of carbohydrate, above the light band's 240 g.
    const auto day = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::maintain), 30, {});
    EXPECT_EQ(day.load, LoadClass::rest);
    EXPECT_NEAR(day.bmr.kcal, 1780.0, 1e-9);
    EXPECT_NEAR(day.maintenance_kcal, 2136.0, 1e-9);
    EXPECT_NEAR(day.kcal, 2136.0, 1e-9);
    EXPECT_NEAR(day.protein_g, 158.73, 0.005);
    EXPECT_NEAR(day.fat_g, 2136.0 * 0.25 / 9, 1e-9);
    EXPECT_NEAR(day.carbs_g, (2136.0 - 4 * day.protein_g - 534.0) / 4, 1e-9);
    EXPECT_NEAR(day.carbs_g, 241.77, 0.005);
    EXPECT_DOUBLE_EQ(day.carb_floor_added_kcal, 0.0);
    EXPECT_FALSE(day.carbs_capped_at_band_top);
    EXPECT_FALSE(day.energy_availability_kcal_per_kg_ffm.has_value());
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);
}

TEST(DayNutrition, FatGivesBackTowardItsFloorSoCarbsReachTheBand) {
    // The same man on a rest day needing 2,050 kcal (a measured correction of −86): 25 % fat would be 56.94 g and
    // leave carbs under the light band's 240 g; fat gives back to (2050 − 634.93 − 960) / 9 = 50.56 g, above its
    // 40 g floor, and carbs sit on the band's floor.
    const auto day = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::maintain), 30, {}, 2050.0 - 2136.0);
    EXPECT_NEAR(day.kcal, 2050.0, 1e-9);
    EXPECT_NEAR(day.fat_g, 50.56, 0.005);
    EXPECT_NEAR(day.carbs_g, 240.0, 1e-9);
    EXPECT_FALSE(day.carbs_below_band);
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);

    // An hour of heavy squats (moderate band, 400 g) leaves no room above the floor: fat stays under its share.
    SessionLoad squats = session(Kind::lift, 60, Intensity::moderate);
    squats.lower_body_heavy = true;
    const std::array sessions{squats};
    const auto lift = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::maintain), 30, sessions);
    EXPECT_EQ(lift.load, LoadClass::moderate);
    EXPECT_NEAR(lift.exercise_kcal, 336.0, 1e-9);
    EXPECT_NEAR(lift.carbs_g, 400.0, 1e-9);
    EXPECT_LT(lift.fat_g, 0.25 * lift.kcal / 9);
    EXPECT_NEAR(macro_kcal(lift), lift.kcal, 1e-6);
}

TEST(DayNutrition, TheMeasuredCorrectionMovesMaintenanceNotTheExercise) {
    // evidence.md §13: the measured expenditure's difference from the equations is added to each day's need.
    SessionLoad run = session(Kind::run, 45);
    run.distance_m = 7500;
    const std::array sessions{run};
    const domain::Athlete athlete = make_athlete(Sex::male, 80, 1.80, Phase::cut, 0.5);
    const auto equation = day_nutrition(athlete, 30, sessions);
    const auto measured = day_nutrition(athlete, 30, sessions, -300.0);
    EXPECT_NEAR(measured.maintenance_kcal, equation.maintenance_kcal - 300.0, 1e-9);
    EXPECT_NEAR(measured.kcal, equation.kcal - 300.0, 1e-9);
    EXPECT_DOUBLE_EQ(measured.exercise_kcal, equation.exercise_kcal);
    EXPECT_DOUBLE_EQ(measured.expenditure_offset_kcal, -300.0);
    EXPECT_NEAR(macro_kcal(measured), measured.kcal, 1e-6);
    // Never under the BMR, however bad the logging was.
    const auto floor = day_nutrition(athlete, 30, {}, -2000.0);
    EXPECT_NEAR(floor.maintenance_kcal, 1780.0, 1e-9);
}

TEST(DayNutrition, CutEasyRunDayAddsExerciseAndSubtractsDeficit) {
    SessionLoad run = session(Kind::run, 45);
    run.distance_m = 7500;
    const std::array sessions{run};
    const auto day = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::cut, 0.5), 30, sessions);
    EXPECT_EQ(day.load, LoadClass::easy);
    EXPECT_NEAR(day.exercise_kcal, 600.0, 1e-9);
    EXPECT_NEAR(day.phase_adjust_kcal, -440.0, 1e-9);
    EXPECT_NEAR(day.kcal, 2136.0 + 600.0 - 440.0, 1e-9);
    EXPECT_NEAR(day.protein_g, 176.37, 0.005);  // 1.0 g/lb on a cut
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);
}

TEST(DayNutrition, CutKeepsItsDeficitAndFlagsCarbsBelowTheBand) {
    // Helms 2014 (evidence.md §5): on a cut protein and the fat floor come first, carbohydrate makes up the rest.
    // 80 kg man, 180 cm, 30 y, sedentary, cutting 0.5 %/week, one 60-min vigorous lift (Compendium 02050, 6.0 MET):
    //   BMR (Mifflin) 1780 × 1.2 = 2136; lift (6.0 − 1) × 3.5 × 80 / 200 × 60 = 420; deficit 0.4 × 7700 / 7 = 440
    //   → target 2116 kcal.
    //   protein 1.0 g/lb × 176.37 lb = 176.37 g (705.48 kcal); fat floor max(0.5 × 80, 0.15 × 2116 / 9) = 40 g (360);
    //   carbs (2116 − 705.48 − 360) / 4 = 262.63 g.
    // A 60-min high-intensity day is Thomas 2016's "high" band, 6–10 g/kg → floor 480 g: 217.37 g short, kcal kept.
    const std::array sessions{session(Kind::lift, 60, Intensity::high)};
    const auto day = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::cut, 0.5), 30, sessions);
    EXPECT_EQ(day.load, LoadClass::hard);
    EXPECT_NEAR(day.exercise_kcal, 420.0, 1e-9);
    EXPECT_NEAR(day.phase_adjust_kcal, -440.0, 1e-9);
    EXPECT_NEAR(day.kcal, 2116.0, 1e-9);
    EXPECT_NEAR(day.protein_g, 176.37, 0.005);
    EXPECT_NEAR(day.fat_g, 40.0, 1e-9);
    EXPECT_NEAR(day.carbs_g, 262.63, 0.005);
    EXPECT_TRUE(day.carbs_below_band);
    EXPECT_NEAR(day.carbs_below_band_g, 480.0 - 262.63, 0.005);
    EXPECT_DOUBLE_EQ(day.carb_floor_added_kcal, 0.0);
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);
}

TEST(DayNutrition, MaintainRaisesEnergyToTheCarbFloorAndSaysSo) {
    // The same man and lift day at maintenance: target 2136 + 420 = 2556 kcal; protein 0.9 g/lb = 158.73 g
    // (634.93 kcal); fat floor max(40, 0.15 × 2556 / 9 = 42.6) g; remainder (2556 − 634.93 − 383.4) / 4 = 384.42 g,
    // below the high band's 480 g. Carbs rise to 480 g (1920 kcal); non-fat 2554.93 kcal; the fat floor against the
    // new total: max(2554.93 + 9 × 40 = 2914.93, 2554.93 / 0.85 = 3005.80) = 3005.80 kcal, fat 50.10 g,
    // 449.80 kcal above the target.
    const std::array sessions{session(Kind::lift, 60, Intensity::high)};
    const auto day = day_nutrition(make_athlete(Sex::male, 80, 1.80, Phase::maintain), 30, sessions);
    EXPECT_NEAR(day.protein_g, 158.73, 0.005);
    EXPECT_NEAR(day.carbs_g, 480.0, 1e-9);
    EXPECT_NEAR(day.kcal, 3005.80, 0.01);
    EXPECT_NEAR(day.fat_g, 50.10, 0.01);
    EXPECT_NEAR(day.carb_floor_added_kcal, 449.80, 0.01);
    EXPECT_FALSE(day.carbs_below_band);
    EXPECT_DOUBLE_EQ(day.carbs_below_band_g, 0.0);
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);
}

TEST(DayNutrition, CutBelowProteinAndFatFloorsStopsCarbsAtZero) {
    // 55 kg woman, 160 cm, cutting 1 %/week: BMR 1239, × 1.2 = 1486.8, deficit 0.55 × 7700 / 7 = 605 → 881.8 kcal.
    // Protein 1.0 g/lb = 121.25 g (485.02 kcal) + fat floor 27.5 g (247.5 kcal) leave 37.32 g of carbohydrate,
    // 127.68 g under the light band's 3 g/kg (165 g): the deficit holds, the shortfall is flagged.
    const auto day = day_nutrition(make_athlete(Sex::female, 55, 1.60, Phase::cut, 1.0), 30, {});
    EXPECT_NEAR(day.kcal, 881.8, 1e-9);
    EXPECT_NEAR(day.fat_g, 27.5, 1e-9);
    EXPECT_NEAR(day.carbs_g, 37.32, 0.005);
    EXPECT_TRUE(day.carbs_below_band);
    EXPECT_NEAR(day.carbs_below_band_g, 127.68, 0.005);
    EXPECT_DOUBLE_EQ(day.carb_floor_added_kcal, 0.0);
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);

    // At 2 %/week the deficit (1210 kcal) leaves less than protein + fat floor: carbs stop at 0 and kcal is just
    // protein + fat (485.02 + 247.5 = 732.52), still flagged.
    const auto steep = day_nutrition(make_athlete(Sex::female, 55, 1.60, Phase::cut, 2.0), 30, {});
    EXPECT_DOUBLE_EQ(steep.carbs_g, 0.0);
    EXPECT_NEAR(steep.kcal, 732.52, 0.01);
    EXPECT_TRUE(steep.carbs_below_band);
    EXPECT_NEAR(steep.carbs_below_band_g, 165.0, 1e-9);
    EXPECT_NEAR(macro_kcal(steep), steep.kcal, 1e-6);
}

TEST(DayNutrition, CarbTopCapsAndFatTakesExcess) {
    domain::Athlete big = make_athlete(Sex::male, 100, 1.90, Phase::lean_bulk, 0.5);
    big.lifestyle = domain::Lifestyle::active;
    const auto day = day_nutrition(big, 25, {});
    EXPECT_TRUE(day.carbs_capped_at_band_top);
    EXPECT_NEAR(day.carbs_g, 500.0, 1e-9);  // 5 g/kg, top of the light band
    EXPECT_GT(day.fat_g, fat_floor_g(100, day.kcal));
    EXPECT_NEAR(macro_kcal(day), day.kcal, 1e-6);
    EXPECT_NEAR(day.phase_adjust_kcal, 550.0, 1e-9);  // 0.5 kg/week × 7700 / 7, under the 20 % cap
}

TEST(DayNutrition, EnergyAvailabilityWhenBodyFatKnown) {
    SessionLoad lift = session(Kind::lift, 60, Intensity::high);
    const std::array sessions{lift};
    const auto day = day_nutrition(make_athlete(Sex::female, 60, 1.65, Phase::cut, 0.5, 20.0), 30, sessions);
    EXPECT_EQ(day.bmr.equation, BmrEquation::katch_mcardle);
    ASSERT_TRUE(day.energy_availability_kcal_per_kg_ffm.has_value());
    EXPECT_NEAR(*day.energy_availability_kcal_per_kg_ffm, (day.kcal - day.exercise_kcal) / 48.0, 1e-9);
    ASSERT_TRUE(day.energy_availability_band.has_value());
    EXPECT_EQ(*day.energy_availability_band, classify_energy_availability(*day.energy_availability_kcal_per_kg_ffm));
}

}  // namespace
}  // namespace ironstride::science
