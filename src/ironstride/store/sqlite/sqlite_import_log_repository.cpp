#include "ironstride/store/sqlite/sqlite_import_log_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"
#include "ironstride/store/sqlite/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite {

namespace {

using domain::ImportRecord;
using domain::ImportStatus;

ImportStatus parse_status(std::string_view text) {
    if (const auto status = domain::parse_import_status(text)) return *status;
    throw util::Error(util::ErrorCode::storage_unknown_value, fmt::format("import_log.status holds \"{}\", which this ironstride does not know", text)).with_hint("the database was written by another program or version");
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

std::optional<ImportRecord> find_one(Database& db, domain::AthleteId athlete, const char* sql,
                                     std::string_view key) {
    auto statement = db.statement(sql);
    statement->bind(1, athlete.value);
    statement->bind(2, std::string(key));
    if (!statement->executeStep()) return std::nullopt;
    return read_record(*statement);
}

template <typename T>
std::optional<std::int64_t> widen(const std::optional<T>& value) {
    if (!value) return std::nullopt;
    return static_cast<std::int64_t>(*value);
}

}  // namespace

SqliteImportLogRepository::SqliteImportLogRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

std::int64_t SqliteImportLogRepository::record(const ImportRecord& record) {
    detail::require_writable(m_writable, "ImportLogRepository::record");
    return detail::guarded(m_db, [&] {
        Transaction transaction(m_db);
        delete_path(record.path);
        auto statement = m_db.statement(
            "INSERT INTO import_log (athlete_id, path, content_hash, size_bytes, status, format, error, error_line, "
            "error_column, error_byte_offset, activity_count, record_count, set_count, day_count, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        statement->bind(1, m_athlete.value);
        statement->bind(2, record.path);
        statement->bind(3, record.content_hash);
        statement->bind(4, static_cast<std::int64_t>(record.size_bytes));
        statement->bind(5, domain::to_string(record.status));
        statement->bind(6, record.format);
        statement->bind(7, record.error);
        const util::SourcePos* pos = record.error_pos ? &*record.error_pos : nullptr;
        detail::bind_optional(*statement, 8, pos ? widen(pos->line) : std::nullopt);
        detail::bind_optional(*statement, 9, pos ? widen(pos->column) : std::nullopt);
        detail::bind_optional(*statement, 10, pos ? widen(pos->byte_offset) : std::nullopt);
        statement->bind(11, record.activity_count);
        statement->bind(12, record.record_count);
        statement->bind(13, record.set_count);
        statement->bind(14, record.day_count);
        statement->bind(15, detail::to_unix_seconds(record.imported_at));
        statement->exec();
        const std::int64_t id = m_db.last_insert_id();
        transaction.commit();
        return id;
    });
}

std::optional<ImportRecord> SqliteImportLogRepository::find_by_hash(std::string_view content_hash) {
    return detail::guarded(m_db, [&] {
        static const std::string sql = fmt::format(
            "SELECT {} FROM import_log WHERE athlete_id = ? AND content_hash = ? ORDER BY status <> 'ok', id LIMIT 1",
            kColumns);
        return find_one(m_db, m_athlete, sql.c_str(), content_hash);
    });
}

std::optional<ImportRecord> SqliteImportLogRepository::find_by_path(std::string_view path) {
    return detail::guarded(m_db, [&] {
        static const std::string sql =
            fmt::format("SELECT {} FROM import_log WHERE athlete_id = ? AND path = ?", kColumns);
        return find_one(m_db, m_athlete, sql.c_str(), path);
    });
}

std::vector<ImportRecord> SqliteImportLogRepository::list() {
    return detail::guarded(m_db, [&] {
        static const std::string sql =
            fmt::format("SELECT {} FROM import_log WHERE athlete_id = ? ORDER BY path", kColumns);
        auto statement = m_db.statement(sql.c_str());
        statement->bind(1, m_athlete.value);
        std::vector<ImportRecord> records;
        while (statement->executeStep()) records.push_back(read_record(*statement));
        return records;
    });
}

bool SqliteImportLogRepository::remove(std::string_view path) {
    detail::require_writable(m_writable, "ImportLogRepository::remove");
    return detail::guarded(m_db, [&] { return delete_path(path); });
}

bool SqliteImportLogRepository::delete_path(std::string_view path) {
    auto statement = m_db.statement("DELETE FROM import_log WHERE athlete_id = ? AND path = ?");
    statement->bind(1, m_athlete.value);
    statement->bind(2, std::string(path));
    return statement->exec() > 0;
}

}  // namespace ironstride::store::sqlite
