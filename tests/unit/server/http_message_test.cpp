#include "server/http_message.hpp"

#include <gtest/gtest.h>

namespace ironstride::server {
namespace {

TEST(PercentDecode, DecodesEscapesAndPlusOnlyInQueries) {
    EXPECT_EQ(percent_decode("a%20b+c", true), "a b c");
    EXPECT_EQ(percent_decode("a%20b+c", false), "a b+c");
    EXPECT_EQ(percent_decode("%e2%82%AC", false), "\xe2\x82\xac");
}

TEST(PercentDecode, RefusesMalformedEscapesAndNulBytes) {
    EXPECT_FALSE(percent_decode("%", false));
    EXPECT_FALSE(percent_decode("%4", false));
    EXPECT_FALSE(percent_decode("%zz", false));
    EXPECT_FALSE(percent_decode("a%00b", false)) << "a NUL byte never reaches a handler";
}

TEST(ParseTarget, SplitsPathAndQuery) {
    const auto target = parse_target("/api/v1/plan?weeks=4&start=2026-11-30&&flag");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->path, "/api/v1/plan");
    EXPECT_EQ(target->query.at("weeks"), "4");
    EXPECT_EQ(target->query.at("start"), "2026-11-30");
    EXPECT_EQ(target->query.at("flag"), "");
    EXPECT_EQ(target->query.size(), 3U);
}

TEST(ParseTarget, ALaterRepeatWinsAndBadEscapesFail) {
    EXPECT_EQ(parse_target("/x?a=1&a=2")->query.at("a"), "2");
    EXPECT_FALSE(parse_target("/x?a=%G1"));
    EXPECT_FALSE(parse_target("/%00"));
}

TEST(Request, HeaderAndParamLookups) {
    Request request;
    request.headers["content-type"] = "application/json";
    request.query["date"] = "2026-12-01";
    EXPECT_EQ(request.header("content-type"), "application/json");
    EXPECT_FALSE(request.header("origin"));
    EXPECT_EQ(request.param("date"), "2026-12-01");
    EXPECT_FALSE(request.param("weeks"));
}

}  // namespace
}  // namespace ironstride::server
