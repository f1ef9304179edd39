#include "ironstride/ingest/xml/sport_names.hpp"

#include <utility>

#include "ironstride/util/text.hpp"

namespace ironstride::ingest::xml {

namespace {

using domain::Sport;

/// Names seen in GPX <type> (Garmin Connect, Strava, Amazfit, gpx.py writers) and TCX Sport (the schema allows
/// Running, Biking, Other). Strava's numeric types: 1 = Ride, 9 = Run, 16 = Swim (as in its GPX exports).
constexpr std::pair<std::string_view, Sport> kSportNames[] = {
    {"running", Sport::running},        {"run", Sport::running},
    {"trail_running", Sport::running},  {"trail running", Sport::running},
    {"treadmill_running", Sport::running}, {"street_running", Sport::running},
    {"9", Sport::running},              {"walking", Sport::walking},
    {"walk", Sport::walking},           {"hiking", Sport::hiking},
    {"hike", Sport::hiking},            {"biking", Sport::cycling},
    {"bike", Sport::cycling},           {"cycling", Sport::cycling},
    {"ride", Sport::cycling},           {"road_biking", Sport::cycling},
    {"mountain_biking", Sport::cycling}, {"gravel_cycling", Sport::cycling},
    {"1", Sport::cycling},              {"swimming", Sport::swimming},
    {"swim", Sport::swimming},          {"open_water_swimming", Sport::swimming},
    {"lap_swimming", Sport::swimming},  {"16", Sport::swimming},
    {"strength", Sport::strength},      {"strength_training", Sport::strength},
    {"weight_training", Sport::strength},
    {"other", Sport::other},            {"generic", Sport::other},
    {"indoor_cycling", Sport::cycling},
};

}  // namespace

std::optional<domain::Sport> sport_from_name(std::string_view text) {
    text = util::trim(text);
    if (text.empty()) return std::nullopt;
    const std::string lowered = util::to_lower(text);
    for (const auto& [name, sport] : kSportNames) {
        if (lowered == name) return sport;
    }
    return Sport::other;
}

}  // namespace ironstride::ingest::xml
