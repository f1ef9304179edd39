// fuzz-target-module: profile
// fuzz-seeds: data/profiles
//
// libFuzzer target for the athlete profile loader: any bytes go through check_profile_text, which must never throw,
// crash or fail internally, and whose verdict must be consistent: an athlete exactly when there is no error, every
// diagnostic positioned at file:line:col, and the athlete's values inside the schema's ranges.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/profile/schema.hpp"

namespace {

using namespace ironstride;

/// Stops the fuzzer with a crash report when an invariant does not hold.
void require(bool condition) {
    if (!condition) std::abort();
}

bool within(double value, const profile::NumberSpec& spec) { return value >= spec.min && value <= spec.max; }

void check_athlete(const domain::Athlete& athlete) {
    require(athlete.schema_version == profile::kSchemaVersion);
    require(athlete.weight_kg >= profile::kWeightKgSpec.min * 0.99 &&
            athlete.weight_kg <= profile::kWeightKgSpec.max * 1.01);
    require(athlete.height_m >= 1.15 && athlete.height_m <= 2.35);
    require(athlete.resting_hr_bpm.has_value());  // a valid profile always has one
    require(within(*athlete.resting_hr_bpm, profile::kRestingHrSpec));
    if (athlete.max_hr_bpm) require(*athlete.max_hr_bpm > *athlete.resting_hr_bpm);
    require(athlete.birth_date.has_value() != athlete.declared_age_years.has_value());
    require(athlete.max_weekly_increase >= 0.0 && athlete.max_weekly_increase <= 0.30);
    require(within(athlete.sleep_target_h, profile::kSleepTargetSpec));
    if (athlete.goal == domain::Goal::race) require(athlete.goal_race_distance_m.has_value());
    require(athlete.event_date.has_value() == athlete.event_kind.has_value());
    for (const auto& session : athlete.lifting) {
        require(session.weekday >= 0 && session.weekday < 7);
        require(session.start.minutes >= 0 && session.start.minutes + session.duration_min <= 24 * 60);
    }
    for (const auto& day : athlete.availability) {
        for (std::size_t i = 0; i < day.size(); ++i) {
            require(day[i].start < day[i].end);
            for (std::size_t j = 0; j < i; ++j) require(day[j].end <= day[i].start || day[i].end <= day[j].start);
        }
    }
    if (athlete.recent_race) require(athlete.recent_race->time_s > 0 && athlete.recent_race->distance_m > 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);  // NOLINT: fuzz bytes as text
    static const units::CivilDay kToday{std::chrono::year{2026} / std::chrono::November / 23};
    const profile::ProfileCheck check = profile::check_profile_text(text, "fuzz.toml", kToday);
    require(!check.internal_failure);
    require(check.ok() == (check.error_count() == 0));
    for (const util::Error& diagnostic : check.diagnostics) {
        require(diagnostic.pos().line.has_value() && diagnostic.pos().column.has_value());
        require(!diagnostic.message().empty());
    }
    if (check.athlete) check_athlete(*check.athlete);
    return 0;
}
