#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride serve --profile FILE [--db PATH] [--host 127.0.0.1] [--port 8765]` (docs/commands/serve.md): the
/// athlete's dashboard API over HTTP on this machine, until SIGINT or SIGTERM.
struct ServeOptions {
    std::string profile_path;
    std::optional<std::string> db_path;
    std::string host = "127.0.0.1";
    unsigned short port = 8765;
};

[[nodiscard]] Command setup_serve(CLI::App& root);

}  // namespace ironstride::cli
