#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/http_message.hpp"
#include "server/multipart_form.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"

namespace ironstride::server {

/// The largest upload POST /api/v1/imports accepts: a year of one-second FIT files is about this much, and the
/// whole body is held in memory while it is imported.
inline constexpr std::size_t kMaxUploadBytes = std::size_t{64} * 1024 * 1024;

/// Imports the file parts of an upload (the form field `files`) with the `import` use case, exactly as
/// `ironstride import` would import the same files: `{"import": the import summary of docs/commands/import.md,
/// "uploads": [{name, bytes}]}`, the skipped files named by the names the browser sent. The bytes go to a fresh
/// private temporary folder under names of our own (`001.gpx`: a counter and, from an allow-list, the extension),
/// which is removed afterwards: nothing a request names reaches the filesystem. util::Error http.bad_request when
/// the form holds no file.
///
/// With `events`, the import's progress goes there as it happens, as server-sent events (text/event-stream):
/// `start` `{files, bytes}`, then one `file` `{name, result, files_done, files, bytes_done}` per file (result:
/// imported, unchanged, duplicate, empty or failed).
[[nodiscard]] nlohmann::json import_uploads(app::StoreHandle& store, domain::AthleteId athlete,
                                            std::span<const FormPart> parts, const BodyWriter* events = nullptr);

/// One server-sent event: "event: NAME\ndata: JSON\n\n" (the JSON on one line).
[[nodiscard]] std::string server_sent_event(std::string_view name, const nlohmann::json& data);

}  // namespace ironstride::server
