#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "server/http_message.hpp"

namespace ironstride::server {

/// The values of a pattern's `{name}` segments.
using PathParams = std::map<std::string, std::string, std::less<>>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

/// One endpoint: method, path pattern ("/api/v1/activities/{id}": a `{name}` segment matches one non-empty
/// segment), handler, and how large a body it accepts.
struct Route {
    std::string method;
    std::string pattern;
    Handler handler;
    std::size_t max_body_bytes = 0;
};

/// Routes in the order added; the first whose method and pattern match handles the request.
class Router {
public:
    void add(Route route);

    /// The route for a method and path; nullptr when none matches. `params` gets its `{name}` values.
    [[nodiscard]] const Route* find(std::string_view method, std::string_view path, PathParams& params) const;
    /// Whether some route has this path with another method (405 rather than 404).
    [[nodiscard]] bool path_exists(std::string_view path) const;
    /// The methods of the routes matching a path, "GET, POST" (the Allow header of a 405).
    [[nodiscard]] std::string allowed_methods(std::string_view path) const;
    /// Handles a request: its route's response; JSON 404 or 405 errors when no route takes it.
    [[nodiscard]] Response dispatch(const Request& request) const;

    [[nodiscard]] const std::vector<Route>& routes() const noexcept { return m_routes; }

private:
    std::vector<Route> m_routes;
};

/// Whether `path` matches `pattern`, filling `params`.
[[nodiscard]] bool match_pattern(std::string_view pattern, std::string_view path, PathParams& params);

}  // namespace ironstride::server
