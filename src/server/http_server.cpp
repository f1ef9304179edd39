#include "server/http_server.hpp"

#include <algorithm>
#include <csignal>
#include <tuple>
#include <optional>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>

#include "server/json_errors.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kAwait = asio::as_tuple(asio::use_awaitable);

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// The request as the handlers see it; nothing when its target is malformed.
std::optional<Request> to_request(const http::request<http::string_body>& message, bool from_loopback) {
    std::optional<Target> target = parse_target(message.target());
    if (!target) return std::nullopt;
    Request request;
    request.from_loopback = from_loopback;
    request.method = std::string(message.method_string());
    request.path = std::move(target->path);
    request.query = std::move(target->query);
    for (const auto& field : message) request.headers[lower(field.name_string())] = std::string(field.value());
    request.body = message.body();
    return request;
}

/// The wire message; the body is moved, not copied (a 10-year report is megabytes).
http::response<http::string_body> to_message(Response&& response, unsigned version, bool keep_alive) {
    http::response<http::string_body> message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "ironstride");
    message.set(http::field::content_type, response.content_type);
    // insert, not set: a login answers with two Set-Cookie headers.
    for (const auto& [name, value] : response.headers) message.insert(name, value);
    message.keep_alive(keep_alive);
    message.body() = std::move(response.body);
    message.prepare_payload();
    return message;
}

}  // namespace

class HttpServer::Impl {
public:
    Impl(const Router& router, ListenOptions options, BugLog log_bug)
        : m_router(router), m_options(std::move(options)), m_log_bug(std::move(log_bug)) {
        beast::error_code ec;
        const asio::ip::address address = asio::ip::make_address(m_options.host, ec);
        if (ec) {
            throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("--host {}: not an IP address", m_options.host))
                .with_hint("use 127.0.0.1 (this machine only) or the address of one of its interfaces");
        }
        const tcp::endpoint endpoint{address, m_options.port};
        m_acceptor.open(endpoint.protocol(), ec);
        if (!ec) m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec) m_acceptor.bind(endpoint, ec);
        if (!ec) m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) {
            throw util::Error(util::ErrorCode::io_cannot_open,
                              fmt::format("cannot listen on {}:{}: {}", m_options.host, m_options.port, ec.message()))
                .with_hint("another program may use the port: choose another with --port");
        }
        m_policy = access_policy_for(m_options.host, port());
        m_policy.login = m_options.login;
        for (const Route& route : m_router.routes()) m_largest_body = std::max(m_largest_body, route.max_body_bytes);
    }

    [[nodiscard]] unsigned short port() const { return m_acceptor.local_endpoint().port(); }

    [[nodiscard]] std::string url() const {
        const bool ipv6 = m_options.host.find(':') != std::string::npos;
        return fmt::format("http://{}:{}/", ipv6 ? "[" + m_options.host + "]" : m_options.host, port());
    }

    void run() {
        m_signals.async_wait([this](const beast::error_code& ec, int) {
            if (!ec) begin_shutdown();
        });
        asio::co_spawn(m_io, accept_loop(), asio::detached);
        m_io.run();
    }

    void stop() {
        asio::post(m_io, [this] { begin_shutdown(); });
    }

private:
    void begin_shutdown() {
        if (m_stopping) return;
        m_stopping = true;
        beast::error_code ignored;
        m_acceptor.close(ignored);
        m_signals.cancel(ignored);
        if (m_active_sessions == 0) {
            m_io.stop();
            return;
        }
        m_grace.expires_after(kShutdownGrace);
        m_grace.async_wait([this](const beast::error_code&) { m_io.stop(); });
    }

    asio::awaitable<void> accept_loop() {
        while (!m_stopping) {
            auto [ec, socket] = co_await m_acceptor.async_accept(kAwait);
            if (ec) {
                if (m_stopping) break;
                continue;
            }
            asio::co_spawn(m_io, session(std::move(socket)), asio::detached);
        }
    }

    asio::awaitable<void> send(beast::tcp_stream& stream, Response response, unsigned version, bool keep) {
        if (response.stream) {
            send_streamed(stream, response, version);
            co_return;
        }
        auto message = to_message(std::move(response), version, keep);
        co_await http::async_write(stream, message, kAwait);
    }

    /// A streamed body: the headers, then each piece as one chunk as the handler produces it, then the last chunk.
    /// Written synchronously: the handler runs on this, the only, thread anyway (an import blocks the server as a
    /// check-in does), and a client gone away makes the remaining writes fail quietly.
    static void send_streamed(beast::tcp_stream& stream, const Response& response, unsigned version) {
        http::response<http::empty_body> header{static_cast<http::status>(response.status), version};
        header.set(http::field::server, "ironstride");
        header.set(http::field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers) header.set(name, value);
        header.chunked(true);
        header.keep_alive(false);
        http::response_serializer<http::empty_body> serializer{header};
        beast::error_code ec;
        http::write_header(stream.socket(), serializer, ec);
        if (ec) return;
        response.stream([&](std::string_view piece) {
            if (!ec && !piece.empty()) asio::write(stream.socket(), http::make_chunk(asio::buffer(piece)), ec);
        });
        if (!ec) asio::write(stream.socket(), http::make_chunk_last(), ec);
    }

    /// The body limit of the route a request goes to (0 for none: the router answers 404/405 without a body).
    [[nodiscard]] std::size_t body_limit(const http::request<http::string_body>& header) const {
        const std::optional<Target> target = parse_target(header.target());
        if (!target) return 0;
        PathParams ignored;
        const Route* route = m_router.find(std::string(header.method_string()), target->path, ignored);
        return route == nullptr ? 0 : route->max_body_bytes;
    }

    asio::awaitable<void> session(tcp::socket socket) {
        ++m_active_sessions;
        beast::tcp_stream stream(std::move(socket));
        beast::flat_buffer buffer;
        while (!m_stopping) {
            stream.expires_after(kRequestTimeout);
            http::request_parser<http::string_body> parser;
            parser.header_limit(kMaxHeaderBytes);
            parser.body_limit(m_largest_body);  // the declared length's first check, as the header ends
            auto [header_error, header_bytes] = co_await http::async_read_header(stream, buffer, parser, kAwait);
            if (header_error) {
                if (header_error == http::error::header_limit) {
                    co_await send(stream, error_response(util::ErrorCode::http_payload_too_large,
                                                         "the request's headers are too large"), 11, false);
                } else if (header_error != http::error::end_of_stream && header_error != beast::error::timeout &&
                           header_error != asio::error::operation_aborted) {
                    co_await send(stream, error_response(util::ErrorCode::http_bad_request,
                                                         "the request is not valid HTTP/1.1"), 11, false);
                }
                break;
            }
            // A declared length is judged here: the parser checks it against body_limit only as the header ends.
            const std::size_t limit = body_limit(parser.get());
            const unsigned version = parser.get().version();
            const bool declared_too_long = parser.content_length() && *parser.content_length() > limit;
            parser.body_limit(limit);
            auto [body_error, body_bytes] = declared_too_long
                                                ? std::tuple{beast::error_code(http::error::body_limit), std::size_t{0}}
                                                : co_await http::async_read(stream, buffer, parser, kAwait);
            if (body_error == http::error::body_limit) {
                co_await send(stream, error_response(util::ErrorCode::http_payload_too_large,
                                                     fmt::format("the body is over this endpoint's {} bytes", limit)),
                              version, false);
                break;
            }
            if (body_error) break;
            const http::request<http::string_body>& message = parser.get();
            const bool keep = message.keep_alive() && !m_stopping;
            beast::error_code peer_error;
            const bool from_loopback = stream.socket().remote_endpoint(peer_error).address().is_loopback() && !peer_error;
            const std::optional<Request> request = to_request(message, from_loopback);
            Response response = request ? handle_request(m_router, m_policy, *request, m_log_bug)
                                        : error_response(util::ErrorCode::http_bad_request,
                                                         "the request's target is malformed");
            const bool streamed = static_cast<bool>(response.stream);
            co_await send(stream, std::move(response), version, keep);
            if (!keep || streamed) break;
        }
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        if (--m_active_sessions == 0 && m_stopping) m_io.stop();  // the last response is out: no need to wait
    }

    const Router& m_router;
    ListenOptions m_options;
    BugLog m_log_bug;
    AccessPolicy m_policy;
    asio::io_context m_io{1};
    tcp::acceptor m_acceptor{m_io};
    asio::signal_set m_signals{m_io, SIGINT, SIGTERM};
    asio::steady_timer m_grace{m_io};
    bool m_stopping = false;
    std::size_t m_largest_body = 0;
    int m_active_sessions = 0;  ///< one thread: no atomics needed
};

HttpServer::HttpServer(const Router& router, ListenOptions options, BugLog log_bug)
    : m_impl(std::make_unique<Impl>(router, std::move(options), std::move(log_bug))) {}

HttpServer::~HttpServer() = default;

unsigned short HttpServer::port() const { return m_impl->port(); }
std::string HttpServer::url() const { return m_impl->url(); }
void HttpServer::run() { m_impl->run(); }
void HttpServer::stop() { m_impl->stop(); }

}  // namespace ironstride::server
