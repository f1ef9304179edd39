#include "ironstride/ingest/activity_plausibility.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/ingest/plausible_speeds.hpp"
#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/ingest/sport_inference.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/erase_at.hpp"

namespace ironstride::ingest {

namespace {

using domain::Activity;
using domain::SampleStream;

/// Faster on average than any vehicle on a road (360 km/h): no activity, only a broken distance or time.
constexpr double kMaxAnySpeedMps = 100.0;
constexpr std::int64_t kMs = units::kMillisecondsPerSecond;

std::int64_t start_unix_ms(const Activity& activity) {
    return activity.start_utc ? activity.start_utc->time_since_epoch().count() * kMs : 0;
}

/// "records 3, 9 and 2 more" (1-based, in the activity's order).
std::string records_of(const std::vector<std::size_t>& indices) {
    constexpr std::size_t kShown = 5;
    std::string text = indices.size() == 1 ? "record " : "records ";
    for (std::size_t k = 0; k < std::min(indices.size(), kShown); ++k) {
        if (k > 0) text += ", ";
        text += std::to_string(indices[k] + 1);
    }
    if (indices.size() > kShown) text += fmt::format(" and {} more", indices.size() - kShown);
    return text;
}

void erase_samples(SampleStream& s, std::vector<std::size_t> indices) {
    std::sort(indices.begin(), indices.end());
    util::erase_at(s.time_ms, indices);
    util::erase_at(s.lat_e7, indices);
    util::erase_at(s.lon_e7, indices);
    util::erase_at(s.altitude_m, indices);
    util::erase_at(s.distance_m, indices);
    util::erase_at(s.speed_mps, indices);
    util::erase_at(s.heart_rate_bpm, indices);
    util::erase_at(s.cadence_rpm, indices);
    util::erase_at(s.power_w, indices);
}

/// Drops samples with implausible or outlying times (one warning per kind).
void drop_implausible_samples(Activity& a, std::vector<std::string>& warnings, const std::string& label,
                              units::Instant now) {
    if (!a.start_utc || a.samples.empty()) return;
    std::vector<std::int64_t> unix_ms = a.samples.time_ms;
    for (std::int64_t& t : unix_ms) {
        if (t != SampleStream::kNoTime) t += start_unix_ms(a);
    }
    const TimeScreen screen = screen_times(unix_ms, SampleStream::kNoTime, now);
    if (!screen.out_of_range.empty()) {
        warnings.push_back(fmt::format("{}: {}: time {} is before 1970 or after tomorrow; dropped", label,
                                       records_of(screen.out_of_range),
                                       describe_unix_ms(unix_ms[screen.out_of_range[0]])));
    }
    if (!screen.outliers.empty()) {
        warnings.push_back(
            fmt::format("{}: {}: time {} is more than a day away from the rest of the recording; dropped", label,
                        records_of(screen.outliers), describe_unix_ms(unix_ms[screen.outliers[0]])));
    }
    std::vector<std::size_t> dropped = screen.out_of_range;
    dropped.insert(dropped.end(), screen.outliers.begin(), screen.outliers.end());
    erase_samples(a.samples, dropped);
}

/// The first and last sample time (milliseconds after start), if any sample has one.
std::optional<std::pair<std::int64_t, std::int64_t>> sample_span(const SampleStream& s) {
    std::optional<std::pair<std::int64_t, std::int64_t>> span;
    for (const std::int64_t t : s.time_ms) {
        if (t == SampleStream::kNoTime) continue;
        if (!span) span = std::pair{t, t};
        span->first = std::min(span->first, t);
        span->second = std::max(span->second, t);
    }
    return span;
}

/// Moves the start to the first sample when it is far from the samples (a session start from a clock that jumped).
void align_start_with_samples(Activity& a, std::vector<std::string>& warnings, const std::string& label) {
    const auto span = sample_span(a.samples);
    if (!a.start_utc || !span) return;
    const std::int64_t far_ms = std::chrono::milliseconds{kMaxPauseWithinActivity}.count();
    if (span->first >= -far_ms && span->first <= far_ms) return;
    const units::Instant old_start = *a.start_utc;
    const auto shift = std::chrono::floor<std::chrono::seconds>(std::chrono::milliseconds{span->first});
    a.start_utc = old_start + shift;
    for (std::int64_t& t : a.samples.time_ms) {
        if (t != SampleStream::kNoTime) t -= std::chrono::milliseconds{shift}.count();
    }
    warnings.push_back(
        fmt::format("{}: start {} is more than a day away from its records; the start is the first "
                    "record, {}",
                    label, units::format_iso_instant(old_start), units::format_iso_instant(*a.start_utc)));
}

std::optional<util::Error> check_start(const Activity& a, const std::string& path, const std::string& label,
                                       units::Instant now) {
    if (!a.start_utc) return std::nullopt;
    if (*a.start_utc >= kEarliestPlausibleTime && *a.start_utc <= latest_plausible_time(now)) return std::nullopt;
    return util::Error(util::ErrorCode::track_implausible, util::SourcePos{path, {}, {}, {}},
                       fmt::format("{}: starts {}, before 1970 or after tomorrow, and no record has a plausible time",
                                   label, units::format_iso_instant(*a.start_utc)))
        .with_found(units::format_iso_instant(*a.start_utc))
        .with_allowed("a start between 1970-01-01 and tomorrow")
        .with_hint("the device's clock was not set; fix the time in the app that exported the file");
}

/// Elapsed negative or over kMaxActivityDuration: the samples' span when that is plausible, else a rejection.
std::optional<util::Error> check_elapsed(Activity& a, std::vector<std::string>& warnings, const std::string& path,
                                         const std::string& label) {
    const double max_s = static_cast<double>(kMaxActivityDuration.count());
    const auto plausible = [max_s](double s) { return s >= 0 && s <= max_s; };
    if (a.timer_s && !plausible(*a.timer_s)) {
        warnings.push_back(
            fmt::format("{}: timer time {:.0f} s is negative or longer than 7 days; dropped", label, *a.timer_s));
        a.timer_s.reset();
    }
    if (!a.elapsed_s || plausible(*a.elapsed_s)) return std::nullopt;
    const auto span = sample_span(a.samples);
    const double span_s = span ? static_cast<double>(span->second - std::min<std::int64_t>(0, span->first)) / kMs : -1;
    if (span && plausible(span_s)) {
        warnings.push_back(
            fmt::format("{}: elapsed time {:.0f} s is negative or longer than 7 days; the records' "
                        "span, {:.0f} s, is used instead",
                        label, *a.elapsed_s, span_s));
        a.elapsed_s = span_s;
        if (a.timer_s && *a.timer_s > span_s) a.timer_s = span_s;
        return std::nullopt;
    }
    return util::Error(util::ErrorCode::track_implausible, util::SourcePos{path, {}, {}, {}},
                       fmt::format("{}: elapsed time {:.0f} s is negative or longer than 7 days, and its records "
                                   "give no plausible time either",
                                   label, *a.elapsed_s))
        .with_found(fmt::format("{:.0f} s", *a.elapsed_s))
        .with_allowed("0 to 604800 s (7 days) for one activity")
        .with_hint("the file's clock or summary is broken; export the activity again from the device or app");
}

/// The last distance a sample records, if any.
std::optional<double> last_sample_distance(const SampleStream& s) {
    for (auto it = s.distance_m.rbegin(); it != s.distance_m.rend(); ++it) {
        if (!std::isnan(*it)) return *it;
    }
    return std::nullopt;
}

/// A distance faster than any vehicle: the records' distance when that is plausible, else a rejection.
std::optional<util::Error> check_distance(Activity& a, std::vector<std::string>& warnings, const std::string& path,
                                          const std::string& label) {
    const auto speed = average_moving_speed_mps(a);
    if ((a.distance_m && *a.distance_m < 0) || (speed && *speed > kMaxAnySpeedMps)) {
        const double distance = *a.distance_m;
        a.distance_m = last_sample_distance(a.samples);
        const auto fixed = average_moving_speed_mps(a);
        if (a.distance_m && *a.distance_m >= 0 && (!fixed || *fixed <= kMaxAnySpeedMps)) {
            warnings.push_back(
                fmt::format("{}: distance {:.0f} m is negative or faster than 360 km/h; the records' "
                            "{:.0f} m is used instead",
                            label, distance, *a.distance_m));
            a.avg_speed_mps = fixed;
            return std::nullopt;
        }
        return util::Error(util::ErrorCode::track_implausible, util::SourcePos{path, {}, {}, {}},
                           fmt::format("{}: distance {:.0f} m in {:.0f} s is negative or faster than 360 km/h, and "
                                       "its records give no plausible distance",
                                       label, distance, a.timer_s.value_or(a.elapsed_s.value_or(0))))
            .with_found(fmt::format("{:.0f} m", distance))
            .with_allowed("an average speed of at most 100 m/s (360 km/h)")
            .with_hint("the file's distance is broken; export the activity again from the device or app");
    }
    return std::nullopt;
}

/// Sport: inferred when the file did not name one, or when its speed rules the named one out.
void settle_sport(Activity& a, std::vector<std::string>& warnings, const std::string& label) {
    if (a.sport_inferred) {
        a.sport = infer_sport(a);
        return;
    }
    const auto limit = max_plausible_speed_mps(a.sport);
    const auto speed = average_moving_speed_mps(a);
    if (!limit || !speed || *speed <= *limit) return;
    const domain::Sport named = a.sport;
    a.sport = infer_sport(a);
    a.sport_inferred = true;
    warnings.push_back(fmt::format(
        "{}: an average of {:.1f} km/h is beyond any human's {}; the sport is taken to be "
        "{} (inferred)",
        label, *speed * units::kSecondsPerHour / 1000.0, domain::to_string(named), domain::to_string(a.sport)));
}

/// The rules in order; warnings without their tag.
std::optional<util::Error> check(Activity& activity, std::vector<std::string>& warnings, const std::string& path,
                                 const std::string& label, units::Instant now) {
    drop_implausible_samples(activity, warnings, label, now);
    align_start_with_samples(activity, warnings, label);
    if (auto error = check_start(activity, path, label, now)) return error;
    if (auto error = check_elapsed(activity, warnings, path, label)) return error;
    if (auto error = check_distance(activity, warnings, path, label)) return error;
    settle_sport(activity, warnings, label);
    return std::nullopt;
}

}  // namespace

std::optional<util::Error> make_plausible(Activity& activity, std::vector<std::string>& all_warnings,
                                          const std::string& path, const std::string& label, units::Instant now) {
    std::vector<std::string> warnings;
    auto error = check(activity, warnings, path, label, now);
    for (const std::string& warning : warnings) all_warnings.push_back(std::string(kImplausibleTag) + warning);
    return error;
}

}  // namespace ironstride::ingest
