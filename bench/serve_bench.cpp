// `ironstride serve` under load over the ten-year database (issue 15: "p50/p99 for today, report and
// activities/{id} with 1, 8 and 32 concurrent clients, and the same documents produced by the CLI as the peer
// (ratio); p99 under 50 ms for today and under 300 ms for the 10-year report at 8 clients; the server's memory flat
// over a 10-minute soak").
//
// The server runs in this process on a loopback port (the same HttpServer and routes as `ironstride serve`); each
// client is a thread with one keep-alive connection sending GETs back to back, so with N clients the server always
// has N requests waiting (it answers one at a time: the latency includes the queue). Each cell stops after
// --max-requests requests or --seconds seconds, whichever comes first. The peer is the CLI writing the same document
// (`today --format json`, `report --format json` over the ten years, `show ID --json`), timed as whole processes,
// median of --cli-runs. The server keeps the answers of its reading endpoints while the data, the profile and the
// day stay the same (server/response_cache.hpp), so the repeated GETs of a cell are mostly kept answers; the row
// "after a write" times one client whose every GET follows a weigh-in, so that each answer is computed. The soak sends the three requests round robin from 8 clients for --soak-seconds and samples
// this process's resident memory every second.
//
//   build/NAME/bench/serve_bench [--seconds 10] [--max-requests 400] [--cli-runs 5] [--soak-seconds 600]
//                                [--cli build/NAME/src/cli/ironstride]

#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "decade_database.hpp"
#include "ironstride/app/store_access.hpp"
#include "server/api_routes.hpp"
#include "server/http_server.hpp"

namespace {

using namespace ironstride;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using Clock = std::chrono::steady_clock;

struct Options {
    double seconds = 10;
    int max_requests = 400;
    int cli_runs = 5;
    double soak_seconds = 600;
    std::filesystem::path cli;
};

Options parse_options(int argc, char** argv) {
    Options options;
    options.cli = std::filesystem::path(argv[0]).parent_path().parent_path() / "src" / "cli" / "ironstride";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--seconds") options.seconds = std::stod(value);
        else if (name == "--max-requests") options.max_requests = std::stoi(value);
        else if (name == "--cli-runs") options.cli_runs = std::stoi(value);
        else if (name == "--soak-seconds") options.soak_seconds = std::stod(value);
        else if (name == "--cli") options.cli = value;
        else throw std::invalid_argument("unknown option " + name);
    }
    return options;
}

/// One keep-alive connection to the server.
class Client {
public:
    explicit Client(unsigned short port) : m_socket(m_io), m_host(fmt::format("127.0.0.1:{}", port)) {
        m_socket.connect({asio::ip::make_address("127.0.0.1"), port});
    }
    /// GETs `target`; the body of a 200, else throws.
    std::string get(const std::string& target) { return send(http::verb::get, target, {}); }
    /// POSTs the JSON `body` to `target`; the answer's body of a 2xx, else throws.
    std::string post(const std::string& target, std::string body) { return send(http::verb::post, target, std::move(body)); }

private:
    std::string send(http::verb method, const std::string& target, std::string body) {
        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, m_host);
        request.keep_alive(true);
        if (method == http::verb::post) {
            request.set(http::field::content_type, "application/json");
            request.body() = std::move(body);
            request.prepare_payload();
        }
        http::write(m_socket, request);
        http::response_parser<http::string_body> parser;
        parser.body_limit(256U * 1024U * 1024U);
        http::read(m_socket, m_buffer, parser);
        if (parser.get().result_int() / 100 != 2) {
            throw std::runtime_error(fmt::format("{}: status {}", target, parser.get().result_int()));
        }
        return parser.get().body();
    }

    asio::io_context m_io;
    asio::ip::tcp::socket m_socket;
    beast::flat_buffer m_buffer;
    std::string m_host;
};

struct Cell {
    std::vector<double> latencies_ms;
    double seconds = 0;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

/// `clients` threads sending `targets` round robin until `max_requests` in all or `seconds` have passed.
Cell load(unsigned short port, const std::vector<std::string>& targets, int clients, int max_requests, double seconds) {
    std::atomic<int> issued{0};
    const Clock::time_point start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::vector<double>> per_client(static_cast<std::size_t>(clients));
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Client client(port);
            for (int n = issued++; n < max_requests && Clock::now() < deadline; n = issued++) {
                const Clock::time_point sent = Clock::now();
                (void)client.get(targets[static_cast<std::size_t>(n) % targets.size()]);
                per_client[static_cast<std::size_t>(c)].push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
            }
        });
    }
    for (std::thread& t : threads) t.join();
    Cell cell;
    cell.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const auto& v : per_client) cell.latencies_ms.insert(cell.latencies_ms.end(), v.begin(), v.end());
    return cell;
}

/// One client GETting `target` right after each weigh-in: the data changed, so every answer is computed, none kept
/// (server/response_cache.hpp). Only the GETs are timed.
Cell load_after_writes(unsigned short port, const std::string& target, int requests, double seconds) {
    Client client(port);
    Cell cell;
    const Clock::time_point start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    for (int n = 0; n < requests && Clock::now() < deadline; ++n) {
        // The same day's weigh-in again, each a gram apart: the store's data changes, its size does not grow.
        (void)client.post("/api/v1/weighins", fmt::format(R"({{"date": "{}", "weight_kg": {:.3f}}})",
                                                          units::format_iso_date(bench::kEnd), 80.0 + n % 2 * 0.001));
        const Clock::time_point sent = Clock::now();
        (void)client.get(target);
        cell.latencies_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
    }
    cell.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return cell;
}

/// The median wall time of `runs` whole CLI processes (output to /dev/null), in ms.
double cli_median_ms(const std::string& command, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const Clock::time_point start = Clock::now();
        const int status = std::system((command + " > /dev/null").c_str());
        if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            throw std::runtime_error("the peer failed: " + command);
        }
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return percentile(times, 50);
}

/// This process's resident memory (VmRSS) in MiB.
double resident_mib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0;
}

std::string quote(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

struct Endpoint {
    std::string name;
    std::string target;
    std::string cli_arguments;
    double target_p99_ms = 0;  ///< the issue's target at 8 clients; 0: none
};

void soak(unsigned short port, const std::vector<Endpoint>& endpoints, double seconds) {
    std::vector<std::string> targets;
    for (const Endpoint& e : endpoints) targets.push_back(e.target);
    std::atomic<bool> done{false};
    std::vector<double> samples;
    std::thread sampler([&] {
        while (!done) {
            samples.push_back(resident_mib());
            std::this_thread::sleep_for(std::chrono::seconds{1});
        }
    });
    const Cell cell = load(port, targets, 8, 1'000'000'000, seconds);
    done = true;
    sampler.join();
    if (samples.size() < 4) return;
    const std::size_t tenth = samples.size() / 10;
    fmt::print("\nsoak: {} requests from 8 clients in {:.0f} s ({:.1f}/s); resident memory {:.1f} MiB after 10 %, "
               "{:.1f} MiB at the end, {:.1f} MiB at most (end / 10 %: {:.3f})\n",
               cell.latencies_ms.size(), cell.seconds, static_cast<double>(cell.latencies_ms.size()) / cell.seconds,
               samples[tenth], samples.back(), *std::max_element(samples.begin(), samples.end()),
               samples.back() / samples[tenth]);
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    bench::DecadeDatabase decade;
    fmt::print("ten-year database: {} activities, {} check-ins, {} metrics cached\n", decade.activities(),
               decade.checkins(), decade.cached());

    app::StoreHandle handle(decade.store());
    server::Router router;
    server::add_api_routes(router, {decade.profile(), &handle, [] { return bench::kEnd; }});
    server::HttpServer http(router, {"127.0.0.1", 0}, [](std::string_view bug) { fmt::print(stderr, "bug: {}\n", bug); });
    std::thread serving([&] { http.run(); });
    const unsigned short port = http.port();

    const std::string first = units::format_iso_date(decade.range().first);
    const std::string last = units::format_iso_date(decade.range().last);
    const nlohmann::json recent =
        nlohmann::json::parse(Client(port).get(fmt::format("/api/v1/activities?from={}&sport=running",
                                                           units::format_iso_date(bench::kEnd - std::chrono::days{14}))));
    const std::int64_t run_id = recent.back()["id"].get<std::int64_t>();
    const std::vector<Endpoint> endpoints{
        {"today", "/api/v1/today", "today --format json", 50},
        {"report (10 years)", fmt::format("/api/v1/report?from={}&to={}", first, last),
         fmt::format("report --format json --from {} --to {}", first, last), 300},
        {"activities/{id}", fmt::format("/api/v1/activities/{}", run_id), fmt::format("show {} --json", run_id), 0},
    };

    fmt::print("answer sizes:");
    for (const Endpoint& e : endpoints) fmt::print(" {} {} bytes;", e.name, Client(port).get(e.target).size());
    fmt::print("\n");
    fmt::print("\n{:<18} {:>7} {:>8} {:>9} {:>9}   {:>14} {:>10}   {}\n", "endpoint", "clients", "requests",
               "p50 ms", "p99 ms", "CLI ms (p50)", "CLI/p50", "target (8 clients)");
    for (const Endpoint& endpoint : endpoints) {
        const std::string env = fmt::format("IRONSTRIDE_TODAY={} IRONSTRIDE_DB={}", units::format_iso_date(bench::kEnd),
                                            quote(decade.folder() / "decade.db"));
        const std::string needs_profile = endpoint.cli_arguments.rfind("show", 0) == 0
                                              ? std::string()
                                              : " --profile " + quote(decade.profile());
        const double cli_ms =
            cli_median_ms(fmt::format("{} {} {}{}", env, quote(options.cli), endpoint.cli_arguments, needs_profile),
                          options.cli_runs);
        for (const int clients : {1, 8, 32}) {
            const Cell cell = load(port, {endpoint.target}, clients, options.max_requests, options.seconds);
            const double p50 = percentile(cell.latencies_ms, 50);
            const double p99 = percentile(cell.latencies_ms, 99);
            const std::string verdict =
                clients == 8 && endpoint.target_p99_ms > 0
                    ? fmt::format("p99 under {:.0f} ms: {}", endpoint.target_p99_ms,
                                  p99 < endpoint.target_p99_ms ? "yes" : "NO")
                    : "";
            fmt::print("{:<18} {:>7} {:>8} {:>9.2f} {:>9.2f}   {:>14.1f} {:>9.1f}x   {}\n", endpoint.name, clients,
                       cell.latencies_ms.size(), p50, p99, cli_ms, cli_ms / p50, verdict);
        }
        const Cell computed = load_after_writes(port, endpoint.target, std::max(options.max_requests / 10, 10),
                                                options.seconds);
        const double p50 = percentile(computed.latencies_ms, 50);
        fmt::print("{:<18} {:>7} {:>8} {:>9.2f} {:>9.2f}   {:>14.1f} {:>9.1f}x   {}\n", "  after a write", 1,
                   computed.latencies_ms.size(), p50, percentile(computed.latencies_ms, 99), cli_ms, cli_ms / p50,
                   "computed, not kept");
    }
    if (options.soak_seconds > 0) soak(port, endpoints, options.soak_seconds);
    http.stop();
    serving.join();
    return 0;
}
