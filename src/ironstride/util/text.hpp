#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ironstride::util {

/// Edit distance (insertions, deletions, substitutions), for "did you mean" hints.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a plausible typo (at most a third of its letters
/// wrong), otherwise nothing.
[[nodiscard]] std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates);

[[nodiscard]] std::string to_lower(std::string_view text);
/// A number rounded to a whole one, with thousands separated by commas: 2,450, -1,300.
[[nodiscard]] std::string format_whole(double value);
[[nodiscard]] std::string_view trim(std::string_view text);

}  // namespace ironstride::util
