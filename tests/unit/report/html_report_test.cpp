#include "ironstride/report/html_report.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/report/assets/embedded.hpp"
#include "ironstride/report/verdict_format.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"
#include "unit/report/verdict_fixture.hpp"

namespace ironstride::report {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(HtmlReport, SelfContainedWithSevenChartsAndTheirData) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const std::string html = render_verdict_html(r, domain::UnitSystem::metric);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
    EXPECT_EQ(html.find("http://"), std::string::npos) << "no URL, not even in the inlined chart bundle";
    EXPECT_EQ(html.find("https://"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(count(html, "<figure class=\"chart\""), 7U);
    for (const char* id : {"load", "volume", "e1rm", "bodyweight", "sleep", "load_au", "intake"}) {
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

TEST(HtmlReport, ChartDataSaysDecimalsZeroAxesAndPartialWeeks) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const nlohmann::json data = html_chart_data(r, domain::UnitSystem::metric);
    std::set<std::string> from_zero;
    for (const nlohmann::json& chart : data["charts"]) {
        if (chart["y_zero"].get<bool>()) from_zero.insert(chart["id"].get<std::string>());
        for (const nlohmann::json& series : chart["series"]) {
            EXPECT_TRUE(series["decimals"].is_number_integer()) << chart["id"] << "/" << series["name"];
        }
    }
    EXPECT_EQ(from_zero, (std::set<std::string>{"load", "volume", "sleep", "load_au", "intake"}))
        << "counts and amounts from zero; levels (e1RM, body weight) fitted";
    const nlohmann::json& volume = data["charts"][1];
    std::size_t partial = 0;
    for (const analysis::WeekPoint& w : r.series.weeks) partial += w.complete ? 0 : 1;
    ASSERT_EQ(volume["partial"].size(), partial);
    for (const nlohmann::json& week : volume["partial"]) {
        EXPECT_EQ(week[1].get<int>() - week[0].get<int>(), 6) << "Monday to Sunday";
        EXPECT_EQ(((week[0].get<int>() - 4) % 7 + 7) % 7, 0) << "starts on a Monday (1970-01-05 is day 4)";
    }
    const nlohmann::json& intake = data["charts"][6];
    EXPECT_EQ(intake["id"], "intake");
    EXPECT_EQ(intake["series"][0]["points"].size(), r.series.nutrition.days.size());
}

TEST(HtmlReport, TextIsEscapedAndScriptsCannotBeClosedByData) {
    analysis::VerdictReport r = testing::hurting_verdict();
    r.athlete_name = "</script><b>&\"";
    r.series.lifts.front().name = "</script>";
    const std::string html = render_verdict_html(r, domain::UnitSystem::metric);
    EXPECT_NE(html.find("&lt;/script&gt;&lt;b&gt;&amp;&quot;"), std::string::npos);
    EXPECT_EQ(count(html, "</script>"), 2U) << "only the two script elements close";
}

TEST(HtmlReport, TheAssetsAreInThePageAndNoPlaceholderIsLeft) {
    analysis::VerdictReport r = testing::hurting_verdict();
    r.findings.front().title = "{{title}} {{{style}}}";  // data is text, never read as a template
    const std::string html = render_verdict_html(r, domain::UnitSystem::metric);
    EXPECT_NE(html.find(assets::kReportCss), std::string::npos);
    EXPECT_NE(html.find(assets::kReportChartsCss), std::string::npos);
    EXPECT_NE(html.find(assets::kReportChartsJs), std::string::npos) << "the chart bundle (web/), inlined";
    EXPECT_EQ(count(html, "{{title}} {{{style}}}"), 1U);
    EXPECT_EQ(count(html, "{{"), count(r.findings.front().title, "{{")) << "every placeholder of report.html is filled";
    EXPECT_EQ(count(html, "<style>"), 2U) << "the page's and the charts'";
}

/// The files of report/assets/, each with what the build embedded for it.
std::vector<std::pair<std::string, std::string_view>> embedded_assets() {
    return {{"report.css", assets::kReportCss}, {"report.html", assets::kReportHtml}};
}

TEST(HtmlReport, EveryAssetFileIsEmbeddedByteForByte) {
    const std::filesystem::path folder = ironstride::testing::source_dir() / "src" / "ironstride" / "report" / "assets";
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) files.insert(entry.path().filename().string());
    std::set<std::string> embedded;
    for (const auto& [name, bytes] : embedded_assets()) {
        embedded.insert(name);
        EXPECT_EQ(bytes, util::read_text_file(folder / name)) << name;
        EXPECT_EQ(bytes.data()[bytes.size()], '\0') << name << " is NUL-terminated";
    }
    EXPECT_EQ(files, embedded) << "a new asset needs its line in embedded_assets()";
    // The chart bundle is built, not a file of the source tree: it is there, whole and NUL-terminated.
    for (const std::string_view bundle : {assets::kReportChartsJs, assets::kReportChartsCss}) {
        EXPECT_GT(bundle.size(), 1000U);
        EXPECT_EQ(bundle.data()[bundle.size()], '\0');
        EXPECT_NE(bundle.find("Leon Sorokin"), std::string_view::npos) << "uPlot's licence notice travels with it";
    }
}

/// Markup, CSS or script that would mean the page is being written in C++ again (STYLE.md habit 24).
constexpr std::string_view kMarkupSigns[] = {
    "<!doctype", "<html", "<head", "<body", "<div", "<p>", "<p ", "<ul>", "<ul ", "<li>", "<li ", "<h1", "<h2",
    "<h3", "<article", "<section", "<figure", "<svg", "<script", "<style", "<details", "<table", "<tr", "<td", "</",
    "function(", "function (", "{ font", "font:", "r\"css(", "r\"js(", "r\"html(", "document.get", "document.query",
    "=>"};

TEST(HtmlReport, NoMarkupCssOrScriptInTheReportSources) {
    const std::filesystem::path folder = ironstride::testing::source_dir() / "src" / "ironstride" / "report";
    std::size_t sources = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".hpp") continue;
        ++sources;
        std::string text = util::read_text_file(entry.path());
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        for (const std::string_view sign : kMarkupSigns) {
            EXPECT_EQ(text.find(sign), std::string::npos)
                << entry.path().lexically_relative(folder).string() << " holds \"" << sign
                << "\": the page belongs in report/assets/";
        }
    }
    EXPECT_GE(sources, 30U) << "the report sources were not found under " << folder;
}

}  // namespace
}  // namespace ironstride::report
