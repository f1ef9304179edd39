#include "ironstride/app/import_files.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "ironstride/app/detail/prepare_pipeline.hpp"
#include "ironstride/util/echo.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

using detail::PreparedFile;
using domain::FileOutcome;
using domain::FileResult;
using domain::ImportRecord;
using domain::ImportStatus;

ImportRecord base_record(const ingest::InputFile& file, const PreparedFile& prepared) {
    ImportRecord record;
    record.path = file.path.string();
    record.content_hash = prepared.hash;
    record.size_bytes = file.size_bytes;
    record.imported_at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return record;
}

std::size_t day_count(const ingest::DecodedFile& decoded) {
    return decoded.body.size() + decoded.sleep.size() + decoded.nutrition.size();
}

/// The import-log row and the outcome's counts for a decoded file (an empty one is logged as skipped).
ImportRecord decoded_record(const ingest::InputFile& file, const PreparedFile& prepared, FileOutcome& outcome) {
    const ingest::DecodedFile& decoded = prepared.decoded;
    ImportRecord record = base_record(file, prepared);
    record.format = std::string(to_string(decoded.format));
    for (std::size_t i = 0; i < decoded.activities.size(); ++i) {
        outcome.records += prepared.encoded[i].point_count;
        outcome.sets += decoded.activities[i].sets.size();
    }
    outcome.activities = decoded.activities.size();
    outcome.days = day_count(decoded);
    record.activity_count = static_cast<std::int64_t>(outcome.activities);
    record.record_count = static_cast<std::int64_t>(outcome.records);
    record.set_count = static_cast<std::int64_t>(outcome.sets);
    record.day_count = static_cast<std::int64_t>(outcome.days);
    if (decoded.empty()) {
        record.status = ImportStatus::skipped;
        record.error = decoded.warnings.empty() ? "nothing to import" : util::display_message(decoded.warnings.front());
        outcome.result = FileResult::empty;
        outcome.message = record.error;
    }
    return record;
}

/// Stores one decoded file in one unit of work; throws when the store refuses (nothing of the file is kept then).
void store_decoded(store::Store& store, domain::AthleteId athlete, const ingest::InputFile& file,
                   const PreparedFile& prepared, FileOutcome& outcome) {
    const ingest::DecodedFile& decoded = prepared.decoded;
    const ImportRecord record = decoded_record(file, prepared, outcome);
    const auto unit = store.write(athlete);
    const std::int64_t import_id = unit->import_log().record(record);
    for (std::size_t i = 0; i < decoded.activities.size(); ++i) {
        unit->activities().insert(decoded.activities[i], prepared.encoded[i], import_id);
    }
    store::DailyLogRepository& days = unit->daily_logs();
    std::vector<domain::DaySourceConflict> conflicts;
    const auto add = [&conflicts](std::vector<domain::DaySourceConflict> found) {
        conflicts.insert(conflicts.end(), found.begin(), found.end());
    };
    if (!decoded.body.empty()) add(days.upsert_body(decoded.body, import_id));
    if (!decoded.sleep.empty()) add(days.upsert_sleep(decoded.sleep, import_id));
    if (!decoded.nutrition.empty()) add(days.upsert_nutrition(decoded.nutrition, import_id));
    if (!decoded.activities.empty()) add(unit->activities().repeated_strength_sessions(import_id));
    unit->commit();
    outcome.day_conflicts = std::move(conflicts);
}

/// Logs a file that was not stored (failed, or a duplicate), in a unit of work of its own.
void log_only(store::Store& store, domain::AthleteId athlete, ImportRecord record) {
    const auto unit = store.write(athlete);
    unit->import_log().record(record);
    unit->commit();
}

void store_failure(store::Store& store, domain::AthleteId athlete, const ingest::InputFile& file,
                   const PreparedFile& prepared, const util::Error& failure, std::string_view format) {
    ImportRecord record = base_record(file, prepared);
    record.status = ImportStatus::failed;
    record.format = std::string(format);
    record.error = util::display_error(failure);
    record.error_pos = failure.pos();
    log_only(store, athlete, std::move(record));
}

/// The writer's side of one file: stores or logs what the worker prepared, and says what happened.
class FileWriter {
public:
    FileWriter(store::Store& store, domain::AthleteId athlete) : m_store(store), m_athlete(athlete) {}

    FileOutcome write(const ingest::InputFile& file, PreparedFile prepared) {
        FileOutcome outcome;
        outcome.path = file.path;
        outcome.size_bytes = file.size_bytes;
        outcome.format = std::string(to_string(prepared.decoded.format));
        outcome.warnings = prepared.decoded.warnings;
        mark_duplicate_of_this_run(prepared);
        switch (prepared.kind) {
            case PreparedFile::Kind::unchanged: outcome.result = FileResult::unchanged; break;
            case PreparedFile::Kind::duplicate: write_duplicate(file, prepared, outcome); break;
            case PreparedFile::Kind::decoded: write_decoded(file, prepared, outcome); break;
            case PreparedFile::Kind::failed:
                store_failure(m_store, m_athlete, file, prepared, *prepared.failure, "");
                outcome.fail(*prepared.failure);
                break;
        }
        return outcome;
    }

private:
    /// Contents stored earlier in this same run (the workers' snapshot of the log cannot know them).
    void mark_duplicate_of_this_run(PreparedFile& prepared) const {
        if (prepared.kind != PreparedFile::Kind::decoded) return;
        if (const auto it = m_stored_this_run.find(prepared.hash); it != m_stored_this_run.end()) {
            prepared.kind = PreparedFile::Kind::duplicate;
            prepared.original_path = it->second;
        }
    }

    void write_duplicate(const ingest::InputFile& file, const PreparedFile& prepared, FileOutcome& outcome) {
        outcome.result = FileResult::duplicate;
        outcome.message = fmt::format("same content as {}", util::display_path(prepared.original_path));
        ImportRecord record = base_record(file, prepared);
        record.status = ImportStatus::duplicate;
        record.format = std::string(to_string(prepared.decoded.format));
        record.error = outcome.message;
        log_only(m_store, m_athlete, std::move(record));
    }

    void write_decoded(const ingest::InputFile& file, const PreparedFile& prepared, FileOutcome& outcome) {
        try {
            store_decoded(m_store, m_athlete, file, prepared, outcome);
            if (outcome.result == FileResult::imported) m_stored_this_run.emplace(prepared.hash, file.path.string());
        } catch (const util::Error& error) {
            if (error.kind() == util::ErrorKind::storage) throw;  // the store failed: no later file would fare better
            log_unstored(file, prepared, outcome, error.what());
        } catch (const std::exception& error) {
            log_unstored(file, prepared, outcome, error.what());
        }
    }

    /// The file's unit of work rolled back; logs why, in a unit of its own.
    void log_unstored(const ingest::InputFile& file, const PreparedFile& prepared, FileOutcome& outcome,
                      std::string_view why) {
        const std::string format(to_string(prepared.decoded.format));
        const util::Error failure(util::ErrorCode::import_unreadable, util::SourcePos{file.path.string(), {}, {}, {}},
                                  fmt::format("cannot store: {}", why));
        store_failure(m_store, m_athlete, file, prepared, failure, format);
        outcome = FileOutcome{};
        outcome.path = file.path;
        outcome.format = format;
        outcome.size_bytes = file.size_bytes;
        outcome.fail(failure);
    }

    store::Store& m_store;
    domain::AthleteId m_athlete;
    std::unordered_map<std::string, std::string> m_stored_this_run;
};

unsigned worker_threads(const ImportOptions& options, std::size_t files) {
    const unsigned wanted = options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
    return std::clamp<unsigned>(wanted, 1U, static_cast<unsigned>(std::min<std::size_t>(files, 256)));
}

}  // namespace

domain::ImportSummary import_files(store::Store& store, domain::AthleteId athlete,
                                   std::span<const ingest::InputFile> files, const ImportOptions& options,
                                   ImportObserver* observer) {
    const auto started = std::chrono::steady_clock::now();
    domain::ImportSummary summary;
    summary.files = files.size();
    for (const ingest::InputFile& file : files) summary.bytes += file.size_bytes;
    if (observer != nullptr) observer->on_start(files.size(), summary.bytes);
    if (files.empty()) return summary;

    // Taken before the import log is read, so that a second import sees what the first one stored.
    const auto lock = store.lock_imports([observer] {
        if (observer != nullptr) observer->on_waiting_for_other_import();
    });
    const detail::KnownImports known = [&] {
        const auto unit = store.read(athlete);
        return detail::KnownImports::from(unit->import_log().list());
    }();
    const auto bulk = store.bulk_writes();
    const unsigned threads = worker_threads(options, files.size());
    const std::size_t window = options.max_in_flight != 0 ? options.max_in_flight : std::size_t{4} * threads;
    detail::PreparePipeline pipeline(files, known, options.decode, threads, window);
    FileWriter writer(store, athlete);
    std::uint64_t bytes_done = 0;
    for (std::size_t index = 0; index < files.size(); ++index) {
        FileOutcome outcome = writer.write(files[index], pipeline.next());
        bytes_done += files[index].size_bytes;
        if (observer != nullptr) observer->on_file(outcome, index + 1, bytes_done);
        summary.add(std::move(outcome));
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

domain::ImportSummary import_paths(StoreHandle& store, domain::AthleteId athlete,
                                   std::span<const std::filesystem::path> paths, const ImportOptions& options,
                                   ImportObserver* observer) {
    const ingest::CollectedInputs inputs = ingest::collect_input_files(paths);
    if (observer != nullptr) {
        for (const util::Error& folder : inputs.unreadable) observer->on_not_walked(folder);
        for (const util::Error& passed : inputs.passed_over) observer->on_not_walked(passed);
    }
    domain::ImportSummary summary = import_files(store.get(), athlete, inputs.files, options, observer);
    for (const util::Error& folder : inputs.unreadable) summary.add_unreadable(folder);
    summary.passed_over = inputs.passed_over;
    return summary;
}

}  // namespace ironstride::app
