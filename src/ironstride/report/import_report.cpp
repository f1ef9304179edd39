#include "ironstride/report/import_report.hpp"

#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "ironstride/report/error_json.hpp"
#include "ironstride/report/json_text.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::report {

namespace {

/// Days listed by name in a conflict line; more are counted.
constexpr std::size_t kDaysNamed = 3;

/// The lines, as many as the days named (a file of a year's days would otherwise make a line of thousands).
std::string lines_text(const std::vector<std::optional<std::uint32_t>>& lines) {
    std::vector<std::string> known;
    std::size_t count = 0;
    for (const auto& line : lines) {
        if (!line) continue;
        if (++count <= kDaysNamed) known.push_back(std::to_string(*line));
    }
    if (known.empty()) return "";
    if (count > kDaysNamed) known.push_back(fmt::format("and {} more", count - kDaysNamed));
    return fmt::format(" ({} {})", count == 1 ? "line" : "lines", fmt::join(known, ", "));
}

std::string days_text(const std::vector<units::CivilDay>& days) {
    std::vector<std::string> named;
    for (std::size_t i = 0; i < days.size() && i < kDaysNamed; ++i) named.push_back(units::format_iso_date(days[i]));
    if (days.size() > kDaysNamed) named.push_back(fmt::format("and {} more", days.size() - kDaysNamed));
    return fmt::format("{}", fmt::join(named, ", "));
}

std::string source_name(const std::string& path) {
    return path.empty() ? std::string("a value typed in") : util::display_path(path);
}

/// One group: the conflicts of one file with one other source for one kind of day.
std::string describe_group(std::span<const domain::DaySourceConflict> group) {
    const domain::DaySourceConflict& first = group.front();
    std::vector<units::CivilDay> days;
    std::vector<std::optional<std::uint32_t>> lines;
    std::vector<std::optional<std::uint32_t>> other_lines;
    for (const domain::DaySourceConflict& c : group) {
        days.push_back(c.day);
        lines.push_back(c.line);
        other_lines.push_back(c.other_line);
    }
    const bool sessions = first.kind == domain::DailyKind::strength;
    const std::string path = util::display_path(first.path);
    const char* noun = group.size() == 1 ? (sessions ? "session" : "day") : (sessions ? "sessions" : "days");
    return fmt::format(
        "{} {} {} ({}) {} also in {}{}; {}'s values{} are used now; removing or changing it brings "
        "the others back",
        group.size(), domain::to_string(first.kind), noun, days_text(days), group.size() == 1 ? "is" : "are",
        source_name(first.other_path), lines_text(other_lines), path, lines_text(lines));
}

}  // namespace

std::vector<std::string> describe_day_conflicts(std::span<const domain::DaySourceConflict> conflicts) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= conflicts.size(); ++i) {
        const bool group_ends = i == conflicts.size() || conflicts[i].kind != conflicts[start].kind ||
                                conflicts[i].path != conflicts[start].path ||
                                conflicts[i].other_path != conflicts[start].other_path;
        if (!group_ends) continue;
        out.push_back(describe_group(conflicts.subspan(start, i - start)));
        start = i;
    }
    return out;
}

std::string render_import_text(const domain::ImportSummary& summary, const std::filesystem::path& database) {
    std::string out = fmt::format(
        "{} files ({:.1f} MB): {} imported, {} unchanged, {} duplicates, {} with nothing to import, {} skipped\n",
        summary.files, static_cast<double>(summary.bytes) / 1e6, summary.imported, summary.unchanged,
        summary.duplicates, summary.empty, summary.failed);
    out += fmt::format("stored: {} activities, {} samples, {} strength sets, {} body/sleep/nutrition days\n",
                       summary.activities, summary.records, summary.sets, summary.days);
    const std::vector<std::string> conflicts = describe_day_conflicts(summary.day_conflicts);
    if (!conflicts.empty()) {
        out += "days given by more than one source (the most recently imported one is used):\n";
        for (const std::string& line : conflicts) out += fmt::format("  {}\n", line);
    }
    if (!summary.failures.empty()) {
        out += "skipped (nothing of these was stored; fix them and import again):\n";
        for (const domain::FileOutcome& failure : summary.failures) out += fmt::format("  {}\n", failure.message);
    }
    if (!summary.passed_over.empty()) {
        out += fmt::format("passed over (not files, or links not followed): {}\n", summary.passed_over.size());
        for (const util::Error& passed : summary.passed_over) {
            out += fmt::format("  {}\n", util::display_error(passed));
        }
    }
    out += fmt::format("database: {}\n", util::display_path(database));
    return out;
}

namespace {

nlohmann::json line_json(const std::optional<std::uint32_t>& line) { return line ? nlohmann::json(*line) : nlohmann::json(); }

nlohmann::json day_conflicts_json(std::span<const domain::DaySourceConflict> conflicts) {
    nlohmann::json out = nlohmann::json::array();
    for (const domain::DaySourceConflict& c : conflicts) {
        out.push_back({{"kind", domain::to_string(c.kind)},
                       {"day", units::format_iso_date(c.day)},
                       {"path", c.path},
                       {"line", line_json(c.line)},
                       {"other_path", c.other_path.empty() ? nlohmann::json() : nlohmann::json(c.other_path)},
                       {"other_line", line_json(c.other_line)}});
    }
    return out;
}

}  // namespace

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
        nlohmann::json entry{{"reason", util::display_error(passed)}};
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
                       {"passed_over", passed_over},
                       {"day_conflicts", day_conflicts_json(summary.day_conflicts)}};
    put_text(out, "database", database.native());
    return dump_json(out);
}

}  // namespace ironstride::report
