#include "ironstride/report/import_report.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace ironstride::report {
namespace {

using namespace std::chrono;

TEST(DescribeDayConflicts, AYearOfDaysIsOneShortLineWithTheLinesCountedNotListed) {
    std::vector<domain::DaySourceConflict> conflicts;
    for (std::uint32_t i = 0; i < 365; ++i) {
        conflicts.push_back({domain::DailyKind::nutrition, sys_days{2023y / January / 1} + days{i}, "/d/b.csv", i + 2,
                             "/d/a.csv", i + 2});
    }
    const std::vector<std::string> lines = describe_day_conflicts(conflicts);
    ASSERT_EQ(lines.size(), 1U);
    EXPECT_EQ(lines[0],
              "365 nutrition days (2023-01-01, 2023-01-02, 2023-01-03, and 362 more) are also in /d/a.csv (lines 2, "
              "3, 4, and 362 more); /d/b.csv's values (lines 2, 3, 4, and 362 more) are used now; removing or "
              "changing it brings the others back");
}

TEST(DescribeDayConflicts, PathsAreEscaped) {
    const std::vector<domain::DaySourceConflict> conflicts{
        {domain::DailyKind::body, sys_days{2024y / May / 1}, "/d/b\r\nskipped: x.csv", 2, "/d/a\xff.csv", 2}};
    EXPECT_EQ(
        describe_day_conflicts(conflicts).at(0),
        "1 body day (2024-05-01) is also in /d/a\\xff.csv (line 2); /d/b\\x0d\\x0askipped: x.csv's values (line 2) "
        "are used now; removing or changing it brings the others back");
}

}  // namespace
}  // namespace ironstride::report
