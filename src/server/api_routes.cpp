#include "server/api_routes.hpp"

#include <charconv>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "server/activity_samples.hpp"
#include "server/json_errors.hpp"
#include "server/multipart_form.hpp"
#include "server/request_values.hpp"
#include "server/response_cache.hpp"
#include "server/upload_import.hpp"
#include "ironstride/app/activities.hpp"
#include "ironstride/app/calendar_feed.hpp"
#include "ironstride/app/check_in.hpp"
#include "ironstride/app/plan.hpp"
#include "ironstride/app/profile_edit.hpp"
#include "ironstride/app/targets.hpp"
#include "ironstride/app/today.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/app/weigh_in.hpp"
#include "ironstride/report/activities_report.hpp"
#include "ironstride/report/daily_entry_json.hpp"
#include "ironstride/report/html_report.hpp"
#include "ironstride/report/ics_writer.hpp"
#include "ironstride/report/plan_json.hpp"
#include "ironstride/report/profile_check_json.hpp"
#include "ironstride/report/targets_json.hpp"
#include "ironstride/report/today_json.hpp"
#include "ironstride/report/verdict_json.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

using nlohmann::json;
using Context = std::shared_ptr<const ApiContext>;

Response json_response(std::string body, int status = 200) {
    Response response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

Response json_response(const json& document, int status = 200) { return json_response(document.dump(2) + "\n", status); }

Response get_today(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"date"});
    app::StoreHandle& store = *c.store;
    app::TodayRequest in{c.profile_path, day_param(request, "date"), c.today()};
    return json_response(report::render_today_json(app::today(store, c.athlete, in)));
}

/// The plan a request asks for (`weeks`, `start`).
app::PlanRequest plan_request(const ApiContext& c, const Request& request) {
    app::PlanRequest in;
    in.profile_path = c.profile_path;
    in.weeks = int_param(request, "weeks", 1, app::kMaxPlanWeeks).value_or(in.weeks);
    in.start = day_param(request, "start");
    in.today = c.today();
    return in;
}

Response get_plan(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"weeks", "start"});
    const app::PlanResult result = app::plan(*c.store, c.athlete, plan_request(c, request));
    return json_response(report::write_plan_json(result.plan, result.athlete.units));
}

Response get_calendar(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"weeks", "start"});
    const app::CalendarRequest in{plan_request(c, request), c.now()};
    Response response;
    response.content_type = "text/calendar; charset=utf-8";
    const app::CalendarFeed feed = app::calendar_feed(*c.store, c.athlete, in);
    response.body = report::write_ics(report::plan_calendar(feed.plan.plan, feed.plan.athlete.units, feed.zone),
                                      feed.revisions);
    return response;
}

Response get_targets(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    app::StoreHandle& store = *c.store;
    app::TargetsRequest in{c.profile_path, std::nullopt, c.today()};
    return json_response(report::render_targets_json(app::targets(store, c.athlete, in)));
}

app::VerdictRequest verdict_request(const ApiContext& c, const Request& request) {
    app::VerdictRequest in;
    in.profile_path = c.profile_path;
    in.from = day_param(request, "from");
    in.to = day_param(request, "to");
    in.today = c.today();
    return in;
}

Response get_report(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"from", "to"});
    app::StoreHandle& store = *c.store;
    return json_response(report::render_verdict_json(app::verdict(store, c.athlete, verdict_request(c, request))));
}

/// The charts of the report, in the profile's units: the chart data `report --format html` embeds
/// (report::html_chart_data), so the verdict page and the static report draw the same numbers the same way.
Response get_report_charts(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"from", "to"});
    app::StoreHandle& store = *c.store;
    const analysis::VerdictReport verdict = app::verdict(store, c.athlete, verdict_request(c, request));
    return json_response(report::html_chart_data(verdict, verdict.units));
}

Response get_activities(const ApiContext& c, const Request& request) {
    expect_only_params(request, {"from", "to", "sport"});
    std::optional<domain::Sport> sport;
    if (const auto name = request.param("sport")) {
        sport = domain::sport_from_string(*name);
        if (!sport) {
            throw util::Error(util::ErrorCode::http_bad_request, "unknown sport")
                .with_subject("sport")
                .with_found(std::string(*name))
                .with_allowed("running, walking, hiking, cycling, swimming, strength, other");
        }
    }
    app::StoreHandle& store = *c.store;
    const auto filter = app::activity_filter(day_param(request, "from"), day_param(request, "to"), sport);
    return json_response(report::render_activities_json(app::list_activities(store, c.athlete, filter)));
}

/// The `{id}` of an activity's path: a positive whole number, else 404 (no activity has that id).
std::int64_t activity_id(const PathParams& params) {
    const std::string& text = params.at("id");
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
        throw util::Error(util::ErrorCode::http_not_found, "no activity " + text)
            .with_hint("activity ids are positive whole numbers: GET /api/v1/activities lists them");
    }
    return id;
}

Response get_activity(const ApiContext& c, const Request& request, const PathParams& params) {
    expect_only_params(request, {});
    const std::int64_t id = activity_id(params);
    app::StoreHandle& store = *c.store;
    return json_response(report::render_activity_json(app::show_activity(store, c.athlete, id)));
}

/// The samples of GET activities/{id}, column by column, for the dashboard's charts and track (the document of
/// `show --json` names the channels and counts them; this carries their values).
Response get_activity_samples(const ApiContext& c, const Request& request, const PathParams& params) {
    expect_only_params(request, {});
    const std::int64_t id = activity_id(params);
    app::StoreHandle& store = *c.store;
    return json_response(activity_samples_json(app::show_activity(store, c.athlete, id).activity.samples));
}

Response post_checkin(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    const json body = json_object_body(request, {"date", "sleep_h", "soreness", "resting_hr_bpm", "hrv_ms", "rpe"});
    app::CheckinRequest in;
    in.day = optional_day(body, "date");
    in.sleep_h = required_number(body, "sleep_h");
    const double soreness = required_number(body, "soreness");
    in.soreness = static_cast<int>(soreness);
    if (static_cast<double>(in.soreness) != soreness) {
        throw util::Error(util::ErrorCode::http_bad_request, "soreness must be a whole number from 1 to 10")
            .with_subject("soreness");
    }
    in.resting_hr_bpm = optional_number(body, "resting_hr_bpm");
    in.hrv_ms = optional_number(body, "hrv_ms");
    in.rpe = optional_number(body, "rpe");
    in.profile_path = c.profile_path;
    in.today = c.today();
    app::StoreHandle& store = *c.store;
    const app::CheckinResult result = app::check_in(store, c.athlete, in);
    return json_response(json{{"checkin", report::checkin_json(result.checkin)}, {"replaced", result.replaced}},
                         result.replaced ? 200 : 201);
}

Response post_weighin(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    const json body = json_object_body(request, {"date", "weight_kg", "body_fat_pct"});
    app::WeighInRequest in;
    in.day = optional_day(body, "date");
    in.weight_kg = required_number(body, "weight_kg");
    in.body_fat_pct = optional_number(body, "body_fat_pct");
    in.today = c.today();
    app::StoreHandle& store = *c.store;
    return json_response(json{{"weighin", report::body_entry_json(app::weigh_in(store, c.athlete, in).entry)}}, 201);
}

/// POST imports: the files of a multipart/form-data upload (field `files`), imported like `ironstride import`. A
/// client that accepts text/event-stream gets the import's progress as server-sent events, then `done` with the
/// answer (or `error` with the error document); the form is checked first, so a bad one is still a 4xx.
Response post_imports(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    const std::string type(request.header("content-type").value_or(""));
    const std::vector<FormPart> parts = parse_multipart_form(type, request.body);
    app::StoreHandle& store = *c.store;
    if (request.header("accept").value_or("").find("text/event-stream") == std::string_view::npos) {
        return json_response(import_uploads(store, c.athlete, parts));
    }
    Response response;
    response.content_type = "text/event-stream";
    // The request outlives the response's stream (the listener sends before reading the next one), so the parts'
    // views into its body stay valid.
    const ApiContext* context = &c;
    response.stream = [context, parts](const BodyWriter& write) {
        try {
            write(server_sent_event("done", import_uploads(*context->store, context->athlete, parts, &write)));
        } catch (const util::Error& error) {
            write(server_sent_event("error", nlohmann::json::parse(error_response(error).body)));
        } catch (const std::exception& bug) {
            write(server_sent_event("error", {{"error", {{"code", "internal"}, {"message", bug.what()}}}}));
        }
    };
    return response;
}

Response get_profile(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    const app::ProfileText profile = app::read_profile(c.profile_path, c.today());
    return json_response(json{{"toml", profile.text}, {"check", report::profile_check_json(profile.check)}});
}

Response put_profile(const ApiContext& c, const Request& request) {
    expect_only_params(request, {});
    const std::string_view type = request.header("content-type").value_or("");
    const std::string_view base = type.substr(0, type.find(';'));
    if (base != "application/toml" && base != "text/plain") {
        throw util::Error(util::ErrorCode::http_unsupported_media_type, "the body must be the profile's TOML text")
            .with_found(std::string(type))
            .with_allowed("application/toml or text/plain");
    }
    const app::ProfileSave saved = app::save_profile(c.profile_path, request.body, c.today());
    return json_response(json{{"saved", saved.saved}, {"check", report::profile_check_json(saved.check)}},
                         saved.saved ? 200 : 422);
}

/// A route whose handler reads the context.
Route route(std::string method, std::string pattern, const Context& context, std::size_t max_body,
            Response (*handler)(const ApiContext&, const Request&)) {
    return Route{std::move(method), std::move(pattern),
                 [context, handler](const Request& request, const PathParams&) { return handler(*context, request); },
                 max_body};
}

/// The profile's text as the use cases will read it; nothing when it cannot be read (the handler reports that).
std::optional<std::string> profile_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(text).str();
}

/// What the athlete's answers depend on now; nothing when one of them cannot be known (then nothing is kept).
std::optional<AnswerInputs> answer_inputs(const ApiContext& c) {
    const std::optional<app::DataVersion> data = c.store->data_version();
    if (!data) return std::nullopt;
    std::optional<std::string> profile = profile_text(c.profile_path);
    if (!profile) return std::nullopt;
    return AnswerInputs{*data, std::move(*profile), c.today()};
}

/// A reading endpoint: its answer is kept in the athlete's cache and given again while the data, the profile and
/// the day stay the same. An answer whose computation saw the data change (a cache write of its own, or another
/// process's commit) is not kept: it may not match either version.
Route cached_get(std::string pattern, const Context& context, const std::shared_ptr<ResponseCache>& cache,
                 Response (*handler)(const ApiContext&, const Request&, const PathParams&)) {
    auto answer = [context, cache, handler](const Request& request, const PathParams& params) {
        const std::optional<AnswerInputs> before = answer_inputs(*context);
        if (before) {
            if (std::optional<Response> kept = cache->find(request, *before)) return std::move(*kept);
        }
        Response response = handler(*context, request, params);
        if (before && answer_inputs(*context) == before) cache->keep(request, *before, response);
        return response;
    };
    return Route{"GET", std::move(pattern), std::move(answer), 0};
}

/// A reading endpoint without path parameters.
template <Response (*Handler)(const ApiContext&, const Request&)>
Response without_params(const ApiContext& c, const Request& request, const PathParams&) {
    return Handler(c, request);
}

}  // namespace

void add_api_routes(Router& router, const ApiContext& context) {
    const auto c = std::make_shared<const ApiContext>(context);
    // One cache per athlete's routes. The calendar is not kept: it records each event's revision as it answers.
    const auto cache = std::make_shared<ResponseCache>();
    router.add(cached_get("/api/v1/today", c, cache, without_params<get_today>));
    router.add(cached_get("/api/v1/plan", c, cache, without_params<get_plan>));
    router.add(route("GET", "/api/v1/calendar.ics", c, 0, get_calendar));
    router.add(cached_get("/api/v1/targets", c, cache, without_params<get_targets>));
    router.add(cached_get("/api/v1/report", c, cache, without_params<get_report>));
    router.add(cached_get("/api/v1/activities", c, cache, without_params<get_activities>));
    router.add(cached_get("/api/v1/report/charts", c, cache, without_params<get_report_charts>));
    router.add(cached_get("/api/v1/activities/{id}", c, cache, get_activity));
    router.add(cached_get("/api/v1/activities/{id}/samples", c, cache, get_activity_samples));
    router.add(route("POST", "/api/v1/checkins", c, kMaxJsonBodyBytes, post_checkin));
    router.add(route("POST", "/api/v1/weighins", c, kMaxJsonBodyBytes, post_weighin));
    router.add(route("POST", "/api/v1/imports", c, kMaxUploadBytes, post_imports));
    router.add(route("GET", "/api/v1/profile", c, 0, get_profile));
    router.add(route("PUT", "/api/v1/profile", c, kMaxProfileBytes, put_profile));
}

}  // namespace ironstride::server
