#include <array>
#include <string_view>

#include <gtest/gtest.h>

#include "ironstride/util/text.hpp"

namespace ironstride::util {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
    EXPECT_EQ(edit_distance("", ""), 0U);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);
    EXPECT_EQ(edit_distance("weight_kg", "wieght_kg"), 2U);
    EXPECT_EQ(edit_distance("abc", ""), 3U);
}

TEST(ClosestMatch, SuggestsAPlausibleTypoOnly) {
    constexpr std::array<std::string_view, 3> keys{"weight_kg", "weight_lb", "height_cm"};
    EXPECT_EQ(closest_match("wieght_kg", keys), "weight_kg");
    EXPECT_EQ(closest_match("HEIGHT_CM", keys), "height_cm");
    EXPECT_FALSE(closest_match("favourite_colour", keys).has_value());
}

TEST(Trim, RemovesSurroundingWhitespace) {
    EXPECT_EQ(trim("  a b \r\n"), "a b");
    EXPECT_EQ(trim(""), "");
}

}  // namespace
}  // namespace ironstride::util
