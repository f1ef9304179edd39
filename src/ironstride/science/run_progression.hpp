#pragma once

#include <optional>
#include <string_view>

namespace ironstride::science {

// Running progression checks. evidence.md §2 "Progression and the 10% rule": the 10 % weekly rule is convention,
// not evidence (Buist 2008); flag weekly increases > 30 % (Nielsen 2014) and single runs > 110 % of the longest run
// of the previous 30 days (Frandsen 2025). Volumes may be in any one unit (metres or minutes) per call.

inline constexpr std::string_view kNielsenRampSource = "Nielsen et al. 2014, J Orthop Sports Phys Ther 44(10):739-747";
inline constexpr std::string_view kFrandsenSpikeSource = "Frandsen et al. 2025, Br J Sports Med";
inline constexpr std::string_view kBuistSource = "Buist et al. 2008, Am J Sports Med 36(1):33-39";

/// Nielsen 2014: > 30 % progression (their reading: over two weeks) raised distance-related injuries, HR 1.59.
inline constexpr double kNielsenRampLimit = 0.30;
/// Frandsen 2025: a single run > 10 % longer than the longest of the previous 30 days raised injury rate.
inline constexpr double kFrandsenSpikeLimit = 1.10;

/// (current − previous) / previous; nothing when previous ≤ 0 (no baseline to grow from).
[[nodiscard]] std::optional<double> weekly_change_fraction(double previous_week, double current_week);
/// True when the growth from previous to current exceeds 30 %. Pass the week two weeks back as `previous` for the
/// two-week reading of Nielsen's result. False without a baseline.
[[nodiscard]] bool exceeds_nielsen_ramp(double previous, double current);

/// Longest allowed single run: 110 % of the longest run of the previous 30 days.
[[nodiscard]] double max_single_run(double longest_previous_30d);

/// Frandsen 2025 bands of a run's length against the longest of the previous 30 days, with the hazard rate ratio.
enum class RunSpikeBand { none, over_10_to_30_pct, over_30_to_100_pct, over_100_pct };

[[nodiscard]] const char* to_string(RunSpikeBand band);
/// none when run ≤ 110 % of the longest (or there is no previous run, longest ≤ 0, since no ratio exists).
[[nodiscard]] RunSpikeBand classify_run_spike(double run, double longest_previous_30d);
/// Hazard rate ratio of a band: 1.64 / 1.52 / 2.28; nothing for `none`.
[[nodiscard]] std::optional<double> run_spike_hazard_ratio(RunSpikeBand band);

}  // namespace ironstride::science
