#include "cli/commands/serve.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"
#include "server/api_routes.hpp"
#include "server/http_server.hpp"
#include "server/login_gate.hpp"
#include "server/page_routes.hpp"

namespace ironstride::cli {

namespace {

/// Creates the database for a new user (the dashboard's first check-in lands there) and writes on request.
constexpr CommandTraits kServeTraits{.writes_database = true, .reads_database = true, .accepts_json = false};

/// This machine's IPv4 addresses beyond loopback: where a phone on the same network finds the server.
std::vector<std::string> lan_addresses() {
    std::vector<std::string> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (const ifaddrs* entry = list; entry != nullptr; entry = entry->ifa_next) {
        if (entry->ifa_addr == nullptr || entry->ifa_addr->sa_family != AF_INET) continue;
        std::array<char, INET_ADDRSTRLEN> text{};
        const auto* address = reinterpret_cast<const sockaddr_in*>(entry->ifa_addr);
        if (inet_ntop(AF_INET, &address->sin_addr, text.data(), text.size()) == nullptr) continue;
        if (!server::is_loopback(text.data())) out.emplace_back(text.data());
    }
    freeifaddrs(list);
    return out;
}

/// Beyond loopback anyone on the network could read and change the athlete's data: every other machine needs the
/// login (server/login_gate.hpp). The one-time token exists in plain text only until its URL is printed.
struct LanLogin {
    std::unique_ptr<server::LoginGate> gate;
    std::string token;
};

LanLogin lan_login(const ServeOptions& options) {
    if (server::is_loopback(options.host)) return {};
    LanLogin login;
    login.token = server::new_login_token();
    login.gate = std::make_unique<server::LoginGate>(login.token);
    return login;
}

/// The login URL for each address a phone may use, once; then the token is forgotten.
void print_login_urls(LanLogin& login, const std::string& host, unsigned short port) {
    if (!login.gate) return;
    std::vector<std::string> hosts{host};
    if (host == "0.0.0.0" || host == "::") hosts = lan_addresses();
    for (const std::string& address : hosts) {
        fmt::print(stdout, "login once from your phone: http://{}:{}/login?token={}\n", address, port, login.token);
    }
    login.token.assign(login.token.size(), '\0');
    login.token.clear();
}

int run_serve(const ServeOptions& options) {
    const std::filesystem::path profile_path = options.profile_path;
    const profile::ProfileCheck check = profile::check_profile_file(profile_path, today(profile_path));
    if (!check.ok()) {
        fmt::print(stderr, "warning: {} has errors: the pages show them and the profile page can fix them\n",
                   options.profile_path);
    }
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    (void)store.get();  // open (or create) the database now: a bad --db fails before "listening on"
    LanLogin login = lan_login(options);
    server::Router router;
    if (login.gate) server::add_login_route(router, *login.gate);
    server::add_api_routes(router, {profile_path, &store, [profile_path] { return today(profile_path); }});
    server::add_page_routes(router);
    server::HttpServer http(router, {options.host, options.port, login.gate.get()},
                            [](std::string_view bug) { fmt::print(stderr, "bug: {}\n", bug); });
    fmt::print(stdout, "listening on {}\n", http.url());
    print_login_urls(login, options.host, http.port());
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
