#include "ironstride/ingest/csv/strength_workout_builder.hpp"

#include <chrono>

#include <fmt/format.h>

#include "ironstride/ingest/csv/hevy_reader.hpp"
#include "ironstride/ingest/csv/plausible_loads.hpp"
#include "ironstride/ingest/csv/strong_reader.hpp"

namespace ironstride::ingest::csv {

void StrengthWorkoutBuilder::on_set(const StrengthRow& row) {
    const auto key = std::make_pair(row.start_local, std::string(row.workout_name));
    auto found = m_index.find(key);
    if (found == m_index.end()) {
        domain::Activity workout;
        workout.format = m_format;
        workout.sport = domain::Sport::strength;
        workout.sub_sport = "strength_training";
        workout.name = std::string(row.workout_name);
        workout.start_utc = row.start_local;
        workout.utc_offset = units::UtcOffset{0};
        if (row.workout_duration_s) workout.elapsed_s = row.workout_duration_s;
        if (row.end_local && *row.end_local >= row.start_local) {
            workout.elapsed_s = std::chrono::duration<double>(*row.end_local - row.start_local).count();
        }
        found = m_index.emplace(key, m_activities.size()).first;
        m_activities.push_back(std::move(workout));
    }
    domain::Activity& workout = m_activities[found->second];
    domain::StrengthSet set;
    set.order = static_cast<int>(workout.sets.size());
    set.exercise = std::string(row.exercise);
    set.weight_kg = row.weight_kg;
    set.reps = row.reps;
    set.rpe = row.rpe;
    set.duration_s = row.duration_s;
    set.distance_m = row.distance_m;
    set.warmup = row.kind == SetKind::warmup;
    workout.sets.push_back(std::move(set));
}

namespace {

/// Strong writes the app's display unit into a bare "Weight" column without saying which; without --strong-units or
/// a profile, kilograms (the app's default outside the US) are assumed, and said.
constexpr domain::UnitSystem kDefaultUnlabelledUnits = domain::UnitSystem::metric;
constexpr std::string_view kUnlabelledUnitsWarning =
    "implausible: the Weight column names no unit; read as kg and km (the default): if the app shows lb and miles, "
    "import again with --strong-units imperial or --profile PATH (its units)";

void with_load_warnings(DecodedFile& decoded, PlausibleLoadCheck& checked) {
    for (std::string& warning : checked.warnings()) decoded.warnings.push_back(std::move(warning));
}

DecodedFile to_decoded(FileFormat format, StrengthWorkoutBuilder& builder, const StrengthCounts& counts) {
    DecodedFile decoded;
    decoded.format = format;
    decoded.activities = std::move(builder.activities());
    if (decoded.activities.empty()) decoded.warnings.emplace_back("no workout: the export has a header but no set rows");
    if (counts.skipped > 0) {
        decoded.warnings.push_back(fmt::format("{} rest-timer/note rows are not sets and were skipped", counts.skipped));
    }
    return decoded;
}

}  // namespace

util::Result<DecodedFile> decode_strong(std::span<const std::byte> bytes, const std::string& path,
                                        const DecodeOptions& options) {
    StrengthWorkoutBuilder builder(domain::SourceFormat::strong_csv);
    PlausibleLoadCheck checked(builder);
    StrongReader reader(checked, options.unlabelled_units.value_or(kDefaultUnlabelledUnits));
    const auto counts = reader.read(bytes, path);
    if (!counts) return counts.error();
    DecodedFile decoded = to_decoded(FileFormat::strong_csv, builder, counts.value());
    if (counts->weight_unit_unlabelled && !options.unlabelled_units) {
        decoded.warnings.insert(decoded.warnings.begin(), std::string(kUnlabelledUnitsWarning));
    }
    with_load_warnings(decoded, checked);
    return decoded;
}

util::Result<DecodedFile> decode_hevy(std::span<const std::byte> bytes, const std::string& path) {
    StrengthWorkoutBuilder builder(domain::SourceFormat::hevy_csv);
    PlausibleLoadCheck checked(builder);
    HevyReader reader(checked);
    const auto counts = reader.read(bytes, path);
    if (!counts) return counts.error();
    DecodedFile decoded = to_decoded(FileFormat::hevy_csv, builder, counts.value());
    with_load_warnings(decoded, checked);
    return decoded;
}

}  // namespace ironstride::ingest::csv
