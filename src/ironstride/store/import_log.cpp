#include "ironstride/store/import_log.hpp"

#include <array>

#include <fmt/format.h>

#include "ironstride/store/database.hpp"
#include "ironstride/store/detail/sql.hpp"
#include "ironstride/store/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store {

namespace {

constexpr std::array kStatuses = {ImportStatus::ok, ImportStatus::skipped, ImportStatus::failed,
                                  ImportStatus::duplicate};

ImportStatus parse_status(std::string_view text) {
    for (const ImportStatus status : kStatuses) {
        if (text == to_string(status)) return status;
    }
    throw util::IoError(fmt::format("import_log.status holds \"{}\", which this ironstride does not know", text),
                        "the database was written by another program or version");
}

constexpr const char* kColumns =
    "id, path, content_hash, size_bytes, status, format, error, error_line, error_column, error_byte_offset, "
    "activity_count, record_count, set_count, day_count, imported_at";

ImportRecord read_record(const SQLite::Statement& row) {
    ImportRecord record;
    record.id = row.getColumn(0).getInt64();
    record.path = row.getColumn(1).getString();
    record.content_hash = row.getColumn(2).getString();
    record.size_bytes = static_cast<std::uint64_t>(row.getColumn(3).getInt64());
    record.status = parse_status(row.getColumn(4).getString());
    record.format = row.getColumn(5).getString();
    record.error = row.getColumn(6).getString();
    const auto line = detail::optional_int64(row, 7);
    const auto column = detail::optional_int64(row, 8);
    const auto byte_offset = detail::optional_int64(row, 9);
    if (line || column || byte_offset) {
        util::SourcePos pos;
        pos.path = record.path;
        if (line) pos.line = static_cast<std::uint32_t>(*line);
        if (column) pos.column = static_cast<std::uint32_t>(*column);
        if (byte_offset) pos.byte_offset = static_cast<std::uint64_t>(*byte_offset);
        record.error_pos = std::move(pos);
    }
    record.activity_count = row.getColumn(10).getInt64();
    record.record_count = row.getColumn(11).getInt64();
    record.set_count = row.getColumn(12).getInt64();
    record.day_count = row.getColumn(13).getInt64();
    record.imported_at = detail::from_unix_seconds(row.getColumn(14).getInt64());
    return record;
}

std::optional<ImportRecord> find_one(Database& db, const char* sql, std::string_view key) {
    auto statement = db.statement(sql);
    statement->bind(1, std::string(key));
    if (!statement->executeStep()) return std::nullopt;
    return read_record(*statement);
}

template <typename T>
std::optional<std::int64_t> widen(const std::optional<T>& value) {
    if (!value) return std::nullopt;
    return static_cast<std::int64_t>(*value);
}

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

std::int64_t record_import(Database& db, const ImportRecord& record) {
    Transaction transaction(db);
    delete_import(db, record.path);
    auto statement = db.statement(
        "INSERT INTO import_log (path, content_hash, size_bytes, status, format, error, error_line, error_column, "
        "error_byte_offset, activity_count, record_count, set_count, day_count, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    statement->bind(1, record.path);
    statement->bind(2, record.content_hash);
    statement->bind(3, static_cast<std::int64_t>(record.size_bytes));
    statement->bind(4, to_string(record.status));
    statement->bind(5, record.format);
    statement->bind(6, record.error);
    const util::SourcePos* pos = record.error_pos ? &*record.error_pos : nullptr;
    detail::bind_optional(*statement, 7, pos ? widen(pos->line) : std::nullopt);
    detail::bind_optional(*statement, 8, pos ? widen(pos->column) : std::nullopt);
    detail::bind_optional(*statement, 9, pos ? widen(pos->byte_offset) : std::nullopt);
    statement->bind(10, record.activity_count);
    statement->bind(11, record.record_count);
    statement->bind(12, record.set_count);
    statement->bind(13, record.day_count);
    statement->bind(14, detail::to_unix_seconds(record.imported_at));
    statement->exec();
    const std::int64_t id = db.last_insert_id();
    transaction.commit();
    return id;
}

std::optional<ImportRecord> find_import_by_hash(Database& db, std::string_view content_hash) {
    static const std::string sql =
        fmt::format("SELECT {} FROM import_log WHERE content_hash = ? ORDER BY status <> 'ok', id LIMIT 1", kColumns);
    return find_one(db, sql.c_str(), content_hash);
}

std::optional<ImportRecord> find_import_by_path(Database& db, std::string_view path) {
    static const std::string sql = fmt::format("SELECT {} FROM import_log WHERE path = ?", kColumns);
    return find_one(db, sql.c_str(), path);
}

std::vector<ImportRecord> list_imports(Database& db) {
    static const std::string sql = fmt::format("SELECT {} FROM import_log ORDER BY path", kColumns);
    auto statement = db.statement(sql.c_str());
    std::vector<ImportRecord> records;
    while (statement->executeStep()) records.push_back(read_record(*statement));
    return records;
}

bool delete_import(Database& db, std::string_view path) {
    auto statement = db.statement("DELETE FROM import_log WHERE path = ?");
    statement->bind(1, std::string(path));
    return statement->exec() > 0;
}

}  // namespace ironstride::store
