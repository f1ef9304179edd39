#include "ironstride/analysis/series.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ironstride/analysis/detail/statistics.hpp"
#include "ironstride/science/acwr.hpp"
#include "ironstride/science/day_nutrition.hpp"
#include "ironstride/science/e1rm.hpp"
#include "ironstride/science/energy_expenditure.hpp"
#include "ironstride/science/impulse_response.hpp"
#include "ironstride/science/macros.hpp"
#include "ironstride/science/run_progression.hpp"
#include "ironstride/science/session_rpe.hpp"
#include "ironstride/science/trimp.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::analysis {

namespace {

using std::chrono::days;

using units::kDaysPerWeek;
/// AASM/SRS and NSF: adults should sleep at least 7 h (evidence.md §7 "Sleep").
constexpr double kMinSleepH = 7.0;
/// Bodyweight smoothing: an EWMA with the 7-day constant of science's ATL. evidence.md has no smoothing rule for
/// scale readings; 7 days spans one weekly cycle of water and food.
constexpr double kBodySmoothingDays = 7.0;
/// Up to this many complete weeks form each of the early and late windows.
constexpr std::size_t kWindowWeeks = 4;
constexpr double kPercent = 100.0;

std::size_t day_index(units::CivilDay first, units::CivilDay day) {
    return static_cast<std::size_t>((day - first).count());
}

units::CivilDay monday_of(units::CivilDay day) { return day - days{units::iso_weekday_index(day)}; }

double zone_minutes(const ActivityRecord& a, std::size_t first_zone, std::size_t last_zone) {
    if (!a.metrics || !a.metrics->time_in_zone_s) return 0;
    double seconds = 0;
    for (std::size_t z = first_zone; z <= last_zone; ++z) seconds += (*a.metrics->time_in_zone_s)[z];
    return seconds / units::kSecondsPerMinute;
}

/// The activity as the energy model sees it (science::SessionLoad); nothing for sports it has no equation for.
std::optional<science::SessionLoad> session_load(const ActivityRecord& a, bool high_intensity, bool heavy_legs) {
    const std::optional<double> minutes = a.minutes();
    if (!minutes || *minutes <= 0) return std::nullopt;
    science::SessionLoad load;
    load.duration_min = *minutes;
    switch (a.sport) {
        case domain::Sport::running:
            load.kind = science::SessionLoad::Kind::run;
            load.intensity = high_intensity ? science::Intensity::high : science::Intensity::easy;
            break;
        case domain::Sport::walking:
        case domain::Sport::hiking:
            load.kind = science::SessionLoad::Kind::walk;
            load.intensity = science::Intensity::moderate;
            break;
        case domain::Sport::strength:
            load.kind = science::SessionLoad::Kind::lift;
            load.intensity = science::Intensity::moderate;
            load.lower_body_heavy = heavy_legs;
            break;
        default: return std::nullopt;
    }
    if (load.kind != science::SessionLoad::Kind::lift) {
        load.distance_m = a.distance_m;
        load.speed_mps = a.speed_mps();
    }
    return load;
}

template <typename Entry>
const Entry* latest_on_or_before(const std::vector<Entry>& entries, units::CivilDay day) {
    const auto after = std::upper_bound(entries.begin(), entries.end(), day,
                                        [](units::CivilDay d, const Entry& e) { return d < e.day; });
    return after == entries.begin() ? nullptr : &*(after - 1);
}

}  // namespace

GuidelineMinutes guideline_minutes(const ActivityRecord& a) {
    GuidelineMinutes out;
    const std::optional<double> minutes = a.minutes();
    if (!minutes) return out;
    std::optional<double> met;
    const std::optional<double> speed = a.speed_mps();
    switch (a.sport) {
        case domain::Sport::running:
            met = speed ? science::vo2_to_met(science::acsm_running_vo2_ml_kg_min(units::mps_to_m_per_min(*speed)))
                        : science::kMetJoggingGeneral12020;
            break;
        case domain::Sport::walking:
        case domain::Sport::hiking:
            met = speed ? science::vo2_to_met(science::acsm_walking_vo2_ml_kg_min(units::mps_to_m_per_min(*speed)))
                        : science::kMetWalkingModerate17190;
            break;
        case domain::Sport::strength: return out;  // muscle-strengthening, counted as strength days
        default:
            // ACSM/Garber 2011 classes by %HRR: Z2 moderate, Z3–Z5 vigorous; Z1 is light and does not count.
            out.moderate_min = zone_minutes(a, 1, 1);
            out.vigorous_min = zone_minutes(a, 2, 4);
            return out;
    }
    switch (science::classify_met(*met)) {
        case science::MetClass::light: break;
        case science::MetClass::moderate: out.moderate_min = *minutes; break;
        case science::MetClass::vigorous: out.vigorous_min = *minutes; break;
    }
    return out;
}

bool is_high_intensity_run(const ActivityRecord& a, double max_hr_bpm) {
    if (!a.is_run()) return false;
    if (a.metrics && a.metrics->time_in_zone_s) {
        return zone_minutes(a, 3, 4) >= kHighIntensityZone45Min || zone_minutes(a, 4, 4) >= kHighIntensityZone5Min;
    }
    return a.avg_hr_bpm && *a.avg_hr_bpm >= science::threshold_hr_bpm(max_hr_bpm);
}

namespace {

// The steps of build_series, in the order it takes them.

std::unordered_set<std::int64_t> heavy_leg_workout_ids(const History& history) {
    // The planner's lower_body_heavy patterns decide which workouts load the legs heavily.
    std::unordered_set<std::int64_t> ids;
    for (const WorkingSet& set : history.sets) {
        if (set.exercise->lower_body_heavy) ids.insert(set.activity_id);
    }
    return ids;
}

/// Per-day sums over the whole loaded history (index 0 = history.loaded_from).
struct DailyLoads {
    std::vector<double> trimp;
    std::vector<double> srpe;
    std::vector<double> run_m;
    std::vector<double> run_min;
    std::array<std::vector<double>, kModalityCount> au;  ///< by Modality
};

/// Adds each session's AU to its modality's day and to combined.
void add_au_loads(DailyLoads& loads, const History& history, const TrainingLoads& training) {
    for (std::vector<double>& channel : loads.au) channel.assign(loads.trimp.size(), 0.0);
    for (const ActivityRecord& a : history.activities) {
        const auto found = training.by_activity.find(a.id);
        if (found == training.by_activity.end()) continue;
        const std::size_t i = day_index(history.loaded_from, a.day);
        const Modality modality = modality_of(a);
        if (modality != Modality::combined) loads.au[static_cast<std::size_t>(modality)][i] += found->second.au;
        loads.au[static_cast<std::size_t>(Modality::combined)][i] += found->second.au;
    }
}

DailyLoads daily_loads(const History& history, std::size_t day_count) {
    std::unordered_map<units::CivilDay::rep, const domain::CheckIn*> checkin_by_day;
    for (const domain::CheckIn& c : history.checkins) checkin_by_day[c.day.time_since_epoch().count()] = &c;
    DailyLoads loads{std::vector<double>(day_count, 0.0), std::vector<double>(day_count, 0.0),
                     std::vector<double>(day_count, 0.0), std::vector<double>(day_count, 0.0), {}};
    for (const ActivityRecord& a : history.activities) {
        const std::size_t i = day_index(history.loaded_from, a.day);
        if (a.metrics && a.metrics->trimp) loads.trimp[i] += *a.metrics->trimp;
        if (a.metrics && a.metrics->srpe_load) {
            loads.srpe[i] += *a.metrics->srpe_load;
        } else if (const auto found = checkin_by_day.find(a.day.time_since_epoch().count());
                   found != checkin_by_day.end() && found->second->rpe && a.minutes()) {
            // The day's check-in RPE rates that day's training (docs/commands/checkin.md).
            loads.srpe[i] += science::session_rpe_load(*found->second->rpe, *a.minutes());
        }
        if (a.is_run()) {
            loads.run_m[i] += a.distance_m.value_or(0.0);
            loads.run_min[i] += a.minutes().value_or(0.0);
        }
    }
    return loads;
}

/// Series::days for the range and Series::before_range, from the loads of the whole loaded history.
void add_day_points(Series& series, const History& history, const DailyLoads& loads) {
    const units::CivilDay first = history.loaded_from;
    // evidence.md §9: CTL/ATL in Coggan's additive form (τ 42 / 7 days), from zero on the first loaded day.
    const std::vector<science::TrainingStress> stress =
        science::training_stress_series(loads.trimp, science::EwmaForm::additive);
    // The AU model's channels in the same form (evidence.md §17: every session into the §9 model as AU).
    std::array<std::vector<science::TrainingStress>, kModalityCount> au_stress;
    for (std::size_t m = 0; m < kModalityCount; ++m) {
        au_stress[m] = science::training_stress_series(loads.au[m], science::EwmaForm::additive);
    }
    auto day_point = [&](std::size_t i) {
        DayPoint p;
        p.day = first + days{static_cast<int>(i)};
        p.trimp = loads.trimp[i];
        p.srpe_load = loads.srpe[i];
        p.ctl = stress[i].ctl;
        p.atl = stress[i].atl;
        p.tsb = stress[i].tsb();
        if (stress[i].ctl > 0) p.acwr_ewma = stress[i].atl / stress[i].ctl;
        p.run_m = loads.run_m[i];
        p.run_min = loads.run_min[i];
        for (std::size_t m = 0; m < kModalityCount; ++m) {
            p.au[m] = {loads.au[m][i], au_stress[m][i].ctl, au_stress[m][i].atl, au_stress[m][i].tsb()};
        }
        return p;
    };
    const std::size_t range_offset = day_index(first, history.range.first);
    for (std::size_t i = range_offset; i < loads.trimp.size(); ++i) series.days.push_back(day_point(i));
    if (range_offset > 0) {
        series.before_range = day_point(range_offset - 1);
    } else {
        series.before_range.day = history.range.first - days{1};
    }
}

/// The ISO weeks of the whole loaded history: ramps and ACWR need the weeks before the range.
class WeekTable {
public:
    WeekTable(const History& history, const DailyLoads& loads)
        : m_history(history), m_loads(loads), m_first_monday(monday_of(history.loaded_from)) {
        const std::size_t count = day_index(m_first_monday, history.range.last) / kDaysPerWeek + 1;
        m_weeks.resize(count);
        m_run_days.resize(count);
        m_strength_days.resize(count);
        for (std::size_t w = 0; w < count; ++w) {
            m_weeks[w].start = m_first_monday + days{static_cast<int>(w) * kDaysPerWeek};
            m_weeks[w].complete = m_weeks[w].start >= history.range.first &&
                                  m_weeks[w].start + days{kDaysPerWeek - 1} <= history.range.last;
        }
    }

    void count_activities(const std::unordered_set<std::int64_t>& heavy_leg_workouts, double max_hr_bpm) {
        for (const ActivityRecord& a : m_history.activities) {
            const std::size_t w = week_of(a.day);
            WeekPoint& week = m_weeks[w];
            const int day_number = static_cast<int>(a.day.time_since_epoch().count());
            if (a.is_run()) {
                ++week.runs;
                m_run_days[w].insert(day_number);
                week.run_m += a.distance_m.value_or(0.0);
                week.run_min += a.minutes().value_or(0.0);
                week.longest_run_m = std::max(week.longest_run_m, a.distance_m.value_or(0.0));
                const bool hard = is_high_intensity_run(a, max_hr_bpm);
                m_high_intensity[a.id] = hard;
                if (hard) ++week.high_intensity_runs;
            }
            if (a.sport == domain::Sport::strength || heavy_leg_workouts.count(a.id) > 0) {
                m_strength_days[w].insert(day_number);
            }
            const GuidelineMinutes g = guideline_minutes(a);
            week.guideline.moderate_min += g.moderate_min;
            week.guideline.vigorous_min += g.vigorous_min;
        }
    }

    void count_sets() {
        for (const WorkingSet& set : m_history.sets) {
            const std::size_t w = week_of(set.day);
            if (w < first_range_week()) continue;  // per-muscle counts are shown for the range only
            WeekPoint& week = m_weeks[w];
            m_strength_days[w].insert(static_cast<int>(set.day.time_since_epoch().count()));
            week.hard_sets += 1.0;
            if (set.weight_kg) week.tonnage_kg += *set.weight_kg * set.reps;
            for (std::size_t g = 0; g < domain::kMuscleGroupCount; ++g) {
                week.sets_per_muscle[g] += domain::set_fraction(*set.exercise, static_cast<domain::MuscleGroup>(g));
            }
        }
    }

    /// Day counts, guidelines, monotony and strain, then what compares a week with the ones before it; in week
    /// order, because each week reads the finished weeks before it.
    void finish() {
        for (std::size_t w = 0; w < m_weeks.size(); ++w) {
            finish_own_numbers(w);
            if (w >= 3) compare_with_weeks_before(w);
        }
    }

    /// The weeks touching the range.
    [[nodiscard]] std::vector<WeekPoint> range_weeks() const {
        return {m_weeks.begin() + static_cast<std::ptrdiff_t>(first_range_week()), m_weeks.end()};
    }
    /// Whether each run was high-intensity, by activity id.
    [[nodiscard]] const std::unordered_map<std::int64_t, bool>& high_intensity() const { return m_high_intensity; }

private:
    [[nodiscard]] std::size_t week_of(units::CivilDay day) const {
        return day_index(m_first_monday, day) / kDaysPerWeek;
    }
    [[nodiscard]] std::size_t first_range_week() const { return week_of(monday_of(m_history.range.first)); }

    void finish_own_numbers(std::size_t w) {
        WeekPoint& week = m_weeks[w];
        week.run_days = static_cast<int>(m_run_days[w].size());
        week.strength_days = static_cast<int>(m_strength_days[w].size());
        week.moderate_equivalent_min =
            science::moderate_equivalent_min(week.guideline.moderate_min, week.guideline.vigorous_min);
        week.meets_aerobic = science::meets_aerobic_guideline(week.moderate_equivalent_min);
        week.meets_strength = science::meets_strength_guideline(week.strength_days);
        const science::WeekMonotony m = week_monotony(week, m_loads.trimp);
        week.trimp = m.weekly_load;
        week.monotony = m.monotony;
        week.strain = m.strain;
        for (std::size_t c = 0; c < kModalityCount; ++c) {
            const science::WeekMonotony channel = week_monotony(week, m_loads.au[c]);
            week.au[c] = {channel.weekly_load, channel.monotony, channel.strain};
        }
    }

    /// Foster 1998 over the week's days of one daily series (days outside the loaded history count 0).
    [[nodiscard]] science::WeekMonotony week_monotony(const WeekPoint& week, const std::vector<double>& daily) const {
        std::array<double, kDaysPerWeek> week_loads{};
        for (int d = 0; d < kDaysPerWeek; ++d) {
            const units::CivilDay day = week.start + days{d};
            if (day < m_history.loaded_from || day > m_history.range.last) continue;
            week_loads[static_cast<std::size_t>(d)] = daily[day_index(m_history.loaded_from, day)];
        }
        return science::monotony_strain(week_loads, science::SdConvention::population);
    }

    void compare_with_weeks_before(std::size_t w) {
        WeekPoint& week = m_weeks[w];
        const std::array<double, 4> loads{m_weeks[w - 3].trimp, m_weeks[w - 2].trimp, m_weeks[w - 1].trimp, week.trimp};
        week.acwr_uncoupled = science::acwr(loads, science::AcwrForm::uncoupled);
        // Nielsen 2014: progression over two weeks, as two-week blocks so a single deload week is no "spike".
        week.run_m_two_weeks_before = m_weeks[w - 3].run_m + m_weeks[w - 2].run_m;
        week.run_m_last_two_weeks = m_weeks[w - 1].run_m + week.run_m;
        // Both earlier weeks must hold running: a first week of running is no baseline to grow from.
        if (m_weeks[w - 3].run_m > 0 && m_weeks[w - 2].run_m > 0) {
            week.ramp_two_weeks = science::weekly_change_fraction(week.run_m_two_weeks_before, week.run_m_last_two_weeks);
        }
    }

    const History& m_history;
    const DailyLoads& m_loads;
    units::CivilDay m_first_monday;
    std::vector<WeekPoint> m_weeks;
    std::vector<std::unordered_set<int>> m_run_days;
    std::vector<std::unordered_set<int>> m_strength_days;
    std::unordered_map<std::int64_t, bool> m_high_intensity;
};

Windows windows_of(const std::vector<WeekPoint>& weeks) {
    std::vector<std::size_t> complete;
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        if (weeks[w].complete) complete.push_back(w);
    }
    const std::size_t window = std::min(kWindowWeeks, complete.size() / 2);
    Windows windows;
    windows.early.assign(complete.begin(), complete.begin() + static_cast<std::ptrdiff_t>(window));
    windows.late.assign(complete.end() - static_cast<std::ptrdiff_t>(window), complete.end());
    return windows;
}

bool in_window(const Series& series, const std::vector<std::size_t>& indexes, units::CivilDay day) {
    return std::any_of(indexes.begin(), indexes.end(), [&](std::size_t w) {
        return day >= series.weeks[w].start && day < series.weeks[w].start + days{kDaysPerWeek};
    });
}

/// Each main lift's sessions over the whole loaded history: its best Epley e1RM per day (evidence.md §6).
std::map<std::string, LiftTrend> lift_sessions(const History& history) {
    std::map<std::string, LiftTrend> lifts;
    for (const WorkingSet& set : history.sets) {
        if (!set.exercise->main_lift || !set.weight_kg || set.reps > kMaxE1rmReps) continue;
        const double e1rm = science::epley_e1rm(*set.weight_kg, set.reps);
        const std::string key(set.exercise->key);
        LiftTrend& trend = lifts[key];
        if (trend.key.empty()) {
            trend.key = key;
            trend.name = std::string(set.exercise->name);
            trend.lower_body = set.exercise->lower_body_heavy;
        }
        // Sets come in start order, so a day's sets of one lift are together: one session per lift and day.
        if (!trend.sessions.empty() && trend.sessions.back().day == set.day) {
            LiftSession& session = trend.sessions.back();
            if (e1rm > session.e1rm_kg) session = {set.day, e1rm, *set.weight_kg, set.reps, false};
        } else {
            trend.sessions.push_back({set.day, e1rm, *set.weight_kg, set.reps, false});
        }
    }
    return lifts;
}

/// Marks records against the whole history, keeps the range's sessions and fills in the trend; false when the
/// lift has no session in the range.
bool finish_lift_trend(LiftTrend& trend, const Series& series, units::CivilDay range_first) {
    std::optional<double> best;
    std::vector<LiftSession> in_range;
    for (LiftSession s : trend.sessions) {
        s.record = best && s.e1rm_kg > *best;
        best = std::max(best.value_or(0.0), s.e1rm_kg);
        if (s.day >= range_first) in_range.push_back(s);
    }
    trend.sessions = std::move(in_range);
    if (trend.sessions.empty()) return false;
    std::vector<std::pair<double, double>> points;
    for (const LiftSession& s : trend.sessions) {
        points.emplace_back(static_cast<double>(s.day.time_since_epoch().count()), s.e1rm_kg);
        if (s.record) ++trend.records;
        if (in_window(series, series.windows.early, s.day)) {
            trend.early_best_kg = std::max(trend.early_best_kg.value_or(0.0), s.e1rm_kg);
        }
        if (in_window(series, series.windows.late, s.day)) {
            trend.late_best_kg = std::max(trend.late_best_kg.value_or(0.0), s.e1rm_kg);
        }
    }
    if (const auto slope = detail::least_squares_slope(points)) trend.slope_kg_per_week = *slope * kDaysPerWeek;
    if (trend.early_best_kg && trend.late_best_kg) {
        trend.change_fraction = (*trend.late_best_kg - *trend.early_best_kg) / *trend.early_best_kg;
    }
    return true;
}

/// The main lifts with a session in the range, most sessions first; reads the series' weeks and windows.
std::vector<LiftTrend> lift_trends(const History& history, const Series& series) {
    std::vector<LiftTrend> trends;
    for (auto& [key, trend] : lift_sessions(history)) {
        if (finish_lift_trend(trend, series, history.range.first)) trends.push_back(std::move(trend));
    }
    std::stable_sort(trends.begin(), trends.end(), [](const LiftTrend& a, const LiftTrend& b) {
        return a.sessions.size() > b.sessions.size();
    });
    return trends;
}

BodyTrend body_trend(const History& history) {
    BodyTrend body;
    std::optional<double> smoothed;
    std::vector<std::pair<double, double>> weights;
    std::vector<std::pair<double, double>> lean;
    double weight_sum = 0;
    for (const domain::BodyEntry& entry : history.body) {
        // The smoothing starts before the range, so its first points in the range are already settled.
        smoothed = smoothed ? science::ewma_step(*smoothed, entry.weight_kg, kBodySmoothingDays,
                                                 science::EwmaForm::additive)
                            : entry.weight_kg;
        if (entry.day < history.range.first) continue;
        BodyPoint p;
        p.day = entry.day;
        p.weight_kg = entry.weight_kg;
        p.smoothed_kg = *smoothed;
        p.body_fat_pct = entry.body_fat_pct;
        if (entry.body_fat_pct) p.lean_mass_kg = entry.weight_kg * (1.0 - *entry.body_fat_pct / kPercent);
        const auto x = static_cast<double>(entry.day.time_since_epoch().count());
        weights.emplace_back(x, entry.weight_kg);
        weight_sum += entry.weight_kg;
        if (p.lean_mass_kg) lean.emplace_back(x, *p.lean_mass_kg);
        body.points.push_back(p);
    }
    if (const auto slope = detail::least_squares_slope(weights)) {
        body.rate_kg_per_week = *slope * kDaysPerWeek;
        const double mean_weight = weight_sum / static_cast<double>(weights.size());
        body.rate_pct_per_week = *body.rate_kg_per_week / mean_weight * kPercent;
    }
    if (const auto slope = detail::least_squares_slope(lean)) {
        body.lean_change_kg = *slope * (lean.back().first - lean.front().first);
    }
    return body;
}

/// Imported nights, and the check-in's hours where there is none.
SleepSummary sleep_summary(const History& history, const domain::Athlete& athlete) {
    SleepSummary sleep;
    std::map<units::CivilDay, SleepPoint> nights;
    for (const domain::CheckIn& c : history.checkins) {
        if (c.day >= history.range.first) nights[c.day] = {c.day, c.sleep_h, true};
    }
    for (const domain::SleepEntry& s : history.sleep) {
        if (s.day >= history.range.first) nights[s.day] = {s.day, s.hours, false};
    }
    std::vector<double> hours;
    for (const auto& [day, night] : nights) {
        sleep.nights.push_back(night);
        hours.push_back(night.hours);
        if (night.hours < kMinSleepH) ++sleep.nights_under_7h;
    }
    sleep.mean_h = detail::mean(hours);
    sleep.target_h = athlete.sleep_target_h;
    return sleep;
}

/// The range's sessions as the energy model sees them, by day.
std::map<units::CivilDay, std::vector<science::SessionLoad>> session_loads_by_day(
    const History& history, const std::unordered_map<std::int64_t, bool>& high_intensity,
    const std::unordered_set<std::int64_t>& heavy_leg_workouts) {
    std::map<units::CivilDay, std::vector<science::SessionLoad>> loads_by_day;
    for (const ActivityRecord& a : history.activities) {
        if (a.day < history.range.first) continue;
        const auto hard = high_intensity.find(a.id);
        if (auto load = session_load(a, hard != high_intensity.end() && hard->second,
                                     heavy_leg_workouts.count(a.id) > 0)) {
            loads_by_day[a.day].push_back(*load);
        }
    }
    return loads_by_day;
}

/// The athlete on a day: the latest weigh-in (and body fat) on or before it, else the profile's.
domain::Athlete athlete_on(const History& history, const domain::Athlete& athlete, units::CivilDay day) {
    domain::Athlete on_day = athlete;
    if (const domain::BodyEntry* body = latest_on_or_before(history.body, day)) {
        on_day.weight_kg = body->weight_kg;
        if (body->body_fat_pct) on_day.body_fat_pct = body->body_fat_pct;
    }
    return on_day;
}

NutritionPoint nutrition_point(const domain::NutritionEntry& entry, const domain::Athlete& on_day,
                               const std::vector<science::SessionLoad>& loads) {
    const science::DayNutrition need = science::day_nutrition(on_day, on_day.age_on(entry.day), loads);
    NutritionPoint p;
    p.day = entry.day;
    p.intake_kcal = entry.kcal;
    p.protein_g = entry.protein_g;
    if (entry.protein_g) p.protein_g_per_lb = *entry.protein_g / units::kg_to_pounds(on_day.weight_kg);
    p.exercise_kcal = need.exercise_kcal;
    p.maintenance_kcal = need.maintenance_kcal;
    p.balance_kcal = entry.kcal - need.maintenance_kcal;
    p.target_kcal = need.kcal;
    p.vs_target_kcal = entry.kcal - need.kcal;
    if (const auto ffm = on_day.fat_free_mass_kg(); ffm && *ffm > 0) {
        p.energy_availability = science::energy_availability_kcal_per_kg_ffm(entry.kcal, need.exercise_kcal, *ffm);
    }
    return p;
}

/// Intake against each logged day's needs, and the means over the range.
NutritionSummary nutrition_summary(const History& history, const domain::Athlete& athlete,
                                   const std::map<units::CivilDay, std::vector<science::SessionLoad>>& loads_by_day) {
    NutritionSummary n;
    n.protein_target_g_per_lb = science::protein_g_per_lb(athlete.phase);
    std::vector<double> intake;
    std::vector<double> balance;
    std::vector<double> target;
    std::vector<double> vs_target;
    std::vector<double> protein;
    std::vector<double> protein_per_lb;
    std::vector<double> availability;
    const std::vector<science::SessionLoad> none;
    for (const domain::NutritionEntry& entry : history.nutrition) {
        if (entry.day < history.range.first) continue;
        const auto found = loads_by_day.find(entry.day);
        const NutritionPoint p = nutrition_point(entry, athlete_on(history, athlete, entry.day),
                                                 found == loads_by_day.end() ? none : found->second);
        if (p.energy_availability) {
            availability.push_back(*p.energy_availability);
            if (science::classify_energy_availability(*p.energy_availability) == science::EnergyAvailabilityBand::low) {
                ++n.low_ea_days;
            }
        }
        intake.push_back(p.intake_kcal);
        balance.push_back(p.balance_kcal);
        target.push_back(p.target_kcal);
        vs_target.push_back(p.vs_target_kcal);
        if (p.protein_g) protein.push_back(*p.protein_g);
        if (p.protein_g_per_lb) protein_per_lb.push_back(*p.protein_g_per_lb);
        n.days.push_back(p);
    }
    n.mean_intake_kcal = detail::mean(intake);
    n.mean_balance_kcal = detail::mean(balance);
    n.mean_target_kcal = detail::mean(target);
    n.mean_vs_target_kcal = detail::mean(vs_target);
    n.mean_protein_g = detail::mean(protein);
    n.mean_protein_g_per_lb = detail::mean(protein_per_lb);
    n.mean_energy_availability = detail::mean(availability);
    return n;
}

}  // namespace

const WeekPoint* last_complete_week(const Series& series) {
    for (auto w = series.weeks.rbegin(); w != series.weeks.rend(); ++w) {
        if (w->complete) return &*w;
    }
    return nullptr;
}

Series build_series(const History& history, const domain::Athlete& athlete, double max_hr_bpm) {
    Series series;
    const std::unordered_set<std::int64_t> heavy_leg_workouts = heavy_leg_workout_ids(history);
    series.training = training_loads(history);
    DailyLoads loads = daily_loads(history, day_index(history.loaded_from, history.range.last) + 1);
    add_au_loads(loads, history, series.training);
    add_day_points(series, history, loads);

    WeekTable weeks(history, loads);
    weeks.count_activities(heavy_leg_workouts, max_hr_bpm);
    weeks.count_sets();
    weeks.finish();
    series.weeks = weeks.range_weeks();
    series.windows = windows_of(series.weeks);

    series.lifts = lift_trends(history, series);
    series.body = body_trend(history);
    series.sleep = sleep_summary(history, athlete);
    series.nutrition =
        nutrition_summary(history, athlete, session_loads_by_day(history, weeks.high_intensity(), heavy_leg_workouts));
    return series;
}

}  // namespace ironstride::analysis
