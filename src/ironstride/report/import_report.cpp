#include "ironstride/report/import_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ironstride/report/error_json.hpp"

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
    out += fmt::format("database: {}\n", database.string());
    return out;
}

std::string render_import_json(const domain::ImportSummary& summary, const std::filesystem::path& database) {
    nlohmann::json skipped = nlohmann::json::array();
    for (const domain::FileOutcome& failure : summary.failures) {
        nlohmann::json entry{{"path", failure.path.string()}, {"reason", failure.message}};
        entry["error"] = failure.error ? error_json(*failure.error) : nlohmann::json();
        skipped.push_back(std::move(entry));
    }
    const nlohmann::json out{{"database", database.string()},
                             {"files", summary.files},
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
                             {"skipped", skipped}};
    return out.dump(2) + "\n";
}

}  // namespace ironstride::report
