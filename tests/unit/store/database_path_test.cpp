#include "ironstride/store/database_path.hpp"

#include <map>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/util/error.hpp"

namespace ironstride::store {
namespace {

EnvironmentLookup environment(std::map<std::string, std::string> variables) {
    return [variables = std::move(variables)](std::string_view name) -> std::optional<std::string> {
        const auto found = variables.find(std::string(name));
        if (found == variables.end()) return std::nullopt;
        return found->second;
    };
}

TEST(DatabasePath, DefaultIsInXdgDataHome) {
    EXPECT_EQ(default_database_path(environment({{"XDG_DATA_HOME", "/xdg/data"}, {"HOME", "/home/ann"}})),
              std::filesystem::path("/xdg/data/ironstride/ironstride.db"));
}

TEST(DatabasePath, FallsBackToLocalShareWhenXdgDataHomeIsUnsetEmptyOrRelative) {
    const std::filesystem::path expected("/home/ann/.local/share/ironstride/ironstride.db");
    EXPECT_EQ(default_database_path(environment({{"HOME", "/home/ann"}})), expected);
    EXPECT_EQ(default_database_path(environment({{"XDG_DATA_HOME", ""}, {"HOME", "/home/ann"}})), expected);
    EXPECT_EQ(default_database_path(environment({{"XDG_DATA_HOME", "data"}, {"HOME", "/home/ann"}})), expected);
}

TEST(DatabasePath, NoUsableFolderIsAUsageErrorWithAHint) {
    try {
        (void)default_database_path(environment({{"HOME", "relative"}}));
        FAIL() << "no exception";
    } catch (const util::Error& error) {
        EXPECT_NE(std::string(error.what()).find("XDG_DATA_HOME"), std::string::npos);
        EXPECT_NE(error.hint().find("--db"), std::string::npos);
    }
}

TEST(DatabasePath, OptionBeatsEnvironmentBeatsDefault) {
    const auto env = environment({{"IRONSTRIDE_DB", "/env/x.db"}, {"HOME", "/home/ann"}});
    EXPECT_EQ(resolve_database_path(std::string("/flag/y.db"), env), std::filesystem::path("/flag/y.db"));
    EXPECT_EQ(resolve_database_path(std::nullopt, env), std::filesystem::path("/env/x.db"));
    EXPECT_EQ(resolve_database_path(std::nullopt, environment({{"IRONSTRIDE_DB", ""}, {"HOME", "/home/ann"}})),
              std::filesystem::path("/home/ann/.local/share/ironstride/ironstride.db"));
}

TEST(DatabasePath, RelativePathsAreKeptAsGiven) {
    EXPECT_EQ(resolve_database_path(std::string("my.db"), environment({})), std::filesystem::path("my.db"));
}

TEST(DatabasePath, EmptyOptionIsAUsageError) {
    EXPECT_ERROR_CODE((void)resolve_database_path(std::string(), environment({{"HOME", "/h"}})), util::ErrorCode::usage_bad_value);
}

TEST(DatabasePath, ProcessEnvironmentReadsRealVariables) {
    ASSERT_EQ(setenv("IRONSTRIDE_TEST_VARIABLE", "value", 1), 0);
    EXPECT_EQ(process_environment("IRONSTRIDE_TEST_VARIABLE"), std::optional<std::string>("value"));
    ASSERT_EQ(unsetenv("IRONSTRIDE_TEST_VARIABLE"), 0);
    EXPECT_EQ(process_environment("IRONSTRIDE_TEST_VARIABLE"), std::nullopt);
}

}  // namespace
}  // namespace ironstride::store
