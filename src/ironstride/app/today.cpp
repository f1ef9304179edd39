#include "ironstride/app/today.hpp"

#include <algorithm>
#include <chrono>

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
    const detail::FoodBasis food = detail::food_basis(history, series, profile, day);
    planner::TodayReport report =
        planner::build_today(planner::with_body(profile, food.body), day, history, series, food.energy);
    report.body = food.body;
    report.notes.push_back(planner::body_note(food.body, profile));
    report.notes.push_back(planner::energy_note(food.energy));
    return report;
}

}  // namespace ironstride::app
