#include "cli/commands/serve.hpp"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"
#include "server/api_routes.hpp"
#include "server/http_server.hpp"
#include "server/page_routes.hpp"

namespace ironstride::cli {

namespace {

/// Creates the database for a new user (the dashboard's first check-in lands there) and writes on request.
constexpr CommandTraits kServeTraits{.writes_database = true, .reads_database = true, .accepts_json = false};

int run_serve(const ServeOptions& options) {
    if (!server::is_loopback(options.host)) {
        // Beyond loopback anyone on the network could read and change the athlete's data: that needs the login
        // token of docs/commands/serve.md, which this version does not have yet.
        throw util::Error(util::ErrorCode::usage_bad_value,
                          fmt::format("--host {}: serving beyond this machine needs a login, which this version of "
                                      "serve does not have yet",
                                      options.host))
            .with_hint("use --host 127.0.0.1 (the default), or reach it from the phone through an SSH tunnel");
    }
    const std::filesystem::path profile_path = options.profile_path;
    const profile::ProfileCheck check = profile::check_profile_file(profile_path, today(profile_path));
    if (!check.ok()) {
        fmt::print(stderr, "warning: {} has errors: the pages show them and the profile page can fix them\n",
                   options.profile_path);
    }
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    (void)store.get();  // open (or create) the database now: a bad --db fails before "listening on"
    server::Router router;
    server::add_api_routes(router, {profile_path, &store, [profile_path] { return today(profile_path); }});
    server::add_page_routes(router);
    server::HttpServer http(router, {options.host, options.port},
                            [](std::string_view bug) { fmt::print(stderr, "bug: {}\n", bug); });
    fmt::print(stdout, "listening on {}\n", http.url());
    std::fflush(stdout);
    http.run();
    fmt::print(stderr, "stopped\n");
    return kExitOk;
}

}  // namespace

Command setup_serve(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "serve", "The dashboard (pages and JSON API) on this machine (docs/commands/serve.md), until interrupted");
    auto options = std::make_shared<ServeOptions>();
    app->add_option("--profile", options->profile_path, "Athlete profile (TOML, docs/profile.md)")
        ->required()
        ->type_name("FILE");
    add_database_option(*app, options->db_path);
    app->add_option("--host", options->host, "Address to listen on (default 127.0.0.1: this machine only)")
        ->type_name("ADDRESS");
    app->add_option("--port", options->port, "Port (default 8765; 0 picks a free one)")->type_name("PORT");

    Command command;
    command.app = app;
    command.traits = kServeTraits;
    command.run = [options] { return run_serve(*options); };
    return command;
}

}  // namespace ironstride::cli
