#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/profile/profile_check.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/units/time_zone.hpp"

namespace ironstride::profile {

/// Checks the text of an athlete profile (TOML, schema version 1, documented in docs/profile.md) and, when it has no
/// error, converts it to a domain::Athlete in SI units (weight_kg, height_m, race time_s …).
///
/// Every problem is reported, not just the first: TOML syntax errors, unknown keys (with "did you mean"), wrong
/// types, out-of-range values, missing required keys, contradictions between keys. Each diagnostic carries
/// `path`:line:col, the dotted key, what was found, what is allowed and a fix hint. Dates (birth date, event date,
/// race date) are judged against `today`, so results are reproducible.
///
/// Never throws for any input bytes (the fuzz target tests/fuzz/profile_fuzz.cpp checks this); a failure of the
/// checker itself is reported as an error diagnostic with `internal_failure` set.
[[nodiscard]] ProfileCheck check_profile_text(std::string_view text, std::string path, units::CivilDay today);

/// Reads a profile file and checks it like check_profile_text; diagnostics name the path as given.
/// Throws util::Error when the file cannot be read.
[[nodiscard]] ProfileCheck check_profile_file(const std::filesystem::path& path, units::CivilDay today);

/// The validated athlete of a profile file, for commands that need one (targets, plan …). Throws util::Error
/// at the first error's position, its message listing every error, and util::Error when the file cannot be
/// read. Warnings are dropped; run `ironstride profile check` to see them.
[[nodiscard]] domain::Athlete load_profile(const std::filesystem::path& path, units::CivilDay today);

/// The athlete's time zone: the profile's `time_zone` when the file names a valid one, else the machine's zone
/// (units::TimeZone::machine). Never throws: a profile that cannot be read or checked is reported by load_profile.
[[nodiscard]] units::TimeZone profile_time_zone(const std::filesystem::path& path);

}  // namespace ironstride::profile
