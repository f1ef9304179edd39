#pragma once

#include <span>
#include <string_view>

namespace ironstride::analysis {

/// One entry of ../shared/evidence.md that a finding rests on: the study, the number the product quotes from it, and
/// its verification tag. Entries marked [NF] there are never listed here (tests/unit/analysis/evidence_test.cpp reads
/// evidence.md and checks that every anchor is present, is not [NF], and that every number of `claim` appears in the
/// text from the anchor to the next heading).
struct EvidenceRef {
    std::string_view id;        ///< stable key, e.g. "wilson2012" (JSON `evidence[].id`)
    std::string_view anchor;    ///< text that starts the entry in evidence.md (without Markdown emphasis)
    std::string_view citation;  ///< authors, year, journal
    std::string_view claim;     ///< what the study found, with its numbers as evidence.md gives them
    std::string_view tag;       ///< "V", "S", "R" or "computed" (evidence.md "How to read this file")
};

namespace evidence {

// §1 Concurrent training / interference effect
inline constexpr EvidenceRef kHickson1980{
    "hickson1980", "Hickson 1980", "Hickson 1980, Eur J Appl Physiol Occup Physiol 45:255-263",
    "10 weeks of combined strength and endurance training: strength rose for about 7 weeks, then levelled off and "
    "fell over weeks 9–10, while VO2max gains were not blunted (the week numbers are unverified).",
    "R"};
inline constexpr EvidenceRef kWilson2012{
    "wilson2012", "Wilson et al. 2012", "Wilson et al. 2012, J Strength Cond Res 26(8):2293-2307",
    "Meta-analysis of 21 studies: concurrent training with running, not cycling, gave significant drops in "
    "hypertrophy and strength; effect sizes fell as endurance frequency rose (r up to −0.35) and as session duration "
    "rose (r −0.29 to −0.75).",
    "V"};
inline constexpr EvidenceRef kPetre2021{
    "petre2021", "Petré et al. 2021", "Petré et al. 2021, Sports Med 51:991-1010",
    "Lower-body 1RM in trained people: ES −0.35 with concurrent training, present only when lifting and endurance "
    "were in the same session (ES −0.66) and not in separate sessions (ES −0.10).",
    "V"};
inline constexpr EvidenceRef kSchumann2022{
    "schumann2022", "Schumann et al. 2022", "Schumann et al. 2022, Sports Med 52:601-612",
    "43 studies: maximal strength SMD −0.06 and hypertrophy −0.01 (both not significant); explosive strength −0.28, "
    "with no significant loss when sessions were ≥3 h apart.",
    "V"};
inline constexpr EvidenceRef kLundberg2022{
    "lundberg2022", "Lundberg et al. 2022", "Lundberg et al. 2022, Sports Med 52:2391-2403",
    "Muscle-fibre hypertrophy SMD −0.23 overall, type I −0.34, negative for type I fibres when the aerobic work was "
    "running, not cycling; the authors call the effect relatively small.",
    "V"};
inline constexpr EvidenceRef kMurachBagley2016{
    "murach_bagley2016", "Murach & Bagley 2016", "Murach & Bagley 2016, Sports Med",
    "To maximise hypertrophy: separate bouts by 6–24 h, keep aerobic volume low (2–3 aerobic days/week), favour "
    "cycling over running.",
    "V"};
inline constexpr EvidenceRef kRobineau2016{
    "robineau2016", "Robineau et al. 2016", "Robineau et al. 2016, J Strength Cond Res 30(3):672-683",
    "58 rugby players, 7 weeks: maximal strength gains were smaller with 0 h between strength and aerobic sessions "
    "than with 6 h or 24 h.",
    "V"};
inline constexpr EvidenceRef kSabag2018{
    "sabag2018", "Sabag et al. 2018", "Sabag et al. 2018, J Sports Sci 36(21):2472-2483",
    "Concurrent HIIT + resistance vs resistance only: no difference in hypertrophy; lower-body strength ES −0.248.",
    "V"};
inline constexpr EvidenceRef kBaar2014{
    "baar2014", "Baar 2014", "Baar 2014, Sports Med 44 Suppl 2:S117-S125",
    "Do high-intensity endurance work early in the day and allow ≥3 h before lifting.", "S"};

// §2 Running programming: progression
inline constexpr EvidenceRef kFrandsen2025{
    "frandsen2025", "Frandsen et al. 2025", "Frandsen et al. 2025, Br J Sports Med",
    "5205 runners: a single run longer than the longest run of the previous 30 days raised injury rate: >10–30% "
    "longer HRR 1.64, >30–100% HRR 1.52, >100% HRR 2.28.",
    "V"};
inline constexpr EvidenceRef kNielsen2014{
    "nielsen2014", "Nielsen et al. 2014 (J Orthop", "Nielsen et al. 2014, J Orthop Sports Phys Ther 44(10):739-747",
    "874 novice runners: weekly progression >30% vs <10% gave a hazard ratio of 1.59 (95% CI 0.96–2.66; p = 0.07) "
    "for distance-related injuries; the authors read it as >30% over 2 weeks raising vulnerability.",
    "V"};
inline constexpr EvidenceRef kBuist2008{
    "buist2008", "Buist et al. 2008", "Buist et al. 2008, Am J Sports Med 36(1):33-39",
    "The 10% weekly rule prevented nothing: injuries 20.8% vs 20.3% in 532 novice runners.", "V"};

// §7 ACWR (context only)
inline constexpr EvidenceRef kImpellizzeri2021{
    "impellizzeri2021", "Impellizzeri et al. 2021", "Impellizzeri et al. 2021, Sports Med 51:581-592",
    "ACWR barely beat chance (c-statistic 0.574) and dividing by fixed or random chronic loads reproduced its injury "
    "odds ratios: show it as information, do not gate training on it.",
    "V"};
inline constexpr EvidenceRef kLolli2019{
    "lolli2019", "Lolli et al. 2019", "Lolli et al. 2019, Br J Sports Med 53:921",
    "The conventional ACWR is mathematically coupled: acute load is part of chronic load.", "V"};

// §3 Sprint intervals
inline constexpr EvidenceRef kHazell2014{
    "hazell2014", "Hazell, Hamilton, Olver & Lemon 2014",
    "Hazell, Hamilton, Olver & Lemon 2014, Appl Physiol Nutr Metab 39(8):944-950",
    "6 weeks, 3 sessions/week of 4 to 6 × 30 s all-out running sprints: fat mass −8.0%, fat-free mass +1.3% "
    "(p = 0.05, n = 15, no control group; plethysmography, not DXA).",
    "V"};

// §4 Muscle loss, ultra-endurance, bone
inline constexpr EvidenceRef kKnechtleKohler2007{
    "knechtle_kohler2007", "Knechtle & Kohler 2007", "Knechtle & Kohler 2007, J Sports Sci Med 6:401-407",
    "338 km in 5 days: calculated skeletal muscle mass −0.63 ± 0.79 kg, mostly during stage 1.", "V"};
inline constexpr EvidenceRef kDeutschlandlauf2007{
    "deutschlandlauf2007", "Deutschlandlauf 2007", "Knechtle et al., J Sports Sci Med (Deutschlandlauf 2007)",
    "1,200 km in 17 days: skeletal muscle mass −2.0 kg, fat mass −3.9 kg.", "V"};
inline constexpr EvidenceRef kSchutz2013{
    "schutz2013", "Schütz et al. 2013", "Schütz et al. 2013, BMC Med 11:122",
    "TransEurope FootRace, 4,486 km in 64 days (whole-body MRI): leg muscle volume −7%.", "V"};
inline constexpr EvidenceRef kMillet2011{
    "millet2011", "Millet et al. 2011", "Millet et al. 2011, PLoS One",
    "166 km mountain ultra: knee-extensor maximal voluntary contraction −35%; neuromuscular function back to "
    "baseline by 16 days.",
    "V"};
inline constexpr EvidenceRef kTrappe2009{
    "trappe2009", "Trappe et al. 2009", "Trappe et al. 2009, J Appl Physiol 106:1159-1168",
    "Astronauts exercising on treadmill, cycle and resistance devices still lost calf muscle; energy intake was "
    "17–23% below predicted need.",
    "V"};
inline constexpr EvidenceRef kRavnholt2018{
    "ravnholt2018", "Ravnholt et al. 2018 (Eur J", "Ravnholt et al. 2018, Eur J Appl Physiol 118:1221-1230",
    "Untrained adults, 7 weeks, 3 days/week of 5–10–15 interval running: BMD +0.9%, lean body mass +1.1%.", "V"};
inline constexpr EvidenceRef kPiasecki2018{
    "piasecki2018", "Piasecki et al. 2018", "Piasecki et al. 2018, Arch Osteoporos 13:72",
    "Hip BMD in master sprinters was 10% and 14% higher than in master endurance runners and controls; endurance "
    "runners did not differ from controls.",
    "V"};

// §5 Nutrition
inline constexpr EvidenceRef kMorton2018{
    "morton2018", "Morton et al. 2018", "Morton et al. 2018, Br J Sports Med 52:376-384",
    "49 RCTs: no further fat-free-mass gain beyond 1.62 g/kg/day of protein.", "V"};
inline constexpr EvidenceRef kProteinPerLb{
    "protein_g_per_lb", "\"0.8–1 g per lb\" converts", "evidence.md §5 Protein (computed)",
    "0.8–1 g per lb converts to 1.76–2.20 g/kg, the upper end of the Morton CI and Iraki's range.", "computed"};
inline constexpr EvidenceRef kJager2017{
    "jager2017", "ISSN position stand: Jäger et al. 2017", "Jäger et al. 2017, J Int Soc Sports Nutr 14:20",
    "1.4–2.0 g/kg/day is enough for most exercising people; 2.3–3.1 g/kg/day may be needed to keep lean mass during "
    "energy deficits.",
    "V"};
inline constexpr EvidenceRef kLoucks{
    "loucks", "Formula: EA = (energy intake", "Loucks & Thuma 2003; Loucks, Kiens & Wright 2011",
    "Energy availability <30 kcal/kg FFM/day disrupts endocrine and bone markers; ≥45 is adequate (thresholds set "
    "mainly in women).",
    "V"};
inline constexpr EvidenceRef kHelms2014Rate{
    "helms2014", "Loss: 0.5–1% of body weight per week", "Helms, Aragon & Fitschen 2014, J Int Soc Sports Nutr 11:20",
    "Lose 0.5–1% of body weight per week to maximise muscle retention.", "V"};

// §6 Lifting
inline constexpr EvidenceRef kRogerson2024{
    "rogerson2024", "Rogerson et al. 2024", "Rogerson et al. 2024, Sports Med Open 10:26",
    "246 strength and physique athletes deload by cutting volume, lowering load and reducing effort (more reps in "
    "reserve), keeping the same exercises.",
    "V"};

// §7 Recovery
inline constexpr EvidenceRef kNsf2015{
    "nsf2015", "National Sleep Foundation", "Hirshkowitz et al. 2015, Sleep Health 1:40-43",
    "7–9 h of sleep for adults.", "V"};
inline constexpr EvidenceRef kAasm2015{
    "aasm2015", "AASM/SRS", "Watson et al. 2015, Sleep 38(8):1161-1183", "Adults should sleep ≥7 h per night regularly.",
    "V"};
inline constexpr EvidenceRef kLamon2021{
    "lamon2021", "Lamon et al. 2021", "Lamon et al. 2021, Physiol Rep 9:e14660",
    "One night without sleep: postprandial muscle protein synthesis −18%, cortisol +21%, testosterone −24%.", "V"};
inline constexpr EvidenceRef kDuking2021{
    "duking2021", "Düking et al. 2021", "Düking et al. 2021, J Sci Med Sport",
    "HRV-guided vs pre-planned training: performance g = 0.079 (not significant), submaximal physiology g = 0.296; "
    "a modest, optional adjustment, not a primary driver.",
    "V"};

// §8 Physical Activity Guidelines
inline constexpr EvidenceRef kPag2018{
    "pag2018", "Aerobic: adults should do", "Physical Activity Guidelines for Americans, 2nd ed. (US DHHS 2018)",
    "Adults: 150–300 min/week moderate or 75–150 min/week vigorous aerobic activity, and muscle-strengthening on ≥2 "
    "days/week.",
    "V"};

// §9 Training load
inline constexpr EvidenceRef kBanisterCoggan{
    "banister_coggan", "CTL/ATL as exponentially weighted moving averages", "Banister et al. 1975; Coggan, Performance Manager",
    "Fitness (CTL, 42-day) and fatigue (ATL, 7-day) as exponentially weighted averages of daily TRIMP; form TSB = "
    "CTL − ATL.",
    "S"};

// §16 Returning after a break
inline constexpr EvidenceRef kBosquet2013{
    "bosquet2013", "Strength: Bosquet et al. 2013", "Bosquet et al. 2013, Scand J Med Sci Sports 23(3):e140-e149",
    "103 studies of training cessation: maximal force SMD −0.46, submaximal strength −0.62; the losses grew with the "
    "length of the break and were larger in people over 65.",
    "V"};

}  // namespace evidence

/// Every entry above, in declaration order.
[[nodiscard]] std::span<const EvidenceRef> evidence_catalog();

}  // namespace ironstride::analysis
