#include "ironstride/report/error_json.hpp"

#include <gtest/gtest.h>

namespace ironstride::report {
namespace {

TEST(ErrorJson, EveryMemberIsThereUnknownOnesNull) {
    const util::Error error = util::Error(util::ErrorCode::csv_bad_value, util::SourcePos::at_line("b.csv", 2, 12),
                                          "column 2 \"weight_kg\": found \"0\"")
                                  .with_found("0")
                                  .with_allowed("more than 0 and at most 500")
                                  .with_hint("every row needs a weight");
    const nlohmann::json json = error_json(error);
    EXPECT_EQ(json.at("code"), "csv.bad_value");
    EXPECT_EQ(json.at("severity"), "error");
    EXPECT_EQ(json.at("message"), "column 2 \"weight_kg\": found \"0\"");
    EXPECT_EQ(json.at("path"), "b.csv");
    EXPECT_EQ(json.at("line"), 2);
    EXPECT_EQ(json.at("column"), 12);
    EXPECT_TRUE(json.at("byte_offset").is_null());
    EXPECT_TRUE(json.at("subject").is_null());
    EXPECT_EQ(json.at("found"), "0");
    EXPECT_EQ(json.at("allowed"), "more than 0 and at most 500");
    EXPECT_EQ(json.at("hint"), "every row needs a weight");
    EXPECT_EQ(json.size(), 11U);
}

TEST(ErrorJson, ABinaryPositionIsAByteOffset) {
    const nlohmann::json json =
        error_json(util::Error(util::ErrorCode::fit_crc_mismatch, util::SourcePos::at_byte("r.fit", 99), "bad CRC")
                       .with_severity(util::Severity::warning));
    EXPECT_EQ(json.at("byte_offset"), 99);
    EXPECT_TRUE(json.at("line").is_null());
    EXPECT_EQ(json.at("severity"), "warning");
}

}  // namespace
}  // namespace ironstride::report
