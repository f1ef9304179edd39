#pragma once

#include <span>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/day_range.hpp"
#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"
#include "ironstride/store/sqlite/transaction.hpp"

namespace ironstride::store::sqlite::detail {

/// Runs `bind_row` + exec for every entry of a batch, inside one (possibly nested) transaction. `sql` takes the
/// athlete as its first parameter; bind_row binds the rest from parameter 2.
template <typename Entry, typename Bind>
void upsert_all(Database& db, domain::AthleteId athlete, const char* sql, std::span<const Entry> entries,
                Bind bind_row) {
    if (entries.empty()) return;
    Transaction transaction(db);
    auto statement = db.statement(sql);
    for (const Entry& entry : entries) {
        statement->bind(1, athlete.value);
        bind_row(*statement, entry);
        statement->exec();
        statement->reset();
    }
    transaction.commit();
}

/// The rows of `sql` (parameters: athlete, first day, last day) read by `read_row`.
template <typename Entry, typename Read>
std::vector<Entry> read_range(Database& db, domain::AthleteId athlete, const char* sql, domain::DayRange range,
                              Read read_row) {
    auto statement = db.statement(sql);
    statement->bind(1, athlete.value);
    statement->bind(2, to_day_number(range.first));
    statement->bind(3, to_day_number(range.last));
    std::vector<Entry> entries;
    while (statement->executeStep()) entries.push_back(read_row(*statement));
    return entries;
}

}  // namespace ironstride::store::sqlite::detail
