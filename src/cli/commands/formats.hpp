#pragma once

#include "cli/command.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride formats`: the file formats `import` reads (the ingest registry), one line each.
[[nodiscard]] Command setup_formats(CLI::App& root);

}  // namespace ironstride::cli
