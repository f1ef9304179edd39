#include "ironstride/profile/profile_loader.hpp"

#include <algorithm>
#include <exception>
#include <new>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "ironstride/profile/detail/table_reader.hpp"
#include "ironstride/profile/detail/text_formats.hpp"
#include "ironstride/profile/schema.hpp"
#include "ironstride/units/clock_text.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/units/plausible_dates.hpp"
#include "ironstride/units/time_zone.hpp"
#include "ironstride/util/error.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::profile {

namespace {

using detail::DiagnosticSink;
using detail::kOptional;
using detail::required;
using detail::TableReader;

using units::kMinutesPerDay;

/// Maps a choice index onto an enum whose enumerators are in the same order as the names in schema.hpp.
template <typename Enum>
std::optional<Enum> as_enum(std::optional<std::size_t> index) {
    if (!index) return std::nullopt;
    return static_cast<Enum>(*index);
}

/// Which of two alternative keys (e.g. weight_kg / weight_lb) is present, reporting both-or-neither.
enum class Alternative { first, second, neither };

/// Line then column, for "which came later in the file".
bool before(const util::SourcePos& a, const util::SourcePos& b) {
    return std::pair{a.line.value_or(0), a.column.value_or(0)} < std::pair{b.line.value_or(0), b.column.value_or(0)};
}

/// "line 12" for cross-references inside a message.
std::string line_ref(const util::SourcePos& pos) { return fmt::format("line {}", pos.line.value_or(1)); }

Alternative one_of(TableReader& table, std::string_view first, std::string_view first_expected, std::string_view second,
                   std::string_view second_expected, std::string_view example) {
    const bool has_first = table.has(first);
    const bool has_second = table.has(second);
    if (has_first && has_second) {
        const util::SourcePos first_pos = table.pos_of(first);
        const util::SourcePos second_pos = table.pos_of(second);
        const bool second_is_later = before(first_pos, second_pos);
        const std::string_view later = second_is_later ? second : first;
        const std::string_view earlier = second_is_later ? first : second;
        table.sink().error(util::ErrorCode::profile_conflict, second_is_later ? second_pos : first_pos, table.path_of(later),
                           fmt::format("found both {} and {} ({}); allowed: exactly one of them", later, earlier,
                                       line_ref(second_is_later ? first_pos : second_pos)),
                           fmt::format("remove {} or {}", first, second));
        return Alternative::neither;
    }
    if (!has_first && !has_second) {
        table.sink().error(util::ErrorCode::profile_missing_key, table.table_pos(), table.path_of(first),
                           fmt::format("missing required key; expected {} ({}) or {} ({})", first, first_expected,
                                       second, second_expected),
                           fmt::format("add {} to {}", example, table.label()));
        return Alternative::neither;
    }
    return has_first ? Alternative::first : Alternative::second;
}

/// Reads a profile's tables into an Athlete, reporting to the sink.
class ProfileReader {
public:
    ProfileReader(DiagnosticSink& sink, units::CivilDay today) : m_sink(sink), m_today(today) {}

    void read(const toml::table& root);
    [[nodiscard]] domain::Athlete take() { return std::move(m_athlete); }

private:
    void read_time_zone(TableReader& root);
    void read_body(TableReader& body);
    void read_heart(TableReader& heart);
    void read_goal(TableReader& goal);
    void read_rate(TableReader& goal, std::optional<domain::Phase> phase);
    /// Reads event and event_date; returns the event kind as written (even when the date is wrong).
    std::optional<domain::EventKind> read_event(TableReader& goal);
    void read_running(TableReader& running);
    void read_recent_race(const toml::table& table, std::string name);
    void read_equipment(TableReader& equipment);
    void read_health(TableReader& health);
    void read_lifting(TableReader* lifting);
    void read_session(const toml::table& table, std::size_t index);
    void check_session_overlaps();
    void read_availability(TableReader* availability);
    void read_day_windows(const toml::array& windows, const std::string& key, int weekday);
    void read_recovery(TableReader* recovery);
    void read_nutrition(TableReader& nutrition);

    /// A race distance: a name ("10k") or metres; reports problems against `key` in `table`.
    std::optional<double> race_distance(TableReader& table, std::string_view key, bool is_required);

    DiagnosticSink& m_sink;
    units::CivilDay m_today;
    domain::Athlete m_athlete;
    std::optional<int> m_age;  ///< known once [body] was read without error in birth_date/age
    /// Position and dotted key of each lifting session's start, parallel to m_athlete.lifting, for overlaps.
    std::vector<util::SourcePos> m_session_pos;
    std::vector<std::string> m_session_key;
    /// Windows written under [availability], valid or not.
    std::size_t m_window_count = 0;
};

void ProfileReader::read_time_zone(TableReader& root) {
    const auto name = root.text("time_zone", kOptional, kMaxTimeZoneBytes);
    if (!name) return;
    const util::Result<units::TimeZone> zone = units::TimeZone::find(*name);
    if (!zone) {
        m_sink.error(util::ErrorCode::profile_bad_value, root.pos_of("time_zone"), "time_zone",
                     fmt::format("found \"{}\"; allowed: an IANA time zone name such as \"Europe/Berlin\"", *name),
                     "see the names under /usr/share/zoneinfo (e.g. \"America/New_York\", \"Australia/Sydney\"), or "
                     "leave the key out to use this machine's zone");
        return;
    }
    m_athlete.time_zone = std::string(zone.value().name());
}

void ProfileReader::read(const toml::table& root_table) {
    // An unsupported version is the one error reported alone: the rest of the file follows another schema.
    if (const toml::node* version = root_table.get("schema_version"); version != nullptr && version->is_integer()) {
        const std::int64_t found = version->as_integer()->get();
        if (found != kSchemaVersion) {
            m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(version->source()), "schema_version",
                         fmt::format("found {}; allowed: {} (the only schema version this ironstride reads)", found,
                                     kSchemaVersion),
                         "use a profile written for schema version 1 (docs/profile.md), or a newer ironstride");
            return;
        }
    }
    TableReader root(root_table, "", kRootKeys, m_sink);
    root.whole_number(kSchemaVersionSpec, required("1"));
    m_athlete.schema_version = kSchemaVersion;
    if (auto name = root.text("name", kOptional, kMaxNameBytes)) m_athlete.name = std::move(*name);
    if (auto unit_system = as_enum<domain::UnitSystem>(root.choice("units", kUnitNames, kOptional))) {
        m_athlete.units = *unit_system;
    }
    read_time_zone(root);

    if (const toml::table* table = root.table("body", required(""))) {
        TableReader body(*table, "body", kBodyKeys, m_sink);
        read_body(body);
    }
    if (const toml::table* table = root.table("heart", required(""))) {
        TableReader heart(*table, "heart", kHeartKeys, m_sink);
        read_heart(heart);
    }
    if (const toml::table* table = root.table("goal", required(""))) {
        TableReader goal(*table, "goal", kGoalKeys, m_sink);
        read_goal(goal);
    }
    if (const toml::table* table = root.table("running", required(""))) {
        TableReader running(*table, "running", kRunningKeys, m_sink);
        read_running(running);
    }
    if (const toml::table* table = root.table("equipment", kOptional)) {
        TableReader equipment(*table, "equipment", kEquipmentKeys, m_sink);
        read_equipment(equipment);
    }
    if (const toml::table* table = root.table("lifting", kOptional)) {
        TableReader lifting(*table, "lifting", kLiftingKeys, m_sink);
        read_lifting(&lifting);
    } else {
        read_lifting(nullptr);
    }
    if (const toml::table* table = root.table("availability", kOptional)) {
        TableReader availability(*table, "availability", kWeekdayKeys, m_sink);
        read_availability(&availability);
    } else {
        read_availability(nullptr);
    }
    if (const toml::table* table = root.table("recovery", kOptional)) {
        TableReader recovery(*table, "recovery", kRecoveryKeys, m_sink);
        read_recovery(&recovery);
    } else {
        read_recovery(nullptr);
    }
    if (const toml::table* table = root.table("nutrition", kOptional)) {
        TableReader nutrition(*table, "nutrition", kNutritionKeys, m_sink);
        read_nutrition(nutrition);
    }
    if (const toml::table* table = root.table("health", kOptional)) {
        TableReader health(*table, "health", kHealthKeys, m_sink);
        read_health(health);
    }
}

void ProfileReader::read_body(TableReader& body) {
    if (auto sex = as_enum<domain::Sex>(body.choice("sex", kSexNames, required("\"female\"")))) m_athlete.sex = *sex;

    const Alternative age_source = one_of(body, "birth_date", "a date YYYY-MM-DD", "age", "a whole number of years",
                                          "birth_date = 1990-04-02 (or age = 35)");
    if (const auto birth = body.date("birth_date", detail::Presence{false, "1990-04-02"})) {
        const util::SourcePos pos = body.pos_of("birth_date");
        const std::string found = units::format_iso_date(*birth);
        if (*birth > m_today) {
            m_sink.error(util::ErrorCode::profile_bad_value, pos, body.path_of("birth_date"),
                         fmt::format("found {}, which is after today ({}); allowed: a date in the past", found,
                                     units::format_iso_date(m_today)),
                         "check the year; the format is YYYY-MM-DD");
        } else {
            const int age = units::age_in_years(*birth, m_today);
            if (age < kAgeSpec.min || age > kAgeSpec.max) {
                m_sink.error(util::ErrorCode::profile_bad_value, pos, body.path_of("birth_date"),
                             fmt::format("found {} (age {} on {}); allowed: ages {}", found, age,
                                         units::format_iso_date(m_today), detail::describe_range(kAgeSpec)),
                             "check the year; ironstride is meant for people aged 14 to 100");
            } else if (age_source == Alternative::first) {
                m_athlete.birth_date = *birth;
                m_age = age;
            }
        }
    }
    if (const auto age = body.whole_number(kAgeSpec, kOptional); age && age_source == Alternative::second) {
        m_athlete.declared_age_years = static_cast<int>(*age);
        m_age = static_cast<int>(*age);
    }

    const Alternative height_source =
        one_of(body, "height_cm", detail::describe_range(kHeightCmSpec), "height_in",
               detail::describe_range(kHeightInSpec), "height_cm = 170 (or height_in = 67)");
    if (const auto cm = body.number(kHeightCmSpec, kOptional); cm && height_source == Alternative::first) {
        m_athlete.height_m = *cm / 100.0;
    }
    if (const auto in = body.number(kHeightInSpec, kOptional); in && height_source == Alternative::second) {
        m_athlete.height_m = units::inches_to_m(*in);
    }

    const Alternative weight_source =
        one_of(body, "weight_kg", detail::describe_range(kWeightKgSpec), "weight_lb",
               detail::describe_range(kWeightLbSpec), "weight_kg = 70 (or weight_lb = 154)");
    if (const auto kg = body.number(kWeightKgSpec, kOptional); kg && weight_source == Alternative::first) {
        m_athlete.weight_kg = *kg;
    }
    if (const auto lb = body.number(kWeightLbSpec, kOptional); lb && weight_source == Alternative::second) {
        m_athlete.weight_kg = units::pounds_to_kg(*lb);
    }

    if (const auto fat = body.number(kBodyFatSpec, kOptional)) m_athlete.body_fat_pct = *fat;
}

void ProfileReader::read_heart(TableReader& heart) {
    const auto resting = heart.number(kRestingHrSpec, required("60"));
    if (resting) m_athlete.resting_hr_bpm = *resting;

    // A maximum at or below the resting rate is named as such (it is usually the two values swapped), before the
    // plain range check.
    if (const toml::node* node = heart.find("max_bpm"); node != nullptr && resting && node->is_number()) {
        const double found =
            node->is_integer() ? static_cast<double>(node->as_integer()->get()) : node->as_floating_point()->get();
        if (found <= *resting) {
            m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(node->source()), heart.path_of("max_bpm"),
                         fmt::format("found {}, not above resting_bpm = {} ({}); allowed: {} and above resting_bpm",
                                     detail::format_number(found), detail::format_number(*resting),
                                     line_ref(heart.pos_of("resting_bpm")), detail::describe_range(kMaxHrSpec)),
                         "check that the two values are not swapped, or leave max_bpm out to have it estimated");
            return;
        }
    }
    if (const auto max = heart.number(kMaxHrSpec, kOptional)) m_athlete.max_hr_bpm = *max;
}

std::optional<double> ProfileReader::race_distance(TableReader& table, std::string_view key, bool is_required) {
    const std::string expected = fmt::format("{} or a number of metres {}", detail::list_words(kRaceDistanceNames),
                                             detail::describe_range(kRaceDistanceSpec));
    const toml::node* node = table.find(key);
    if (node == nullptr) {
        if (is_required) table.missing(key, expected, "\"10k\"");
        return std::nullopt;
    }
    if (const auto* string = node->as_string()) {
        if (auto metres = detail::race_distance_from_name(string->get())) return metres;
        const auto suggestion = util::closest_match(string->get(), kRaceDistanceNames);
        m_sink.error(
            util::ErrorCode::profile_bad_value, m_sink.at(node->source()), table.path_of(key),
            fmt::format("found {}; allowed: {}", detail::quote(string->get()), expected),
            suggestion ? fmt::format("did you mean \"{}\"?", *suggestion) : std::string(kRaceDistanceSpec.hint));
        return std::nullopt;
    }
    if (node->is_number()) {
        NumberSpec spec = kRaceDistanceSpec;
        spec.key = key;
        return table.number(spec, kOptional);
    }
    table.wrong_type(key, *node, expected, "\"10k\"");
    return std::nullopt;
}

void ProfileReader::read_goal(TableReader& goal) {
    const auto focus = as_enum<domain::Goal>(goal.choice("focus", kFocusNames, required("\"hybrid\"")));
    if (focus) m_athlete.goal = *focus;
    const auto phase = as_enum<domain::Phase>(goal.choice("phase", kPhaseNames, required("\"maintain\"")));
    if (phase) m_athlete.phase = *phase;
    read_rate(goal, phase);
    const auto event = read_event(goal);

    // The distance is needed for a race goal and for a race event (taper, race-pace work).
    const bool needed = focus == domain::Goal::race || event == domain::EventKind::race;
    if (!goal.has("race_distance")) {
        if (needed) {
            goal.missing("race_distance",
                         fmt::format("{} or metres (required with focus = \"race\" or event = \"race\")",
                                     detail::list_words(kRaceDistanceNames)),
                         "\"10k\"");
        }
        return;
    }
    const auto metres = race_distance(goal, "race_distance", false);
    if (needed) {
        if (metres) m_athlete.goal_race_distance_m = *metres;
    } else if (metres && focus) {
        m_sink.warning(util::ErrorCode::profile_advice, goal.pos_of("race_distance"), goal.path_of("race_distance"),
                       "is ignored: it is used only with focus = \"race\" or event = \"race\"",
                       "remove it, or set focus = \"race\" or event = \"race\"");
    }
}

void ProfileReader::read_rate(TableReader& goal, std::optional<domain::Phase> phase) {
    const toml::node* node = goal.find("rate_pct_per_week");
    if (!phase) {
        // The phase is wrong or missing (already reported); still check the rate's type.
        if (node != nullptr && !node->is_number()) {
            goal.wrong_type("rate_pct_per_week", *node, "a number (% of body weight per week)", "0.7");
        }
        return;
    }
    if (*phase == domain::Phase::maintain) {
        if (node == nullptr) return;
        if (!node->is_number()) {
            goal.wrong_type("rate_pct_per_week", *node, "0 or no rate with phase = \"maintain\"", "0");
            return;
        }
        const double found =
            node->is_integer() ? static_cast<double>(node->as_integer()->get()) : node->as_floating_point()->get();
        if (found != 0.0) {
            m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(node->source()), goal.path_of("rate_pct_per_week"),
                         fmt::format("found {} with phase = \"maintain\"; allowed: 0, or leave the key out",
                                     detail::format_number(found)),
                         "to lose or gain weight set phase = \"cut\" or \"lean_bulk\"");
        }
        return;
    }
    const bool cut = *phase == domain::Phase::cut;
    const NumberSpec& spec = cut ? kCutRateSpec : kBulkRateSpec;
    if (node != nullptr && node->is_number()) {
        const double found =
            node->is_integer() ? static_cast<double>(node->as_integer()->get()) : node->as_floating_point()->get();
        if (found < 0) {
            m_sink.error(
                util::ErrorCode::profile_out_of_range, m_sink.at(node->source()), goal.path_of("rate_pct_per_week"),
                fmt::format("found {}; allowed: {}", detail::format_number(found), detail::describe_range(spec)),
                fmt::format("give the rate as a positive number; phase = \"{}\" already says the direction",
                            cut ? "cut" : "lean_bulk"));
            return;
        }
    }
    const auto rate = goal.number(spec, required(spec.example));
    if (!rate) return;
    m_athlete.rate_pct_per_week = *rate;
    // evidence.md §5 "Rates of weight change": loss 0.5–1 %/week (Helms 2014), gain 0.25–0.5 %/week (Iraki 2019).
    const double band_min = cut ? kCutRateBandMinPct : kBulkRateBandMinPct;
    const double band_max = cut ? kCutRateBandMaxPct : kBulkRateBandMaxPct;
    if (*rate < band_min || *rate > band_max) {
        m_sink.warning(
            util::ErrorCode::profile_advice, goal.pos_of("rate_pct_per_week"), goal.path_of("rate_pct_per_week"),
            fmt::format("{} % per week is outside the evidence band for a {} ({} to {} % per week, {})",
                        detail::format_number(*rate), cut ? "cut" : "lean bulk", detail::format_number(band_min),
                        detail::format_number(band_max), cut ? "Helms 2014" : "Iraki 2019"),
            *rate > band_max ? std::string(cut ? "a faster cut risks losing muscle" : "a faster gain adds mostly fat")
                             : std::string("a slower rate is fine, it just takes longer"));
    }
}

std::optional<domain::EventKind> ProfileReader::read_event(TableReader& goal) {
    const auto kind = as_enum<domain::EventKind>(goal.choice("event", kEventNames, kOptional));
    const auto date = goal.date("event_date", kOptional);
    if (goal.has("event") && !goal.has("event_date")) {
        goal.missing("event_date", "a date YYYY-MM-DD (required with event)", "2027-05-15");
    }
    if (!goal.has("event") && goal.has("event_date")) {
        m_sink.error(util::ErrorCode::profile_missing_key, goal.pos_of("event_date"), goal.path_of("event"),
                     fmt::format("missing; an event_date needs event = {}", detail::list_words(kEventNames)),
                     "add event = \"show\" or event = \"race\" to [goal], or remove event_date");
    }
    if (date) {
        const std::chrono::year_month_day today_ymd{m_today};
        const units::CivilDay latest{today_ymd + std::chrono::years{kMaxEventYearsAhead}};
        if (*date < m_today || *date > latest) {
            m_sink.error(
                util::ErrorCode::profile_bad_value, goal.pos_of("event_date"), goal.path_of("event_date"),
                fmt::format("found {}; allowed: from today ({}) to {} years ahead ({})", units::format_iso_date(*date),
                            units::format_iso_date(m_today), kMaxEventYearsAhead, units::format_iso_date(latest)),
                *date < m_today ? "the event is over: set the date of your next one, or remove event and "
                                  "event_date"
                                : "check the year");
            return kind;
        }
    }
    if (kind && date) {
        m_athlete.event_kind = *kind;
        m_athlete.event_date = *date;
    }
    return kind;
}

void ProfileReader::read_running(TableReader& running) {
    if (auto experience =
            as_enum<domain::RunningExperience>(running.choice("experience", kExperienceNames, required("\"new\"")))) {
        m_athlete.experience = *experience;
    }
    if (auto longest = running.number(kLongestRunSpec, kOptional)) m_athlete.longest_recent_run_min = *longest;
    if (auto weekly = running.number(kWeeklyRunSpec, kOptional)) m_athlete.recent_weekly_run_min = *weekly;
    m_athlete.max_weekly_increase = kDefaultWeeklyIncreasePct / 100.0;
    if (auto increase = running.number(kWeeklyIncreaseSpec, kOptional))
        m_athlete.max_weekly_increase = *increase / 100.0;
    if (const toml::node* node = running.find("recent_race")) {
        if (const auto* table = node->as_table()) {
            read_recent_race(*table, running.path_of("recent_race"));
        } else {
            running.wrong_type("recent_race", *node, "a table { distance = …, time = …, date = … }",
                               "{ distance = \"10k\", time = \"48:30\", date = 2026-10-04 }");
        }
    }
}

void ProfileReader::read_recent_race(const toml::table& table, std::string name) {
    TableReader race(table, name, kRecentRaceKeys, m_sink, name);
    const auto distance = race_distance(race, "distance", true);
    std::optional<double> time_s;
    if (const toml::node* node = race.find("time")) {
        if (const auto* string = node->as_string()) {
            auto parsed = detail::parse_race_time(string->get());
            if (parsed) {
                time_s = *parsed;
            } else {
                m_sink.error(
                    util::ErrorCode::profile_bad_value, m_sink.at(node->source()), race.path_of("time"),
                    fmt::format("found {}; allowed: a race time M:SS, MM:SS or H:MM:SS", detail::quote(string->get())),
                    "e.g. time = \"48:30\" or time = \"1:45:07\"");
            }
        } else {
            race.wrong_type("time", *node, "a race time as a string \"M:SS\", \"MM:SS\" or \"H:MM:SS\"", "\"48:30\"");
        }
    } else {
        race.missing("time", "a race time as a string \"M:SS\", \"MM:SS\" or \"H:MM:SS\"", "\"48:30\"");
    }
    const auto date = race.date("date", kOptional);
    bool date_ok = true;
    if (date && *date > m_today) {
        date_ok = false;
        m_sink.error(util::ErrorCode::profile_bad_value, race.pos_of("date"), race.path_of("date"),
                     fmt::format("found {}, which is after today ({}); allowed: the date of a race already run",
                                 units::format_iso_date(*date), units::format_iso_date(m_today)),
                     "a future race belongs in [goal] as event = \"race\" with event_date");
    } else if (date && *date < units::kEarliestPlausibleDay) {
        date_ok = false;  // 0000-01-01 is a placeholder, not a race: its age would weigh the result as ancient
        m_sink.error(util::ErrorCode::profile_bad_value, race.pos_of("date"), race.path_of("date"),
                     fmt::format("found {}; allowed: a date from {} to today ({})", units::format_iso_date(*date),
                                 units::format_iso_date(units::kEarliestPlausibleDay), units::format_iso_date(m_today)),
                     "write the day the race was run, or remove date");
    }
    if (!distance || !time_s) return;
    const double speed_mps = *distance / *time_s;
    if (speed_mps < kMinRaceSpeedMps || speed_mps > kMaxRaceSpeedMps) {
        const auto pace_s_per_km = units::kMetresPerKilometre / speed_mps;
        m_sink.error(util::ErrorCode::profile_out_of_range, race.pos_of("time"), race.path_of("time"),
                     fmt::format("found {} for {} m, a pace of {}/km; allowed: paces from {}/km to {}/km",
                                 units::format_clock_duration(*time_s), detail::format_number(*distance),
                                 units::format_clock_duration(pace_s_per_km),
                                 units::format_clock_duration(units::kMetresPerKilometre / kMaxRaceSpeedMps),
                                 units::format_clock_duration(units::kMetresPerKilometre / kMinRaceSpeedMps)),
                     "check the time and the distance (H:MM:SS for races over an hour)");
        return;
    }
    if (!date_ok) return;
    m_athlete.recent_race = domain::RaceResult{*distance, *time_s, date};
}

void ProfileReader::read_equipment(TableReader& equipment) {
    if (auto value = equipment.flag("treadmill", kOptional)) m_athlete.equipment.treadmill = *value;
    if (auto value = equipment.flag("pool", kOptional)) m_athlete.equipment.pool = *value;
    if (auto value = equipment.flag("water_treadmill", kOptional)) m_athlete.equipment.water_treadmill = *value;
}

void ProfileReader::read_health(TableReader& health) {
    for (const std::size_t index : health.choices("conditions", kConditionNames, kOptional)) {
        m_athlete.conditions.push_back(static_cast<domain::HealthCondition>(index));
    }
}

void ProfileReader::read_lifting(TableReader* lifting) {
    if (lifting != nullptr) {
        if (auto split = lifting->text("split", kOptional, kMaxLabelBytes)) m_athlete.split_name = std::move(*split);
        if (const toml::node* node = lifting->find("session")) {
            const toml::array* sessions = node->as_array();
            if (sessions == nullptr) {
                lifting->wrong_type("session", *node, "one [[lifting.session]] table per session", {});
            } else {
                for (std::size_t i = 0; i < sessions->size(); ++i) {
                    const toml::node& element = *sessions->get(i);
                    if (const auto* table = element.as_table()) {
                        read_session(*table, i);
                    } else {
                        m_sink.error(util::ErrorCode::profile_wrong_type, m_sink.at(element.source()), fmt::format("lifting.session[{}]", i),
                                     fmt::format("found {}; expected a table", detail::describe(element)),
                                     "write each session as a [[lifting.session]] table");
                    }
                }
                check_session_overlaps();
            }
        }
    }
    if (m_athlete.lifting.empty() && (lifting == nullptr || !lifting->has("session"))) {
        m_sink.warning(util::ErrorCode::profile_advice, lifting != nullptr ? lifting->table_pos() : m_sink.at(1, 1), "lifting.session",
                       "no lifting sessions: the plan will have no lifting to protect",
                       "add one [[lifting.session]] table per weekly session (see docs/profile.md)");
    }
}

void ProfileReader::read_session(const toml::table& table, std::size_t index) {
    const std::string name = fmt::format("lifting.session[{}]", index);
    TableReader session(table, name, kSessionKeys, m_sink, "this [[lifting.session]]");
    const auto day = session.choice("day", kWeekdayKeys, required("\"mon\""));
    auto label = session.text("name", required("\"Lower A (squat)\""), kMaxLabelBytes);
    const auto start = session.time_of_day("start", required("\"06:00\""));
    const auto duration = session.whole_number(kSessionDurationSpec, kOptional);
    const auto heavy = session.flag("lower_body_heavy", kOptional);
    if (!day || !label || !start || (session.has("duration_min") && !duration) ||
        (session.has("lower_body_heavy") && !heavy)) {
        return;
    }
    const int duration_min = duration ? static_cast<int>(*duration) : kDefaultSessionDurationMin;
    if (start->minutes + duration_min > kMinutesPerDay) {
        m_sink.error(util::ErrorCode::profile_bad_value, session.pos_of(session.has("duration_min") ? "duration_min" : "start"),
                     session.path_of(session.has("duration_min") ? "duration_min" : "start"),
                     fmt::format("the session from {} for {} min would end after midnight; allowed: sessions that "
                                 "end by 24:00",
                                 units::format_time_of_day(*start), duration_min),
                     "start earlier or shorten the session");
        return;
    }
    domain::LiftingSession result;
    result.weekday = static_cast<int>(*day);
    result.name = std::move(*label);
    result.start = *start;
    result.duration_min = duration_min;
    result.lower_body_heavy = heavy.value_or(false);
    m_athlete.lifting.push_back(std::move(result));
    m_session_pos.push_back(session.pos_of("start"));
    m_session_key.push_back(session.path_of("start"));
}

void ProfileReader::check_session_overlaps() {
    // Sort indices by (day, start); a session overlaps when it starts before the latest end so far that day.
    std::vector<std::size_t> order(m_athlete.lifting.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto& sessions = m_athlete.lifting;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair{sessions[a].weekday, sessions[a].start.minutes} <
               std::pair{sessions[b].weekday, sessions[b].start.minutes};
    });
    std::optional<std::size_t> latest;  // the session with the latest end so far on the current day
    for (const std::size_t i : order) {
        const domain::LiftingSession& s = sessions[i];
        if (latest && sessions[*latest].weekday == s.weekday) {
            const domain::LiftingSession& other = sessions[*latest];
            const int other_end = other.start.minutes + other.duration_min;
            if (s.start.minutes < other_end) {
                // Report at whichever of the two comes later in the file.
                const bool this_later = before(m_session_pos[*latest], m_session_pos[i]);
                const std::size_t at = this_later ? i : *latest;
                const std::size_t ref = this_later ? *latest : i;
                m_sink.error(
                    util::ErrorCode::profile_bad_value, m_session_pos[at], m_session_key[at],
                    fmt::format("{} on {} ({}, {} min) overlaps {} ({}, {} min, {}); allowed: sessions that "
                                "do not overlap on the same day",
                                detail::quote(sessions[at].name), domain::weekday_key(s.weekday),
                                units::format_time_of_day(sessions[at].start), sessions[at].duration_min,
                                detail::quote(sessions[ref].name), units::format_time_of_day(sessions[ref].start),
                                sessions[ref].duration_min, line_ref(m_session_pos[ref])),
                    "move one session, or merge them into one");
            }
            if (s.start.minutes + s.duration_min > other_end) latest = i;
        } else {
            latest = i;
        }
    }
}

void ProfileReader::read_availability(TableReader* availability) {
    if (availability != nullptr) {
        for (std::size_t day = 0; day < kWeekdayKeys.size(); ++day) {
            const std::string_view key = kWeekdayKeys[day];
            const toml::node* node = availability->find(key);
            if (node == nullptr) continue;
            if (const auto* windows = node->as_array()) {
                read_day_windows(*windows, availability->path_of(key), static_cast<int>(day));
            } else {
                availability->wrong_type(key, *node, "an array of \"HH:MM-HH:MM\" windows",
                                         "[\"06:00-07:30\", \"18:00-20:00\"]");
            }
        }
    }
    if (m_window_count == 0) {
        m_sink.warning(util::ErrorCode::profile_advice, availability != nullptr ? availability->table_pos() : m_sink.at(1, 1), "availability",
                       "no availability windows: the planner has no time to place runs",
                       "add the hours you can train, e.g. mon = [\"06:00-07:30\"] under [availability]");
    }
}

void ProfileReader::read_day_windows(const toml::array& windows, const std::string& key, int weekday) {
    struct Parsed {
        domain::TimeWindow window;
        util::SourcePos pos;
        std::string text;
        std::size_t index = 0;
    };
    std::vector<Parsed> parsed;
    bool all_ok = true;
    m_window_count += windows.size();
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const toml::node& element = *windows.get(i);
        const std::string element_key = fmt::format("{}[{}]", key, i);
        const auto* string = element.as_string();
        if (string == nullptr) {
            m_sink.error(util::ErrorCode::profile_wrong_type, m_sink.at(element.source()), element_key,
                         fmt::format("found {}; expected a window \"HH:MM-HH:MM\"", detail::describe(element)),
                         "write each window as a string, e.g. \"06:00-07:30\"");
            all_ok = false;
            continue;
        }
        auto window = detail::parse_window(string->get());
        if (!window) {
            m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(element.source()), element_key,
                         fmt::format("found {}; allowed: a window \"HH:MM-HH:MM\" that starts before it ends, "
                                     "00:00 to 24:00",
                                     detail::quote(string->get())),
                         window.error().message());
            all_ok = false;
            continue;
        }
        parsed.push_back(Parsed{*window, m_sink.at(element.source()), string->get(), i});
    }
    // Overlaps: sorted by start, each window must start at or after the latest end so far.
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const Parsed& a, const Parsed& b) { return a.window.start < b.window.start; });
    std::optional<std::size_t> latest;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (latest && parsed[i].window.start < parsed[*latest].window.end) {
            const bool this_later = before(parsed[*latest].pos, parsed[i].pos);
            const Parsed& at = this_later ? parsed[i] : parsed[*latest];
            const Parsed& ref = this_later ? parsed[*latest] : parsed[i];
            const units::TimeOfDay merged_start = std::min(at.window.start, ref.window.start);
            const units::TimeOfDay merged_end = std::max(at.window.end, ref.window.end);
            m_sink.error(util::ErrorCode::profile_bad_value, at.pos, fmt::format("{}[{}]", key, at.index),
                         fmt::format("found {}, which overlaps {} ({}); allowed: windows that do not overlap on the "
                                     "same day",
                                     detail::quote(at.text), detail::quote(ref.text), line_ref(ref.pos)),
                         fmt::format("merge them into \"{}-{}\"", units::format_time_of_day(merged_start),
                                     units::format_time_of_day(merged_end)));
            all_ok = false;
        }
        if (!latest || parsed[i].window.end > parsed[*latest].window.end) latest = i;
    }
    if (!all_ok) return;
    auto& day = m_athlete.availability[static_cast<std::size_t>(weekday)];
    for (const Parsed& p : parsed) day.push_back(p.window);
}

void ProfileReader::read_recovery(TableReader* recovery) {
    m_athlete.sleep_target_h = kDefaultSleepTargetH;
    if (recovery == nullptr) return;
    const auto sleep = recovery->number(kSleepTargetSpec, kOptional);
    if (!sleep) return;
    m_athlete.sleep_target_h = *sleep;
    // evidence.md §7 "Sleep": NSF (Hirshkowitz 2015) 7–9 h for adults, 7–8 h from 65.
    const bool older = m_age && *m_age >= kOlderAdultAge;
    const double band_max = older ? kSleepBandMaxOlderH : kSleepBandMaxH;
    if (*sleep < kSleepBandMinH || *sleep > band_max) {
        m_sink.warning(util::ErrorCode::profile_advice, recovery->pos_of("sleep_target_h"), recovery->path_of("sleep_target_h"),
                       fmt::format("{} h is outside the recommended {} to {} h per night{} (National Sleep "
                                   "Foundation, Hirshkowitz 2015)",
                                   detail::format_number(*sleep), detail::format_number(kSleepBandMinH),
                                   detail::format_number(band_max), older ? " from age 65" : " for adults"),
                       *sleep < kSleepBandMinH ? "adults should regularly sleep at least 7 h (AASM/SRS, Watson 2015)"
                                               : "fine if you need it; the recommendation is an average");
    }
}

void ProfileReader::read_nutrition(TableReader& nutrition) {
    if (auto lifestyle = as_enum<domain::Lifestyle>(nutrition.choice("lifestyle", kLifestyleNames, kOptional))) {
        m_athlete.lifestyle = *lifestyle;
    }
}

/// The whole check; may throw (std::bad_alloc, a bug): check_profile_text turns that into a diagnostic.
ProfileCheck check(std::string_view text, const std::string& path, units::CivilDay today) {
    ProfileCheck result;
    DiagnosticSink sink(path);
    if (text.size() > kMaxProfileBytes) {
        sink.error(util::ErrorCode::profile_out_of_range, sink.at(1, 1), "",
                   fmt::format("the file has {} bytes; allowed: at most {} bytes", text.size(), kMaxProfileBytes),
                   "is this really an athlete profile? see docs/profile.md");
        result.diagnostics = sink.take_sorted();
        return result;
    }
    toml::table root;
    try {
        root = toml::parse(text, std::string_view(path));
    } catch (const toml::parse_error& error) {
        std::string description(error.description());
        // toml++ describes the problem in its own words; keep them printable.
        for (char& c : description) {
            if (static_cast<unsigned char>(c) < 0x20U) c = ' ';
        }
        sink.error(util::ErrorCode::profile_syntax, sink.at(error.source()), "", "invalid TOML: " + description,
                   "fix the syntax at this position; docs/profile.md shows a complete example");
        result.diagnostics = sink.take_sorted();
        return result;
    }
    ProfileReader reader(sink, today);
    reader.read(root);
    if (sink.error_count() == 0) result.athlete = reader.take();
    result.diagnostics = sink.take_sorted();
    return result;
}

}  // namespace

ProfileCheck check_profile_text(std::string_view text, std::string path, units::CivilDay today) {
    try {
        return check(text, path, today);
    } catch (const std::exception& error) {
        ProfileCheck failed;
        failed.internal_failure = true;
        failed.diagnostics.push_back(util::Error(util::ErrorCode::profile_invalid,
                                                 util::SourcePos::at_line(std::move(path), 1, 1),
                                                 std::string("internal error while checking the profile: ") + error.what())
                                         .with_hint("this is a bug; please report it with the profile"));
        return failed;
    }
}

ProfileCheck check_profile_file(const std::filesystem::path& path, units::CivilDay today) {
    const std::string text = util::read_text_file(path);
    return check_profile_text(text, path.string(), today);
}

domain::Athlete load_profile(const std::filesystem::path& path, units::CivilDay today) {
    ProfileCheck result = check_profile_file(path, today);
    if (result.athlete) return std::move(*result.athlete);
    const auto first = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                    [](const util::Error& d) { return d.severity() == util::Severity::error; });
    // Without an athlete there is at least one error.
    if (first == result.diagnostics.end()) {
        throw util::Error(util::ErrorCode::profile_invalid, util::SourcePos::at_line(path.string(), 1, 1), "invalid profile");
    }
    std::string what = first->message();
    const std::size_t errors = result.error_count();
    if (errors > 1) {
        what += fmt::format(" (and {} more error{}:", errors - 1, errors > 2 ? "s" : "");
        for (const util::Error& d : result.diagnostics) {
            if (&d == &*first || d.severity() != util::Severity::error) continue;
            what += "\n  " + util::format_error(d, {.show_severity = true});
        }
        what += ")";
    }
    std::string hint = first->hint().empty() ? std::string{} : first->hint() + "; ";
    hint += fmt::format("run 'ironstride profile check {}' to see every problem", path.string());
    throw util::Error(first->code(), first->pos(), what).with_subject(first->subject()).with_hint(std::move(hint));
}

units::TimeZone profile_time_zone(const std::filesystem::path& path) {
    try {
        const std::string text = util::read_text_file(path);
        if (text.size() > kMaxProfileBytes) return units::TimeZone::machine();
        const toml::table root = toml::parse(text, path.string());
        if (const auto name = root["time_zone"].value<std::string>()) {
            if (util::Result<units::TimeZone> zone = units::TimeZone::find(*name)) return zone.value();
        }
    } catch (const std::exception&) {
        // An unreadable or broken profile: the command's own load_profile reports it with its position.
    }
    return units::TimeZone::machine();
}

}  // namespace ironstride::profile
