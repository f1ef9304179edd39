#pragma once

#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace ironstride::cli {

/// What a subcommand declares about itself (STYLE habit 11).
struct CommandTraits {
    bool writes_database = false;
    bool reads_database = false;
    bool accepts_json = false;
};

/// A registered subcommand: its CLI11 node and the work to do when it was chosen. `run` returns the exit status
/// (0 ok, 1 partial: some inputs skipped); errors are thrown as util::Error and mapped by main.
struct Command {
    CLI::App* app = nullptr;
    CommandTraits traits;
    std::function<int()> run;
};

/// Process exit statuses (STYLE habit 10).
enum ExitStatus : int {
    kExitOk = 0,
    kExitPartial = 1,       ///< the command finished but skipped some inputs
    kExitInvalidInput = 2,  ///< invalid input file or usage
    kExitInternal = 3,      ///< a bug: please report
};

}  // namespace ironstride::cli
