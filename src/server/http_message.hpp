#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ironstride::server {

/// A request as the handlers see it, independent of the HTTP library: the listener fills it from the wire, and
/// unit tests build it directly.
struct Request {
    std::string method;  ///< "GET", "POST", …
    std::string path;    ///< percent-decoded, without the query
    std::map<std::string, std::string, std::less<>> query;    ///< decoded; a repeated name keeps the last value
    std::map<std::string, std::string, std::less<>> headers;  ///< names in lower case
    std::string body;
    /// The client is on this machine (a loopback peer address): the LAN login does not apply to it.
    bool from_loopback = false;

    /// The header's value, nothing when absent (`name` in lower case).
    [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
    /// The query parameter's value, nothing when absent.
    [[nodiscard]] std::optional<std::string_view> param(std::string_view name) const;
};

/// Sends one piece of a streamed body to the client as soon as it is produced.
using BodyWriter = std::function<void(std::string_view)>;

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  ///< beyond Content-Type and Content-Length
    /// A body produced while it is sent (server-sent events, chunked, the connection closed after it): called once
    /// the headers are out, with a writer for each piece. When set, `body` is not sent. It must not throw.
    std::function<void(const BodyWriter&)> stream;
};

/// The path and the decoded query parameters of a request target ("/api/v1/plan?weeks=4"); nothing when its
/// percent-encoding is malformed or decodes to a NUL byte.
struct Target {
    std::string path;
    std::map<std::string, std::string, std::less<>> query;
};
[[nodiscard]] std::optional<Target> parse_target(std::string_view target);

/// "%41+b" → "A b" in a query (`plus_is_space`), "A+b" in a path; nothing when malformed or holding a NUL byte.
[[nodiscard]] std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

}  // namespace ironstride::server
