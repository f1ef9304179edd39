#include "ironstride/ingest/csv/strength_values.hpp"

#include <array>
#include <chrono>

#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest::csv {

namespace {

/// Strong writes "2024-11-28 17:36:08", local wall-clock time; "T" and a missing seconds field are taken too.
constexpr units::IsoDateTimeOptions kStrengthAppDateTime{
    .space_separator = true, .optional_seconds = true, .local_time = true};

/// Reads an unsigned integer of 1..max_digits digits at pos; -1 when there is none.
int read_int(std::string_view text, std::size_t& pos, std::size_t max_digits) noexcept {
    const std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && pos - start < max_digits && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    return pos == start ? -1 : value;
}

std::optional<units::Instant> make_instant(int y, int mo, int d, int h, int mi, int s) noexcept {
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return std::nullopt;
    return units::Instant{std::chrono::sys_days{ymd}} + std::chrono::hours{h} + std::chrono::minutes{mi} +
           std::chrono::seconds{s};
}

/// "HH:MM[:SS]" at pos, to the end of the text.
bool read_clock(std::string_view text, std::size_t pos, int& h, int& mi, int& s) noexcept {
    h = read_int(text, pos, 2);
    if (h < 0 || pos >= text.size() || text[pos] != ':') return false;
    ++pos;
    mi = read_int(text, pos, 2);
    if (mi < 0) return false;
    s = 0;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        s = read_int(text, pos, 2);
        if (s < 0) return false;
    }
    return pos == text.size();
}

}  // namespace

std::optional<units::Instant> parse_local_date_time(std::string_view text) {
    const auto parsed = units::parse_iso_date_time(text, kStrengthAppDateTime);
    if (!parsed) return std::nullopt;
    return parsed->instant;
}

std::optional<units::Instant> parse_hevy_date_time(std::string_view text) {
    if (auto iso = parse_local_date_time(text)) return iso;
    // "30 Jun 2025, 19:56"
    constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::size_t pos = 0;
    const int d = read_int(text, pos, 2);
    if (d < 0 || pos >= text.size() || text[pos] != ' ') return std::nullopt;
    ++pos;
    int mo = 0;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (text.substr(pos, 3) == kMonths[i]) mo = static_cast<int>(i) + 1;
    }
    if (mo == 0) return std::nullopt;
    pos += 3;
    if (pos >= text.size() || text[pos] != ' ') return std::nullopt;
    ++pos;
    const int y = read_int(text, pos, 4);
    if (y < 0 || text.substr(pos, 2) != ", ") return std::nullopt;
    pos += 2;
    int h = 0;
    int mi = 0;
    int s = 0;
    if (!read_clock(text, pos, h, mi, s)) return std::nullopt;
    return make_instant(y, mo, d, h, mi, s);
}

std::optional<double> parse_strong_duration(std::string_view text) noexcept {
    std::size_t pos = 0;
    double total = 0;
    bool any = false;
    int last_rank = 3;  // h=2, m=1, s=0: units must come in order
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        const int value = read_int(text, pos, 6);
        if (value < 0 || pos >= text.size()) return std::nullopt;
        const char unit = text[pos++];
        const int rank = unit == 'h' ? 2 : unit == 'm' ? 1 : unit == 's' ? 0 : -1;
        if (rank < 0 || rank >= last_rank) return std::nullopt;
        last_rank = rank;
        total += static_cast<double>(value) * (rank == 2 ? units::kSecondsPerHour : rank == 1 ? units::kSecondsPerMinute : 1);
        any = true;
    }
    if (!any) return std::nullopt;
    return total;
}

}  // namespace ironstride::ingest::csv
