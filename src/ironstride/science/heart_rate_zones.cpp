#include "ironstride/science/heart_rate_zones.hpp"

#include <cassert>
#include <cmath>

namespace ironstride::science {

namespace {

struct ZoneEdge {
    std::string_view label;
    double low_fraction;
};

/// Lower edges of Z1…Z5; each zone ends where the next begins, the last at 100 %.
using ZoneTable = std::array<ZoneEdge, 5>;

// evidence.md §2 "Intensity classification", ACSM/Garber 2011, %HRR column (vigorous 60–89 split at 75).
constexpr ZoneTable kAcsmHrr{{{"light", 0.30},
                              {"moderate", 0.40},
                              {"vigorous (lower half)", 0.60},
                              {"vigorous (upper half)", 0.75},
                              {"near-maximal", 0.90}}};
// Same table, %HRmax column (vigorous 77–95 split at 86; near-maximal "≥95/96" taken as 96).
constexpr ZoneTable kAcsmHrmax{{{"light", 0.57},
                                {"moderate", 0.64},
                                {"vigorous (lower half)", 0.77},
                                {"vigorous (upper half)", 0.86},
                                {"near-maximal", 0.96}}};
// evidence.md §2 "Zone models", Seiler 5-zone table (%HRmax; zone 5 [R]).
constexpr ZoneTable kSeiler{{{"lactate 0.8-1.5 mmol/L", 0.60},
                             {"lactate 1.5-2.5 mmol/L", 0.72},
                             {"lactate 2.5-4.0 mmol/L", 0.82},
                             {"lactate 4.0-6.0 mmol/L", 0.88},
                             {"lactate 6.0-10.0 mmol/L", 0.94}}};

constexpr std::array<std::string_view, 5> kZoneNames{"Z1", "Z2", "Z3", "Z4", "Z5"};

const ZoneTable& table_of(ZoneModel model) {
    switch (model) {
        case ZoneModel::acsm_hrr: return kAcsmHrr;
        case ZoneModel::acsm_hrmax: return kAcsmHrmax;
        case ZoneModel::seiler_hrmax: return kSeiler;
    }
    return kAcsmHrmax;
}

int round_bpm(double bpm) { return static_cast<int>(std::lround(bpm)); }

}  // namespace

double karvonen_target_bpm(double max_hr_bpm, double resting_hr_bpm, double fraction_of_reserve) {
    return resting_hr_bpm + fraction_of_reserve * (max_hr_bpm - resting_hr_bpm);
}

double fraction_of_reserve(double hr_bpm, double max_hr_bpm, double resting_hr_bpm) {
    assert(max_hr_bpm > resting_hr_bpm && "HRmax must exceed resting HR");
    return (hr_bpm - resting_hr_bpm) / (max_hr_bpm - resting_hr_bpm);
}

const char* to_string(ZoneModel model) {
    switch (model) {
        case ZoneModel::acsm_hrr: return "acsm_hrr";
        case ZoneModel::acsm_hrmax: return "acsm_hrmax";
        case ZoneModel::seiler_hrmax: return "seiler_hrmax";
    }
    return "?";
}

std::string_view describe(ZoneModel model) {
    switch (model) {
        case ZoneModel::acsm_hrr: return "ACSM/Garber 2011 intensity classes, %HRR (Karvonen); Z2 = moderate";
        case ZoneModel::acsm_hrmax: return "ACSM/Garber 2011 intensity classes, %HRmax; Z2 = moderate";
        case ZoneModel::seiler_hrmax: return "Seiler 5-zone model, %HRmax; Z2 = 1.5-2.5 mmol/L lactate";
    }
    return {};
}

std::string_view source_of(ZoneModel model) {
    switch (model) {
        case ZoneModel::acsm_hrr:
        case ZoneModel::acsm_hrmax: return kAcsmIntensitySource;
        case ZoneModel::seiler_hrmax: return kSeilerZonesSource;
    }
    return {};
}

HrZones heart_rate_zones(ZoneModel model, double max_hr_bpm, std::optional<double> resting_hr_bpm) {
    HrZones result;
    result.model = model;
    result.max_hr_bpm = max_hr_bpm;
    const bool by_reserve = model == ZoneModel::acsm_hrr;
    assert((!by_reserve || (resting_hr_bpm && *resting_hr_bpm < max_hr_bpm)) && "%HRR zones need a resting HR");
    if (by_reserve) result.resting_hr_bpm = resting_hr_bpm;
    const double rest = by_reserve ? resting_hr_bpm.value_or(0.0) : 0.0;
    const auto edge_bpm = [&](double fraction) { return karvonen_target_bpm(max_hr_bpm, rest, fraction); };

    const ZoneTable& table = table_of(model);
    for (std::size_t i = 0; i < table.size(); ++i) {
        const bool last = i + 1 == table.size();
        const double high_fraction = last ? 1.0 : table[i + 1].low_fraction;
        result.zones[i] = HrZone{kZoneNames[i],
                                 table[i].label,
                                 table[i].low_fraction,
                                 high_fraction,
                                 round_bpm(edge_bpm(table[i].low_fraction)),
                                 last ? round_bpm(max_hr_bpm) : round_bpm(edge_bpm(high_fraction)) - 1};
    }
    return result;
}

HrZones default_heart_rate_zones(double max_hr_bpm, std::optional<double> resting_hr_bpm) {
    if (resting_hr_bpm && *resting_hr_bpm > 0 && *resting_hr_bpm < max_hr_bpm) {
        return heart_rate_zones(ZoneModel::acsm_hrr, max_hr_bpm, resting_hr_bpm);
    }
    return heart_rate_zones(ZoneModel::acsm_hrmax, max_hr_bpm, std::nullopt);
}

}  // namespace ironstride::science
