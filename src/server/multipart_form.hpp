#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ironstride::server {

/// One part of a multipart/form-data body (RFC 7578): the form field's name, the file name the browser sent (empty
/// for a plain field), and the part's bytes, a view into the body.
struct FormPart {
    std::string name;
    std::string filename;
    std::string content_type;
    std::string_view bytes;
};

/// The parts of a multipart/form-data body, given the request's Content-Type (which carries the boundary).
/// util::Error http.unsupported_media_type when the type is not multipart/form-data with a boundary, http.bad_request
/// when the body is not well formed (no closing delimiter, a part without headers or a Content-Disposition).
[[nodiscard]] std::vector<FormPart> parse_multipart_form(std::string_view content_type, std::string_view body);

}  // namespace ironstride::server
