#include "ironstride/report/plan_steps.hpp"

#include <cmath>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/report/unit_format.hpp"
#include "ironstride/science/pace_zones.hpp"

namespace ironstride::report {

namespace {

std::string step_duration(double seconds) {
    const int s = static_cast<int>(std::lround(seconds));
    if (s < 60) return fmt::format("{} s", s);
    if (s % 60 == 0) return fmt::format("{} min", s / 60);
    return fmt::format("{} min", format_duration(s));
}

std::string target_text(const domain::WorkoutStep& step, domain::UnitSystem units, bool treadmill) {
    if (step.hr_low_bpm || step.hr_high_bpm) {
        if (step.hr_low_bpm && step.hr_high_bpm) {
            return fmt::format("HR {:.0f}-{:.0f} bpm", *step.hr_low_bpm, *step.hr_high_bpm);
        }
        if (step.hr_low_bpm) return fmt::format("HR {:.0f}+ bpm", *step.hr_low_bpm);
        return fmt::format("HR under {:.0f} bpm", *step.hr_high_bpm);
    }
    if (step.speed_low_mps) {
        std::string text;
        if (step.speed_high_mps) {
            // The slower speed is the longer pace: "5:20-5:05 /km" reads slow to fast.
            text = fmt::format("pace {}-{} {}", format_pace_value(*step.speed_low_mps, units),
                               format_pace_value(*step.speed_high_mps, units), pace_unit(units));
        } else {
            text = fmt::format("pace {} or faster", format_pace(*step.speed_low_mps, units));
        }
        if (treadmill) {
            const auto setting = science::treadmill_setting(*step.speed_low_mps);
            text += fmt::format(", treadmill {} at {:.0f} % grade", format_speed(setting.speed_mps, units),
                                setting.grade_pct);
        }
        return text;
    }
    return {};
}

}  // namespace

const char* weekday_short(units::CivilDay day) {
    static constexpr const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return kNames[units::iso_weekday_index(day)];
}

std::vector<std::string> session_steps(const planner::PlannedSession& session, domain::UnitSystem units) {
    std::vector<std::string> lines;
    if (session.kind == planner::SessionKind::rest) {
        lines.emplace_back("Rest: no training today");
        return lines;
    }
    if (session.kind == planner::SessionKind::event && session.type == planner::SessionType::show) {
        lines.emplace_back("Show day: no training");
        return lines;
    }
    if (session.kind == planner::SessionKind::lift) {
        lines.push_back(fmt::format("{} as written in your split", session.title));
        for (const auto& why : session.why) {
            if (why.rfind(planner::rule_id::kDeload, 0) == 0) {
                lines.emplace_back("Deload: same exercises and frequency, 30-40 % fewer sets, 1-2 more reps in reserve");
            }
            if (why.rfind(planner::rule_id::kEventDay, 0) == 0) {
                lines.emplace_back("Light before the event: no heavy squats or deadlifts; upper body and light legs, "
                                   "about half the sets");
            }
        }
        return lines;
    }
    if (!session.workout) return lines;
    const auto& steps = session.workout->steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& step = steps[i];
        if (step.kind == domain::WorkoutStep::Kind::repeat) {
            // Each timed step made one line, so the block is the last (i − repeat_from) lines: fold them.
            const std::size_t block = i - static_cast<std::size_t>(step.repeat_from);
            if (block == 0 || block > lines.size()) continue;
            std::vector<std::string> inner(lines.end() - static_cast<std::ptrdiff_t>(block), lines.end());
            lines.resize(lines.size() - block);
            lines.push_back(fmt::format("{} x ({})", step.repeat_count, fmt::join(inner, ", ")));
            continue;
        }
        const std::string target = target_text(step, units, session.treadmill);
        std::string name = step.name;
        // Names that already carry their duration ("Run 30 s", "800 m at I pace (~3:35)") are not repeated.
        auto ends_with = [&](std::string_view tail) {
            return name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
        };
        const bool named_duration = ends_with(" s") || ends_with(" min") || name.find("800 m") != std::string::npos;
        std::string line = named_duration ? name : fmt::format("{} {}", name, step_duration(step.duration_s));
        if (!target.empty()) line += fmt::format(" [{}]", target);
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace ironstride::report
