#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ironstride/ingest/csv/strength_handler.hpp"

namespace ironstride::ingest::csv {

/// The heaviest load a human has lifted in an exercise like `exercise` (matched by name: "Squat (Barbell)" is a
/// squat), with a margin; the table and its sources are in plausible_loads.cpp.
[[nodiscard]] double max_plausible_load_kg(std::string_view exercise);

/// Passes every set row on to `next` and flags a load no human has lifted for the exercise (issue 12.9: a 405 lb
/// squat read as 405 kg): the set is kept as written, a warning names the row. Most often the export's weights are
/// in pounds while the file says nothing (`import --strong-units imperial` or the profile's units).
class PlausibleLoadCheck final : public StrengthHandler {
public:
    explicit PlausibleLoadCheck(StrengthHandler& next) noexcept : m_next(&next) {}

    void on_set(const StrengthRow& row) override;

    /// One warning per implausible row, tagged like every implausible-value warning (ingest/plausible_times.hpp).
    [[nodiscard]] std::vector<std::string>& warnings() noexcept { return m_warnings; }

private:
    StrengthHandler* m_next;
    std::vector<std::string> m_warnings;
};

}  // namespace ironstride::ingest::csv
