#include "ironstride/analysis/readiness.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/analysis/detail/statistics.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::analysis {

namespace {

namespace ev = evidence;
constexpr int kBaselineDays = 28;

Readiness worse(Readiness a, Readiness b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

struct Baselines {
    std::vector<double> week;
    std::vector<double> month;
};

/// Values of the 7 and 28 days before `day`.
template <typename Field>
Baselines baselines(units::CivilDay day, std::span<const domain::CheckIn> previous, Field field) {
    Baselines b;
    for (const domain::CheckIn& c : previous) {
        const auto age = (day - c.day).count();
        if (age < 1 || age > kBaselineDays) continue;
        const std::optional<double> value = field(c);
        if (!value) continue;
        b.month.push_back(*value);
        if (age <= units::kDaysPerWeek) b.week.push_back(*value);
    }
    return b;
}

ReadinessFactor sleep_factor(const domain::CheckIn& c, double target_h) {
    ReadinessFactor f{"sleep", Readiness::green, c.sleep_h, std::nullopt, std::nullopt, target_h, {}, {}};
    f.evidence = {ev::kAasm2015, ev::kNsf2015};
    if (c.sleep_h < kSleepRedBelowH) {
        f.level = Readiness::red;
        f.reason = fmt::format("slept {:.1f} h, far under the 7 h adults need", c.sleep_h);
        f.evidence.push_back(ev::kLamon2021);
    } else if (c.sleep_h < kSleepAmberBelowH) {
        f.level = Readiness::amber;
        f.reason = fmt::format("slept {:.1f} h, under the 7 h adults need", c.sleep_h);
    } else if (c.sleep_h < target_h - kSleepTargetShortfallH) {
        f.level = Readiness::amber;
        f.reason = fmt::format("slept {:.1f} h, more than an hour under your {:.1f} h target", c.sleep_h, target_h);
    } else {
        f.reason = fmt::format("slept {:.1f} h (target {:.1f} h)", c.sleep_h, target_h);
    }
    return f;
}

ReadinessFactor soreness_factor(const domain::CheckIn& c) {
    ReadinessFactor f{"soreness", Readiness::green, static_cast<double>(c.soreness), {}, {}, {}, {}, {}};
    if (c.soreness >= kSorenessRedFrom) {
        f.level = Readiness::red;
        f.reason = fmt::format("soreness {}/10: very sore", c.soreness);
    } else if (c.soreness >= kSorenessAmberFrom) {
        f.level = Readiness::amber;
        f.reason = fmt::format("soreness {}/10: noticeably sore", c.soreness);
    } else {
        f.reason = fmt::format("soreness {}/10", c.soreness);
    }
    return f;
}

std::optional<ReadinessFactor> resting_hr_factor(const domain::CheckIn& c, std::span<const domain::CheckIn> previous) {
    if (!c.resting_hr_bpm) return std::nullopt;
    const Baselines b = baselines(c.day, previous, [](const domain::CheckIn& x) { return x.resting_hr_bpm; });
    ReadinessFactor f{"resting_hr", Readiness::green, c.resting_hr_bpm, detail::mean(b.week), detail::mean(b.month),
                      {}, {}, {}};
    if (static_cast<int>(b.month.size()) < kMinBaselineValues) {
        f.reason = fmt::format("resting HR {:.0f} bpm (no 28-day baseline yet: {} of {} mornings)", *c.resting_hr_bpm,
                               b.month.size(), kMinBaselineValues);
        return f;
    }
    const double rise = *c.resting_hr_bpm - *f.baseline_28;
    if (rise >= kRestingHrRedRiseBpm) {
        f.level = Readiness::red;
        f.reason = fmt::format("resting HR {:.0f} bpm, {:.0f} above your 28-day mean", *c.resting_hr_bpm, rise);
    } else if (rise >= kRestingHrAmberRiseBpm) {
        f.level = Readiness::amber;
        f.reason = fmt::format("resting HR {:.0f} bpm, {:.0f} above your 28-day mean", *c.resting_hr_bpm, rise);
    } else if (f.baseline_7 && *f.baseline_7 - *f.baseline_28 >= kRestingHrTrendBpm) {
        f.level = Readiness::amber;
        f.reason = fmt::format("resting HR has run {:.0f} bpm above your 28-day mean all week",
                               *f.baseline_7 - *f.baseline_28);
    } else {
        f.reason = fmt::format("resting HR {:.0f} bpm, near your 28-day mean of {:.0f}", *c.resting_hr_bpm,
                               *f.baseline_28);
    }
    return f;
}

std::optional<ReadinessFactor> hrv_factor(const domain::CheckIn& c, std::span<const domain::CheckIn> previous) {
    if (!c.hrv_ms) return std::nullopt;
    const Baselines b = baselines(c.day, previous, [](const domain::CheckIn& x) { return x.hrv_ms; });
    ReadinessFactor f{"hrv", Readiness::green, c.hrv_ms, detail::mean(b.week), detail::mean(b.month), {}, {}, {}};
    f.evidence = {ev::kDuking2021};
    if (static_cast<int>(b.month.size()) < kMinBaselineValues) {
        f.reason = fmt::format("HRV {:.0f} ms (no 28-day baseline yet)", *c.hrv_ms);
        return f;
    }
    const double sd = *detail::population_sd(b.month);
    if (*c.hrv_ms < *f.baseline_28 - kHrvTodaySd * sd) {
        f.level = Readiness::amber;
        f.reason = fmt::format("HRV {:.0f} ms, below your usual range ({:.0f} ± {:.0f})", *c.hrv_ms, *f.baseline_28, sd);
    } else if (f.baseline_7 && *f.baseline_7 < *f.baseline_28 - kHrvWeekSd * sd) {
        f.level = Readiness::amber;
        f.reason = fmt::format("HRV has been low all week ({:.0f} ms against {:.0f})", *f.baseline_7, *f.baseline_28);
    } else {
        f.reason = fmt::format("HRV {:.0f} ms, within your usual range", *c.hrv_ms);
    }
    return f;
}

ReadinessFactor form_factor(double tsb) {
    ReadinessFactor f{"form", Readiness::green, tsb, {}, {}, kFormAmberBelow, {}, {ev::kBanisterCoggan}};
    if (tsb < kFormAmberBelow) {
        f.level = Readiness::amber;
        f.reason = fmt::format("form (TSB) {:.0f}: fatigue well above fitness", tsb);
    } else {
        f.reason = fmt::format("form (TSB) {:.0f}", tsb);
    }
    return f;
}

}  // namespace

const char* to_string(Readiness readiness) {
    switch (readiness) {
        case Readiness::green: return "green";
        case Readiness::amber: return "amber";
        case Readiness::red: return "red";
    }
    return "green";
}

ReadinessAssessment assess_readiness(units::CivilDay day, const std::optional<domain::CheckIn>& today_checkin,
                                     std::span<const domain::CheckIn> previous, double sleep_target_h,
                                     std::optional<double> form_tsb) {
    ReadinessAssessment out;
    out.checked_in = today_checkin.has_value();
    std::optional<ReadinessFactor> hrv;
    if (today_checkin) {
        domain::CheckIn c = *today_checkin;
        c.day = day;
        out.factors.push_back(sleep_factor(c, sleep_target_h));
        out.factors.push_back(soreness_factor(c));
        if (auto rhr = resting_hr_factor(c, previous)) out.factors.push_back(std::move(*rhr));
        hrv = hrv_factor(c, previous);
    }
    if (form_tsb) out.factors.push_back(form_factor(*form_tsb));

    Readiness level = Readiness::green;
    int ambers = 0;
    for (const ReadinessFactor& f : out.factors) {
        level = worse(level, f.level);
        ambers += f.level == Readiness::amber ? 1 : 0;
    }
    if (ambers >= 2) level = Readiness::red;
    const bool hrv_moved = hrv && hrv->level == Readiness::amber && level == Readiness::green;
    if (hrv_moved) level = Readiness::amber;
    if (hrv) out.factors.push_back(std::move(*hrv));
    out.level = level;

    std::vector<std::string> reasons;
    for (const ReadinessFactor& f : out.factors) {
        if (f.level != Readiness::green && (f.key != "hrv" || hrv_moved)) reasons.push_back(f.reason);
    }
    if (reasons.empty()) {
        out.summary = out.checked_in ? "sleep, soreness, heart and form are all in range"
                                     : "no check-in today: judged on form alone (run `ironstride checkin`)";
    } else {
        out.summary = fmt::format("{}", fmt::join(reasons, "; "));
        if (ambers >= 2) out.summary += " (two warning signs together count as red)";
        if (!out.checked_in) out.summary += "; no check-in today";
    }
    return out;
}

}  // namespace ironstride::analysis
