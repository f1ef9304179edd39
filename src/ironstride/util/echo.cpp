#include "ironstride/util/echo.hpp"

#include <fmt/format.h>

#include "ironstride/util/error.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::util {

namespace {

constexpr unsigned char kDelete = 0x7f;
constexpr unsigned char kC1Lead = 0xc2;  // U+0080–U+00BF are C2 80–C2 BF; C1 controls end at C2 9F
constexpr unsigned char kC1Last = 0x9f;

bool is_continuation(unsigned char byte) noexcept { return (byte & 0xc0U) == 0x80U; }

/// The length of the valid UTF-8 sequence at `text[at]` (1 to 4), or 0 when the byte there does not start one.
/// Overlong forms, surrogates and code points above U+10FFFF are invalid, as JSON parsers see them.
std::size_t utf8_length(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) low = 0xa0;   // overlong
        if (lead == 0xed) high = 0x9f;  // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) low = 0x90;   // overlong
        if (lead == 0xf4) high = 0x8f;  // above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!is_continuation(byte(i))) return 0;
    }
    return length;
}

/// The length of the displayable character at `text[at]`, or 0 when its bytes must be escaped.
std::size_t displayable_length(std::string_view text, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x20 || lead == kDelete) return 0;
    const std::size_t length = utf8_length(text, at);
    if (length == 2 && lead == kC1Lead && static_cast<unsigned char>(text[at + 1]) <= kC1Last) return 0;
    return length;
}

/// Appends the character at `text[at]`, escaped if need be; returns how many bytes it took.
std::size_t append_character(std::string& out, std::string_view text, std::size_t at) {
    const std::size_t length = displayable_length(text, at);
    if (length > 0) {
        out.append(text.substr(at, length));
        return length;
    }
    // A C1 control is escaped byte by byte, like any other sequence that must not reach a terminal.
    const std::size_t raw = utf8_length(text, at) == 2 ? 2 : 1;
    for (std::size_t i = 0; i < raw; ++i) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[at + i]));
    return raw;
}

/// The value escaped and cut after `limit` characters; `cut` says whether it was.
std::string escape_cut(std::string_view value, bool& cut, std::size_t limit = kEchoedChars) {
    std::string out;
    std::size_t at = 0;
    // Counted as shown, so a value of invalid bytes (four characters each as \xNN) is cut as soon as a plain one.
    for (std::size_t shown = 0; at < value.size() && shown < limit;) {
        const std::size_t before = out.size();
        const bool escaped = displayable_length(value, at) == 0;
        at += append_character(out, value, at);
        shown += escaped ? out.size() - before : 1;
    }
    cut = at < value.size();
    return out;
}

std::string length_note(std::string_view value) {
    return fmt::format(" ({} bytes)", format_whole(static_cast<double>(value.size())));
}

}  // namespace

std::string escape_for_display(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) at += append_character(out, text, at);
    return out;
}

bool needs_escaping(std::string_view text) noexcept {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = displayable_length(text, at);
        if (length == 0) return true;
        at += length;
    }
    return false;
}

std::string cut_for_display(std::string_view value) {
    bool cut = false;
    std::string out = escape_cut(value, cut);
    if (cut) out += "…" + length_note(value);
    return out;
}

std::string quote_for_display(std::string_view value) {
    bool cut = false;
    std::string out = "\"" + escape_cut(value, cut);
    if (cut) return out + "…\"" + length_note(value);
    return out + "\"";
}

std::string display_message(std::string_view message) {
    bool cut = false;
    std::string out = escape_cut(message, cut, kMessageChars);
    if (cut) out += "…" + length_note(message);
    return out;
}

std::string display_error(const Error& error) { return display_message(format_error(error, {.inline_hint = true})); }

std::string display_path(const std::filesystem::path& path) { return escape_for_display(path.native()); }

std::string hex_bytes(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
    return out;
}

}  // namespace ironstride::util
