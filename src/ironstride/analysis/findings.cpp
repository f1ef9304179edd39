#include "ironstride/analysis/findings.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <chrono>
#include <cmath>
#include <functional>
#include <unordered_set>

#include <fmt/format.h>

#include "ironstride/analysis/detail/statistics.hpp"
#include "ironstride/analysis/running_start.hpp"
#include "ironstride/science/macros.hpp"
#include "ironstride/science/run_progression.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::analysis {

namespace {

using std::chrono::days;
namespace ev = evidence;

constexpr double kPercent = 100.0;
using units::kDaysPerWeek;
constexpr int kSpikeLookbackDays = 30;  // Frandsen 2025: the longest run of the previous 30 days
using units::kSecondsPerHour;

Number number(std::string_view key, std::string_view label, double value, Unit unit) {
    return Number{std::string(key), std::string(label), value, unit};
}

/// Mean of a week field over some of the series' weeks; nothing for none.
std::optional<double> weeks_mean(const Series& series, const std::vector<std::size_t>& indexes,
                                 const std::function<double(const WeekPoint&)>& field) {
    std::vector<double> values;
    for (const std::size_t w : indexes) values.push_back(field(series.weeks[w]));
    return detail::mean(values);
}

std::vector<std::size_t> complete_weeks(const Series& series) {
    std::vector<std::size_t> out;
    for (std::size_t w = 0; w < series.weeks.size(); ++w) {
        if (series.weeks[w].complete) out.push_back(w);
    }
    return out;
}

bool in_range(const History& history, units::CivilDay day) {
    return day >= history.range.first && day <= history.range.last;
}

std::unordered_set<std::int64_t> heavy_leg_workouts(const History& history) {
    std::unordered_set<std::int64_t> ids;
    for (const WorkingSet& set : history.sets) {
        if (set.exercise->lower_body_heavy) ids.insert(set.activity_id);
    }
    return ids;
}

/// The lift to speak of: lower-body main lifts first (running interferes with lower-body strength: Petré 2021,
/// Sabag 2018), then the one `better` prefers.
const LiftTrend* pick_lift(const Series& series, const std::function<bool(const LiftTrend&)>& qualifies,
                           const std::function<bool(const LiftTrend&, const LiftTrend&)>& better) {
    const LiftTrend* chosen = nullptr;
    for (const LiftTrend& lift : series.lifts) {
        if (!lift.change_fraction || !qualifies(lift)) continue;
        if (chosen == nullptr || (lift.lower_body && !chosen->lower_body) ||
            (lift.lower_body == chosen->lower_body && better(lift, *chosen))) {
            chosen = &lift;
        }
    }
    return chosen;
}

void add_lift_numbers(Finding& f, const LiftTrend& lift) {
    f.numbers.push_back(number("e1rm_before_kg", fmt::format("{} e1RM, first weeks (best)", lift.name),
                               *lift.early_best_kg, Unit::kilograms));
    f.numbers.push_back(number("e1rm_now_kg", fmt::format("{} e1RM, last weeks (best)", lift.name),
                               *lift.late_best_kg, Unit::kilograms));
    f.numbers.push_back(number("e1rm_change_pct", "e1RM change", *lift.change_fraction * kPercent, Unit::percent));
}

// ---------------------------------------------------------------------------------------------------------------
// The catalogue: findings.def expanded into one severity and one evidence array per finding, and the specs over them.

#define IRONSTRIDE_UNPAREN(...) __VA_ARGS__

namespace spec {
using enum Severity;
using namespace evidence;
#define IRONSTRIDE_FINDING_RULE(evaluator)
#define IRONSTRIDE_FINDING(constant, id, severities, cites)                 \
    constexpr std::array constant##Severities{IRONSTRIDE_UNPAREN severities}; \
    constexpr std::array constant##Evidence{IRONSTRIDE_UNPAREN cites};
#include "ironstride/analysis/findings.def"
#undef IRONSTRIDE_FINDING
#undef IRONSTRIDE_FINDING_RULE

constexpr std::array kCatalog{
#define IRONSTRIDE_FINDING_RULE(evaluator)
#define IRONSTRIDE_FINDING(constant, id, severities, cites) \
    FindingSpec{id, constant##Severities, constant##Evidence},
#include "ironstride/analysis/findings.def"
#undef IRONSTRIDE_FINDING
#undef IRONSTRIDE_FINDING_RULE
};
}  // namespace spec

#undef IRONSTRIDE_UNPAREN

/// A finding with its id, its severity and the evidence findings.def gives it; the rule adds the rest.
Finding new_finding(std::string_view id, Severity severity) {
    const auto* spec = std::find_if(spec::kCatalog.begin(), spec::kCatalog.end(),
                                    [&](const FindingSpec& s) { return s.id == id; });
    // Rules only raise the findings listed in findings.def, with a severity listed there.
    assert(spec != spec::kCatalog.end());
    assert(std::find(spec->severities.begin(), spec->severities.end(), severity) != spec->severities.end());
    Finding f;
    f.id = id;
    f.severity = severity;
    f.evidence.assign(spec->evidence.begin(), spec->evidence.end());
    return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules (findings.def names them and what they raise).

struct Context {
    const History& history;
    const Series& series;
    const domain::Athlete& athlete;
    const science::HeartRateProfile& heart;
    std::vector<std::size_t> complete;
    std::optional<double> run_days_per_week;  ///< late window, else all complete weeks
    std::optional<RunningStart> running_start;  ///< within the last kLiftDipWatchDays of the range
    const MeasuredExpenditure* expenditure;     ///< the report's measured expenditure, when given
    std::vector<Finding>& out;
};

/// A lower-body lift's best e1RM in the kLiftDipBeforeDays before the running start and since it.
struct LiftDip {
    const LiftTrend* lift = nullptr;
    double before_kg = 0;
    double since_kg = 0;
    [[nodiscard]] double change_fraction() const { return (since_kg - before_kg) / before_kg; }
};

std::optional<LiftDip> lift_dip(const LiftTrend& lift, units::CivilDay start) {
    LiftDip dip{&lift, 0, 0};
    for (const LiftSession& s : lift.sessions) {
        if (s.day >= start) {
            dip.since_kg = std::max(dip.since_kg, s.e1rm_kg);
        } else if (s.day >= start - days{kLiftDipBeforeDays}) {
            dip.before_kg = std::max(dip.before_kg, s.e1rm_kg);
        }
    }
    if (dip.before_kg <= 0 || dip.since_kg <= 0) return std::nullopt;
    return dip;
}

/// Running began or began again in the last weeks and a lower-body lift has not yet been back to its level before:
/// the expected short dip (Sabag 2018, Petré 2021 for lower-body strength), not the interference of
/// running_up_strength_down, which this rule replaces for those weeks.
void expected_lift_dip(Context& c) {
    if (!c.running_start) return;
    std::optional<LiftDip> deepest;
    for (const LiftTrend& lift : c.series.lifts) {
        if (!lift.lower_body) continue;
        const std::optional<LiftDip> dip = lift_dip(lift, c.running_start->day);
        if (dip && dip->change_fraction() <= kStrengthFallFraction &&
            (!deepest || dip->change_fraction() < deepest->change_fraction())) {
            deepest = dip;
        }
    }
    if (!deepest) return;
    const RunningStart& start = *c.running_start;
    Finding f = new_finding(finding_id::kExpectedLiftDip, Severity::info);
    f.title = fmt::format("Your {} dipped since you {} running: expected, and it passes", deepest->lift->name,
                          start.restart ? "went back to" : "took up");
    f.detail =
        "A new running load tires the legs first, so leg-day lifts often dip in the first weeks. Over whole "
        "programmes running beside lifting does not cost maximal strength or muscle; the cost is in explosive and "
        "lower-body strength with intervals, largest when both are in one session. The evidence gives no timeline "
        "for this short dip: keep lifting first, hard runs away from leg day, and running steady; if the lift is "
        "still down after six weeks, it is no longer the start.";
    f.numbers.push_back(number("e1rm_before_kg", fmt::format("{} e1RM, 4 weeks before (best)", deepest->lift->name),
                               deepest->before_kg, Unit::kilograms));
    f.numbers.push_back(number("e1rm_now_kg", fmt::format("{} e1RM, since (best)", deepest->lift->name),
                               deepest->since_kg, Unit::kilograms));
    f.numbers.push_back(
        number("e1rm_change_pct", "e1RM change", deepest->change_fraction() * kPercent, Unit::percent));
    f.numbers.push_back(number("days_since_start", "days since running started",
                               static_cast<double>((c.history.range.last - start.day).count()), Unit::count));
    if (start.restart) {
        f.numbers.push_back(number("gap_days", "days without a run before it", start.gap_days, Unit::count));
        f.evidence.push_back(evidence::kBosquet2013);
    }
    f.events.push_back(FindingEvent{start.day, start.restart ? "running restarted" : "running started", {}});
    c.out.push_back(std::move(f));
}

void running_up_strength_down(Context& c) {
    const Windows& w = c.series.windows;
    if (w.early.empty() || w.late.empty() || c.running_start) return;  // the first weeks: expected_lift_dip
    const double early_run = *weeks_mean(c.series, w.early, [](const WeekPoint& p) { return p.run_m; });
    const double late_run = *weeks_mean(c.series, w.late, [](const WeekPoint& p) { return p.run_m; });
    const bool rising =
        late_run >= early_run * (1.0 + kRunningRiseFraction) && late_run - early_run >= kRunningRiseMinMetres;
    if (!rising) return;
    const LiftTrend* lift = pick_lift(
        c.series, [](const LiftTrend& l) { return *l.change_fraction <= kStrengthFallFraction; },
        [](const LiftTrend& a, const LiftTrend& b) { return *a.change_fraction < *b.change_fraction; });
    if (lift == nullptr) return;
    Finding f = new_finding(finding_id::kRunningUpStrengthDown, Severity::high);
    f.title = fmt::format("Your running rose while your {} fell", lift->name);
    f.detail =
        "The meta-analyses link strength losses to how often and how long you run; in trained lifters the loss shows "
        "when both are done together. Hold running volume steady, move hard runs away from leg days, and check "
        "energy and protein before adding more.";
    f.numbers.push_back(number("run_before_m_per_week", "running, first weeks", early_run, Unit::metres_per_week));
    f.numbers.push_back(number("run_now_m_per_week", "running, last weeks", late_run, Unit::metres_per_week));
    if (early_run > 0) {
        f.numbers.push_back(
            number("run_change_pct", "running change", (late_run - early_run) / early_run * kPercent, Unit::percent));
    }
    add_lift_numbers(f, *lift);
    c.out.push_back(std::move(f));
}

/// The balance the finding reads and the weekly loss it implies: the measured one (intake minus the measured
/// expenditure, and the weight trend itself, evidence.md §13) when the report has it, else the equations' balance at
/// science's kcal per kg.
struct EnergyBalance {
    double balance_kcal = 0;
    double implied_loss_pct = 0;
    bool measured = false;
};

EnergyBalance energy_balance(const Context& c, double weight) {
    const NutritionSummary& n = c.series.nutrition;
    if (c.expenditure != nullptr) {
        const science::ExpenditureEstimate& e = c.expenditure->estimate;
        if (const auto balance = e.balance_kcal(); balance && e.trend_kg_per_week) {
            return {*balance, -*e.trend_kg_per_week / weight * kPercent, true};
        }
    }
    return {*n.mean_balance_kcal, -*n.mean_balance_kcal * kDaysPerWeek / science::kKcalPerKgBodyMassChange / weight * kPercent,
            false};
}

void energy(Context& c) {
    const NutritionSummary& n = c.series.nutrition;
    if (static_cast<int>(n.days.size()) < kMinLoggedDays || !n.mean_balance_kcal) return;
    const double weight = c.series.body.points.empty() ? c.athlete.weight_kg : c.series.body.points.back().weight_kg;
    // Helms 2014: lose at most 1 % of body weight a week.
    const EnergyBalance balance = energy_balance(c, weight);
    const double implied_loss_pct = balance.implied_loss_pct;
    const bool steep = implied_loss_pct > kMaxLossPctPerWeek;
    std::size_t ea_days = 0;
    for (const NutritionPoint& p : n.days) ea_days += p.energy_availability ? 1U : 0U;
    const bool ea_low =
        n.mean_energy_availability &&
        (*n.mean_energy_availability < science::kEaLowKcalPerKgFfm ||
         static_cast<double>(n.low_ea_days) >= kLowEaDayShare * static_cast<double>(ea_days));
    const bool high_running = c.run_days_per_week && *c.run_days_per_week > kHighRunDaysPerWeek;
    if (!(ea_low || (steep && high_running))) return;

    Finding f = high_running ? new_finding(finding_id::kEnergyDeficitHighRunning,
                                           ea_low ? Severity::high : Severity::moderate)
                             : new_finding(finding_id::kLowEnergyAvailability, Severity::moderate);
    if (high_running) {
        f.title = ea_low ? "Low energy availability on top of a lot of running"
                         : "A steep energy deficit on top of a lot of running";
        f.detail =
            "Running burns energy your muscles need while you eat below your needs. Eat back the running, slow the "
            "cut to at most 1 % of body weight a week, or run on fewer days.";
    } else {
        f.title = "Low energy availability";
        f.detail = "What is left after training is below 30 kcal per kg of fat-free mass on many days. Eat more on "
                   "training days.";
    }
    f.numbers.push_back(number("intake_kcal", "mean intake", *n.mean_intake_kcal, Unit::kcal_per_day));
    if (balance.measured) {
        f.numbers.push_back(number("balance_kcal", "mean balance against your measured expenditure",
                                   balance.balance_kcal, Unit::kcal_per_day));
        f.numbers.push_back(number("equation_balance_kcal", "mean balance against the equations' needs",
                                   *n.mean_balance_kcal, Unit::kcal_per_day));
    } else {
        f.numbers.push_back(number("balance_kcal", "mean balance against your needs", balance.balance_kcal,
                                   Unit::kcal_per_day));
    }
    if (implied_loss_pct > 0) {
        // Signed like every other rate of change in the report: a loss reads "-1.02%/week".
        f.numbers.push_back(number("implied_change_pct_per_week",
                                   balance.measured ? "body-weight trend" : "implied body-weight change",
                                   -implied_loss_pct, Unit::percent_per_week));
    }
    if (n.mean_energy_availability) {
        f.numbers.push_back(number("energy_availability", "mean energy availability", *n.mean_energy_availability,
                                   Unit::kcal_per_kg_ffm));
        f.numbers.push_back(number("low_ea_days", "days under 30 kcal/kg FFM", static_cast<double>(n.low_ea_days),
                                   Unit::count));
    }
    f.numbers.push_back(number("logged_days", "days of food logged", static_cast<double>(n.days.size()), Unit::count));
    if (c.run_days_per_week) {
        f.numbers.push_back(number("run_days_per_week", "run days a week", *c.run_days_per_week, Unit::per_week));
    }
    c.out.push_back(std::move(f));
}

void protein(Context& c) {
    const NutritionSummary& n = c.series.nutrition;
    int days_with_protein = 0;
    for (const NutritionPoint& p : n.days) days_with_protein += p.protein_g_per_lb ? 1 : 0;
    if (days_with_protein < kMinLoggedDays || !n.mean_protein_g_per_lb) return;
    if (*n.mean_protein_g_per_lb >= kProteinFloorGPerLb) return;
    Finding f = new_finding(finding_id::kProteinLow, Severity::moderate);
    f.title = "Protein under 0.8 g per lb of body weight";
    f.detail = "Eat protein at every meal up to your daily target; the extra matters most while running more or "
               "eating less.";
    f.numbers.push_back(number("protein_g_per_lb", "mean protein", *n.mean_protein_g_per_lb, Unit::grams_per_lb));
    f.numbers.push_back(number("protein_g", "mean protein a day", *n.mean_protein_g, Unit::grams_per_day));
    f.numbers.push_back(
        number("target_g_per_lb", "your target for this phase", n.protein_target_g_per_lb, Unit::grams_per_lb));
    f.numbers.push_back(number("logged_days", "days with protein logged", days_with_protein, Unit::count));
    c.out.push_back(std::move(f));
}

void long_and_ultra(Context& c) {
    Finding ultra = new_finding(finding_id::kUltraRuns, Severity::moderate);
    ultra.title = "Ultra-distance runs";
    ultra.detail =
        "The muscle losses that studies measured come from ultra races and multi-day events: expect days to weeks of "
        "lost strength after each, and plan heavy lifting around them.";
    Finding longer = new_finding(finding_id::kLongRuns, Severity::low);
    longer.title = "Runs of two hours or more";
    longer.detail = "Strength losses grew with the length of endurance sessions. Keep long runs away from leg days.";
    double longest_ultra = 0;
    double ultra_total = 0;
    double longest_long = 0;
    for (const ActivityRecord& a : c.history.activities) {
        if (!a.is_run() || !in_range(c.history, a.day)) continue;
        const double distance = a.distance_m.value_or(0.0);
        const double minutes = a.minutes().value_or(0.0);
        FindingEvent event{a.day, a.name.empty() ? "run" : a.name,
                           {number("distance_m", "distance", distance, Unit::metres),
                            number("duration_min", "duration", minutes, Unit::minutes)}};
        if (distance > units::kMarathonMetres) {
            longest_ultra = std::max(longest_ultra, distance);
            ultra_total += distance;
            ultra.events.push_back(std::move(event));
        } else if (minutes >= kLongRunMin) {
            longest_long = std::max(longest_long, minutes);
            longer.events.push_back(std::move(event));
        }
    }
    if (!ultra.events.empty()) {
        ultra.numbers = {number("ultra_runs", "runs longer than a marathon", static_cast<double>(ultra.events.size()),
                                Unit::count),
                         number("longest_m", "longest", longest_ultra, Unit::metres),
                         number("total_m", "distance in those runs", ultra_total, Unit::metres)};
        c.out.push_back(std::move(ultra));
    }
    if (!longer.events.empty()) {
        longer.numbers = {number("long_runs", "runs of 2 h or more", static_cast<double>(longer.events.size()),
                                 Unit::count),
                          number("longest_min", "longest", longest_long, Unit::minutes)};
        c.out.push_back(std::move(longer));
    }
}

void hard_run_before_legs(Context& c) {
    const std::unordered_set<std::int64_t> heavy = heavy_leg_workouts(c.history);
    std::vector<const ActivityRecord*> hard_runs;
    std::vector<const ActivityRecord*> leg_days;
    for (const ActivityRecord& a : c.history.activities) {
        if (is_high_intensity_run(a, c.heart.max_hr_bpm)) hard_runs.push_back(&a);
        if (heavy.count(a.id) > 0 && in_range(c.history, a.day)) leg_days.push_back(&a);
    }
    if (leg_days.empty() || hard_runs.empty()) return;
    Finding f = new_finding(finding_id::kHardRunBeforeLegs, Severity::moderate);
    f.title = "Hard runs in the 24 hours before heavy leg sessions";
    f.detail = "Leg strength gains were smaller when hard endurance work came right before lifting. Put hard runs "
               "after leg day, or at least 6-24 h before it, and never in the same session.";
    double shortest = kHardRunWindowHours;
    int same_session = 0;
    for (const ActivityRecord* lift : leg_days) {
        for (const ActivityRecord* run : hard_runs) {
            if (run->start_utc >= lift->start_utc) continue;
            const double gap_h = std::max(
                0.0, std::chrono::duration<double>(lift->start_utc - run->end_utc()).count() / kSecondsPerHour);
            if (gap_h > kHardRunWindowHours) continue;
            shortest = std::min(shortest, gap_h);
            if (gap_h < kSameSessionHours) ++same_session;
            f.events.push_back({lift->day, lift->name.empty() ? "leg session" : lift->name,
                                {number("gap_h", "hours after the hard run", gap_h, Unit::hours)}});
        }
    }
    if (f.events.empty()) return;
    f.numbers = {number("occurrences", "hard runs within 24 h before leg day", static_cast<double>(f.events.size()),
                        Unit::count),
                 number("leg_sessions", "heavy leg sessions", static_cast<double>(leg_days.size()), Unit::count),
                 number("shortest_gap_h", "shortest gap", shortest, Unit::hours),
                 number("under_3h", "within 3 h (same session)", same_session, Unit::count)};
    c.out.push_back(std::move(f));
}

/// The uncoupled ACWR of the last complete week (a partial week's load would read as a fall).
std::optional<double> latest_acwr(const Series& series) {
    for (auto w = series.weeks.rbegin(); w != series.weeks.rend(); ++w) {
        if (w->complete && w->acwr_uncoupled) return w->acwr_uncoupled;
    }
    return std::nullopt;
}

void add_acwr_context(Finding& f, const Series& series) {
    if (const auto acwr = latest_acwr(series)) {
        f.numbers.push_back(number("acwr_context", "acute:chronic ratio (context only)", *acwr, Unit::ratio));
        f.evidence.push_back(ev::kImpellizzeri2021);
    }
}

void run_spike(Context& c) {
    std::vector<const ActivityRecord*> runs;
    for (const ActivityRecord& a : c.history.activities) {
        if (a.is_run() && a.distance_m && *a.distance_m > 0) runs.push_back(&a);
    }
    Finding f = new_finding(finding_id::kRunSpike, Severity::moderate);
    f.title = "Runs more than 10 % longer than your longest of the previous 30 days";
    f.detail = "A single run well beyond your recent longest is the strongest injury signal in runners. Grow the "
               "longest run by at most 10 % at a time.";
    double largest_pct = 0;
    double worst_ratio = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const ActivityRecord& run = *runs[i];
        if (!in_range(c.history, run.day)) continue;
        double longest = 0;
        for (std::size_t j = 0; j < i; ++j) {
            if (runs[j]->start_utc >= run.start_utc - days{kSpikeLookbackDays}) {
                longest = std::max(longest, *runs[j]->distance_m);
            }
        }
        const science::RunSpikeBand band = science::classify_run_spike(*run.distance_m, longest);
        if (band == science::RunSpikeBand::none) continue;
        const double pct = (*run.distance_m / longest - 1.0) * kPercent;
        const double ratio = *science::run_spike_hazard_ratio(band);
        largest_pct = std::max(largest_pct, pct);
        worst_ratio = std::max(worst_ratio, ratio);
        f.events.push_back({run.day, run.name.empty() ? "run" : run.name,
                            {number("distance_m", "distance", *run.distance_m, Unit::metres),
                             number("previous_longest_m", "longest of the previous 30 days", longest, Unit::metres),
                             number("increase_pct", "longer by", pct, Unit::percent),
                             number("hazard_ratio", "injury hazard rate ratio", ratio, Unit::hazard_ratio)}});
    }
    if (f.events.empty()) return;
    f.numbers = {number("spikes", "runs over 110 % of the 30-day longest", static_cast<double>(f.events.size()),
                        Unit::count),
                 number("largest_increase_pct", "largest jump", largest_pct, Unit::percent),
                 number("hazard_ratio", "highest hazard rate ratio of those bands", worst_ratio, Unit::hazard_ratio)};
    add_acwr_context(f, c.series);
    c.out.push_back(std::move(f));
}

void weekly_ramp(Context& c) {
    Finding f = new_finding(finding_id::kWeeklyRamp, Severity::moderate);
    f.title = "Running up more than 30 % over two weeks";
    f.detail = "Novice runners who added more than 30 % over two weeks had more distance-related injuries. The 10 % "
               "weekly rule is convention, not evidence; staying under 30 % per two weeks is.";
    double largest = 0;
    for (const WeekPoint& week : c.series.weeks) {
        if (!week.ramp_two_weeks || *week.ramp_two_weeks <= science::kNielsenRampLimit) continue;
        if (week.start > c.history.range.last) continue;
        largest = std::max(largest, *week.ramp_two_weeks);
        f.events.push_back({week.start, "week",
                            {number("before_m", "two weeks before", week.run_m_two_weeks_before, Unit::metres),
                             number("now_m", "these two weeks", week.run_m_last_two_weeks, Unit::metres),
                             number("ramp_pct", "increase", *week.ramp_two_weeks * kPercent, Unit::percent)}});
    }
    if (f.events.empty()) return;
    f.numbers = {number("weeks", "weeks over +30 %", static_cast<double>(f.events.size()), Unit::count),
                 number("largest_ramp_pct", "largest two-week increase", largest * kPercent, Unit::percent)};
    add_acwr_context(f, c.series);
    c.out.push_back(std::move(f));
}

void training_load(Context& c) {
    if (c.series.days.empty()) return;
    const bool any = std::any_of(c.series.days.begin(), c.series.days.end(),
                                 [](const DayPoint& d) { return d.trimp > 0; });
    if (!any) return;
    const DayPoint& last = c.series.days.back();
    Finding f = new_finding(finding_id::kTrainingLoad, Severity::info);
    f.title = "Fitness, fatigue and form";
    f.detail = "Heart-rate load (TRIMP) as 42-day fitness and 7-day fatigue. The acute:chronic ratio is shown for "
               "context only: the evidence doubts it predicts injury.";
    f.numbers = {number("ctl", "fitness (CTL)", last.ctl, Unit::trimp), number("atl", "fatigue (ATL)", last.atl, Unit::trimp),
                 number("tsb", "form (TSB)", last.tsb, Unit::trimp)};
    for (auto w = c.series.weeks.rbegin(); w != c.series.weeks.rend(); ++w) {
        if (!w->complete || !w->monotony) continue;
        f.numbers.push_back(number("monotony", "monotony, last full week", *w->monotony, Unit::ratio));
        f.numbers.push_back(number("strain", "strain, last full week", *w->strain, Unit::trimp));
        break;
    }
    add_acwr_context(f, c.series);
    c.out.push_back(std::move(f));
}

void sleep(Context& c) {
    const SleepSummary& s = c.series.sleep;
    if (static_cast<int>(s.nights.size()) < kMinLoggedDays || !s.mean_h) return;
    Finding f;
    if (*s.mean_h < kMinSleepHours) {
        f = new_finding(finding_id::kSleepShort, Severity::moderate);
        f.title = "Sleep under 7 hours";
        f.detail = "Adults need at least 7 h; one sleepless night already cut muscle protein synthesis. Guard your "
                   "sleep before adding training.";
    } else if (*s.mean_h < s.target_h - kSleepTargetToleranceH) {
        f = new_finding(finding_id::kSleepBelowTarget, Severity::low);
        f.title = "Sleep below your own target";
        f.detail = "Above the 7-h minimum, but short of the target you set.";
    } else {
        return;
    }
    f.numbers = {number("mean_h", "mean sleep", *s.mean_h, Unit::hours),
                 number("nights_under_7h", "nights under 7 h", s.nights_under_7h, Unit::count),
                 number("nights", "nights logged", static_cast<double>(s.nights.size()), Unit::count),
                 number("target_h", "your target", s.target_h, Unit::hours)};
    c.out.push_back(std::move(f));
}

void rapid_weight_loss(Context& c) {
    const BodyTrend& b = c.series.body;
    if (b.points.size() < 2 || !b.rate_pct_per_week) return;
    if ((b.points.back().day - b.points.front().day).count() < kMinBodySpanDays) return;
    if (*b.rate_pct_per_week >= -kMaxLossPctPerWeek) return;
    Finding f = new_finding(finding_id::kRapidWeightLoss, Severity::moderate);
    f.title = "Losing weight faster than 1 % a week";
    f.detail = "Faster losses cost more muscle. Slow the cut to 0.5-1 % of body weight a week.";
    f.numbers = {number("rate_pct_per_week", "weight change", *b.rate_pct_per_week, Unit::percent_per_week),
                 number("rate_kg_per_week", "weight change", *b.rate_kg_per_week, Unit::kilograms_per_week)};
    if (b.lean_change_kg) {
        f.numbers.push_back(number("lean_change_kg", "lean mass change", *b.lean_change_kg, Unit::kilograms));
    }
    c.out.push_back(std::move(f));
}

void guidelines(Context& c) {
    if (c.complete.empty()) return;
    // Nothing logged in the range says nothing about how active the athlete was: no finding either way.
    const bool logged = std::any_of(c.history.activities.begin(), c.history.activities.end(),
                                    [&](const ActivityRecord& a) { return in_range(c.history, a.day); });
    if (!logged) return;
    const double minutes = *weeks_mean(c.series, c.complete, [](const WeekPoint& w) { return w.moderate_equivalent_min; });
    const double strength = *weeks_mean(c.series, c.complete, [](const WeekPoint& w) { return w.strength_days; });
    int aerobic_weeks = 0;
    int strength_weeks = 0;
    for (const std::size_t w : c.complete) {
        aerobic_weeks += c.series.weeks[w].meets_aerobic ? 1 : 0;
        strength_weeks += c.series.weeks[w].meets_strength ? 1 : 0;
    }
    const bool met = science::meets_aerobic_guideline(minutes) &&
                     science::meets_strength_guideline(static_cast<int>(std::floor(strength)));
    Finding f = new_finding(finding_id::kActivityGuidelines, met ? Severity::positive : Severity::low);
    f.title = met ? "You meet the Physical Activity Guidelines" : "Below the Physical Activity Guidelines";
    f.detail = met ? "At least 150 moderate-equivalent minutes of aerobic activity and 2 strength days a week, on "
                     "average."
                   : "Aim for 150 moderate-equivalent minutes a week (a vigorous minute counts double) and 2 "
                     "strength days.";
    f.numbers = {number("moderate_equivalent_min", "moderate-equivalent minutes a week", minutes, Unit::minutes_per_week),
                 number("aerobic_weeks_met", "weeks meeting the aerobic guideline", aerobic_weeks, Unit::count),
                 number("strength_days", "strength days a week", strength, Unit::per_week),
                 number("strength_weeks_met", "weeks meeting the strength guideline", strength_weeks, Unit::count),
                 number("weeks", "full weeks", static_cast<double>(c.complete.size()), Unit::count)};
    c.out.push_back(std::move(f));
}

void strength_rising(Context& c) {
    const LiftTrend* lift = pick_lift(
        c.series, [](const LiftTrend& l) { return *l.change_fraction >= kStrengthRiseFraction; },
        [](const LiftTrend& a, const LiftTrend& b) { return a.sessions.size() > b.sessions.size(); });
    if (lift == nullptr) return;
    Finding f = new_finding(finding_id::kStrengthRising, Severity::positive);
    f.title = fmt::format("Your {} is rising while you run", lift->name);
    f.detail = "Concurrent training did not reduce maximal strength or muscle size on average, as long as lifting and "
               "running stay in separate sessions.";
    add_lift_numbers(f, *lift);
    f.numbers.push_back(number("records", "e1RM records in this period", lift->records, Unit::count));
    c.out.push_back(std::move(f));
}

void sprint_intervals(Context& c) {
    if (c.complete.empty()) return;
    const double per_week = *weeks_mean(c.series, c.complete, [](const WeekPoint& w) { return w.high_intensity_runs; });
    if (per_week < kSprintSessionsPerWeek) return;
    // The athlete's own lean mass falling contradicts the good news; the other findings say why.
    if (c.series.body.lean_change_kg && *c.series.body.lean_change_kg < 0) return;
    Finding f = new_finding(finding_id::kSprintIntervals, Severity::positive);
    f.title = "Your high-intensity running is the kind linked to fat loss with lean mass kept";
    f.detail = "Six weeks of sprint intervals cut fat mass and slightly raised fat-free mass in young women (a small "
               "study without a control group, fat-free mass by plethysmography).";
    f.numbers.push_back(number("sessions_per_week", "high-intensity runs a week", per_week, Unit::per_week));
    if (c.series.body.lean_change_kg) {
        f.numbers.push_back(
            number("lean_change_kg", "your lean mass change", *c.series.body.lean_change_kg, Unit::kilograms));
    }
    c.out.push_back(std::move(f));
}

void running_bone(Context& c) {
    if (c.complete.empty()) return;
    const double run_days = *weeks_mean(c.series, c.complete, [](const WeekPoint& w) { return w.run_days; });
    if (run_days < kBoneRunDaysPerWeek) return;
    Finding f = new_finding(finding_id::kRunningBone, Severity::positive);
    f.title = "Running three or more days a week is good for your bones";
    f.detail = "Interval running three days a week raised bone density; the benefit came from fast, intermittent "
               "running: endurance runners' hips were no denser than non-runners'.";
    f.numbers = {number("run_days_per_week", "run days a week", run_days, Unit::per_week)};
    c.out.push_back(std::move(f));
}

}  // namespace

const char* to_string(Severity severity) {
    switch (severity) {
        case Severity::high: return "high";
        case Severity::moderate: return "moderate";
        case Severity::low: return "low";
        case Severity::info: return "info";
        case Severity::positive: return "positive";
    }
    return "info";
}

const char* to_string(Unit unit) {
    switch (unit) {
        case Unit::metres: return "m";
        case Unit::metres_per_week: return "m/week";
        case Unit::kilograms: return "kg";
        case Unit::kilograms_per_week: return "kg/week";
        case Unit::minutes: return "min";
        case Unit::minutes_per_week: return "min/week";
        case Unit::hours: return "h";
        case Unit::percent: return "%";
        case Unit::percent_per_week: return "%/week";
        case Unit::count: return "count";
        case Unit::per_week: return "per week";
        case Unit::ratio: return "ratio";
        case Unit::kcal_per_day: return "kcal/day";
        case Unit::grams_per_day: return "g/day";
        case Unit::grams_per_lb: return "g/lb";
        case Unit::kcal_per_kg_ffm: return "kcal/kg FFM/day";
        case Unit::trimp: return "TRIMP";
        case Unit::hazard_ratio: return "hazard ratio";
    }
    return "";
}

std::span<const FindingSpec> finding_catalog() { return spec::kCatalog; }

std::vector<std::string_view> all_finding_ids() {
    std::vector<std::string_view> ids;
    for (const FindingSpec& spec : spec::kCatalog) ids.push_back(spec.id);
    return ids;
}

std::vector<Finding> find_findings(const History& history, const Series& series, const domain::Athlete& athlete,
                                   const science::HeartRateProfile& heart, const MeasuredExpenditure* expenditure) {
    std::vector<Finding> findings;
    Context c{history, series, athlete, heart, complete_weeks(series), std::nullopt, std::nullopt, expenditure, findings};
    const std::vector<std::size_t>& basis = series.windows.late.empty() ? c.complete : series.windows.late;
    c.run_days_per_week = weeks_mean(series, basis, [](const WeekPoint& w) { return w.run_days; });
    c.running_start = recent_running_start(history, kLiftDipWatchDays);

#define IRONSTRIDE_FINDING_RULE(evaluator) evaluator(c);
#define IRONSTRIDE_FINDING(constant, id, severities, cites)
#include "ironstride/analysis/findings.def"
#undef IRONSTRIDE_FINDING
#undef IRONSTRIDE_FINDING_RULE

    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    return findings;
}

}  // namespace ironstride::analysis
