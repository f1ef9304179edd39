#include "ironstride/profile/diagnostic.hpp"

#include <gtest/gtest.h>

namespace ironstride::profile {
namespace {

TEST(Diagnostic, ToStringHasPositionSeverityKeyAndMessage) {
    const Diagnostic with_key{util::SourcePos::at_line("a.toml", 7, 13), Severity::error, "body.weight_lb",
                              "found 900; allowed: from 66 to 550 lb", "hint"};
    EXPECT_EQ(with_key.to_string(), "a.toml:7:13: error: body.weight_lb: found 900; allowed: from 66 to 550 lb");
    const Diagnostic without_key{util::SourcePos::at_line("a.toml", 2, 1), Severity::warning, "", "text", ""};
    EXPECT_EQ(without_key.to_string(), "a.toml:2:1: warning: text");
}

TEST(Diagnostic, CountsBySeverity) {
    ProfileCheck check;
    check.diagnostics.push_back({util::SourcePos::at_line("a", 1, 1), Severity::error, "k", "m", ""});
    check.diagnostics.push_back({util::SourcePos::at_line("a", 2, 1), Severity::warning, "k", "m", ""});
    check.diagnostics.push_back({util::SourcePos::at_line("a", 3, 1), Severity::error, "k", "m", ""});
    EXPECT_EQ(check.error_count(), 2U);
    EXPECT_EQ(check.warning_count(), 1U);
    EXPECT_FALSE(check.ok());
}

}  // namespace
}  // namespace ironstride::profile
