#include "ironstride/ingest/fit/detail/decode_plan.hpp"

#include <cstdint>

#include <gtest/gtest.h>

namespace ironstride::ingest::fit::detail {
namespace {

TEST(FitDecodePlan, EveryReadKindOfTheTableHasItsKindAndSlotTable) {
#define FIT_INTERPRETED_MESSAGE(snake, Pascal, number)                                     \
    EXPECT_EQ(kind_of(mesg_num::k##Pascal), MessageKind::snake) << #snake;                 \
    EXPECT_NE(&slot_table(MessageKind::snake), &slot_table(MessageKind::other)) << #snake;
#include "ironstride/fit_protocol/fit_message_kinds.def"
}

TEST(FitDecodePlan, OtherMessagesHaveNoKindAndNoSlots) {
    EXPECT_EQ(kind_of(mesg_num::kFileCreator), MessageKind::other);
    EXPECT_EQ(kind_of(mesg_num::kDeveloperDataId), MessageKind::other);
    EXPECT_EQ(kind_of(11), MessageKind::other);
    for (const std::uint8_t slot : slot_table(MessageKind::other)) EXPECT_EQ(slot, kNoSlot);
}

TEST(FitDecodePlan, SlotTablesMapTheProfilesFieldNumbers) {
    EXPECT_EQ(slot_table(MessageKind::record)[record_field::kHeartRate], static_cast<std::uint8_t>(RecordSlot::heart_rate));
    EXPECT_EQ(slot_table(MessageKind::set)[set_field::kTimestamp], static_cast<std::uint8_t>(SetSlot::timestamp));
    EXPECT_EQ(slot_table(MessageKind::lap)[lap_field::kIntensity], static_cast<std::uint8_t>(SummarySlot::intensity));
    // Field 23 is lap.intensity but session.total_descent: each kind has its own table.
    static_assert(lap_field::kIntensity == session_field::kTotalDescent);
    EXPECT_EQ(slot_table(MessageKind::session)[session_field::kTotalDescent],
              static_cast<std::uint8_t>(SummarySlot::total_descent));
}

}  // namespace
}  // namespace ironstride::ingest::fit::detail
