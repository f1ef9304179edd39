// Cross-checks ironstride's FIT decoder against two independent decoders on every file of ../shared/corpus/fit:
// Garmin's JavaScript FIT SDK (through tests/integration/fit_sdk_decode.mjs) and GPSBabel's garmin_fit reader. Each
// test skips when its peer is not installed.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::fit {
namespace {

using nlohmann::json;

/// Our side of the summary that fit_sdk_decode.mjs prints.
struct Summary final : FitHandler {
    std::map<std::string, std::size_t> counts;
    std::vector<SessionMessage> sessions;
    std::optional<units::Instant> first_time;
    std::optional<units::Instant> last_time;
    double heart_rate_sum = 0;
    std::size_t heart_rate_count = 0;
    std::optional<double> last_distance;
    std::size_t position_count = 0;
    std::optional<std::uint8_t> file_type;
    bool file_id_seen = false;

    void on_file_id(const FileIdMessage& m) override {
        if (!file_id_seen) file_type = m.type;
        file_id_seen = true;
    }
    void on_record(const RecordMessage& m) override {
        ++counts["record"];
        if (!first_time) first_time = m.timestamp;
        last_time = m.timestamp;
        if (m.heart_rate_bpm) {
            heart_rate_sum += *m.heart_rate_bpm;
            ++heart_rate_count;
        }
        if (m.distance_m) last_distance = m.distance_m;
        if (m.lat_e7 && m.lon_e7) ++position_count;
    }
    void on_lap(const LapMessage&) override { ++counts["lap"]; }
    void on_session(const SessionMessage& m) override {
        ++counts["session"];
        sessions.push_back(m);
    }
    void on_set(const SetMessage& m) override {
        ++counts["set"];
        if (m.set_type == set_type::kActive) ++counts["active_set"];
    }
    void on_hrv(const HrvMessage& m) override { counts["hrv_interval"] += m.count; }
    void on_workout_step(const WorkoutStepMessage&) override { ++counts["workout_step"]; }
    void on_event(const EventMessage&) override { ++counts["event"]; }
    void on_device_info(const DeviceInfoMessage&) override { ++counts["device_info"]; }
};

/// The SDK's enum strings are camelCase forms of the profile names.
std::string camel(std::string_view snake) {
    std::string out;
    bool upper = false;
    for (const char c : snake) {
        if (c == '_') {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}

std::string show(const json& value) { return value.dump(); }

/// An enum as the SDK prints it: its camelCase name, or the number for values the profile does not name.
std::optional<std::string> enum_text(std::optional<std::uint8_t> value, std::string_view (*name)(std::uint8_t)) {
    if (!value) return std::nullopt;
    const std::string_view text = name(*value);
    return text.empty() ? std::to_string(*value) : camel(text);
}

/// Compares one optional number with the SDK's (null when absent).
void compare(std::vector<std::string>& errors, const std::string& what, const json& sdk, std::optional<double> ours) {
    if (sdk.is_null() != !ours.has_value() ||
        (ours && std::abs(sdk.get<double>() - *ours) > 1e-6 * std::max(1.0, std::abs(*ours)))) {
        errors.push_back(fmt::format("{}: SDK {} ours {}", what, show(sdk), ours ? fmt::format("{}", *ours) : "null"));
    }
}
void compare_text(std::vector<std::string>& errors, const std::string& what, const json& sdk,
                  std::optional<std::string> ours) {
    const bool same = sdk.is_null() ? !ours.has_value() : (ours && sdk.get<std::string>() == *ours);
    if (!same) errors.push_back(fmt::format("{}: SDK {} ours {}", what, show(sdk), ours.value_or("null")));
}
std::optional<std::string> iso(std::optional<units::Instant> instant) {
    if (!instant) return std::nullopt;
    return units::format_iso_instant(*instant);
}
template <typename T>
std::optional<double> num(std::optional<T> value) {
    if (!value) return std::nullopt;
    return static_cast<double>(*value);
}

std::vector<std::filesystem::path> corpus_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_file("fit"))) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(FitSdkCrosscheck, GarminsSdkDecodesTheCorpusAsWeDo) {
    if (std::system("node --version >/dev/null 2>&1") != 0) IRONSTRIDE_PEER_MISSING("node is not installed");
    const auto files = corpus_files();
    ASSERT_GE(files.size(), 100U);
    std::string command = "node " + testing::shell_quote((testing::source_dir() / "tests" / "integration" /
                                                          "fit_sdk_decode.mjs").string());
    for (const auto& file : files) command += " " + testing::shell_quote(file.string());
    const auto run = testing::run_command(command);
    if (run.exit_status == 3) IRONSTRIDE_PEER_MISSING("the FIT SDK is not installed: " << run.err);
    ASSERT_EQ(run.exit_status, 0) << run.err;

    std::istringstream lines(run.out);
    std::string line;
    std::size_t compared = 0;
    std::size_t crc_failures_agreed = 0;
    std::size_t compressed_timestamp_files = 0;
    while (std::getline(lines, line)) {
        const json sdk = json::parse(line);
        const std::filesystem::path path = sdk["file"].get<std::string>();
        SCOPED_TRACE(path.filename().string());
        const util::FileBytes bytes{path};
        Summary ours;
        FitDecoder decoder;
        const auto result = decoder.decode(bytes.bytes(), ours, path.string());

        std::vector<std::string> sdk_errors;
        for (const auto& e : sdk["errors"]) sdk_errors.push_back(e.get<std::string>());
        if (!sdk["is_fit"].get<bool>()) {
            EXPECT_FALSE(result.ok()) << "the SDK says this is no FIT file";
            continue;
        }
        if (!sdk["integrity"].get<bool>()) {
            // Header or file CRC, or data size: we reject the same files in strict mode.
            EXPECT_FALSE(result.ok()) << "the SDK's integrity check fails, our decoder accepts";
            ++crc_failures_agreed;
            continue;
        }
        ASSERT_TRUE(result.ok()) << result.error().to_string();
        if (!sdk_errors.empty()) {
            const bool compressed = sdk_errors[0].find("compressed timestamp") != std::string::npos;
            if (compressed) {
                // The JavaScript SDK stops at compressed timestamp headers, which we decode.
                EXPECT_GT(result->compressed_timestamps, 0U);
                ++compressed_timestamp_files;
            }
            // Known SDK crash on these two files (its component expansion); ours decodes them (see the corpus test).
            const bool known_sdk_crash = path.filename().string().starts_with("muktihari--triathlon_summary_");
            EXPECT_TRUE(compressed || known_sdk_crash) << "unexpected SDK error: " << sdk_errors[0];
            continue;
        }

        std::vector<std::string> errors;
        for (const auto& [name, count] : sdk["counts"].items()) {
            if (ours.counts[name] != count.get<std::size_t>()) {
                errors.push_back(fmt::format("{} count: SDK {} ours {}", name, count.get<std::size_t>(),
                                             ours.counts[name]));
            }
        }
        compare_text(errors, "file type", sdk["file_type"], enum_text(ours.file_type, file_type_name));
        const json& sessions = sdk["sessions"];
        for (std::size_t i = 0; i < std::min(sessions.size(), ours.sessions.size()); ++i) {
            const json& s = sessions[i];
            const SessionMessage& o = ours.sessions[i];
            const std::string at = fmt::format("session {} ", i);
            compare_text(errors, at + "sport", s["sport"], enum_text(o.sport, sport_name));
            compare_text(errors, at + "sub_sport", s["sub_sport"], enum_text(o.sub_sport, sub_sport_name));
            compare_text(errors, at + "start", s["start_time"], iso(o.start_time));
            compare(errors, at + "elapsed", s["total_elapsed_time"], o.total_elapsed_time_s);
            compare(errors, at + "timer", s["total_timer_time"], o.total_timer_time_s);
            compare(errors, at + "distance", s["total_distance"], o.total_distance_m);
            compare(errors, at + "avg hr", s["avg_heart_rate"], num(o.avg_heart_rate_bpm));
            compare(errors, at + "max hr", s["max_heart_rate"], num(o.max_heart_rate_bpm));
            compare(errors, at + "calories", s["total_calories"], o.total_calories_kcal);
        }
        const json& r = sdk["records"];
        compare_text(errors, "first record", r["first_time"], iso(ours.first_time));
        compare_text(errors, "last record", r["last_time"], iso(ours.last_time));
        compare(errors, "heart rate sum", r["heart_rate_sum"], ours.heart_rate_sum);
        compare(errors, "heart rate count", r["heart_rate_count"], static_cast<double>(ours.heart_rate_count));
        compare(errors, "last distance", r["last_distance"], ours.last_distance);
        compare(errors, "positions", r["position_count"], static_cast<double>(ours.position_count));
        EXPECT_TRUE(errors.empty()) << fmt::format("{}", fmt::join(errors, "\n"));
        ++compared;
    }
    EXPECT_EQ(compared + crc_failures_agreed + compressed_timestamp_files + 2 + 1, files.size())
        << "every corpus file is accounted for (2 known SDK crashes, 1 empty file)";
    EXPECT_GE(compared, 90U);
}

TEST(FitSdkCrosscheck, GpsbabelFindsTheSameTrackPoints) {
    if (std::system("gpsbabel -V >/dev/null 2>&1") != 0) IRONSTRIDE_PEER_MISSING("gpsbabel is not installed");
    std::size_t compared = 0;
    for (const auto& path : corpus_files()) {
        SCOPED_TRACE(path.filename().string());
        const auto run = testing::run_command("gpsbabel -t -i garmin_fit -f " + testing::shell_quote(path.string()) +
                                              " -o unicsv -F -");
        const util::FileBytes bytes{path};
        Summary ours;
        FitDecoder decoder;
        const auto result = decoder.decode(bytes.bytes(), ours, path.string());
        if (run.exit_status != 0) {
            // GPSBabel's default is fatal on damage, like our strict mode.
            EXPECT_FALSE(result.ok()) << "gpsbabel fails: " << run.err;
            continue;
        }
        ASSERT_TRUE(result.ok()) << result.error().to_string();
        // unicsv: a header line, then one line per track point (records with a position).
        const auto lines = static_cast<std::size_t>(std::count(run.out.begin(), run.out.end(), '\n'));
        const std::size_t points = lines == 0 ? 0 : lines - 1;
        EXPECT_EQ(points, ours.position_count);
        ++compared;
    }
    EXPECT_GE(compared, 95U);
}

}  // namespace
}  // namespace ironstride::ingest::fit
