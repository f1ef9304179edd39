#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride report --profile FILE [--db PATH] [--from D] [--to D] [--format text|json|html] [--out FILE]
/// [--units metric|imperial] [--recompute]` (docs/commands/report.md): the verdict on "does my running kill my muscle
/// gains?" with every finding's numbers and evidence.
struct ReportOptions {
    std::string profile_path;
    std::optional<std::string> db_path;
    std::optional<std::string> from;  ///< YYYY-MM-DD, inclusive; default: 12 weeks before --to
    std::optional<std::string> to;    ///< YYYY-MM-DD, inclusive; default: today
    std::string format = "text";      ///< text, json or html
    std::optional<std::string> out;   ///< write here instead of standard output
    std::optional<domain::UnitSystem> units;  ///< display units; default: the profile's
    bool recompute = false;                   ///< recompute every cached per-activity metric
};


/// Builds the report and returns what goes to standard output: the report itself, or with --out a one-line note
/// naming the file written. Throws util::Error for bad dates, util::Error for an invalid profile,
/// util::Error for a missing database or an unwritable --out.
[[nodiscard]] std::string run_report(const ReportOptions& options, units::CivilDay today);

[[nodiscard]] Command setup_report(CLI::App& root);

}  // namespace ironstride::cli
