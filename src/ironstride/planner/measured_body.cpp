#include "ironstride/planner/measured_body.hpp"

#include <chrono>
#include <vector>

#include <fmt/format.h>

#include "ironstride/science/adaptive_expenditure.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::planner {

BodyUsed body_used(const domain::Athlete& athlete, std::span<const domain::BodyEntry> entries, units::CivilDay day) {
    BodyUsed body;
    body.weight_kg = athlete.weight_kg;
    body.body_fat_pct = athlete.body_fat_pct;
    const units::CivilDay first = day - std::chrono::days{kBodyWindowDays - 1};
    std::vector<science::DayValue> weights;
    std::optional<units::CivilDay> last;
    std::optional<units::CivilDay> first_seen;
    std::optional<std::pair<units::CivilDay, double>> latest_fat;
    for (const auto& entry : entries) {
        if (entry.day < first || entry.day > day || entry.weight_kg <= 0) continue;
        weights.push_back({static_cast<double>((entry.day - first).count()), entry.weight_kg});
        if (!last || entry.day > *last) last = entry.day;
        if (!first_seen || entry.day < *first_seen) first_seen = entry.day;
        if (entry.body_fat_pct && (!latest_fat || entry.day >= latest_fat->first)) latest_fat = {entry.day, *entry.body_fat_pct};
    }
    const auto fit = science::fit_line(weights);
    if (static_cast<int>(weights.size()) < kBodyMinWeighIns || !fit || (day - *last).count() > kBodyMaxAgeDays) return body;
    body.weight_kg = fit->value_at(static_cast<double>((*last - first).count()));
    if (latest_fat) body.body_fat_pct = latest_fat->second;
    body.weight_source = "measured";
    body.from = first_seen;
    body.to = last;
    body.weigh_ins = static_cast<int>(weights.size());
    return body;
}

std::string body_note(const BodyUsed& body, const domain::Athlete& profile) {
    const std::string weight = fmt::format("{:.1f} kg ({:.1f} lb)", body.weight_kg, units::kg_to_pounds(body.weight_kg));
    if (body.weight_source != "measured") {
        return fmt::format("Body weight {} from the profile: log weigh-ins ({} in the last {} days) to size the targets "
                           "from your own trend.",
                           weight, kBodyMinWeighIns, kBodyWindowDays);
    }
    return fmt::format("Body weight {}: the trend of {} weigh-ins from {} to {}, not the profile's {:.1f} kg.", weight,
                       body.weigh_ins, units::format_iso_date(*body.from), units::format_iso_date(*body.to),
                       profile.weight_kg);
}

domain::Athlete with_body(domain::Athlete athlete, const BodyUsed& body) {
    athlete.weight_kg = body.weight_kg;
    athlete.body_fat_pct = body.body_fat_pct;
    return athlete;
}

}  // namespace ironstride::planner
