#include "ironstride/profile/detail/table_reader.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "ironstride/profile/detail/text_formats.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::profile::detail {

// ---- DiagnosticSink ----------------------------------------------------------------------------------------------

util::SourcePos DiagnosticSink::at(const toml::source_region& region) const {
    return at(region.begin.line, region.begin.column);
}

util::SourcePos DiagnosticSink::at(std::uint32_t line, std::uint32_t column) const {
    if (line == 0) return util::SourcePos::at_line(m_path, 1, 1);
    return util::SourcePos::at_line(m_path, line, column == 0 ? 1 : column);
}

void DiagnosticSink::error(util::ErrorCode code, util::SourcePos pos, std::string key, std::string message,
                           std::string hint) {
    m_diagnostics.push_back(
        util::Error(code, std::move(pos), std::move(message)).with_subject(std::move(key)).with_hint(std::move(hint)));
    ++m_errors;
}

void DiagnosticSink::warning(util::ErrorCode code, util::SourcePos pos, std::string key, std::string message,
                             std::string hint) {
    m_diagnostics.push_back(util::Error(code, std::move(pos), std::move(message))
                                .with_subject(std::move(key))
                                .with_hint(std::move(hint))
                                .with_severity(util::Severity::warning));
}

std::vector<util::Error> DiagnosticSink::take_sorted() {
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const util::Error& a, const util::Error& b) {
        return std::pair{a.pos().line.value_or(0), a.pos().column.value_or(0)} <
               std::pair{b.pos().line.value_or(0), b.pos().column.value_or(0)};
    });
    m_errors = 0;
    return std::exchange(m_diagnostics, {});
}

// ---- free helpers ------------------------------------------------------------------------------------------------

std::string format_number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    return fmt::format("{}", value);
}

std::string describe(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "the string " + quote(node.as_string()->get());
        case toml::node_type::integer:
            return fmt::format("the number {}", node.as_integer()->get());
        case toml::node_type::floating_point:
            return "the number " + format_number(node.as_floating_point()->get());
        case toml::node_type::boolean:
            return node.as_boolean()->get() ? "true" : "false";
        case toml::node_type::date: {
            const toml::date& d = node.as_date()->get();
            return fmt::format("the date {:04}-{:02}-{:02}", d.year, d.month, d.day);
        }
        case toml::node_type::time: {
            const toml::time& t = node.as_time()->get();
            return fmt::format("the time {:02}:{:02}:{:02}", t.hour, t.minute, t.second);
        }
        case toml::node_type::date_time:
            return "a date-time";
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

std::string describe_range(const NumberSpec& spec) {
    const std::string unit = spec.unit.empty() ? std::string{} : " " + std::string(spec.unit);
    if (spec.min == spec.max) return fmt::format("exactly {}{}", format_number(spec.min), unit);
    return fmt::format("from {} to {}{}", format_number(spec.min), format_number(spec.max), unit);
}

std::string list_words(std::span<const std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
        out += '"';
        out += words[i];
        out += '"';
    }
    return out;
}

std::optional<units::CivilDay> to_civil_day(const toml::date& date) {
    const std::chrono::year_month_day ymd{std::chrono::year{date.year}, std::chrono::month{date.month},
                                          std::chrono::day{date.day}};
    if (!ymd.ok()) return std::nullopt;
    return units::CivilDay{ymd};
}

namespace {

bool has_control_character(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20U || byte == 0x7FU;
    });
}

std::string join_keys(std::span<const std::string_view> keys) {
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) out += ", ";
        out += keys[i];
    }
    return out;
}

}  // namespace

// ---- TableReader -------------------------------------------------------------------------------------------------

TableReader::TableReader(const toml::table& table, std::string name, std::span<const std::string_view> allowed,
                         DiagnosticSink& sink, std::string label)
    : m_table(table), m_name(std::move(name)), m_label(std::move(label)), m_sink(sink) {
    if (m_label.empty()) m_label = m_name.empty() ? "the top level" : "[" + m_name + "]";
    check_unknown_keys(allowed);
}

void TableReader::check_unknown_keys(std::span<const std::string_view> allowed) const {
    for (auto&& [key, value] : m_table) {
        (void)value;
        const std::string_view word = key.str();
        if (std::find(allowed.begin(), allowed.end(), word) != allowed.end()) continue;
        const auto suggestion = util::closest_match(word, allowed);
        std::string hint = suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                                      : std::string("remove it, or see docs/profile.md for the keys of each table");
        const std::string where = m_name.empty() ? "at the top level" : "in " + m_label;
        // The key is shown quoted when it has characters that would be confusing on a terminal.
        const std::string shown = has_control_character(word) || word.size() > 40 ? quote(word) : std::string(word);
        m_sink.error(util::ErrorCode::profile_unknown_key, m_sink.at(key.source()), path_of(shown),
                     fmt::format("unknown key; allowed {}: {}", where, join_keys(allowed)), std::move(hint));
    }
}

std::string TableReader::path_of(std::string_view key) const {
    if (m_name.empty()) return std::string(key);
    return m_name + "." + std::string(key);
}

const toml::node* TableReader::find(std::string_view key) const { return m_table.get(key); }

util::SourcePos TableReader::pos_of(std::string_view key) const {
    if (const toml::node* node = find(key)) return m_sink.at(node->source());
    return table_pos();
}

util::SourcePos TableReader::table_pos() const { return m_sink.at(m_table.source()); }

std::string TableReader::add_hint(std::string_view key, std::string_view example) const {
    if (m_name.empty()) return fmt::format("add a line {} = {} at the top of the file", key, example);
    return fmt::format("add {} = {} to {}", key, example, m_label);
}

void TableReader::missing(std::string_view key, std::string_view expected, std::string_view example) const {
    m_sink.error(util::ErrorCode::profile_missing_key, table_pos(), path_of(key), fmt::format("missing required key; expected {}", expected),
                 add_hint(key, example));
}

void TableReader::wrong_type(std::string_view key, const toml::node& node, std::string_view expected,
                             std::string_view example) const {
    std::string hint = example.empty() ? std::string{} : fmt::format("write it like {} = {}", key, example);
    m_sink.error(util::ErrorCode::profile_wrong_type, m_sink.at(node.source()), path_of(key), fmt::format("found {}; expected {}", describe(node), expected),
                 std::move(hint));
}

std::optional<double> TableReader::number(const NumberSpec& spec, Presence presence) {
    if (spec.whole) {
        const auto value = whole_number(spec, presence);
        if (!value) return std::nullopt;
        return static_cast<double>(*value);
    }
    const std::string expected = "a number " + describe_range(spec);
    const toml::node* node = find(spec.key);
    if (node == nullptr) {
        if (presence.required) missing(spec.key, expected, spec.example);
        return std::nullopt;
    }
    double value = 0;
    if (const auto* integer = node->as_integer()) {
        value = static_cast<double>(integer->get());
    } else if (const auto* floating = node->as_floating_point()) {
        value = floating->get();
    } else {
        wrong_type(spec.key, *node, expected, spec.example);
        return std::nullopt;
    }
    // Written so that nan fails too.
    if (!(value >= spec.min && value <= spec.max)) {
        m_sink.error(util::ErrorCode::profile_out_of_range, m_sink.at(node->source()), path_of(spec.key),
                     fmt::format("found {}; allowed: {}", format_number(value), describe_range(spec)),
                     std::string(spec.hint));
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> TableReader::whole_number(const NumberSpec& spec, Presence presence) {
    const std::string expected = "a whole number " + describe_range(spec);
    const toml::node* node = find(spec.key);
    if (node == nullptr) {
        if (presence.required) missing(spec.key, expected, spec.example);
        return std::nullopt;
    }
    const auto* integer = node->as_integer();
    if (integer == nullptr) {
        wrong_type(spec.key, *node, expected, spec.example);
        return std::nullopt;
    }
    const std::int64_t value = integer->get();
    // The bounds are small whole numbers, exactly representable; compare in double to avoid narrowing them.
    const auto as_double = static_cast<double>(value);
    if (!(as_double >= spec.min && as_double <= spec.max)) {
        m_sink.error(util::ErrorCode::profile_out_of_range, m_sink.at(node->source()), path_of(spec.key),
                     fmt::format("found {}; allowed: {}", value, describe_range(spec)), std::string(spec.hint));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> TableReader::flag(std::string_view key, Presence presence) {
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) missing(key, "true or false", presence.example);
        return std::nullopt;
    }
    if (const auto* boolean = node->as_boolean()) return boolean->get();
    wrong_type(key, *node, "true or false (without quotes)", "true");
    return std::nullopt;
}

std::optional<std::string> TableReader::text(std::string_view key, Presence presence, std::size_t max_bytes) {
    const toml::node* node = find(key);
    const std::string expected = fmt::format("a string of 1 to {} bytes", max_bytes);
    if (node == nullptr) {
        if (presence.required) missing(key, expected, presence.example);
        return std::nullopt;
    }
    const auto* string = node->as_string();
    if (string == nullptr) {
        wrong_type(key, *node, expected, "\"…\"");
        return std::nullopt;
    }
    const std::string& value = string->get();
    if (value.empty() || value.size() > max_bytes || has_control_character(value)) {
        const std::string problem = value.empty()              ? "an empty string"
                                    : value.size() > max_bytes ? fmt::format("{} bytes", value.size())
                                                               : "a control character";
        m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(node->source()), path_of(key),
                     fmt::format("found {}; allowed: {} without control characters", problem, expected),
                     value.empty() ? "write some text or leave the key out" : "shorten it to one plain line");
        return std::nullopt;
    }
    return value;
}

std::optional<units::CivilDay> TableReader::date(std::string_view key, Presence presence) {
    static constexpr std::string_view kExpected = "a date YYYY-MM-DD";
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) missing(key, kExpected, presence.example);
        return std::nullopt;
    }
    if (const auto* date = node->as_date()) {
        // toml++ only accepts calendar dates, so this holds; checked anyway.
        if (auto day = to_civil_day(date->get())) return day;
    } else if (const auto* string = node->as_string()) {
        auto parsed = units::parse_iso_date(string->get());
        if (parsed) return *parsed;
        m_sink.error(util::ErrorCode::profile_wrong_type, m_sink.at(node->source()), path_of(key),
                     fmt::format("found {}; expected {}", describe(*node), kExpected),
                     fmt::format("write a real calendar date, e.g. {} = {}", key,
                                 presence.example.empty() ? "2027-05-15" : presence.example));
        return std::nullopt;
    }
    wrong_type(key, *node, kExpected, presence.example.empty() ? "2027-05-15" : presence.example);
    return std::nullopt;
}

std::optional<units::TimeOfDay> TableReader::time_of_day(std::string_view key, Presence presence) {
    static constexpr std::string_view kExpected = "a time of day \"HH:MM\" (24-hour)";
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) missing(key, kExpected, presence.example);
        return std::nullopt;
    }
    if (const auto* string = node->as_string()) {
        auto parsed = units::parse_time_of_day(string->get());
        if (parsed) return *parsed;
    } else if (const auto* time = node->as_time()) {
        const toml::time& t = time->get();
        if (t.second == 0 && t.nanosecond == 0 && t.hour < 24 && t.minute < 60) {
            return units::TimeOfDay{t.hour * 60 + t.minute};
        }
    }
    wrong_type(key, *node, kExpected, "\"06:30\"");
    return std::nullopt;
}

std::optional<std::size_t> TableReader::choice(std::string_view key, std::span<const std::string_view> names,
                                               Presence presence) {
    const std::string expected = "one of " + list_words(names);
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) missing(key, expected, presence.example);
        return std::nullopt;
    }
    const auto* string = node->as_string();
    if (string == nullptr) {
        wrong_type(key, *node, expected, fmt::format("\"{}\"", names.front()));
        return std::nullopt;
    }
    const std::string& value = string->get();
    const auto found = std::find(names.begin(), names.end(), value);
    if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
    const auto suggestion = util::closest_match(value, names);
    m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(node->source()), path_of(key), fmt::format("found {}; allowed: {}", quote(value), expected),
                 suggestion ? fmt::format("did you mean \"{}\"?", *suggestion)
                            : std::string("use one of the allowed words, in lower case"));
    return std::nullopt;
}

const toml::table* TableReader::table(std::string_view key, Presence presence) {
    const std::string sub = path_of(key);
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) {
            m_sink.error(util::ErrorCode::profile_missing_key, table_pos(), sub, fmt::format("missing required table [{}]", sub),
                         fmt::format("add a [{}] table; see docs/profile.md", sub));
        }
        return nullptr;
    }
    if (const auto* table = node->as_table()) return table;
    wrong_type(key, *node, fmt::format("a table [{}]", sub), {});
    return nullptr;
}

const toml::array* TableReader::array(std::string_view key, Presence presence) {
    const toml::node* node = find(key);
    if (node == nullptr) {
        if (presence.required) missing(key, "an array [ … ]", presence.example);
        return nullptr;
    }
    if (const auto* array = node->as_array()) return array;
    wrong_type(key, *node, "an array [ … ]", presence.example);
    return nullptr;
}

std::vector<std::size_t> TableReader::choices(std::string_view key, std::span<const std::string_view> names,
                                              Presence presence) {
    std::vector<std::size_t> out;
    const toml::array* words = array(key, presence);
    if (words == nullptr) return out;
    const std::string expected = "an array of " + list_words(names);
    for (std::size_t i = 0; i < words->size(); ++i) {
        const toml::node& node = *words->get(i);
        const std::string item = fmt::format("{}[{}]", path_of(key), i);
        const auto* string = node.as_string();
        if (string == nullptr) {
            m_sink.error(util::ErrorCode::profile_wrong_type, m_sink.at(node.source()), item,
                         fmt::format("expected a word, one of {}", list_words(names)),
                         fmt::format("write it in double quotes, e.g. \"{}\"", names.front()));
            continue;
        }
        const std::string& value = string->get();
        const auto found = std::find(names.begin(), names.end(), value);
        if (found == names.end()) {
            const auto suggestion = util::closest_match(value, names);
            m_sink.error(util::ErrorCode::profile_bad_value, m_sink.at(node.source()), item,
                         fmt::format("found {}; allowed: {}", quote(value), expected),
                         suggestion ? fmt::format("did you mean \"{}\"?", *suggestion)
                                    : std::string("use one of the allowed words, in lower case"));
            continue;
        }
        const auto index = static_cast<std::size_t>(found - names.begin());
        if (std::find(out.begin(), out.end(), index) != out.end()) {
            m_sink.error(util::ErrorCode::profile_conflict, m_sink.at(node.source()), item,
                         fmt::format("{} is listed twice", quote(value)), "list each condition once");
            continue;
        }
        out.push_back(index);
    }
    return out;
}

}  // namespace ironstride::profile::detail
