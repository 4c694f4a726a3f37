// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Text stages: reading (Markdown, HTML -> copy + source map) and the whole check, in bytes/s,
// on generated copy that mixes claims, compliant sentences and filler that names no therapy.
#include <benchmark/benchmark.h>

#include <dbslabel/checker.hpp>
#include <random>
#include <string>

#include "readers/readers.hpp"

namespace {

std::string make_copy(std::size_t bytes, bool markdown, double therapy_share) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> u(0, 1);
    const char* claims[] = {
        "Deep brain stimulation relieves spasms in children as young as four.",
        "DBS may help manage chronic primary dystonia in patients seven and older.",
        "The neurostimulator is completely safe and is a first-line option.",
        "DBS is not approved for dystonia after a stroke.",
        "It can restore normal movement for people with writer's cramp.",
    };
    const char* filler[] = {
        "Our clinic is open Monday to Friday and parking is free for visitors.",
        "Botulinum toxin injections are repeated every three months in many clinics.",
        "Support groups meet on the first Tuesday of each month in the library.",
        "Dystonia is a movement disorder that causes muscles to contract involuntarily.",
    };
    std::string s;
    std::size_t k = 0;
    while (s.size() < bytes) {
        if (markdown && k % 12 == 0) s += "## Section " + std::to_string(k) + "\n\n";
        for (int i = 0; i < 4; ++i) {
            s += u(rng) < therapy_share ? claims[rng() % 5] : filler[rng() % 4];
            s += ' ';
        }
        s += "\n\n";
        ++k;
    }
    return s;
}

void check(benchmark::State& state, dbslabel::input_format format, double therapy_share) {
    const std::string copy = make_copy(static_cast<std::size_t>(state.range(0)),
                                       format == dbslabel::input_format::markdown, therapy_share);
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    std::size_t findings = 0;
    for (auto _ : state) findings += checker.check(copy, format).size();
    benchmark::DoNotOptimize(findings);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(copy.size()));
}

void check_plain_dense(benchmark::State& s) {
    check(s, dbslabel::input_format::plain, 0.5);
}
void check_plain_sparse(benchmark::State& s) {
    check(s, dbslabel::input_format::plain, 0.02);
}
void check_markdown_dense(benchmark::State& s) {
    check(s, dbslabel::input_format::markdown, 0.5);
}
BENCHMARK(check_plain_dense)->Arg(1 << 16)->Arg(1 << 20);
BENCHMARK(check_plain_sparse)->Arg(1 << 20);
BENCHMARK(check_markdown_dense)->Arg(1 << 20);

void read_markdown(benchmark::State& state) {
    const std::string copy = make_copy(1 << 20, true, 0.5);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            dbslabel::detail::read_document(copy, dbslabel::input_format::markdown, "b.md"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(copy.size()));
}
BENCHMARK(read_markdown);

void read_html(benchmark::State& state) {
    std::string html = "<!doctype html><html><body>";
    const std::string copy = make_copy(1 << 20, false, 0.5);
    std::size_t start = 0;
    while (start < copy.size()) {
        const std::size_t end = copy.find("\n\n", start);
        html += "<p>" + copy.substr(start, end - start) + "</p>\n";
        if (end == std::string::npos) break;
        start = end + 2;
    }
    html += "</body></html>";
    for (auto _ : state)
        benchmark::DoNotOptimize(
            dbslabel::detail::read_document(html, dbslabel::input_format::html, "b.html"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(html.size()));
}
BENCHMARK(read_html);

}  // namespace

BENCHMARK_MAIN();
