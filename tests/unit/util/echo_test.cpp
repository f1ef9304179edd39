#include "ironstride/util/echo.hpp"

#include <string>

#include <gtest/gtest.h>

namespace ironstride::util {
namespace {

TEST(EscapeForDisplay, WritesControlCharactersAndInvalidUtf8AsHex) {
    EXPECT_EQ(escape_for_display("a\x1b]0;owned\x07"), "a\\x1b]0;owned\\x07");
    EXPECT_EQ(escape_for_display("one\r\nskipped: forged"), "one\\x0d\\x0askipped: forged");
    EXPECT_EQ(escape_for_display("caf\xe9"), "caf\\xe9");              // Latin-1, not UTF-8
    EXPECT_EQ(escape_for_display("\xc0\xaf"), "\\xc0\\xaf");           // overlong '/'
    EXPECT_EQ(escape_for_display("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
    EXPECT_EQ(escape_for_display("\xc2\x9b"
                                 "2J"),
              "\\xc2\\x9b2J");  // C1 CSI
    EXPECT_EQ(escape_for_display("\x7f"), "\\x7f");
}

TEST(EscapeForDisplay, LeavesValidTextAloneSoEscapingTwiceChangesNothing) {
    const std::string text = "Löwenzahn — 5 km in 24:10 ✓ \\x41";
    EXPECT_EQ(escape_for_display(text), text);
    EXPECT_FALSE(needs_escaping(text));
    const std::string once = escape_for_display("\xff\x1b");
    EXPECT_TRUE(needs_escaping("\xff"));
    EXPECT_EQ(escape_for_display(once), once);
}

TEST(CutForDisplay, CutsAfterEightyCharactersAndNotesTheLength) {
    const std::string huge(20'000'000, 'a');
    EXPECT_EQ(quote_for_display(huge), "\"" + std::string(80, 'a') + "…\" (20,000,000 bytes)");
    EXPECT_EQ(cut_for_display(huge), std::string(80, 'a') + "… (20,000,000 bytes)");
    EXPECT_EQ(quote_for_display("short"), "\"short\"");
    EXPECT_EQ(cut_for_display(std::string(80, 'b')), std::string(80, 'b'));
}

TEST(CutForDisplay, CountsCharactersNotBytesAndNeverSplitsOne) {
    std::string accents;
    for (int i = 0; i < 100; ++i) accents += "é";
    std::string shown;
    for (int i = 0; i < 80; ++i) shown += "é";
    EXPECT_EQ(cut_for_display(accents), shown + "… (200 bytes)");
}

TEST(DisplayMessage, EscapesAndCutsAWholeMessageAsTheLastGuard) {
    const std::string message = "bad.gpx:3: <ele> \"" + std::string(1'000'000, '9') + "\r\nskipped: forged";
    const std::string shown = display_message(message);
    EXPECT_EQ(shown.find('\r'), std::string::npos);
    EXPECT_EQ(shown, message.substr(0, kMessageChars) + "… (1,000,035 bytes)");
    EXPECT_EQ(display_message("short\x1b[2J"), "short\\x1b[2J");
}

TEST(CutForDisplay, CountsAnEscapedByteAsTheFourCharactersItShowsAs) {
    const std::string invalid(1000, '\xff');
    std::string shown;
    for (int i = 0; i < 20; ++i) shown += "\\xff";
    EXPECT_EQ(cut_for_display(invalid), shown + "… (1,000 bytes)");
}

TEST(HexBytes, GivesTwoDigitsPerByte) {
    EXPECT_EQ(hex_bytes("\xff"
                        "A"),
              "ff41");
}

}  // namespace
}  // namespace ironstride::util
