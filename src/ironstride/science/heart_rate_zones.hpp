#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ironstride::science {

// Heart-rate zones. evidence.md §2 "Heart-rate reserve (Karvonen)", "Intensity classification (ACSM / Garber et al.
// 2011)" and "Zone models". "Zone 2" is ambiguous (evidence.md trap 3), so every zone set carries its model.

inline constexpr std::string_view kKarvonenSource = "Karvonen, Kentala & Mustala 1957, Ann Med Exp Biol Fenn 35:307";
inline constexpr std::string_view kAcsmIntensitySource = "ACSM / Garber et al. 2011, Med Sci Sports Exerc 43:1334-1359";
inline constexpr std::string_view kSeilerZonesSource = "Seiler 5-zone (Norwegian Olympic) model";

/// Karvonen: HRrest + f × (HRmax − HRrest), bpm. [TEST VECTOR] 190/60: f 0.60 → 138, 0.70 → 151.
[[nodiscard]] double karvonen_target_bpm(double max_hr_bpm, double resting_hr_bpm, double fraction_of_reserve);
/// The inverse: (HR − HRrest) / (HRmax − HRrest). Requires HRmax > HRrest.
[[nodiscard]] double fraction_of_reserve(double hr_bpm, double max_hr_bpm, double resting_hr_bpm);

/// Zone models:
/// - acsm_hrr: the ACSM/Garber 2011 intensity classes by %HRR (Karvonen), used when resting HR is known:
///   Z1 light 30–39, Z2 moderate 40–59, Z3 vigorous 60–74, Z4 vigorous 75–89, Z5 near-maximal ≥ 90 %HRR.
/// - acsm_hrmax: the same classes by the table's %HRmax column, used without a resting HR:
///   Z1 light 57–63, Z2 moderate 64–76, Z3 vigorous 77–85, Z4 vigorous 86–95, Z5 near-maximal ≥ 96 %HRmax.
/// - seiler_hrmax: Seiler's 5 zones, 60–72 / 72–82 / 82–87 / 88–93 / 94–100 %HRmax (Z2 = 1.5–2.5 mmol/L lactate).
/// In the ACSM models Z2 is always ACSM "moderate" (the citable %HRR band, evidence.md "%HRR-based Zone 2"), and
/// the table's single "vigorous" class is split at its midpoint into Z3 and Z4 to give five zones (our choice; the
/// evidence has no split). The 2011 table is used, not the 10th edition (evidence.md trap 4).
enum class ZoneModel { acsm_hrr, acsm_hrmax, seiler_hrmax };

/// "acsm_hrr", "acsm_hrmax", "seiler_hrmax".
[[nodiscard]] const char* to_string(ZoneModel model);
/// A one-line description naming the model and its anchor, e.g. "ACSM/Garber 2011 intensity classes, %HRR (Karvonen)".
[[nodiscard]] std::string_view describe(ZoneModel model);
[[nodiscard]] std::string_view source_of(ZoneModel model);

/// One zone: [low_fraction, high_fraction) of HRR or HRmax, and whole-bpm bounds that tile without gaps or overlap
/// (low_bpm = round(edge), high_bpm = round(next edge) − 1; the top zone ends at round(HRmax)).
struct HrZone {
    std::string_view name;   ///< "Z1" … "Z5"
    std::string_view label;  ///< "moderate", "lactate 1.5-2.5 mmol/L", …
    double low_fraction = 0;
    double high_fraction = 0;
    int low_bpm = 0;
    int high_bpm = 0;
};

struct HrZones {
    ZoneModel model = ZoneModel::acsm_hrmax;
    double max_hr_bpm = 0;
    std::optional<double> resting_hr_bpm;  ///< set for acsm_hrr
    std::array<HrZone, 5> zones{};

    [[nodiscard]] const HrZone& zone2() const { return zones[1]; }
};

/// Zones of a model. acsm_hrr needs a resting HR below HRmax (asserts); the %HRmax models ignore it.
[[nodiscard]] HrZones heart_rate_zones(ZoneModel model, double max_hr_bpm, std::optional<double> resting_hr_bpm);

/// The default: acsm_hrr when a resting HR (> 0 and below HRmax) is known, else acsm_hrmax.
[[nodiscard]] HrZones default_heart_rate_zones(double max_hr_bpm, std::optional<double> resting_hr_bpm);

}  // namespace ironstride::science
