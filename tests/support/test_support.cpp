#include "support/test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include <sys/wait.h>

#include <fmt/format.h>

namespace ironstride::testing {

namespace {

// ctest sets these variables; the build's own paths (compiled in) are the fallback, so a test binary also runs
// by hand from any directory.
std::filesystem::path from_env(const char* name, const char* built_in) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
    if (*built_in != '\0') return built_in;
    throw std::runtime_error(fmt::format("{} is not set; run the tests through ctest", name));
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::filesystem::path source_dir() { return from_env("IRONSTRIDE_SOURCE_DIR", IRONSTRIDE_BUILT_SOURCE_DIR); }
std::filesystem::path shared_dir() { return from_env("IRONSTRIDE_SHARED_DIR", IRONSTRIDE_BUILT_SHARED_DIR); }
std::filesystem::path test_data(const std::string& relative) { return source_dir() / "tests" / "data" / relative; }
std::filesystem::path corpus_file(const std::string& relative) { return shared_dir() / "corpus" / relative; }
bool peers_required() {
    const char* value = std::getenv("IRONSTRIDE_REQUIRE_PEERS");
    return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

std::filesystem::path binary() { return from_env("IRONSTRIDE_BINARY", IRONSTRIDE_BUILT_BINARY); }

TempDir::TempDir() {
    std::random_device entropy;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / fmt::format("ironstride-test-{:016x}", (std::uint64_t{entropy()} << 32) | entropy());
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path write_file(const std::filesystem::path& path, const std::string& text) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error(fmt::format("cannot write {}", path.string()));
    return path;
}

std::string shell_quote(const std::string& argument) {
    std::string quoted = "'";
    for (const char c : argument) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    quoted += "'";
    return quoted;
}

CommandResult run_command(const std::string& command_line) {
    TempDir capture;
    const auto out_path = capture / "stdout";
    const auto err_path = capture / "stderr";
    const std::string full = fmt::format("{} >{} 2>{}", command_line, shell_quote(out_path.string()),
                                         shell_quote(err_path.string()));
    const int status = std::system(full.c_str());
    CommandResult result;
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = slurp(out_path);
    result.err = slurp(err_path);
    return result;
}

}  // namespace ironstride::testing
