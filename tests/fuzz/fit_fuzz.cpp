// fuzz-target-module: ingest writers
// fuzz-seeds: corpus/fit;data/pass/fit
//
// libFuzzer target for the FIT reader: the decoder in both modes, the activity and workout builders, and the
// invariants that tie them together. Crashers go to tests/fuzz/regressions/fit/ (STYLE habit 18).

#include <cstddef>
#include <cstdint>
#include <span>

#include "ironstride/ingest/fit/activity_builder.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/ingest/fit/fit_reader.hpp"
#include "ironstride/ingest/fit/workout_builder.hpp"
#include "ironstride/writers/fit/workout_encoder.hpp"

namespace {

namespace fit = ironstride::ingest::fit;
namespace fit_writers = ironstride::writers::fit;

/// Stops the fuzzer on a broken invariant (a crash it keeps as an artifact).
void require(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::byte> bytes{reinterpret_cast<const std::byte*>(data), size};

    fit::ActivityBuilder activities;
    fit::FitDecoder strict;
    const auto decoded = strict.decode(bytes, activities, "fuzz.fit");
    if (decoded.ok()) {
        require(decoded->warnings.empty());
        const auto built = activities.finish("fuzz.fit");
        if (built.ok()) {
            for (const auto& activity : *built) {
                const auto& s = activity.samples;
                for (const std::size_t column : {s.lat_e7.size(), s.lon_e7.size(), s.altitude_m.size(),
                                                 s.distance_m.size(), s.speed_mps.size(), s.heart_rate_bpm.size(),
                                                 s.cadence_rpm.size(), s.power_w.size()}) {
                    require(column == 0 || column == s.size());
                }
            }
        }
    }

    // Recovery mode reads at least what strict mode reads, and accepts everything strict mode accepts.
    fit::FitDecoder lenient{fit::DecodeOptions{fit::DecodeMode::recover}};
    fit::ActivityBuilder recovered;
    const auto lenient_result = lenient.decode(bytes, recovered, "fuzz.fit");
    if (decoded.ok()) {
        require(lenient_result.ok());
        require(lenient_result->warnings.empty());
        require(lenient_result->messages == decoded->messages);
    }
    (void)recovered.finish("fuzz.fit");

    // Workouts found in the input survive our encoder and decoder.
    const auto workouts = fit::read_workouts(bytes, "fuzz.fit");
    if (workouts.ok()) {
        for (auto workout : *workouts) {
            // The encoder writes repeat steps that go back to an earlier step; keep only those.
            for (std::size_t i = 0; i < workout.steps.size(); ++i) {
                auto& step = workout.steps[i];
                if (step.kind == ironstride::domain::WorkoutStep::Kind::repeat &&
                    (step.repeat_from < 0 || static_cast<std::size_t>(step.repeat_from) >= i)) {
                    step.kind = ironstride::domain::WorkoutStep::Kind::timed;
                }
            }
            const auto again = fit::read_workouts(fit_writers::encode_workout(workout), "again.fit");
            require(again.ok() && again->size() == 1 && again->front().steps.size() == workout.steps.size());
        }
    }
    return 0;
}
