#pragma once

#include <cstdint>

#include "ironstride/ingest/fit/fit_messages.hpp"

namespace ironstride::ingest::fit {

/// Receives the messages of a FIT file in file order (STYLE habit 3). Every method has an empty default, so a handler
/// overrides only what it needs. Messages, and the string views inside them, are valid only during the call.
///
/// A handler must not assume the file is good until FitDecoder::decode returns success: in strict mode the container
/// (header, CRCs) is checked before the first call, but a data section that breaks off later (an undefined local
/// message type, a message past the end) fails the decode after earlier messages were delivered.
class FitHandler {
public:
    FitHandler() = default;
    virtual ~FitHandler() = default;

    /// A new FIT file starts (called once per file of a chained file, before its messages).
    virtual void on_file_header(const FileHeader& /*header*/) {}
    /// One callback per typed kind of fit_message_kinds.def, in message-number order: on_file_id(FileIdMessage),
    /// on_sport, on_session, on_lap, on_record(RecordMessage), on_event, on_device_info, on_workout,
    /// on_workout_step, on_activity, on_hrv, on_timestamp_correlation, on_set(SetMessage).
#define FIT_TYPED_MESSAGE(snake, Pascal, number) \
    virtual void on_##snake(const Pascal##Message& /*message*/) {}
#include "ironstride/fit_protocol/fit_message_kinds.def"
    /// One developer field of the message just delivered (called after that message's typed callback).
    virtual void on_developer_field(const DeveloperField& /*field*/) {}
    /// Messages without a typed form (including developer_data_id and field_description, which the decoder also
    /// interprets itself).
    virtual void on_other_message(const OtherMessage& /*message*/) {}

protected:
    FitHandler(const FitHandler&) = default;
    FitHandler& operator=(const FitHandler&) = default;
    FitHandler(FitHandler&&) = default;
    FitHandler& operator=(FitHandler&&) = default;
};

}  // namespace ironstride::ingest::fit
