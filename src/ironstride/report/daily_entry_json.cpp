#include "ironstride/report/daily_entry_json.hpp"

#include <optional>

namespace ironstride::report {

namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json checkin_json(const domain::CheckIn& checkin) {
    return {{"date", units::format_iso_date(checkin.day)},
            {"sleep_h", checkin.sleep_h},
            {"soreness", checkin.soreness},
            {"resting_hr_bpm", optional_number(checkin.resting_hr_bpm)},
            {"hrv_ms", optional_number(checkin.hrv_ms)},
            {"rpe", optional_number(checkin.rpe)}};
}

nlohmann::json body_entry_json(const domain::BodyEntry& entry) {
    return {{"date", units::format_iso_date(entry.day)},
            {"weight_kg", entry.weight_kg},
            {"body_fat_pct", optional_number(entry.body_fat_pct)}};
}

}  // namespace ironstride::report
