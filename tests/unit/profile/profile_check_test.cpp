#include "ironstride/profile/profile_check.hpp"

#include <gtest/gtest.h>

namespace ironstride::profile {
namespace {

util::Error diagnostic(std::uint32_t line, util::Severity severity) {
    return util::Error(util::ErrorCode::profile_bad_value, util::SourcePos::at_line("a", line, 1), "m")
        .with_subject("k")
        .with_severity(severity);
}

TEST(ProfileCheck, CountsBySeverity) {
    ProfileCheck check;
    check.diagnostics.push_back(diagnostic(1, util::Severity::error));
    check.diagnostics.push_back(diagnostic(2, util::Severity::warning));
    check.diagnostics.push_back(diagnostic(3, util::Severity::error));
    EXPECT_EQ(check.error_count(), 2U);
    EXPECT_EQ(check.warning_count(), 1U);
    EXPECT_FALSE(check.ok());
}

}  // namespace
}  // namespace ironstride::profile
