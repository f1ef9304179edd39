#include "ironstride/analysis/evidence.hpp"

#include <array>

namespace ironstride::analysis {

std::span<const EvidenceRef> evidence_catalog() {
    using namespace evidence;
    static constexpr std::array kAll{
        kHickson1980,   kWilson2012,     kPetre2021,    kSchumann2022,     kLundberg2022,        kMurachBagley2016,
        kRobineau2016,  kSabag2018,      kBaar2014,     kFrandsen2025,     kNielsen2014,         kBuist2008,
        kImpellizzeri2021, kLolli2019,   kHazell2014,   kKnechtleKohler2007, kDeutschlandlauf2007, kSchutz2013,
        kMillet2011,    kTrappe2009,     kRavnholt2018, kPiasecki2018,     kMorton2018,          kProteinPerLb,
        kJager2017,     kLoucks,         kHelms2014Rate, kRogerson2024,    kNsf2015,             kAasm2015,
        kLamon2021,     kDuking2021,     kPag2018,      kBanisterCoggan,   kBosquet2013,
    };
    return kAll;
}

}  // namespace ironstride::analysis
