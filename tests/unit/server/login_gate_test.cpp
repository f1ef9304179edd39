#include "server/login_gate.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "server/access_policy.hpp"

namespace ironstride::server {
namespace {

constexpr const char* kLanHost = "192.168.1.20:8765";

Request request(std::string method, std::string path) {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.headers["host"] = kLanHost;
    return r;
}

std::string code_of(const std::optional<Response>& refusal) {
    return nlohmann::json::parse(refusal->body)["error"]["code"];
}

/// "name=value" of a Set-Cookie header, before its attributes.
std::string cookie_pair(const Response& response, std::string_view name) {
    for (const auto& [header, value] : response.headers) {
        if (header == "Set-Cookie" && value.rfind(std::string(name) + "=", 0) == 0) return value.substr(0, value.find(';'));
    }
    return {};
}

std::string set_cookie(const Response& response, std::string_view name) {
    for (const auto& [header, value] : response.headers) {
        if (header == "Set-Cookie" && value.rfind(std::string(name) + "=", 0) == 0) return value;
    }
    return {};
}

TEST(LoginGate, TheOneTimeTokenBuysOneSessionWhoseCookieLetsRequestsThrough) {
    const std::string token = new_login_token();
    EXPECT_EQ(token.size(), 43U) << "32 bytes in URL-safe base64 without padding";
    EXPECT_NE(token, new_login_token());
    LoginGate gate(token);

    Request wrong = request("GET", "/login");
    wrong.query["token"] = token.substr(1) + "x";
    EXPECT_EQ(gate.login(wrong).status, 401);

    Request login = request("GET", "/login");
    login.query["token"] = token;
    const Response session = gate.login(login);
    EXPECT_EQ(session.status, 303);
    EXPECT_NE(set_cookie(session, kSessionCookie).find("HttpOnly"), std::string::npos);
    EXPECT_NE(set_cookie(session, kSessionCookie).find("SameSite=Strict"), std::string::npos);
    EXPECT_EQ(set_cookie(session, kCsrfCookie).find("HttpOnly"), std::string::npos) << "the page reads it";
    EXPECT_EQ(gate.login(login).status, 401) << "the token is spent";

    Request get = request("GET", "/api/v1/today");
    EXPECT_EQ(code_of(gate.refuse(get)), "http.unauthorized");
    get.headers["cookie"] = "other=1; " + cookie_pair(session, kSessionCookie);
    EXPECT_FALSE(gate.refuse(get));
    get.headers["cookie"] = std::string(kSessionCookie) + "=" + new_login_token();
    EXPECT_EQ(gate.refuse(get)->status, 401) << "an unknown session";
}

TEST(LoginGate, AChangeNeedsTheSessionsCsrfToken) {
    const std::string token = new_login_token();
    LoginGate gate(token);
    Request login = request("GET", "/login");
    login.query["token"] = token;
    const Response session = gate.login(login);
    const std::string csrf = cookie_pair(session, kCsrfCookie).substr(kCsrfCookie.size() + 1);

    Request post = request("POST", "/api/v1/checkins");
    post.headers["cookie"] = cookie_pair(session, kSessionCookie);
    EXPECT_EQ(code_of(gate.refuse(post)), "http.forbidden");
    post.headers[std::string(kCsrfHeader)] = csrf.substr(0, csrf.size() - 1) + "A";
    EXPECT_EQ(gate.refuse(post)->status, 403);
    post.headers[std::string(kCsrfHeader)] = csrf;
    EXPECT_FALSE(gate.refuse(post));
}

TEST(LoginGate, CookieValuesAreReadFromTheCookieHeader) {
    Request r;
    r.headers["cookie"] = "a=1; ironstride_session=abc;b=2";
    EXPECT_EQ(cookie_value(r, "ironstride_session"), "abc");
    EXPECT_EQ(cookie_value(r, "b"), "2");
    EXPECT_FALSE(cookie_value(r, "ironstride"));
}

TEST(LanAccessPolicy, EveryAddressServesIpLiteralsOnItsPortAndNeedsTheLoginFromOtherMachines) {
    const std::string token = new_login_token();
    LoginGate gate(token);
    AccessPolicy policy = access_policy_for("0.0.0.0", 8765);
    policy.login = &gate;

    Request phone = request("GET", "/api/v1/today");
    EXPECT_EQ(code_of(refuse(policy, phone)), "http.unauthorized") << "another machine without a login";
    Request here = phone;
    here.from_loopback = true;
    EXPECT_FALSE(refuse(policy, here)) << "this machine itself";

    Request rebinding = here;
    rebinding.headers["host"] = "attacker.example:8765";
    EXPECT_EQ(code_of(refuse(policy, rebinding)), "http.forbidden") << "a name is not an address";
    rebinding.headers["host"] = "192.168.1.20:9999";
    EXPECT_EQ(code_of(refuse(policy, rebinding)), "http.forbidden") << "another port";
    rebinding.headers["host"] = "[fe80::1]:8765";
    EXPECT_FALSE(refuse(policy, rebinding)) << "an IPv6 literal";

    Request login = request("GET", "/login");
    login.query["token"] = token;
    EXPECT_FALSE(refuse(policy, login)) << "the login page needs no login";
    const Response session = gate.login(login);
    phone.headers["cookie"] = cookie_pair(session, kSessionCookie);
    EXPECT_FALSE(refuse(policy, phone));

    Request cross_site = request("POST", "/api/v1/weighins");
    cross_site.headers["cookie"] = cookie_pair(session, kSessionCookie);
    cross_site.headers["origin"] = "http://evil.example";
    EXPECT_EQ(code_of(refuse(policy, cross_site)), "http.forbidden");
}

}  // namespace
}  // namespace ironstride::server
