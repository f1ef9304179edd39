#include "ironstride/report/verdict_text.hpp"

#include <gtest/gtest.h>

#include "ironstride/report/verdict_format.hpp"
#include "unit/report/verdict_fixture.hpp"

namespace ironstride::report {
namespace {

TEST(VerdictText, AnswerFirstThenEveryFindingWithNumbersAndEvidence) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const std::string text = render_verdict_text(r, domain::UnitSystem::metric);
    EXPECT_EQ(text.find("ironstride report for Test lifter, 2026-01-05 to 2026-03-01\n\n" +
                        answer_sentence(r, domain::UnitSystem::metric)),
              0U);
    for (const analysis::Finding& f : r.findings) {
        EXPECT_NE(text.find(f.title + " (" + f.id + ")"), std::string::npos) << f.id;
        for (const analysis::EvidenceRef& ref : f.evidence) {
            EXPECT_NE(text.find(evidence_line(ref)), std::string::npos) << ref.id;
        }
    }
    EXPECT_NE(text.find("[HIGH] Your running rose while your Squat (Barbell) fell"), std::string::npos);
    EXPECT_NE(text.find("running, last weeks 30.0 km/week"), std::string::npos);
    EXPECT_NE(text.find("Squat (Barbell): 163.3 kg to 151.7 kg (-7.1%)"), std::string::npos);
    EXPECT_NE(text.find("mean 6.4 h over 56 nights"), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
}

TEST(VerdictText, ImperialUnits) {
    const std::string text = render_verdict_text(testing::hurting_verdict(), domain::UnitSystem::imperial);
    EXPECT_NE(text.find("running, last weeks 18.6 mi/week"), std::string::npos);
    EXPECT_NE(text.find("run mi"), std::string::npos);
    EXPECT_EQ(text.find("km/week"), std::string::npos);
}

}  // namespace
}  // namespace ironstride::report
