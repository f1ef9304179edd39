#include "ironstride/ingest/csv/strong_reader.hpp"

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

/// Records each set row as one line of text.
class Recorder : public StrengthHandler {
public:
    void on_set(const StrengthRow& row) override {
        rows.push_back(fmt::format(
            "{} {} {} #{} kind={} kg={} reps={} m={} s={} rpe={} dur={} notes={}", row.line,
            units::format_iso_instant(row.start_local), row.exercise, row.set_number.value_or(-1),
            static_cast<int>(row.kind), row.weight_kg.value_or(-1), row.reps.value_or(-1), row.distance_m.value_or(-1),
            row.duration_s.value_or(-1), row.rpe.value_or(-1), row.workout_duration_s.value_or(-1), row.workout_notes));
    }
    std::vector<std::string> rows;
};

struct Read {
    std::string failure;  ///< empty when the read succeeded
    std::vector<std::string> rows;
    StrengthCounts counts;
};

Read read(std::string_view csv, domain::UnitSystem units = domain::UnitSystem::metric) {
    Recorder recorder;
    StrongReader reader(recorder, units);
    const auto result = reader.read(std::as_bytes(std::span{csv.data(), csv.size()}), "s.csv");
    Read out;
    out.rows = recorder.rows;
    if (result) {
        out.counts = result.value();
    } else {
        out.failure = testing::one_line(result.error());
    }
    return out;
}

constexpr std::string_view kHeader = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
                                     "Notes,Workout Notes,RPE\n";

std::string with_header(std::string_view rows) { return std::string{kHeader} + std::string{rows}; }

TEST(StrongReaderRows, ReadsEveryColumnInStepOrder) {
    const Read r = read(with_header("2024-11-28 17:36:08,Legs,1h 8m,Squat (Barbell),1,100,5,,,,felt good,8.5\n"
                                    "2024-11-28 17:36:08,Legs,1h 8m,Squat (Barbell),W,60,8,,,,,\n"
                                    "2024-11-28 17:36:08,Legs,1h 8m,Squat (Barbell),Rest Timer,0,0,,90,,,\n"
                                    "2024-11-28 17:36:08,Legs,1h 8m,Row,D,0,0,2.5,600,,,\n"
                                    "2024-11-28 17:36,Legs,45s,Plank,f,0,0,0,60,,,\n"));
    ASSERT_EQ(r.failure, "");
    EXPECT_EQ(r.counts.sets, 4U);
    EXPECT_EQ(r.counts.skipped, 1U);
    ASSERT_EQ(r.rows.size(), 4U);
    EXPECT_EQ(r.rows[0], "2 2024-11-28T17:36:08Z Squat (Barbell) #1 kind=0 kg=100 reps=5 m=-1 s=-1 rpe=8.5 dur=4080 "
                         "notes=felt good");
    EXPECT_EQ(r.rows[1], "3 2024-11-28T17:36:08Z Squat (Barbell) #-1 kind=1 kg=60 reps=8 m=-1 s=-1 rpe=-1 dur=4080 notes=");
    EXPECT_EQ(r.rows[2], "5 2024-11-28T17:36:08Z Row #-1 kind=2 kg=0 reps=-1 m=2500 s=600 rpe=-1 dur=4080 notes=");
    EXPECT_EQ(r.rows[3], "6 2024-11-28T17:36:00Z Plank #-1 kind=3 kg=0 reps=-1 m=-1 s=60 rpe=-1 dur=45 notes=");
}

TEST(StrongReaderRows, ImperialDisplayUnitsConvertBareColumns) {
    const Read r = read(with_header("2024-11-28 17:36:08,Legs,,Squat,1,225,5,1,,,,\n"), domain::UnitSystem::imperial);
    ASSERT_EQ(r.failure, "");
    ASSERT_EQ(r.rows.size(), 1U);
    EXPECT_EQ(r.rows[0], fmt::format("2 2024-11-28T17:36:08Z Squat #1 kind=0 kg={} reps=5 m=1609.344 s=-1 rpe=-1 "
                                     "dur=-1 notes=",
                                     225 * 0.45359237));
}

TEST(StrongReaderRows, UnitsFromTheHeaderAndFromUnitColumns) {
    const Read header_units = read("Date,Workout Name,Exercise Name,Set Order,Weight (lbs),Reps,Distance (m)\n"
                                   "2024-11-28 17:36:08,Legs,Squat,1,100,5,400\n");
    ASSERT_EQ(header_units.failure, "");
    EXPECT_EQ(header_units.rows[0], fmt::format("2 2024-11-28T17:36:08Z Squat #1 kind=0 kg={} reps=5 m=400 s=-1 "
                                                "rpe=-1 dur=-1 notes=",
                                                100 * 0.45359237));
    const Read per_row = read("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;Distance;Distance Unit\n"
                              "2024-11-28 17:36:08;Legs;Squat;1;62,5;kgs;5;1;miles\n"
                              "2024-11-28 17:36:08;Legs;Squat;2;100;LBS;5;3;\n");
    ASSERT_EQ(per_row.failure, "");
    ASSERT_EQ(per_row.rows.size(), 2U);
    EXPECT_EQ(per_row.rows[0], "2 2024-11-28T17:36:08Z Squat #1 kind=0 kg=62.5 reps=5 m=1609.344 s=-1 rpe=-1 dur=-1 "
                               "notes=");
    EXPECT_EQ(per_row.rows[1], fmt::format("3 2024-11-28T17:36:08Z Squat #2 kind=0 kg={} reps=5 m=3000 s=-1 rpe=-1 "
                                           "dur=-1 notes=",
                                           100 * 0.45359237));
}

TEST(StrongReaderRows, NamesTheFirstMissingColumn) {
    EXPECT_EQ(read("Date,Workout Name,Exercise Name,Weight,Reps\n").failure,
              "s.csv:1: Strong header has no \"Set Order\" column; hint: export again from Strong (Settings → Export "
              "Strong Data) without editing the header");
    EXPECT_EQ(read("Workout Name,Exercise Name\n").failure,
              "s.csv:1: Strong header has no \"Date\" column; hint: export again from Strong (Settings → Export "
              "Strong Data) without editing the header");
    EXPECT_EQ(read("").failure, "s.csv:1: empty file: expected a Strong header");
}

TEST(StrongReaderRows, FailsAtTheFirstBadColumnOfTheFirstBadRow) {
    const auto failure = [](std::string_view row) {
        const Read r = read(with_header(row));
        EXPECT_TRUE(r.rows.empty());
        return r.failure;
    };
    EXPECT_EQ(failure("2024-11-28 17:36:08,Legs,,Squat,x,100,5,,,,,\n").substr(0, 11), "s.csv:2:33:");
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,x,100,5,,,,,\n").find("a set number, or W (warm-up)"),
              std::string::npos);
    // The set order is checked before the date, the date before the exercise, and so on.
    EXPECT_NE(failure("2024-11-28,Legs,,Squat,x,100,5,,,,,\n").find("a set number"), std::string::npos);
    EXPECT_NE(failure("2024-11-28,Legs,,,1,100,5,,,,,\n").find("a date and time like 2024-11-28 17:36:08"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 7:36:08,Legs,,Squat,1,100,5,,,,,\n").find("a date and time"), std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,,1,100,5,,,,,\n").find("an exercise name"), std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,soon,Squat,1,100,5,,,,,\n").find("a duration like 1h 8m"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,heavy,5,,,,,\n").find("a weight (a number, e.g. 62.5)"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,5.5,,,,,\n").find("(0 or more)"), std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,-1,,,,,\n").find("(0 or more)"), std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,5,far,,,,\n").find("a distance (a number)"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,5,,long,,,\n").find("a number of seconds"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,5,,,,,11\n").find("an RPE from 1 to 10"),
              std::string::npos);
    EXPECT_NE(failure("2024-11-28 17:36:08,Legs,,Squat,1,100,5,,,,,0\n")
                  .find("hint: leave the field empty when no RPE was logged"),
              std::string::npos);
    const Read bad_units = read("Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,Distance,"
                                "Distance Unit\n2024-11-28 17:36:08,Legs,Squat,1,100,stone,5,,\n");
    EXPECT_NE(bad_units.failure.find("kg or lbs"), std::string::npos);
    const Read bad_distance = read("Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,Distance,"
                                   "Distance Unit\n2024-11-28 17:36:08,Legs,Squat,1,100,kg,5,3,yards\n");
    EXPECT_NE(bad_distance.failure.find("km, mi or m"), std::string::npos);
}

}  // namespace
}  // namespace ironstride::ingest::csv
