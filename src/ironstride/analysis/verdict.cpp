#include "ironstride/analysis/verdict.hpp"

#include <algorithm>

#include "ironstride/analysis/detail/statistics.hpp"

namespace ironstride::analysis {

namespace {

constexpr double kPercent = 100.0;

std::optional<double> mean_run(const Series& series, const std::vector<std::size_t>& weeks) {
    std::vector<double> values;
    for (const std::size_t w : weeks) values.push_back(series.weeks[w].run_m);
    return detail::mean(values);
}

/// Lower-body lifts first; among equals, `better`.
template <typename Better>
const LiftTrend* choose(const Series& series, bool (*qualifies)(const LiftTrend&), Better better) {
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

void set_lift(Answer& answer, const LiftTrend& lift) {
    answer.lift_name = lift.name;
    answer.lift_before_kg = lift.early_best_kg;
    answer.lift_now_kg = lift.late_best_kg;
    if (lift.change_fraction) answer.lift_change_pct = *lift.change_fraction * kPercent;
}

bool has(const std::vector<Finding>& findings, std::string_view id) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
}

}  // namespace

const char* to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::hurting: return "hurting";
        case Verdict::at_risk: return "at_risk";
        case Verdict::not_hurting: return "not_hurting";
        case Verdict::not_enough_data: return "not_enough_data";
    }
    return "not_enough_data";
}

Answer decide_answer(const History& history, const Series& series, const std::vector<Finding>& findings) {
    Answer answer;
    answer.run_before_m_per_week = mean_run(series, series.windows.early);
    answer.run_now_m_per_week = mean_run(series, series.windows.late);
    std::vector<std::size_t> complete;
    for (std::size_t w = 0; w < series.weeks.size(); ++w) {
        if (series.weeks[w].complete) complete.push_back(w);
    }
    answer.run_mean_m_per_week = mean_run(series, complete);

    const bool trained = std::any_of(history.activities.begin(), history.activities.end(), [&](const ActivityRecord& a) {
        return a.day >= history.range.first;
    });
    const bool ran = std::any_of(history.activities.begin(), history.activities.end(), [&](const ActivityRecord& a) {
        return a.day >= history.range.first && a.is_run();
    });
    if (!trained) {
        answer.verdict = Verdict::not_enough_data;
        answer.reason = "no_training";
        return answer;
    }
    if (has(findings, finding_id::kRunningUpStrengthDown)) {
        answer.verdict = Verdict::hurting;
        answer.reason = finding_id::kRunningUpStrengthDown;
        const LiftTrend* falling = choose(
            series, [](const LiftTrend& l) { return *l.change_fraction <= kStrengthFallFraction; },
            [](const LiftTrend& a, const LiftTrend& b) { return *a.change_fraction < *b.change_fraction; });
        if (falling != nullptr) set_lift(answer, *falling);
        return answer;
    }
    const LiftTrend* shown = choose(
        series, [](const LiftTrend&) { return true; },
        [](const LiftTrend& a, const LiftTrend& b) { return a.sessions.size() > b.sessions.size(); });
    if (shown != nullptr) set_lift(answer, *shown);

    const auto serious = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.severity == Severity::high || f.severity == Severity::moderate;
    });
    if (serious != findings.end()) {
        answer.verdict = Verdict::at_risk;
        answer.reason = serious->id;
        answer.lead_title = serious->title;
        return answer;
    }
    if (!ran) {
        answer.verdict = Verdict::not_hurting;
        answer.reason = "no_running";
        return answer;
    }
    if (shown == nullptr) {
        answer.verdict = Verdict::not_enough_data;
        answer.reason = "no_lifts";
        return answer;
    }
    answer.verdict = Verdict::not_hurting;
    answer.reason = has(findings, finding_id::kExpectedLiftDip)   ? std::string(finding_id::kExpectedLiftDip)
                    : has(findings, finding_id::kStrengthRising) ? std::string(finding_id::kStrengthRising)
                                                                  : std::string("no_warning");
    return answer;
}

VerdictReport build_verdict(const History& history, const domain::Athlete& athlete,
                            const science::HeartRateProfile& heart, units::CivilDay today) {
    VerdictReport report;
    report.athlete_name = athlete.name;
    report.generated_on = today;
    report.range = history.range;
    report.units = athlete.units;
    report.max_hr_bpm = heart.max_hr_bpm;
    report.max_hr_source = std::string(heart.max_hr_source);
    report.resting_hr_bpm = heart.resting_hr_bpm;
    report.zone_model = science::to_string(heart.zones.model);
    report.series = build_series(history, athlete, heart.max_hr_bpm);
    report.expenditure = measured_expenditure(report.series.nutrition, report.series.body, athlete, history.range.last);
    report.findings = find_findings(history, report.series, athlete, heart, &report.expenditure);
    report.answer = decide_answer(history, report.series, report.findings);
    for (const ActivityRecord& a : history.activities) {
        if (a.day < history.range.first) continue;
        ActivityRow row;
        row.id = a.id;
        row.day = a.day;
        row.start_utc = a.start_utc;
        row.sport = a.sport;
        row.name = a.name;
        row.elapsed_s = a.elapsed_s;
        row.moving_s = a.timer_s;
        row.distance_m = a.distance_m;
        row.speed_mps = a.speed_mps();
        row.ascent_m = a.ascent_m;
        row.avg_hr_bpm = a.avg_hr_bpm;
        row.max_hr_bpm = a.max_hr_bpm;
        if (a.metrics) {
            row.time_in_zone_s = a.metrics->time_in_zone_s;
            row.trimp = a.metrics->trimp;
            row.hr_tss = a.metrics->hr_tss;
            row.srpe_load = a.metrics->srpe_load;
        }
        if (const auto load = report.series.training.by_activity.find(a.id);
            load != report.series.training.by_activity.end()) {
            row.load = load->second;
        }
        row.high_intensity = is_high_intensity_run(a, heart.max_hr_bpm);
        report.activities.push_back(std::move(row));
    }
    return report;
}

}  // namespace ironstride::analysis
