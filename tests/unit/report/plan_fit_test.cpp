// FIT workouts of a plan, read back by an independent decoder: Garmin's JavaScript FIT SDK
// (tests/integration/fit_sdk_decode.mjs), step by step against the planned workouts.

#include "ironstride/report/plan_fit.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "ironstride/planner/planner.hpp"
#include "support/test_support.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::report {
namespace {

namespace pt = planner::testing;

std::vector<const domain::Workout*> planned_workouts(const planner::Plan& plan) {
    std::vector<const domain::Workout*> out;
    for (const auto& week : plan.weeks) {
        for (const auto& day : week.days) {
            for (const auto& s : day.sessions) {
                if ((s.kind == planner::SessionKind::run || s.kind == planner::SessionKind::walk_run) && s.workout) {
                    out.push_back(&*s.workout);
                }
            }
        }
    }
    return out;
}

TEST(PlanFit, OneFilePerRunWithStableNames) {
    const auto plan = planner::make_plan(pt::hybrid_lifter(), pt::day(2026, 11, 30), 4);
    const auto files = plan_fit_workouts(plan);
    EXPECT_EQ(files.size(), planned_workouts(plan).size());
    ASSERT_FALSE(files.empty());
    std::set<std::string> names;
    for (const auto& f : files) {
        EXPECT_TRUE(names.insert(f.file_name).second) << f.file_name;
        EXPECT_EQ(f.file_name.substr(f.file_name.size() - 4), ".fit");
        EXPECT_GT(f.bytes.size(), 14U);
    }
    const auto& name = files.front().file_name;  // DATE_HHMM_TYPE.fit
    ASSERT_GT(name.size(), 16U);
    EXPECT_EQ(name[4], '-');
    EXPECT_EQ(name[10], '_');
    EXPECT_EQ(name[15], '_');
}

TEST(PlanFit, GarminsSdkReadsEveryPlannedWorkout) {
    if (std::system("node --version >/dev/null 2>&1") != 0) IRONSTRIDE_PEER_MISSING("node is not installed");
    auto athlete = pt::hybrid_lifter();
    athlete.experience = domain::RunningExperience::advanced;  // tempo, 800 m repeats, easy and long runs
    auto beginner = pt::new_runner_lifter();
    beginner.equipment.treadmill = true;
    auto sprinter = pt::hybrid_lifter();  // physique goal: the hard session is the treadmill sprint protocol
    sprinter.goal = domain::Goal::physique;
    sprinter.experience = domain::RunningExperience::intermediate;
    sprinter.equipment.treadmill = true;
    testing::TempDir dir;
    std::vector<std::string> paths;
    std::vector<const domain::Workout*> workouts;
    std::vector<planner::Plan> plans{planner::make_plan(athlete, pt::day(2026, 11, 30), 6),
                                     planner::make_plan(beginner, pt::day(2026, 11, 30), 3),
                                     planner::make_plan(sprinter, pt::day(2026, 11, 30), 3)};
    std::set<std::string> types;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const auto& plan = plans[p];
        // One folder per plan: plans of the same split share dates and times, so file names repeat across plans.
        const auto plan_dir = dir / fmt::format("plan{}", p);
        std::filesystem::create_directories(plan_dir);
        const auto files = plan_fit_workouts(plan);
        const auto planned = planned_workouts(plan);
        ASSERT_EQ(files.size(), planned.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            const auto path = plan_dir / files[i].file_name;
            std::ofstream out(path, std::ios::binary);
            out.write(reinterpret_cast<const char*>(files[i].bytes.data()),
                      static_cast<std::streamsize>(files[i].bytes.size()));
            paths.push_back(path.string());
            workouts.push_back(planned[i]);
            types.insert(files[i].file_name.substr(16));
        }
    }
    EXPECT_GE(types.size(), 3U) << "the sample should cover several session types";
    EXPECT_TRUE(std::any_of(types.begin(), types.end(),
                            [](const std::string& t) { return t.find("sprint_intervals") != std::string::npos; }))
        << "the sample should cover the treadmill sprint protocol";
    std::string command = "node " + testing::shell_quote(
                                        (testing::source_dir() / "tests" / "integration" / "fit_sdk_decode.mjs").string());
    for (const auto& p : paths) command += " " + testing::shell_quote(p);
    const auto run = testing::run_command(command);
    if (run.exit_status == 3) IRONSTRIDE_PEER_MISSING("the FIT SDK is not installed: " << run.err);
    ASSERT_EQ(run.exit_status, 0) << run.err;
    std::vector<nlohmann::json> summaries;
    std::size_t pos = 0;
    while (pos < run.out.size()) {
        const auto end = run.out.find('\n', pos);
        const auto line = run.out.substr(pos, end - pos);
        if (!line.empty()) summaries.push_back(nlohmann::json::parse(line));
        if (end == std::string::npos) break;
        pos = end + 1;
    }
    ASSERT_EQ(summaries.size(), workouts.size());
    for (std::size_t i = 0; i < workouts.size(); ++i) {
        const auto& json = summaries[i];
        const auto& w = *workouts[i];
        SCOPED_TRACE(paths[i]);
        EXPECT_TRUE(json["integrity"].get<bool>());
        EXPECT_TRUE(json["errors"].empty()) << json["errors"].dump();
        EXPECT_EQ(json["file_type"], "workout");
        EXPECT_EQ(json["workout"]["sport"], "running");
        ASSERT_EQ(json["workout"]["num_valid_steps"].get<std::size_t>(), w.steps.size());
        const auto& steps = json["steps"];
        ASSERT_EQ(steps.size(), w.steps.size());
        for (std::size_t k = 0; k < w.steps.size(); ++k) {
            const auto& planned = w.steps[k];
            const auto& got = steps[k];
            if (planned.kind == domain::WorkoutStep::Kind::repeat) {
                EXPECT_EQ(got["duration_type"], "repeatUntilStepsCmplt");
                EXPECT_EQ(got["duration_value"].get<int>(), planned.repeat_from);
                EXPECT_EQ(got["target_value"].get<int>(), planned.repeat_count);
                continue;
            }
            EXPECT_EQ(got["duration_type"], "time");
            EXPECT_NEAR(got["duration_value"].get<double>(), planned.duration_s, 0.001);
            EXPECT_EQ(got["intensity"], domain::to_string(planned.intensity));
            if (planned.hr_low_bpm && planned.hr_high_bpm) {
                EXPECT_EQ(got["target_type"], "heartRate");
                EXPECT_EQ(got["custom_low"].get<double>(), *planned.hr_low_bpm + 100);  // FIT workout_hr: bpm + 100
                EXPECT_EQ(got["custom_high"].get<double>(), *planned.hr_high_bpm + 100);
            } else if (planned.speed_low_mps && planned.speed_high_mps) {
                EXPECT_EQ(got["target_type"], "speed");
                EXPECT_NEAR(got["custom_low"].get<double>(), *planned.speed_low_mps, 0.001);
                EXPECT_NEAR(got["custom_high"].get<double>(), *planned.speed_high_mps, 0.001);
            } else if (planned.speed_low_mps) {  // a sprint: the athlete's R speed or faster
                EXPECT_EQ(got["target_type"], "speed");
                EXPECT_NEAR(got["custom_low"].get<double>(), *planned.speed_low_mps, 0.001);
            }
        }
    }
}

}  // namespace
}  // namespace ironstride::report
