#pragma once

#include <optional>
#include <string>
#include <vector>

#include "server/http_message.hpp"
#include "server/login_gate.hpp"

namespace ironstride::server {

/// Who may talk to the server. A browser page on another site can make the athlete's browser send requests to
/// loopback, and DNS rebinding can make such a page same-origin with a name that resolves to 127.0.0.1, so:
/// - the Host header must be one the server serves (the address it listens on, and localhost for loopback);
/// - a state-changing request (anything but GET, HEAD) from a browser must come from one of those origins:
///   an Origin header naming another is refused, and so is Sec-Fetch-Site "cross-site".
/// - beyond loopback, every request from another machine needs the LAN login (`login`, server/login_gate.hpp).
struct AccessPolicy {
    std::vector<std::string> hosts;  ///< "127.0.0.1:8765", "localhost:8765", …; compared case-insensitively
    /// Listening on every address (0.0.0.0, ::): a phone reaches the server by whichever IP address of this
    /// machine its network gives, so any IP literal with the port is served. A name is served only when listed
    /// (this machine's host name): DNS rebinding needs a name, and gets nowhere.
    bool any_ip_literal = false;
    unsigned short port = 0;
    const LoginGate* login = nullptr;  ///< the LAN login, when serving beyond loopback
};

/// The hosts a server on `address`:`port` serves: the address itself; for loopback, localhost, 127.0.0.1 and
/// [::1]; for every address (0.0.0.0, ::), any IP literal, localhost and this machine's host name (and its
/// .local mDNS name).
[[nodiscard]] AccessPolicy access_policy_for(const std::string& address, unsigned short port);

/// The refusal of a request the policy does not allow (403, http.forbidden); nothing when it may go on.
[[nodiscard]] std::optional<Response> refuse(const AccessPolicy& policy, const Request& request);

/// Whether an address is a loopback one (127.0.0.0/8, ::1, localhost).
[[nodiscard]] bool is_loopback(const std::string& address);

}  // namespace ironstride::server
