#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/science/bmr.hpp"
#include "ironstride/science/energy_availability.hpp"
#include "ironstride/science/macros.hpp"

namespace ironstride::science {

/// How hard a planned session is meant to be, as the planner labels it.
enum class Intensity { easy, moderate, high };

/// A day's training load class, mapped onto the carbohydrate bands of Thomas, Erdman & Burke 2016 (evidence.md §5
/// "Carbohydrate periodisation"): rest → light band (3–5 g/kg; Thomas has no band below "light"), easy → light
/// (3–5), moderate → moderate (~1 h/day, 5–7), hard → high (1–3 h/day moderate–high intensity, 6–10).
enum class LoadClass { rest, easy, moderate, hard };

[[nodiscard]] const char* to_string(Intensity intensity);
[[nodiscard]] const char* to_string(LoadClass load);

/// One planned session of a day, as the planner describes it to the energy model.
///
/// Energy (net of the resting 1 MET already inside BMR, see session_net_kcal):
/// - run: ACSM running equation net term 0.2·S (S in m/min) over the session, i.e. 0.2 ml/kg per metre of
///   distance_m, or of speed_mps × duration when the distance is absent; with neither, a Compendium 2011 running MET
///   by intensity (easy 12020 jogging 7.0, moderate 12030 5 mph 8.3, high 12050 6 mph 9.8).
/// - walk: ACSM walking equation net term 0.1·S likewise; else Compendium 17190 3.5 / 17200 4.3 / 17220 5.0 MET.
/// - walk_run: half the time at Compendium 12020 jogging (7.0) and half at 17190 walking (3.5), as in the early
///   Couch-to-5K weeks (about 1:1 run:walk, evidence.md §2 "Beginner run/walk progression"); speed is ignored.
/// - lift: Compendium 2011 resistance codes: high → 02050 vigorous (6.0); otherwise lower_body_heavy → 02052
///   squats/deadlift (5.0); otherwise 02054 multiple exercises 8–15 reps (3.5).
struct SessionLoad {
    enum class Kind { run, walk_run, walk, lift };
    Kind kind = Kind::run;
    double duration_min = 0;          ///< > 0
    std::optional<double> distance_m;  ///< run/walk: used for speed when speed_mps is absent
    std::optional<double> speed_mps;   ///< run/walk: average speed
    Intensity intensity = Intensity::easy;
    bool lower_body_heavy = false;  ///< lift: heavy squats/deadlifts
};

[[nodiscard]] const char* to_string(SessionLoad::Kind kind);

/// Net energy of one session in kcal (above the 1 MET of rest that BMR × NEAT already counts), for a body mass in
/// kg. Oxygen is converted at kKcalPerLitreO2 (5.0 kcal/L, the ACSM convention kcal/min = MET × 3.5 × kg / 200),
/// which makes the running term exactly Margaria's ~1 kcal/kg/km (evidence.md §5 "Energy cost of running and
/// walking"). Returns 0 for a non-positive duration.
[[nodiscard]] double session_net_kcal(const SessionLoad& session, double weight_kg);

/// Classifies a day's sessions by their energy and intensity, not by the mere presence of one (evidence.md §5,
/// Thomas 2016 bands by hours a day and intensity). Energy is the day's net exercise energy in kcal per kg of body
/// mass (session_net_kcal / weight; Margaria: running costs ~1 kcal/kg/km, so 10 kcal/kg is about an hour of easy
/// running); "work" is a moderate- or high-intensity run or lift (walking is light activity, Compendium < 6 MET):
/// - rest: no sessions;
/// - hard: a high-intensity session within ≥ 60 min of work, or ≥ 15 kcal/kg of anything (1.5–2 h of running)
///   ("High: 1–3 h/day, moderate–high intensity");
/// - moderate: ≥ 10 kcal/kg; ≥ 4 kcal/kg including work (an hour of heavy squats, Compendium 02052); or a
///   high-intensity session of ≥ 20 min ("Moderate: ~1 h/day");
/// - easy: anything else, e.g. a 30-min brisk walk (~1.7 kcal/kg), a 45-min easy run (~7 kcal/kg) or an hour of
///   upper-body lifting (~2.6 kcal/kg) ("Light: low intensity").
[[nodiscard]] LoadClass classify_day_load(std::span<const SessionLoad> sessions, double weight_kg);

/// Carbohydrate band in g/kg body mass per day for a load class (Thomas, Erdman & Burke 2016).
struct CarbBand {
    double low_g_per_kg = 0;
    double high_g_per_kg = 0;
    ThomasLoad thomas_band = ThomasLoad::light;
};
[[nodiscard]] CarbBand carb_band(LoadClass load);

/// NEAT (non-exercise) factor on BMR for a lifestyle; training is added separately, as evidence.md §5 "Activity
/// multipliers" advises (BMR × 1.2 plus logged exercise, to avoid double-counting). sedentary 1.2, light 1.375,
/// active 1.55: the first three calculator factors (activity_factor.hpp) [S], each below the FAO/WHO/UNU 2004 PAL
/// band of the matching lifestyle (1.40–1.69 / 1.70–1.99) because exercise is counted on top.
[[nodiscard]] double neat_factor(domain::Lifestyle lifestyle);

/// One day's energy and macronutrient targets.
struct DayNutrition {
    LoadClass load = LoadClass::rest;
    BmrEstimate bmr;
    double neat_factor = 1.2;
    double exercise_kcal = 0;      ///< Σ session_net_kcal
    /// The athlete's measured expenditure minus the equations' need over the same days (planner::EnergyUsed), added
    /// to the maintenance; 0 when the calories come from the equations.
    double expenditure_offset_kcal = 0;
    double maintenance_kcal = 0;   ///< bmr × neat_factor + exercise_kcal + expenditure_offset_kcal (≥ bmr)
    double phase_adjust_kcal = 0;  ///< < 0 deficit (cut), > 0 surplus (lean bulk), 0 maintain
    /// Final energy target = maintenance + phase adjustment + carb_floor_added_kcal. On a cut the deficit always
    /// holds (carb_floor_added_kcal stays 0; see carbs_below_band); maintain and lean bulk raise kcal to the band.
    double kcal = 0;
    double protein_g = 0;
    double carbs_g = 0;
    double fat_g = 0;
    CarbBand carb_band;
    /// > 0 when the remainder left for carbohydrate was below the load class's band floor: carbs were raised to the
    /// floor and kcal rose by this many kcal above the phase target (maintain and lean bulk only).
    double carb_floor_added_kcal = 0;
    /// Cut only: the remainder left for carbohydrate after protein and the fat floor was below the load class's band
    /// floor. The deficit is kept (Helms 2014: carbohydrate makes up the rest) and this flags the shortfall.
    bool carbs_below_band = false;
    /// Grams of carbohydrate below the band floor when carbs_below_band (≥ 0).
    double carbs_below_band_g = 0;
    /// True when the remainder exceeded the band's top: carbs were capped there and the excess went to fat.
    bool carbs_capped_at_band_top = false;
    /// (kcal − exercise_kcal) / fat-free mass, when body fat is known (evidence.md §5 "Energy availability").
    std::optional<double> energy_availability_kcal_per_kg_ffm;
    std::optional<EnergyAvailabilityBand> energy_availability_band;
};

/// A day's targets for an athlete of a given age doing the given sessions:
/// 1. energy = estimate_bmr × neat_factor(lifestyle) + Σ session_net_kcal + expenditure_offset_kcal (the measured
///    correction, evidence.md §13; never below the BMR);
/// 2. phase: cut −, lean_bulk + (rate_pct_per_week / 100 × weight_kg × kKcalPerKgBodyMassChange / 7); a lean-bulk
///    surplus is capped at 20 % of maintenance, the top of Iraki 2019's 10–20 % (see macros.hpp);
/// 3. protein by phase (0.8–1.0 g/lb, macros.hpp protein_g_per_kg);
/// 4. fat at kFatShareOfEnergy of the energy, never under its floor (macros.hpp fat_floor_g); when that share would
///    push carbohydrate under the load class's band floor, fat gives back toward its floor first;
/// 5. carbs take the remainder (Helms 2014, evidence.md §5: "carbohydrate makes up the rest"); above the band's top
///    they are capped and fat takes the excess. Below the band floor:
///    - cut: kcal stays at the deficit target, carbs keep the remainder and carbs_below_band flags the shortfall
///      (a cut's deficit is the point of the phase; raising kcal to Thomas 2016's floor would erase it). Only when
///      protein and the fat floor alone exceed the target (remainder < 0) do carbs stop at 0 and kcal rise to
///      protein + fat floor;
///    - maintain / lean bulk: carbs are raised to the floor and kcal rises (carb_floor_added_kcal; the fat floor is
///      re-checked against the raised kcal).
/// Always 4·protein_g + 4·carbs_g + 9·fat_g = kcal (Atwater factors, macros.hpp).
/// Requires weight_kg > 0 and a positive duration per session.
[[nodiscard]] DayNutrition day_nutrition(const domain::Athlete& athlete, int age_years,
                                         std::span<const SessionLoad> sessions, double expenditure_offset_kcal = 0);

}  // namespace ironstride::science
