#include "ironstride/report/checkin_text.hpp"

#include <fmt/format.h>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::report {

namespace {

/// AASM/SRS and NSF: adults should sleep at least 7 h (evidence.md §7).
constexpr double kMinSleepH = 7.0;

}  // namespace

std::string render_checkin_text(const domain::CheckIn& checkin, bool replaced, std::optional<double> sleep_target_h) {
    std::string out = fmt::format("checked in {}: slept {:.1f} h, soreness {}/10", units::format_iso_date(checkin.day),
                                  checkin.sleep_h, checkin.soreness);
    if (checkin.resting_hr_bpm) out += fmt::format(", resting HR {:.0f} bpm", *checkin.resting_hr_bpm);
    if (checkin.hrv_ms) out += fmt::format(", HRV {:.0f} ms", *checkin.hrv_ms);
    if (checkin.rpe) out += fmt::format(", session RPE {:.1f}", *checkin.rpe);
    out += replaced ? " (replaces the earlier check-in of that day)\n" : "\n";
    if (checkin.sleep_h < kMinSleepH) {
        out += fmt::format("note: {:.1f} h is under the 7 h adults need (NSF/AASM)\n", checkin.sleep_h);
    } else if (sleep_target_h && checkin.sleep_h < *sleep_target_h) {
        out += fmt::format("note: {:.1f} h under your {:.1f} h target\n", *sleep_target_h - checkin.sleep_h,
                           *sleep_target_h);
    }
    return out;
}

}  // namespace ironstride::report
