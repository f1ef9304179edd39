#include "ironstride/app/verdict.hpp"

#include <chrono>

#include <fmt/format.h>

#include "ironstride/app/detail/athlete_history.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

domain::DayRange report_range(const VerdictRequest& request) {
    const units::CivilDay to = request.to.value_or(request.today);
    const units::CivilDay from = request.from.value_or(to - std::chrono::days{kDefaultReportDays - 1});
    if (from > to) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("--from {} is after --to {}", units::format_iso_date(from),
                                           units::format_iso_date(to))).with_hint("give the first day before the last");
    }
    return {from, to};
}

}  // namespace

analysis::VerdictReport verdict(StoreHandle& handle, domain::AthleteId athlete, const VerdictRequest& request) {
    const domain::DayRange range = report_range(request);
    const domain::Athlete profile = profile::load_profile(request.profile_path, request.today);
    const science::HeartRateProfile heart = science::heart_rate_profile(profile, request.today);
    store::Store& store = handle.get();
    const std::size_t computed = detail::refresh_metrics(store, athlete, heart, request.recompute);
    const analysis::History history = [&] {
        const auto snapshot = store.read(athlete);
        return detail::load_history(*snapshot, range, heart);
    }();
    analysis::VerdictReport report = analysis::build_verdict(history, profile, heart, request.today);
    report.metrics_computed = computed;
    return report;
}

}  // namespace ironstride::app
