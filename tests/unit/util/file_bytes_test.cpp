#include "ironstride/util/file_bytes.hpp"

#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"

namespace ironstride::util {
namespace {

using ::testing::HasSubstr;

TEST(FileBytes, SeesTheWholeFile) {
    const ironstride::testing::TempDir dir;
    const auto path = ironstride::testing::write_file(dir / "run.csv", "date,sleep_h\n2024-05-01,7.5\n");
    const FileBytes file(path);
    EXPECT_EQ(file.size(), 28U);
    EXPECT_EQ(file.bytes().size(), 28U);
    EXPECT_EQ(file.text(), "date,sleep_h\n2024-05-01,7.5\n");
    EXPECT_EQ(static_cast<char>(file.bytes()[0]), 'd');
}

TEST(FileBytes, AnEmptyFileIsEmptyNotAnError) {
    const ironstride::testing::TempDir dir;
    const FileBytes file(ironstride::testing::write_file(dir / "empty.fit", ""));
    EXPECT_EQ(file.size(), 0U);
    EXPECT_TRUE(file.bytes().empty());
    EXPECT_TRUE(file.text().empty());
}

TEST(FileBytes, MovingTransfersTheBytes) {
    const ironstride::testing::TempDir dir;
    FileBytes first(ironstride::testing::write_file(dir / "a.txt", "abc"));
    FileBytes second(std::move(first));
    EXPECT_EQ(second.text(), "abc");
    EXPECT_EQ(first.size(), 0U);  // NOLINT(bugprone-use-after-move): a moved-from FileBytes is empty, by contract
    FileBytes third(ironstride::testing::write_file(dir / "b.txt", "defg"));
    third = std::move(second);
    EXPECT_EQ(third.text(), "abc");
    EXPECT_TRUE(second.bytes().empty());  // NOLINT(bugprone-use-after-move): as above
}

TEST(FileBytes, MissingFilesAndFoldersAreIoErrorsNamingThePath) {
    const ironstride::testing::TempDir dir;
    try {
        const FileBytes file(dir / "missing.fit");
        ADD_FAILURE() << "a missing file cannot be read";
    } catch (const util::Error& error) {
        EXPECT_THAT(error.what(), HasSubstr("missing.fit: cannot open: No such file or directory"));
    }
    try {
        const FileBytes file(dir.path());
        ADD_FAILURE() << "a folder is not a file";
    } catch (const util::Error& error) {
        EXPECT_THAT(error.what(), HasSubstr(": is a directory, expected a file"));
    }
}

TEST(FileBytes, FifosSocketsAndDevicesAreRefusedWithoutBlocking) {
    const ironstride::testing::TempDir dir;
    const auto fifo = dir / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // Opening a FIFO for reading blocks until a writer comes; this would hang without O_NONBLOCK.
    EXPECT_ERROR_CODE_AND(FileBytes{fifo}, util::ErrorCode::io_not_a_file,
                          EXPECT_THAT(error.what(), HasSubstr("is a FIFO")));
    EXPECT_ERROR_CODE_AND(FileBytes{"/dev/null"}, util::ErrorCode::io_not_a_file,
                          EXPECT_THAT(error.what(), HasSubstr("is a device")));
}

/// A pipe stands in for a file that changes under the reader: what it yields is what "the file" holds now.
std::vector<std::byte> through_a_pipe(const std::string& content, std::size_t expected) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    EXPECT_EQ(::write(fds[1], content.data(), content.size()), static_cast<ssize_t>(content.size()));
    ::close(fds[1]);
    std::vector<std::byte> buffer;
    try {
        const auto bytes = detail::read_exactly(fds[0], expected, "watch.fit", buffer);
        ::close(fds[0]);
        return {bytes.begin(), bytes.end()};
    } catch (...) {
        ::close(fds[0]);
        throw;
    }
}

TEST(FileBytes, AFileThatShrinksOrGrowsWhileBeingReadIsAnErrorNotACrash) {
    EXPECT_EQ(through_a_pipe("0123456789", 10).size(), 10U);
    EXPECT_ERROR_CODE_AND((void)through_a_pipe("01234", 10), util::ErrorCode::io_file_changed,
                          EXPECT_THAT(error.what(), HasSubstr("watch.fit: changed while being read: it shrank from "
                                                              "10 to 5 bytes")));
    EXPECT_ERROR_CODE_AND((void)through_a_pipe("0123456789AB", 10), util::ErrorCode::io_file_changed,
                          EXPECT_THAT(error.what(), HasSubstr("it grew beyond its 10 bytes")));
}

TEST(ReadTextFile, ReadsAllOrThrowsNamingThePath) {
    const ironstride::testing::TempDir dir;
    const std::string text(100'000, 'x');
    EXPECT_EQ(read_text_file(ironstride::testing::write_file(dir / "big.toml", text)), text);
    EXPECT_ERROR_CODE((void)read_text_file(dir / "none.toml"), util::ErrorCode::io_cannot_open);
}

}  // namespace
}  // namespace ironstride::util
