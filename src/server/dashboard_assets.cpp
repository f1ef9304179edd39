#include "server/dashboard_assets.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "server/assets/embedded.hpp"

namespace ironstride::server {

namespace {

/// FNV-1a, 64 bits: an entity tag only needs to change when the bytes do (no adversary picks our bundles).
std::string etag_of(std::string_view bytes) {
    constexpr std::uint64_t kOffsetBasis = 14695981039346656037ULL;
    constexpr std::uint64_t kPrime = 1099511628211ULL;
    std::uint64_t hash = kOffsetBasis;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kPrime;
    }
    return fmt::format("\"{:016x}\"", hash);
}

}  // namespace

const std::vector<Asset>& dashboard_assets() {
    static const std::vector<Asset> kTable{
        {"/assets/dashboard.js", "text/javascript; charset=utf-8", assets::kDashboardJs, etag_of(assets::kDashboardJs)},
        {"/assets/dashboard.css", "text/css; charset=utf-8", assets::kDashboardCss, etag_of(assets::kDashboardCss)},
    };
    return kTable;
}

std::string_view dashboard_shell() { return assets::kDashboardHtml; }

}  // namespace ironstride::server
