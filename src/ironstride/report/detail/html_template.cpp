#include "ironstride/report/detail/html_template.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

namespace ironstride::report::detail {

namespace {

using nlohmann::json;

struct Token {
    enum class Kind { text, escaped, raw, open, close, comment };
    Kind kind = Kind::text;
    std::string_view body;  ///< the text, or the tag's name
};

std::string_view trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r") == std::string_view::npos; }

/// One tag of the template: where it starts and ends, and what it is.
Token read_tag(std::string_view text, std::size_t open, std::size_t& end) {
    const bool raw = text.substr(open, 3) == "{{{";
    const std::string_view closing = raw ? "}}}" : "}}";
    const std::size_t close = text.find(closing, open);
    if (close == std::string_view::npos) throw std::logic_error(fmt::format("template: unclosed tag at {}", open));
    end = close + closing.size();
    const std::size_t inner = open + (raw ? 3 : 2);
    std::string_view body = trim(text.substr(inner, close - inner));
    if (raw) return {Token::Kind::raw, body};
    Token::Kind kind = Token::Kind::escaped;
    if (!body.empty() && (body[0] == '#' || body[0] == '/' || body[0] == '!')) {
        kind = body[0] == '#' ? Token::Kind::open : body[0] == '/' ? Token::Kind::close : Token::Kind::comment;
        body = trim(body.substr(1));
    }
    return {kind, body};
}

/// The template as text and tags. A section or comment tag with nothing else on its line(s) takes the whole line
/// with it, its newline included.
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t text_from = 0;
    for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", text_from)) {
        std::size_t end = 0;
        const Token tag = read_tag(text, open, end);
        const std::size_t line_start = text.rfind('\n', open) == std::string_view::npos ? 0 : text.rfind('\n', open) + 1;
        const std::size_t line_end = std::min(text.find('\n', end), text.size());
        const bool standalone = tag.kind != Token::Kind::escaped && tag.kind != Token::Kind::raw &&
                                line_start >= text_from && blank(text.substr(line_start, open - line_start)) &&
                                blank(text.substr(end, line_end - end));
        const std::size_t cut_from = standalone ? line_start : open;
        tokens.push_back({Token::Kind::text, text.substr(text_from, cut_from - text_from)});
        tokens.push_back(tag);
        text_from = standalone ? std::min(line_end + 1, text.size()) : end;
    }
    tokens.push_back({Token::Kind::text, text.substr(text_from)});
    return tokens;
}

class Renderer {
public:
    explicit Renderer(const std::vector<Token>& tokens) : m_tokens(tokens) {}

    /// Renders tokens [from, the close of `section`) and returns the index after that close (the end for none).
    std::size_t render(std::size_t from, std::string_view section, std::vector<const json*>& scopes,
                       std::string* out) const {
        for (std::size_t i = from; i < m_tokens.size(); ++i) {
            const Token& t = m_tokens[i];
            switch (t.kind) {
                case Token::Kind::text:
                    if (out != nullptr) *out += t.body;
                    break;
                case Token::Kind::escaped:
                    if (out != nullptr) *out += escape_html(text_of(t.body, scopes));
                    break;
                case Token::Kind::raw:
                    if (out != nullptr) *out += text_of(t.body, scopes);
                    break;
                case Token::Kind::comment: break;
                case Token::Kind::open:
                    // A section being skipped is only walked to its close: its names need no values.
                    i = (out == nullptr ? render(i + 1, t.body, scopes, nullptr) : render_section(i, scopes, out)) - 1;
                    break;
                case Token::Kind::close:
                    if (t.body != section) {
                        throw std::logic_error(fmt::format("template: {{{{/{}}}}} closes {{{{#{}}}}}", t.body, section));
                    }
                    return i + 1;
            }
        }
        if (!section.empty()) throw std::logic_error(fmt::format("template: {{{{#{}}}}} is not closed", section));
        return m_tokens.size();
    }

private:
    /// Renders the section opened at `open` as often as its value says; returns the index after its close.
    std::size_t render_section(std::size_t open, std::vector<const json*>& scopes, std::string* out) const {
        const std::string_view name = m_tokens[open].body;
        const json& value = lookup(name, scopes);
        if (value.is_boolean()) return render(open + 1, name, scopes, value.get<bool>() ? out : nullptr);
        if (!value.is_array()) throw std::logic_error(fmt::format("template: {} is not a list or a flag", name));
        // An empty list still walks the section once, rendering nothing, to find where it closes.
        std::size_t after = render(open + 1, name, scopes, nullptr);
        for (const json& element : value) {
            scopes.push_back(&element);
            after = render(open + 1, name, scopes, out);
            scopes.pop_back();
        }
        return after;
    }

    static const json& lookup(std::string_view name, const std::vector<const json*>& scopes) {
        for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
            if (!(*scope)->is_object()) continue;
            const auto found = (*scope)->find(name);
            if (found != (*scope)->end()) return *found;
        }
        throw std::logic_error(fmt::format("template: no value for {}", name));
    }

    static const std::string& text_of(std::string_view name, const std::vector<const json*>& scopes) {
        const json& value = lookup(name, scopes);
        if (!value.is_string()) throw std::logic_error(fmt::format("template: {} is not text", name));
        return value.get_ref<const std::string&>();
    }

    const std::vector<Token>& m_tokens;
};

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string render_html_template(std::string_view text, const nlohmann::json& values) {
    const std::vector<Token> tokens = tokenize(text);
    std::vector<const json*> scopes{&values};
    std::string out;
    out.reserve(text.size() * 2);
    Renderer(tokens).render(0, {}, scopes, &out);
    return out;
}

}  // namespace ironstride::report::detail
