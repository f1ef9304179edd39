#include "ironstride/ingest/plausible_speeds.hpp"

#include <algorithm>
#include <array>

namespace ironstride::ingest {

namespace {

using domain::Sport;

// Limits: what no human does (world-record class, with a margin), so that real activities are never touched.
// Inference bands: average moving speed (distance / timer time) of ordinary sessions; they do not overlap, and the
// gaps between them are left unknown rather than guessed.
//
// - running: 12.5 m/s. The fastest measured human running speed is Usain Bolt's 12.4 m/s peak between 60 and 80 m
//   of the 2009 Berlin 100 m (9.58 s; IAAF biomechanics report). Inferred from 1.9 m/s (6.8 km/h, 8:46 /km: slower
//   is a walk; evidence.md §5 "Energy cost of running and walking" uses 1.41 m/s walking and 2.82 m/s running as its
//   examples, and a walk's most economical speed is ~4 km/h) up to 4.5 m/s (16.2 km/h, 3:42 /km).
// - Between 4.5 and 7 m/s (16–25 km/h) nothing is inferred: a fast runner, a city cyclist and slow traffic all move
//   at these speeds (in the corpus: gc--UrbanBiker2019 at 5.5 m/s, gpxpy--around-visnjan-with-car at 5.3 m/s,
//   gc--Move_2014_01_16 at 5.2 m/s, none of them naming a sport), so such a file stays of unknown sport.
// - walking: 12.5 m/s as running (a walk may contain a jog); inferred from 0.4 m/s (slower is standing about) to
//   1.9 m/s (see above).
// - hiking: as walking; never inferred (speed alone cannot tell a hike from a walk).
// - cycling: 40 m/s (144 km/h). Road descents in professional races have been measured at up to about 130 km/h;
//   the paced records behind a vehicle's slipstream are not road cycling. Inferred from 7 m/s to 20 m/s (72 km/h,
//   beyond a sprint's peak: faster on average is a vehicle).
// - swimming: 3 m/s. The 50 m freestyle world record (20.91 s) averages 2.39 m/s; open-water GPS tracks add
//   current and drift. Never inferred (a slow GPS track is a walk as likely as a swim).
constexpr std::array<SportSpeeds, 5> kSportSpeeds{{
    {Sport::running, 12.5, 1.9, 4.5},
    {Sport::walking, 12.5, 0.4, 1.9},
    {Sport::hiking, 12.5, std::nullopt, std::nullopt},
    {Sport::cycling, 40.0, 7.0, 20.0},
    {Sport::swimming, 3.0, std::nullopt, std::nullopt},
}};

}  // namespace

std::span<const SportSpeeds> sport_speeds() noexcept { return kSportSpeeds; }

std::optional<double> max_plausible_speed_mps(domain::Sport sport) noexcept {
    const auto found = std::find_if(kSportSpeeds.begin(), kSportSpeeds.end(),
                                    [sport](const SportSpeeds& row) { return row.sport == sport; });
    if (found == kSportSpeeds.end()) return std::nullopt;
    return found->max_speed_mps;
}

double max_human_speed_mps() noexcept {
    double fastest = 0;
    for (const SportSpeeds& row : kSportSpeeds) fastest = std::max(fastest, row.max_speed_mps.value_or(0));
    return fastest;
}

}  // namespace ironstride::ingest
