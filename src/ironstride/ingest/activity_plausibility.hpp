#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::ingest {

/// Makes one decoded activity sane, or says why it cannot be (issue 12 "Plausibility"; docs/commands/import.md,
/// "Implausible values"). Applied to every activity of every format after decoding, `import --recover` included:
///
/// - samples whose time is before 1970, after tomorrow, or more than a day away from the rest of the recording are
///   dropped (ingest/plausible_times.hpp), each kind with one warning naming the records;
/// - a start that lies more than a day from its remaining samples moves to the first of them; a start before 1970
///   or after tomorrow that no sample can replace is rejected;
/// - an elapsed time that is negative or longer than 7 days becomes the span of the samples when that is plausible,
///   else the activity is rejected; a timer time outside 0 … elapsed is dropped;
/// - an average moving speed beyond any vehicle on a road (100 m/s) is rejected; one beyond the sport's human limit
///   (ingest/plausible_speeds.cpp) turns the sport into an inferred one, and a sport the file did not name is inferred
///   (ingest/sport_inference.hpp).
///
/// `label` names the activity in warnings and errors ("activity 2"); `path` is the file. Rejections are
/// util::ErrorCode::track_implausible; nothing is returned when the activity is (now) sane.
[[nodiscard]] std::optional<util::Error> make_plausible(domain::Activity& activity, std::vector<std::string>& warnings,
                                                        const std::string& path, const std::string& label,
                                                        units::Instant now);

}  // namespace ironstride::ingest
