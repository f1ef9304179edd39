#pragma once

#include <filesystem>
#include <chrono>
#include <functional>

#include "server/router.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::server {

/// What the API's handlers work on: one athlete's profile and store, and the athlete's today.
struct ApiContext {
    std::filesystem::path profile_path;
    app::StoreHandle* store = nullptr;  ///< open for the server's lifetime
    std::function<units::CivilDay()> today;  ///< the athlete's local day (the profile's time zone, or a pin)
    domain::AthleteId athlete = domain::kLocalAthlete;
    /// The wall clock, for what a request stamps (a calendar event's revision).
    std::function<units::Instant()> now = [] {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    };
};

/// The body limits of the API: JSON forms and the profile's TOML.
inline constexpr std::size_t kMaxJsonBodyBytes = 16 * 1024;
inline constexpr std::size_t kMaxProfileBytes = 256 * 1024;

/// Adds the endpoints under /api/v1/ (docs/commands/serve.md), each calling the application layer's use case and
/// answering with the same document as the CLI's JSON.
void add_api_routes(Router& router, const ApiContext& context);

}  // namespace ironstride::server
