#include "cli/clock.hpp"

#include <chrono>
#include <cstdlib>
#include <string>

#include "ironstride/app/athlete_day.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

const char* pinned(const char* variable) {
    const char* value = std::getenv(variable);
    return value == nullptr || *value == '\0' ? nullptr : value;
}

units::Instant now() {
    if (const char* pin = pinned("IRONSTRIDE_NOW")) {
        auto instant = units::parse_iso_instant(pin);
        if (!instant) {
            throw util::Error(util::ErrorCode::usage_bad_value, "IRONSTRIDE_NOW: " + instant.error().message())
                .with_hint("use an instant such as 2026-12-02T15:30:00Z, or unset it");
        }
        return *instant;
    }
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

units::CivilDay today(const std::optional<std::filesystem::path>& profile) {
    if (const char* pin = pinned("IRONSTRIDE_TODAY")) {
        auto day = units::parse_iso_date(pin);
        if (!day) {
            throw util::Error(util::ErrorCode::usage_bad_value, "IRONSTRIDE_TODAY: " + day.error().message())
                .with_hint("use YYYY-MM-DD, or unset it");
        }
        return *day;
    }
    return app::athlete_today(profile, now());
}

}  // namespace ironstride::cli
