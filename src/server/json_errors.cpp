#include "server/json_errors.hpp"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "ironstride/report/error_json.hpp"

namespace ironstride::server {

namespace {

using util::ErrorCode;

/// The codes whose status is not their kind's.
constexpr std::array kStatusOfCode{
    std::pair{ErrorCode::http_bad_request, 400},
    std::pair{ErrorCode::http_not_found, 404},
    std::pair{ErrorCode::http_method_not_allowed, 405},
    std::pair{ErrorCode::http_payload_too_large, 413},
    std::pair{ErrorCode::http_unsupported_media_type, 415},
    std::pair{ErrorCode::http_forbidden, 403},
    std::pair{ErrorCode::http_unauthorized, 401},
    std::pair{ErrorCode::usage_not_found, 404},
    std::pair{ErrorCode::storage_no_database, 404},
    std::pair{ErrorCode::storage_busy, 503},
};

}  // namespace

int http_status(const util::Error& error) {
    for (const auto& [code, status] : kStatusOfCode) {
        if (code == error.code()) return status;
    }
    switch (error.kind()) {
        case util::ErrorKind::usage: return 400;
        case util::ErrorKind::input: return 422;
        case util::ErrorKind::io:
        case util::ErrorKind::storage: return 500;
    }
    return 500;
}

Response error_response(const util::Error& error) {
    Response response;
    response.status = http_status(error);
    response.body = nlohmann::json{{"error", report::error_json(error)}}.dump(2) + "\n";
    return response;
}

Response error_response(util::ErrorCode code, std::string message) {
    return error_response(util::Error(code, std::move(message)));
}

}  // namespace ironstride::server
