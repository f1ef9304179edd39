#pragma once

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace ironstride::testing {

/// The project root (CTest sets IRONSTRIDE_SOURCE_DIR); tests find all their data through this and shared_dir().
[[nodiscard]] std::filesystem::path source_dir();
/// ../shared beside the project root (evidence, corpus, tools).
[[nodiscard]] std::filesystem::path shared_dir();
/// A file under tests/data/.
[[nodiscard]] std::filesystem::path test_data(const std::string& relative);
/// A file under ../shared/corpus/.
[[nodiscard]] std::filesystem::path corpus_file(const std::string& relative);
/// The built `ironstride` binary.
[[nodiscard]] std::filesystem::path binary();

/// True when IRONSTRIDE_REQUIRE_PEERS is set (scripts/test.sh sets it after installing the peers): a missing
/// independent decoder or browser then fails its test instead of skipping it.
bool peers_required();

/// A fresh directory, removed with everything in it when the object goes away. Tests that touch storage use one
/// for their SQLite file and XDG directories.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    TempDir(TempDir&&) = delete;
    TempDir& operator=(TempDir&&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Writes text to a file (creating parent folders) and returns the path.
std::filesystem::path write_file(const std::filesystem::path& path, const std::string& text);

/// Runs a command line through /bin/sh and captures stdout, stderr and the exit status.
struct CommandResult {
    int exit_status = -1;
    std::string out;
    std::string err;
};
[[nodiscard]] CommandResult run_command(const std::string& command_line);

/// Quotes one argument for /bin/sh.
[[nodiscard]] std::string shell_quote(const std::string& argument);

}  // namespace ironstride::testing

/// Skips the test because an independent peer (node, the FIT SDK, gpsbabel, ...) is missing - or fails it, when the
/// run promised that every peer is installed (IRONSTRIDE_REQUIRE_PEERS).
#define IRONSTRIDE_PEER_MISSING(why)                                                    \
    do {                                                                                \
        if (::ironstride::testing::peers_required()) {                                  \
            FAIL() << why << " (IRONSTRIDE_REQUIRE_PEERS is set)";                      \
        } else {                                                                        \
            GTEST_SKIP() << why;                                                        \
        }                                                                               \
    } while (false)
