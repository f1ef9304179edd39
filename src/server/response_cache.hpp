#pragma once

#include <cstddef>
#include <list>
#include <optional>
#include <string>

#include "server/http_message.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::server {

/// What an answer read from the athlete's data depends on besides the request: the committed data, the profile's
/// text and the athlete's day. Equal inputs give the same answer, because the use cases are pure functions of them.
struct AnswerInputs {
    app::DataVersion data;
    std::string profile_text;  ///< the whole file: an edit in place that keeps its size and time still counts
    units::CivilDay today;
    bool operator==(const AnswerInputs&) const = default;
};

/// The reading endpoints' answers, kept while their inputs stay equal: the dashboard and a phone reload the same
/// documents far more often than the data changes, and the 10-year report takes a quarter of a second to compute
/// (bench/serve_bench.cpp). Any change of the inputs drops every kept answer. Bounded by count and bytes, the least
/// recently used going first. Not thread-safe: the server has one thread.
class ResponseCache {
public:
    static constexpr std::size_t kMaxEntries = 64;
    static constexpr std::size_t kMaxBytes = 64UL * 1024 * 1024;

    /// The answer kept for `request` (method, path and query) under `inputs`, if any.
    [[nodiscard]] std::optional<Response> find(const Request& request, const AnswerInputs& inputs);
    /// Keeps `response` for `request` under `inputs`; a non-200 or streamed answer, or one larger than the whole
    /// budget, is not kept.
    void keep(const Request& request, const AnswerInputs& inputs, const Response& response);

    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
    [[nodiscard]] std::size_t bytes() const noexcept { return m_bytes; }

private:
    struct Entry {
        std::string key;
        Response response;
    };
    [[nodiscard]] static std::string key_of(const Request& request);
    void reset_if_changed(const AnswerInputs& inputs);
    void evict_until_fits(std::size_t incoming);

    std::optional<AnswerInputs> m_inputs;
    std::list<Entry> m_entries;  ///< most recently used first
    std::size_t m_bytes = 0;
};

}  // namespace ironstride::server
