#pragma once
// The ten-year database of the report and server benchmarks: synthetic::generate's `decade` athlete (ten years of
// two runs and two lifting sessions a week, daily body, sleep, food and check-ins) stored the way the importer's
// writer stores files (one unit of work: import-log rows + activities with encoded samples), then one report fills
// the metrics cache, so every timed request finds it warm.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "scratch_dir.hpp"
#include "synthetic_history.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/store/sqlite/sqlite_store.hpp"

namespace ironstride::bench {

/// The Sunday the ten years end on (any fixed day: the bench must be reproducible).
inline const units::CivilDay kEnd{std::chrono::year{2026} / std::chrono::November / std::chrono::day{22}};
inline constexpr std::uint64_t kSeed = 11;

/// The ten-year database, built once.
class DecadeDatabase {
public:
    DecadeDatabase() : m_db(m_dir.path() / "decade.db", {}) {
        synthetic::GeneratorOptions options;
        options.scenario = synthetic::Scenario::decade;
        options.seed = kSeed;
        options.end = kEnd;
        m_history = synthetic::generate(options);
        write_profile();
        const auto unit = m_db.write(domain::kLocalAthlete);
        std::int64_t file = 0;
        const auto store_all = [&](const std::vector<domain::Activity>& activities, const char* kind) {
            for (const domain::Activity& activity : activities) {
                domain::ImportRecord record;
                record.path = fmt::format("/synthetic/{}/{:05}", kind, file);
                record.content_hash = fmt::format("{:016x}", file);
                ++file;
                record.activity_count = 1;
                record.record_count = static_cast<std::int64_t>(activity.samples.size());
                const std::int64_t import_id = unit->import_log().record(record);
                unit->activities().insert(activity, store::encode_samples(activity.samples), import_id);
            }
        };
        store_all(m_history.runs, "runs");
        store_all(m_history.workouts, "workouts");
        unit->daily_logs().upsert_body(m_history.body, std::nullopt);
        unit->daily_logs().upsert_sleep(m_history.sleep, std::nullopt);
        unit->daily_logs().upsert_nutrition(m_history.nutrition, std::nullopt);
        for (const domain::CheckIn& checkin : m_history.checkins) unit->checkins().upsert(checkin);
        unit->commit();
        // The first report computes and caches every activity's metrics; the timed reports find the cache full.
        m_cached = report().metrics_computed;
    }

    /// The use case `report` over the ten years (app::verdict: profile, metrics-cache step, one snapshot, verdict).
    [[nodiscard]] analysis::VerdictReport report(bool recompute = false) {
        app::StoreHandle store(m_db);
        app::VerdictRequest request;
        request.profile_path = m_profile;
        request.from = m_history.first;
        request.to = m_history.last;
        request.today = kEnd;
        request.recompute = recompute;
        return app::verdict(store, domain::kLocalAthlete, request);
    }

    [[nodiscard]] store::sqlite::Database& db() { return m_db.database(); }
    [[nodiscard]] const domain::Athlete& athlete() const { return m_history.athlete; }
    [[nodiscard]] domain::DayRange range() const { return {m_history.first, m_history.last}; }
    [[nodiscard]] std::size_t activities() const { return m_history.runs.size() + m_history.workouts.size(); }
    [[nodiscard]] std::size_t checkins() const { return m_history.checkins.size(); }
    [[nodiscard]] std::size_t cached() const { return m_cached; }
    [[nodiscard]] store::sqlite::SqliteStore& store() { return m_db; }
    [[nodiscard]] const std::filesystem::path& profile() const { return m_profile; }
    [[nodiscard]] const std::filesystem::path& folder() const { return m_dir.path(); }

private:
    void write_profile() {
        const std::string text = synthetic::profile_toml(m_history.athlete);
        std::FILE* out = std::fopen(m_profile.c_str(), "wb");
        if (out == nullptr || std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
            throw std::runtime_error("cannot write " + m_profile.string());
        }
        (void)std::fclose(out);
    }

    ScratchDir m_dir{"ironstride-decade"};
    std::filesystem::path m_profile = m_dir.path() / "profile.toml";
    store::sqlite::SqliteStore m_db;
    synthetic::SyntheticHistory m_history;
    std::size_t m_cached = 0;
};

}  // namespace ironstride::bench
