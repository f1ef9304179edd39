#include "server/access_policy.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace ironstride::server {
namespace {

Request request(std::string method, std::string host) {
    Request r;
    r.method = std::move(method);
    r.path = "/api/v1/checkins";
    r.headers["host"] = std::move(host);
    return r;
}

std::string code_of(const std::optional<Response>& refusal) {
    return nlohmann::json::parse(refusal->body)["error"]["code"];
}

TEST(AccessPolicy, LoopbackServesItsNamesOnItsPortOnly) {
    const AccessPolicy policy = access_policy_for("127.0.0.1", 8765);
    EXPECT_FALSE(refuse(policy, request("GET", "127.0.0.1:8765")));
    EXPECT_FALSE(refuse(policy, request("GET", "LOCALHOST:8765"))) << "host names are case-insensitive";
    EXPECT_FALSE(refuse(policy, request("GET", "[::1]:8765")));
    const auto rebinding = refuse(policy, request("GET", "attacker.example:8765"));
    ASSERT_TRUE(rebinding) << "DNS rebinding: another name that resolves to 127.0.0.1";
    EXPECT_EQ(rebinding->status, 403);
    EXPECT_EQ(code_of(rebinding), "http.forbidden");
    EXPECT_TRUE(refuse(policy, request("GET", "127.0.0.1:9999")));
    EXPECT_TRUE(refuse(policy, request("GET", ""))) << "no Host header";
}

TEST(AccessPolicy, StateChangesFromAnotherOriginAreRefused) {
    const AccessPolicy policy = access_policy_for("127.0.0.1", 8765);
    Request post = request("POST", "127.0.0.1:8765");
    EXPECT_FALSE(refuse(policy, post)) << "no Origin: not a browser page (curl, the CLI's peers)";
    post.headers["origin"] = "http://localhost:8765";
    EXPECT_FALSE(refuse(policy, post));
    post.headers["origin"] = "http://evil.example";
    EXPECT_EQ(refuse(policy, post)->status, 403);
    post.headers["origin"] = "https://127.0.0.1:8765";
    EXPECT_TRUE(refuse(policy, post)) << "another scheme is another origin";
    post.headers.erase("origin");
    post.headers["sec-fetch-site"] = "cross-site";
    EXPECT_TRUE(refuse(policy, post));

    Request get = request("GET", "127.0.0.1:8765");
    get.headers["origin"] = "http://evil.example";
    EXPECT_FALSE(refuse(policy, get)) << "a read is allowed; the browser keeps the answer from the other page (no CORS)";
}

TEST(AccessPolicy, LoopbackAddresses) {
    EXPECT_TRUE(is_loopback("127.0.0.1"));
    EXPECT_TRUE(is_loopback("127.1.2.3"));
    EXPECT_TRUE(is_loopback("::1"));
    EXPECT_TRUE(is_loopback("localhost"));
    EXPECT_FALSE(is_loopback("0.0.0.0"));
    EXPECT_FALSE(is_loopback("192.168.1.10"));
}

}  // namespace
}  // namespace ironstride::server
