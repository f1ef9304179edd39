#include "ironstride/ingest/file_collector.hpp"

#include <filesystem>
#include <vector>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/util/error.hpp"
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
    const auto files = collect_input_files(roots);
    ASSERT_EQ(files.size(), 2U);
    EXPECT_EQ(files[0].path.filename(), "1.fit");
    EXPECT_EQ(files[1].path.filename(), "2.gpx");
    EXPECT_EQ(files[0].size_bytes, 1U);
}

TEST(CollectInputFiles, AMissingPathIsAnError) {
    const std::vector<fs::path> roots{"/nonexistent/ironstride/archive"};
    EXPECT_ERROR_CODE((void)collect_input_files(roots), util::ErrorCode::io_no_such_path);
}

}  // namespace
}  // namespace ironstride::ingest
