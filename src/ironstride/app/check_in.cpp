#include "ironstride/app/check_in.hpp"

#include <fmt/format.h>

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

constexpr int kMinSoreness = 1;
constexpr int kMaxSoreness = 10;

domain::CheckIn validated_checkin(const CheckinRequest& request) {
    const units::CivilDay day = request.day.value_or(request.today);
    if (day > request.today) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("--date {} is in the future (today is {})", units::format_iso_date(day),
                                           units::format_iso_date(request.today))).with_hint("check in for today or an earlier day");
    }
    if (request.soreness < kMinSoreness || request.soreness > kMaxSoreness) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("soreness must be 1 to 10, got {}", request.soreness)).with_hint("1 = no soreness, 10 = severe");
    }
    return {day, request.sleep_h, request.soreness, request.resting_hr_bpm, request.hrv_ms, request.rpe};
}

}  // namespace

CheckinResult check_in(StoreHandle& store, domain::AthleteId athlete, const CheckinRequest& request) {
    CheckinResult result;
    result.checkin = validated_checkin(request);
    if (request.profile_path) result.sleep_target_h = profile::load_profile(*request.profile_path, request.today).sleep_target_h;
    const auto unit = store.get().write(athlete);
    result.replaced = unit->checkins().get(result.checkin.day).has_value();
    unit->checkins().upsert(result.checkin);
    unit->commit();
    return result;
}

}  // namespace ironstride::app
