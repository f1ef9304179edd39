#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"

namespace ironstride::fit_protocol {
namespace {

struct Row {
    std::string_view name;
    std::uint16_t number;
    std::uint16_t constant;  ///< mesg_num::k<Pascal>
    bool typed;
    bool interpreted;
};

std::vector<Row> rows() {
    return {
#define FIT_MESSAGE(snake, Pascal, number) Row{#snake, number, mesg_num::k##Pascal, false, false},
#define FIT_INTERPRETED_MESSAGE(snake, Pascal, number) Row{#snake, number, mesg_num::k##Pascal, false, true},
#define FIT_TYPED_MESSAGE(snake, Pascal, number) Row{#snake, number, mesg_num::k##Pascal, true, true},
#include "ironstride/fit_protocol/fit_message_kinds.def"
    };
}

TEST(FitMessageKinds, EveryRowHasItsOwnNumberAndName) {
    std::set<std::uint16_t> numbers;
    std::set<std::string_view> names;
    for (const Row& row : rows()) {
        EXPECT_TRUE(numbers.insert(row.number).second) << row.name;
        EXPECT_TRUE(names.insert(row.name).second) << row.name;
        EXPECT_EQ(row.constant, row.number) << row.name;
        EXPECT_EQ(message_name(row.number), row.name);
    }
    EXPECT_EQ(rows().size(), 60U);
}

TEST(FitMessageKinds, NumbersAreTheProfilesMesgNum) {
    EXPECT_EQ(mesg_num::kFileId, 0);
    EXPECT_EQ(mesg_num::kSport, 12);
    EXPECT_EQ(mesg_num::kSession, 18);
    EXPECT_EQ(mesg_num::kLap, 19);
    EXPECT_EQ(mesg_num::kRecord, 20);
    EXPECT_EQ(mesg_num::kEvent, 21);
    EXPECT_EQ(mesg_num::kDeviceInfo, 23);
    EXPECT_EQ(mesg_num::kWorkout, 26);
    EXPECT_EQ(mesg_num::kWorkoutStep, 27);
    EXPECT_EQ(mesg_num::kActivity, 34);
    EXPECT_EQ(mesg_num::kFileCreator, 49);
    EXPECT_EQ(mesg_num::kHrv, 78);
    EXPECT_EQ(mesg_num::kTimestampCorrelation, 162);
    EXPECT_EQ(mesg_num::kFieldDescription, 206);
    EXPECT_EQ(mesg_num::kDeveloperDataId, 207);
    EXPECT_EQ(mesg_num::kSet, 225);
    EXPECT_EQ(message_name(11), "");  // not in the table: no name
    EXPECT_EQ(message_name(0xFFFF), "");
}

TEST(FitMessageKinds, TheDecoderReadsThirteenTypedKindsAndFieldDescription) {
    std::vector<std::string> typed;
    std::vector<std::string> interpreted_only;
    for (const Row& row : rows()) {
        if (row.typed) typed.emplace_back(row.name);
        if (row.interpreted && !row.typed) interpreted_only.emplace_back(row.name);
    }
    EXPECT_EQ(typed, (std::vector<std::string>{"file_id", "sport", "session", "lap", "record", "event", "device_info",
                                               "workout", "workout_step", "activity", "hrv", "timestamp_correlation",
                                               "set"}));
    EXPECT_EQ(interpreted_only, std::vector<std::string>{"field_description"});
}

}  // namespace
}  // namespace ironstride::fit_protocol
