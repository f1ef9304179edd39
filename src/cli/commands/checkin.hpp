#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride checkin [--date D] --sleep H --soreness 1-10 [--rhr BPM] [--hrv MS] [--rpe N] [--db PATH]
/// [--profile FILE]` (docs/commands/checkin.md): stores the athlete's morning check-in for a day (a second one the
/// same day replaces the first).
struct CheckinOptions {
    std::optional<std::string> date;  ///< YYYY-MM-DD; default today; never after today
    double sleep_h = 0;
    int soreness = 1;
    std::optional<double> resting_hr_bpm;
    std::optional<double> hrv_ms;
    std::optional<double> rpe;  ///< session RPE (CR-10) of that day's training
    std::optional<std::string> db_path;
    std::optional<std::string> profile_path;  ///< when given, the sleep is compared with the profile's target
};

/// Stores the check-in and returns the confirmation text. Throws util::Error for a bad or future date.
[[nodiscard]] std::string run_checkin(const CheckinOptions& options, units::CivilDay today);

[[nodiscard]] Command setup_checkin(CLI::App& root);

}  // namespace ironstride::cli
