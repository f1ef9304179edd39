#include "ironstride/report/profile_check_json.hpp"

#include "ironstride/report/error_json.hpp"

namespace ironstride::report {

nlohmann::json profile_check_json(const profile::ProfileCheck& check) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const util::Error& diagnostic : check.diagnostics) diagnostics.push_back(error_json(diagnostic));
    return {{"valid", check.ok()},
            {"errors", check.error_count()},
            {"warnings", check.warning_count()},
            {"diagnostics", std::move(diagnostics)}};
}

}  // namespace ironstride::report
