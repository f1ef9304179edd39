#include "server/access_policy.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
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

/// "192.168.1.20" or "[fe80::1]": an address, not a name.
bool ip_literal(std::string_view host) {
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        return host.find_first_not_of("0123456789abcdefABCDEF:.", 1) == host.size() - 1;
    }
    return !host.empty() && host.find_first_not_of("0123456789.") == std::string_view::npos &&
           std::count(host.begin(), host.end(), '.') == 3;
}

bool served_host(const AccessPolicy& policy, std::string_view host) {
    const std::string wanted = lower(host);
    if (std::find(policy.hosts.begin(), policy.hosts.end(), wanted) != policy.hosts.end()) return true;
    if (!policy.any_ip_literal) return false;
    const std::string suffix = fmt::format(":{}", policy.port);
    return wanted.size() > suffix.size() && wanted.ends_with(suffix) &&
           ip_literal(std::string_view(wanted).substr(0, wanted.size() - suffix.size()));
}

bool every_address(const std::string& address) { return address == "0.0.0.0" || address == "::" || address == "[::]"; }

/// This machine's host name, lower case; empty when it has none.
std::string machine_host_name() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0) return {};
    return lower(name.data());
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
    if (every_address(address)) {
        policy.any_ip_literal = true;
        add("localhost");
        if (const std::string name = machine_host_name(); !name.empty()) {
            add(name);
            if (!name.ends_with(".local")) add(name + ".local");
        }
    }
    policy.port = port;
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
    if (policy.login != nullptr && !request.from_loopback) {
        if (std::optional<Response> refusal = policy.login->refuse(request)) return refusal;
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
