#include "ironstride/ingest/format_detect.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_layout.hpp"
#include "ironstride/ingest/csv/csv_tokenizer.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest {

namespace {

/// FIT protocol, "File Header": byte 0 is the header size (12, or 14 with a header CRC); bytes 8–11 are ".FIT".
constexpr std::size_t kFitHeaderSizeLegacy = 12;
constexpr std::size_t kFitHeaderSize = 14;
constexpr std::size_t kFitSignatureOffset = 8;
constexpr std::string_view kFitSignature = ".FIT";

std::string_view as_text(std::span<const std::byte> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes viewed as characters
}

bool is_fit(std::span<const std::byte> head) {
    if (head.size() < kFitHeaderSizeLegacy) return false;
    const auto size = static_cast<std::size_t>(head[0]);
    return (size == kFitHeaderSizeLegacy || size == kFitHeaderSize) &&
           as_text(head).substr(kFitSignatureOffset, kFitSignature.size()) == kFitSignature;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// The root element's name of an XML document (prefix kept), or nothing when the text does not start like XML.
std::optional<std::string_view> xml_root(std::string_view text) {
    text = csv::strip_bom(text);
    while (true) {
        while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
        if (text.empty() || text.front() != '<') return std::nullopt;
        std::string_view end_marker;
        if (text.substr(0, 2) == "<?") {
            end_marker = "?>";
        } else if (text.substr(0, 4) == "<!--") {
            end_marker = "-->";
        } else if (text.substr(0, 2) == "<!") {
            end_marker = ">";
        } else {
            break;
        }
        const std::size_t end = text.find(end_marker);
        if (end == std::string_view::npos) return std::nullopt;
        text.remove_prefix(end + end_marker.size());
    }
    text.remove_prefix(1);
    std::size_t length = 0;
    while (length < text.size() && !is_space(text[length]) && text[length] != '>' && text[length] != '/') ++length;
    if (length == 0) return std::nullopt;
    return text.substr(0, length);
}

std::string_view local_part(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// No NUL or other control bytes besides tab, CR and LF (UTF-8 bytes ≥ 0x80 are text).
bool looks_textual(std::string_view text) {
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && c != '\t' && c != '\r' && c != '\n';
    });
}

/// The header record's keys, or nothing when the head does not parse as CSV.
std::optional<std::vector<std::string>> csv_header(std::string_view text) {
    csv::CsvTokenizer tokenizer(text, csv::detect_separator(text), {});
    csv::CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has || !has.value()) return std::nullopt;
    return csv::header_keys(record);
}

/// A magic number at the start of a file, and what it means.
struct Signature {
    std::string_view bytes;
    std::string_view kind;
};

/// Formats people mistake for training files or keep beside them; named so that an unknown file can be described
/// without echoing any of its bytes.
constexpr std::array<Signature, 11> kSignatures{{
    {{"PK\x03\x04", 4}, "a zip header"},
    {{"\x1f\x8b", 2}, "a gzip header"},
    {"BZh", "a bzip2 header"},
    {{"\xfd"
      "7zXZ\x00",
      6},
     "an xz header"},
    {{"7z\xbc\xaf\x27\x1c", 6}, "a 7-Zip header"},
    {"%PDF-", "a PDF header"},
    {{"\x89PNG", 4}, "a PNG header"},
    {{"\xff\xd8\xff", 3}, "a JPEG header"},
    {"GIF8", "a GIF header"},
    {{"SQLite format 3\x00", 16}, "an SQLite header"},
    {{"\x7f"
      "ELF",
      4},
     "an ELF (program) header"},
}};

std::string size_in_words(std::uint64_t size) {
    return fmt::format("{} byte{}", util::format_whole(static_cast<double>(size)), size == 1 ? "" : "s");
}

/// An XML root's name as it may be shown: a plain, short XML name, or nothing (a name is structure, not content,
/// but a file that only looks like XML must not smuggle its bytes out through it).
std::optional<std::string_view> showable_name(std::string_view name) {
    constexpr std::size_t kMaxNameChars = 40;
    const bool plain =
        !name.empty() && name.size() <= kMaxNameChars && std::all_of(name.begin(), name.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.' || c == ':';
        });
    return plain ? std::optional<std::string_view>(name) : std::nullopt;
}

std::string describe_binary(std::string_view text, std::uint64_t size) {
    for (const Signature& signature : kSignatures) {
        if (text.starts_with(signature.bytes))
            return fmt::format("binary, {}, starts with {}", size_in_words(size), signature.kind);
    }
    return fmt::format("binary, {}", size_in_words(size));
}

}  // namespace

FileFormat detect_format(std::span<const std::byte> head) {
    if (is_fit(head)) return FileFormat::fit;
    const std::string_view text = as_text(head);
    if (!looks_textual(text)) return FileFormat::unknown;
    if (const auto root = xml_root(text)) {
        const std::string_view name = local_part(*root);
        if (name == "gpx") return FileFormat::gpx;
        if (name == "TrainingCenterDatabase") return FileFormat::tcx;
        return FileFormat::unknown;
    }
    const auto keys = csv_header(text);
    if (!keys) return FileFormat::unknown;
    const auto layout = csv::classify_header(*keys);
    if (!layout) return FileFormat::unknown;
    switch (*layout) {
    case csv::CsvLayout::strong: return FileFormat::strong_csv;
    case csv::CsvLayout::hevy: return FileFormat::hevy_csv;
    case csv::CsvLayout::body: return FileFormat::body_csv;
    case csv::CsvLayout::sleep: return FileFormat::sleep_csv;
    case csv::CsvLayout::nutrition: return FileFormat::nutrition_csv;
    case csv::CsvLayout::cronometer: return FileFormat::cronometer_csv;
    }
    return FileFormat::unknown;
}

std::string describe_content(std::span<const std::byte> head, std::uint64_t size) {
    if (size == 0) return "an empty file";
    const std::string_view text = as_text(head);
    if (!looks_textual(text)) return describe_binary(text, size);
    if (const auto root = xml_root(text)) {
        if (const auto name = showable_name(*root))
            return fmt::format("an XML document with root <{}>, {}", *name, size_in_words(size));
        return fmt::format("an XML document, {}", size_in_words(size));
    }
    if (csv::strip_bom(text).find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return fmt::format("a text file of blank lines, {}", size_in_words(size));
    }
    return fmt::format("a text file, {}", size_in_words(size));
}

}  // namespace ironstride::ingest
