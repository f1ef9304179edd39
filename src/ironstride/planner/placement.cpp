#include "ironstride/planner/placement.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"

namespace ironstride::planner {

namespace {

using detail::kMinutesPerDay;

bool is_run(const PlannedSession& session) {
    return session.kind == SessionKind::run || session.kind == SessionKind::walk_run;
}
bool is_aerobic(const PlannedSession& session) { return is_run(session) || session.kind == SessionKind::walk; }

/// A run that ends 6 h or more before the lift starts: far enough apart that the order does not matter.
bool runs_well_before(int start, int duration_min, const PlannedSession& lift) {
    return lift.start.minutes - (start + duration_min) >= limits::kPreferredLiftRunGapMin;
}

std::string window_text(int weekday, const domain::TimeWindow& window) {
    return fmt::format("{} {}-{}", domain::weekday_key(weekday), units::format_time_of_day(window.start),
                       units::format_time_of_day(window.end));
}

/// The windows a session could not go into, each with the rule that blocked it, and how often each rule blocked.
class BlockedWindows {
public:
    void add(std::string window, std::string_view rule) {
        m_windows.push_back(std::move(window));
        ++m_rule_counts[std::string(rule)];
    }

    /// The outcome of a session placed nowhere: the rule that blocked most windows, and every window with its rule.
    [[nodiscard]] WeekPlacer::Outcome outcome() const {
        WeekPlacer::Outcome outcome;
        int most = 0;
        for (const auto& [rule, count] : m_rule_counts) {
            if (count > most) {
                most = count;
                outcome.blocking_rule = rule;
            }
        }
        if (m_windows.empty()) {
            outcome.blocking_rule = std::string(rule_id::kRunsInAvailability);
            outcome.blocked_windows = "no availability windows";
        } else {
            outcome.blocked_windows = fmt::format("{}", fmt::join(m_windows, "; "));
        }
        return outcome;
    }

private:
    std::map<std::string, int> m_rule_counts;
    std::vector<std::string> m_windows;
};

/// The starts worth trying in a window from `first`: its beginning, the end of each session of the day (and 3 h and
/// 6 h after it) and, for a hard run, the latest start that ends 24 h before a heavy leg session. Sorted, each once.
std::vector<int> candidate_starts(const PlannedSession& session, const std::vector<PlannedSession>& day_sessions,
                                  const std::vector<detail::Event>& hard_events, int day_abs, int first) {
    std::vector<int> starts{first};
    for (const auto& other : day_sessions) {
        const int other_end = other.start.minutes + other.duration_min;
        starts.insert(starts.end(), {other_end, other_end + limits::kMinLiftRunGapMin,
                                     other_end + limits::kPreferredLiftRunGapMin,
                                     other.start.minutes - limits::kPreferredLiftRunGapMin - session.duration_min});
    }
    if (session.intensity == Intensity::high) {
        for (const auto& event : hard_events) {
            const bool hard = (event.is_run && event.high) || (!event.is_run && event.heavy_legs);
            if (!hard) continue;
            const int rel = event.start_abs_min - day_abs;
            if (!event.is_run) starts.push_back(rel - limits::kHardRunBeforeHeavyLegsMin - session.duration_min);
        }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

/// Why a hard run's slot keeps the leg rules: the next heavy leg session after it, and the 48-h spacing.
void explain_hard_run_slot(PlannedSession& session, const std::vector<detail::Event>& context, int abs_start) {
    int next_legs = INT_MAX;
    std::string next_title;
    for (const auto& event : context) {
        if (event.is_run || !event.heavy_legs) continue;
        const int gap = event.start_abs_min - (abs_start + session.duration_min);
        if (gap >= 0 && gap < next_legs) {
            next_legs = gap;
            next_title = event.title;
        }
    }
    if (next_legs != INT_MAX) {
        session.why.push_back(fmt::format("{}: next heavy lower-body session '{}' is {:.0f} h after this run",
                                          rule_id::kNoHardRunBeforeHeavyLegs, next_title, next_legs / 60.0));
    } else {
        session.why.push_back(fmt::format("{}: no heavy lower-body session in the days after",
                                          rule_id::kNoHardRunBeforeHeavyLegs));
    }
    session.why.push_back(fmt::format("{}: no other leg-heavy hard session on this day or the days next to it",
                                      rule_id::k48hHardLegSessions));
}

/// Why a run goes where it goes relative to the day's lift.
void explain_run_slot(PlannedSession& session, const std::vector<PlannedSession>& day, int gap_after_lift) {
    const PlannedSession* lift = nullptr;
    const PlannedSession* later_lift = nullptr;
    for (const auto& other : day) {
        if (other.kind != SessionKind::lift) continue;
        if (other.start.minutes + other.duration_min <= session.start.minutes) lift = &other;
        if (later_lift == nullptr && other.start.minutes >= session.start.minutes) later_lift = &other;
    }
    if (lift == nullptr && later_lift != nullptr) {
        const int gap = later_lift->start.minutes - (session.start.minutes + session.duration_min);
        session.why.push_back(fmt::format(
            "{}: {:.1f} h before '{}': 6 h or more apart, either order keeps the lift's strength (Robineau 2016: "
            "6 h matched 24 h; Murlasits 2018's lift-first advantage is for sessions done together)",
            rule_id::kLiftBeforeRun, gap / 60.0, later_lift->title));
        return;
    }
    if (lift == nullptr) {
        session.why.push_back(
            "no lift this day: no same-day interference (Petre 2021: trained lifters lose strength when both "
            "share a session)");
        return;
    }
    const double hours = gap_after_lift / 60.0;
    session.why.push_back(fmt::format("{}: after '{}' (Murlasits 2018; Gao & Yu 2023)", rule_id::kLiftBeforeRun,
                                      lift->title));
    if (gap_after_lift >= limits::kPreferredLiftRunGapMin) {
        session.why.push_back(fmt::format("{}: {:.1f} h after the lift (Robineau 2016; Murach & Bagley 2016)",
                                          rule_id::kPrefer6hGap, hours));
    } else if (gap_after_lift >= limits::kMinLiftRunGapMin) {
        session.why.push_back(fmt::format(
            "{}: compromise, only {:.1f} h after the lift because no window allows 6 h; still at least 3 h "
            "({}, Schumann 2022)",
            rule_id::kPrefer6hGap, hours, rule_id::kMin3hGap));
    } else {
        session.why.push_back(fmt::format("{}: compromise, {} min after the lift: the exception of {} (above)",
                                          rule_id::kPrefer6hGap, gap_after_lift, rule_id::kRunAfterUpperLift));
    }
}

/// The reasons for the slot a session got, starting at `abs_start` on the plan's clock.
void explain_slot(PlannedSession& session, const std::vector<PlannedSession>& day, int gap_after_lift,
                  const std::vector<detail::Event>& context, int abs_start) {
    if (is_run(session)) {
        explain_run_slot(session, day, gap_after_lift);
        if (session.intensity == Intensity::high) explain_hard_run_slot(session, context, abs_start);
    } else if (session.kind == SessionKind::walk) {
        session.why.push_back("brisk walking is light on the legs; the running rules do not apply to it");
    }
}

}  // namespace

WeekPlacer::WeekPlacer(const domain::Athlete& athlete, units::CivilDay week_start, int week_first_day,
                       std::vector<detail::Event> context)
    : m_athlete(athlete), m_week_start(week_start), m_first_day(week_first_day), m_context(std::move(context)) {
    for (int d = 0; d < 7; ++d) {
        m_weekday[static_cast<std::size_t>(d)] = units::iso_weekday_index(week_start + std::chrono::days{d});
    }
}

void WeekPlacer::add_fixed(int day_index, PlannedSession session) {
    auto& day = m_days[static_cast<std::size_t>(day_index)];
    day.push_back(std::move(session));
    std::sort(day.begin(), day.end(),
              [](const PlannedSession& a, const PlannedSession& b) { return a.start < b.start; });
}

int WeekPlacer::free_days() const {
    return static_cast<int>(std::count_if(m_days.begin(), m_days.end(), [](const auto& day) { return day.empty(); }));
}

std::vector<detail::Event> WeekPlacer::placed_hard_runs() const {
    std::vector<detail::Event> out;
    for (int d = 0; d < 7; ++d) {
        for (const auto& s : m_days[static_cast<std::size_t>(d)]) {
            if (is_run(s) && s.intensity == Intensity::high) {
                out.push_back({(m_first_day + d) * kMinutesPerDay + s.start.minutes, s.duration_min, true, true, false,
                               s.title});
            }
        }
    }
    return out;
}

std::string_view WeekPlacer::violates(const PlannedSession& session, int day, int start) const {
    const auto& sessions = m_days[static_cast<std::size_t>(day)];
    const int end = start + session.duration_min;
    for (const auto& other : sessions) {
        const int other_end = other.start.minutes + other.duration_min;
        if (start < other_end && other.start.minutes < end) return rule_id::kRunsInAvailability;
    }
    if (sessions.empty() && free_days() <= 1) return rule_id::kRestDay;
    if (!is_run(session)) return {};
    for (const auto& other : sessions) {
        if (is_run(other)) return rule_id::kOneRunPerDay;
    }
    for (const auto& lift : sessions) {
        if (lift.kind != SessionKind::lift) continue;
        if (runs_well_before(start, session.duration_min, lift)) continue;
        if (stacked_after_lift(session, start, lift, sessions)) continue;
        const int lift_end = lift.start.minutes + lift.duration_min;
        if (start < lift_end) return rule_id::kLiftBeforeRun;
        if (start - lift_end < limits::kMinLiftRunGapMin) return rule_id::kMin3hGap;
    }
    if (session.intensity != Intensity::high) return {};
    const int abs_start = (m_first_day + day) * kMinutesPerDay + start;
    const int abs_end = abs_start + session.duration_min;
    auto check = [&](const detail::Event& event) -> std::string_view {
        const bool hard = (event.is_run && event.high) || (!event.is_run && event.heavy_legs);
        if (!event.is_run && event.heavy_legs) {
            const int gap = event.start_abs_min - abs_end;
            if (gap >= 0 && gap < limits::kHardRunBeforeHeavyLegsMin) return rule_id::kNoHardRunBeforeHeavyLegs;
        }
        if (hard && std::abs(detail::day_of(event.start_abs_min) - detail::day_of(abs_start)) <
                        limits::kHardLegSessionsGapDays) {
            return rule_id::k48hHardLegSessions;
        }
        return {};
    };
    for (const auto& event : m_context) {
        if (auto rule = check(event); !rule.empty()) return rule;
    }
    for (const auto& event : placed_hard_runs()) {
        if (auto rule = check(event); !rule.empty()) return rule;
    }
    return {};
}

double WeekPlacer::score(const PlannedSession& session, int day, int start, int& gap_after_lift) const {
    const auto& sessions = m_days[static_cast<std::size_t>(day)];
    double score = day * 0.01 + start / 100000.0;
    gap_after_lift = -1;
    bool has_lift = false;
    for (const auto& other : sessions) {
        if (other.kind == SessionKind::lift) {
            has_lift = true;
            const int gap = start - (other.start.minutes + other.duration_min);
            if (gap >= 0) gap_after_lift = gap_after_lift < 0 ? gap : std::min(gap_after_lift, gap);
        }
        if (is_run(session) && is_run(other)) score += 200;
        if (is_aerobic(session) && is_aerobic(other)) score += 60;
    }
    if (is_run(session)) {
        if (gap_after_lift >= 0) score += gap_after_lift >= limits::kPreferredLiftRunGapMin ? 1 : 40;
        // A run well before the day's lift costs what one 6 h after it does: a lift-free day is still preferred.
        if (gap_after_lift < 0 && has_lift) score += 1;
        for (const int neighbour : {day - 1, day + 1}) {
            if (neighbour < 0 || neighbour > 6) continue;
            for (const auto& other : m_days[static_cast<std::size_t>(neighbour)]) {
                if (is_run(other)) score += 15;
            }
        }
        if (session.intensity == Intensity::high && has_lift) score += 10;
        if (session.type == SessionType::long_run) {
            if (has_lift) score += 30;
            if (m_weekday[static_cast<std::size_t>(day)] < 5) score += 5;
        }
    } else if (session.kind == SessionKind::walk && has_lift) {
        score += 5;
    }
    return score;
}

WeekPlacer::Outcome WeekPlacer::place(PlannedSession session) {
    std::optional<Candidate> best;
    BlockedWindows blocked;
    const int duration = session.duration_min;
    std::vector<detail::Event> hard_events = placed_hard_runs();
    hard_events.insert(hard_events.end(), m_context.begin(), m_context.end());
    for (int d = 0; d < 7; ++d) {
        const int weekday = m_weekday[static_cast<std::size_t>(d)];
        for (const auto& window : m_athlete.availability[static_cast<std::size_t>(weekday)]) {
            if (m_blocked[static_cast<std::size_t>(d)]) {
                blocked.add(fmt::format("{} (event day)", window_text(weekday, window)), "event-day");
                continue;
            }
            const int first = window.start.minutes;
            const int last = window.end.minutes - duration;
            if (last < first) {
                blocked.add(fmt::format("{} (shorter than {} min)", window_text(weekday, window), duration),
                            rule_id::kRunsInAvailability);
                continue;
            }
            std::string_view first_violation;
            bool any = false;
            for (const int start : candidate_starts(session, m_days[static_cast<std::size_t>(d)], hard_events,
                                                    (m_first_day + d) * kMinutesPerDay, first)) {
                if (start < first || start > last) continue;
                const auto rule = violates(session, d, start);
                if (!rule.empty()) {
                    if (first_violation.empty()) first_violation = rule;
                    continue;
                }
                any = true;
                Candidate candidate{d, start, 0, -1};
                candidate.score = score(session, d, start, candidate.gap_after_lift);
                if (!best || candidate.score < best->score) best = candidate;
            }
            if (!any) {
                if (first_violation.empty()) first_violation = rule_id::kRunsInAvailability;
                blocked.add(fmt::format("{} ({})", window_text(weekday, window), first_violation), first_violation);
            }
        }
    }
    if (!best) return blocked.outcome();

    const int d = best->day;
    auto& day = m_days[static_cast<std::size_t>(d)];
    session.start = units::TimeOfDay{best->start};
    explain_slot(session, day, best->gap_after_lift, m_context, (m_first_day + d) * kMinutesPerDay + best->start);
    day.push_back(std::move(session));
    std::sort(day.begin(), day.end(),
              [](const PlannedSession& a, const PlannedSession& b) { return a.start < b.start; });
    Outcome outcome;
    outcome.placed = true;
    outcome.day_index = d;
    return outcome;
}

}  // namespace ironstride::planner
