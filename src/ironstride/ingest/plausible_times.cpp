#include "ironstride/ingest/plausible_times.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest {

namespace {

using units::kMillisecondsPerSecond;

std::int64_t to_unix_ms(units::Instant instant) { return instant.time_since_epoch().count() * kMillisecondsPerSecond; }

/// [first, last) of the largest run of `order` (indices sorted by time) whose neighbouring times are at most
/// `max_gap_ms` apart.
std::pair<std::size_t, std::size_t> largest_group(const std::vector<std::size_t>& order,
                                                  std::span<const std::int64_t> unix_ms, std::int64_t max_gap_ms) {
    std::pair<std::size_t, std::size_t> best{0, 0};
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= order.size(); ++i) {
        const bool ends = i == order.size() || unix_ms[order[i]] - unix_ms[order[i - 1]] > max_gap_ms;
        if (!ends) continue;
        if (i - begin > best.second - best.first) best = {begin, i};
        begin = i;
    }
    return best;
}

}  // namespace

units::Instant current_time() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

units::Instant latest_plausible_time(units::Instant now) { return now + std::chrono::days{1}; }

TimeScreen screen_times(std::span<const std::int64_t> unix_ms, std::int64_t skip, units::Instant now) {
    TimeScreen screen;
    const std::int64_t earliest = to_unix_ms(kEarliestPlausibleTime);
    const std::int64_t latest = to_unix_ms(latest_plausible_time(now));
    std::vector<std::size_t> in_range;
    for (std::size_t i = 0; i < unix_ms.size(); ++i) {
        if (unix_ms[i] == skip) continue;
        if (unix_ms[i] < earliest || unix_ms[i] > latest) {
            screen.out_of_range.push_back(i);
        } else {
            in_range.push_back(i);
        }
    }
    std::vector<std::size_t> order = in_range;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return unix_ms[a] < unix_ms[b]; });
    const auto [first, last] = largest_group(order, unix_ms, kMaxPauseWithinActivity.count() * kMillisecondsPerSecond);
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k < first || k >= last) screen.outliers.push_back(order[k]);
    }
    std::sort(screen.outliers.begin(), screen.outliers.end());
    return screen;
}

std::string describe_unix_ms(std::int64_t unix_ms) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(
        std::chrono::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{unix_ms}});
    return units::format_iso_instant(seconds);
}

}  // namespace ironstride::ingest
