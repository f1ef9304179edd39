#include "ironstride/planner/targets_report.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/util/text.hpp"
#include "ironstride/science/activity_factor.hpp"
#include "ironstride/science/bmr.hpp"
#include "ironstride/science/energy_expenditure.hpp"
#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/science/heart_rate_zones.hpp"
#include "ironstride/science/macros.hpp"
#include "ironstride/science/max_heart_rate.hpp"
#include "ironstride/science/pace_zones.hpp"
#include "ironstride/science/riegel.hpp"
#include "ironstride/science/vdot.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::planner {

namespace {

using science::Intensity;
using science::SessionLoad;

constexpr double kPercent = 100.0;

/// Reference-day session lengths (docs/commands/targets.md).
constexpr double kEasyRunMin = 45.0;
constexpr double kNewRunnerRunWalkMin = 30.0;
constexpr double kQualityRunMin = 40.0;
constexpr double kDefaultLiftMin = 60.0;

/// Riegel's stated validity, about 3.5 min to 3 h 50 min of effort (evidence.md §2 "Riegel race-time model").
constexpr double kRiegelMinSeconds = 3.5 * 60.0;
constexpr double kRiegelMaxSeconds = (3.0 * 60.0 + 50.0) * 60.0;

/// A race older than this is flagged: the paces assume the fitness of that day (our choice; evidence.md is silent).
constexpr int kStaleRaceDays = 365;

constexpr std::array<double, 4> kPredictionDistances{units::k5kMetres, units::k10kMetres, units::kHalfMarathonMetres,
                                                     units::kMarathonMetres};

double middle(double a, double b) { return (a + b) / 2.0; }

std::optional<double> athlete_vdot(const domain::Athlete& athlete) {
    if (!athlete.recent_race || !(athlete.recent_race->distance_m > 0) || !(athlete.recent_race->time_s > 0)) {
        return std::nullopt;
    }
    return science::vdot_from_race(athlete.recent_race->distance_m, athlete.recent_race->time_s);
}

/// Middle speed of a Daniels pace band for a VDOT.
std::optional<double> pace_middle_mps(const std::optional<double>& vdot, science::PaceKind kind) {
    if (!vdot) return std::nullopt;
    for (const science::PaceZone& zone : science::pace_zones(*vdot)) {
        if (zone.kind == kind) return middle(zone.slow_speed_mps, zone.fast_speed_mps);
    }
    return std::nullopt;
}

SessionLoad lifting_session(const domain::Athlete& athlete) {
    SessionLoad lift;
    lift.kind = SessionLoad::Kind::lift;
    lift.intensity = Intensity::moderate;
    lift.duration_min = kDefaultLiftMin;
    const domain::LiftingSession* chosen = nullptr;
    for (const domain::LiftingSession& session : athlete.lifting) {
        if (session.lower_body_heavy) {
            chosen = &session;
            break;
        }
    }
    if (!chosen && !athlete.lifting.empty()) chosen = &athlete.lifting.front();
    if (chosen && chosen->duration_min > 0) {
        lift.duration_min = chosen->duration_min;
        lift.lower_body_heavy = chosen->lower_body_heavy;
    }
    return lift;
}

std::string describe_lift(const SessionLoad& lift) {
    return fmt::format("{:g} min lifting{}", lift.duration_min, lift.lower_body_heavy ? " (heavy lower body)" : "");
}

TargetsHeartRate heart_rate_section(const domain::Athlete& athlete, int age_years) {
    const science::HeartRateProfile heart = science::heart_rate_profile_at_age(athlete, age_years);
    const science::HrZones& zones = heart.zones;
    TargetsHeartRate hr;
    hr.max_bpm = heart.max_hr_bpm;
    hr.max_source = std::string(heart.max_hr_source);
    hr.max_citation = std::string(heart.max_hr_citation);
    hr.zone_model = science::to_string(zones.model);
    hr.zone_model_description = std::string(science::describe(zones.model));
    hr.zone_basis = zones.model == science::ZoneModel::acsm_hrr ? "hrr" : "hrmax";
    hr.zone_source = std::string(science::source_of(zones.model));
    for (const science::HrZone& zone : zones.zones) {
        hr.zones.push_back(TargetsHrZone{std::string(zone.name), std::string(zone.label), zone.low_fraction * kPercent,
                                         zone.high_fraction * kPercent, zone.low_bpm, zone.high_bpm});
    }
    return hr;
}

TargetsPace pace_section(const domain::Athlete& athlete, const std::optional<double>& vdot) {
    TargetsPace pace;
    pace.treadmill_grade_pct = science::kTreadmillGradePct;
    if (!vdot) return pace;
    pace.vdot = vdot;
    pace.from_race = TargetsRace{athlete.recent_race->distance_m, athlete.recent_race->time_s};
    pace.race_date = athlete.recent_race->date;
    for (const science::PaceZone& zone : science::pace_zones(*vdot)) {
        TargetsPaceZone row;
        row.name = science::to_string(zone.kind);
        if (zone.low_fraction) row.low_pct_vo2max = *zone.low_fraction * kPercent;
        if (zone.high_fraction) row.high_pct_vo2max = *zone.high_fraction * kPercent;
        row.slow_speed_mps = zone.slow_speed_mps;
        row.fast_speed_mps = zone.fast_speed_mps;
        pace.zones.push_back(row);
    }
    return pace;
}

std::vector<TargetsPrediction> predictions_section(const domain::Athlete& athlete, const std::optional<double>& vdot) {
    std::vector<TargetsPrediction> predictions;
    if (!vdot) return predictions;
    const domain::RaceResult& race = *athlete.recent_race;
    for (const double distance_m : kPredictionDistances) {
        const auto time_s = science::predict_race_time_s(*vdot, distance_m);
        if (!time_s) continue;
        TargetsPrediction prediction{distance_m, *time_s, std::nullopt};
        const double riegel_s = science::riegel_time_s(race.distance_m, race.time_s, distance_m);
        const auto in_range = [](double seconds) { return seconds >= kRiegelMinSeconds && seconds <= kRiegelMaxSeconds; };
        if (in_range(race.time_s) && in_range(riegel_s)) prediction.riegel_time_s = riegel_s;
        predictions.push_back(prediction);
    }
    return predictions;
}

std::vector<TargetsSource> sources_section(const TargetsReport& report, const domain::Athlete& athlete) {
    std::vector<TargetsSource> sources;
    const auto add = [&](std::string topic, std::string_view citation) {
        sources.push_back(TargetsSource{std::move(topic), std::string(citation)});
    };
    add("HR max", report.hr.max_citation);
    add("HR zones", report.hr.zone_source);
    if (report.hr.zone_basis == "hrr") add("heart-rate reserve", science::kKarvonenSource);
    if (report.pace.vdot) {
        add("VDOT and race predictions", science::kDanielsSource);
        add("training paces", science::kDanielsPacesSource);
        add("treadmill setting", science::kTreadmillSource);
        add("race comparison", science::kRiegelSource);
    }
    add("BMR", report.energy.bmr_source);
    add("non-exercise activity factor", science::kActivityFactorSource);
    add("exercise energy", fmt::format("{}; {}; {} (5.0 kcal per litre O2)", science::kAcsmEquationsSource,
                                       science::kMargariaSource, science::kCompendiumSource));
    add("protein", science::kProteinSource);
    add("protein per meal and leucine", science::kProteinDistributionSource);
    add("carbohydrate", science::kCarbSource);
    add("fat", science::kFatSource);
    if (athlete.phase != domain::Phase::maintain) add("rate of weight change", science::kWeightChangeSource);
    if (athlete.fat_free_mass_kg()) add("energy availability", science::kEnergyAvailabilitySource);
    return sources;
}

/// Where the heart-rate zones, paces and race predictions fall short.
void add_heart_and_pace_notes(TargetsReport& report, units::CivilDay today) {
    auto& notes = report.notes;
    if (report.hr.max_source != "measured") {
        notes.push_back(fmt::format(
            "HR max is estimated from age ({}); age formulas miss by about 10 bpm for many people (Robergs & "
            "Landwehr 2002), so a measured max_bpm in the profile gives better zones.",
            report.hr.max_citation));
    }
    if (!report.hr.zones.empty() && report.hr.zone_basis == "hrmax") {
        notes.push_back("No resting heart rate: zones use %HRmax instead of %HRR (Karvonen).");
    }
    if (!report.pace.vdot) {
        notes.push_back("No recent race in the profile: VDOT, pace zones and race predictions are left out "
                        "(add [running] recent_race to get them).");
    } else if (report.pace.race_date && (today - *report.pace.race_date).count() > kStaleRaceDays) {
        notes.push_back(fmt::format("The race behind the VDOT was run on {}, more than a year ago: the paces assume "
                                    "the fitness of that day.",
                                    units::format_iso_date(*report.pace.race_date)));
    }
    const bool riegel_missing = std::any_of(report.predictions.begin(), report.predictions.end(),
                                            [](const TargetsPrediction& p) { return !p.riegel_time_s; });
    if (riegel_missing) {
        notes.push_back("Riegel comparisons are shown only within its validity (about 3.5 min to 3 h 50 min).");
    }
}

/// Where a reference day's carbohydrate leaves its Thomas 2016 band or sets the energy.
void add_carbohydrate_notes(std::vector<std::string>& notes, const TargetsDay& day) {
    const science::DayNutrition& n = day.nutrition;
    if (n.carb_floor_added_kcal > 0) {
        notes.push_back(fmt::format(
            "{} day: carbohydrate is held at the floor of the Thomas 2016 {} band ({:g} g/kg), so energy is "
            "{} kcal above the phase target.",
            day.key, science::to_string(n.carb_band.thomas_band), n.carb_band.low_g_per_kg,
            util::format_whole(n.carb_floor_added_kcal)));
    }
    if (n.carbs_below_band) {
        notes.push_back(fmt::format(
            "{} day: on a cut, carbohydrate ({} g) is {} g below the floor of the Thomas 2016 {} band ({:g} g/kg): "
            "the deficit is kept, protein and the fat floor come first and carbohydrate takes the rest (Helms "
            "2014).{}",
            day.key, util::format_whole(n.carbs_g), util::format_whole(n.carbs_below_band_g),
            science::to_string(n.carb_band.thomas_band), n.carb_band.low_g_per_kg,
            n.carbs_g <= 0 ? " Protein and the fat floor alone use up the deficit target (energy is raised to "
                             "cover them); a slower rate would leave room for carbohydrate."
                           : ""));
    }
    if (n.carbs_capped_at_band_top) {
        notes.push_back(fmt::format("{} day: carbohydrate is capped at the top of its band ({:g} g/kg); the "
                                    "remaining energy goes to fat.",
                                    day.key, n.carb_band.high_g_per_kg));
    }
}

void add_energy_availability_notes(TargetsReport& report, const domain::Athlete& athlete) {
    auto& notes = report.notes;
    // Energy availability: every day's value and band is in the table; notes flag "low" (< 30, the verified
    // threshold) for everyone, and "reduced" (30–44) only for women, since the thresholds were established mainly
    // in women and are unknown in men (evidence.md §5 "Energy availability").
    const auto days_in_band = [&](science::EnergyAvailabilityBand band) {
        std::vector<std::string> keys;
        for (const TargetsDay& day : report.days) {
            if (day.nutrition.energy_availability_band == band) keys.push_back(day.key);
        }
        return fmt::format("{}", fmt::join(keys, ", "));
    };
    const std::string low_days = days_in_band(science::EnergyAvailabilityBand::low);
    if (!low_days.empty()) {
        notes.push_back(fmt::format(
            "Energy availability is low (< 30 kcal/kg fat-free mass, where endocrine and bone markers are disrupted) "
            "on these days: {}.{}",
            low_days,
            athlete.sex == domain::Sex::male
                ? " The thresholds were established mainly in women; in men they are unknown."
                : ""));
    }
    const std::string reduced_days = days_in_band(science::EnergyAvailabilityBand::reduced);
    if (!reduced_days.empty() && athlete.sex == domain::Sex::female) {
        notes.push_back(fmt::format(
            "Energy availability is reduced (30-44 kcal/kg fat-free mass, below the 45 considered adequate) on these "
            "days: {}.",
            reduced_days));
    }
}

void add_notes(TargetsReport& report, const domain::Athlete& athlete, units::CivilDay today) {
    add_heart_and_pace_notes(report, today);
    if (athlete.phase != domain::Phase::maintain) {
        report.notes.push_back(fmt::format(
            "The {} uses {:g} kcal per kg of body-mass change: evidence.md has no number for this; it is the usual "
            "3500 kcal/lb rule (see docs/commands/targets.md).",
            athlete.phase == domain::Phase::cut ? "deficit" : "surplus", science::kKcalPerKgBodyMassChange));
    }
    for (const TargetsDay& day : report.days) add_carbohydrate_notes(report.notes, day);
    add_energy_availability_notes(report, athlete);
}

}  // namespace

std::array<TargetsDay, 4> reference_days(const domain::Athlete& athlete, const std::optional<double>& vdot) {
    std::array<TargetsDay, 4> days;
    days[0].key = "rest";
    days[0].description = "no training";

    days[1].key = "easy";
    if (athlete.experience == domain::RunningExperience::new_runner) {
        SessionLoad run_walk;
        run_walk.kind = SessionLoad::Kind::walk_run;
        run_walk.duration_min = kNewRunnerRunWalkMin;
        days[1].sessions.push_back(run_walk);
        days[1].description = fmt::format("{:g} min run/walk (new runner)", kNewRunnerRunWalkMin);
    } else {
        SessionLoad easy;
        easy.kind = SessionLoad::Kind::run;
        easy.duration_min = kEasyRunMin;
        easy.speed_mps = pace_middle_mps(vdot, science::PaceKind::easy);
        days[1].sessions.push_back(easy);
        days[1].description = fmt::format("{:g} min easy run{}", kEasyRunMin, vdot ? " at E pace" : "");
    }

    const SessionLoad lift = lifting_session(athlete);
    days[2].key = "lift";
    days[2].sessions.push_back(lift);
    days[2].description = describe_lift(lift);

    days[3].key = "hard";
    SessionLoad quality;
    quality.intensity = Intensity::high;
    if (athlete.experience == domain::RunningExperience::new_runner) {
        quality.kind = SessionLoad::Kind::walk_run;
        quality.duration_min = kNewRunnerRunWalkMin;
        days[3].description =
            fmt::format("{} + {:g} min brisk run/walk (new runner)", describe_lift(lift), kNewRunnerRunWalkMin);
    } else {
        quality.kind = SessionLoad::Kind::run;
        quality.duration_min = kQualityRunMin;
        quality.speed_mps = pace_middle_mps(vdot, science::PaceKind::threshold);
        days[3].description =
            fmt::format("{} + {:g} min quality run{}", describe_lift(lift), kQualityRunMin, vdot ? " at T pace" : "");
    }
    days[3].sessions = {lift, quality};

    return days;
}

TargetsReport build_targets_report(const domain::Athlete& athlete, units::CivilDay today,
                                   domain::UnitSystem display_units, const EnergyUsed& expenditure) {
    TargetsReport report;
    report.date = today;
    report.expenditure = expenditure;
    report.units = display_units;
    const int age_years = athlete.age_on(today);

    report.athlete = TargetsAthlete{athlete.name,
                                    athlete.sex,
                                    age_years,
                                    athlete.height_m,
                                    athlete.weight_kg,
                                    athlete.body_fat_pct,
                                    athlete.resting_hr_bpm,
                                    athlete.phase,
                                    athlete.rate_pct_per_week,
                                    athlete.lifestyle,
                                    athlete.experience};

    report.hr = heart_rate_section(athlete, age_years);
    const std::optional<double> vdot = athlete_vdot(athlete);
    report.pace = pace_section(athlete, vdot);
    report.predictions = predictions_section(athlete, vdot);

    const science::BmrEstimate bmr = science::estimate_bmr(athlete, age_years);
    report.energy = TargetsEnergy{bmr.kcal, science::to_string(bmr.equation), std::string(bmr.source),
                                  science::neat_factor(athlete.lifestyle)};

    report.days = reference_days(athlete, vdot);
    for (TargetsDay& day : report.days) day.nutrition = science::day_nutrition(athlete, age_years, day.sessions, expenditure.offset_kcal);
    // Protein is set by the phase and body mass, the same every day: the rest day's is the day's.
    report.protein.daily_g = report.days[0].nutrition.protein_g;
    report.protein.distribution = science::protein_distribution(report.protein.daily_g, athlete.weight_kg, age_years);

    report.sources = sources_section(report, athlete);
    add_notes(report, athlete, today);
    return report;
}

}  // namespace ironstride::planner
