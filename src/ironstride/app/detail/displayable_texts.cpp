#include "ironstride/app/detail/displayable_texts.hpp"

#include "ironstride/util/echo.hpp"

namespace ironstride::app::detail {

namespace {

void make_displayable(std::string& text) {
    if (text.size() > util::kEchoedChars || util::needs_escaping(text)) text = util::cut_for_display(text);
}

}  // namespace

void make_texts_displayable(ingest::DecodedFile& decoded) {
    for (domain::Activity& activity : decoded.activities) {
        make_displayable(activity.name);
        make_displayable(activity.sub_sport);
        make_displayable(activity.device);
        for (domain::StrengthSet& set : activity.sets) make_displayable(set.exercise);
    }
    for (std::string& warning : decoded.warnings) warning = util::display_message(warning);
}

}  // namespace ironstride::app::detail
