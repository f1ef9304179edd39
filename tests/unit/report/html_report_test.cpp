#include "ironstride/report/html_report.hpp"

#include <gtest/gtest.h>

#include "ironstride/report/verdict_format.hpp"
#include "unit/report/verdict_fixture.hpp"

namespace ironstride::report {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(HtmlReport, SelfContainedWithFiveChartsAndTheirData) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const std::string html = render_verdict_html(r, domain::UnitSystem::metric);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
    EXPECT_EQ(count(html, "http://"), count(html, "http://www.w3.org/2000/svg")) << "only the SVG namespace, no URL";
    EXPECT_EQ(html.find("https://"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(count(html, "<figure class=\"chart\""), 5U);
    for (const char* id : {"load", "volume", "e1rm", "bodyweight", "sleep"}) {
        EXPECT_NE(html.find(std::string("id=\"chart-") + id + "\""), std::string::npos) << id;
    }
    EXPECT_NE(html.find("<script type=\"application/json\" id=\"chart-data\">"), std::string::npos);
    EXPECT_NE(html.find(answer_sentence(r, domain::UnitSystem::metric)), std::string::npos);
    for (const analysis::Finding& f : r.findings) EXPECT_NE(html.find("id=\"finding-" + f.id + "\""), std::string::npos);
}

TEST(HtmlReport, ChartDataFollowsTheDisplayUnits) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const nlohmann::json metric = html_chart_data(r, domain::UnitSystem::metric);
    const nlohmann::json imperial = html_chart_data(r, domain::UnitSystem::imperial);
    EXPECT_EQ(metric["charts"][1]["series"][0]["name"], "Running (km)");
    EXPECT_EQ(metric["charts"][1]["series"][0]["points"][7][1], 30.0);
    EXPECT_EQ(imperial["charts"][1]["series"][0]["name"], "Running (mi)");
    EXPECT_DOUBLE_EQ(imperial["charts"][1]["series"][0]["points"][7][1].get<double>(), 18.641);
    EXPECT_EQ(metric["charts"][0]["series"][0]["points"].size(), r.series.days.size());
    EXPECT_EQ(metric["charts"][2]["series"][0]["name"], "Squat (Barbell)");
}

TEST(HtmlReport, TextIsEscapedAndScriptsCannotBeClosedByData) {
    analysis::VerdictReport r = testing::hurting_verdict();
    r.athlete_name = "</script><b>&\"";
    r.series.lifts.front().name = "</script>";
    const std::string html = render_verdict_html(r, domain::UnitSystem::metric);
    EXPECT_NE(html.find("&lt;/script&gt;&lt;b&gt;&amp;&quot;"), std::string::npos);
    EXPECT_EQ(count(html, "</script>"), 2U) << "only the two script elements close";
}

}  // namespace
}  // namespace ironstride::report
