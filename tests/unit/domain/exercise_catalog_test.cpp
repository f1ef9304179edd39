#include "ironstride/domain/exercise_catalog.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace ironstride::domain {
namespace {

/// Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

/// Every distinct exercise name in the Strong ("Exercise Name") and Hevy ("exercise_title") exports of the corpus.
std::set<std::string> corpus_exercise_names() {
    std::set<std::string> names;
    const auto folder = ironstride::testing::corpus_file("csv");
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".csv") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const auto rows = parse_csv(text.str());
        if (rows.empty()) continue;
        const auto& header = rows.front();
        auto column = std::find(header.begin(), header.end(), "Exercise Name");
        if (column == header.end()) column = std::find(header.begin(), header.end(), "exercise_title");
        if (column == header.end()) continue;
        const auto index = static_cast<std::size_t>(column - header.begin());
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (index < rows[r].size() && !rows[r][index].empty()) names.insert(rows[r][index]);
        }
    }
    return names;
}

TEST(ExerciseCatalog, KnowsEveryExerciseInTheCorpusExports) {
    const std::set<std::string> names = corpus_exercise_names();
    // The five exports hold 123 distinct names; a parse that finds far fewer is a broken test, not a pass.
    ASSERT_GE(names.size(), 100U);
    for (const std::string& name : names) {
        EXPECT_TRUE(is_known_exercise(name)) << '"' << name << "\" maps to \"other\"";
    }
}

TEST(ExerciseCatalog, StrongAndHevyNames) {
    EXPECT_EQ(find_exercise("Squat (Barbell)").key, "squat_barbell");
    EXPECT_EQ(find_exercise("Bench Press (Dumbbell)").key, "bench_press_dumbbell");
    EXPECT_EQ(find_exercise("Romanian Deadlift (Barbell)").key, "romanian_deadlift_barbell");
    EXPECT_EQ(find_exercise("Lat Pulldown (Cable)").key, "lat_pulldown_cable");
    EXPECT_EQ(find_exercise("Hip Thrust (Barbell)").key, "hip_thrust_barbell");
    EXPECT_EQ(find_exercise("Leg Press").key, "leg_press");
    EXPECT_EQ(find_exercise("Leg Press (Machine)").key, "leg_press");
    EXPECT_EQ(find_exercise("Triceps Pressdown").key, "triceps_pushdown");
    EXPECT_EQ(find_exercise("Triceps Pushdown").key, "triceps_pushdown");
    EXPECT_EQ(find_exercise("Cable 1-Arm Face Pull").key, "face_pull");
    EXPECT_EQ(find_exercise("Sitting 1-Arm Lat Pulldown").key, "single_arm_lat_pulldown");
    EXPECT_EQ(find_exercise("Lat pulldown (V-grip)").key, "lat_pulldown_close_grip_cable");
    EXPECT_EQ(find_exercise("Overhead Press (Dumbbell)").key, "shoulder_press_dumbbell");
}

TEST(ExerciseCatalog, GarminFitCategoryAndExerciseNames) {
    // Category names as Garmin Connect shows them, as the FIT profile spells them, and in the SDK's camelCase.
    EXPECT_EQ(find_exercise("Squat").key, "squat_barbell");
    EXPECT_EQ(find_exercise("Bench Press").key, "bench_press_barbell");
    EXPECT_EQ(find_exercise("bench_press").key, "bench_press_barbell");
    EXPECT_EQ(find_exercise("benchPress").key, "bench_press_barbell");
    EXPECT_EQ(find_exercise("Deadlift").key, "deadlift_barbell");
    EXPECT_EQ(find_exercise("shoulderPress").key, "shoulder_press");
    EXPECT_EQ(find_exercise("pullUp").key, "pull_up");
    EXPECT_EQ(find_exercise("calfRaise").key, "standing_calf_raise_machine");
    EXPECT_EQ(find_exercise("tricepsExtension").key, "triceps_extension");
    EXPECT_EQ(find_exercise("flye").key, "chest_fly");
    // Exercise names (category_subtype) of a push/pull/legs split.
    EXPECT_EQ(find_exercise("barbell_back_squat").key, "squat_barbell");
    EXPECT_EQ(find_exercise("barbell_deadlift").key, "deadlift_barbell");
    EXPECT_EQ(find_exercise("romanian_deadlift").key, "romanian_deadlift_barbell");
    EXPECT_EQ(find_exercise("barbell_bench_press").key, "bench_press_barbell");
    EXPECT_EQ(find_exercise("incline_dumbbell_bench_press").key, "incline_bench_press_dumbbell");
    EXPECT_EQ(find_exercise("barbell_shoulder_press").key, "overhead_press_barbell");
    EXPECT_EQ(find_exercise("barbell bent-over row").key, "bent_over_row_barbell");
    EXPECT_EQ(find_exercise("walking_dumbbell_lunge").key, "lunge_dumbbell");
    EXPECT_EQ(find_exercise("rope_pressdown").key, "triceps_pushdown");
    EXPECT_EQ(find_exercise("barbell_biceps_curl").key, "bicep_curl_barbell");
    EXPECT_EQ(find_exercise("hanging_leg_raise").key, "hanging_leg_raise");
}

TEST(ExerciseCatalog, UnknownNamesMapToOtherWithoutFailing) {
    for (const char* name : {"", "   ", "Underwater Basket Weaving", "(Barbell)", "\xff\xfe"}) {
        const ExerciseInfo& info = find_exercise(name);
        EXPECT_EQ(info.key, "other") << name;
        EXPECT_FALSE(is_known_exercise(name));
        EXPECT_TRUE(info.primary.empty());
        EXPECT_FALSE(info.main_lift);
    }
}

TEST(ExerciseCatalog, NormalisationIgnoresCaseSpacingPunctuationAndSpellings) {
    EXPECT_EQ(normalize_exercise_name("Squat (Barbell)"), "squat barbell");
    EXPECT_EQ(normalize_exercise_name("  SQUAT   (barbell) "), "squat barbell");
    EXPECT_EQ(normalize_exercise_name("benchPress"), "bench press");
    EXPECT_EQ(normalize_exercise_name("Incline DB Flyes"), "incline dumbbell fly");
    EXPECT_EQ(normalize_exercise_name("Pullups"), "pull up");
    EXPECT_EQ(normalize_exercise_name("One-Arm Row"), "single arm row");
    EXPECT_EQ(normalize_exercise_name("Farmer's Walk"), "farmers walk");
    EXPECT_EQ(find_exercise("squat barbell").key, find_exercise("Squat (Barbell)").key);
}

TEST(ExerciseCatalog, MainLiftsAreTheBarbellCompounds) {
    for (const char* name : {"Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)",
                             "Overhead Press (Barbell)", "Romanian Deadlift (Barbell)", "Front Squat"}) {
        EXPECT_TRUE(find_exercise(name).main_lift) << name;
    }
    for (const char* name : {"Leg Press", "Bicep Curl (Dumbbell)", "Lat Pulldown (Cable)", "Bench Press (Dumbbell)",
                             "Warm Up"}) {
        EXPECT_FALSE(find_exercise(name).main_lift) << name;
    }
}

TEST(ExerciseCatalog, LowerBodyHeavyMarksLoadedLegPatternsOnly) {
    for (const char* name : {"Squat (Barbell)", "Deadlift (Barbell)", "Romanian Deadlift (Barbell)", "Leg Press",
                             "Hip Thrust (Barbell)", "Bulgarian Split Squat", "Lunge (Dumbbell)"}) {
        EXPECT_TRUE(find_exercise(name).lower_body_heavy) << name;
    }
    for (const char* name : {"Leg Extension (Machine)", "Seated Leg Curl (Machine)", "Standing Calf Raise (Machine)",
                             "Bench Press (Barbell)", "Goblet Squat", "Hip Abduction (Machine)"}) {
        EXPECT_FALSE(find_exercise(name).lower_body_heavy) << name;
    }
}

TEST(ExerciseCatalog, DirectSetsCountOneIndirectHalf) {
    const ExerciseInfo& bench = find_exercise("Bench Press (Barbell)");
    EXPECT_EQ(set_fraction(bench, MuscleGroup::chest), 1.0);
    EXPECT_EQ(set_fraction(bench, MuscleGroup::triceps), 0.5);
    EXPECT_EQ(set_fraction(bench, MuscleGroup::front_delts), 0.5);
    EXPECT_EQ(set_fraction(bench, MuscleGroup::quads), 0.0);
    const ExerciseInfo& squat = find_exercise("Squat (Barbell)");
    EXPECT_EQ(squat.primary.groups(), (std::vector<MuscleGroup>{MuscleGroup::glutes, MuscleGroup::quads}));
    EXPECT_EQ(set_fraction(find_exercise("Warm Up"), MuscleGroup::quads), 0.0);
}

TEST(ExerciseCatalog, EveryEntryIsFoundByItsKeyAndName) {
    std::set<std::string_view> keys;
    const auto catalog = exercise_catalog();
    EXPECT_EQ(catalog.back().key, "other");
    for (const ExerciseInfo& info : catalog) {
        EXPECT_TRUE(keys.insert(info.key).second) << "duplicate key " << info.key;
        EXPECT_EQ(&find_exercise(info.key), &info) << info.key;
        EXPECT_EQ(&find_exercise(info.name), &info) << info.name;
        // A key is its own normal form with underscores, so stored keys can be looked up again.
        std::string spaced(info.key);
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        EXPECT_EQ(normalize_exercise_name(info.key), spaced) << info.key;
        for (std::size_t g = 0; g < kMuscleGroupCount; ++g) {
            const auto group = static_cast<MuscleGroup>(g);
            EXPECT_FALSE(info.primary.contains(group) && info.secondary.contains(group))
                << info.key << " lists " << to_string(group) << " twice";
        }
        if (info.key != "other" && info.key != "warm_up") {
            EXPECT_FALSE(info.primary.empty()) << info.key;
        }
    }
}

}  // namespace
}  // namespace ironstride::domain
