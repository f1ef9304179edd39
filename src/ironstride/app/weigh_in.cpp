#include "ironstride/app/weigh_in.hpp"

#include <array>

#include <fmt/format.h>

#include "ironstride/profile/schema.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

/// The profile's range for the same value, so a weigh-in the profile would refuse is refused here too.
void check_range(const profile::NumberSpec& spec, double value) {
    if (value >= spec.min && value <= spec.max) return;
    throw util::Error(util::ErrorCode::usage_out_of_range,
                      fmt::format("must be {:g} to {:g} {}, got {:g}", spec.min, spec.max, spec.unit, value))
        .with_subject(std::string(spec.key))
        .with_found(fmt::format("{:g}", value))
        .with_allowed(fmt::format("{:g}–{:g} {}", spec.min, spec.max, spec.unit))
        .with_hint("check the reading: weight in kg (--weight-lb for pounds), body fat in % of body weight");
}

domain::BodyEntry validated_entry(const WeighInRequest& request) {
    const units::CivilDay day = request.day.value_or(request.today);
    if (day > request.today) {
        throw util::Error(util::ErrorCode::usage_out_of_range,
                          fmt::format("the weigh-in's day {} is in the future (today is {})",
                                      units::format_iso_date(day), units::format_iso_date(request.today)))
            .with_hint("weigh in for today or an earlier day");
    }
    check_range(profile::kWeightKgSpec, request.weight_kg);
    if (request.body_fat_pct) check_range(profile::kBodyFatSpec, *request.body_fat_pct);
    return {day, request.weight_kg, request.body_fat_pct, std::nullopt};
}

}  // namespace

WeighInResult weigh_in(StoreHandle& store, domain::AthleteId athlete, const WeighInRequest& request) {
    WeighInResult result;
    result.entry = validated_entry(request);
    const auto unit = store.get().write(athlete);
    const std::array entries{result.entry};
    unit->daily_logs().upsert_body(entries, std::nullopt);  // typed in: no import file
    unit->commit();
    return result;
}

}  // namespace ironstride::app
