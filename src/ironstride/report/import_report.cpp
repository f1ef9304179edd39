#include "ironstride/report/import_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ironstride/report/error_json.hpp"
#include "ironstride/report/json_text.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::report {

std::string render_import_text(const domain::ImportSummary& summary, const std::filesystem::path& database) {
    std::string out = fmt::format(
        "{} files ({:.1f} MB): {} imported, {} unchanged, {} duplicates, {} with nothing to import, {} skipped\n",
        summary.files, static_cast<double>(summary.bytes) / 1e6, summary.imported, summary.unchanged,
        summary.duplicates, summary.empty, summary.failed);
    out += fmt::format("stored: {} activities, {} samples, {} strength sets, {} body/sleep/nutrition days\n",
                       summary.activities, summary.records, summary.sets, summary.days);
    if (!summary.failures.empty()) {
        out += "skipped (nothing of these was stored; fix them and import again):\n";
        for (const domain::FileOutcome& failure : summary.failures) out += fmt::format("  {}\n", failure.message);
    }
    if (!summary.passed_over.empty()) {
        out += fmt::format("passed over (not files, or links not followed): {}\n", summary.passed_over.size());
        for (const util::Error& passed : summary.passed_over) {
            out += fmt::format("  {}\n", util::escape_for_display(util::format_error(passed, {.inline_hint = true})));
        }
    }
    out += fmt::format("database: {}\n", util::display_path(database));
    return out;
}

std::string render_import_json(const domain::ImportSummary& summary, const std::filesystem::path& database) {
    nlohmann::json skipped = nlohmann::json::array();
    for (const domain::FileOutcome& failure : summary.failures) {
        nlohmann::json entry{{"reason", failure.message}};
        put_text(entry, "path", failure.path.native());
        entry["error"] = failure.error ? error_json(*failure.error) : nlohmann::json();
        skipped.push_back(std::move(entry));
    }
    nlohmann::json passed_over = nlohmann::json::array();
    for (const util::Error& passed : summary.passed_over) {
        nlohmann::json entry{{"reason", util::escape_for_display(util::format_error(passed, {.inline_hint = true}))}};
        put_text(entry, "path", passed.pos().path);
        entry["error"] = error_json(passed);
        passed_over.push_back(std::move(entry));
    }
    nlohmann::json out{{"files", summary.files},
                             {"bytes", summary.bytes},
                             {"imported", summary.imported},
                             {"unchanged", summary.unchanged},
                             {"duplicates", summary.duplicates},
                             {"empty", summary.empty},
                             {"failed", summary.failed},
                             {"activities", summary.activities},
                             {"records", summary.records},
                             {"sets", summary.sets},
                             {"days", summary.days},
                             {"skipped", skipped},
                             {"passed_over", passed_over}};
    put_text(out, "database", database.native());
    return dump_json(out);
}

}  // namespace ironstride::report
