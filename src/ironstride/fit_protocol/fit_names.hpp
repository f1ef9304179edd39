#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ironstride::fit_protocol {

// Names for FIT enumeration values (FIT profile, "Types" sheet, release 21.x). The snake_case names are the
// profile's own; the display names (manufacturers, products, exercises) are written for people. Every function
// returns an empty view for a value it does not know; callers decide how to show the number.

/// sport: "running", "fitness_equipment", …
[[nodiscard]] std::string_view sport_name(std::uint8_t sport) noexcept;
/// sub_sport: "treadmill", "strength_training", …
[[nodiscard]] std::string_view sub_sport_name(std::uint8_t sub_sport) noexcept;
/// The sub_sport value with that profile name, if any (the inverse of sub_sport_name).
[[nodiscard]] std::optional<std::uint8_t> sub_sport_from_name(std::string_view name) noexcept;
/// file: "activity", "workout", …
[[nodiscard]] std::string_view file_type_name(std::uint8_t type) noexcept;
/// mesg_num, for the messages of fit_message_kinds.def: "record", "session", …
[[nodiscard]] std::string_view message_name(std::uint16_t global_message_number) noexcept;
/// manufacturer, for display: "Garmin", "Wahoo Fitness", …
[[nodiscard]] std::string_view manufacturer_name(std::uint16_t manufacturer) noexcept;
/// garmin_product, for display: "Forerunner 935", "Edge 500", … (a selection of watches and bike computers)
[[nodiscard]] std::string_view garmin_product_name(std::uint16_t product) noexcept;
/// exercise_category, for display: "Bench Press", "Squat", …
[[nodiscard]] std::string_view exercise_category_name(std::uint16_t category) noexcept;
/// The exercise name for a category and its <category>_exercise_name subtype, for display ("Barbell Back Squat");
/// a selection of common gym exercises.
[[nodiscard]] std::string_view exercise_subtype_name(std::uint16_t category, std::uint16_t subtype) noexcept;

/// The best display name of an exercise: the subtype's name when known, else the category's, else empty.
[[nodiscard]] std::string exercise_display_name(std::optional<std::uint16_t> category,
                                                std::optional<std::uint16_t> subtype);

}  // namespace ironstride::fit_protocol
