#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace ironstride::util {

/// How many characters of an echoed value are shown before it is cut (a 20 MB attribute must not flood a terminal,
/// a summary or the import log).
inline constexpr std::size_t kEchoedChars = 80;

/// `text` with every byte that could act on a terminal or break JSON written as `\xNN`: control characters (tab,
/// CR and LF included), DEL, the C1 controls U+0080–U+009F, and bytes that are not valid UTF-8. Everything else is
/// unchanged, so escaping twice changes nothing and escaped text is always valid, one-line UTF-8.
[[nodiscard]] std::string escape_for_display(std::string_view text);

/// True when escape_for_display would change `text` (it holds a control character or is not valid UTF-8).
[[nodiscard]] bool needs_escaping(std::string_view text) noexcept;

/// A value from an input, as it is echoed in a message: escaped, and cut after kEchoedChars characters with its
/// whole length noted — `aaaa…` (20,000,000 bytes). cut_for_display gives it bare (an error's `found` member),
/// quote_for_display in double quotes (`"aaaa…" (20,000,000 bytes)`).
[[nodiscard]] std::string cut_for_display(std::string_view value);
[[nodiscard]] std::string quote_for_display(std::string_view value);

/// How many characters of a whole message are shown at most: the last guard for a message built without cutting a
/// value it quotes (a line of output stays readable, and a line of the import log small).
inline constexpr std::size_t kMessageChars = 400;

/// A message (an error's one-line text, a warning) as it is shown and stored: escaped, and cut after kMessageChars
/// characters with its whole length noted.
[[nodiscard]] std::string display_message(std::string_view message);

class Error;

/// An error as one line of a list (import's "skipped:" and "warning:" lines, the import log): format_error with the
/// hint inline, through display_message.
[[nodiscard]] std::string display_error(const Error& error);

/// A path as messages show it: whole (so the file can be found), escaped.
[[nodiscard]] std::string display_path(const std::filesystem::path& path);

/// The bytes as lower-case hex, two digits each ("ff41"): the raw form of a name or path that is not UTF-8.
[[nodiscard]] std::string hex_bytes(std::string_view bytes);

}  // namespace ironstride::util
