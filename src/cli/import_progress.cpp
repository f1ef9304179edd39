#include "cli/import_progress.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <unistd.h>

#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/report/import_report.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds{100};

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

}  // namespace

ImportProgress::ImportProgress(std::FILE* stream, bool quiet)
    : m_stream(stream), m_quiet(quiet), m_terminal(::isatty(::fileno(stream)) == 1) {}

void ImportProgress::on_waiting_for_other_import() {
    // Said even with --quiet: otherwise a waiting import looks hung.
    fmt::print(m_stream, "import: another import of this database is running; waiting for it to finish\n");
}

void ImportProgress::on_not_walked(const util::Error& problem) {
    // Said even with --quiet, like skipped files: what was not imported must never go unnoticed.
    const bool unreadable = problem.severity() == util::Severity::error;
    fmt::print(m_stream, "{}: {}\n", unreadable ? "skipped" : "warning", util::display_error(problem));
}

void ImportProgress::on_start(std::size_t files, std::uint64_t bytes) {
    m_files = files;
    m_bytes = bytes;
    m_next_line_at = 0;
    if (m_quiet) return;
    fmt::print(m_stream, "import: {} files, {:.1f} MB\n", files, megabytes(bytes));
}

void ImportProgress::on_file(const domain::FileOutcome& outcome, std::size_t files_done, std::uint64_t bytes_done) {
    if (outcome.result == domain::FileResult::failed) {
        if (m_terminal && !m_quiet) fmt::print(m_stream, "\r\033[K");
        fmt::print(m_stream, "skipped: {}\n", outcome.message);
    }
    for (const std::string& conflict : report::describe_day_conflicts(outcome.day_conflicts)) {
        if (m_terminal && !m_quiet) fmt::print(m_stream, "\r\033[K");
        fmt::print(m_stream, "warning: {}\n", conflict);
    }
    for (const std::string& warning : outcome.warnings) {
        // What --recover tolerated in a damaged file: the user asked for it, but should see what was lost.
        if (warning.starts_with("recovered: ")) {
            if (m_terminal && !m_quiet) fmt::print(m_stream, "\r\033[K");
            fmt::print(m_stream, "warning: {}\n", util::display_message(warning));
        }
        // Implausible values dropped or replaced (ingest/activity_plausibility.hpp), with the file they are in.
        if (warning.starts_with(ingest::kImplausibleTag)) {
            if (m_terminal && !m_quiet) fmt::print(m_stream, "\r\033[K");
            fmt::print(m_stream, "warning: {}{}: {}\n", ingest::kImplausibleTag, util::display_path(outcome.path),
                       util::display_message(std::string_view(warning).substr(ingest::kImplausibleTag.size())));
        }
    }
    if (m_quiet) return;
    if (m_terminal) {
        const auto now = std::chrono::steady_clock::now();
        const bool final = files_done == m_files;
        if (final || now - m_last_draw >= kRedrawInterval || outcome.result == domain::FileResult::failed) {
            m_last_draw = now;
            draw_bar(files_done, bytes_done, final);
        }
        return;
    }
    // Plain lines at each tenth of the files (and the last), independent of timing.
    const std::size_t step = std::max<std::size_t>(1, (m_files + 9) / 10);
    if (files_done >= m_next_line_at + step || files_done == m_files) {
        m_next_line_at = files_done - files_done % step;
        fmt::print(m_stream, "import: {}/{} files, {:.1f}/{:.1f} MB\n", files_done, m_files, megabytes(bytes_done),
                   megabytes(m_bytes));
    }
}

void ImportProgress::draw_bar(std::size_t files_done, std::uint64_t bytes_done, bool final) {
    const double fraction = m_bytes > 0 ? static_cast<double>(bytes_done) / static_cast<double>(m_bytes)
                                        : static_cast<double>(files_done) / static_cast<double>(std::max<std::size_t>(1, m_files));
    const int filled = std::clamp(static_cast<int>(fraction * kBarWidth), 0, kBarWidth);
    fmt::print(m_stream, "\r\033[K[{}{}] {:3.0f}%  {}/{} files  {:.1f}/{:.1f} MB{}", std::string(static_cast<std::size_t>(filled), '#'),
               std::string(static_cast<std::size_t>(kBarWidth - filled), '.'), fraction * 100.0, files_done, m_files,
               megabytes(bytes_done), megabytes(m_bytes), final ? "\n" : "");
    std::fflush(m_stream);
}

}  // namespace ironstride::cli
