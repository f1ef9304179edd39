#include "ironstride/analysis/detail/statistics.hpp"

#include <cmath>

namespace ironstride::analysis::detail {

std::optional<double> least_squares_slope(std::span<const std::pair<double, double>> points) {
    if (points.size() < 2) return std::nullopt;
    double mean_x = 0;
    double mean_y = 0;
    for (const auto& [x, y] : points) {
        mean_x += x;
        mean_y += y;
    }
    const auto n = static_cast<double>(points.size());
    mean_x /= n;
    mean_y /= n;
    double sxx = 0;
    double sxy = 0;
    for (const auto& [x, y] : points) {
        sxx += (x - mean_x) * (x - mean_x);
        sxy += (x - mean_x) * (y - mean_y);
    }
    if (sxx <= 0) return std::nullopt;
    return sxy / sxx;
}

std::optional<double> mean(std::span<const double> values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (const double value : values) sum += value;
    return sum / static_cast<double>(values.size());
}

std::optional<double> population_sd(std::span<const double> values) {
    const std::optional<double> m = mean(values);
    if (!m) return std::nullopt;
    double squares = 0;
    for (const double value : values) squares += (value - *m) * (value - *m);
    return std::sqrt(squares / static_cast<double>(values.size()));
}

}  // namespace ironstride::analysis::detail
