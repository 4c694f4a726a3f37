// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Text stages, each in bytes of copy per second, on generated copy that mixes claims,
// compliant sentences and filler that names no therapy: reading (Markdown, HTML -> copy +
// source map), segmentation (blocks and sentences), tokenizing, the prefilter (the cheap
// mention pass every sentence gets), context (every concept and age, for sentences about a
// treatment), the rules (the engine's whole analysis of a read document) and the whole check.
#include <benchmark/benchmark.h>

#include <dbslabel/checker.hpp>
#include <random>
#include <string>
#include <vector>

#include "readers/readers.hpp"
#include "text/ages.hpp"
#include "text/engine.hpp"
#include "text/segment.hpp"
#include "text/tokens.hpp"

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

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
}

// The sentences of plain copy, as the engine finds them.
std::vector<dbslabel::detail::sentence_span> sentences(const std::string& copy) {
    std::vector<dbslabel::detail::sentence_span> out;
    for (const dbslabel::detail::block& b : dbslabel::detail::plain_blocks(copy))
        dbslabel::detail::split_sentences(copy, b, out);
    return out;
}

void segmentation(benchmark::State& state) {
    const std::string copy = make_copy(1 << 20, false, 0.5);
    std::vector<dbslabel::detail::sentence_span> spans;
    for (auto _ : state) {
        spans.clear();
        for (const dbslabel::detail::block& b : dbslabel::detail::plain_blocks(copy))
            dbslabel::detail::split_sentences(copy, b, spans);
        benchmark::DoNotOptimize(spans.data());
    }
    set_bytes(state, copy.size());
}
BENCHMARK(segmentation);

void tokenizing(benchmark::State& state) {
    const std::string copy = make_copy(1 << 20, false, 0.5);
    const auto spans = sentences(copy);
    std::vector<dbslabel::detail::token> toks;
    std::string norm;
    for (auto _ : state) {
        for (const auto& sp : spans) {
            toks.clear();
            norm.clear();
            dbslabel::detail::tokenize(std::string_view(copy).substr(sp.begin, sp.end - sp.begin),
                                       sp.begin, toks, norm);
            benchmark::DoNotOptimize(toks.data());
        }
    }
    set_bytes(state, copy.size());
}
BENCHMARK(tokenizing);

// Tokenizes and looks up every sentence, then runs `stage` on it.
template <typename Stage>
void per_sentence(benchmark::State& state, double therapy_share, Stage stage) {
    const std::string copy = make_copy(1 << 20, false, therapy_share);
    const auto spans = sentences(copy);
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    const dbslabel::detail::lexicon& lex = dbslabel::detail::engine_of(checker).get_lexicon();
    std::vector<dbslabel::detail::token> toks;
    std::string norm;
    std::size_t found = 0;
    for (auto _ : state) {
        for (const auto& sp : spans) {
            toks.clear();
            norm.clear();
            dbslabel::detail::tokenize(std::string_view(copy).substr(sp.begin, sp.end - sp.begin),
                                       sp.begin, toks, norm);
            lex.annotate(toks, norm);
            found += stage(lex, toks, norm, std::string_view(copy));
        }
    }
    benchmark::DoNotOptimize(found);
    set_bytes(state, copy.size());
}

// The prefilter: mentions of the therapy and of other treatments only.
void prefilter(benchmark::State& state) {
    std::vector<dbslabel::detail::hit> hits;
    per_sentence(
        state, 0.5,
        [&](const dbslabel::detail::lexicon& lex, const std::vector<dbslabel::detail::token>& toks,
            std::string_view norm, std::string_view) {
            hits.clear();
            lex.match(toks, norm, true, hits);
            return hits.size();
        });
}
BENCHMARK(prefilter);

// Context: every concept of every vocabulary, and the ages.
void context(benchmark::State& state) {
    std::vector<dbslabel::detail::hit> hits;
    std::vector<dbslabel::detail::age_hit> ages;
    per_sentence(
        state, 0.5,
        [&](const dbslabel::detail::lexicon& lex, const std::vector<dbslabel::detail::token>& toks,
            std::string_view norm, std::string_view copy) {
            hits.clear();
            ages.clear();
            lex.match(toks, norm, false, hits);
            dbslabel::detail::find_ages(toks, norm, lex, ages, copy);
            return hits.size() + ages.size();
        });
}
BENCHMARK(context);

// The rules: the engine's whole analysis (segmentation, prefilter, context, rules, placing
// findings) of a document already read.
void rules(benchmark::State& state, double therapy_share) {
    const std::string copy = make_copy(1 << 20, false, therapy_share);
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    const dbslabel::detail::engine& eng = dbslabel::detail::engine_of(checker);
    const dbslabel::detail::document doc =
        dbslabel::detail::read_document(copy, dbslabel::input_format::plain, "b.txt");
    const dbslabel::detail::line_index lines(copy);
    std::size_t findings = 0;
    for (auto _ : state) findings += eng.check(doc, lines).size();
    benchmark::DoNotOptimize(findings);
    set_bytes(state, copy.size());
}
void rules_dense(benchmark::State& s) {
    rules(s, 0.5);
}
void rules_sparse(benchmark::State& s) {
    rules(s, 0.02);
}
BENCHMARK(rules_dense);
BENCHMARK(rules_sparse);

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
