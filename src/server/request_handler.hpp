#pragma once

#include <functional>
#include <string_view>

#include "server/access_policy.hpp"
#include "server/router.hpp"

namespace ironstride::server {

/// Where the handler reports what it cannot answer (a bug: status 500); stderr in the server.
using BugLog = std::function<void(std::string_view)>;

/// One request end to end, without the network: the access policy, then the route; a util::Error becomes its JSON
/// error document and status, anything else a 500 logged as a bug. Every response gets the headers that keep a
/// browser from sniffing types, caching athlete data or framing the pages.
[[nodiscard]] Response handle_request(const Router& router, const AccessPolicy& policy, const Request& request,
                                      const BugLog& log_bug);

}  // namespace ironstride::server
