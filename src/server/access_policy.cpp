#include "server/access_policy.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "server/json_errors.hpp"

namespace ironstride::server {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool served_host(const AccessPolicy& policy, std::string_view host) {
    const std::string wanted = lower(host);
    return std::find(policy.hosts.begin(), policy.hosts.end(), wanted) != policy.hosts.end();
}

bool changes_state(std::string_view method) { return method != "GET" && method != "HEAD"; }

Response forbidden(std::string message, std::string found) {
    return error_response(util::Error(util::ErrorCode::http_forbidden, std::move(message))
                              .with_found(std::move(found))
                              .with_hint("open the dashboard at the address `ironstride serve` printed"));
}

}  // namespace

bool is_loopback(const std::string& address) {
    return address == "localhost" || address == "::1" || address == "[::1]" || address.rfind("127.", 0) == 0;
}

AccessPolicy access_policy_for(const std::string& address, unsigned short port) {
    AccessPolicy policy;
    const auto add = [&](std::string_view host) { policy.hosts.push_back(lower(fmt::format("{}:{}", host, port))); };
    if (is_loopback(address)) {
        add("127.0.0.1");
        add("localhost");
        add("[::1]");
    }
    const bool ipv6 = address.find(':') != std::string::npos && address.front() != '[';
    add(ipv6 ? "[" + address + "]" : address);
    std::sort(policy.hosts.begin(), policy.hosts.end());
    policy.hosts.erase(std::unique(policy.hosts.begin(), policy.hosts.end()), policy.hosts.end());
    return policy;
}

std::optional<Response> refuse(const AccessPolicy& policy, const Request& request) {
    const std::string_view host = request.header("host").value_or("");
    if (!served_host(policy, host)) {
        return forbidden("this server does not serve that host name (a guard against DNS rebinding)", std::string(host));
    }
    if (!changes_state(request.method)) return std::nullopt;
    if (const auto origin = request.header("origin")) {
        const std::string_view scheme = "http://";
        const bool ours = origin->substr(0, scheme.size()) == scheme && served_host(policy, origin->substr(scheme.size()));
        if (!ours) return forbidden("a change requested by another site's page", std::string(*origin));
    }
    if (request.header("sec-fetch-site").value_or("") == "cross-site") {
        return forbidden("a change requested by another site's page", "Sec-Fetch-Site: cross-site");
    }
    return std::nullopt;
}

}  // namespace ironstride::server
