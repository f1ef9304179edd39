#include "server/page_routes.hpp"

#include <algorithm>
#include <string>

#include "server/dashboard_assets.hpp"
#include "server/json_errors.hpp"

namespace ironstride::server {

namespace {

Response shell() {
    Response response;
    response.content_type = "text/html; charset=utf-8";
    response.body = std::string(dashboard_shell());
    return response;
}

/// An asset, or 304 when the browser's copy (If-None-Match) is this one. "no-cache": the browser may keep it but
/// asks each time, so a new binary's bundle is never shadowed by an old one.
Response asset(const Asset& file, const Request& request) {
    Response response;
    response.headers.emplace_back("Cache-Control", "no-cache");
    response.headers.emplace_back("ETag", file.etag);
    const std::string_view wanted = request.header("if-none-match").value_or("");
    if (wanted == file.etag || wanted == "W/" + file.etag) {
        response.status = 304;
        response.content_type = std::string(file.content_type);
        return response;
    }
    response.content_type = std::string(file.content_type);
    response.body = std::string(file.bytes);
    return response;
}

}  // namespace

void add_page_routes(Router& router) {
    for (const char* page : {"/", "/plan", "/verdict", "/activities", "/import", "/profile"}) {
        router.add(Route{"GET", page, [](const Request&, const PathParams&) { return shell(); }, 0});
    }
    router.add(Route{"GET", "/activities/{id}",
                     [](const Request& request, const PathParams& params) {
                         const std::string& id = params.at("id");
                         if (id.empty() || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                             return error_response(util::ErrorCode::http_not_found, "no such page: " + request.path);
                         }
                         return shell();
                     },
                     0});
    for (const Asset& file : dashboard_assets()) {
        router.add(Route{"GET", std::string(file.path),
                         [&file](const Request& request, const PathParams&) { return asset(file, request); }, 0});
    }
}

}  // namespace ironstride::server
