#include "ironstride/report/today_text.hpp"

#include <fmt/format.h>

#include "ironstride/report/unit_format.hpp"
#include "ironstride/report/verdict_format.hpp"

namespace ironstride::report {

namespace {

std::string upper(const char* text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return out;
}

std::string session_line(const planner::PlannedSession& s) {
    if (s.kind == planner::SessionKind::rest) return s.title.empty() ? std::string("Rest") : s.title;
    return fmt::format("{} {}, {} min ({})", units::format_time_of_day(s.start), s.title, s.duration_min,
                       planner::to_string(s.intensity));
}

}  // namespace

std::string render_today_text(const planner::TodayReport& r, [[maybe_unused]] domain::UnitSystem units) {
    std::string out;
    out += fmt::format("ironstride today for {}, {}\n\n", r.athlete_name.empty() ? "you" : r.athlete_name,
                       units::format_iso_date(r.day));
    out += fmt::format("Readiness: {}: {}\n", upper(analysis::to_string(r.readiness.level)), r.readiness.summary);
    for (const analysis::ReadinessFactor& f : r.readiness.factors) {
        out += fmt::format("  {:<6} {:<10} {}\n", analysis::to_string(f.level), f.key, f.reason);
    }
    out += fmt::format("  form this morning: fitness {:.1f}, fatigue {:.1f}, form {:+.1f} (TRIMP)\n\n", r.form.ctl,
                       r.form.atl, r.form.tsb);

    out += "Today's plan\n";
    for (const planner::TodaySession& s : r.sessions) {
        if (!s.adapted) {
            out += fmt::format("  {}\n", session_line(s.planned));
            for (const std::string& step : s.planned.steps) out += fmt::format("      {}\n", step);
            continue;
        }
        out += fmt::format("  was: {}\n", session_line(s.planned));
        out += fmt::format("  now: {}\n", session_line(*s.adapted));
        for (const std::string& step : s.adapted->steps) out += fmt::format("      {}\n", step);
        out += fmt::format("  why: {}\n", s.reason);
        for (const analysis::EvidenceRef& ref : s.evidence) out += fmt::format("  evidence: {}\n", evidence_line(ref));
    }

    const science::DayNutrition& n = r.nutrition;
    out += fmt::format("\nFood: {} kcal (training {} kcal; {} day): protein {:.0f} g, carbohydrate {:.0f} g, fat "
                       "{:.0f} g\n",
                       format_whole(n.kcal), format_whole(n.exercise_kcal), science::to_string(n.load), n.protein_g,
                       n.carbs_g, n.fat_g);
    out += fmt::format("Sleep: {:.1f} h tonight (at least 7 h, NSF/AASM)\n", r.sleep_target_h);
    if (!r.notes.empty()) {
        out += "\nNotes\n";
        for (const std::string& note : r.notes) out += fmt::format("  {}\n", note);
    }
    return out;
}

}  // namespace ironstride::report
