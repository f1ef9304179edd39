#include "ironstride/domain/import_record.hpp"

#include <array>

namespace ironstride::domain {

namespace {

constexpr std::array kStatuses = {ImportStatus::ok, ImportStatus::skipped, ImportStatus::failed,
                                  ImportStatus::duplicate};

}  // namespace

const char* to_string(ImportStatus status) {
    switch (status) {
        case ImportStatus::ok: return "ok";
        case ImportStatus::skipped: return "skipped";
        case ImportStatus::failed: return "failed";
        case ImportStatus::duplicate: return "duplicate";
    }
    return "failed";
}

std::optional<ImportStatus> parse_import_status(std::string_view text) {
    for (const ImportStatus status : kStatuses) {
        if (text == to_string(status)) return status;
    }
    return std::nullopt;
}

}  // namespace ironstride::domain
