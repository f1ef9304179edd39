#pragma once

#include <functional>
#include <optional>
#include <string>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::planner {

/// A window the profile could add, verified to free running: the week planned again with it placed `gained_min`
/// more running minutes.
struct WindowSuggestion {
    int weekday = 0;
    domain::TimeWindow window;
    double gained_min = 0;
    std::string profile_line;  ///< the day's whole `[availability]` line with the window added, e.g. `sun = ["09:00-09:45"]`
};

/// Placed running minutes of the week in question for a changed athlete (the planner plans the week again).
using PlacedMinutes = std::function<double(const domain::Athlete&)>;

/// Tries `length_min`-minute windows the same-day rules allow (07:00 on a day without a lift; 3 h after a day's lift
/// or ending 6 h before it) and, after a lift without heavy legs, 20 more minutes straight after it; returns the one
/// that frees the most running over `baseline_min`, or nothing when none frees any.
[[nodiscard]] std::optional<WindowSuggestion> suggest_window(const domain::Athlete& athlete, int length_min,
                                                             double baseline_min, const PlacedMinutes& placed);

/// The profile line of `weekday` with `window` added to its windows, in start order.
[[nodiscard]] std::string availability_line(const domain::Athlete& athlete, int weekday, domain::TimeWindow window);

}  // namespace ironstride::planner
