// The dashboard's pages and bundles through the request handler: every page path answers the one HTML shell, the
// bundles come from memory with their types and entity tags, nothing else is a page, and every response carries the
// Content-Security-Policy and the other safety headers.

#include "server/page_routes.hpp"

#include <string>

#include <gtest/gtest.h>

#include "server/dashboard_assets.hpp"
#include "server/request_handler.hpp"

namespace ironstride::server {
namespace {

Request get(std::string path) {
    Request r;
    r.method = "GET";
    r.path = std::move(path);
    r.headers["host"] = "127.0.0.1:8765";
    return r;
}

std::string header(const Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers) {
        if (key == name) return value;
    }
    return "";
}

class PageRoutes : public ::testing::Test {
protected:
    PageRoutes() { add_page_routes(m_router); }
    Response answer(const Request& request) const {
        return handle_request(m_router, access_policy_for("127.0.0.1", 8765), request, [](std::string_view) {});
    }
    Router m_router;
};

TEST_F(PageRoutes, EveryPagePathAnswersTheShell) {
    for (const char* path : {"/", "/plan", "/verdict", "/activities", "/activities/12", "/import", "/profile"}) {
        const Response r = answer(get(path));
        EXPECT_EQ(r.status, 200) << path;
        EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << path;
        EXPECT_EQ(r.body, std::string(dashboard_shell())) << path;
        EXPECT_NE(r.body.find("/assets/dashboard.js"), std::string::npos);
        EXPECT_EQ(header(r, "Cache-Control"), "no-store") << path;
    }
}

TEST_F(PageRoutes, BundlesComeFromMemoryWithTypesAndEntityTags) {
    const Response js = answer(get("/assets/dashboard.js"));
    EXPECT_EQ(js.status, 200);
    EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
    EXPECT_GT(js.body.size(), 1000U);
    EXPECT_EQ(header(js, "Cache-Control"), "no-cache") << "revalidated, not no-store, and only once";
    const std::string etag = header(js, "ETag");
    ASSERT_EQ(etag.size(), 18U);
    const Response css = answer(get("/assets/dashboard.css"));
    EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
    EXPECT_NE(header(css, "ETag"), etag);

    Request again = get("/assets/dashboard.js");
    again.headers["if-none-match"] = etag;
    const Response cached = answer(again);
    EXPECT_EQ(cached.status, 304);
    EXPECT_TRUE(cached.body.empty());
    again.headers["if-none-match"] = "\"0000000000000000\"";
    EXPECT_EQ(answer(again).status, 200);
}

TEST_F(PageRoutes, NothingElseIsAPage) {
    for (const char* path : {"/activities/abc", "/activities/12/x", "/assets/", "/assets/../dashboard.js",
                             "/assets/dashboard.js.map", "/dashboard.html", "/etc/passwd", "/plans"}) {
        const Response r = answer(get(path));
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.content_type, "application/json") << path;
    }
    Request post = get("/plan");
    post.method = "POST";
    post.headers["origin"] = "http://127.0.0.1:8765";
    EXPECT_EQ(answer(post).status, 405);
}

TEST_F(PageRoutes, EveryResponseCarriesTheSecurityHeaders) {
    for (const char* path : {"/", "/assets/dashboard.js", "/no/such/page"}) {
        const Response r = answer(get(path));
        EXPECT_EQ(header(r, "Content-Security-Policy"), kContentSecurityPolicy) << path;
        EXPECT_EQ(header(r, "X-Content-Type-Options"), "nosniff") << path;
        EXPECT_EQ(header(r, "X-Frame-Options"), "DENY") << path;
        EXPECT_EQ(header(r, "Referrer-Policy"), "no-referrer") << path;
    }
    const std::string policy = kContentSecurityPolicy;
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(policy.find("unsafe"), std::string::npos) << "no inline script or style, no eval";
    Request rebound = get("/");
    rebound.headers["host"] = "evil.example:8765";
    EXPECT_EQ(answer(rebound).status, 403) << "the pages keep the Host check of the API";
}

}  // namespace
}  // namespace ironstride::server
