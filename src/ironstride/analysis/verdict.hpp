#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/analysis/activity_metrics.hpp"
#include "ironstride/analysis/findings.hpp"
#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/expenditure.hpp"
#include "ironstride/analysis/series.hpp"
#include "ironstride/analysis/training_load.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/day_range.hpp"
#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

/// The one-sentence answer to "does my running kill my muscle gains?", as a polarity plus the numbers the sentence
/// quotes (report/verdict_answer.hpp writes the sentence in the athlete's units).
enum class Verdict {
    hurting,          ///< running rose while a main lift fell (finding running_up_strength_down)
    at_risk,          ///< no measured loss, but a high or moderate finding puts gains at risk
    not_hurting,      ///< no such finding
    not_enough_data,  ///< nothing to judge by: no training in the range, or runs but no main-lift sessions
};

[[nodiscard]] const char* to_string(Verdict verdict);

struct Answer {
    Verdict verdict = Verdict::not_enough_data;
    std::string reason;  ///< the finding id that decided it, or what data is missing ("no_training", "no_lifts")
    std::string lead_title;  ///< at_risk: the most serious finding's title
    /// The lift the sentence speaks of (the falling one, else the rising lower-body one, else the most trained).
    std::optional<std::string> lift_name;
    std::optional<double> lift_before_kg;
    std::optional<double> lift_now_kg;
    std::optional<double> lift_change_pct;
    std::optional<double> run_before_m_per_week;  ///< first window
    std::optional<double> run_now_m_per_week;     ///< last window
    std::optional<double> run_mean_m_per_week;    ///< all full weeks of the range
};

/// One activity of the range with its per-activity metrics (issue 5, part 1).
struct ActivityRow {
    std::int64_t id = 0;
    units::CivilDay day{};
    units::Instant start_utc{};
    domain::Sport sport = domain::Sport::other;
    std::string name;
    std::optional<double> elapsed_s;
    std::optional<double> moving_s;
    std::optional<double> distance_m;
    std::optional<double> speed_mps;  ///< pace = 1 / speed
    std::optional<double> ascent_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::optional<std::array<double, 5>> time_in_zone_s;
    std::optional<double> trimp;
    std::optional<double> hr_tss;
    std::optional<double> srpe_load;
    std::optional<SessionLoad> load;  ///< the session's AU in the common load model (analysis/training_load.hpp)
    bool high_intensity = false;
};

/// The verdict report (STYLE habit 12): the model that report/verdict_text, verdict_json and html_report render.
struct VerdictReport {
    std::string athlete_name;
    units::CivilDay generated_on{};
    domain::DayRange range;
    domain::UnitSystem units = domain::UnitSystem::metric;  ///< the profile's display units
    double max_hr_bpm = 0;
    std::string max_hr_source;
    std::optional<double> resting_hr_bpm;
    std::string zone_model;  ///< science::to_string(ZoneModel) of the cached zone times
    Answer answer;
    std::vector<Finding> findings;  ///< most serious first
    Series series;
    /// The athlete's measured daily expenditure over the last 8 weeks of the range (analysis/expenditure.hpp), or
    /// the equations' with the reason.
    MeasuredExpenditure expenditure;
    std::vector<ActivityRow> activities;  ///< the range's activities, by start time
    std::size_t metrics_computed = 0;     ///< activities whose metrics this run computed and cached (the use case's)
};

/// Decides the answer from the findings and series (see Verdict).
[[nodiscard]] Answer decide_answer(const History& history, const Series& series, const std::vector<Finding>& findings);

/// Builds the report from a loaded history: series, findings, answer, activity rows. Pure.
[[nodiscard]] VerdictReport build_verdict(const History& history, const domain::Athlete& athlete,
                                          const science::HeartRateProfile& heart, units::CivilDay today);

}  // namespace ironstride::analysis
