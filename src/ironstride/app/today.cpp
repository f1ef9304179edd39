#include "ironstride/app/today.hpp"

#include <algorithm>
#include <chrono>

#include "ironstride/analysis/expenditure.hpp"
#include "ironstride/analysis/series.hpp"
#include "ironstride/app/detail/athlete_history.hpp"
#include "ironstride/planner/measured_body.hpp"
#include "ironstride/profile/profile_loader.hpp"

namespace ironstride::app {

planner::TodayReport today(StoreHandle& handle, domain::AthleteId athlete, const TodayRequest& request) {
    const units::CivilDay day = request.day.value_or(request.today);
    const domain::Athlete profile = profile::load_profile(request.profile_path, request.today);
    const science::HeartRateProfile heart = science::heart_rate_profile(profile, day);
    store::Store& store = handle.get();
    detail::refresh_metrics(store, athlete, heart);
    const analysis::History history = [&] {
        const auto snapshot = store.read(athlete);
        // The readiness baselines' days, or the measured expenditure's window when longer.
        const domain::DayRange range{std::min(day - std::chrono::days{planner::kTodayBaselineDays},
                                              detail::expenditure_days(day).first),
                                     day};
        return detail::load_history(*snapshot, range, heart);
    }();
    const analysis::Series series = analysis::build_series(history, profile, heart.max_hr_bpm);
    const planner::BodyUsed body = planner::body_used(profile, history.body, day);
    const planner::EnergyUsed energy =
        planner::energy_used(analysis::measured_expenditure(series.nutrition, series.body, profile, day));
    planner::TodayReport report =
        planner::build_today(planner::with_body(profile, body), day, history, series, energy);
    report.body = body;
    report.notes.push_back(planner::body_note(body, profile));
    report.notes.push_back(planner::energy_note(energy));
    return report;
}

}  // namespace ironstride::app
