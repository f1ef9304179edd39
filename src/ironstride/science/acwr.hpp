#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ironstride::science {

// Acute:chronic workload ratio. evidence.md §7 "Acute:chronic workload ratio (ACWR)". Shown as information only:
// never gate training on it (Impellizzeri 2021; Lolli 2019; for runners it had a negative dose-response, Frandsen
// 2025). No 0.8–1.3 / 1.5 bands are provided here on purpose ([R] thresholds, not to drive decisions).

inline constexpr std::string_view kAcwrSource =
    "Gabbett 2016 (Br J Sports Med 50:273); uncoupled per Windt & Gabbett 2019 / Lolli 2019";

/// coupled: acute / mean(all weeks incl. the acute one); uncoupled: acute / mean(the weeks before it).
enum class AcwrForm { coupled, uncoupled };

[[nodiscard]] const char* to_string(AcwrForm form);

/// ACWR over a chronic window of weekly (or daily-summed) loads with the acute period LAST (typically 4 weeks).
/// Nothing when there are fewer than 2 periods or the chronic mean is not positive.
/// [TEST VECTOR] {1000, 1100, 1200, 1400}: coupled 1.191, uncoupled 1.273.
[[nodiscard]] std::optional<double> acwr(std::span<const double> loads_acute_last, AcwrForm form);

}  // namespace ironstride::science
