#include "ironstride/planner/availability_probe.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/planner/constraints.hpp"

namespace ironstride::planner {

namespace {

constexpr int kDayStartMin = 5 * 60;
constexpr int kDayEndMin = 22 * 60;
constexpr int kMorningMin = 7 * 60;
/// What a compromise run straight after a lift needs: a 20-min easy run/walk.
constexpr int kAfterLiftMin = 20;

struct Candidate {
    int weekday = 0;
    domain::TimeWindow window;
};

bool fits_day(int start, int end) { return start >= kDayStartMin && end <= kDayEndMin && start < end; }

void add_candidate(std::vector<Candidate>& out, int weekday, int start, int end) {
    if (fits_day(start, end)) out.push_back({weekday, {units::TimeOfDay{start}, units::TimeOfDay{end}}});
}

std::vector<Candidate> candidates(const domain::Athlete& athlete, int length_min) {
    std::vector<Candidate> out;
    for (int weekday = 0; weekday < 7; ++weekday) {
        bool lifts = false;
        for (const auto& lift : athlete.lifting) {
            if (lift.weekday != weekday) continue;
            lifts = true;
            const int end = lift.start.minutes + lift.duration_min;
            add_candidate(out, weekday, end + limits::kMinLiftRunGapMin, end + limits::kMinLiftRunGapMin + length_min);
            const int before = lift.start.minutes - limits::kPreferredLiftRunGapMin;
            add_candidate(out, weekday, before - length_min, before);
            if (!lift.lower_body_heavy) add_candidate(out, weekday, end, end + kAfterLiftMin);
        }
        if (!lifts) add_candidate(out, weekday, kMorningMin, kMorningMin + length_min);
    }
    return out;
}

/// The day's windows with `window` added, overlapping or touching ones merged (a profile takes no overlaps).
std::vector<domain::TimeWindow> with_window(const domain::Athlete& athlete, int weekday, domain::TimeWindow window) {
    std::vector<domain::TimeWindow> windows = athlete.availability[static_cast<std::size_t>(weekday)];
    windows.push_back(window);
    std::sort(windows.begin(), windows.end(),
              [](const domain::TimeWindow& a, const domain::TimeWindow& b) { return a.start < b.start; });
    std::vector<domain::TimeWindow> merged;
    for (const auto& w : windows) {
        if (!merged.empty() && w.start <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, w.end);
        } else {
            merged.push_back(w);
        }
    }
    return merged;
}

}  // namespace

std::string availability_line(const domain::Athlete& athlete, int weekday, domain::TimeWindow window) {
    const std::vector<domain::TimeWindow> windows = with_window(athlete, weekday, window);
    std::vector<std::string> texts;
    for (const auto& w : windows) {
        texts.push_back(fmt::format("\"{}-{}\"", units::format_time_of_day(w.start), units::format_time_of_day(w.end)));
    }
    return fmt::format("{} = [{}]", domain::weekday_key(weekday), fmt::join(texts, ", "));
}

std::optional<WindowSuggestion> suggest_window(const domain::Athlete& athlete, int length_min, double baseline_min,
                                               const PlacedMinutes& placed) {
    std::optional<WindowSuggestion> best;
    for (const Candidate& candidate : candidates(athlete, length_min)) {
        domain::Athlete changed = athlete;
        changed.availability[static_cast<std::size_t>(candidate.weekday)] =
            with_window(athlete, candidate.weekday, candidate.window);
        const double gained = placed(changed) - baseline_min;
        if (gained <= 0.5 || (best && gained <= best->gained_min + 0.01)) continue;
        best = WindowSuggestion{candidate.weekday, candidate.window, gained,
                                availability_line(athlete, candidate.weekday, candidate.window)};
    }
    return best;
}

}  // namespace ironstride::planner
