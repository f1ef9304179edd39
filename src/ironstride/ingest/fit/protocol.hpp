#pragma once

// The FIT decoder speaks the FIT profile's vocabulary. Its protocol knowledge lives in fit_protocol/ (shared with
// the encoder in writers/fit/); here its names are used as the decoder's own, so that decoder code and its users write
// mesg_num::kRecord, BaseType::uint16 or kScaleTime, and ingest::fit::mesg_num::kRecord works from outside.

#include "ironstride/fit_protocol/fit_crc.hpp"
#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/fit_protocol/sport_mapping.hpp"

namespace ironstride::ingest::fit {

using namespace ironstride::fit_protocol;  // NOLINT(google-build-using-namespace): see above

}  // namespace ironstride::ingest::fit
