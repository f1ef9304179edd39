#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/ingest/csv/strength_handler.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// Groups set rows into workouts (a StrengthHandler): one domain::Activity of sport strength per workout, i.e. per
/// (start time, workout name), in the order the export first lists them. Sets keep the export's order within the
/// workout (StrengthSet::order counts from 0), with the warm-up flag; elapsed time is Strong's Duration or Hevy's
/// end − start.
///
/// Times: the exports write local wall-clock time without a zone. start_utc holds that local time and utc_offset is
/// 0, so the local day and hour are exact; the true UTC instant is unknown (docs/csv-formats.md).
class StrengthWorkoutBuilder : public StrengthHandler {
public:
    explicit StrengthWorkoutBuilder(domain::SourceFormat format) noexcept : m_format(format) {}

    void on_set(const StrengthRow& row) override;

    [[nodiscard]] std::vector<domain::Activity>& activities() noexcept { return m_activities; }

private:
    domain::SourceFormat m_format;
    std::vector<domain::Activity> m_activities;
    std::map<std::pair<units::Instant, std::string>, std::size_t> m_index;  ///< workout key → activity
};

/// A Strong export into workouts (StrongReader + StrengthWorkoutBuilder); FileFormat::strong_csv.
[[nodiscard]] util::Result<DecodedFile> decode_strong(std::span<const std::byte> bytes, const std::string& path,
                                                      const DecodeOptions& options);
/// A Hevy export into workouts (HevyReader + StrengthWorkoutBuilder); FileFormat::hevy_csv.
[[nodiscard]] util::Result<DecodedFile> decode_hevy(std::span<const std::byte> bytes, const std::string& path);

}  // namespace ironstride::ingest::csv
