#include "ironstride/app/profile_check.hpp"

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

std::vector<ProfileFileCheck> check_profiles(std::span<const std::string> files, units::CivilDay today) {
    std::vector<ProfileFileCheck> results;
    for (const std::string& file : files) {
        ProfileFileCheck result;
        result.path = file;
        try {
            result.check = profile::check_profile_file(file, today);
        } catch (const util::Error& error) {
            result.read_error = error.what();
        }
        results.push_back(std::move(result));
    }
    return results;
}

}  // namespace ironstride::app
