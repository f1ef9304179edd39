#pragma once

#include <array>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "server/http_message.hpp"
#include "server/router.hpp"

namespace ironstride::server {

/// The login a server beyond loopback requires (docs/commands/serve.md "On the LAN"). At start the server makes a
/// one-time login token and prints it once, in the login URL; the gate keeps only its BLAKE2b hash. Opening the URL
/// exchanges the token for a session: an HttpOnly, SameSite=Strict cookie (its hash kept, never the value) and a
/// CSRF token the page sends back in X-CSRF-Token with every change. After that the token is spent: another device
/// needs a new URL (restart the server). Requests from this machine itself (a loopback peer) need no login.
/// Sessions last kSessionLifetime, or until the server stops.
class LoginGate {
public:
    /// A gate whose one-time token is `token` (new_login_token()).
    explicit LoginGate(std::string_view token);

    /// GET /login?token=…: a session (303 to "/" with its cookies) for the unspent token; 401 otherwise.
    [[nodiscard]] Response login(const Request& request);
    /// Nothing when the request holds a live session and, for a change (not GET or HEAD), its CSRF token; else the
    /// 401 refusal. GET /login itself is always let through.
    [[nodiscard]] std::optional<Response> refuse(const Request& request) const;

private:
    using Digest = std::array<unsigned char, 32>;
    struct Session {
        std::string csrf;
        std::chrono::steady_clock::time_point expires;
    };
    mutable std::mutex m_mutex;  ///< the server runs one thread today; the coach's server may not
    Digest m_token_hash{};
    bool m_token_spent = false;
    std::map<Digest, Session> m_sessions;  ///< by the hash of the session id
};

/// How long a session cookie lives (a month of gym visits from the same phone).
inline constexpr std::chrono::hours kSessionLifetime{24 * 30};
/// The cookie and header names.
inline constexpr std::string_view kSessionCookie = "ironstride_session";
inline constexpr std::string_view kCsrfCookie = "ironstride_csrf";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

/// 32 random bytes (libsodium's CSPRNG), URL-safe base64 without padding: a login token or a session id.
[[nodiscard]] std::string new_login_token();

/// Adds GET /login (the gate's login) to the router.
void add_login_route(Router& router, LoginGate& gate);

/// A cookie's value from the request's Cookie header; nothing when absent.
[[nodiscard]] std::optional<std::string> cookie_value(const Request& request, std::string_view name);

}  // namespace ironstride::server
