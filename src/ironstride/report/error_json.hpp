#pragma once

#include <nlohmann/json.hpp>

#include "ironstride/util/error.hpp"

namespace ironstride::report {

/// The one JSON form of an error (docs/errors.md): {code, severity, message, path, line, column, byte_offset,
/// subject, found, allowed, hint}; members that are unknown are null.
[[nodiscard]] nlohmann::json error_json(const util::Error& error);

}  // namespace ironstride::report
