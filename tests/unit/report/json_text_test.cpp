#include "ironstride/report/json_text.hpp"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace ironstride::report {
namespace {

TEST(DumpJson, EscapesEveryStringAndKeepsTheRawBytesOfThoseItChanged) {
    // What a database written before escaping may hold: a path that is not UTF-8, a name with a terminal title.
    nlohmann::json document = nlohmann::json::array();
    document.push_back({{"source_path", "/runs/a\xff\xfe.gpx"}, {"name", "Run\x1b]0;owned\x07"}, {"id", 1}});
    const std::string text = dump_json(document);  // nlohmann::json alone throws type_error.316 here
    const nlohmann::json parsed = nlohmann::json::parse(text);
    EXPECT_EQ(parsed[0]["source_path"], "/runs/a\\xff\\xfe.gpx");
    EXPECT_EQ(parsed[0]["source_path_bytes"], "2f72756e732f61fffe2e677078");
    EXPECT_EQ(parsed[0]["name"], "Run\\x1b]0;owned\\x07");
    EXPECT_EQ(parsed[0]["id"], 1);
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
}

TEST(DumpJson, LeavesCleanTextAloneWithoutCompanions) {
    const std::string text = dump_json({{"name", "Löwenzahn — 10 km"}, {"nested", {{"path", "/a/b.fit"}}}});
    const nlohmann::json parsed = nlohmann::json::parse(text);
    EXPECT_EQ(parsed["name"], "Löwenzahn — 10 km");
    EXPECT_FALSE(parsed.contains("name_bytes"));
    EXPECT_FALSE(parsed["nested"].contains("path_bytes"));
}

TEST(EscapeStrings, EscapesStringsInArraysAndMemberNames) {
    nlohmann::json document{{"exercises", {"Squat\r\nskipped: forged"}}, {"Bench\xff", 3}};
    escape_strings(document);
    EXPECT_EQ(document["exercises"][0], "Squat\\x0d\\x0askipped: forged");
    EXPECT_EQ(document["Bench\\xff"], 3);
    EXPECT_NO_THROW((void)document.dump());
}

TEST(PutText, NullForEmptyWhenAsked) {
    nlohmann::json object = nlohmann::json::object();
    put_text(object, "hint", "", true);
    put_text(object, "path", "/a\tb");
    EXPECT_TRUE(object["hint"].is_null());
    EXPECT_EQ(object["path"], "/a\\x09b");
    EXPECT_EQ(object["path_bytes"], "2f610962");
}

}  // namespace
}  // namespace ironstride::report
