#include "server/login_gate.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <sodium.h>

#include "server/json_errors.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

using Digest = std::array<unsigned char, 32>;

void require_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

/// BLAKE2b-256 (libsodium's generic hash): the tokens are 256 random bits, so a fast hash stores them safely; a
/// password hash's slowness guards low-entropy secrets, which these are not.
Digest digest(std::string_view text) {
    Digest out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                       nullptr, 0);
    return out;
}

bool same(const Digest& a, const Digest& b) { return sodium_memcmp(a.data(), b.data(), a.size()) == 0; }

bool changes_state(std::string_view method) { return method != "GET" && method != "HEAD"; }

Response unauthorized(std::string message) {
    return error_response(util::Error(util::ErrorCode::http_unauthorized, std::move(message))
                              .with_hint("open the login URL `ironstride serve` printed on this device"));
}

std::string cookie(std::string_view name, std::string_view value, bool http_only) {
    return fmt::format("{}={}; Path=/; Max-Age={}; SameSite=Strict{}", name, value,
                       std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime).count(),
                       http_only ? "; HttpOnly" : "");
}

}  // namespace

std::string new_login_token() {
    require_sodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::optional<std::string> cookie_value(const Request& request, std::string_view name) {
    std::string_view rest = request.header("cookie").value_or("");
    while (!rest.empty()) {
        const std::size_t end = rest.find(';');
        std::string_view pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
        const std::size_t equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
            return std::string(pair.substr(equals + 1));
        }
    }
    return std::nullopt;
}

LoginGate::LoginGate(std::string_view token) : m_token_hash(digest(token)) { require_sodium(); }

Response LoginGate::login(const Request& request) {
    const std::string_view token = request.param("token").value_or("");
    std::lock_guard lock(m_mutex);
    if (token.empty() || m_token_spent || !same(digest(token), m_token_hash)) {
        return unauthorized("this login link is not valid, or was used already (a link logs in one device once)");
    }
    m_token_spent = true;
    const std::string session = new_login_token();
    const std::string csrf = new_login_token();
    m_sessions[digest(session)] = {csrf, std::chrono::steady_clock::now() + kSessionLifetime};
    Response response;
    response.status = 303;
    response.content_type = "text/plain; charset=utf-8";
    response.body = "logged in\n";
    response.headers.emplace_back("Location", "/");
    response.headers.emplace_back("Set-Cookie", cookie(kSessionCookie, session, true));
    // Readable by the page's script, which echoes it in X-CSRF-Token: another site can neither read it nor send
    // the session cookie with its requests (SameSite=Strict).
    response.headers.emplace_back("Set-Cookie", cookie(kCsrfCookie, csrf, false));
    return response;
}

std::optional<Response> LoginGate::refuse(const Request& request) const {
    if (request.path == "/login" && request.method == "GET") return std::nullopt;
    const std::optional<std::string> session = cookie_value(request, kSessionCookie);
    if (!session) return unauthorized("this server needs a login on this device");
    std::lock_guard lock(m_mutex);
    const auto found = m_sessions.find(digest(*session));
    if (found == m_sessions.end() || found->second.expires < std::chrono::steady_clock::now()) {
        return unauthorized("this device's login is unknown or has expired");
    }
    if (!changes_state(request.method)) return std::nullopt;
    const std::string_view csrf = request.header(kCsrfHeader).value_or("");
    if (csrf.size() != found->second.csrf.size() ||
        sodium_memcmp(csrf.data(), found->second.csrf.data(), csrf.size()) != 0) {
        return error_response(util::Error(util::ErrorCode::http_forbidden,
                                          "a change without this session's CSRF token (X-CSRF-Token)")
                                  .with_hint("change things from the dashboard's pages"));
    }
    return std::nullopt;
}

void add_login_route(Router& router, LoginGate& gate) {
    router.add({"GET", "/login", [&gate](const Request& request, const PathParams&) { return gate.login(request); }, 0});
}

}  // namespace ironstride::server
