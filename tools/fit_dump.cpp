// fit-dump — a developer tool that prints what ironstride's FIT decoder sees in FIT files.
//
//   fit-dump [--messages] [--activities] [--recover] FILE...
//
// For each file: the headers of its (chained) FIT files, the number of messages by type, and the decoder's failure or
// warnings. --messages prints every typed message on one line; --activities prints what ActivityBuilder makes of the
// file; --recover decodes in recovery mode (like GPSBabel's recoverymode). Exit status: 0 when every file decoded,
// 1 when some did not, 2 on bad usage.
//
// DEMONSTRATES USE OF: ingest::fit::FitDecoder with a custom FitHandler, ingest::fit::ActivityBuilder, fit_names.

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/ingest/fit/activity_builder.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/error.hpp"
#include "ironstride/util/file_bytes.hpp"

namespace fit = ironstride::ingest::fit;

namespace {

template <typename T>
std::string show(const std::optional<T>& value) {
    if (!value) return "-";
    if constexpr (std::is_same_v<T, ironstride::units::Instant>) {
        return ironstride::units::format_iso_instant(*value);
    } else if constexpr (std::is_floating_point_v<T>) {
        return fmt::format("{:.3f}", *value);
    } else {
        return fmt::format("{}", +*value);
    }
}

std::string sport_text(std::optional<std::uint8_t> sport, std::optional<std::uint8_t> sub_sport) {
    std::string text = sport ? std::string{fit::sport_name(*sport)} : "-";
    if (sub_sport) text += "/" + std::string{fit::sub_sport_name(*sub_sport)};
    return text;
}

/// Counts messages by global number and optionally prints each one.
class DumpHandler final : public fit::FitHandler {
public:
    explicit DumpHandler(bool print) : m_print(print) {}

    void on_file_header(const fit::FileHeader& h) override {
        fmt::print("  header @{}: size {}, protocol 0x{:02X}, profile {}, data {} bytes, header CRC 0x{:04X}\n",
                   h.byte_offset, h.header_size, h.protocol_version, h.profile_version, h.data_size, h.header_crc);
    }
    void on_file_id(const fit::FileIdMessage& m) override {
        ++m_counts[fit::mesg_num::kFileId];
        if (!m_print) return;
        fmt::print("    file_id type={} ({}) manufacturer={} product={} serial={} created={} name='{}'\n", show(m.type),
                   m.type ? fit::file_type_name(*m.type) : "", show(m.manufacturer), show(m.product),
                   show(m.serial_number), show(m.time_created), m.product_name);
    }
    void on_sport(const fit::SportMessage& m) override {
        ++m_counts[fit::mesg_num::kSport];
        if (m_print) fmt::print("    sport {} name='{}'\n", sport_text(m.sport, m.sub_sport), m.name);
    }
    void on_device_info(const fit::DeviceInfoMessage& m) override {
        ++m_counts[fit::mesg_num::kDeviceInfo];
        if (!m_print) return;
        fmt::print("    device_info t={} index={} type={} manufacturer={} product={} serial={} sw={} name='{}'\n",
                   show(m.timestamp), show(m.device_index), show(m.device_type), show(m.manufacturer),
                   show(m.product), show(m.serial_number), show(m.software_version), m.product_name);
    }
    void on_event(const fit::EventMessage& m) override {
        ++m_counts[fit::mesg_num::kEvent];
        if (!m_print) return;
        fmt::print("    event t={} event={} type={} data={} group={}\n", show(m.timestamp), show(m.event),
                   show(m.event_type), show(m.data), show(m.event_group));
    }
    void on_record(const fit::RecordMessage& m) override {
        ++m_counts[fit::mesg_num::kRecord];
        if (!m_print) return;
        fmt::print("    record t={} lat={} lon={} alt={} dist={} speed={} hr={} cad={} power={} temp={}\n",
                   show(m.timestamp), show(m.lat_e7), show(m.lon_e7), show(m.altitude_m), show(m.distance_m),
                   show(m.speed_mps), show(m.heart_rate_bpm), show(m.cadence_rpm), show(m.power_w),
                   show(m.temperature_c));
    }
    void on_lap(const fit::LapMessage& m) override {
        ++m_counts[fit::mesg_num::kLap];
        if (!m_print) return;
        fmt::print("    lap #{} t={} start={} elapsed={} timer={} dist={} hr={}/{} sport={}\n", show(m.message_index),
                   show(m.timestamp), show(m.start_time), show(m.total_elapsed_time_s), show(m.total_timer_time_s),
                   show(m.total_distance_m), show(m.avg_heart_rate_bpm), show(m.max_heart_rate_bpm),
                   sport_text(m.sport, m.sub_sport));
    }
    void on_session(const fit::SessionMessage& m) override {
        ++m_counts[fit::mesg_num::kSession];
        if (!m_print) return;
        fmt::print("    session #{} t={} start={} sport={} elapsed={} timer={} dist={} hr={}/{} kcal={} laps={}+{}\n",
                   show(m.message_index), show(m.timestamp), show(m.start_time), sport_text(m.sport, m.sub_sport),
                   show(m.total_elapsed_time_s), show(m.total_timer_time_s), show(m.total_distance_m),
                   show(m.avg_heart_rate_bpm), show(m.max_heart_rate_bpm), show(m.total_calories_kcal),
                   show(m.first_lap_index), show(m.num_laps));
    }
    void on_activity(const fit::ActivityMessage& m) override {
        ++m_counts[fit::mesg_num::kActivity];
        if (!m_print) return;
        const std::string local =
            m.local_timestamp ? fmt::format("{}", m.local_timestamp->time_since_epoch().count()) : "-";
        fmt::print("    activity t={} local={} timer={} sessions={} type={}\n", show(m.timestamp), local,
                   show(m.total_timer_time_s), show(m.num_sessions), show(m.type));
    }
    void on_hrv(const fit::HrvMessage& m) override {
        ++m_counts[fit::mesg_num::kHrv];
        if (m_print) fmt::print("    hrv {}\n", fmt::join(m.intervals_s(), " "));
    }
    void on_set(const fit::SetMessage& m) override {
        ++m_counts[fit::mesg_num::kSet];
        if (!m_print) return;
        fmt::print("    set t={} type={} reps={} kg={} category={}/{} ('{}') duration={}\n", show(m.timestamp),
                   show(m.set_type), show(m.repetitions), show(m.weight_kg), show(m.category),
                   show(m.category_subtype), fit::exercise_display_name(m.category, m.category_subtype),
                   show(m.duration_s));
    }
    void on_workout(const fit::WorkoutMessage& m) override {
        ++m_counts[fit::mesg_num::kWorkout];
        if (m_print) {
            fmt::print("    workout '{}' sport={} steps={}\n", m.name, sport_text(m.sport, m.sub_sport),
                       show(m.num_valid_steps));
        }
    }
    void on_workout_step(const fit::WorkoutStepMessage& m) override {
        ++m_counts[fit::mesg_num::kWorkoutStep];
        if (!m_print) return;
        fmt::print("    workout_step #{} '{}' duration={}:{} target={}:{} low={} high={} intensity={}\n",
                   show(m.message_index), m.name, show(m.duration_type), show(m.duration_value), show(m.target_type),
                   show(m.target_value), show(m.custom_target_value_low), show(m.custom_target_value_high),
                   show(m.intensity));
    }
    void on_developer_field(const fit::DeveloperField& f) override {
        ++m_developer_fields;
        if (m_print) {
            fmt::print("      developer field {}:{} '{}' = {} {}\n", f.developer_data_index, f.field_number, f.name,
                       show(f.value), f.units);
        }
    }
    void on_other_message(const fit::OtherMessage& m) override { ++m_counts[m.message_number]; }

    void print_counts() const {
        std::string line;
        for (const auto& [number, count] : m_counts) {
            const std::string_view name = fit::message_name(number);
            line += fmt::format(" {}={}", name.empty() ? fmt::format("#{}", number) : std::string{name}, count);
        }
        fmt::print("  messages:{}\n", line);
        if (m_developer_fields > 0) fmt::print("  developer field values: {}\n", m_developer_fields);
    }

private:
    bool m_print;
    std::map<std::uint16_t, std::size_t> m_counts;
    std::size_t m_developer_fields = 0;
};

void print_activities(const std::vector<ironstride::domain::Activity>& activities) {
    for (const auto& a : activities) {
        fmt::print("  activity {} {} '{}' start={} offset={} elapsed={} timer={} dist={} hr={}/{} kcal={} "
                   "laps={} sets={} samples={} rr={} device='{}'\n",
                   ironstride::domain::to_string(a.sport), a.sub_sport, a.name,
                   ironstride::units::format_iso_instant(a.start_utc),
                   a.utc_offset ? fmt::format("{}min", a.utc_offset->minutes) : "-", show(a.elapsed_s),
                   show(a.timer_s), show(a.distance_m), show(a.avg_hr_bpm), show(a.max_hr_bpm), show(a.calories_kcal),
                   a.laps.size(), a.sets.size(), a.samples.size(), a.rr_intervals_s.size(), a.device);
    }
    if (activities.empty()) fmt::print("  no activity\n");
}

}  // namespace

int main(int argc, char** argv) {
    bool messages = false;
    bool activities = false;
    fit::DecodeOptions options;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg{argv[i]};
        if (arg == "--messages") {
            messages = true;
        } else if (arg == "--activities") {
            activities = true;
        } else if (arg == "--recover") {
            options.mode = fit::DecodeMode::recover;
        } else if (arg == "-h" || arg == "--help" || arg.starts_with("-")) {
            fmt::print(stderr, "usage: fit-dump [--messages] [--activities] [--recover] FILE...\n");
            return arg.starts_with("-h") || arg == "--help" ? 0 : 2;
        } else {
            files.emplace_back(arg);
        }
    }
    if (files.empty()) {
        fmt::print(stderr, "usage: fit-dump [--messages] [--activities] [--recover] FILE...\n");
        return 2;
    }
    int status = 0;
    fit::FitDecoder decoder{options};
    for (const std::string& path : files) {
        fmt::print("{}\n", path);
        try {
            const ironstride::util::FileBytes file{path};
            DumpHandler dump{messages};
            auto result = decoder.decode(file.bytes(), dump, path);
            dump.print_counts();
            if (!result) {
                fmt::print("  FAILED: {}\n", result.error().to_string());
                status = 1;
                continue;
            }
            fmt::print("  files={} definitions={} messages={} records={} compressed_timestamps={}\n", result->files,
                       result->definitions, result->messages, result->records, result->compressed_timestamps);
            for (const auto& warning : result->warnings) fmt::print("  warning: {}\n", warning.to_string());
            if (activities) {
                fit::ActivityBuilder builder;
                if (decoder.decode(file.bytes(), builder, path)) {
                    auto built = builder.finish(path);
                    if (built) {
                        print_activities(*built);
                    } else {
                        fmt::print("  REJECTED: {}\n", built.error().to_string());
                        status = 1;
                    }
                }
            }
        } catch (const ironstride::util::Error& error) {
            fmt::print("  FAILED: {}\n", error.what());
            status = 1;
        }
    }
    return status;
}
