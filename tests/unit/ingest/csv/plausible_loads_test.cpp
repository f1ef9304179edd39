// Issue 12.9, Strong's bare "Weight": a 405 lb squat became 892.9 lb (405 kg) with no warning. The bare column now
// says which unit it was read in, and a load no human has lifted is flagged with its row.

#include "ironstride/ingest/csv/plausible_loads.hpp"

#include <span>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/ingest/csv/strength_workout_builder.hpp"
#include "ironstride/ingest/plausible_times.hpp"

namespace ironstride::ingest::csv {
namespace {

const std::string kSquat405 =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
    "2024-11-28 17:36:08,Legs,35m,Squat (Barbell),1,405,5,0,0,\n"
    "2024-11-28 17:36:08,Legs,35m,Deadlift (Barbell),1,600,1,0,0,\n";

std::span<const std::byte> bytes_of(const std::string& text) {
    return {reinterpret_cast<const std::byte*>(text.data()), text.size()};
}

TEST(PlausibleLoads, TheBareWeightColumnSaysItWasReadInKilograms) {
    const auto decoded = decode_strong(bytes_of(kSquat405), "strong.csv", {});
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_DOUBLE_EQ(decoded->activities.at(0).sets.at(0).weight_kg.value(), 405);
    ASSERT_FALSE(decoded->warnings.empty());
    EXPECT_EQ(decoded->warnings[0].find(std::string(kImplausibleTag) + "the Weight column names no unit; read as kg"),
              0U)
        << decoded->warnings[0];
}

TEST(PlausibleLoads, TheUnitsTheUserGivesAreUsedWithoutAWarning) {
    DecodeOptions imperial;
    imperial.unlabelled_units = domain::UnitSystem::imperial;  // --strong-units imperial, or the profile's units
    const auto decoded = decode_strong(bytes_of(kSquat405), "strong.csv", imperial);
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_NEAR(decoded->activities.at(0).sets.at(0).weight_kg.value(), 183.7, 0.1);  // 405 lb
    EXPECT_TRUE(decoded->warnings.empty()) << decoded->warnings.front();
}

TEST(PlausibleLoads, ALoadNoHumanHasLiftedIsFlaggedWithItsRowAndKept) {
    DecodeOptions metric;
    metric.unlabelled_units = domain::UnitSystem::metric;
    const auto decoded = decode_strong(bytes_of(kSquat405), "strong.csv", metric);
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->warnings.size(), 1U);
    EXPECT_EQ(
        decoded->warnings[0],
        std::string(kImplausibleTag) +
            "line 3: Deadlift (Barbell) of 600.0 kg is more than anyone has lifted (510 kg); kept as written: are "
            "the file's weights in pounds? (import --strong-units imperial, or the profile's units)");
    EXPECT_DOUBLE_EQ(decoded->activities.at(0).sets.at(1).weight_kg.value(), 600);
}

TEST(PlausibleLoads, LimitsFollowTheExercise) {
    EXPECT_DOUBLE_EQ(max_plausible_load_kg("Squat (Barbell)"), 500);
    EXPECT_DOUBLE_EQ(max_plausible_load_kg("Bench Press (Dumbbell)"), 360);
    EXPECT_DOUBLE_EQ(max_plausible_load_kg("Overhead Press"), 230);
    EXPECT_DOUBLE_EQ(max_plausible_load_kg("Leg Extension (Machine)"), 510);
}

}  // namespace
}  // namespace ironstride::ingest::csv
