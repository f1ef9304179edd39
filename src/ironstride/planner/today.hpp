#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ironstride/analysis/evidence.hpp"
#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/readiness.hpp"
#include "ironstride/analysis/series.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/measured_body.hpp"
#include "ironstride/planner/measured_energy.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/science/day_nutrition.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner {

/// One of today's planned sessions and what readiness made of it.
struct TodaySession {
    PlannedSession planned;
    /// The session to do instead, when readiness changed it (a hard run becomes Zone 2 when amber; any run becomes
    /// rest when red). Lifting sessions are never moved or removed (the planner's rule); red adds a note instead.
    std::optional<PlannedSession> adapted;
    std::string reason;  ///< why it was changed, or empty
    std::vector<analysis::EvidenceRef> evidence;
};

/// The model of `ironstride today` (report/today_text and today_json render it).
struct TodayReport {
    std::string athlete_name;
    units::CivilDay day{};
    domain::UnitSystem units = domain::UnitSystem::metric;
    analysis::ReadinessAssessment readiness;
    analysis::DayPoint form;  ///< load state at the end of yesterday: CTL, ATL, TSB
    std::vector<TodaySession> sessions;  ///< today's plan (one `rest` session on a rest day)
    /// Food targets for the sessions actually to be done (adapted ones where readiness changed them).
    science::DayNutrition nutrition;
    double sleep_target_h = 0;
    std::vector<std::string> notes;
    BodyUsed body;  ///< the weight the food targets were sized from, set by the use case
    EnergyUsed expenditure;  ///< what sized the calories (the day's need moves by its offset when measured)
};

/// Builds the day's report: readiness from the check-ins and form, today's session from make_plan starting
/// on the Monday of `day`'s ISO week (one week, or up to the profile's show or race date when it lies ahead, at most
/// 52 weeks, so the week keeps its phase), adapted to readiness, and the day's food and sleep targets. `series` must cover `day` (its last day), `history` the kTodayBaselineDays before
/// it. The food's need moves by the measured `expenditure`'s offset (planner/measured_energy.hpp).
[[nodiscard]] TodayReport build_today(const domain::Athlete& athlete, units::CivilDay day,
                                      const analysis::History& history, const analysis::Series& series,
                                      const EnergyUsed& expenditure = {});

/// Days of check-ins behind the readiness baselines (analysis/readiness.hpp): what a history for `today` covers.
inline constexpr int kTodayBaselineDays = 28;

}  // namespace ironstride::planner
