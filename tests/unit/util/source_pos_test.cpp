#include "ironstride/util/source_pos.hpp"

#include <gtest/gtest.h>

namespace ironstride::util {
namespace {

TEST(SourcePos, TextPositionsAreLineAndColumn) {
    const SourcePos pos = SourcePos::at_line("me.toml", 12, 5);
    EXPECT_EQ(pos.path, "me.toml");
    EXPECT_EQ(pos.line, 12U);
    EXPECT_EQ(pos.column, 5U);
    EXPECT_FALSE(pos.byte_offset.has_value());
    EXPECT_EQ(pos.to_string(), "me.toml:12:5");
    EXPECT_EQ(SourcePos::at_line("log.csv", 3).to_string(), "log.csv:3");
}

TEST(SourcePos, BinaryPositionsAreByteOffsets) {
    const SourcePos pos = SourcePos::at_byte("run.fit", 1234);
    EXPECT_FALSE(pos.line.has_value());
    EXPECT_FALSE(pos.column.has_value());
    EXPECT_EQ(pos.byte_offset, 1234U);
    EXPECT_EQ(pos.to_string(), "run.fit: byte 1234");
    EXPECT_EQ(SourcePos::at_byte("run.fit", 0).to_string(), "run.fit: byte 0") << "offset 0 is a position too";
}

TEST(SourcePos, WithoutAPositionOnlyThePath) {
    EXPECT_EQ((SourcePos{.path = "run.gpx", .line = {}, .column = {}, .byte_offset = {}}.to_string()), "run.gpx");
    // A line wins over a byte offset when both are known (text formats report lines).
    const SourcePos both{.path = "a.tcx", .line = 7, .column = {}, .byte_offset = 99};
    EXPECT_EQ(both.to_string(), "a.tcx:7");
}

}  // namespace
}  // namespace ironstride::util
