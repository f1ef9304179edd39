#include "ironstride/report/food_source_json.hpp"

#include <cmath>
#include <optional>

namespace ironstride::report {

namespace {

using nlohmann::json;

json day_or_null(const std::optional<units::CivilDay>& day) {
    return day ? json(units::format_iso_date(*day)) : json(nullptr);
}

json whole_or_null(const std::optional<double>& kcal) { return kcal ? json(std::lround(*kcal)) : json(nullptr); }

}  // namespace

json body_used_json(const planner::BodyUsed& body) {
    return {{"weight_kg", std::round(body.weight_kg * 10.0) / 10.0},
            {"weight_source", body.weight_source},
            {"body_fat_pct", body.body_fat_pct ? json(*body.body_fat_pct) : json(nullptr)},
            {"weigh_ins", body.weigh_ins},
            {"from", day_or_null(body.from)},
            {"to", day_or_null(body.to)}};
}

json energy_used_json(const planner::EnergyUsed& energy) {
    return {{"source", energy.source},
            {"estimated_kcal", whole_or_null(energy.estimated_kcal)},
            {"low_kcal", whole_or_null(energy.low_kcal)},
            {"high_kcal", whole_or_null(energy.high_kcal)},
            {"equation_kcal", whole_or_null(energy.equation_kcal)},
            {"offset_kcal", std::lround(energy.offset_kcal)},
            {"days_used", energy.days_used},
            {"from", day_or_null(energy.from)},
            {"to", day_or_null(energy.to)},
            {"reason", energy.reason}};
}

}  // namespace ironstride::report
