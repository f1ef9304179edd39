#include "ironstride/app/check_in.hpp"

#include <fmt/format.h>

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

void check_limit(std::string_view what, double value, double low, double high) {
    if (value >= low && value <= high) return;
    throw util::Error(util::ErrorCode::usage_out_of_range,
                      fmt::format("must be {:g} to {:g}, got {:g}", low, high, value))
        .with_subject(std::string(what))
        .with_found(fmt::format("{:g}", value))
        .with_allowed(fmt::format("{:g}–{:g}", low, high));
}

domain::CheckIn validated_checkin(const CheckinRequest& request) {
    const units::CivilDay day = request.day.value_or(request.today);
    if (day > request.today) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("--date {} is in the future (today is {})", units::format_iso_date(day),
                                           units::format_iso_date(request.today))).with_hint("check in for today or an earlier day");
    }
    if (request.soreness < kMinSoreness || request.soreness > kMaxSoreness) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("soreness must be 1 to 10, got {}", request.soreness)).with_hint("1 = no soreness, 10 = severe");
    }
    check_limit("sleep_h", request.sleep_h, 0.0, kMaxSleepH);
    if (request.resting_hr_bpm) check_limit("resting_hr_bpm", *request.resting_hr_bpm, kMinRestingHr, kMaxRestingHr);
    if (request.hrv_ms) check_limit("hrv_ms", *request.hrv_ms, kMinHrvMs, kMaxHrvMs);
    if (request.rpe) check_limit("rpe", *request.rpe, 0.0, kMaxRpe);
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
