#include "ironstride/store/sqlite/transaction.hpp"

#include <cassert>
#include <string>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "ironstride/store/sqlite/database.hpp"

namespace ironstride::store::sqlite {

namespace {

std::string savepoint_name(int depth) { return fmt::format("ironstride_{}", depth); }

}  // namespace

Transaction::Transaction(Database& database, Kind kind)
    : m_database(database), m_depth(database.m_savepoint_depth) {
    if (m_depth == 0 && (kind == Kind::read || m_database.read_only())) {
        m_database.execute("BEGIN");
        // A deferred transaction takes its snapshot at the first read: take it now, so the whole unit reads one state.
        (void)m_database.connection().execAndGet("SELECT count(*) FROM sqlite_schema");
    } else if (m_depth == 0) {
        m_database.execute("BEGIN IMMEDIATE");
    } else {
        m_database.execute(fmt::format("SAVEPOINT {}", savepoint_name(m_depth)).c_str());
    }
    ++m_database.m_savepoint_depth;
}

Transaction::~Transaction() {
    if (m_finished) return;
    // Rolling back must not throw from a destructor; if SQLite already rolled the whole transaction back itself
    // (it does after some I/O errors), there is nothing left to undo and the statements simply fail.
    SQLite::Database& connection = m_database.connection();
    if (m_depth == 0) {
        if (sqlite3_get_autocommit(connection.getHandle()) == 0) (void)connection.tryExec("ROLLBACK");
    } else {
        const std::string name = savepoint_name(m_depth);
        (void)connection.tryExec(fmt::format("ROLLBACK TO {0}; RELEASE {0}", name));
    }
    --m_database.m_savepoint_depth;
}

void Transaction::commit() {
    assert(!m_finished && "Transaction::commit() called twice");
    assert(m_database.m_savepoint_depth == m_depth + 1 && "transactions must end in reverse order");
    if (m_depth == 0) {
        m_database.execute("COMMIT");
    } else {
        m_database.execute(fmt::format("RELEASE {}", savepoint_name(m_depth)).c_str());
    }
    m_finished = true;
    --m_database.m_savepoint_depth;
}

}  // namespace ironstride::store::sqlite
