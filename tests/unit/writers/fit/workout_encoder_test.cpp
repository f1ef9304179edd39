#include "ironstride/writers/fit/workout_encoder.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ironstride/fit_protocol/fit_crc.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/ingest/fit/fit_reader.hpp"
#include "support/test_support.hpp"

namespace ironstride::writers::fit {
namespace {

using namespace ingest::fit;  // the decoder reads back what the encoder wrote (and brings the protocol's names)
using domain::Workout;
using domain::WorkoutStep;
using Intensity = WorkoutStep::Intensity;

WorkoutStep timed(std::string name, Intensity intensity, double seconds) {
    WorkoutStep step;
    step.kind = WorkoutStep::Kind::timed;
    step.name = std::move(name);
    step.intensity = intensity;
    step.duration_s = seconds;
    return step;
}

WorkoutStep repeat(int from, int count) {
    WorkoutStep step;
    step.kind = WorkoutStep::Kind::repeat;
    step.intensity = Intensity::active;
    step.repeat_from = from;
    step.repeat_count = count;
    return step;
}

Workout intervals() {
    Workout w;
    w.name = "6 x 1 min fast";
    w.sport = domain::Sport::running;
    w.sub_sport = "treadmill";
    WorkoutStep warmup = timed("Jog", Intensity::warmup, 600);
    warmup.hr_low_bpm = 120;
    warmup.hr_high_bpm = 140;
    WorkoutStep fast = timed("Fast", Intensity::active, 60);
    fast.speed_low_mps = 4.0;
    fast.speed_high_mps = 4.5;
    WorkoutStep easy = timed("Walk", Intensity::recovery, 90.5);
    w.steps = {warmup, fast, easy, repeat(1, 6), timed("Cool down", Intensity::cooldown, 300)};
    return w;
}

void expect_same(const Workout& actual, const Workout& expected) {
    EXPECT_EQ(actual.name, expected.name);
    EXPECT_EQ(actual.sport, expected.sport);
    EXPECT_EQ(actual.sub_sport, expected.sub_sport);
    ASSERT_EQ(actual.steps.size(), expected.steps.size());
    for (std::size_t i = 0; i < expected.steps.size(); ++i) {
        SCOPED_TRACE("step " + std::to_string(i));
        const WorkoutStep& a = actual.steps[i];
        const WorkoutStep& e = expected.steps[i];
        EXPECT_EQ(a.kind, e.kind);
        EXPECT_EQ(a.name, e.name);
        EXPECT_EQ(a.intensity, e.intensity);
        EXPECT_DOUBLE_EQ(a.duration_s, e.duration_s);
        EXPECT_EQ(a.hr_low_bpm, e.hr_low_bpm);
        EXPECT_EQ(a.hr_high_bpm, e.hr_high_bpm);
        EXPECT_EQ(a.speed_low_mps, e.speed_low_mps);
        EXPECT_EQ(a.speed_high_mps, e.speed_high_mps);
        EXPECT_EQ(a.repeat_from, e.repeat_from);
        EXPECT_EQ(a.repeat_count, e.repeat_count);
    }
}

TEST(FitWorkoutEncoder, RoundTripsThroughOurDecoder) {
    const Workout original = intervals();
    const auto bytes = encode_workout(original);
    const auto read = read_workouts(bytes, "workout.fit");
    ASSERT_TRUE(read.ok()) << read.error().to_string();
    ASSERT_EQ(read->size(), 1U);
    expect_same(read->front(), original);
}

TEST(FitWorkoutEncoder, WritesAValidContainerThatIsNoActivity) {
    const auto bytes = encode_workout(intervals());
    ASSERT_GT(bytes.size(), kHeaderSizeWithCrc + kFileCrcSize);
    EXPECT_EQ(std::to_integer<int>(bytes[0]), 14);
    EXPECT_EQ(std::to_integer<char>(bytes[8]), '.');
    EXPECT_EQ(std::to_integer<char>(bytes[11]), 'T');
    EXPECT_EQ(crc16(std::span<const std::byte>{bytes}.first(kHeaderSizeWithCrc)), 0) << "header CRC";
    EXPECT_EQ(crc16(bytes), 0) << "file CRC";

    struct Seen final : FitHandler {
        std::optional<std::uint8_t> type;
        std::optional<std::uint16_t> steps;
        std::vector<std::uint16_t> indices;
        void on_file_id(const FileIdMessage& m) override { type = m.type; }
        void on_workout(const WorkoutMessage& m) override { steps = m.num_valid_steps; }
        void on_workout_step(const WorkoutStepMessage& m) override { indices.push_back(*m.message_index); }
    } seen;
    FitDecoder decoder;
    ASSERT_TRUE(decoder.decode(bytes, seen).ok());
    EXPECT_EQ(seen.type, file_type::kWorkout);
    EXPECT_EQ(seen.steps, 5);
    EXPECT_THAT(seen.indices, ::testing::ElementsAre(0, 1, 2, 3, 4));

    const auto activities = read_activities(bytes, "workout.fit");
    ASSERT_TRUE(activities.ok());
    EXPECT_TRUE(activities->empty()) << "a workout file holds no activity";
}

TEST(FitWorkoutEncoder, IsDeterministic) { EXPECT_EQ(encode_workout(intervals()), encode_workout(intervals())); }

TEST(FitWorkoutEncoder, RoundTripsStrengthAndOneSidedTargets) {
    Workout w;
    w.name = "Legs";
    w.sport = domain::Sport::strength;
    WorkoutStep hold = timed("", Intensity::active, 45);
    hold.hr_high_bpm = 150;
    WorkoutStep rest = timed("Rest", Intensity::rest, 120);
    w.steps = {hold, rest, repeat(0, 3)};
    const auto read = read_workouts(encode_workout(w), "legs.fit");
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1U);
    expect_same(read->front(), w);
}

TEST(FitWorkoutEncoder, CutsLongNamesAtACharacterBoundary) {
    Workout w;
    w.name.clear();
    for (int i = 0; i < 200; ++i) w.name += "\xC3\xA9";  // é, two bytes each
    w.steps = {timed("x", Intensity::active, 1)};
    const auto read = read_workouts(encode_workout(w), "long.fit");
    ASSERT_TRUE(read.ok());
    const std::string& name = read->front().name;
    EXPECT_EQ(name.size(), 254U);
    EXPECT_EQ(name, w.name.substr(0, 254));
}

// An independent decoder: Garmin's JavaScript FIT SDK (tests/integration/fit_sdk_decode.mjs).
TEST(FitWorkoutEncoder, GarminsSdkReadsTheSameWorkout) {
    if (std::system("node --version >/dev/null 2>&1") != 0) IRONSTRIDE_PEER_MISSING("node is not installed");
    testing::TempDir dir;
    const auto file = dir / "intervals.fit";
    const auto bytes = encode_workout(intervals());
    {
        std::ofstream out(file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    const auto script = testing::source_dir() / "tests" / "integration" / "fit_sdk_decode.mjs";
    const auto run = testing::run_command("node " + testing::shell_quote(script.string()) + " " +
                                          testing::shell_quote(file.string()));
    if (run.exit_status == 3) IRONSTRIDE_PEER_MISSING("the FIT SDK is not installed: " << run.err);
    ASSERT_EQ(run.exit_status, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_TRUE(json["integrity"].get<bool>());
    EXPECT_TRUE(json["errors"].empty()) << json["errors"].dump();
    EXPECT_EQ(json["file_type"], "workout");
    EXPECT_EQ(json["workout"]["name"], "6 x 1 min fast");
    EXPECT_EQ(json["workout"]["sport"], "running");
    EXPECT_EQ(json["workout"]["num_valid_steps"], 5);
    const auto& steps = json["steps"];
    ASSERT_EQ(steps.size(), 5U);
    EXPECT_EQ(steps[0]["name"], "Jog");
    EXPECT_EQ(steps[0]["duration_type"], "time");
    EXPECT_DOUBLE_EQ(steps[0]["duration_value"].get<double>(), 600.0);
    EXPECT_EQ(steps[0]["target_type"], "heartRate");
    EXPECT_EQ(steps[0]["custom_low"], 220);  // workout_hr: bpm + 100
    EXPECT_EQ(steps[0]["custom_high"], 240);
    EXPECT_EQ(steps[0]["intensity"], "warmup");
    EXPECT_EQ(steps[1]["target_type"], "speed");
    EXPECT_DOUBLE_EQ(steps[1]["custom_low"].get<double>(), 4.0);
    EXPECT_DOUBLE_EQ(steps[1]["custom_high"].get<double>(), 4.5);
    EXPECT_DOUBLE_EQ(steps[2]["duration_value"].get<double>(), 90.5);
    EXPECT_EQ(steps[2]["intensity"], "recovery");
    EXPECT_EQ(steps[3]["duration_type"], "repeatUntilStepsCmplt");
    EXPECT_EQ(steps[3]["duration_value"], 1);
    EXPECT_EQ(steps[3]["target_value"], 6);
    EXPECT_EQ(steps[4]["intensity"], "cooldown");
}

}  // namespace
}  // namespace ironstride::writers::fit
