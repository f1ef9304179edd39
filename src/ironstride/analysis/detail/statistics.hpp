#pragma once

#include <optional>
#include <span>
#include <utility>

namespace ironstride::analysis::detail {

/// Ordinary least-squares slope of y on x (units of y per unit of x); nothing with fewer than two distinct x.
[[nodiscard]] std::optional<double> least_squares_slope(std::span<const std::pair<double, double>> points);

/// Arithmetic mean; nothing for an empty span.
[[nodiscard]] std::optional<double> mean(std::span<const double> values);

/// Population standard deviation; nothing for an empty span.
[[nodiscard]] std::optional<double> population_sd(std::span<const double> values);

}  // namespace ironstride::analysis::detail
