#include "ironstride/app/detail/input_bytes.hpp"

#include <system_error>

#include "ironstride/util/file_bytes.hpp"

namespace ironstride::app::detail {

InputBytes::InputBytes(const std::filesystem::path& path, std::vector<std::byte>& reused_buffer) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    // A size we cannot learn here is learnt (or refused) by read_whole_file; the reused buffer is the default.
    const bool large = !error && size > kReuseLimitBytes;
    m_bytes = util::read_whole_file(path, large ? m_own_buffer : reused_buffer);
}

}  // namespace ironstride::app::detail
