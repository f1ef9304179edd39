#include "ironstride/planner/calendar_slots.hpp"

#include <cmath>
#include <map>

#include <fmt/format.h>

namespace ironstride::planner {

namespace {

/// Lower-case letters and digits of the athlete's name, dashes between words: a stable UID part.
std::string slug(std::string_view name) {
    std::string out;
    for (const char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "athlete" : out;
}

/// 64-bit FNV-1a: a hash whose value is stored and compared across runs and builds, which std::hash does not
/// promise. Each field ends with a unit separator so that fields cannot run into each other.
class ContentHash {
public:
    ContentHash& add(std::string_view text) {
        for (const char c : text) byte(static_cast<unsigned char>(c));
        byte(0x1F);
        return *this;
    }
    ContentHash& add(double value) { return add(fmt::format("{:.3f}", value)); }
    [[nodiscard]] std::uint64_t value() const { return m_hash; }

private:
    void byte(unsigned char b) {
        m_hash ^= b;
        m_hash *= 1099511628211ULL;
    }
    std::uint64_t m_hash = 14695981039346656037ULL;
};

std::uint64_t session_hash(const PlanDay& day, const PlannedSession& s, domain::UnitSystem units,
                           std::string_view zone_name) {
    ContentHash hash;
    hash.add(domain::to_string(units)).add(zone_name);
    hash.add(to_string(s.kind)).add(to_string(s.type)).add(s.title).add(to_string(s.intensity));
    hash.add(static_cast<double>(s.start.minutes)).add(static_cast<double>(s.duration_min)).add(s.run_min);
    hash.add(s.lower_body_heavy ? "heavy" : "").add(s.treadmill ? "treadmill" : "");
    for (const std::string& step : s.steps) hash.add(step);
    for (const std::string& why : s.why) hash.add(why);
    if (s.workout) {
        for (const domain::WorkoutStep& step : s.workout->steps) {
            hash.add(step.name).add(step.duration_s).add(static_cast<double>(step.repeat_count));
            hash.add(step.hr_low_bpm.value_or(-1)).add(step.hr_high_bpm.value_or(-1));
            hash.add(step.speed_low_mps.value_or(-1)).add(step.speed_high_mps.value_or(-1));
        }
    }
    // The food and sleep the event's description carries, at the precision it shows them.
    const NutritionTarget& n = day.nutrition;
    hash.add(std::round(n.kcal)).add(std::round(n.protein_g)).add(std::round(n.carbs_g)).add(std::round(n.fat_g));
    hash.add(n.carbs_below_band ? "below band" : "").add(day.sleep_target_h);
    return hash.value();
}

}  // namespace

std::vector<CalendarSlot> calendar_slots(const Plan& plan, domain::UnitSystem units, std::string_view zone_name) {
    const std::string who = slug(plan.athlete_name);
    std::vector<CalendarSlot> slots;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            std::map<SessionKind, int> ordinal;
            for (const PlannedSession& session : day.sessions) {
                if (session.kind == SessionKind::rest) continue;
                slots.push_back({fmt::format("{}-{}-{}-{}@ironstride", units::format_iso_date(day.date),
                                             to_string(session.kind), ++ordinal[session.kind], who),
                                 session_hash(day, session, units, zone_name), &day, &session});
            }
        }
    }
    return slots;
}

}  // namespace ironstride::planner
