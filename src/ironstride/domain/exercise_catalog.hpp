#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ironstride::domain {

/// Muscle groups for counting weekly sets per muscle (evidence.md §6, Schoenfeld 2017: sets per muscle per week).
enum class MuscleGroup : std::uint8_t {
    chest,
    front_delts,
    side_delts,
    rear_delts,
    lats,
    upper_back,  ///< rhomboids, mid traps, teres
    traps,       ///< upper traps (shrugs, carries)
    biceps,
    triceps,
    forearms,
    abs,
    obliques,
    lower_back,  ///< spinal erectors
    glutes,
    quads,
    hamstrings,
    adductors,
    abductors,
    calves,
};
inline constexpr std::size_t kMuscleGroupCount = 19;

[[nodiscard]] const char* to_string(MuscleGroup group);

/// A small set of muscle groups (a bit per group), usable in constant tables.
class MuscleSet {
public:
    constexpr MuscleSet() = default;
    constexpr MuscleSet(std::initializer_list<MuscleGroup> groups) {
        for (const MuscleGroup group : groups) m_bits |= bit(group);
    }
    [[nodiscard]] constexpr bool contains(MuscleGroup group) const { return (m_bits & bit(group)) != 0; }
    [[nodiscard]] constexpr bool empty() const { return m_bits == 0; }
    /// The groups in enum order.
    [[nodiscard]] std::vector<MuscleGroup> groups() const;

private:
    static constexpr std::uint32_t bit(MuscleGroup group) { return 1U << static_cast<unsigned>(group); }
    std::uint32_t m_bits = 0;
};

/// Counting of sets toward a muscle (Pelland et al. 2024, evidence.md §6): a set counts fully for the muscles an
/// exercise trains directly and half ("fractional") for those it trains indirectly.
inline constexpr double kDirectSetFraction = 1.0;
inline constexpr double kIndirectSetFraction = 0.5;

/// One exercise of the catalog.
struct ExerciseInfo {
    std::string_view key;   ///< canonical key, snake_case, equipment last ("squat_barbell"); "other" for unknown
    std::string_view name;  ///< display name in the Strong/Hevy style ("Squat (Barbell)")
    MuscleSet primary;      ///< trained directly: each set counts kDirectSetFraction
    MuscleSet secondary;    ///< trained indirectly: each set counts kIndirectSetFraction
    bool main_lift = false;         ///< a barbell lift whose estimated 1RM is tracked over time
    bool lower_body_heavy = false;  ///< a loaded squat, hinge, leg press, hip thrust or lunge pattern: it tires the
                                    ///< legs for running, so the planner's interference rules protect it
};

/// The text used to match names: ASCII lower case, camelCase and snake_case split into words, every run of
/// non-alphanumeric characters one space, a few spelling variants unified ("db" → "dumbbell", "flye" → "fly",
/// "pullup" → "pull up", "1 arm" → "single arm"…). "Squat (Barbell)" → "squat barbell", "benchPress" and
/// "bench_press" → "bench press".
[[nodiscard]] std::string normalize_exercise_name(std::string_view name);

/// The catalog entry for an exercise name as written by Strong, Hevy, Garmin (FIT category or exercise names such
/// as "Squat", "barbell_back_squat") or a canonical key. Names without an equipment qualifier that mean a barbell
/// lift in the gym's plain speech ("Squat", "Bench Press", "Deadlift", "Overhead Press") map to the barbell entry.
/// Never fails: an unknown name gives the "other" entry (no muscles, not a main lift).
[[nodiscard]] const ExerciseInfo& find_exercise(std::string_view name);

/// True when `name` is in the catalog (find_exercise would not answer "other").
[[nodiscard]] bool is_known_exercise(std::string_view name);

/// The fraction of a set that counts toward `group`: 1, 0.5 or 0.
[[nodiscard]] double set_fraction(const ExerciseInfo& exercise, MuscleGroup group);

/// Every entry, "other" last.
[[nodiscard]] std::span<const ExerciseInfo> exercise_catalog();

}  // namespace ironstride::domain
