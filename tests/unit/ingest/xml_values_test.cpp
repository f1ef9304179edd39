#include "ironstride/ingest/xml/xml_values.hpp"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace ironstride::ingest::xml {
namespace {

/// "unix_ms offset" or "none".
std::string stamp(std::string_view text) {
    const auto parsed = parse_timestamp(text);
    if (!parsed) return "none";
    return std::to_string(parsed->unix_ms) + (parsed->offset_minutes ? " " + std::to_string(*parsed->offset_minutes) : "");
}

TEST(XmlTimestamp, ReadsWhatGpxAndTcxExportersWrite) {
    EXPECT_EQ(stamp("2024-05-01T06:30:00Z"), "1714545000000");
    EXPECT_EQ(stamp("2024-05-01T06:30:00.250Z"), "1714545000250");
    EXPECT_EQ(stamp("2024-05-01T06:30:00.1234567Z"), "1714545000123");
    EXPECT_EQ(stamp("2024-05-01T06:30:00"), "1714545000000");  // GPX 1.0: no zone means UTC
    EXPECT_EQ(stamp("2024-05-01T08:30:00+02:00"), "1714545000000 120");
    EXPECT_EQ(stamp("2024-05-01T08:30:00+0200"), "1714545000000 120");
    EXPECT_EQ(stamp("2024-05-01T08:30:00+02"), "1714545000000 120");
    EXPECT_EQ(stamp("2024-05-01T01:00:00-05:30"), "1714545000000 -330");
    EXPECT_EQ(stamp("2024-05-01T06:30:00+00:00"), "1714545000000 0");
    EXPECT_EQ(stamp("2024-05-01 06:30:00Z"), "1714545000000");      // a space for the T
    EXPECT_EQ(stamp("\n  2024-05-01T06:30:00Z \t"), "1714545000000");  // element text around the value
}

TEST(XmlTimestamp, RejectsWhatIsNoTimestamp) {
    for (const char* text : {"", "May 1 2024, 06:00", "2024-05-01", "2024-05-01T06:30Z", "2024-05-01T24:00:00Z",
                             "2024-02-30T06:30:00Z", "2024-05-01T06:30:00,5Z", "2024-05-01T06:30:00.Z",
                             "2024-05-01T06:30:00+15:00", "2024-05-01T06:30:00+2", "2024-05-01T06:30:00 Z"}) {
        EXPECT_EQ(stamp(text), "none") << text;
    }
}

}  // namespace
}  // namespace ironstride::ingest::xml
