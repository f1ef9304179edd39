// The `ironstride` executable: builds the CLI, runs the chosen command, and alone turns errors into exit statuses
// and one clean line each (STYLE habit 10).

#include <exception>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/commands/registry.hpp"
#include "ironstride/util/error.hpp"

namespace {

/// Every kind of error is the user's to fix (usage, an input, a file, the database), so each is status 2; the
/// switch is here so that a new kind must choose its status.
int exit_status_for(ironstride::util::ErrorKind kind) {
    using ironstride::util::ErrorKind;
    switch (kind) {
        case ErrorKind::usage:
        case ErrorKind::input:
        case ErrorKind::io:
        case ErrorKind::storage: return ironstride::cli::kExitInvalidInput;
    }
    return ironstride::cli::kExitInternal;
}

int print_user_error(const ironstride::util::Error& error) {
    fmt::print(stderr, "ironstride: error: {}\n", error.what());
    if (!error.hint().empty()) fmt::print(stderr, "hint: {}\n", error.hint());
    return exit_status_for(error.kind());
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ironstride::cli;
    CLI::App app{"ironstride: plan and check hybrid training (lifting + running) for one athlete, offline."};
    app.set_version_flag("--version", std::string("ironstride ") + IRONSTRIDE_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    std::vector<Command> commands;
    try {
        commands = register_commands(app);
        app.parse(argc, argv);
        for (const Command& command : commands) {
            if (command.app->parsed()) return command.run();
        }
        fmt::print(stderr, "ironstride: error: no command given\nhint: run 'ironstride --help'\n");
        return kExitInvalidInput;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        fmt::print(stderr, "ironstride: error: {}\nhint: run 'ironstride --help' or 'ironstride COMMAND --help'\n",
                   e.what());
        return kExitInvalidInput;
    } catch (const ironstride::util::Error& e) {
        return print_user_error(e);
    } catch (const std::exception& e) {
        fmt::print(stderr, "ironstride: internal error: {}\nhint: this is a bug; please report it with the command line\n",
                   e.what());
        return kExitInternal;
    }
}
