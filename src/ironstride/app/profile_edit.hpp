#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "ironstride/profile/profile_check.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

/// A profile file's text and its check (profile::check_profile_text against `today`).
struct ProfileText {
    std::string text;
    profile::ProfileCheck check;
};

/// The use case behind the profile page: the profile's text and its diagnostics, exactly as `profile check` reports
/// them. util::Error (io.*) when the file cannot be read.
[[nodiscard]] ProfileText read_profile(const std::filesystem::path& path, units::CivilDay today);

/// Replaces the profile with `text` when it checks without an error (warnings are kept and returned): written to a
/// temporary file beside it, flushed, then renamed over it, so a crash leaves the old or the new file, never half
/// of one. With errors nothing is written and the check says why (`saved` false).
struct ProfileSave {
    profile::ProfileCheck check;
    bool saved = false;
};
[[nodiscard]] ProfileSave save_profile(const std::filesystem::path& path, std::string_view text,
                                       units::CivilDay today);

}  // namespace ironstride::app
