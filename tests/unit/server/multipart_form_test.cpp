// The multipart/form-data parser of uploads (RFC 7578): parts with their names, file names and exact bytes (binary
// included), and the malformed bodies it refuses with their error codes.

#include "server/multipart_form.hpp"

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/util/error.hpp"

namespace ironstride::server {
namespace {

constexpr std::string_view kType = "multipart/form-data; boundary=----b0undary";

std::string part(std::string_view headers, std::string_view bytes) {
    return "------b0undary\r\n" + std::string(headers) + "\r\n\r\n" + std::string(bytes) + "\r\n";
}

/// The code of the error parsing throws; nothing when it parses.
std::optional<util::ErrorCode> code_of(std::string_view type, std::string_view body) {
    try {
        (void)parse_multipart_form(type, body);
    } catch (const util::Error& error) {
        return error.code();
    }
    return std::nullopt;
}

TEST(MultipartForm, PartsWithNamesFileNamesAndExactBytes) {
    const std::string binary("\x0e\x10\r\n--\0\xff", 8);
    const std::string body = part("Content-Disposition: form-data; name=\"files\"; filename=\"run 1.fit\"\r\n"
                                  "Content-Type: application/octet-stream",
                                  binary) +
                             part("content-disposition: form-data; name=files; filename=\"a \\\"b\\\".gpx\"", "<gpx/>") +
                             part("Content-Disposition: form-data; name=\"note\"", "hello") + "------b0undary--\r\n";
    const auto parts = parse_multipart_form(kType, body);
    ASSERT_EQ(parts.size(), 3U);
    EXPECT_EQ(parts[0].name, "files");
    EXPECT_EQ(parts[0].filename, "run 1.fit");
    EXPECT_EQ(parts[0].content_type, "application/octet-stream");
    EXPECT_EQ(std::string(parts[0].bytes), binary) << "CR LF and dashes inside a part are its bytes";
    EXPECT_EQ(parts[1].filename, "a \"b\".gpx");
    EXPECT_EQ(parts[1].bytes, "<gpx/>");
    EXPECT_EQ(parts[2].name, "note");
    EXPECT_TRUE(parts[2].filename.empty());
}

TEST(MultipartForm, QuotedBoundaryAndPreamble) {
    const std::string body = "ignored preamble\r\n--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--";
    const auto parts = parse_multipart_form("multipart/form-data; boundary=\"xyz\"", body);
    ASSERT_EQ(parts.size(), 1U);
    EXPECT_EQ(parts[0].bytes, "1");
    EXPECT_TRUE(parse_multipart_form(kType, "------b0undary--").empty());
}

TEST(MultipartForm, RefusesWhatIsNotAWellFormedForm) {
    using util::ErrorCode;
    EXPECT_EQ(code_of("application/json", "{}"), ErrorCode::http_unsupported_media_type);
    EXPECT_EQ(code_of("multipart/form-data", "x"), ErrorCode::http_unsupported_media_type) << "no boundary";
    EXPECT_EQ(code_of(kType, "no delimiter at all"), ErrorCode::http_bad_request);
    EXPECT_EQ(code_of(kType, part("Content-Disposition: form-data; name=\"a\"", "1")), ErrorCode::http_bad_request)
        << "no closing delimiter";
    EXPECT_EQ(code_of(kType, "------b0undary\r\nContent-Disposition: form-data\r\n1\r\n------b0undary--"),
              ErrorCode::http_bad_request)
        << "headers without their blank line";
    EXPECT_EQ(code_of(kType, part("Content-Type: text/plain", "1") + "------b0undary--"), ErrorCode::http_bad_request)
        << "no Content-Disposition";
}

}  // namespace
}  // namespace ironstride::server
