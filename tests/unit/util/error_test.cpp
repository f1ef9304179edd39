#include "ironstride/util/error.hpp"

#include <stdexcept>
#include <type_traits>

#include <gtest/gtest.h>

namespace ironstride::util {
namespace {

// main maps each kind to an exit status by catching the base classes (docs/DEVELOPING.md: 2 for user errors).
static_assert(std::is_base_of_v<std::runtime_error, UserError>);
static_assert(std::is_base_of_v<UserError, InputError>);
static_assert(std::is_base_of_v<UserError, UsageError>);
static_assert(std::is_base_of_v<UserError, IoError>);

TEST(InputError, MessageStartsWithThePositionAndKeepsThePartsApart) {
    const InputError error(SourcePos::at_line("me.toml", 4, 9), "weight_kg: found -3; allowed 20-400",
                           "give your weight in kg");
    EXPECT_STREQ(error.what(), "me.toml:4:9: weight_kg: found -3; allowed 20-400");
    EXPECT_EQ(error.description(), "weight_kg: found -3; allowed 20-400");
    EXPECT_EQ(error.pos().column, 9U);
    EXPECT_EQ(error.hint(), "give your weight in kg");
}

TEST(UserError, HintIsOptional) {
    const UsageError usage("--weeks: 0 is outside 1-52");
    EXPECT_STREQ(usage.what(), "--weeks: 0 is outside 1-52");
    EXPECT_TRUE(usage.hint().empty());
    const IoError io("/no/such.db: cannot open", "check the path");
    EXPECT_EQ(io.hint(), "check the path");
}

TEST(UserError, CaughtAsTheBaseWithItsHint) {
    try {
        throw IoError("x.fit: cannot open: No such file or directory", "check the path");
    } catch (const UserError& error) {
        EXPECT_STREQ(error.what(), "x.fit: cannot open: No such file or directory");
        EXPECT_EQ(error.hint(), "check the path");
        return;
    }
    ADD_FAILURE() << "IoError is a UserError";
}

}  // namespace
}  // namespace ironstride::util
