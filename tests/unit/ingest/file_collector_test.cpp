#include "ironstride/ingest/file_collector.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "ironstride/util/error.hpp"
#include "support/error_expectations.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest {
namespace {

namespace fs = std::filesystem;
using ironstride::testing::TempDir;

TEST(CollectInputFiles, WalksFoldersSortsAndSkipsHiddenFiles) {
    TempDir dir;
    ironstride::testing::write_file(dir / "b/2.gpx", "x");
    ironstride::testing::write_file(dir / "a/1.fit", "x");
    ironstride::testing::write_file(dir / "a/.hidden", "x");
    ironstride::testing::write_file(dir / ".git/config", "x");
    const std::vector<fs::path> roots{dir.path(), dir / "a/1.fit"};
    const auto files = collect_input_files(roots).files;
    ASSERT_EQ(files.size(), 2U);
    EXPECT_EQ(files[0].path.filename(), "1.fit");
    EXPECT_EQ(files[1].path.filename(), "2.gpx");
    EXPECT_EQ(files[0].size_bytes, 1U);
}

TEST(CollectInputFiles, AMissingPathIsAnError) {
    const std::vector<fs::path> roots{"/nonexistent/ironstride/archive"};
    EXPECT_ERROR_CODE((void)collect_input_files(roots), util::ErrorCode::io_no_such_path);
}

bool has_code(const std::vector<util::Error>& problems, util::ErrorCode code, const fs::path& path) {
    return std::any_of(problems.begin(), problems.end(), [&](const util::Error& problem) {
        return problem.code() == code && problem.pos().path == path.string();
    });
}

TEST(CollectInputFiles, DoesNotFollowALinkToAFolderOutsideThePathsGiven) {
    TempDir dir;
    ironstride::testing::write_file(dir / "in/run.gpx", "x");
    ironstride::testing::write_file(dir / "elsewhere/secret.txt", "x");
    fs::create_directory_symlink(dir / "elsewhere", dir / "in/etc");
    const std::vector<fs::path> roots{dir / "in"};
    const CollectedInputs inputs = collect_input_files(roots);
    ASSERT_EQ(inputs.files.size(), 1U);
    EXPECT_EQ(inputs.files[0].path.filename(), "run.gpx");
    EXPECT_TRUE(has_code(inputs.passed_over, util::ErrorCode::io_link_outside, dir / "in/etc"));
    EXPECT_EQ(inputs.passed_over.front().severity(), util::Severity::warning);
    EXPECT_TRUE(inputs.unreadable.empty());
}

TEST(CollectInputFiles, ReportsALinkLoopAndWalksEveryFolderOnce) {
    TempDir dir;
    ironstride::testing::write_file(dir / "in/a/run.gpx", "x");
    ironstride::testing::write_file(dir / "in/b/ride.fit", "x");
    fs::create_directory_symlink(dir / "in", dir / "in/a/loop");      // back to an ancestor
    fs::create_directory_symlink(dir / "in/b", dir / "in/a/also-b");  // an alias of a folder walked anyway
    const std::vector<fs::path> roots{dir / "in"};
    const CollectedInputs inputs = collect_input_files(roots);
    ASSERT_EQ(inputs.files.size(), 2U);
    EXPECT_EQ(inputs.files[0].path, dir / "in/a/run.gpx");
    EXPECT_EQ(inputs.files[1].path, dir / "in/b/ride.fit");
    ASSERT_EQ(inputs.passed_over.size(), 1U);
    EXPECT_TRUE(has_code(inputs.passed_over, util::ErrorCode::io_link_loop, dir / "in/a/loop"));
}

TEST(CollectInputFiles, FollowsALinkToAFolderInsideThePathsGivenThatIsNotWalkedOtherwise) {
    TempDir dir;
    ironstride::testing::write_file(dir / "in/.sync/run.gpx", "x");
    fs::create_directory_symlink(dir / "in/.sync", dir / "in/runs");
    const std::vector<fs::path> roots{dir / "in"};
    const CollectedInputs inputs = collect_input_files(roots);
    ASSERT_EQ(inputs.files.size(), 1U);
    EXPECT_EQ(inputs.files[0].path, dir / "in/runs/run.gpx");
    EXPECT_TRUE(inputs.passed_over.empty());
}

TEST(CollectInputFiles, ReportsFifosAndBrokenLinksAsPassedOver) {
    TempDir dir;
    ironstride::testing::write_file(dir / "in/run.gpx", "x");
    ASSERT_EQ(::mkfifo((dir / "in/pipe").c_str(), 0600), 0);
    fs::create_symlink(dir / "gone", dir / "in/dangling");
    const std::vector<fs::path> roots{dir / "in"};
    const CollectedInputs inputs = collect_input_files(roots);
    EXPECT_EQ(inputs.files.size(), 1U);
    EXPECT_TRUE(has_code(inputs.passed_over, util::ErrorCode::io_not_a_file, dir / "in/pipe"));
    EXPECT_NE(inputs.passed_over.back().message().find("FIFO"), std::string::npos);
    EXPECT_TRUE(has_code(inputs.passed_over, util::ErrorCode::io_no_such_path, dir / "in/dangling"));
}

TEST(CollectInputFiles, ALinkToItselfIsALoopNotAMissingFile) {
    TempDir dir;
    ironstride::testing::write_file(dir / "in/run.gpx", "x");
    fs::create_symlink("self", dir / "in/self");
    const std::vector<fs::path> roots{dir / "in"};
    const CollectedInputs inputs = collect_input_files(roots);
    EXPECT_EQ(inputs.files.size(), 1U);
    EXPECT_TRUE(has_code(inputs.passed_over, util::ErrorCode::io_link_loop, dir / "in/self"));
}

}  // namespace
}  // namespace ironstride::ingest
