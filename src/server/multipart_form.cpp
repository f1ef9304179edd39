#include "server/multipart_form.hpp"

#include <cctype>
#include <optional>

#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kHeaderEnd = "\r\n\r\n";
constexpr std::size_t kMaxBoundary = 70;  // RFC 2046 §5.1.1

util::Error malformed(std::string message) {
    return util::Error(util::ErrorCode::http_bad_request, std::move(message))
        .with_hint("send the files as multipart/form-data, as a browser's FormData does");
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

/// The value of parameter `name` in a header value's `; name=value` list (quoted or not), nothing when absent.
std::optional<std::string> parameter(std::string_view header, std::string_view name) {
    std::size_t i = header.find(';');
    while (i != std::string_view::npos) {
        ++i;
        const std::size_t key_end = header.find_first_of("=;", i);
        if (key_end == std::string_view::npos) return std::nullopt;
        const std::string key = lower(trim(header.substr(i, key_end - i)));
        i = key_end;
        if (header[i] == ';') continue;
        ++i;  // past '='
        while (i < header.size() && (header[i] == ' ' || header[i] == '\t')) ++i;
        std::string value;
        if (i < header.size() && header[i] == '"') {
            // A quoted string: a backslash escapes the next character.
            for (++i; i < header.size() && header[i] != '"'; ++i) {
                if (header[i] == '\\' && i + 1 < header.size()) ++i;
                value.push_back(header[i]);
            }
        } else {
            const std::size_t end = header.find(';', i);
            value = std::string(trim(header.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i)));
        }
        if (key == name) return value;
        i = header.find(';', i);
    }
    return std::nullopt;
}

FormPart parse_part(std::string_view part) {
    const std::size_t end = part.find(kHeaderEnd);
    if (end == std::string_view::npos) throw malformed("a part of the form has no end to its headers");
    FormPart out;
    bool disposed = false;
    std::string_view headers = part.substr(0, end);
    while (!headers.empty()) {
        const std::size_t eol = headers.find(kCrlf);
        const std::string_view line = headers.substr(0, eol);
        headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + kCrlf.size());
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string name = lower(trim(line.substr(0, colon)));
        const std::string_view value = trim(line.substr(colon + 1));
        if (name == "content-disposition") {
            if (lower(value.substr(0, value.find(';'))) != "form-data") throw malformed("a part is not form-data");
            out.name = parameter(value, "name").value_or("");
            out.filename = parameter(value, "filename").value_or("");
            disposed = true;
        } else if (name == "content-type") {
            out.content_type = std::string(value);
        }
    }
    if (!disposed) throw malformed("a part of the form has no Content-Disposition");
    out.bytes = part.substr(end + kHeaderEnd.size());
    return out;
}

}  // namespace

std::vector<FormPart> parse_multipart_form(std::string_view content_type, std::string_view body) {
    const std::string type = lower(trim(content_type.substr(0, content_type.find(';'))));
    const std::optional<std::string> boundary = parameter(content_type, "boundary");
    if (type != "multipart/form-data" || !boundary || boundary->empty() || boundary->size() > kMaxBoundary) {
        throw util::Error(util::ErrorCode::http_unsupported_media_type, "the body must be multipart/form-data")
            .with_found(std::string(content_type))
            .with_allowed("multipart/form-data; boundary=…");
    }
    const std::string delimiter = "--" + *boundary;
    const std::string inner = std::string(kCrlf) + delimiter;
    // The first delimiter may follow a preamble; every later one follows a CRLF that belongs to it.
    std::size_t at = body.substr(0, delimiter.size()) == delimiter ? 0 : body.find(inner);
    if (at == std::string_view::npos) throw malformed("the body holds no part of the form");
    at += at == 0 ? delimiter.size() : inner.size();
    std::vector<FormPart> parts;
    while (true) {
        if (body.substr(at, 2) == "--") return parts;  // the closing delimiter
        if (body.substr(at, kCrlf.size()) != kCrlf) throw malformed("a delimiter of the form is not followed by a line end");
        at += kCrlf.size();
        const std::size_t next = body.find(inner, at);
        if (next == std::string_view::npos) throw malformed("the form has no closing delimiter");
        parts.push_back(parse_part(body.substr(at, next - at)));
        at = next + inner.size();
    }
}

}  // namespace ironstride::server
