#include <cstddef>
#include <span>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/ingest/format_detect.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest {
namespace {

FileFormat detect(const std::string& text) {
    return detect_format(std::as_bytes(std::span<const char>(text.data(), text.size())));
}

std::string describe(const std::string& text) {
    return describe_content(std::as_bytes(std::span<const char>(text.data(), text.size())), text.size());
}

TEST(DetectFormat, FindsXmlRootsAfterBomDeclarationCommentsAndDoctype) {
    EXPECT_EQ(detect("<gpx version=\"1.1\"/>"), FileFormat::gpx);
    EXPECT_EQ(detect("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE gpx>\n<gpx>"), FileFormat::gpx);
    EXPECT_EQ(detect("  <?xml version=\"1.0\"?><ns:TrainingCenterDatabase xmlns:ns=\"x\">"), FileFormat::tcx);
    EXPECT_EQ(detect("<?xml version=\"1.0\"?><kml></kml>"), FileFormat::unknown);
    EXPECT_EQ(detect("<?xml version=\"1.0\""), FileFormat::unknown);
}

TEST(DetectFormat, FindsFitByItsHeaderSignature) {
    std::string header(14, '\0');
    header[0] = 14;
    header.replace(8, 4, ".FIT");
    EXPECT_EQ(detect(header), FileFormat::fit);
    header[0] = 13;
    EXPECT_EQ(detect(header), FileFormat::unknown);
    const util::FileBytes fit(testing::corpus_file("fit/gpsbabel--fit-sample.fit"));
    EXPECT_EQ(detect_format(fit.bytes()), FileFormat::fit);
}

TEST(DetectFormat, FindsCsvLayoutsByTheirHeaders) {
    EXPECT_EQ(detect("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps\n"), FileFormat::strong_csv);
    EXPECT_EQ(detect("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n"), FileFormat::strong_csv);
    EXPECT_EQ(detect("\"title\",\"start_time\",\"exercise_title\",\"set_index\",\"weight_kg\"\n"), FileFormat::hevy_csv);
    EXPECT_EQ(detect("Date,Energy (kcal),Protein (g)\n"), FileFormat::cronometer_csv);
    EXPECT_EQ(detect("date,weight_kg\n2024-05-01,80\n"), FileFormat::body_csv);
    EXPECT_EQ(detect("Date,Weight_LB,body_fat_pct\n"), FileFormat::body_csv);
    EXPECT_EQ(detect("date,sleep_h\n"), FileFormat::sleep_csv);
    EXPECT_EQ(detect("date,kcal,protein_g\n"), FileFormat::nutrition_csv);
    EXPECT_EQ(detect("name,age\nbob,3\n"), FileFormat::unknown);
    EXPECT_EQ(detect(""), FileFormat::unknown);
}

TEST(DetectFormat, IgnoresTheFileNameEntirely) {
    // A GPX file named .tcx is GPX: detection sees bytes only.
    const util::FileBytes file(testing::test_data("pass/gpx/gpx10_no_namespace_prefix.gpx"));
    EXPECT_EQ(detect_format(file.bytes()), FileFormat::gpx);
}

TEST(DescribeContent, SaysWhatKindOfFileItIsAndItsSize) {
    EXPECT_EQ(describe(""), "an empty file");
    EXPECT_EQ(describe(std::string("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10)),
              "binary, 10 bytes, starts with a zip header");
    EXPECT_EQ(describe(std::string("\x00\x01\x02", 3)), "binary, 3 bytes");
    EXPECT_EQ(describe("<?xml version=\"1.0\"?>\n<kml xmlns=\"x\">"), "an XML document with root <kml>, 37 bytes");
    EXPECT_EQ(describe("\n\n  \n"), "a text file of blank lines, 5 bytes");
}

TEST(DescribeContent, NeverEchoesAnyOfTheFilesBytes) {
    // An unknown file may be anything a link leads to: /etc/shadow, a key, a token.
    const std::string secret = "root:$y$j9T$Secret0123456789abcdef:19000:0:99999:7:::\nname,age\r\n";
    const std::string described = describe(secret);
    EXPECT_EQ(described, "a text file, 64 bytes");
    EXPECT_EQ(described.find("root"), std::string::npos);
    // A root element that is no plain name is not shown either.
    EXPECT_EQ(describe("<Secret0123456789abcdef0123456789abcdef0123456789/>"), "an XML document, 51 bytes");
}

}  // namespace
}  // namespace ironstride::ingest
