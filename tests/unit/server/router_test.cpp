#include "server/router.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace ironstride::server {
namespace {

Response text(std::string body) {
    Response response;
    response.content_type = "text/plain";
    response.body = std::move(body);
    return response;
}

Router example_router() {
    Router router;
    router.add({"GET", "/api/v1/activities", [](const Request&, const PathParams&) { return text("list"); }, 0});
    router.add({"GET", "/api/v1/activities/{id}",
                [](const Request&, const PathParams& p) { return text("one " + p.at("id")); }, 0});
    router.add({"POST", "/api/v1/checkins", [](const Request&, const PathParams&) { return text("stored"); }, 100});
    return router;
}

Request request(std::string method, std::string path) {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    return r;
}

TEST(MatchPattern, LiteralAndNamedSegments) {
    PathParams params;
    EXPECT_TRUE(match_pattern("/api/v1/activities/{id}", "/api/v1/activities/42", params));
    EXPECT_EQ(params.at("id"), "42");
    EXPECT_FALSE(match_pattern("/api/v1/activities/{id}", "/api/v1/activities", params));
    EXPECT_FALSE(match_pattern("/api/v1/activities/{id}", "/api/v1/activities//", params)) << "an empty segment";
    EXPECT_FALSE(match_pattern("/api/v1/activities/{id}", "/api/v1/activities/42/laps", params));
    EXPECT_TRUE(match_pattern("/", "/", params));
    EXPECT_FALSE(match_pattern("/api", "api", params));
}

TEST(Router, DispatchesByMethodAndPattern) {
    const Router router = example_router();
    EXPECT_EQ(router.dispatch(request("GET", "/api/v1/activities")).body, "list");
    EXPECT_EQ(router.dispatch(request("GET", "/api/v1/activities/7")).body, "one 7");
    EXPECT_EQ(router.dispatch(request("POST", "/api/v1/checkins")).body, "stored");
}

TEST(Router, UnknownPathIs404AndOtherMethodIs405WithAllow) {
    const Router router = example_router();
    const Response missing = router.dispatch(request("GET", "/api/v1/nothing"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(nlohmann::json::parse(missing.body)["error"]["code"], "http.not_found");

    const Response wrong = router.dispatch(request("DELETE", "/api/v1/checkins"));
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(nlohmann::json::parse(wrong.body)["error"]["code"], "http.method_not_allowed");
    ASSERT_EQ(wrong.headers.size(), 1U);
    EXPECT_EQ(wrong.headers[0].first, "Allow");
    EXPECT_EQ(wrong.headers[0].second, "POST");
}

TEST(Router, FindGivesTheRouteBodyLimit) {
    const Router router = example_router();
    PathParams params;
    const Route* route = router.find("POST", "/api/v1/checkins", params);
    ASSERT_NE(route, nullptr);
    EXPECT_EQ(route->max_body_bytes, 100U);
    EXPECT_EQ(router.find("PUT", "/api/v1/checkins", params), nullptr);
}

}  // namespace
}  // namespace ironstride::server
