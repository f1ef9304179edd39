#include "ironstride/science/strength_load.hpp"

#include <algorithm>

#include "ironstride/science/session_rpe.hpp"

namespace ironstride::science {

double reps_in_reserve(double weight, int reps, double one_rm) {
    const double possible = kEpleyRepsDivisor * (one_rm / weight - 1.0);
    return std::max(0.0, possible - static_cast<double>(reps));
}

double set_rpe_from_rir(double rir) { return std::clamp(kMaxSetRpe - rir, kMinSetRpe, kMaxSetRpe); }

double set_rpe(const SetEffort& set) {
    if (set.logged_rpe) return std::clamp(*set.logged_rpe, kMinSetRpe, kMaxSetRpe);
    if (set.weight_kg && *set.weight_kg > 0 && set.one_rm_kg && *set.one_rm_kg > 0) {
        return set_rpe_from_rir(reps_in_reserve(*set.weight_kg, set.reps, *set.one_rm_kg));
    }
    return set_rpe_from_rir(kAssumedRir);
}

const char* to_string(StrengthLoadSource source) {
    switch (source) {
        case StrengthLoadSource::srpe: return "srpe";
        case StrengthLoadSource::set_rpe: return "set_rpe";
        case StrengthLoadSource::estimate: return "estimate";
    }
    return "estimate";
}

std::optional<double> estimated_session_rpe(std::span<const SetEffort> sets) {
    if (sets.empty()) return std::nullopt;
    double sum = 0;
    for (const SetEffort& set : sets) sum += set_rpe(set);
    return sum / static_cast<double>(sets.size());
}

std::optional<StrengthLoad> strength_session_load(std::optional<double> session_rpe, std::optional<double> minutes,
                                                  std::span<const SetEffort> sets) {
    StrengthLoad load;
    if (minutes && *minutes > 0) {
        load.minutes = *minutes;
    } else if (!sets.empty()) {
        load.minutes = static_cast<double>(sets.size()) * kMinutesPerSet;
    } else {
        return std::nullopt;
    }
    if (session_rpe) {
        load.session_rpe = *session_rpe;
        load.source = StrengthLoadSource::srpe;
    } else {
        // Without sets (a watch's strength activity), its duration at the assumed reps in reserve.
        load.session_rpe = estimated_session_rpe(sets).value_or(set_rpe_from_rir(kAssumedRir));
        const bool logged = std::any_of(sets.begin(), sets.end(), [](const SetEffort& s) { return s.logged_rpe; });
        load.source = logged ? StrengthLoadSource::set_rpe : StrengthLoadSource::estimate;
    }
    // evidence.md §17 / §7: session-RPE load = CR-10 × minutes (Foster 2001).
    load.au = session_rpe_load(load.session_rpe, load.minutes);
    return load;
}

}  // namespace ironstride::science
