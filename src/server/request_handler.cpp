#include "server/request_handler.hpp"

#include <algorithm>
#include <exception>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/json_errors.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

void add_safety_headers(Response& response) {
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    // Answers hold the athlete's data: never stored, unless a route says otherwise (the bundles revalidate).
    const bool has_cache_control = std::any_of(response.headers.begin(), response.headers.end(),
                                               [](const auto& header) { return header.first == "Cache-Control"; });
    if (!has_cache_control) response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
}

Response routed(const Router& router, const AccessPolicy& policy, const Request& request, const BugLog& log_bug) {
    if (std::optional<Response> refusal = refuse(policy, request)) return std::move(*refusal);
    try {
        return router.dispatch(request);
    } catch (const util::Error& error) {
        return error_response(error);
    } catch (const std::exception& bug) {
        log_bug(fmt::format("{} {}: {}", request.method, request.path, bug.what()));
        // A bug is not one of the user's errors (docs/errors.md): it gets no code of that table.
        Response response;
        response.status = 500;
        response.body = nlohmann::json{{"error",
                                        {{"code", "internal"},
                                         {"message", "the server failed on this request: a bug, please report it "
                                                     "with the server's log"}}}}
                            .dump(2) +
                        "\n";
        return response;
    }
}

}  // namespace

Response handle_request(const Router& router, const AccessPolicy& policy, const Request& request,
                        const BugLog& log_bug) {
    Response response = routed(router, policy, request, log_bug);
    add_safety_headers(response);
    return response;
}

}  // namespace ironstride::server
