#include "ironstride/ingest/format_registry.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "ironstride/ingest/activity_plausibility.hpp"
#include "ironstride/ingest/csv/daily_csv_reader.hpp"
#include "ironstride/ingest/csv/strength_workout_builder.hpp"
#include "ironstride/ingest/fit/fit_reader.hpp"
#include "ironstride/ingest/format_detect.hpp"
#include "ironstride/ingest/gpx/gpx_activity_builder.hpp"
#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/ingest/tcx/tcx_activity_builder.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::ingest {

namespace {

units::Instant now_of(const DecodeOptions& options) { return options.now.value_or(current_time()); }

util::Result<DecodedFile> decode_gpx(std::span<const std::byte> bytes, const std::string& path,
                                     const DecodeOptions& options) {
    return gpx::decode_gpx(bytes, path, now_of(options));
}

util::Result<DecodedFile> decode_tcx(std::span<const std::byte> bytes, const std::string& path,
                                     const DecodeOptions& options) {
    return tcx::decode_tcx(bytes, path, now_of(options));
}

util::Result<DecodedFile> decode_strong(std::span<const std::byte> bytes, const std::string& path,
                                        const DecodeOptions& options) {
    return csv::decode_strong(bytes, path, options);
}

util::Result<DecodedFile> decode_hevy(std::span<const std::byte> bytes, const std::string& path, const DecodeOptions&) {
    return csv::decode_hevy(bytes, path);
}

util::Result<DecodedFile> decode_daily(std::span<const std::byte> bytes, const std::string& path,
                                       const DecodeOptions& options) {
    return csv::decode_daily(bytes, path, options.latest_day);
}

util::Result<DecodedFile> decode_fit(std::span<const std::byte> bytes, const std::string& path,
                                     const DecodeOptions& options) {
    DecodedFile decoded;
    decoded.format = FileFormat::fit;
    if (options.recover_damaged_fit) {
        auto recovered = fit::read_activities_recovering(bytes, path);
        if (!recovered) return recovered.error();
        decoded.activities = std::move(recovered->activities);
        for (const util::Error& warning : recovered->warnings) {
            decoded.warnings.push_back(fmt::format("recovered: {}", warning.to_string()));
        }
    } else {
        auto activities = fit::read_activities(bytes, path);
        if (!activities) return activities.error();
        decoded.activities = std::move(activities.value());
    }
    if (decoded.activities.empty()) {
        decoded.warnings.emplace_back("no activity: the FIT file holds no activity (settings, a course, a workout …)");
    }
    return decoded;
}

constexpr std::array<FormatEntry, 9> kRegistry{{
    {FileFormat::gpx, "gpx", "GPX 1.0/1.1 tracks (Garmin TrackPointExtension heart rate and cadence)", &decode_gpx},
    {FileFormat::tcx, "tcx", "Garmin Training Center XML v2 activities with laps", &decode_tcx},
    {FileFormat::strong_csv, "strong-csv", "Strong app workout export (comma or semicolon, kg or lb)", &decode_strong},
    {FileFormat::hevy_csv, "hevy-csv", "Hevy app workout export (kg or lb)", &decode_hevy},
    {FileFormat::body_csv, "body-csv", "bodyweight log: date,weight_kg|weight_lb[,body_fat_pct]", &decode_daily},
    {FileFormat::sleep_csv, "sleep-csv", "sleep log: date,sleep_h[,quality_pct]", &decode_daily},
    {FileFormat::nutrition_csv, "nutrition-csv", "food log: date,kcal[,protein_g][,carbs_g][,fat_g]", &decode_daily},
    {FileFormat::cronometer_csv, "cronometer-csv", "Cronometer daily nutrition summary export", &decode_daily},
    {FileFormat::fit, "fit", "Garmin FIT activity files (watches, bike computers, apps)", &decode_fit},
}};

/// Track formats record times, distances and speeds a device can get wrong: each activity is made sane or the file
/// is rejected (ingest/activity_plausibility.hpp).
bool records_tracks(FileFormat format) {
    return format == FileFormat::fit || format == FileFormat::gpx || format == FileFormat::tcx;
}

util::Result<DecodedFile> made_plausible(util::Result<DecodedFile> decoded, const std::string& path,
                                         const DecodeOptions& options) {
    if (!decoded || !records_tracks(decoded->format)) return decoded;
    const units::Instant now = now_of(options);
    std::vector<domain::Activity>& activities = decoded->activities;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const std::string label = activities.size() == 1 ? "activity" : fmt::format("activity {}", i + 1);
        if (auto error = make_plausible(activities[i], decoded->warnings, path, label, now)) return std::move(*error);
    }
    return decoded;
}

struct Override {
    FileFormat format;
    ScopedDecoderOverride::Decoder decoder;
};

std::vector<Override>& overrides() {
    static std::vector<Override> active;
    return active;
}

}  // namespace

std::string_view to_string(FileFormat format) noexcept {
    if (const FormatEntry* entry = find_format(format)) return entry->name;
    return "unknown";
}

std::span<const FormatEntry> format_registry() noexcept { return kRegistry; }

const FormatEntry* find_format(FileFormat format) noexcept {
    const auto found = std::find_if(kRegistry.begin(), kRegistry.end(),
                                    [format](const FormatEntry& entry) { return entry.format == format; });
    return found == kRegistry.end() ? nullptr : &*found;
}

util::Result<DecodedFile> decode_file(std::span<const std::byte> bytes, const std::string& path,
                                      const DecodeOptions& options) {
    // A 0-byte file (a sync that never finished, a placeholder) holds nothing to import; it is not a bad file.
    if (bytes.empty()) {
        DecodedFile nothing;
        nothing.warnings.emplace_back("empty file: 0 bytes, nothing to import");
        return nothing;
    }
    const FileFormat format = detect_format(bytes.first(std::min(bytes.size(), kDetectHeadBytes)));
    const FormatEntry* entry = find_format(format);
    if (entry == nullptr) {
        return util::Error(
            util::ErrorCode::import_unknown_format, util::SourcePos{path, {}, {}, {}},
            fmt::format("unknown format: {}; expected FIT, GPX, TCX, or a Strong, Hevy, Cronometer, "
                        "body, sleep or nutrition CSV (see `ironstride formats`)",
                        describe_content(bytes.first(std::min<std::size_t>(bytes.size(), 512)), bytes.size())));
    }
    try {
        for (auto it = overrides().rbegin(); it != overrides().rend(); ++it) {
            if (it->format == format) {
                auto decoded = it->decoder(bytes, path);
                if (decoded) decoded->format = format;
                return made_plausible(std::move(decoded), path, options);
            }
        }
        auto decoded = entry->decode(bytes, path, options);
        if (decoded) decoded->format = format;
        return made_plausible(std::move(decoded), path, options);
    } catch (const util::Error& error) {
        return error;
    }
}

ScopedDecoderOverride::ScopedDecoderOverride(FileFormat format, Decoder decoder) : m_format(format) {
    overrides().push_back(Override{format, std::move(decoder)});
}

ScopedDecoderOverride::~ScopedDecoderOverride() {
    auto& active = overrides();
    const auto newest = std::find_if(active.rbegin(), active.rend(),
                                     [this](const Override& entry) { return entry.format == m_format; });
    if (newest != active.rend()) active.erase(std::next(newest).base());
}

}  // namespace ironstride::ingest
