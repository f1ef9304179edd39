#include "ironstride/ingest/csv/plausible_loads.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "ironstride/ingest/plausible_times.hpp"

namespace ironstride::ingest::csv {

namespace {

struct LoadLimit {
    std::string_view keyword;  ///< lower case, found anywhere in the exercise's name
    double max_kg;
};

// The heaviest lifts on record, rounded up: nothing an athlete logs can be heavier, so a real set is never flagged.
// - squat: 490 kg (Ray Williams and Vlad Alhazov, equipped, 2019-2022): 500;
// - deadlift: 501 kg (Hafþór Júlíus Björnsson, 2020, the heaviest lift of any kind): 510;
// - bench press: 355 kg raw (Julius Maddox, 2020): 360;
// - overhead / military press: 216 kg (Žydrūnas Savickas, log press, 2019 class): 230;
// - anything else (machines and stacks included): 510, the deadlift's.
// First match wins, in this order ("bench squat" does not exist; "press" is after "bench").
constexpr std::array<LoadLimit, 4> kLimits{{
    {"squat", 500},
    {"deadlift", 510},
    {"bench", 360},
    {"press", 230},
}};
constexpr double kMaxAnyLoadKg = 510;

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

double max_plausible_load_kg(std::string_view exercise) {
    const std::string name = lowered(exercise);
    for (const LoadLimit& limit : kLimits) {
        if (name.find(limit.keyword) != std::string::npos) return limit.max_kg;
    }
    return kMaxAnyLoadKg;
}

void PlausibleLoadCheck::on_set(const StrengthRow& row) {
    const double limit = max_plausible_load_kg(row.exercise);
    if (row.weight_kg && *row.weight_kg > limit) {
        m_warnings.push_back(
            fmt::format("{}line {}: {} of {:.1f} kg is more than anyone has lifted ({:.0f} kg); kept "
                        "as written: are the file's weights in pounds? (import --strong-units "
                        "imperial, or the profile's units)",
                        kImplausibleTag, row.line, row.exercise, *row.weight_kg, limit));
    }
    m_next->on_set(row);
}

}  // namespace ironstride::ingest::csv
