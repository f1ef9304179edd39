#pragma once

#include "server/router.hpp"

namespace ironstride::server {

/// The page paths of the dashboard (/, /plan, /verdict, /activities, /activities/{id}, /import, /profile), each
/// answering the HTML shell, and the front end's bundles under /assets/ (docs/commands/serve.md "Pages").
void add_page_routes(Router& router);

}  // namespace ironstride::server
