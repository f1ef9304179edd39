#include "ironstride/store/sqlite/sqlite_import_log_repository.hpp"

#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using domain::ImportRecord;
using domain::ImportStatus;
using store::test::StoreTest;

domain::Activity activity_with_everything() {
    domain::Activity activity;
    activity.laps.resize(2);
    activity.sets.push_back(store::test::strength_set(1, "Squat (Barbell)", 100.0, 5));
    activity.samples.time_ms = {0, 1000};
    activity.samples.heart_rate_bpm = {120, 121};
    return activity;
}

TEST_F(StoreTest, ImportRecordRoundTripsEveryField) {
    ImportRecord record = store::test::ok_import("/archive/run.fit", "aa11");
    record.status = ImportStatus::failed;
    record.size_bytes = 9'876'543'210ULL;
    record.error = "/archive/run.fit: byte 1234: record of 9 bytes runs past the end of the data";
    record.error_pos = util::SourcePos::at_byte("/archive/run.fit", 1234);
    record.activity_count = 2;
    record.record_count = 7200;
    record.set_count = 12;
    record.day_count = 3;
    record.imported_at = store::test::at(1'714'550'400);
    const std::int64_t id = unit().import_log().record(record);
    EXPECT_GT(id, 0);

    const auto found = unit().import_log().find_by_path("/archive/run.fit");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->content_hash, "aa11");
    EXPECT_EQ(found->size_bytes, 9'876'543'210ULL);
    EXPECT_EQ(found->status, ImportStatus::failed);
    EXPECT_EQ(found->format, "fit");
    EXPECT_EQ(found->error, record.error);
    ASSERT_TRUE(found->error_pos.has_value());
    EXPECT_EQ(found->error_pos->to_string(), "/archive/run.fit: byte 1234");
    EXPECT_EQ(found->activity_count, 2);
    EXPECT_EQ(found->record_count, 7200);
    EXPECT_EQ(found->set_count, 12);
    EXPECT_EQ(found->day_count, 3);
    EXPECT_EQ(found->imported_at, store::test::at(1'714'550'400));
}

TEST_F(StoreTest, ErrorPositionWithLineAndColumn) {
    ImportRecord record = store::test::ok_import("/log.csv");
    record.status = ImportStatus::failed;
    record.error_pos = util::SourcePos::at_line("/log.csv", 17, 4);
    unit().import_log().record(record);
    EXPECT_EQ(unit().import_log().find_by_path("/log.csv")->error_pos->to_string(), "/log.csv:17:4");
}

TEST_F(StoreTest, EveryStatusIsStoredByName) {
    for (const ImportStatus status :
         {ImportStatus::ok, ImportStatus::skipped, ImportStatus::failed, ImportStatus::duplicate}) {
        ImportRecord record = store::test::ok_import(std::string("/") + to_string(status));
        record.status = status;
        unit().import_log().record(record);
        EXPECT_EQ(unit().import_log().find_by_path(record.path)->status, status);
    }
    EXPECT_EQ(m_db.connection().execAndGet("SELECT status FROM import_log WHERE path = '/duplicate'").getString(),
              "duplicate");
}

TEST_F(StoreTest, FindByHashPrefersTheImportedOriginal) {
    ImportRecord failed = store::test::ok_import("/a/broken-copy.fit", "feed");
    failed.status = ImportStatus::failed;
    unit().import_log().record(failed);
    unit().import_log().record(store::test::ok_import("/b/original.fit", "feed"));
    ImportRecord copy = store::test::ok_import("/c/copy.fit", "feed");
    copy.status = ImportStatus::duplicate;
    unit().import_log().record(copy);

    const auto found = unit().import_log().find_by_hash("feed");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->path, "/b/original.fit");
    EXPECT_FALSE(unit().import_log().find_by_hash("beef").has_value());
}

TEST_F(StoreTest, ReRecordingAPathReplacesItsRowAndEverythingImportedFromIt) {
    const std::int64_t first = unit().import_log().record(store::test::ok_import("/run.fit", "v1"));
    const std::int64_t activity_id =
        unit().activities().insert(activity_with_everything(), encode_samples(activity_with_everything().samples), first);
    unit().metrics().write({.activity_id = activity_id, .computed_version = 1, .trimp = 50.0});
    const domain::BodyEntry body = store::test::body_entry(store::test::day(2024, 5, 1), 80.0);
    unit().daily_logs().upsert_body(std::span(&body, 1), first);

    const std::int64_t second = unit().import_log().record(store::test::ok_import("/run.fit", "v2"));
    EXPECT_GT(second, first);  // ids are never reused
    EXPECT_EQ(count("import_log"), 1);
    EXPECT_EQ(unit().import_log().find_by_path("/run.fit")->content_hash, "v2");
    for (const char* table : {"activity", "activity_samples", "lap", "strength_set", "activity_metrics", "body_day"}) {
        EXPECT_EQ(count(table), 0) << table;
    }
}

TEST_F(StoreTest, DeletingAnImportCascadesAndLeavesOtherFilesAlone) {
    const std::int64_t a = unit().import_log().record(store::test::ok_import("/a.fit", "1"));
    const std::int64_t b = unit().import_log().record(store::test::ok_import("/b.fit", "2"));
    const domain::Activity activity = activity_with_everything();
    const EncodedSamples samples = encode_samples(activity.samples);
    unit().activities().insert(activity, samples, a);
    unit().activities().insert(activity, samples, b);
    EXPECT_TRUE(unit().import_log().remove("/a.fit"));
    EXPECT_FALSE(unit().import_log().remove("/a.fit"));
    EXPECT_EQ(count("activity"), 1);
    EXPECT_EQ(count("activity_samples"), 1);
    EXPECT_EQ(count("lap"), 2);
    EXPECT_EQ(count("strength_set"), 1);
    EXPECT_EQ(unit().activities().list({}).front().source_path, "/b.fit");
}

TEST_F(StoreTest, ListImportsInPathOrder) {
    for (const char* path : {"/c.fit", "/a.fit", "/b.fit"}) unit().import_log().record(store::test::ok_import(path));
    const auto imports = unit().import_log().list();
    ASSERT_EQ(imports.size(), 3U);
    EXPECT_EQ(imports[0].path, "/a.fit");
    EXPECT_EQ(imports[1].path, "/b.fit");
    EXPECT_EQ(imports[2].path, "/c.fit");
}

}  // namespace
}  // namespace ironstride::store::sqlite
