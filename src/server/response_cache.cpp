#include "server/response_cache.hpp"

#include <algorithm>

namespace ironstride::server {

namespace {

std::size_t size_of(const Response& response) {
    std::size_t bytes = response.body.size() + response.content_type.size();
    for (const auto& [name, value] : response.headers) bytes += name.size() + value.size();
    return bytes;
}

}  // namespace

std::string ResponseCache::key_of(const Request& request) {
    // The query map is ordered, so `?a=1&b=2` and `?b=2&a=1` share their answer. NUL cannot occur in a decoded path
    // or parameter (parse_target refuses it), so it separates the parts unambiguously.
    std::string key = request.method + '\0' + request.path;
    for (const auto& [name, value] : request.query) key.append(1, '\0').append(name).append(1, '\0').append(value);
    return key;
}

void ResponseCache::reset_if_changed(const AnswerInputs& inputs) {
    if (m_inputs == inputs) return;
    m_entries.clear();
    m_bytes = 0;
    m_inputs = inputs;
}

std::optional<Response> ResponseCache::find(const Request& request, const AnswerInputs& inputs) {
    reset_if_changed(inputs);
    const std::string key = key_of(request);
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.key == key; });
    if (found == m_entries.end()) return std::nullopt;
    m_entries.splice(m_entries.begin(), m_entries, found);
    return found->response;
}

void ResponseCache::evict_until_fits(std::size_t incoming) {
    while (!m_entries.empty() && (m_entries.size() >= kMaxEntries || m_bytes + incoming > kMaxBytes)) {
        m_bytes -= size_of(m_entries.back().response);
        m_entries.pop_back();
    }
}

void ResponseCache::keep(const Request& request, const AnswerInputs& inputs, const Response& response) {
    const std::size_t bytes = size_of(response);
    if (response.status != 200 || response.stream || bytes > kMaxBytes) return;
    reset_if_changed(inputs);
    std::string key = key_of(request);
    m_entries.remove_if([&](const Entry& e) {
        if (e.key != key) return false;
        m_bytes -= size_of(e.response);
        return true;
    });
    evict_until_fits(bytes);
    m_entries.push_front(Entry{std::move(key), response});
    m_bytes += bytes;
}

}  // namespace ironstride::server
