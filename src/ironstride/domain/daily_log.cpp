#include "ironstride/domain/daily_log.hpp"

namespace ironstride::domain {

const char* to_string(DailyKind kind) {
    switch (kind) {
        case DailyKind::body: return "body";
        case DailyKind::sleep: return "sleep";
        case DailyKind::nutrition: return "nutrition";
        case DailyKind::strength: return "strength";
    }
    return "body";
}

}  // namespace ironstride::domain
