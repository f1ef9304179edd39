#include "ironstride/ingest/csv/hevy_reader.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::csv {
namespace {

class Recorder : public StrengthHandler {
public:
    void on_set(const StrengthRow& row) override {
        rows.push_back(fmt::format("{} {} {} {} {} #{} kind={} kg={} reps={} m={} s={} rpe={}", row.line,
                                   units::format_iso_instant(row.start_local),
                                   row.end_local ? units::format_iso_instant(*row.end_local) : "-", row.workout_name,
                                   row.exercise, row.set_number.value_or(-1), static_cast<int>(row.kind),
                                   row.weight_kg.value_or(-1), row.reps.value_or(-1), row.distance_m.value_or(-1),
                                   row.duration_s.value_or(-1), row.rpe.value_or(-1)));
    }
    std::vector<std::string> rows;
};

std::pair<std::string, std::vector<std::string>> read(std::string_view csv) {
    Recorder recorder;
    HevyReader reader(recorder);
    const auto result = reader.read(std::as_bytes(std::span{csv.data(), csv.size()}), "h.csv");
    return {result ? std::string{} : testing::one_line(result.error()), recorder.rows};
}

constexpr std::string_view kHeader = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
                                     "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n";

std::string failure_of(std::string_view row) { return read(std::string{kHeader} + std::string{row}).first; }

TEST(HevyReaderRows, ReadsEveryColumn) {
    const auto [failure, rows] = read(std::string{kHeader} +
                                      "Legs,\"30 Jun 2025, 19:56\",\"30 Jun 2025, 21:00\",,Squat,,,0,warmup,60,8,,,\n"
                                      "Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,100,5,,,8\n"
                                      "Legs,2025-06-30 19:56,,,Row,,,2,dropset,0,0,2.5,600,\n"
                                      "Legs,2025-06-30 19:56:30,,,Plank,,,3,failure,,,,60,\n");
    ASSERT_EQ(failure, "");
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0], "2 2025-06-30T19:56:00Z 2025-06-30T21:00:00Z Legs Squat #0 kind=1 kg=60 reps=8 m=-1 s=-1 rpe=-1");
    EXPECT_EQ(rows[1], "3 2025-06-30T19:56:00Z - Legs Squat #1 kind=0 kg=100 reps=5 m=-1 s=-1 rpe=8");
    EXPECT_EQ(rows[2], "4 2025-06-30T19:56:00Z - Legs Row #2 kind=2 kg=0 reps=-1 m=2500 s=600 rpe=-1");
    EXPECT_EQ(rows[3], "5 2025-06-30T19:56:30Z - Legs Plank #3 kind=3 kg=-1 reps=-1 m=-1 s=60 rpe=-1");
}

TEST(HevyReaderRows, ImperialHeadersConvert) {
    const auto [failure, rows] = read("title,start_time,exercise_title,weight_lbs,reps,distance_miles\n"
                                      "Legs,\"30 Jun 2025, 19:56\",Squat,225,5,1\n");
    ASSERT_EQ(failure, "");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0], fmt::format("2 2025-06-30T19:56:00Z - Legs Squat #-1 kind=0 kg={} reps=5 m=1609.344 s=-1 rpe=-1",
                                   225 * 0.45359237));
}

TEST(HevyReaderRows, NamesTheFirstMissingColumnAndTheFirstBadValue) {
    EXPECT_EQ(read("title,start_time,reps\n").first,
              "h.csv:1: Hevy header has no \"exercise_title\" column; hint: export again from Hevy (Settings → Export & "
              "Import Data) without editing the header");
    EXPECT_EQ(read("title,start_time,exercise_title,reps\n").first.find("no \"weight_kg\" column") != std::string::npos,
              true);
    EXPECT_EQ(read("").first, "h.csv:1: empty file: expected a Hevy header");
    EXPECT_NE(failure_of("Legs,yesterday,,,Squat,,,0,normal,60,8,,,\n").find("a time like 30 Jun 2025, 19:56"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",later,,Squat,,,0,normal,60,8,,,\n").find("a time like"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,,,,0,normal,60,8,,,\n").find("an exercise name"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1.5,normal,60,8,,,\n").find("a set index"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,heavy,60,8,,,\n")
                  .find("normal, warmup, dropset or failure"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,x,8,,,\n").find("a weight in kilograms"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,60,-2,,,\n").find("(0 or more)"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,60,8,x,,\n").find("a distance in kilometres"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,60,8,,x,\n").find("a number of seconds"),
              std::string::npos);
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,Squat,,,1,normal,60,8,,,0.5\n").find("an RPE from 1 to 10"),
              std::string::npos);
    // The exercise is checked before the set type: the first bad column of the row fails.
    EXPECT_NE(failure_of("Legs,\"30 Jun 2025, 19:56\",,,,,,1,heavy,60,8,,,\n").find("an exercise name"),
              std::string::npos);
}

}  // namespace
}  // namespace ironstride::ingest::csv
