#include "cli/commands/import.hpp"

#include <cstdio>
#include <filesystem>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "cli/import_progress.hpp"
#include "ironstride/app/import_files.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/report/import_report.hpp"

namespace ironstride::cli {

namespace {

constexpr CommandTraits kImportTraits{.writes_database = true, .reads_database = true, .accepts_json = true};

/// Keeps freed memory in the process during an import. Every file allocates and frees sample columns of tens to
/// hundreds of KB; with glibc's defaults the larger ones are mmap'ed and unmapped each time and the heap top is
/// trimmed, so the next file faults the same pages in again (perf: ~6 % of a single-core import in page faults).
/// The thresholds bound what is kept (far below the 200 MB peak-memory budget of docs/commands/import.md).
void keep_freed_memory() {
#if defined(__GLIBC__)
    constexpr int kMmapThresholdBytes = 16 << 20;
    constexpr int kTrimThresholdBytes = 32 << 20;
    (void)::mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
    (void)::mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
#endif
}

/// Units of a Strong export that does not name them: --strong-units, else the profile's `units`, else none (metric,
/// with a warning; ingest::DecodeOptions).
std::optional<domain::UnitSystem> strong_units(const ImportCommandOptions& options) {
    if (options.strong_units) return options.strong_units;
    if (options.profile) return profile::load_profile(*options.profile, today(options.profile)).units;
    return std::nullopt;
}

}  // namespace

int run_import(const ImportCommandOptions& options) {
    const std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    keep_freed_memory();
    app::ImportOptions import_options;
    import_options.threads = options.threads;
    import_options.decode.unlabelled_units = strong_units(options);
    import_options.decode.recover_damaged_fit = options.recover;
    import_options.decode.now = now();
    // Tomorrow, not today: a log kept in a time zone ahead of this machine's may already hold tomorrow's date.
    import_options.decode.latest_day = today(std::nullopt) + std::chrono::days{1};
    ImportProgress progress(stderr, options.quiet);
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    const domain::ImportSummary summary =
        app::import_paths(store, domain::kLocalAthlete, paths, import_options, &progress);
    if (!options.quiet) {
        fmt::print(stderr, "import: done in {:.2f} s ({:.1f} MB/s)\n", summary.seconds,
                   summary.seconds > 0 ? static_cast<double>(summary.bytes) / 1e6 / summary.seconds : 0.0);
    }
    const std::string database = store.get().location();
    const std::string output = options.json ? report::render_import_json(summary, database)
                                            : report::render_import_text(summary, database);
    fmt::print(stdout, "{}", output);
    std::fflush(stdout);
    return summary.anything_skipped() ? kExitPartial : kExitOk;
}

Command setup_import(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "import", "Import training files and folders (FIT, GPX, TCX, Strong/Hevy CSV, body/sleep/nutrition CSV; "
                  "detected by content) into the database; unchanged files are skipped by content hash");
    auto options = std::make_shared<ImportCommandOptions>();
    app->add_option("PATH", options->paths, "Files or folders (searched recursively)")->required();
    add_database_option(*app, options->db_path);
    app->add_flag("--json", options->json, "Print the summary as JSON (docs/commands/import.md)");
    app->add_flag("-q,--quiet", options->quiet, "No progress output on stderr (skipped files are still reported)");
    app->add_option("-j,--threads", options->threads, "Decoding threads (default: one per core)")
        ->check(CLI::Range(0U, 256U));
    app->add_flag("--recover", options->recover,
                  "Read damaged FIT files (CRC mismatch, truncated, never closed) as far as they go instead of "
                  "skipping them; what was tolerated is reported as a warning");
    app->add_option_function<std::string>(
           "--strong-units",
           [options](const std::string& name) {
               options->strong_units = name == "imperial" ? domain::UnitSystem::imperial : domain::UnitSystem::metric;
           },
           "Units of Strong exports that do not name them: metric (kg, km; default) or imperial (lb, miles)")
        ->check(CLI::IsMember({"metric", "imperial"}))
        ->type_name("metric|imperial");
    app->add_option("--profile", options->profile,
                    "Athlete profile (TOML, docs/profile.md): its units are those of "
                    "Strong exports that do not name them (unless --strong-units)");

    Command command;
    command.app = app;
    command.traits = kImportTraits;
    command.run = [options] { return run_import(*options); };
    return command;
}

}  // namespace ironstride::cli
