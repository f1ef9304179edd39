#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ironstride/app/import_files.hpp"

#include <gtest/gtest.h>

#include "ironstride/ingest/file_collector.hpp"
#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"

namespace ironstride::app {
namespace {

namespace fs = std::filesystem;
using ironstride::testing::corpus_file;
using ironstride::testing::TempDir;

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path copy_into(const TempDir& dir, const std::string& corpus_path, const std::string& name) {
    const fs::path target = dir / ("in/" + name);
    fs::create_directories(target.parent_path());
    fs::copy_file(corpus_file(corpus_path), target, fs::copy_options::overwrite_existing);
    return target;
}

using domain::FileOutcome;
using domain::ImportSummary;
using ingest::DecodedFile;
using ingest::FileFormat;
using ingest::ScopedDecoderOverride;

std::vector<ingest::InputFile> collect(const fs::path& root) {
    const std::vector<fs::path> roots{root};
    return ingest::collect_input_files(roots).files;
}

/// One athlete's store, and the import's reads of it.
class ImporterTest : public ::testing::Test {
protected:
    ImportSummary import(const std::vector<ingest::InputFile>& files, const ImportOptions& options = {},
                         ImportObserver* observer = nullptr) {
        return import_files(*db, domain::kLocalAthlete, files, options, observer);
    }
    std::vector<domain::ActivitySummary> activities(store::Store& store) {
        return store.read(domain::kLocalAthlete)->activities().list({});
    }
    std::vector<domain::ActivitySummary> activities() { return activities(*db); }
    std::optional<domain::ImportRecord> logged(const fs::path& path) {
        return db->read(domain::kLocalAthlete)->import_log().find_by_path(path.string());
    }

    TempDir dir;
    std::unique_ptr<store::Store> db = store::open_store(dir / "test.db");
};

TEST_F(ImporterTest, ImportsGoodFilesAndSkipsABadOneWithItsPosition) {
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "run.fit");
    copy_into(dir, "gpx/gpxpy--cerknicko-jezero.gpx", "lake.gpx");
    copy_into(dir, "csv/strongstats--sample_strong.csv", "strong.csv");
    // A FIT file cut in the middle of its data: the header promises more bytes than there are.
    const std::string whole = read_bytes(corpus_file("fit/fitparse--garmin-fenix-5-run.fit"));
    ironstride::testing::write_file(dir / "in/truncated.fit", whole.substr(0, whole.size() / 2));

    const ImportSummary summary = import(collect(dir / "in"));
    EXPECT_EQ(summary.files, 4U);
    EXPECT_EQ(summary.imported, 3U);
    EXPECT_EQ(summary.failed, 1U);
    EXPECT_TRUE(summary.anything_skipped());
    ASSERT_EQ(summary.failures.size(), 1U);
    EXPECT_NE(summary.failures[0].message.find("truncated.fit"), std::string::npos) << summary.failures[0].message;
    EXPECT_NE(summary.failures[0].message.find("byte"), std::string::npos) << summary.failures[0].message;

    const auto stored = activities();
    EXPECT_EQ(stored.size(), summary.activities);
    EXPECT_GE(stored.size(), 3U);  // a run, a track, at least one Strong workout
    const auto failed = logged((dir / "in/truncated.fit"));
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->status, domain::ImportStatus::failed);
    EXPECT_FALSE(failed->error.empty());
}

// Regression: Strong and Hevy imports failed with "cannot store BLOB value in TEXT column strength_set.exercise_key"
// (a name bound as a blob into a STRICT table). Every lifting export of the corpus must land, with its set count in
// the log and the names stored as text.
TEST_F(ImporterTest, EveryCorpusStrongAndHevyExportLandsWithItsSetsAsText) {
    const std::vector<std::string> exports{"hevycoach--workout_data.csv", "strongstats--sample_hevy.csv",
                                           "strongstats--sample_strong.csv", "strongstats--sample_strong_legacy.csv",
                                           "ysmath--strong_workouts.csv"};
    for (const std::string& name : exports) copy_into(dir, "csv/" + name, name);

    const ImportSummary summary = import(collect(dir / "in"));
    EXPECT_EQ(summary.imported, exports.size());
    EXPECT_EQ(summary.failed, 0U);
    for (const auto& failure : summary.failures) ADD_FAILURE() << failure.message;
    for (const std::string& name : exports) {
        const auto record = logged(dir / "in" / name);
        ASSERT_TRUE(record.has_value()) << name;
        EXPECT_EQ(record->status, domain::ImportStatus::ok) << name << ": " << record->error;
        EXPECT_GT(record->set_count, 0) << name;
    }
    const auto sets = db->read(domain::kLocalAthlete)->activities().strength_sets({});
    // The legacy Strong sample repeats the current one's workout of 2024-11-28 (10 sets): stored twice, counted once.
    ASSERT_EQ(summary.day_conflicts.size(), 1U);
    EXPECT_EQ(summary.day_conflicts[0].kind, domain::DailyKind::strength);
    EXPECT_EQ(sets.size() + 10, summary.sets);
    for (const domain::StoredStrengthSet& set : sets) {
        EXPECT_FALSE(set.set.exercise.empty());
        EXPECT_FALSE(set.exercise_key.empty()) << set.set.exercise;
    }
    EXPECT_GT(summary.sets, 1000U);  // the Hevy sample alone holds thousands of sets
}

// A FIT file the device never closed (header data size 0) is skipped by default, with the byte offset and a hint;
// with recover_damaged_fit (`import --recover`) its activity lands and what was tolerated is a warning.
TEST_F(ImporterTest, RecoverModeImportsAnUnfinishedFitFileThatTheDefaultSkips) {
    copy_into(dir, "fit/sportslib--empty-activities.fit", "unfinished.fit");
    const ImportSummary strict = import(collect(dir / "in"));
    ASSERT_EQ(strict.failed, 1U);
    EXPECT_NE(strict.failures[0].message.find("byte 4: unfinished file"), std::string::npos) << strict.failures[0].message;
    EXPECT_NE(strict.failures[0].message.find("--recover"), std::string::npos) << strict.failures[0].message;
    EXPECT_TRUE(activities().empty());

    ImportOptions options;
    options.decode.recover_damaged_fit = true;
    std::vector<FileOutcome> outcomes;
    struct Collect final : ImportObserver {
        std::vector<FileOutcome>* seen = nullptr;
        void on_file(const FileOutcome& outcome, std::size_t, std::uint64_t) override { seen->push_back(outcome); }
    } observer;
    observer.seen = &outcomes;
    const ImportSummary recovered = import(collect(dir / "in"), options, &observer);
    EXPECT_EQ(recovered.failed, 0U);
    EXPECT_EQ(recovered.imported, 1U);
    EXPECT_EQ(activities().size(), 1U);
    ASSERT_EQ(outcomes.size(), 1U);
    ASSERT_FALSE(outcomes[0].warnings.empty());
    EXPECT_EQ(outcomes[0].warnings[0].rfind("recovered: ", 0), 0U) << outcomes[0].warnings[0];
    EXPECT_NE(outcomes[0].warnings[0].find("unfinished file"), std::string::npos) << outcomes[0].warnings[0];
}

TEST_F(ImporterTest, ReimportingAnUnchangedArchiveDecodesNothing) {
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "a.fit");
    copy_into(dir, "fit/fitparse--garmin-fenix-5-walk.fit", "b.fit");
    const ImportSummary first = import(collect(dir / "in"));
    ASSERT_EQ(first.imported, 2U);

    std::atomic<int> decodes{0};
    const ScopedDecoderOverride counting(FileFormat::fit, [&decodes](std::span<const std::byte>, const std::string&) {
        ++decodes;
        return util::Result<DecodedFile>(util::Error(util::ErrorCode::import_unreadable, "must not be called"));
    });
    const ImportSummary second = import(collect(dir / "in"));
    EXPECT_EQ(second.unchanged, 2U);
    EXPECT_EQ(second.imported, 0U);
    EXPECT_EQ(decodes.load(), 0);
    EXPECT_EQ(activities().size(), first.activities);
}

TEST_F(ImporterTest, SameBytesUnderTwoPathsAreStoredOnce) {
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "one.fit");
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "copy/two.fit");
    const ImportSummary summary = import(collect(dir / "in"));
    EXPECT_EQ(summary.imported, 1U);
    EXPECT_EQ(summary.duplicates, 1U);
    EXPECT_EQ(activities().size(), 1U);
    // And across runs: a third copy imported later is a duplicate too.
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "later/three.fit");
    const ImportSummary later = import(collect(dir / "in"));
    EXPECT_EQ(later.duplicates, 1U);
    EXPECT_EQ(later.unchanged, 2U);
    EXPECT_EQ(activities().size(), 1U);
}

TEST_F(ImporterTest, AChangedFileReplacesItsActivitiesInsteadOfDoublingThem) {
    const fs::path path = copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "run.fit");
    ASSERT_EQ(import(collect(dir / "in")).imported, 1U);
    fs::copy_file(corpus_file("fit/fitparse--garmin-fenix-5-walk.fit"), path, fs::copy_options::overwrite_existing);
    const ImportSummary summary = import(collect(dir / "in"));
    EXPECT_EQ(summary.imported, 1U);
    const auto stored = activities();
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored[0].sport, domain::Sport::walking);
}

TEST_F(ImporterTest, ADecoderThatThrowsFailsOnlyItsFile) {
    copy_into(dir, "fit/fitparse--garmin-fenix-5-run.fit", "run.fit");
    copy_into(dir, "gpx/gpxpy--cerknicko-jezero.gpx", "lake.gpx");
    const ScopedDecoderOverride throwing(FileFormat::fit, [](std::span<const std::byte>, const std::string&)
                                                               -> util::Result<DecodedFile> {
        throw std::runtime_error("decoder exploded");
    });
    const ImportSummary summary = import(collect(dir / "in"));
    EXPECT_EQ(summary.imported, 1U);
    ASSERT_EQ(summary.failed, 1U);
    EXPECT_NE(summary.failures[0].message.find("decoder exploded"), std::string::npos);
    EXPECT_EQ(activities().size(), 1U);
}

TEST_F(ImporterTest, ActivityIdsDoNotDependOnTheNumberOfThreads) {
    for (const char* name : {"fit/fitparse--garmin-fenix-5-run.fit", "fit/fitparse--garmin-fenix-5-walk.fit",
                             "fit/fitparse--garmin-fenix-5-bike.fit", "gpx/gpxpy--cerknicko-jezero.gpx",
                             "tcx/gc--10kUNLP2014-Garmin15.tcx"}) {
        copy_into(dir, name, fs::path(name).filename().string());
    }
    ImportOptions one_thread;
    one_thread.threads = 1;
    import(collect(dir / "in"), one_thread);
    const auto serial = activities();

    TempDir other;
    const std::unique_ptr<store::Store> parallel_db = store::open_store(other / "parallel.db");
    ImportOptions many;
    many.threads = 4;
    many.max_in_flight = 2;
    import_files(*parallel_db, domain::kLocalAthlete, collect(dir / "in"), many);
    const auto parallel = activities(*parallel_db);
    ASSERT_EQ(serial.size(), parallel.size());
    for (std::size_t i = 0; i < serial.size(); ++i) {
        EXPECT_EQ(serial[i].id, parallel[i].id);
        EXPECT_EQ(serial[i].source_path, parallel[i].source_path);
        EXPECT_EQ(serial[i].record_count, parallel[i].record_count);
    }
}

/// One daily log layout: a header, a row for a day in "the other unit", and how to read the day's value back.
struct DailyLayout {
    const char* name;
    const char* header_a;
    const char* row_a;     ///< a.csv's value of 2024-05-01
    const char* header_b;
    const char* row_b;     ///< b.csv's value of the same day, in another unit or from another app
    double value_a;        ///< what a.csv's row reads as (SI)
    double value_b;
    domain::DailyKind kind;
};

std::optional<double> day_value(store::Store& db, domain::DailyKind kind, units::CivilDay day) {
    auto unit = db.read(domain::kLocalAthlete);
    const domain::DayRange range{day, day};
    switch (kind) {
    case domain::DailyKind::body: {
        const auto rows = unit->daily_logs().body(range);
        return rows.empty() ? std::nullopt : std::optional(rows[0].weight_kg);
    }
    case domain::DailyKind::sleep: {
        const auto rows = unit->daily_logs().sleep(range);
        return rows.empty() ? std::nullopt : std::optional(rows[0].hours);
    }
    case domain::DailyKind::nutrition: {
        const auto rows = unit->daily_logs().nutrition(range);
        return rows.empty() ? std::nullopt : std::optional(rows[0].kcal);
    }
    case domain::DailyKind::strength: break;
    }
    return std::nullopt;
}

class DailySourcesTest : public ImporterTest, public ::testing::WithParamInterface<DailyLayout> {};

// Finding 12.1: a day given by two files belongs to both. The later file's value is used and the conflict named
// with both files and lines; when that file changes so that its row moves to another day, the first file's value
// of the day comes back (it was never deleted), without re-importing the first file.
TEST_P(DailySourcesTest, ChangingOneFileNeverDeletesAnotherFilesDay) {
    const DailyLayout& layout = GetParam();
    const units::CivilDay may_first{std::chrono::year{2024} / 5 / 1};
    const units::CivilDay may_third{std::chrono::year{2024} / 5 / 3};
    ironstride::testing::write_file(dir / "in/a.csv", std::string(layout.header_a) + "\n2024-05-01," + layout.row_a + "\n");
    ASSERT_EQ(import(collect(dir / "in")).imported, 1U);
    ironstride::testing::write_file(dir / "in/b.csv", std::string(layout.header_b) + "\n2024-05-01," + layout.row_b + "\n");
    const ImportSummary second = import(collect(dir / "in"));
    ASSERT_EQ(second.imported, 1U);
    ASSERT_EQ(second.day_conflicts.size(), 1U);
    const domain::DaySourceConflict& conflict = second.day_conflicts[0];
    EXPECT_EQ(conflict.kind, layout.kind);
    EXPECT_EQ(conflict.day, may_first);
    EXPECT_EQ(fs::path(conflict.path).filename(), "b.csv");
    EXPECT_EQ(conflict.line, 2U);
    EXPECT_EQ(fs::path(conflict.other_path).filename(), "a.csv");
    EXPECT_EQ(conflict.other_line, 2U);
    EXPECT_NEAR(day_value(*db, layout.kind, may_first).value_or(-1), layout.value_b, 0.01);

    // b.csv is edited: its row moves to 2024-05-03. The day of a.csv is a.csv's again.
    ironstride::testing::write_file(dir / "in/b.csv", std::string(layout.header_b) + "\n2024-05-03," + layout.row_b + "\n");
    const ImportSummary third = import(collect(dir / "in"));
    EXPECT_EQ(third.imported, 1U);
    EXPECT_EQ(third.unchanged, 1U);
    EXPECT_TRUE(third.day_conflicts.empty());
    EXPECT_NEAR(day_value(*db, layout.kind, may_first).value_or(-1), layout.value_a, 0.01);
    EXPECT_NEAR(day_value(*db, layout.kind, may_third).value_or(-1), layout.value_b, 0.01);
}

// The same shape for lifting: a Strong export repeats every earlier workout, so two exports give the same sessions.
// Reads count each session once (the later file's), and changing the later file brings the earlier one's back.
TEST_F(ImporterTest, TwoExportsOfTheSameWorkoutsCountEachSessionOnce) {
    const fs::path first = copy_into(dir, "csv/strongstats--sample_strong.csv", "strong-march.csv");
    ASSERT_EQ(import(collect(dir / "in")).imported, 1U);
    const std::size_t sessions = activities().size();
    const std::size_t sets = db->read(domain::kLocalAthlete)->activities().strength_sets({}).size();
    ASSERT_GT(sessions, 5U);
    const std::string whole = read_bytes(first);
    ironstride::testing::write_file(dir / "in/strong-april.csv", whole + "\n");  // the same workouts, other bytes

    const ImportSummary again = import(collect(dir / "in"));
    EXPECT_EQ(activities().size(), sessions);
    EXPECT_EQ(db->read(domain::kLocalAthlete)->activities().strength_sets({}).size(), sets);
    ASSERT_EQ(again.day_conflicts.size(), sessions);
    EXPECT_EQ(again.day_conflicts[0].kind, domain::DailyKind::strength);

    // The later file loses its first workout: the earlier file's copy of it is counted again.
    const std::size_t first_workout_rows = static_cast<std::size_t>(std::count(whole.begin(), whole.end(), '\n'));
    ASSERT_GT(first_workout_rows, 2U);
    std::string rest = whole.substr(0, whole.find('\n') + 1);
    const std::string first_start = whole.substr(whole.find('\n') + 1, 19);
    std::size_t at = whole.find('\n') + 1;
    while (at < whole.size()) {
        const std::size_t end = whole.find('\n', at);
        const std::string line = whole.substr(at, end == std::string::npos ? std::string::npos : end + 1 - at);
        if (line.compare(0, first_start.size(), first_start) != 0) rest += line;
        at = end == std::string::npos ? whole.size() : end + 1;
    }
    ironstride::testing::write_file(dir / "in/strong-april.csv", rest);
    import(collect(dir / "in"));
    EXPECT_EQ(activities().size(), sessions);
    EXPECT_EQ(db->read(domain::kLocalAthlete)->activities().strength_sets({}).size(), sets);
}

INSTANTIATE_TEST_SUITE_P(
    EveryDailyLog, DailySourcesTest,
    ::testing::Values(DailyLayout{"body", "date,weight_kg", "80", "date,weight_lb", "180", 80.0, 81.65,
                                  domain::DailyKind::body},
                      DailyLayout{"sleep", "date,sleep_h", "7.5", "date,sleep_h,quality_pct", "6.25,70", 7.5, 6.25,
                                  domain::DailyKind::sleep},
                      DailyLayout{"nutrition", "date,kcal", "2450", "date,kcal,protein_g", "2100,150", 2450, 2100,
                                  domain::DailyKind::nutrition}),
    [](const ::testing::TestParamInfo<DailyLayout>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace ironstride::app
