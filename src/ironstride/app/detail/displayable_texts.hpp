#pragma once

#include "ironstride/ingest/decoded_file.hpp"

namespace ironstride::app::detail {

/// Makes the free text a decoder took from a file (activity names, sub-sports, devices, exercise names, warnings)
/// safe to store and show: escaped and cut like every echoed value (util::cut_for_display; warnings by
/// util::display_message), so a name that is not UTF-8, holds a terminal control sequence or is 20 MB long is
/// stored as short, valid, one-line text and every command that shows it still works.
void make_texts_displayable(ingest::DecodedFile& decoded);

}  // namespace ironstride::app::detail
