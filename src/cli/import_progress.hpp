#pragma once

#include <chrono>
#include <cstdio>

#include "ironstride/app/import_files.hpp"

namespace ironstride::cli {

/// Shows an import's progress on stderr: a redrawn bar on a terminal; otherwise plain, deterministic lines (one at
/// every tenth of the files), so logs and tests stay readable. Failed files are reported as they happen.
class ImportProgress final : public app::ImportObserver {
public:
    ImportProgress(std::FILE* stream, bool quiet);

    void on_waiting_for_other_import() override;
    void on_not_walked(const util::Error& problem) override;
    void on_start(std::size_t files, std::uint64_t bytes) override;
    void on_file(const domain::FileOutcome& outcome, std::size_t files_done, std::uint64_t bytes_done) override;

private:
    void draw_bar(std::size_t files_done, std::uint64_t bytes_done, bool final);

    std::FILE* m_stream;
    bool m_quiet;
    bool m_terminal;
    std::size_t m_files = 0;
    std::uint64_t m_bytes = 0;
    std::size_t m_next_line_at = 0;
    std::chrono::steady_clock::time_point m_last_draw{};
};

}  // namespace ironstride::cli
