#pragma once

// Typed access to TOML tables that reports every problem instead of throwing (internal to the profile loader).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "ironstride/profile/profile_check.hpp"
#include "ironstride/profile/schema.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::profile::detail {

/// Collects the diagnostics of one file, each with a file:line:col position.
class DiagnosticSink {
public:
    explicit DiagnosticSink(std::string path) : m_path(std::move(path)) {}

    /// The start of a toml++ source region; 1:1 when toml++ does not know it.
    [[nodiscard]] util::SourcePos at(const toml::source_region& region) const;
    [[nodiscard]] util::SourcePos at(std::uint32_t line, std::uint32_t column) const;

    void error(util::ErrorCode code, util::SourcePos pos, std::string key, std::string message, std::string hint = {});
    void warning(util::ErrorCode code, util::SourcePos pos, std::string key, std::string message,
                 std::string hint = {});

    [[nodiscard]] std::size_t error_count() const noexcept { return m_errors; }
    /// All diagnostics, stably sorted by line and column; the sink is empty afterwards.
    [[nodiscard]] std::vector<util::Error> take_sorted();

private:
    std::string m_path;
    std::vector<util::Error> m_diagnostics;
    std::size_t m_errors = 0;
};

/// Whether a key must be present; `example` is the value shown in "add …" and "write it like …" hints.
struct Presence {
    bool required = false;
    std::string_view example;
};
inline constexpr Presence kOptional{};
[[nodiscard]] constexpr Presence required(std::string_view example) { return Presence{true, example}; }

/// Reads typed values from one TOML table and reports, to the sink: unknown keys (with "did you mean", at the key),
/// missing required keys (at the table), wrong types and out-of-range values (at the value). Each getter returns
/// the value only when it is present and valid.
class TableReader {
public:
    /// `name` is the dotted path of the table ("" for the root, "body", "lifting.session[1]"); `label` how the
    /// table is named in messages (default "[name]", or "the top level" for the root). Unknown keys are reported
    /// here, once.
    TableReader(const toml::table& table, std::string name, std::span<const std::string_view> allowed,
                DiagnosticSink& sink, std::string label = {});

    /// "body.weight_kg"; at the root just "weight_kg".
    [[nodiscard]] std::string path_of(std::string_view key) const;
    [[nodiscard]] const toml::node* find(std::string_view key) const;
    [[nodiscard]] bool has(std::string_view key) const { return find(key) != nullptr; }
    /// The value's position when the key is present, else the table's.
    [[nodiscard]] util::SourcePos pos_of(std::string_view key) const;
    [[nodiscard]] util::SourcePos table_pos() const;
    [[nodiscard]] const std::string& label() const noexcept { return m_label; }
    [[nodiscard]] DiagnosticSink& sink() const noexcept { return m_sink; }

    /// A number (integer or float; only integers when spec.whole) within [spec.min, spec.max].
    std::optional<double> number(const NumberSpec& spec, Presence presence);
    /// An integer within [spec.min, spec.max].
    std::optional<std::int64_t> whole_number(const NumberSpec& spec, Presence presence);
    std::optional<bool> flag(std::string_view key, Presence presence);
    /// A non-empty string of at most max_bytes bytes without control characters.
    std::optional<std::string> text(std::string_view key, Presence presence, std::size_t max_bytes);
    /// A TOML local date (1990-04-02) or the same as a string ("1990-04-02").
    std::optional<units::CivilDay> date(std::string_view key, Presence presence);
    /// "HH:MM" (24 h) or a TOML local time on the minute (06:30:00).
    std::optional<units::TimeOfDay> time_of_day(std::string_view key, Presence presence);
    /// One of `names` (case-sensitive); the index in `names`.
    std::optional<std::size_t> choice(std::string_view key, std::span<const std::string_view> names, Presence presence);
    const toml::table* table(std::string_view key, Presence presence);
    const toml::array* array(std::string_view key, Presence presence);
    /// An array of words, each one of `names` (indexes, each once); a wrong or repeated word is reported with its
    /// position and the rest are kept.
    std::vector<std::size_t> choices(std::string_view key, std::span<const std::string_view> names, Presence presence);

    void missing(std::string_view key, std::string_view expected, std::string_view example) const;
    void wrong_type(std::string_view key, const toml::node& node, std::string_view expected,
                    std::string_view example) const;

private:
    void check_unknown_keys(std::span<const std::string_view> allowed) const;
    [[nodiscard]] std::string add_hint(std::string_view key, std::string_view example) const;

    const toml::table& m_table;
    std::string m_name;
    std::string m_label;
    DiagnosticSink& m_sink;
};

/// How a value is shown after "found": "the string \"58\"", "the number 900", "a table", …
[[nodiscard]] std::string describe(const toml::node& node);
/// A number as people write it: 900, 0.7, nan.
[[nodiscard]] std::string format_number(double value);
/// "from 30 to 110 beats/min" (or "exactly 1").
[[nodiscard]] std::string describe_range(const NumberSpec& spec);
/// "\"a\", \"b\" or \"c\"".
[[nodiscard]] std::string list_words(std::span<const std::string_view> words);
/// A toml::date as a civil day; nothing when it is not a calendar date.
[[nodiscard]] std::optional<units::CivilDay> to_civil_day(const toml::date& date);

}  // namespace ironstride::profile::detail
