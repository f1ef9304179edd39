#include "ironstride/analysis/training_load.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "ironstride/science/e1rm.hpp"
#include "ironstride/science/session_rpe.hpp"
#include "ironstride/science/strength_load.hpp"

namespace ironstride::analysis {

const char* to_string(LoadSource source) {
    switch (source) {
        case LoadSource::srpe: return "srpe";
        case LoadSource::set_rpe: return "set_rpe";
        case LoadSource::estimate: return "estimate";
        case LoadSource::trimp: return "trimp";
    }
    return "srpe";
}

const char* to_string(Modality modality) {
    switch (modality) {
        case Modality::running: return "running";
        case Modality::lifting: return "lifting";
        case Modality::combined: return "combined";
    }
    return "combined";
}

Modality modality_of(const ActivityRecord& activity) {
    if (activity.is_run()) return Modality::running;
    if (activity.sport == domain::Sport::strength) return Modality::lifting;
    return Modality::combined;
}

namespace {

/// Unknown exercises share one catalog entry: their sets say nothing about one lift's 1RM.
constexpr std::string_view kUnknownExerciseKey = "other";

using CheckInRpe = std::unordered_map<units::CivilDay::rep, double>;

CheckInRpe checkin_rpe_by_day(const History& history) {
    CheckInRpe rpe;
    for (const domain::CheckIn& c : history.checkins) {
        if (c.rpe) rpe[c.day.time_since_epoch().count()] = *c.rpe;
    }
    return rpe;
}

std::optional<double> checkin_rpe(const CheckInRpe& rpe, units::CivilDay day) {
    const auto found = rpe.find(day.time_since_epoch().count());
    return found == rpe.end() ? std::nullopt : std::optional<double>(found->second);
}

/// The session-RPE load of a session that is not a lift, as the sRPE series has always summed it: the cached one
/// (the activity's own RPE), else the day's check-in RPE, which rates that day's training (docs/commands/checkin.md).
std::optional<double> srpe_au(const ActivityRecord& a, const CheckInRpe& rpe) {
    if (a.metrics && a.metrics->srpe_load) return a.metrics->srpe_load;
    const std::optional<double> minutes = a.minutes();
    const std::optional<double> day_rpe = checkin_rpe(rpe, a.day);
    if (day_rpe && minutes) return science::session_rpe_load(*day_rpe, *minutes);
    return std::nullopt;
}

/// Each lift's best 1RM estimate so far, updated session by session in start order.
class OneRmBook {
public:
    /// Takes in a session's sets (so a session's own best counts for it).
    void add(const std::vector<const WorkingSet*>& sets) {
        for (const WorkingSet* set : sets) {
            if (!set->weight_kg || set->reps > kMaxE1rmReps || set->exercise->key == kUnknownExerciseKey) continue;
            // The best set is taken as kAssumedRir short of failure: Epley at the reps it could have done.
            const double reps_possible = set->reps + science::kAssumedRir;
            const double one_rm = *set->weight_kg * (1.0 + reps_possible / science::kEpleyRepsDivisor);
            double& best = m_best[set->exercise->key];
            best = std::max(best, one_rm);
        }
    }

    [[nodiscard]] std::optional<double> one_rm(const WorkingSet& set) const {
        const auto found = m_best.find(set.exercise->key);
        return found == m_best.end() ? std::nullopt : std::optional<double>(found->second);
    }

private:
    std::unordered_map<std::string_view, double> m_best;
};

std::optional<SessionLoad> lift_load(const ActivityRecord& a, const std::vector<const WorkingSet*>& sets,
                                     const OneRmBook& book, const CheckInRpe& rpe) {
    std::vector<science::SetEffort> efforts;
    efforts.reserve(sets.size());
    for (const WorkingSet* set : sets) efforts.push_back({set->reps, set->weight_kg, book.one_rm(*set), set->rpe});
    const std::optional<double> session_rpe = a.rpe ? a.rpe : checkin_rpe(rpe, a.day);
    const auto load = science::strength_session_load(session_rpe, a.minutes(), efforts);
    if (!load) return std::nullopt;
    switch (load->source) {
        case science::StrengthLoadSource::srpe: return SessionLoad{load->au, LoadSource::srpe};
        case science::StrengthLoadSource::set_rpe: return SessionLoad{load->au, LoadSource::set_rpe};
        case science::StrengthLoadSource::estimate: return SessionLoad{load->au, LoadSource::estimate};
    }
    return std::nullopt;
}

/// The athlete's own AU per TRIMP point (see kMinTrimpCalibrationSessions).
void calibrate_trimp(TrainingLoads& loads, const History& history) {
    int sessions = 0;
    double srpe_sum = 0;
    double trimp_sum = 0;
    for (const ActivityRecord& a : history.activities) {
        if (modality_of(a) == Modality::lifting || !a.metrics || !a.metrics->trimp || *a.metrics->trimp <= 0) continue;
        const auto found = loads.by_activity.find(a.id);
        if (found == loads.by_activity.end()) continue;
        ++sessions;
        srpe_sum += found->second.au;
        trimp_sum += *a.metrics->trimp;
    }
    if (sessions >= kMinTrimpCalibrationSessions) {
        loads.trimp_to_au = srpe_sum / trimp_sum;
        loads.trimp_to_au_source = "own_sessions";
    }
}

}  // namespace

TrainingLoads training_loads(const History& history) {
    TrainingLoads loads;
    const CheckInRpe rpe = checkin_rpe_by_day(history);
    std::unordered_map<std::int64_t, std::vector<const WorkingSet*>> sets_by_activity;
    for (const WorkingSet& set : history.sets) sets_by_activity[set.activity_id].push_back(&set);
    const std::vector<const WorkingSet*> no_sets;

    OneRmBook book;
    for (const ActivityRecord& a : history.activities) {  // start order: each 1RM is the best so far
        const auto found = sets_by_activity.find(a.id);
        const std::vector<const WorkingSet*>& sets = found == sets_by_activity.end() ? no_sets : found->second;
        book.add(sets);
        if (modality_of(a) == Modality::lifting) {
            if (const auto load = lift_load(a, sets, book, rpe)) loads.by_activity[a.id] = *load;
        } else if (const auto au = srpe_au(a, rpe)) {
            loads.by_activity[a.id] = {*au, LoadSource::srpe};
        }
    }
    calibrate_trimp(loads, history);
    for (const ActivityRecord& a : history.activities) {
        if (modality_of(a) == Modality::lifting || loads.by_activity.count(a.id) > 0) continue;
        if (a.metrics && a.metrics->trimp) {
            loads.by_activity[a.id] = {*a.metrics->trimp * loads.trimp_to_au, LoadSource::trimp};
        }
    }
    return loads;
}

}  // namespace ironstride::analysis
