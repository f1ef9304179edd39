#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/domain/athlete.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride activities [--db PATH] [--from DATE] [--to DATE] [--sport S] [--json] [--units U]` and
/// `ironstride show ID [--db PATH] [--json] [--units U]` (docs/commands/activities.md).
struct ActivitiesOptions {
    std::optional<std::string> db_path;
    std::optional<std::string> from;  ///< YYYY-MM-DD, inclusive (UTC day)
    std::optional<std::string> to;    ///< YYYY-MM-DD, inclusive (UTC day)
    std::optional<std::string> sport;
    bool json = false;
    std::optional<domain::UnitSystem> units;
};

struct ShowOptions {
    std::int64_t id = 0;
    std::optional<std::string> db_path;
    bool json = false;
    std::optional<domain::UnitSystem> units;
};

[[nodiscard]] std::string run_activities(const ActivitiesOptions& options);
/// Throws util::Error when there is no activity with that id.
[[nodiscard]] std::string run_show(const ShowOptions& options);

[[nodiscard]] Command setup_activities(CLI::App& root);
[[nodiscard]] Command setup_show(CLI::App& root);

}  // namespace ironstride::cli
