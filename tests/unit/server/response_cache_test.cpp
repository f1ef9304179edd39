#include "server/response_cache.hpp"

#include <string>

#include <gtest/gtest.h>

namespace ironstride::server {
namespace {

const units::CivilDay kDay = units::CivilDay{std::chrono::year{2026} / std::chrono::December / std::chrono::day{7}};

Request get(std::string path, std::map<std::string, std::string, std::less<>> query = {}) {
    Request request;
    request.method = "GET";
    request.path = std::move(path);
    request.query = std::move(query);
    return request;
}

Response answer(std::string body, int status = 200) {
    Response response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

AnswerInputs inputs(std::int64_t changes, std::string profile = "name = \"A\"", units::CivilDay today = kDay) {
    return AnswerInputs{app::DataVersion{1, changes}, std::move(profile), today};
}

TEST(ResponseCache, GivesTheKeptAnswerForTheSameRequestAndInputsOnly) {
    ResponseCache cache;
    cache.keep(get("/api/v1/plan", {{"weeks", "2"}, {"start", "2026-12-07"}}), inputs(5), answer("plan"));
    const auto same = cache.find(get("/api/v1/plan", {{"start", "2026-12-07"}, {"weeks", "2"}}), inputs(5));
    ASSERT_TRUE(same.has_value());
    EXPECT_EQ(same->body, "plan");
    EXPECT_FALSE(cache.find(get("/api/v1/plan", {{"weeks", "3"}}), inputs(5)).has_value());
    EXPECT_FALSE(cache.find(get("/api/v1/today"), inputs(5)).has_value());
}

TEST(ResponseCache, AnyChangedInputDropsEveryKeptAnswer) {
    for (const AnswerInputs& changed :
         {inputs(6), inputs(5, "name = \"B\""), inputs(5, "name = \"A\"", kDay + std::chrono::days{1}),
          AnswerInputs{app::DataVersion{2, 5}, "name = \"A\"", kDay}}) {
        ResponseCache cache;
        cache.keep(get("/api/v1/today"), inputs(5), answer("today"));
        EXPECT_FALSE(cache.find(get("/api/v1/today"), changed).has_value());
        EXPECT_EQ(cache.size(), 0U);
        EXPECT_FALSE(cache.find(get("/api/v1/today"), inputs(5)).has_value()) << "dropped, not set aside";
    }
}

TEST(ResponseCache, KeepsOnlyWholeSuccessfulAnswers) {
    ResponseCache cache;
    cache.keep(get("/a"), inputs(1), answer("missing", 404));
    Response streamed = answer("");
    streamed.stream = [](const BodyWriter&) {};
    cache.keep(get("/b"), inputs(1), streamed);
    EXPECT_EQ(cache.size(), 0U);
    cache.keep(get("/c"), inputs(1), answer(std::string(ResponseCache::kMaxBytes + 1, 'x')));
    EXPECT_EQ(cache.size(), 0U) << "larger than the whole budget";
}

TEST(ResponseCache, StaysWithinItsBoundsDroppingTheLeastRecentlyUsed) {
    ResponseCache cache;
    for (std::size_t i = 0; i < ResponseCache::kMaxEntries + 10; ++i) {
        cache.keep(get("/n/" + std::to_string(i)), inputs(1), answer("x"));
        if (i == 0 || i == ResponseCache::kMaxEntries / 2) {
            ASSERT_TRUE(cache.find(get("/n/0"), inputs(1)).has_value());  // used again: kept over the others
        }
    }
    EXPECT_EQ(cache.size(), ResponseCache::kMaxEntries);
    EXPECT_TRUE(cache.find(get("/n/0"), inputs(1)).has_value());
    EXPECT_FALSE(cache.find(get("/n/1"), inputs(1)).has_value());

    const std::string half(ResponseCache::kMaxBytes / 2, 'y');
    cache.keep(get("/big/1"), inputs(1), answer(half));
    cache.keep(get("/big/2"), inputs(1), answer(half));
    EXPECT_LE(cache.bytes(), ResponseCache::kMaxBytes);
    EXPECT_FALSE(cache.find(get("/big/1"), inputs(1)).has_value());
    EXPECT_TRUE(cache.find(get("/big/2"), inputs(1)).has_value());

    cache.keep(get("/big/2"), inputs(1), answer("small"));
    EXPECT_EQ(cache.find(get("/big/2"), inputs(1))->body, "small") << "a request kept again replaces its answer";
}

}  // namespace
}  // namespace ironstride::server
