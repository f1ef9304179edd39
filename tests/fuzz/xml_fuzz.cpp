// fuzz-target-module: ingest
// fuzz-seeds: corpus/gpx;corpus/tcx;data/pass/gpx;data/pass/tcx
//
// libFuzzer target for the XML readers: every input goes through both the GPX and the TCX decoder (reader and
// activity builder), so malformed XML, odd nesting, bad numbers and times, and any point sequence are exercised.
// A decoder may fail on bad input, never crash, hang or leak.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "ironstride/ingest/gpx/gpx_activity_builder.hpp"
#include "ironstride/ingest/tcx/tcx_activity_builder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto bytes = std::as_bytes(std::span<const std::uint8_t>(data, size));
    const std::string path = "fuzz.xml";
    auto gpx = ironstride::ingest::gpx::decode_gpx(bytes, path);
    if (gpx) {
        for (const auto& activity : gpx->activities) {
            if (!activity.samples.heart_rate_bpm.empty() && activity.samples.heart_rate_bpm.size() != activity.samples.size()) {
                __builtin_trap();  // a present column is as long as time_ms
            }
        }
    }
    auto tcx = ironstride::ingest::tcx::decode_tcx(bytes, path);
    (void)tcx;
    return 0;
}
