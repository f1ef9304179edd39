#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "server/access_policy.hpp"
#include "server/request_handler.hpp"
#include "server/router.hpp"

namespace ironstride::server {

struct ListenOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8765;  ///< 0: any free port (tests)
    const LoginGate* login = nullptr;  ///< required beyond loopback (serve --host 0.0.0.0): the LAN login
};

/// The header block a request may send, and how long a client has to send one whole request.
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;
inline constexpr std::chrono::seconds kRequestTimeout{30};
/// After SIGINT/SIGTERM: no new connection is accepted, and responses being written get this long to finish.
inline constexpr std::chrono::milliseconds kShutdownGrace{2000};

/// The HTTP/1.1 listener (Boost.Beast over Asio): one thread, so the use cases run one at a time and a request's
/// write unit commits (or rolls back) before the next request or a shutdown is looked at: an interrupt never
/// loses a write. Requests larger than their route's limit get 413 before their body is read.
class HttpServer {
public:
    /// Binds `options.host`:`options.port`; util::Error (io.cannot_open) when it cannot.
    HttpServer(const Router& router, ListenOptions options, BugLog log_bug);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;
    HttpServer(HttpServer&&) = delete;
    HttpServer& operator=(HttpServer&&) = delete;

    /// The port bound (the free one chosen for port 0).
    [[nodiscard]] unsigned short port() const;
    /// "http://127.0.0.1:8765/".
    [[nodiscard]] std::string url() const;
    /// Serves until SIGINT or SIGTERM (or stop()), then returns after the grace period.
    void run();
    /// Asks run() to return, from any thread.
    void stop();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ironstride::server
