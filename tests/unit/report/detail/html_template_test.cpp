#include "ironstride/report/detail/html_template.hpp"

#include <stdexcept>

#include <gtest/gtest.h>

namespace ironstride::report::detail {
namespace {

using nlohmann::json;

TEST(HtmlTemplate, NamesAreEscapedTextAndTripleBracesAreRaw) {
    const json values = {{"name", "<b>&\"x\"</b>"}, {"css", "a > b { color: red; }"}};
    EXPECT_EQ(render_html_template("<p title=\"{{name}}\">{{ name }}</p><style>{{{css}}}</style>", values),
              "<p title=\"&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;\">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</p>"
              "<style>a > b { color: red; }</style>");
    EXPECT_EQ(escape_html("it's 5 < 6 & 7 > 6"), "it's 5 &lt; 6 &amp; 7 &gt; 6");
}

TEST(HtmlTemplate, ValuesAreNotReadAsTemplates) {
    EXPECT_EQ(render_html_template("{{a}}|{{{a}}}", {{"a", "{{b}}"}}), "{{b}}|{{b}}");
}

TEST(HtmlTemplate, SectionsRepeatPerElementAndLookOutwards) {
    const json values = {{"unit", "kg"},
                         {"lifts", json::array({{{"name", "Squat"}, {"sets", json::array({{{"kg", "100"}}, {{"kg", "105"}}})}},
                                                {{"name", "Bench"}, {"sets", json::array()}}})}};
    EXPECT_EQ(render_html_template("{{#lifts}}[{{name}}:{{#sets}} {{kg}} {{unit}}{{/sets}}]{{/lifts}}", values),
              "[Squat: 100 kg 105 kg][Bench:]");
}

TEST(HtmlTemplate, FlagsShowOrHideASection) {
    const json values = {{"yes", true}, {"no", false}, {"items", json::array()}};
    EXPECT_EQ(render_html_template("a{{#yes}}b{{/yes}}c{{#no}}{{missing}}{{#nested}}x{{/nested}}{{/no}}d", values),
              "abcd")
        << "a hidden section's names need no values";
    EXPECT_EQ(render_html_template("<{{#items}}{{missing}}{{/items}}>", values), "<>");
}

TEST(HtmlTemplate, ASectionOrCommentTagAloneOnItsLineTakesTheLine) {
    const json values = {{"rows", json::array({{{"v", "1"}}, {{"v", "2"}}})}};
    const std::string text = "{{! a comment\n    over two lines }}\n<ul>\n  {{#rows}}\n  <li>{{v}}</li>\n  {{/rows}}\n"
                             "</ul>\n";
    EXPECT_EQ(render_html_template(text, values), "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n");
    EXPECT_EQ(render_html_template("<ul>{{#rows}}<li>{{v}}</li>{{/rows}}</ul>\n", values),
              "<ul><li>1</li><li>2</li></ul>\n")
        << "inline tags keep the text around them";
    EXPECT_EQ(render_html_template("a\n{{v}}\nb", {{"v", "x"}}), "a\nx\nb") << "a value alone on its line stays";
    EXPECT_EQ(render_html_template("{{#rows}}\n{{v}}\n{{/rows}}", values), "1\n2\n") << "the last line needs no newline";
}

TEST(HtmlTemplate, MistakesInTheTemplateOrTheModelThrow) {
    const json values = {{"text", "t"}, {"list", json::array()}, {"number", 3}};
    EXPECT_THROW((void)render_html_template("{{nothing}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{number}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{#text}}{{/text}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{#list}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{#list}}{{/other}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{/list}}", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{text", values), std::logic_error);
    EXPECT_THROW((void)render_html_template("{{{text}}", values), std::logic_error);
}

}  // namespace
}  // namespace ironstride::report::detail
