// fuzz-target-module: ingest
// fuzz-seeds: corpus/csv;data/pass/csv
//
// libFuzzer target for the CSV readers: every input goes through format detection and the Strong, Hevy and daily
// decoders, so the tokenizer (quotes, separators, line breaks), header matching and every value parser are exercised.
// A decoder may fail on bad input, never crash, hang or leak.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "ironstride/ingest/csv/daily_csv_reader.hpp"
#include "ironstride/ingest/csv/strength_workout_builder.hpp"
#include "ironstride/ingest/format_detect.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto bytes = std::as_bytes(std::span<const std::uint8_t>(data, size));
    const std::string path = "fuzz.csv";
    (void)ironstride::ingest::detect_format(bytes);
    (void)ironstride::ingest::describe_content(bytes, bytes.size());
    ironstride::ingest::DecodeOptions imperial;
    imperial.unlabelled_units = ironstride::domain::UnitSystem::imperial;
    auto strong = ironstride::ingest::csv::decode_strong(bytes, path, imperial);
    (void)strong;
    auto hevy = ironstride::ingest::csv::decode_hevy(bytes, path);
    (void)hevy;
    auto daily = ironstride::ingest::csv::decode_daily(bytes, path);
    (void)daily;
    return 0;
}
