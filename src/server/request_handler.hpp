#pragma once

#include <functional>
#include <string_view>

#include "server/access_policy.hpp"
#include "server/router.hpp"

namespace ironstride::server {

/// The Content-Security-Policy of every response: scripts, styles and requests of this server only, nothing inline,
/// no frames. The dashboard needs nothing more: its script fetches /api/v1/ and draws with the DOM and canvas.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Where the handler reports what it cannot answer (a bug: status 500); stderr in the server.
using BugLog = std::function<void(std::string_view)>;

/// One request end to end, without the network: the access policy, then the route; a util::Error becomes its JSON
/// error document and status, anything else a 500 logged as a bug. Every response gets the headers that keep a
/// browser from sniffing types, caching athlete data or framing the pages.
[[nodiscard]] Response handle_request(const Router& router, const AccessPolicy& policy, const Request& request,
                                      const BugLog& log_bug);

}  // namespace ironstride::server
