#pragma once

#include <string>

#include "server/http_message.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

/// The HTTP status of an error: the http.* codes their own, usage.not_found 404, other usage 400, input 422 (a
/// value the request or the profile gave that cannot be used), storage.busy 503, io and other storage 500.
[[nodiscard]] int http_status(const util::Error& error);

/// The one error document of the API: {"error": report::error_json(error)} (docs/errors.md) with its status.
[[nodiscard]] Response error_response(const util::Error& error);
[[nodiscard]] Response error_response(util::ErrorCode code, std::string message);

}  // namespace ironstride::server
