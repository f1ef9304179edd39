#include "ironstride/fit_protocol/fit_names.hpp"

#include <array>
#include <cstddef>

#include "ironstride/fit_protocol/fit_profile.hpp"

namespace ironstride::fit_protocol {

namespace {

template <typename Key>
struct Name {
    Key value;
    std::string_view name;
};

template <typename Key, std::size_t N>
std::string_view lookup(const std::array<Name<Key>, N>& table, Key value) noexcept {
    for (const auto& entry : table) {
        if (entry.value == value) return entry.name;
    }
    return {};
}

// sport (FIT profile "Types": sport).
constexpr std::array<Name<std::uint8_t>, 82> kSports{{
    {0, "generic"}, {1, "running"}, {2, "cycling"}, {3, "transition"}, {4, "fitness_equipment"}, {5, "swimming"},
    {6, "basketball"}, {7, "soccer"}, {8, "tennis"}, {9, "american_football"}, {10, "training"}, {11, "walking"},
    {12, "cross_country_skiing"}, {13, "alpine_skiing"}, {14, "snowboarding"}, {15, "rowing"},
    {16, "mountaineering"}, {17, "hiking"}, {18, "multisport"}, {19, "paddling"}, {20, "flying"}, {21, "e_biking"},
    {22, "motorcycling"}, {23, "boating"}, {24, "driving"}, {25, "golf"}, {26, "hang_gliding"},
    {27, "horseback_riding"}, {28, "hunting"}, {29, "fishing"}, {30, "inline_skating"}, {31, "rock_climbing"},
    {32, "sailing"}, {33, "ice_skating"}, {34, "sky_diving"}, {35, "snowshoeing"}, {36, "snowmobiling"},
    {37, "stand_up_paddleboarding"}, {38, "surfing"}, {39, "wakeboarding"}, {40, "water_skiing"}, {41, "kayaking"},
    {42, "rafting"}, {43, "windsurfing"}, {44, "kitesurfing"}, {45, "tactical"}, {46, "jumpmaster"}, {47, "boxing"},
    {48, "floor_climbing"}, {49, "baseball"}, {53, "diving"}, {56, "shooting"}, {58, "winter_sport"},
    {59, "grinding"}, {62, "hiit"}, {63, "video_gaming"}, {64, "racket"}, {65, "wheelchair_push_walk"},
    {66, "wheelchair_push_run"}, {67, "meditation"}, {68, "para_sport"}, {69, "disc_golf"}, {70, "team_sport"},
    {71, "cricket"}, {72, "rugby"}, {73, "hockey"}, {74, "lacrosse"}, {75, "volleyball"}, {76, "water_tubing"},
    {77, "wakesurfing"}, {78, "water_sport"}, {79, "archery"}, {80, "mixed_martial_arts"}, {81, "motor_sports"},
    {82, "snorkeling"}, {83, "dance"}, {84, "jump_rope"}, {85, "pool_apnea"}, {86, "mobility"}, {87, "geocaching"},
    {88, "canoeing"}, {254, "all"},
}};

// sub_sport (FIT profile "Types": sub_sport).
constexpr std::array<Name<std::uint8_t>, 112> kSubSports{{
    {0, "generic"}, {1, "treadmill"}, {2, "street"}, {3, "trail"}, {4, "track"}, {5, "spin"}, {6, "indoor_cycling"},
    {7, "road"}, {8, "mountain"}, {9, "downhill"}, {10, "recumbent"}, {11, "cyclocross"}, {12, "hand_cycling"},
    {13, "track_cycling"}, {14, "indoor_rowing"}, {15, "elliptical"}, {16, "stair_climbing"}, {17, "lap_swimming"},
    {18, "open_water"}, {19, "flexibility_training"}, {20, "strength_training"}, {21, "warm_up"}, {22, "match"},
    {23, "exercise"}, {24, "challenge"}, {25, "indoor_skiing"}, {26, "cardio_training"}, {27, "indoor_walking"},
    {28, "e_bike_fitness"}, {29, "bmx"}, {30, "casual_walking"}, {31, "speed_walking"},
    {32, "bike_to_run_transition"}, {33, "run_to_bike_transition"}, {34, "swim_to_bike_transition"}, {35, "atv"},
    {36, "motocross"}, {37, "backcountry"}, {38, "resort"}, {39, "rc_drone"}, {40, "wingsuit"}, {41, "whitewater"},
    {42, "skate_skiing"}, {43, "yoga"}, {44, "pilates"}, {45, "indoor_running"}, {46, "gravel_cycling"},
    {47, "e_bike_mountain"}, {48, "commuting"}, {49, "mixed_surface"}, {50, "navigate"}, {51, "track_me"},
    {52, "map"}, {53, "single_gas_diving"}, {54, "multi_gas_diving"}, {55, "gauge_diving"}, {56, "apnea_diving"},
    {57, "apnea_hunting"}, {58, "virtual_activity"}, {59, "obstacle"}, {62, "breathing"}, {63, "ccr_diving"},
    {65, "sail_race"}, {66, "expedition"}, {67, "ultra"}, {68, "indoor_climbing"}, {69, "bouldering"}, {70, "hiit"},
    {71, "indoor_grinding"}, {72, "hunting_with_dogs"}, {73, "amrap"}, {74, "emom"}, {75, "tabata"}, {77, "esport"},
    {78, "triathlon"}, {79, "duathlon"}, {80, "brick"}, {81, "swim_run"}, {82, "adventure_race"},
    {83, "trucker_workout"}, {84, "pickleball"}, {85, "padel"}, {86, "indoor_wheelchair_walk"},
    {87, "indoor_wheelchair_run"}, {88, "indoor_hand_cycling"}, {90, "field"}, {91, "ice"}, {92, "ultimate"},
    {93, "platform"}, {94, "squash"}, {95, "badminton"}, {96, "racquetball"}, {97, "table_tennis"}, {98, "overland"},
    {99, "trolling_motor"}, {110, "fly_canopy"}, {111, "fly_paraglide"}, {112, "fly_paramotor"},
    {113, "fly_pressurized"}, {114, "fly_navigate"}, {115, "fly_timer"}, {116, "fly_altimeter"}, {117, "fly_wx"},
    {118, "fly_vfr"}, {119, "fly_ifr"}, {121, "dynamic_apnea"}, {123, "enduro"}, {124, "rucking"}, {125, "rally"},
    {126, "pool_triathlon"}, {127, "e_bike_enduro"}, {254, "all"},
}};

// file (FIT profile "Types": file).
constexpr std::array<Name<std::uint8_t>, 20> kFileTypes{{
    {1, "device"}, {2, "settings"}, {3, "sport"}, {4, "activity"}, {5, "workout"}, {6, "course"}, {7, "schedules"},
    {9, "weight"}, {10, "totals"}, {11, "goals"}, {14, "blood_pressure"}, {15, "monitoring_a"},
    {20, "activity_summary"}, {28, "monitoring_daily"}, {32, "monitoring_b"}, {34, "segment"}, {35, "segment_list"},
    {40, "exd_configuration"}, {247, "mfg_range_min"}, {254, "mfg_range_max"},
}};

// mesg_num (FIT profile "Types": mesg_num): the rows of fit_message_kinds.def.
constexpr std::array kMessages{
#define FIT_MESSAGE(snake, Pascal, number) Name<std::uint16_t>{number, #snake},
#include "ironstride/fit_protocol/fit_message_kinds.def"
};

// manufacturer (FIT profile "Types": manufacturer), display names for the makers of sports devices and apps.
constexpr std::array<Name<std::uint16_t>, 45> kManufacturers{{
    {1, "Garmin"}, {2, "Garmin"}, {3, "Zephyr"}, {6, "SRM"}, {7, "Quarq"}, {9, "Saris"}, {13, "Dynastream OEM"},
    {15, "Dynastream"}, {16, "Timex"}, {23, "Suunto"}, {32, "Wahoo Fitness"}, {37, "Magellan"}, {38, "o-synce"},
    {40, "Concept2"}, {41, "Shimano"}, {48, "Pioneer"}, {51, "4iiii"}, {60, "Rotor"}, {63, "Specialized"},
    {68, "CatEye"}, {69, "Stages Cycling"}, {70, "Sigma Sport"}, {71, "TomTom"}, {73, "Wattbike"}, {76, "Moxy"},
    {89, "Tacx"}, {95, "Stryd"}, {107, "Magene"}, {112, "Bryton"}, {115, "iGPSPORT"}, {123, "Polar"},
    {129, "Coros"}, {144, "Zwift"}, {255, "Development"}, {258, "Lezyne"}, {260, "Zwift"}, {263, "Favero"},
    {265, "Strava"}, {267, "Bryton"}, {289, "Hammerhead"}, {294, "Coros"}, {310, "Decathlon"}, {339, "Zepp"},
    {348, "Huawei"}, {140, "Decathlon"},
}};

// garmin_product (FIT profile "Types": garmin_product), display names for a selection of watches, bike computers
// and straps.
constexpr std::array<Name<std::uint16_t>, 100> kGarminProducts{{
    {1, "HRM1"}, {717, "Forerunner 405"}, {782, "Forerunner 50"}, {988, "Forerunner 60"},
    {1018, "Forerunner 310XT"}, {1036, "Edge 500"}, {1124, "Forerunner 110"}, {1169, "Edge 800"},
    {1325, "Edge 200"}, {1328, "Forerunner 910XT"}, {1345, "Forerunner 610"}, {1436, "Forerunner 70"},
    {1482, "Forerunner 10"}, {1499, "Swim"}, {1551, "fenix"}, {1561, "Edge 510"}, {1567, "Edge 810"},
    {1623, "Forerunner 620"}, {1632, "Forerunner 220"}, {1735, "VIRB Elite"}, {1736, "Edge Touring"},
    {1743, "HRM-Tri"}, {1752, "HRM-Run"}, {1765, "Forerunner 920XT"}, {1836, "Edge 1000"},
    {1903, "Forerunner 15"}, {1907, "vivoactive"}, {1967, "fenix 2"}, {1988, "epix"}, {2050, "fenix 3"},
    {2067, "Edge 520"}, {2134, "VIRB X"}, {2147, "Edge 25"}, {2148, "Forerunner 25"}, {2153, "Forerunner 225"},
    {2156, "Forerunner 630"}, {2157, "Forerunner 230"}, {2158, "Forerunner 735XT"}, {2172, "VIRB XE"},
    {2204, "Edge Explore 1000"}, {2238, "Edge 20"}, {2327, "HRM4-Run"}, {2337, "vivoactive HR"},
    {2417, "VIRB Ultra 30"}, {2431, "Forerunner 235"}, {2441, "Oregon 7xx"}, {2503, "Forerunner 35"},
    {2530, "Edge 820"}, {2531, "Edge Explore 820"}, {2544, "fenix 5S"}, {2604, "fenix 5X"}, {2691, "Forerunner 935"},
    {2697, "fenix 5"}, {2713, "Edge 1030"}, {2886, "Forerunner 645"}, {2888, "Forerunner 645 Music"},
    {2891, "Forerunner 30"}, {2909, "Edge 130"}, {2927, "vivosmart 4"}, {3011, "Edge Explore"},
    {3076, "Forerunner 245"}, {3112, "Edge 520 Plus"}, {3113, "Forerunner 945"}, {3121, "Edge 530"},
    {3122, "Edge 830"}, {3226, "Venu"}, {3282, "Forerunner 45"}, {3290, "fenix 6"}, {3291, "fenix 6X"},
    {3299, "HRM-Dual"}, {3300, "HRM-Pro"}, {3405, "Swim 2"}, {3466, "Instinct Solar"}, {3558, "Edge 130 Plus"},
    {3570, "Edge 1030 Plus"}, {3589, "Forerunner 745"}, {3703, "Venu 2"}, {3704, "Venu 2S"}, {3843, "Edge 1040"},
    {3851, "Venu 2 Plus"}, {3869, "Forerunner 55"}, {3888, "Instinct 2"}, {3905, "fenix 7S"}, {3906, "fenix 7"},
    {3907, "fenix 7X"}, {3943, "epix (Gen 2)"}, {3992, "Forerunner 255"}, {4024, "Forerunner 955"},
    {4061, "Edge 540"}, {4062, "Edge 840"}, {4130, "HRM-Pro Plus"}, {4169, "Edge Explore 2"}, {4260, "Venu 3"},
    {4315, "Forerunner 965"}, {4432, "Forerunner 165"}, {4440, "Edge 1050"}, {4446, "HRM-Fit"}, {4536, "fenix 8"},
    {4565, "Forerunner 970"}, {4606, "HRM 200"},
}};

// exercise_category (FIT profile "Types": exercise_category).
constexpr std::array<Name<std::uint16_t>, 52> kExerciseCategories{{
    {0, "Bench Press"}, {1, "Calf Raise"}, {2, "Cardio"}, {3, "Carry"}, {4, "Chop"}, {5, "Core"}, {6, "Crunch"},
    {7, "Curl"}, {8, "Deadlift"}, {9, "Flye"}, {10, "Hip Raise"}, {11, "Hip Stability"}, {12, "Hip Swing"},
    {13, "Hyperextension"}, {14, "Lateral Raise"}, {15, "Leg Curl"}, {16, "Leg Raise"}, {17, "Lunge"},
    {18, "Olympic Lift"}, {19, "Plank"}, {20, "Plyo"}, {21, "Pull Up"}, {22, "Push Up"}, {23, "Row"},
    {24, "Shoulder Press"}, {25, "Shoulder Stability"}, {26, "Shrug"}, {27, "Sit Up"}, {28, "Squat"},
    {29, "Total Body"}, {30, "Triceps Extension"}, {31, "Warm Up"}, {32, "Run"}, {33, "Bike"},
    {34, "Cardio Sensors"}, {35, "Move"}, {36, "Pose"}, {37, "Banded Exercises"}, {38, "Battle Rope"},
    {39, "Elliptical"}, {40, "Floor Climb"}, {41, "Indoor Bike"}, {42, "Indoor Row"}, {43, "Ladder"},
    {44, "Sandbag"}, {45, "Sled"}, {46, "Sledge Hammer"}, {47, "Stair Stepper"}, {49, "Suspension"}, {50, "Tire"},
    {52, "Run Indoor"}, {53, "Bike Outdoor"},
}};

struct Exercise {
    std::uint16_t category;
    std::uint16_t subtype;
    std::string_view name;
};

// <category>_exercise_name (FIT profile "Types": bench_press_exercise_name, squat_exercise_name, …), a selection of
// the common gym lifts.
constexpr std::array<Exercise, 70> kExercises{{
    {0, 1, "Barbell Bench Press"}, {0, 4, "Close Grip Barbell Bench Press"}, {0, 5, "Decline Dumbbell Bench Press"},
    {0, 6, "Dumbbell Bench Press"}, {0, 8, "Incline Barbell Bench Press"}, {0, 9, "Incline Dumbbell Bench Press"},
    {0, 22, "Smith Machine Bench Press"},
    {1, 6, "Seated Calf Raise"}, {1, 17, "Standing Barbell Calf Raise"}, {1, 18, "Standing Calf Raise"},
    {1, 20, "Standing Dumbbell Calf Raise"},
    {7, 3, "Barbell Biceps Curl"}, {7, 8, "Cable Biceps Curl"}, {7, 16, "Dumbbell Hammer Curl"},
    {7, 19, "EZ-Bar Preacher Curl"}, {7, 46, "Dumbbell Biceps Curl"},
    {8, 0, "Barbell Deadlift"}, {8, 2, "Dumbbell Deadlift"}, {8, 7, "Rack Pull"}, {8, 15, "Sumo Deadlift"},
    {8, 17, "Trap Bar Deadlift"}, {8, 23, "Romanian Deadlift"}, {8, 25, "Straight Leg Deadlift"},
    {10, 0, "Barbell Hip Thrust on Floor"}, {10, 1, "Barbell Hip Thrust with Bench"}, {10, 11, "Hip Raise"},
    {14, 10, "Front Raise"}, {14, 34, "Dumbbell Lateral Raise"},
    {15, 0, "Leg Curl"}, {15, 2, "Good Morning"},
    {16, 0, "Hanging Knee Raise"}, {16, 1, "Hanging Leg Raise"},
    {17, 10, "Barbell Lunge"}, {17, 18, "Dumbbell Bulgarian Split Squat"}, {17, 21, "Dumbbell Lunge"},
    {17, 76, "Walking Barbell Lunge"}, {17, 77, "Walking Dumbbell Lunge"}, {17, 78, "Walking Lunge"},
    {21, 13, "Lat Pulldown"}, {21, 25, "Wide Grip Lat Pulldown"}, {21, 38, "Pull Up"}, {21, 39, "Chin Up"},
    {21, 24, "Weighted Pull Up"},
    {23, 2, "Dumbbell Row"}, {23, 5, "Face Pull"}, {23, 18, "Seated Cable Row"}, {23, 28, "T-Bar Row"},
    {23, 45, "Barbell Row"}, {23, 46, "Barbell Bent Over Row"}, {23, 47, "Dumbbell Bent Over Row"},
    {24, 1, "Arnold Press"}, {24, 3, "Barbell Push Press"}, {24, 4, "Barbell Shoulder Press"},
    {24, 14, "Overhead Barbell Press"}, {24, 17, "Seated Dumbbell Shoulder Press"},
    {24, 24, "Dumbbell Shoulder Press"}, {24, 25, "Military Press"},
    {28, 0, "Leg Press"}, {28, 6, "Barbell Back Squat"}, {28, 7, "Barbell Box Squat"},
    {28, 8, "Barbell Front Squat"}, {28, 9, "Barbell Hack Squat"}, {28, 29, "Dumbbell Squat"},
    {28, 37, "Goblet Squat"}, {28, 61, "Squat"},
    {30, 5, "Cable Overhead Triceps Extension"}, {30, 13, "Lying EZ-Bar Triceps Extension"},
    {30, 19, "Rope Pressdown"}, {30, 39, "Triceps Pressdown"}, {30, 40, "Weighted Dip"},
}};

}  // namespace

std::string_view sport_name(std::uint8_t sport) noexcept { return lookup(kSports, sport); }
std::string_view sub_sport_name(std::uint8_t sub_sport) noexcept { return lookup(kSubSports, sub_sport); }

std::optional<std::uint8_t> sub_sport_from_name(std::string_view name) noexcept {
    for (const auto& entry : kSubSports) {
        if (entry.name == name) return entry.value;
    }
    return std::nullopt;
}

std::string_view file_type_name(std::uint8_t type) noexcept { return lookup(kFileTypes, type); }
std::string_view message_name(std::uint16_t global_message_number) noexcept {
    return lookup(kMessages, global_message_number);
}
std::string_view manufacturer_name(std::uint16_t manufacturer) noexcept {
    return lookup(kManufacturers, manufacturer);
}
std::string_view garmin_product_name(std::uint16_t product) noexcept { return lookup(kGarminProducts, product); }
std::string_view exercise_category_name(std::uint16_t category) noexcept {
    return lookup(kExerciseCategories, category);
}

std::string_view exercise_subtype_name(std::uint16_t category, std::uint16_t subtype) noexcept {
    for (const auto& entry : kExercises) {
        if (entry.category == category && entry.subtype == subtype) return entry.name;
    }
    return {};
}

std::string exercise_display_name(std::optional<std::uint16_t> category, std::optional<std::uint16_t> subtype) {
    if (!category || *category == kExerciseCategoryUnknown) return {};
    if (subtype) {
        if (const std::string_view name = exercise_subtype_name(*category, *subtype); !name.empty()) {
            return std::string{name};
        }
    }
    return std::string{exercise_category_name(*category)};
}

}  // namespace ironstride::fit_protocol
