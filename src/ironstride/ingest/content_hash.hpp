#pragma once

#include <cstddef>
#include <span>
#include <string>

namespace ironstride::ingest {

/// The content hash that identifies a file in the import log: XXH3-128 as 32 lower-case hex digits. Not a
/// cryptographic hash — it detects re-imports of the same bytes, it does not defend against forgery — and it runs
/// at memory speed, so re-importing an unchanged archive costs little more than reading it.
[[nodiscard]] std::string content_hash(std::span<const std::byte> bytes);

}  // namespace ironstride::ingest
