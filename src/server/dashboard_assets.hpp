#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ironstride::server {

/// One file of the dashboard's front end, compiled into the binary (web/, bundled by esbuild and embedded by the
/// build): the URL path it is served at, its Content-Type, its bytes and an entity tag of them.
struct Asset {
    std::string_view path;  ///< "/assets/dashboard.js"
    std::string_view content_type;
    std::string_view bytes;
    std::string etag;  ///< a quoted hash of the bytes: a browser revalidates with If-None-Match and gets a 304
};

/// The bundles under /assets/ (the script and the stylesheet of every page). A fixed table: no request path is
/// ever looked up on the filesystem.
[[nodiscard]] const std::vector<Asset>& dashboard_assets();

/// The HTML shell of every page (web/src/dashboard/dashboard.html): the script draws the page its path names.
[[nodiscard]] std::string_view dashboard_shell();

}  // namespace ironstride::server
