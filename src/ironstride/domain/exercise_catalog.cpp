#include "ironstride/domain/exercise_catalog.hpp"

#include <array>
#include <cassert>
#include <cctype>
#include <unordered_map>
#include <utility>

namespace ironstride::domain {

namespace {

using enum MuscleGroup;

// Muscles per exercise: the prime movers are direct (a full set), synergists and stabilisers that work hard are
// indirect (half a set; Pelland et al. 2024, evidence.md §6). Main lifts are the barbell squat, bench, deadlift and
// press patterns whose e1RM is worth a trend line; lower_body_heavy marks loaded squat/hinge/press/lunge patterns.
// Entries cover every exercise in the Strong and Hevy exports of ../shared/corpus/csv, the common names of both
// apps, and the exercise category and exercise names Garmin writes in FIT `set` messages.
constexpr std::array kCatalog = {
    // ---- squat pattern
    ExerciseInfo{"squat_barbell", "Squat (Barbell)", {quads, glutes}, {adductors, lower_back}, true, true},
    ExerciseInfo{"front_squat_barbell", "Front Squat (Barbell)", {quads, glutes}, {adductors, upper_back}, true, true},
    ExerciseInfo{"squat_smith_machine", "Squat (Smith Machine)", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"squat_dumbbell", "Squat (Dumbbell)", {quads, glutes}, {adductors}, false, false},
    ExerciseInfo{"goblet_squat", "Goblet Squat", {quads, glutes}, {adductors}, false, false},
    ExerciseInfo{"hack_squat", "Hack Squat", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"leg_press", "Leg Press", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"leg_press_horizontal", "Leg Press Horizontal (Machine)", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"bulgarian_split_squat", "Bulgarian Split Squat", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"lunge", "Lunge", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"lunge_barbell", "Lunge (Barbell)", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"lunge_dumbbell", "Lunge (Dumbbell)", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"reverse_lunge_dumbbell", "Reverse Lunge (Dumbbell)", {quads, glutes}, {adductors}, false, true},
    ExerciseInfo{"step_up", "Step Up", {quads, glutes}, {adductors}, false, false},
    ExerciseInfo{"leg_extension_machine", "Leg Extension (Machine)", {quads}, {}, false, false},
    // ---- hinge pattern and posterior chain
    ExerciseInfo{"deadlift_barbell", "Deadlift (Barbell)", {glutes, hamstrings, lower_back},
                 {quads, traps, forearms, adductors}, true, true},
    ExerciseInfo{"sumo_deadlift_barbell", "Sumo Deadlift (Barbell)", {glutes, quads, adductors},
                 {hamstrings, lower_back, traps, forearms}, true, true},
    ExerciseInfo{"trap_bar_deadlift", "Trap Bar Deadlift", {quads, glutes}, {hamstrings, lower_back, traps, forearms},
                 true, true},
    ExerciseInfo{"romanian_deadlift_barbell", "Romanian Deadlift (Barbell)", {hamstrings, glutes},
                 {lower_back, adductors, forearms}, true, true},
    ExerciseInfo{"romanian_deadlift_dumbbell", "Romanian Deadlift (Dumbbell)", {hamstrings, glutes},
                 {lower_back, adductors}, false, true},
    ExerciseInfo{"good_morning_barbell", "Good Morning (Barbell)", {hamstrings, lower_back}, {glutes}, false, true},
    ExerciseInfo{"hip_thrust_barbell", "Hip Thrust (Barbell)", {glutes}, {hamstrings, quads}, true, true},
    ExerciseInfo{"hip_thrust_machine", "Hip Thrust (Machine)", {glutes}, {hamstrings}, false, true},
    ExerciseInfo{"hip_raise", "Hip Raise", {glutes}, {hamstrings}, false, false},
    ExerciseInfo{"glute_kickback_machine", "Glute Kickback (Machine)", {glutes}, {hamstrings}, false, false},
    ExerciseInfo{"back_extension", "Back Extension (Weighted Hyperextension)", {lower_back, glutes}, {hamstrings},
                 false, false},
    ExerciseInfo{"glute_ham_raise", "Glute Ham Raise", {hamstrings}, {glutes, calves}, false, false},
    ExerciseInfo{"leg_curl", "Leg Curl", {hamstrings}, {}, false, false},
    ExerciseInfo{"seated_leg_curl_machine", "Seated Leg Curl (Machine)", {hamstrings}, {}, false, false},
    ExerciseInfo{"lying_leg_curl_machine", "Lying Leg Curl (Machine)", {hamstrings}, {}, false, false},
    ExerciseInfo{"hip_abduction_machine", "Hip Abduction (Machine)", {abductors}, {glutes}, false, false},
    ExerciseInfo{"hip_adduction_machine", "Hip Adduction (Machine)", {adductors}, {}, false, false},
    // ---- calves
    ExerciseInfo{"standing_calf_raise_machine", "Standing Calf Raise (Machine)", {calves}, {}, false, false},
    ExerciseInfo{"standing_calf_raise_dumbbell", "Standing Calf Raise (Dumbbell)", {calves}, {}, false, false},
    ExerciseInfo{"seated_calf_raise", "Seated Calf Raise", {calves}, {}, false, false},
    ExerciseInfo{"calf_press_machine", "Calf Press (Machine)", {calves}, {}, false, false},
    ExerciseInfo{"calf_press_on_seated_leg_press", "Calf Press on Seated Leg Press", {calves}, {}, false, false},
    // ---- chest
    ExerciseInfo{"bench_press_barbell", "Bench Press (Barbell)", {chest}, {triceps, front_delts}, true, false},
    ExerciseInfo{"bench_press_dumbbell", "Bench Press (Dumbbell)", {chest}, {triceps, front_delts}, false, false},
    ExerciseInfo{"bench_press_smith_machine", "Bench Press (Smith Machine)", {chest}, {triceps, front_delts}, false,
                 false},
    ExerciseInfo{"close_grip_bench_press_barbell", "Close Grip Bench Press (Barbell)", {triceps, chest},
                 {front_delts}, false, false},
    ExerciseInfo{"incline_bench_press_barbell", "Incline Bench Press (Barbell)", {chest}, {front_delts, triceps}, true,
                 false},
    ExerciseInfo{"incline_bench_press_dumbbell", "Incline Bench Press (Dumbbell)", {chest}, {front_delts, triceps},
                 false, false},
    ExerciseInfo{"incline_bench_press_smith_machine", "Incline Bench Press (Smith Machine)", {chest},
                 {front_delts, triceps}, false, false},
    ExerciseInfo{"incline_chest_press_machine", "Incline Chest Press (Machine)", {chest}, {front_delts, triceps},
                 false, false},
    ExerciseInfo{"chest_press_machine", "Chest Press (Machine)", {chest}, {triceps, front_delts}, false, false},
    ExerciseInfo{"iso_lateral_chest_press_machine", "Iso-Lateral Chest Press (Machine)", {chest},
                 {triceps, front_delts}, false, false},
    ExerciseInfo{"chest_fly", "Chest Fly", {chest}, {front_delts}, false, false},
    ExerciseInfo{"chest_fly_dumbbell", "Chest Fly (Dumbbell)", {chest}, {front_delts}, false, false},
    ExerciseInfo{"chest_fly_machine", "Chest Fly (Machine)", {chest}, {front_delts}, false, false},
    ExerciseInfo{"pec_deck_machine", "Pec Deck (Machine)", {chest}, {front_delts}, false, false},
    ExerciseInfo{"cable_crossover", "Cable Crossover", {chest}, {front_delts}, false, false},
    ExerciseInfo{"bottom_half_seated_cable_fly", "Bottom-Half Seated Cable Flye", {chest}, {front_delts}, false,
                 false},
    ExerciseInfo{"lower_chest_fly", "Lower Chest Fly", {chest}, {front_delts}, false, false},
    ExerciseInfo{"chest_dip", "Chest Dip", {chest, triceps}, {front_delts}, false, false},
    ExerciseInfo{"triceps_dip", "Triceps Dip", {triceps}, {chest, front_delts}, false, false},
    ExerciseInfo{"seated_dip_machine", "Seated Dip Machine", {triceps}, {chest, front_delts}, false, false},
    ExerciseInfo{"push_up", "Push Up", {chest}, {triceps, front_delts}, false, false},
    ExerciseInfo{"pullover_dumbbell", "Pullover (Dumbbell)", {lats}, {chest, triceps}, false, false},
    // ---- back
    ExerciseInfo{"bent_over_row_barbell", "Bent Over Row (Barbell)", {lats, upper_back},
                 {rear_delts, biceps, lower_back}, true, false},
    ExerciseInfo{"pendlay_row_barbell", "Pendlay Row (Barbell)", {lats, upper_back}, {rear_delts, biceps, lower_back},
                 true, false},
    ExerciseInfo{"row", "Row", {lats, upper_back}, {rear_delts, biceps}, false, false},
    ExerciseInfo{"dumbbell_row", "Dumbbell Row", {lats, upper_back}, {rear_delts, biceps}, false, false},
    ExerciseInfo{"chest_supported_incline_row_dumbbell", "Chest Supported Incline Row (Dumbbell)", {upper_back, lats},
                 {rear_delts, biceps}, false, false},
    ExerciseInfo{"seated_row_cable", "Seated Row (Cable)", {lats, upper_back}, {rear_delts, biceps}, false, false},
    ExerciseInfo{"seated_cable_row_wide_grip", "Seated Cable Row - Bar Wide Grip", {upper_back, lats},
                 {rear_delts, biceps}, false, false},
    ExerciseInfo{"seated_row_machine", "Seated Row (Machine)", {lats, upper_back}, {rear_delts, biceps}, false, false},
    ExerciseInfo{"iso_lateral_low_row", "Iso-Lateral Low Row", {lats, upper_back}, {rear_delts, biceps}, false, false},
    ExerciseInfo{"t_bar_row", "T Bar Row", {lats, upper_back}, {rear_delts, biceps, lower_back}, false, false},
    ExerciseInfo{"lat_pulldown_cable", "Lat Pulldown (Cable)", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"lat_pulldown_machine", "Lat Pulldown (Machine)", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"lat_pulldown_close_grip_cable", "Lat Pulldown - Close Grip (Cable)", {lats}, {biceps, upper_back},
                 false, false},
    ExerciseInfo{"single_arm_lat_pulldown", "Single Arm Lat Pulldown", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"pull_up", "Pull Up", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"wide_pull_up", "Wide Pull Up", {lats}, {upper_back, biceps}, false, false},
    ExerciseInfo{"pull_up_assisted", "Pull Up (Assisted)", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"chin_up", "Chin Up", {lats}, {biceps, upper_back}, false, false},
    ExerciseInfo{"straight_arm_pulldown", "Straight Arm Pulldown", {lats}, {triceps}, false, false},
    ExerciseInfo{"face_pull", "Face Pull", {rear_delts, upper_back}, {side_delts, traps}, false, false},
    ExerciseInfo{"rear_delt_reverse_fly_cable", "Rear Delt Reverse Fly (Cable)", {rear_delts}, {upper_back}, false,
                 false},
    ExerciseInfo{"rear_delt_reverse_fly_machine", "Rear Delt Reverse Fly (Machine)", {rear_delts}, {upper_back},
                 false, false},
    ExerciseInfo{"rear_delt_reverse_fly_dumbbell", "Rear Delt Reverse Fly (Dumbbell)", {rear_delts}, {upper_back},
                 false, false},
    ExerciseInfo{"reverse_fly_single_arm_cable", "Reverse Fly Single Arm (Cable)", {rear_delts}, {upper_back}, false,
                 false},
    ExerciseInfo{"shrug", "Shrug", {traps}, {forearms}, false, false},
    ExerciseInfo{"shrug_barbell", "Shrug (Barbell)", {traps}, {forearms}, false, false},
    ExerciseInfo{"shrug_dumbbell", "Shrug (Dumbbell)", {traps}, {forearms}, false, false},
    ExerciseInfo{"shrug_cable", "Shrug (Cable)", {traps}, {}, false, false},
    // ---- shoulders
    ExerciseInfo{"overhead_press_barbell", "Overhead Press (Barbell)", {front_delts}, {side_delts, triceps, upper_back},
                 true, false},
    ExerciseInfo{"seated_overhead_press_barbell", "Seated Overhead Press (Barbell)", {front_delts},
                 {side_delts, triceps}, false, false},
    ExerciseInfo{"shoulder_press", "Shoulder Press", {front_delts}, {side_delts, triceps}, false, false},
    ExerciseInfo{"shoulder_press_dumbbell", "Shoulder Press (Dumbbell)", {front_delts}, {side_delts, triceps}, false,
                 false},
    ExerciseInfo{"shoulder_press_machine", "Shoulder Press (Machine)", {front_delts}, {side_delts, triceps}, false,
                 false},
    ExerciseInfo{"arnold_press_dumbbell", "Arnold Press (Dumbbell)", {front_delts}, {side_delts, triceps}, false,
                 false},
    ExerciseInfo{"lateral_raise", "Lateral Raise", {side_delts}, {}, false, false},
    ExerciseInfo{"lateral_raise_dumbbell", "Lateral Raise (Dumbbell)", {side_delts}, {}, false, false},
    ExerciseInfo{"lateral_raise_cable", "Lateral Raise (Cable)", {side_delts}, {}, false, false},
    ExerciseInfo{"lateral_raise_machine", "Lateral Raise (Machine)", {side_delts}, {}, false, false},
    ExerciseInfo{"single_arm_lateral_raise_cable", "Single Arm Lateral Raise (Cable)", {side_delts}, {}, false, false},
    ExerciseInfo{"incline_lateral_raise_dumbbell", "Meadows Incline DB Lateral Raise", {side_delts}, {rear_delts},
                 false, false},
    ExerciseInfo{"front_raise_dumbbell", "Front Raise (Dumbbell)", {front_delts}, {}, false, false},
    ExerciseInfo{"upright_row", "Upright Row", {side_delts, traps}, {biceps}, false, false},
    // ---- biceps and forearms
    ExerciseInfo{"bicep_curl", "Bicep Curl", {biceps}, {forearms}, false, false},
    ExerciseInfo{"bicep_curl_barbell", "Bicep Curl (Barbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"bicep_curl_dumbbell", "Bicep Curl (Dumbbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"bicep_curl_cable", "Bicep Curl (Cable)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"bicep_curl_machine", "Bicep Curl (Machine)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"ez_bar_bicep_curl", "EZ Bar Biceps Curl", {biceps}, {forearms}, false, false},
    ExerciseInfo{"bayesian_cable_curl", "Bayesian Cable Curl", {biceps}, {forearms}, false, false},
    ExerciseInfo{"concentration_curl", "Concentration Curl", {biceps}, {forearms}, false, false},
    ExerciseInfo{"hammer_curl_dumbbell", "Hammer Curl (Dumbbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"hammer_curl_cable", "Hammer Curl (Cable)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"preacher_curl_barbell", "Preacher Curl (Barbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"preacher_curl_dumbbell", "Preacher Curl (Dumbbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"preacher_curl_machine", "Preacher Curl (Machine)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"seated_incline_curl_dumbbell", "Seated Incline Curl (Dumbbell)", {biceps}, {forearms}, false,
                 false},
    ExerciseInfo{"spider_curl_barbell", "Spider Curl (Barbell)", {biceps}, {forearms}, false, false},
    ExerciseInfo{"reverse_curl_barbell", "Reverse Curl (Barbell)", {forearms}, {biceps}, false, false},
    ExerciseInfo{"wrist_curl", "Seated Palms Up Wrist Curl", {forearms}, {}, false, false},
    ExerciseInfo{"reverse_wrist_curl", "Seated Palms Down Wrist Curl", {forearms}, {}, false, false},
    ExerciseInfo{"wrist_extension_barbell", "Seated Wrist Extension (Barbell)", {forearms}, {}, false, false},
    // ---- triceps
    ExerciseInfo{"triceps_extension", "Triceps Extension", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_extension_barbell", "Triceps Extension (Barbell)", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_extension_cable", "Triceps Extension (Cable)", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_extension_dumbbell", "Triceps Extension (Dumbbell)", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_extension_machine", "Triceps Extension (Machine)", {triceps}, {}, false, false},
    ExerciseInfo{"overhead_triceps_extension_cable", "Overhead Triceps Extension (Cable)", {triceps}, {}, false,
                 false},
    ExerciseInfo{"katana_triceps_extension", "Katana Triceps Extension", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_pushdown", "Triceps Pushdown", {triceps}, {}, false, false},
    ExerciseInfo{"triceps_kickback_cable", "Triceps Kickback (Cable)", {triceps}, {}, false, false},
    ExerciseInfo{"skullcrusher_barbell", "Skullcrusher (Barbell)", {triceps}, {}, false, false},
    ExerciseInfo{"jm_press_barbell", "JM Press (Barbell)", {triceps}, {chest}, false, false},
    // ---- core
    ExerciseInfo{"ab_wheel", "Ab Wheel", {abs}, {obliques}, false, false},
    ExerciseInfo{"cable_crunch", "Cable Crunch", {abs}, {}, false, false},
    ExerciseInfo{"crunch", "Crunch", {abs}, {}, false, false},
    ExerciseInfo{"crunch_machine", "Crunch (Machine)", {abs}, {}, false, false},
    ExerciseInfo{"crunch_weighted", "Crunch (Weighted)", {abs}, {}, false, false},
    ExerciseInfo{"decline_crunch_weighted", "Decline Crunch (Weighted)", {abs}, {}, false, false},
    ExerciseInfo{"sit_up", "Sit Up", {abs}, {}, false, false},
    ExerciseInfo{"dragon_flag", "Dragon Flag", {abs}, {obliques}, false, false},
    ExerciseInfo{"lying_leg_raise", "Lying Leg Raise", {abs}, {}, false, false},
    ExerciseInfo{"hanging_leg_raise", "Hanging Leg Raise", {abs}, {obliques, forearms}, false, false},
    ExerciseInfo{"plank", "Plank", {abs}, {obliques}, false, false},
    ExerciseInfo{"side_bend_dumbbell", "Side Bend (Dumbbell)", {obliques}, {}, false, false},
    ExerciseInfo{"carry", "Carry", {forearms, traps}, {abs, obliques}, false, false},
    // ---- not resistance work: logged, but no muscle volume
    ExerciseInfo{"warm_up", "Warm Up", {}, {}, false, false},
    ExerciseInfo{"other", "Other", {}, {}, false, false},
};

/// Other spellings of catalog entries (matched after normalize_exercise_name). The display name and the key of
/// every entry match without being listed here.
constexpr auto kAliases = std::to_array<std::pair<std::string_view, std::string_view>>({
    // unqualified names of barbell lifts, and Garmin FIT exercise category / exercise names
    {"squat", "squat_barbell"},
    {"back squat", "squat_barbell"},
    {"barbell back squat", "squat_barbell"},
    {"barbell squat", "squat_barbell"},
    {"front squat", "front_squat_barbell"},
    {"barbell front squat", "front_squat_barbell"},
    {"smith machine squat", "squat_smith_machine"},
    {"goblet squat kettlebell", "goblet_squat"},
    {"goblet squat dumbbell", "goblet_squat"},
    {"hack squat machine", "hack_squat"},
    {"leg press machine", "leg_press"},
    {"bulgarian split squat dumbbell", "bulgarian_split_squat"},
    {"dumbbell lunge", "lunge_dumbbell"},
    {"walking lunge", "lunge_dumbbell"},
    {"walking dumbbell lunge", "lunge_dumbbell"},
    {"barbell lunge", "lunge_barbell"},
    {"leg extension", "leg_extension_machine"},
    {"deadlift", "deadlift_barbell"},
    {"barbell deadlift", "deadlift_barbell"},
    {"conventional deadlift", "deadlift_barbell"},
    {"sumo deadlift", "sumo_deadlift_barbell"},
    {"deadlift trap bar", "trap_bar_deadlift"},
    {"romanian deadlift", "romanian_deadlift_barbell"},
    {"barbell romanian deadlift", "romanian_deadlift_barbell"},
    {"rdl", "romanian_deadlift_barbell"},
    {"dumbbell romanian deadlift", "romanian_deadlift_dumbbell"},
    {"good morning", "good_morning_barbell"},
    {"hip thrust", "hip_thrust_barbell"},
    {"barbell hip thrust", "hip_thrust_barbell"},
    {"barbell hip thrust with bench", "hip_thrust_barbell"},
    {"barbell hip thrust on floor", "hip_thrust_barbell"},
    {"glute bridge", "hip_raise"},
    {"back extension", "back_extension"},
    {"hyperextension", "back_extension"},
    {"seated leg curl", "seated_leg_curl_machine"},
    {"lying leg curl", "lying_leg_curl_machine"},
    {"hip abduction", "hip_abduction_machine"},
    {"hip adduction", "hip_adduction_machine"},
    {"calf raise", "standing_calf_raise_machine"},
    {"standing calf raise", "standing_calf_raise_machine"},
    {"seated calf raise machine", "seated_calf_raise"},
    {"bench press", "bench_press_barbell"},
    {"barbell bench press", "bench_press_barbell"},
    {"flat bench press", "bench_press_barbell"},
    {"dumbbell bench press", "bench_press_dumbbell"},
    {"close grip bench press", "close_grip_bench_press_barbell"},
    {"incline bench press", "incline_bench_press_barbell"},
    {"incline barbell bench press", "incline_bench_press_barbell"},
    {"incline dumbbell bench press", "incline_bench_press_dumbbell"},
    {"incline dumbbell press", "incline_bench_press_dumbbell"},
    {"butterfly pec deck", "pec_deck_machine"},
    {"cable crossover ladder", "cable_crossover"},
    {"cable fly", "cable_crossover"},
    {"dip", "triceps_dip"},
    {"bent over row", "bent_over_row_barbell"},
    {"barbell row", "bent_over_row_barbell"},
    {"barbell bent over row", "bent_over_row_barbell"},
    {"bent over single arm row dumbbell", "dumbbell_row"},
    {"single arm dumbbell row", "dumbbell_row"},
    {"seated cable row", "seated_row_cable"},
    {"seated cable row v grip cable", "seated_row_cable"},
    {"lat pulldown", "lat_pulldown_cable"},
    {"lat pulldown v grip", "lat_pulldown_close_grip_cable"},
    {"sitting single arm lat pulldown", "single_arm_lat_pulldown"},
    {"rope straight arm pulldown", "straight_arm_pulldown"},
    {"cable single arm face pull", "face_pull"},
    {"face pull cable", "face_pull"},
    {"overhead press", "overhead_press_barbell"},
    {"military press", "overhead_press_barbell"},
    {"barbell shoulder press", "overhead_press_barbell"},
    {"overhead press dumbbell", "shoulder_press_dumbbell"},
    {"dumbbell shoulder press", "shoulder_press_dumbbell"},
    {"seated shoulder press machine", "shoulder_press_machine"},
    {"shoulder press machine plates", "shoulder_press_machine"},
    {"dumbbell lateral raise", "lateral_raise_dumbbell"},
    {"fly", "chest_fly"},
    {"curl", "bicep_curl"},
    {"barbell bicep curl", "bicep_curl_barbell"},
    {"dumbbell bicep curl", "bicep_curl_dumbbell"},
    {"hammer curl", "hammer_curl_dumbbell"},
    {"seated super bayesian high cable curl", "bayesian_cable_curl"},
    {"rope pressdown", "triceps_pushdown"},
    {"triceps pressdown", "triceps_pushdown"},
    {"skull crusher barbell", "skullcrusher_barbell"},
    {"leg raise", "lying_leg_raise"},
    {"farmers walk", "carry"},
    {"warmup", "warm_up"},
    {"kettlebell carry", "carry"},
});

/// Words replaced one for one while normalising.
constexpr auto kWordSynonyms = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"db", "dumbbell"},       {"bb", "barbell"},      {"kb", "kettlebell"},    {"flye", "fly"},
    {"flyes", "fly"},         {"flys", "fly"},        {"flies", "fly"},        {"biceps", "bicep"},
    {"tricep", "triceps"},    {"squats", "squat"},    {"lunges", "lunge"},     {"curls", "curl"},
    {"raises", "raise"},      {"rows", "row"},        {"presses", "press"},    {"extensions", "extension"},
    {"crunches", "crunch"},   {"deadlifts", "deadlift"}, {"ups", "up"},        {"pullup", "pull up"},
    {"chinup", "chin up"},    {"pushup", "push up"},  {"situp", "sit up"},     {"farmer", "farmers"},
    {"pullups", "pull up"},   {"chinups", "chin up"}, {"pushups", "push up"},  {"situps", "sit up"},
});

std::string_view synonym(std::string_view word) {
    for (const auto& [from, to] : kWordSynonyms) {
        if (word == from) return to;
    }
    return word;
}

std::vector<std::string> split_words(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    char previous = ' ';
    auto flush = [&] {
        if (!current.empty()) words.push_back(std::move(current));
        current.clear();
    };
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\'') continue;  // "Farmer's" → "farmers"
        if (std::isalnum(u) == 0) {
            flush();
        } else {
            // camelCase: a capital after a lower-case letter starts a word ("benchPress").
            if (std::isupper(u) != 0 && std::islower(static_cast<unsigned char>(previous)) != 0) flush();
            current.push_back(static_cast<char>(std::tolower(u)));
        }
        previous = c;
    }
    flush();
    return words;
}

struct Index {
    std::unordered_map<std::string, const ExerciseInfo*> by_name;
};

const ExerciseInfo& other_entry() { return kCatalog.back(); }

const Index& catalog_index() {
    static const Index built = [] {
        Index result;
        auto add = [&](std::string_view text, const ExerciseInfo& info) {
            const auto [position, inserted] = result.by_name.emplace(normalize_exercise_name(text), &info);
            assert((inserted || position->second == &info) && "two catalog entries share a name");
            (void)position;
            (void)inserted;
        };
        for (const ExerciseInfo& info : kCatalog) {
            add(info.key, info);
            add(info.name, info);
        }
        for (const auto& [alias, key] : kAliases) {
            const auto target = result.by_name.find(normalize_exercise_name(key));
            assert(target != result.by_name.end() && "alias of an unknown key");
            if (target != result.by_name.end()) add(alias, *target->second);
        }
        return result;
    }();
    return built;
}

const ExerciseInfo* lookup(std::string_view name) {
    const Index& built = catalog_index();
    const auto found = built.by_name.find(normalize_exercise_name(name));
    return found == built.by_name.end() ? nullptr : found->second;
}

}  // namespace

const char* to_string(MuscleGroup group) {
    switch (group) {
        case chest: return "chest";
        case front_delts: return "front_delts";
        case side_delts: return "side_delts";
        case rear_delts: return "rear_delts";
        case lats: return "lats";
        case upper_back: return "upper_back";
        case traps: return "traps";
        case biceps: return "biceps";
        case triceps: return "triceps";
        case forearms: return "forearms";
        case abs: return "abs";
        case obliques: return "obliques";
        case lower_back: return "lower_back";
        case glutes: return "glutes";
        case quads: return "quads";
        case hamstrings: return "hamstrings";
        case adductors: return "adductors";
        case abductors: return "abductors";
        case calves: return "calves";
    }
    return "?";
}

std::vector<MuscleGroup> MuscleSet::groups() const {
    std::vector<MuscleGroup> result;
    for (std::size_t i = 0; i < kMuscleGroupCount; ++i) {
        const auto group = static_cast<MuscleGroup>(i);
        if (contains(group)) result.push_back(group);
    }
    return result;
}

std::string normalize_exercise_name(std::string_view name) {
    const std::vector<std::string> words = split_words(name);
    std::string result;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view word = synonym(words[i]);
        // "1-Arm", "One Arm", "1 Leg" → "single arm" / "single leg".
        if ((word == "1" || word == "one") && i + 1 < words.size() && (words[i + 1] == "arm" || words[i + 1] == "leg")) {
            word = "single";
        }
        if (!result.empty()) result.push_back(' ');
        result.append(word);
    }
    return result;
}

const ExerciseInfo& find_exercise(std::string_view name) {
    const ExerciseInfo* found = lookup(name);
    return found != nullptr ? *found : other_entry();
}

bool is_known_exercise(std::string_view name) {
    const ExerciseInfo* found = lookup(name);
    return found != nullptr && found != &other_entry();
}

double set_fraction(const ExerciseInfo& exercise, MuscleGroup group) {
    if (exercise.primary.contains(group)) return kDirectSetFraction;
    if (exercise.secondary.contains(group)) return kIndirectSetFraction;
    return 0.0;
}

std::span<const ExerciseInfo> exercise_catalog() { return kCatalog; }

}  // namespace ironstride::domain
