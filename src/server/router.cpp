#include "server/router.hpp"

#include "server/json_errors.hpp"

namespace ironstride::server {

namespace {

/// The next '/'-separated segment of `text` (which starts after a '/'), and the rest after it.
std::string_view next_segment(std::string_view& text) {
    const std::size_t slash = text.find('/');
    const std::string_view segment = text.substr(0, slash);
    text = slash == std::string_view::npos ? std::string_view() : text.substr(slash + 1);
    return segment;
}

}  // namespace

bool match_pattern(std::string_view pattern, std::string_view path, PathParams& params) {
    if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    PathParams found;
    while (true) {
        const bool pattern_done = pattern.empty();
        const bool path_done = path.empty();
        if (pattern_done || path_done) {
            if (!(pattern_done && path_done)) return false;
            params = std::move(found);
            return true;
        }
        const std::string_view want = next_segment(pattern);
        const std::string_view have = next_segment(path);
        if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
            if (have.empty()) return false;
            found.emplace(std::string(want.substr(1, want.size() - 2)), std::string(have));
        } else if (want != have) {
            return false;
        }
    }
}

void Router::add(Route route) { m_routes.push_back(std::move(route)); }

const Route* Router::find(std::string_view method, std::string_view path, PathParams& params) const {
    for (const Route& route : m_routes) {
        if (route.method == method && match_pattern(route.pattern, path, params)) return &route;
    }
    return nullptr;
}

bool Router::path_exists(std::string_view path) const {
    PathParams ignored;
    for (const Route& route : m_routes) {
        if (match_pattern(route.pattern, path, ignored)) return true;
    }
    return false;
}

std::string Router::allowed_methods(std::string_view path) const {
    std::string out;
    PathParams ignored;
    for (const Route& route : m_routes) {
        if (!match_pattern(route.pattern, path, ignored) || out.find(route.method) != std::string::npos) continue;
        if (!out.empty()) out += ", ";
        out += route.method;
    }
    return out;
}

Response Router::dispatch(const Request& request) const {
    PathParams params;
    if (const Route* route = find(request.method, request.path, params)) return route->handler(request, params);
    if (path_exists(request.path)) {
        Response response = error_response(util::ErrorCode::http_method_not_allowed,
                                           request.method + " is not allowed on " + request.path);
        response.headers.emplace_back("Allow", allowed_methods(request.path));
        return response;
    }
    return error_response(util::ErrorCode::http_not_found, "no such page or endpoint: " + request.path);
}

}  // namespace ironstride::server
