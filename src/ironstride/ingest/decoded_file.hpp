#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest {

/// The file formats ironstride reads, detected from content (format_detect.hpp), never from the file name.
enum class FileFormat {
    unknown,
    fit,             ///< Garmin FIT (activity files)
    gpx,             ///< GPX 1.0 / 1.1 tracks
    tcx,             ///< Garmin Training Center XML v2 activities
    strong_csv,      ///< Strong app workout export
    hevy_csv,        ///< Hevy app workout export
    body_csv,        ///< date,weight_kg|weight_lb[,body_fat_pct] (docs/csv-formats.md)
    sleep_csv,       ///< date,sleep_h[,quality_pct]
    nutrition_csv,   ///< date,kcal[,protein_g][,carbs_g][,fat_g]
    cronometer_csv,  ///< Cronometer "Daily Nutrition" (daily summary) export
};

/// Short lower-case name ("gpx", "strong-csv"), as `ironstride formats` prints it.
[[nodiscard]] std::string_view to_string(FileFormat format) noexcept;

/// How to read values a file does not label (STYLE habit 14: units are fixed at the edge).
struct DecodeOptions {
    /// Unit of Strong's "Weight"/"Distance" columns when the export has no unit column or unit in the header
    /// (Strong writes the app's display unit without saying which): kg and km, or lb and miles.
    /// Empty (neither `--strong-units` nor a profile given): metric, and a warning says so for a file that needed it.
    std::optional<domain::UnitSystem> unlabelled_units;
    /// Read damaged FIT files as far as they go (`import --recover`, like GPSBabel's recoverymode): a CRC mismatch,
    /// a data size that runs past the end or an unfinished header becomes a warning instead of a failure, and
    /// decoding stops at the first broken message. Off by default: a damaged file is reported, not half-imported.
    bool recover_damaged_fit = false;
    /// The current instant, which "after tomorrow" is relative to (ingest/plausible_times.hpp): the import's clock
    /// (pinned by IRONSTRIDE_NOW in tests). Empty: the system clock.
    std::optional<units::Instant> now;
    /// The last day a body, sleep or nutrition row may give (tomorrow in the athlete's calendar, so a log kept
    /// in a time zone ahead still imports): a later day is a typo, refused with its line like `checkin` refuses a
    /// future --date. Unset: only the earliest plausible day (units::kEarliestPlausibleDay) is checked.
    std::optional<units::CivilDay> latest_day;
};

/// Everything one input file holds, in SI units and UTC. A file gives activities or daily entries (or nothing, with
/// a warning saying why); `warnings` are problems that did not stop the file (skipped points, tracks without time).
struct DecodedFile {
    FileFormat format = FileFormat::unknown;
    std::vector<domain::Activity> activities;
    std::vector<domain::BodyEntry> body;
    std::vector<domain::SleepEntry> sleep;
    std::vector<domain::NutritionEntry> nutrition;
    std::vector<std::string> warnings;

    [[nodiscard]] bool empty() const noexcept {
        return activities.empty() && body.empty() && sleep.empty() && nutrition.empty();
    }
};

}  // namespace ironstride::ingest
