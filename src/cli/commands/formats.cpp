#include "cli/commands/formats.hpp"

#include <cstdio>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "ironstride/app/formats.hpp"

namespace ironstride::cli {

Command setup_formats(CLI::App& root) {
    CLI::App* app = root.add_subcommand("formats", "List the file formats `import` reads (detected by content)");
    Command command;
    command.app = app;
    command.run = [] {
        for (const ingest::FormatEntry& entry : app::list_formats()) {
            fmt::print(stdout, "{:<16} {}\n", entry.name, entry.description);
        }
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
