#include "cli/commands/profile_check.hpp"

#include <chrono>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace ironstride::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const units::CivilDay kToday{std::chrono::year{2026} / std::chrono::November / 23};

std::string source_file(const std::string& relative) { return (testing::source_dir() / relative).string(); }

TEST(ProfileCheckCommand, ValidProfileSummarisesTheAthlete) {
    const std::string path = source_file("examples/maya-bikini.toml");
    const ProfileCheckOutput output = run_profile_check({{path}}, kToday);
    EXPECT_EQ(output.exit_status, kExitOk);
    EXPECT_THAT(output.out, StartsWith(path + ": valid profile (schema 1): Maya, female, 27 years, 5 ft 5 in, 132 lb"));
    EXPECT_THAT(output.out, HasSubstr("cut at 0.7 %/week, show on 2027-05-15 (in 173 days); new runner; lifts "
                                      "5x/week (2 heavy lower-body)"));
    EXPECT_TRUE(output.err.empty());
}

TEST(ProfileCheckCommand, InvalidProfileListsErrorsWithHintsAndExitsTwo) {
    const std::string path = source_file("tests/data/profiles/bad/heavy.toml");
    const ProfileCheckOutput output = run_profile_check({{path}}, kToday);
    EXPECT_EQ(output.exit_status, kExitInvalidInput);
    EXPECT_THAT(output.out, HasSubstr(path + ":9:13: error: body.weight_lb: found 900; allowed: from 66 to 550 lb\n"
                                             "  hint: give your body weight in pounds"));
    EXPECT_THAT(output.out, HasSubstr(path + ": invalid profile: 5 errors, 2 warnings\n"));
}

TEST(ProfileCheckCommand, AnyInvalidOrUnreadableFileMakesTheStatusTwo) {
    const ProfileCheckOutput output =
        run_profile_check({{source_file("examples/marcus-hybrid.toml"), "/nonexistent/p.toml"}}, kToday);
    EXPECT_EQ(output.exit_status, kExitInvalidInput);
    EXPECT_THAT(output.out, HasSubstr("valid profile"));
    EXPECT_THAT(output.err, HasSubstr("ironstride: error: /nonexistent/p.toml: cannot open"));
}

TEST(ProfileCheckCommand, ParsesProfileCheckWithFiles) {
    CLI::App root;
    const Command command = setup_profile_check(root);
    root.parse("profile check a.toml b.toml", false);
    ASSERT_TRUE(command.app->parsed());
    EXPECT_EQ(command.app->get_option("FILE")->as<std::vector<std::string>>(),
              (std::vector<std::string>{"a.toml", "b.toml"}));
}

TEST(ProfileCheckCommand, NeedsASubcommandAndAFile) {
    {
        CLI::App root;
        (void)setup_profile_check(root);
        EXPECT_THROW(root.parse("profile", false), CLI::RequiredError);
    }
    {
        CLI::App root;
        (void)setup_profile_check(root);
        EXPECT_THROW(root.parse("profile check", false), CLI::RequiredError);
    }
    {
        CLI::App root;
        (void)setup_profile_check(root);
        EXPECT_THROW(root.parse("profile check --help", false), CLI::CallForHelp);
    }
}

}  // namespace
}  // namespace ironstride::cli
