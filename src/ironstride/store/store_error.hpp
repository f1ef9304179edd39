#pragma once

#include <string>

#include "ironstride/util/error.hpp"

namespace ironstride::store {

/// A failure of the storage itself (the file cannot be opened or written, the disk is full, the data is corrupt,
/// another process holds the lock): the store's own error, whatever the backend. Backends translate their
/// library's exceptions into it at the store boundary, so no SQLite or libpq type leaves store/.
class StorageError : public util::IoError {
public:
    using util::IoError::IoError;
};

}  // namespace ironstride::store
