#include "ironstride/domain/import_summary.hpp"

#include <algorithm>
#include <utility>

#include "ironstride/util/echo.hpp"

namespace ironstride::domain {

const char* to_string(FileResult result) {
    switch (result) {
        case FileResult::imported: return "imported";
        case FileResult::unchanged: return "unchanged";
        case FileResult::duplicate: return "duplicate";
        case FileResult::empty: return "empty";
        case FileResult::failed: return "failed";
    }
    return "?";
}

void ImportSummary::add(FileOutcome outcome) {
    switch (outcome.result) {
        case FileResult::imported: ++imported; break;
        case FileResult::unchanged: ++unchanged; break;
        case FileResult::duplicate: ++duplicates; break;
        case FileResult::empty: ++empty; break;
        case FileResult::failed: ++failed; break;
    }
    activities += outcome.activities;
    records += outcome.records;
    sets += outcome.sets;
    days += outcome.days;
    day_conflicts.insert(day_conflicts.end(), outcome.day_conflicts.begin(), outcome.day_conflicts.end());
    if (outcome.result == FileResult::failed) failures.push_back(std::move(outcome));
}

void ImportSummary::add_unreadable(const util::Error& why) {
    FileOutcome outcome;
    outcome.path = why.pos().path;
    outcome.fail(why);
    ++files;  // counted like a file, so that the summary's parts add up to its whole
    add(std::move(outcome));
    std::stable_sort(failures.begin(), failures.end(),
                     [](const FileOutcome& a, const FileOutcome& b) { return a.path < b.path; });
}

void FileOutcome::fail(util::Error why) {
    result = FileResult::failed;
    message = util::display_error(why);
    error = std::move(why);
}

}  // namespace ironstride::domain
