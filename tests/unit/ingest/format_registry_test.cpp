#include <cstddef>
#include <set>
#include <span>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/util/error.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest {
namespace {

std::span<const std::byte> as_bytes(const std::string& text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

TEST(FormatRegistry, ListsEveryFormatOnceWithADecoderAndADescription) {
    std::set<FileFormat> seen;
    for (const FormatEntry& entry : format_registry()) {
        EXPECT_TRUE(seen.insert(entry.format).second) << entry.name;
        EXPECT_EQ(to_string(entry.format), entry.name);
        EXPECT_FALSE(entry.description.empty()) << entry.name;
        EXPECT_NE(entry.decode, nullptr) << entry.name;
        EXPECT_EQ(find_format(entry.format), &entry);
    }
    EXPECT_EQ(seen.size(), 9U);
    EXPECT_EQ(find_format(FileFormat::unknown), nullptr);
    EXPECT_EQ(to_string(FileFormat::unknown), "unknown");
}

TEST(DecodeFile, DecodesByContentAndSetsTheFormat) {
    const util::FileBytes gpx(testing::test_data("pass/gpx/two_tracks_segments_tpx.gpx"));
    const auto decoded = decode_file(gpx.bytes(), "whatever.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_EQ(decoded->format, FileFormat::gpx);
    EXPECT_EQ(decoded->activities.size(), 2U);

    const util::FileBytes sleep(testing::test_data("pass/csv/sleep.csv"));
    const auto entries = decode_file(sleep.bytes(), "sleep.csv");
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->format, FileFormat::sleep_csv);
    EXPECT_EQ(entries->sleep.size(), 2U);

    const util::FileBytes fit(testing::corpus_file("fit/gpsbabel--fit-sample.fit"));
    const auto activities = decode_file(fit.bytes(), "fit-sample.fit");
    ASSERT_TRUE(activities.ok()) << activities.error().to_string();
    EXPECT_EQ(activities->format, FileFormat::fit);
    EXPECT_FALSE(activities->activities.empty());
}

TEST(DecodeFile, NamesWhatItSawWhenTheFormatIsUnknown) {
    const auto zip = decode_file(as_bytes(std::string("PK\x03\x04rest", 8)), "a.zip");
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.error().to_string(),
              "a.zip: unknown format: binary, 8 bytes, starts with a zip header; expected FIT, GPX, TCX, or a Strong, "
              "Hevy, Cronometer, body, sleep or nutrition CSV (see `ironstride formats`)");
    const auto kml = decode_file(as_bytes("<kml/>"), "k.xml");
    ASSERT_FALSE(kml.ok());
    EXPECT_NE(kml.error().message().find("an XML document with root <kml>, 6 bytes"), std::string::npos);
}

TEST(DecodeFile, PassesDecoderFailuresWithTheirPosition) {
    const util::FileBytes file(testing::test_data("fail/gpx/bad_latitude.gpx"));
    const auto decoded = decode_file(file.bytes(), "bad.gpx");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().pos().line, 5U);
    EXPECT_EQ(decoded.error().pos().column, 5U);
}

TEST(ScopedDecoderOverride, ReplacesADecoderWhileAliveAndTurnsThrownErrorsIntoFailures) {
    const util::FileBytes file(testing::test_data("pass/csv/body_kg.csv"));
    {
        const ScopedDecoderOverride fails(FileFormat::body_csv, [](std::span<const std::byte>, const std::string& path) {
            return util::Result<DecodedFile>{util::Error(util::ErrorCode::csv_bad_value, util::SourcePos::at_line(path, 7), "mock failure")};
        });
        const auto decoded = decode_file(file.bytes(), "b.csv");
        ASSERT_FALSE(decoded.ok());
        EXPECT_EQ(decoded.error().to_string(), "b.csv:7: mock failure");
        {
            const ScopedDecoderOverride throws(FileFormat::body_csv, [](std::span<const std::byte>, const std::string& path)
                                                   -> util::Result<DecodedFile> {
                throw util::Error(util::ErrorCode::fit_bad_record, util::SourcePos::at_byte(path, 42), "mock exception");
            });
            const auto thrown = decode_file(file.bytes(), "b.csv");
            ASSERT_FALSE(thrown.ok());
            EXPECT_EQ(thrown.error().to_string(), "b.csv: byte 42: mock exception");
        }
        EXPECT_EQ(decode_file(file.bytes(), "b.csv").error().message(), "mock failure");  // the outer one again
    }
    const auto real = decode_file(file.bytes(), "b.csv");
    ASSERT_TRUE(real.ok());
    EXPECT_EQ(real->body.size(), 3U);
}

}  // namespace
}  // namespace ironstride::ingest
