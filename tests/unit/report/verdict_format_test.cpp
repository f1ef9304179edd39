#include "ironstride/report/verdict_format.hpp"

#include <gtest/gtest.h>

#include "unit/report/verdict_fixture.hpp"

namespace ironstride::report {
namespace {

using analysis::Number;
using analysis::Unit;
using domain::UnitSystem;

TEST(VerdictFormat, HurtingAnswerQuotesRunningAndTheFallingLiftInTheChosenUnits) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    ASSERT_EQ(r.answer.verdict, analysis::Verdict::hurting);
    EXPECT_EQ(answer_sentence(r, UnitSystem::metric),
              "Yes: your running is probably costing you strength. Your running rose from 10.0 km/week to 30.0 "
              "km/week while your Squat (Barbell) e1RM fell 7% (163.3 kg to 151.7 kg).");
    EXPECT_EQ(answer_sentence(r, UnitSystem::imperial),
              "Yes: your running is probably costing you strength. Your running rose from 6.2 mi/week to 18.6 "
              "mi/week while your Squat (Barbell) e1RM fell 7% (360.1 lb to 334.4 lb).");
}

TEST(VerdictFormat, OtherAnswers) {
    analysis::VerdictReport r;
    r.range = {units::CivilDay{std::chrono::days{20000}}, units::CivilDay{std::chrono::days{20083}}};
    r.answer.verdict = analysis::Verdict::not_enough_data;
    r.answer.reason = "no_training";
    EXPECT_EQ(answer_sentence(r, UnitSystem::metric), "Not enough data: no training logged from 2024-10-04 to 2024-12-26.");
    r.answer.reason = "no_lifts";
    EXPECT_NE(answer_sentence(r, UnitSystem::metric).find("no main-lift sessions"), std::string::npos);
    r.answer.verdict = analysis::Verdict::not_hurting;
    r.answer.reason = "no_running";
    EXPECT_EQ(answer_sentence(r, UnitSystem::metric),
              "No: you did not run in this period, so running cannot be costing you muscle.");
    r.answer.reason = "strength_rising";
    r.answer.lift_name = "Deadlift (Barbell)";
    r.answer.lift_before_kg = 170;
    r.answer.lift_now_kg = 178.5;
    r.answer.lift_change_pct = 5;
    r.answer.run_mean_m_per_week = 29700;
    EXPECT_EQ(answer_sentence(r, UnitSystem::metric),
              "No: your running is not hurting your gains. Your Deadlift (Barbell) e1RM rose 5% (170.0 kg to 178.5 kg) "
              "while you ran 29.7 km/week.");
    r.answer.verdict = analysis::Verdict::at_risk;
    r.answer.lead_title = "Ultra-distance runs";
    r.answer.lift_change_pct = 0.2;
    r.answer.lift_now_kg = 170;
    EXPECT_EQ(answer_sentence(r, UnitSystem::metric),
              "Not measurably yet, but your gains are at risk: ultra-distance runs. Meanwhile your Deadlift (Barbell) "
              "e1RM held steady (170.0 kg to 170.0 kg).");
}

TEST(VerdictFormat, NumbersInMetricAndImperial) {
    EXPECT_EQ(format_number({"k", "", 30000, Unit::metres_per_week}, UnitSystem::metric), "30.0 km/week");
    EXPECT_EQ(format_number({"k", "", 30000, Unit::metres_per_week}, UnitSystem::imperial), "18.6 mi/week");
    EXPECT_EQ(format_number({"k", "", 100, Unit::kilograms}, UnitSystem::imperial), "220.5 lb");
    EXPECT_EQ(format_number({"k", "", -7.14, Unit::percent}, UnitSystem::metric), "-7.1%");
    EXPECT_EQ(format_number({"k", "", 0.8, Unit::grams_per_lb}, UnitSystem::metric), "0.80 g/lb (1.76 g/kg)");
    EXPECT_EQ(format_number({"k", "", 22.22, Unit::kcal_per_kg_ffm}, UnitSystem::metric), "22.2 kcal/kg FFM/day");
    EXPECT_EQ(format_number({"k", "", 9.5, Unit::hours}, UnitSystem::metric), "9.5 h");
    EXPECT_EQ(format_number({"k", "", 1.64, Unit::hazard_ratio}, UnitSystem::metric), "1.64");
    EXPECT_EQ(format_number({"k", "", -1.2, Unit::kilograms_per_week}, UnitSystem::metric), "-1.20 kg/week");
}

TEST(VerdictFormat, EvidenceLineNamesStudyTagAndClaim) {
    EXPECT_EQ(evidence_line(analysis::evidence::kBuist2008),
              "Buist et al. 2008, Am J Sports Med 36(1):33-39 [V]: The 10% weekly rule prevented nothing: injuries "
              "20.8% vs 20.3% in 532 novice runners.");
    EXPECT_STREQ(severity_tag(analysis::Severity::positive), "GOOD");
}

}  // namespace
}  // namespace ironstride::report
