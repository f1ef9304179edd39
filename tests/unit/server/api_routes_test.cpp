// The API end to end over loopback: a real HttpServer on a free port, the application layer over a SQLite file with
// the returning runner's GPX history, and a Beast client. Every endpoint answers the document the CLI prints for
// the same inputs; bad input and the access checks get their JSON errors and statuses.

#include "server/api_routes.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "server/activity_samples.hpp"
#include "server/http_server.hpp"
#include "server/request_handler.hpp"
#include "ironstride/app/activities.hpp"
#include "ironstride/app/import_files.hpp"
#include "ironstride/app/plan.hpp"
#include "ironstride/app/targets.hpp"
#include "ironstride/app/today.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/app/weigh_in.hpp"
#include "ironstride/ingest/file_collector.hpp"
#include "ironstride/report/activities_report.hpp"
#include "ironstride/report/html_report.hpp"
#include "ironstride/report/plan_json.hpp"
#include "ironstride/report/targets_json.hpp"
#include "ironstride/report/today_json.hpp"
#include "ironstride/report/verdict_json.hpp"
#include "support/test_support.hpp"

namespace ironstride::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using nlohmann::json;
using tcp = boost::asio::ip::tcp;

const units::CivilDay kToday = units::CivilDay{std::chrono::year{2026} / std::chrono::November / std::chrono::day{30}};

struct Reply {
    int status = 0;
    std::string content_type;
    std::string body;
    http::response<http::string_body> message;
    [[nodiscard]] json document() const { return json::parse(body); }
    [[nodiscard]] std::string error_code() const { return document()["error"]["code"]; }
};

class ApiTest : public ::testing::Test {
protected:
    testing::TempDir m_dir;
    std::filesystem::path m_profile = m_dir / "athlete.toml";
    std::optional<app::StoreHandle> m_store;
    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    std::thread m_thread;
    std::vector<std::string> m_bugs;
    std::atomic<units::CivilDay> m_today{kToday};  ///< the athlete's day the server sees (read on its thread)

    void SetUp() override {
        std::filesystem::copy_file(testing::source_dir() / "examples/jordan-returning.toml", m_profile);
        m_store.emplace(std::optional<std::string>((m_dir / "ironstride.db").string()), app::StoreAccess::create);
        const std::vector<std::filesystem::path> roots{testing::test_data("history/returning")};
        const auto files = ingest::collect_input_files(roots).files;
        ASSERT_FALSE(files.empty());
        const auto summary = app::import_files(m_store->get(), domain::kLocalAthlete, files);
        ASSERT_EQ(summary.failed, 0U);
        add_api_routes(m_router, {m_profile, &*m_store, [this] { return m_today.load(); }});
        m_server = std::make_unique<HttpServer>(m_router, ListenOptions{"127.0.0.1", 0},
                                                [this](std::string_view bug) { m_bugs.emplace_back(bug); });
        m_thread = std::thread([this] { m_server->run(); });
    }

    void TearDown() override {
        m_server->stop();
        m_thread.join();
        EXPECT_TRUE(m_bugs.empty()) << m_bugs.front();
    }

    [[nodiscard]] std::string host() const { return "127.0.0.1:" + std::to_string(m_server->port()); }

    Reply fetch(http::verb method, const std::string& target, const std::string& body = {},
                const std::string& content_type = "application/json",
                const std::vector<std::pair<std::string, std::string>>& headers = {}) {
        boost::asio::io_context io;
        tcp::resolver resolver(io);
        beast::tcp_stream stream(io);
        stream.expires_after(std::chrono::seconds(30));
        stream.connect(resolver.resolve("127.0.0.1", std::to_string(m_server->port())));
        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, host());
        for (const auto& [name, value] : headers) request.set(name, value);
        if (!body.empty() || method == http::verb::post || method == http::verb::put) {
            request.set(http::field::content_type, content_type);
            request.body() = body;
            request.prepare_payload();
        }
        http::write(stream, request);
        beast::flat_buffer buffer;
        Reply reply;
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        http::read(stream, buffer, parser);
        reply.message = parser.release();
        reply.status = static_cast<int>(reply.message.result_int());
        reply.content_type = std::string(reply.message[http::field::content_type]);
        reply.body = reply.message.body();
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        return reply;
    }
    Reply get(const std::string& target) { return fetch(http::verb::get, target); }
    Reply post(const std::string& target, const std::string& body) { return fetch(http::verb::post, target, body); }
};

TEST_F(ApiTest, GetEndpointsAnswerTheCliDocuments) {
    app::StoreHandle& store = *m_store;

    Reply today = get("/api/v1/today");
    ASSERT_EQ(today.status, 200) << today.body;
    EXPECT_EQ(today.content_type, "application/json");
    EXPECT_EQ(today.body, report::render_today_json(app::today(store, domain::kLocalAthlete, {m_profile, {}, kToday})));

    Reply plan = get("/api/v1/plan?weeks=2&start=2026-11-30");
    ASSERT_EQ(plan.status, 200) << plan.body;
    app::PlanRequest plan_request{m_profile, 2, kToday, kToday};
    const app::PlanResult planned = app::plan(store, domain::kLocalAthlete, plan_request);
    EXPECT_EQ(plan.body, report::write_plan_json(planned.plan, planned.athlete.units));
    EXPECT_EQ(plan.document()["weeks"].size(), 2U);

    Reply targets = get("/api/v1/targets");
    ASSERT_EQ(targets.status, 200) << targets.body;
    EXPECT_EQ(targets.body, report::render_targets_json(app::targets(store, domain::kLocalAthlete, {m_profile, {}, kToday})));

    Reply verdict = get("/api/v1/report?from=2026-10-01&to=2026-11-29");
    ASSERT_EQ(verdict.status, 200) << verdict.body;
    app::VerdictRequest verdict_request;
    verdict_request.profile_path = m_profile;
    verdict_request.from = units::CivilDay{std::chrono::year{2026} / std::chrono::October / std::chrono::day{1}};
    verdict_request.to = kToday - std::chrono::days{1};
    verdict_request.today = kToday;
    EXPECT_EQ(verdict.body, report::render_verdict_json(app::verdict(store, domain::kLocalAthlete, verdict_request)));

    Reply activities = get("/api/v1/activities?sport=running");
    ASSERT_EQ(activities.status, 200) << activities.body;
    const auto listed = app::list_activities(store, domain::kLocalAthlete, app::activity_filter({}, {}, domain::Sport::running));
    EXPECT_EQ(activities.body, report::render_activities_json(listed));
    ASSERT_FALSE(listed.empty());

    const std::int64_t id = listed.front().id;
    Reply one = get("/api/v1/activities/" + std::to_string(id));
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.body, report::render_activity_json(app::show_activity(store, domain::kLocalAthlete, id)));

    Reply calendar = get("/api/v1/calendar.ics?weeks=1");
    ASSERT_EQ(calendar.status, 200);
    EXPECT_EQ(calendar.content_type, "text/calendar; charset=utf-8");
    EXPECT_EQ(calendar.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0U);

    Reply profile = get("/api/v1/profile");
    ASSERT_EQ(profile.status, 200);
    EXPECT_TRUE(profile.document()["check"]["valid"].get<bool>());
    EXPECT_NE(profile.document()["toml"].get<std::string>().find("name = \"Jordan\""), std::string::npos);
}

TEST_F(ApiTest, ACheckInChangesToday) {
    const json before = get("/api/v1/today").document();
    Reply stored = post("/api/v1/checkins", R"({"date": "2026-11-30", "sleep_h": 4.0, "soreness": 9,
                                                 "resting_hr_bpm": 75, "hrv_ms": 20})");
    ASSERT_EQ(stored.status, 201) << stored.body;
    EXPECT_EQ(stored.document()["checkin"]["soreness"], 9);
    EXPECT_FALSE(stored.document()["replaced"].get<bool>());
    const json after = get("/api/v1/today").document();
    EXPECT_NE(before, after);
    EXPECT_TRUE(after["readiness"]["checked_in"].get<bool>());
    EXPECT_NE(after["readiness"]["level"], "green") << after["readiness"].dump();

    Reply again = post("/api/v1/checkins", R"({"sleep_h": 8, "soreness": 2})");
    ASSERT_EQ(again.status, 200) << "the day's second check-in replaces the first";
    EXPECT_TRUE(again.document()["replaced"].get<bool>());
}

TEST_F(ApiTest, WeighInsSizeTheTargets) {
    EXPECT_EQ(get("/api/v1/targets").document()["body"]["weight_source"], "profile");
    for (const char* day : {"2026-11-24", "2026-11-27", "2026-11-30"}) {
        Reply stored = post("/api/v1/weighins", fmt::format(R"({{"date": "{}", "weight_kg": 80.5}})", day));
        ASSERT_EQ(stored.status, 201) << stored.body;
    }
    const json targets = get("/api/v1/targets").document();
    EXPECT_EQ(targets["body"]["weight_source"], "measured");
    EXPECT_NEAR(targets["body"]["weight_kg"].get<double>(), 80.5, 1e-9);
}

TEST_F(ApiTest, PutProfileSavesAValidOneAndRefusesAnInvalidOneWithLineAndColumn) {
    const std::string original = get("/api/v1/profile").document()["toml"];
    std::string bad = original;
    const std::size_t at = bad.find("name = \"Jordan\"");
    ASSERT_NE(at, std::string::npos);
    bad.insert(at, "weight_kgg = 80\n");
    Reply refused = fetch(http::verb::put, "/api/v1/profile", bad, "application/toml");
    ASSERT_EQ(refused.status, 422) << refused.body;
    const json check = refused.document()["check"];
    EXPECT_FALSE(check["valid"].get<bool>());
    ASSERT_FALSE(check["diagnostics"].empty());
    EXPECT_TRUE(check["diagnostics"][0]["line"].is_number());
    EXPECT_TRUE(check["diagnostics"][0]["column"].is_number());
    EXPECT_EQ(get("/api/v1/profile").document()["toml"], original) << "nothing written";

    std::string renamed = original;
    renamed.replace(renamed.find("name = \"Jordan\""), 15, "name = \"Jordan B\"");
    Reply saved = fetch(http::verb::put, "/api/v1/profile", renamed, "application/toml");
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_TRUE(saved.document()["saved"].get<bool>());
    EXPECT_EQ(get("/api/v1/profile").document()["toml"], renamed);
    EXPECT_FALSE(std::filesystem::exists(m_dir / "athlete.toml.saving"));
}

TEST_F(ApiTest, BadInputGetsAStructuredErrorAndTheRightStatus) {
    Reply malformed = post("/api/v1/checkins", R"({"sleep_h": 7, )");
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(malformed.error_code(), "http.bad_request");
    EXPECT_TRUE(malformed.document()["error"]["byte_offset"].is_number());

    Reply wrong_type = post("/api/v1/checkins", R"({"sleep_h": "seven", "soreness": 2})");
    EXPECT_EQ(wrong_type.status, 400);
    EXPECT_EQ(wrong_type.document()["error"]["subject"], "sleep_h");

    Reply unknown_field = post("/api/v1/checkins", R"({"sleep": 7, "soreness": 2})");
    EXPECT_EQ(unknown_field.status, 400);
    EXPECT_EQ(unknown_field.document()["error"]["subject"], "sleep");

    Reply missing = post("/api/v1/checkins", R"({"sleep_h": 7})");
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.document()["error"]["subject"], "soreness");

    Reply not_an_object = post("/api/v1/weighins", "[1, 2]");
    EXPECT_EQ(not_an_object.status, 400);

    Reply form = fetch(http::verb::post, "/api/v1/checkins", "sleep_h=7", "application/x-www-form-urlencoded");
    EXPECT_EQ(form.status, 415);
    EXPECT_EQ(form.error_code(), "http.unsupported_media_type");

    Reply future = post("/api/v1/checkins", R"({"date": "2026-12-01", "sleep_h": 7, "soreness": 2})");
    EXPECT_EQ(future.status, 400);
    EXPECT_EQ(future.error_code(), "usage.out_of_range");

    Reply implausible = post("/api/v1/weighins", R"({"weight_kg": 8000})");
    EXPECT_EQ(implausible.status, 400);
    EXPECT_EQ(implausible.document()["error"]["subject"], "weight_kg");

    Reply bad_day = get("/api/v1/today?date=2026-13-01");
    EXPECT_EQ(bad_day.status, 400);
    EXPECT_EQ(bad_day.document()["error"]["subject"], "date");

    EXPECT_EQ(get("/api/v1/plan?weeks=0").status, 400);
    EXPECT_EQ(get("/api/v1/plan?week=4").document()["error"]["subject"], "week") << "a typo is not ignored";
    EXPECT_EQ(get("/api/v1/activities?sport=curling").status, 400);
    EXPECT_EQ(get("/api/v1/activities/999999").status, 404);
    EXPECT_EQ(get("/api/v1/activities/999999").error_code(), "usage.not_found");
    EXPECT_EQ(get("/api/v1/activities/abc").status, 404);
    EXPECT_EQ(get("/api/v1/nothing").status, 404);
    EXPECT_EQ(get("/%zz").status, 400);

    Reply method = fetch(http::verb::delete_, "/api/v1/checkins");
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.message[http::field::allow], "POST");

    Reply huge = post("/api/v1/checkins", std::string(kMaxJsonBodyBytes + 1, ' '));
    EXPECT_EQ(huge.status, 413);
    EXPECT_EQ(huge.error_code(), "http.payload_too_large");
    EXPECT_EQ(fetch(http::verb::get, "/api/v1/today", "unexpected body").status, 413) << "a GET takes no body";
}

TEST_F(ApiTest, HostOriginAndFetchSiteChecks) {
    Reply rebinding = fetch(http::verb::get, "/api/v1/today", {}, {}, {{"Host", "attacker.example"}});
    EXPECT_EQ(rebinding.status, 403);
    EXPECT_EQ(rebinding.error_code(), "http.forbidden");

    const std::string checkin = R"({"sleep_h": 7, "soreness": 2})";
    Reply foreign = fetch(http::verb::post, "/api/v1/checkins", checkin, "application/json",
                          {{"Origin", "http://evil.example"}});
    EXPECT_EQ(foreign.status, 403);
    Reply cross_site = fetch(http::verb::post, "/api/v1/checkins", checkin, "application/json",
                             {{"Sec-Fetch-Site", "cross-site"}});
    EXPECT_EQ(cross_site.status, 403);
    EXPECT_EQ(get("/api/v1/today").document()["readiness"]["checked_in"], false) << "nothing was stored";

    Reply own = fetch(http::verb::post, "/api/v1/checkins", checkin, "application/json",
                      {{"Origin", "http://" + host()}});
    EXPECT_EQ(own.status, 201) << own.body;

    Reply read = fetch(http::verb::get, "/api/v1/today", {}, {}, {{"Origin", "http://evil.example"}});
    EXPECT_EQ(read.status, 200);
    EXPECT_EQ(read.message.count(http::field::access_control_allow_origin), 0U) << "no CORS: the other page cannot read it";
}

TEST_F(ApiTest, SamplesAndReportChartsForTheDashboard) {
    app::StoreHandle& store = *m_store;
    const auto listed = app::list_activities(store, domain::kLocalAthlete, app::activity_filter({}, {}, {}));
    ASSERT_FALSE(listed.empty());
    const std::int64_t id = listed.front().id;
    const domain::StoredActivity stored = app::show_activity(store, domain::kLocalAthlete, id);
    Reply samples = get("/api/v1/activities/" + std::to_string(id) + "/samples");
    ASSERT_EQ(samples.status, 200) << samples.body;
    EXPECT_EQ(samples.document(), activity_samples_json(stored.activity.samples));
    EXPECT_EQ(samples.document()["count"], stored.activity.samples.size());
    EXPECT_EQ(get("/api/v1/activities/999999/samples").status, 404);
    EXPECT_EQ(get("/api/v1/activities/x/samples").status, 404);
    EXPECT_EQ(get("/api/v1/activities/" + std::to_string(id) + "/samples?n=1").status, 400) << "no unknown parameter";

    Reply charts = get("/api/v1/report/charts?from=2026-10-01&to=2026-11-29");
    ASSERT_EQ(charts.status, 200) << charts.body;
    app::VerdictRequest in;
    in.profile_path = m_profile;
    in.from = units::CivilDay{std::chrono::year{2026} / std::chrono::October / std::chrono::day{1}};
    in.to = kToday - std::chrono::days{1};
    in.today = kToday;
    const analysis::VerdictReport verdict = app::verdict(store, domain::kLocalAthlete, in);
    EXPECT_EQ(charts.document(), report::html_chart_data(verdict, verdict.units));
    EXPECT_EQ(get("/api/v1/report/charts?from=2026-13-01").status, 400);
}

/// A multipart/form-data body with one `files` part per (name, bytes), as a browser's FormData sends it.
std::string form_body(const std::vector<std::pair<std::string, std::string>>& files) {
    std::string body;
    for (const auto& [name, bytes] : files) {
        body += "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name +
                "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n";
    }
    return body + "--XyZ--\r\n";
}

TEST_F(ApiTest, UploadsAreImportedLikeTheImportCommand) {
    std::ifstream in(testing::test_data("history/returning/2026-10-12-easy.gpx"), std::ios::binary);
    const std::string gpx((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(gpx.empty());
    const std::size_t before = app::list_activities(*m_store, domain::kLocalAthlete, app::activity_filter({}, {}, {})).size();
    // The same run a day later: another file by content, so it is imported, not a duplicate.
    std::string changed = gpx;
    for (std::size_t at = changed.find("2026-10-12T"); at != std::string::npos; at = changed.find("2026-10-12T", at)) {
        changed.replace(at, 10, "2026-10-13");
    }
    const std::string type = "multipart/form-data; boundary=XyZ";
    const std::vector<std::pair<std::string, std::string>> origin{{"Origin", "http://" + host()}};
    Reply reply = fetch(http::verb::post, "/api/v1/imports",
                        form_body({{"../../etc/passwd.gpx", changed}, {"again.gpx", gpx}, {"bad.fit", "not a fit file"}}),
                        type, origin);
    ASSERT_EQ(reply.status, 200) << reply.body;
    const json summary = reply.document()["import"];
    EXPECT_EQ(summary["files"], 3);
    EXPECT_EQ(summary["imported"], 1);
    EXPECT_EQ(summary["duplicates"].get<int>() + summary["unchanged"].get<int>(), 1) << "the same run is stored already";
    EXPECT_EQ(summary["failed"], 1);
    ASSERT_EQ(summary["skipped"].size(), 1U);
    EXPECT_EQ(summary["skipped"][0]["path"], "bad.fit") << "named as uploaded";
    EXPECT_EQ(reply.document()["uploads"][0]["name"], "../../etc/passwd.gpx");
    EXPECT_EQ(app::list_activities(*m_store, domain::kLocalAthlete, app::activity_filter({}, {}, {})).size(), before + 1);
    EXPECT_FALSE(std::filesystem::exists("/etc/passwd.gpx"));

    EXPECT_EQ(fetch(http::verb::post, "/api/v1/imports", form_body({}), type, origin).status, 400) << "no file";
    EXPECT_EQ(fetch(http::verb::post, "/api/v1/imports", "{}", "application/json", origin).status, 415);
    EXPECT_EQ(fetch(http::verb::post, "/api/v1/imports", "--XyZ\r\nbroken", type, origin).status, 400);
    EXPECT_EQ(fetch(http::verb::post, "/api/v1/imports", form_body({{"a.gpx", gpx}}), type,
                    {{"Origin", "http://evil.example"}})
                  .status,
              403)
        << "a cross-site form can send multipart: the Origin check refuses it";
}

TEST_F(ApiTest, AnUploadCanReportItsProgressAsServerSentEvents) {
    std::ifstream in(testing::test_data("history/returning/2026-10-14-easy.gpx"), std::ios::binary);
    std::string gpx((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t at = gpx.find("2026-10-14T"); at != std::string::npos; at = gpx.find("2026-10-14T", at)) {
        gpx.replace(at, 10, "2026-10-15");
    }
    const std::vector<std::pair<std::string, std::string>> headers{{"Origin", "http://" + host()},
                                                                   {"Accept", "text/event-stream"}};
    Reply reply = fetch(http::verb::post, "/api/v1/imports", form_body({{"run.gpx", gpx}, {"junk.fit", "junk"}}),
                        "multipart/form-data; boundary=XyZ", headers);
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.content_type, "text/event-stream");
    EXPECT_EQ(reply.message["Cache-Control"], "no-store");
    EXPECT_TRUE(reply.message.chunked()) << "sent as the import goes";
    // start, a file event per file in path order, then done with the same answer as without events.
    std::vector<std::pair<std::string, json>> events;
    for (std::size_t at = 0, end = 0; (end = reply.body.find("\n\n", at)) != std::string::npos; at = end + 2) {
        const std::string block = reply.body.substr(at, end - at);
        const std::size_t data = block.find("\ndata: ");
        ASSERT_EQ(block.rfind("event: ", 0), 0U) << block;
        ASSERT_NE(data, std::string::npos) << block;
        events.emplace_back(block.substr(7, data - 7), json::parse(block.substr(data + 7)));
    }
    ASSERT_EQ(events.size(), 4U) << reply.body;
    EXPECT_EQ(events[0].first, "start");
    EXPECT_EQ(events[0].second["files"], 2);
    EXPECT_EQ(events[1].first, "file");
    EXPECT_EQ(events[1].second["name"], "run.gpx") << "named as uploaded";
    EXPECT_EQ(events[1].second["result"], "imported");
    EXPECT_EQ(events[1].second["files_done"], 1);
    EXPECT_EQ(events[2].second["name"], "junk.fit");
    EXPECT_EQ(events[2].second["result"], "failed");
    EXPECT_EQ(events[2].second["files_done"], 2);
    EXPECT_EQ(events[3].first, "done");
    EXPECT_EQ(events[3].second["import"]["imported"], 1);
    EXPECT_EQ(events[3].second["import"]["failed"], 1);
    // A bad form is refused before any event, with its status.
    EXPECT_EQ(fetch(http::verb::post, "/api/v1/imports", "{}", "application/json", headers).status, 415);
    EXPECT_EQ(get("/api/v1/today").status, 200) << "the server goes on after a streamed answer";
}

TEST_F(ApiTest, EveryResponseCarriesTheSafetyHeaders) {
    for (const std::string target : {"/api/v1/today", "/api/v1/nothing"}) {
        const Reply reply = get(target);
        EXPECT_EQ(reply.message["X-Content-Type-Options"], "nosniff") << target;
        EXPECT_EQ(reply.message["Cache-Control"], "no-store") << target;
        EXPECT_EQ(reply.message["X-Frame-Options"], "DENY") << target;
        EXPECT_EQ(reply.message["Content-Security-Policy"], kContentSecurityPolicy) << target;
    }
}

/// The reading endpoints keep their answers (server/response_cache.hpp): each of their inputs must show through.
TEST_F(ApiTest, KeptAnswersFollowTheDataTheProfileAndTheDay) {
    const std::string report = "/api/v1/report?from=2026-10-01&to=2026-11-29";
    ASSERT_GT(get(report).document()["metrics_computed"].get<int>(), 0) << "the first report fills the metrics";
    const Reply second = get(report);  // computed again (the metrics write changed the data), then kept
    ASSERT_EQ(second.document()["metrics_computed"], 0);
    EXPECT_EQ(get(report).body, second.body);
    app::VerdictRequest verdict_request;
    verdict_request.profile_path = m_profile;
    verdict_request.from = units::CivilDay{std::chrono::year{2026} / std::chrono::October / std::chrono::day{1}};
    verdict_request.to = kToday - std::chrono::days{1};
    verdict_request.today = kToday;
    EXPECT_EQ(get(report).body,
              report::render_verdict_json(app::verdict(*m_store, domain::kLocalAthlete, verdict_request)))
        << "a kept answer is the one computed now";

    // Another process commits: three weigh-ins through a second connection to the same file.
    EXPECT_EQ(get("/api/v1/targets").document()["body"]["weight_source"], "profile");
    app::StoreHandle other(std::optional<std::string>((m_dir / "ironstride.db").string()), app::StoreAccess::create);
    for (const unsigned day : {24U, 27U, 30U}) {
        const units::CivilDay on{std::chrono::year{2026} / std::chrono::November / std::chrono::day(day)};
        (void)app::weigh_in(other, domain::kLocalAthlete, {on, 80.5, std::nullopt, kToday});
    }
    const json measured = get("/api/v1/targets").document();
    EXPECT_EQ(measured["body"]["weight_source"], "measured") << "another connection's commit is seen";

    // The profile edited in place, behind the server's back.
    std::string text = get("/api/v1/profile").document()["toml"];
    text.replace(text.find("name = \"Jordan\""), 15, "name = \"Jordan Q\"");
    std::ofstream(m_profile, std::ios::trunc) << text;
    EXPECT_NE(get("/api/v1/plan?weeks=1").body.find("Jordan Q"), std::string::npos) << "the edited profile is read";

    // The athlete's day turns.
    const std::string today_before = get("/api/v1/today").document()["date"];
    m_today = kToday + std::chrono::days{1};
    EXPECT_NE(get("/api/v1/today").document()["date"], today_before);
}

}  // namespace
}  // namespace ironstride::server