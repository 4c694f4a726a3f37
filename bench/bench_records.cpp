// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Records stages: CSV parsing (bytes/s) and the seven criteria (records/s).
#include <benchmark/benchmark.h>

#include <dbslabel/assessment.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "records/record_readers.hpp"

namespace {

std::string make_csv(std::size_t rows) {
    std::mt19937 rng(7);
    const char* codes[] = {"G24.1", "G24.3", "G24.5", "G80.3", "G24.9", "icd10cm:G24.2"};
    const char* dist[] = {"generalized", "cervical", "focal", "segmental", ""};
    std::string s =
        "id,birth_date,reference_date,diagnosis_codes,etiology,distribution,onset_date,"
        "failed_medications,drug_refractory,notes\n";
    for (std::size_t i = 0; i < rows; ++i) {
        s += "P" + std::to_string(i) + "," + std::to_string(1950 + rng() % 70) + "-0" +
             std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 9) + ",2026-03-01," +
             codes[rng() % 6] + ",primary," + dist[rng() % 5] + ",2015-05,trihexyphenidyl;" +
             "baclofen,yes,\"seen, twice\"\n";
    }
    return s;
}

class counting_sink final : public dbslabel::detail::record_sink {
  public:
    void on_record(dbslabel::patient& p, std::size_t) override {
        benchmark::DoNotOptimize(p.id.data());
        ++records;
    }
    void on_error(const dbslabel::input_error&) override { ++errors; }
    std::size_t records = 0, errors = 0;
};

void csv_parse(benchmark::State& state) {
    const std::string csv = make_csv(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::istringstream in(csv);
        counting_sink sink;
        benchmark::DoNotOptimize(dbslabel::detail::read_csv(in, "bench.csv", sink));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(csv.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(csv_parse)->Arg(1000)->Arg(100000);

class collecting_sink final : public dbslabel::detail::record_sink {
  public:
    void on_record(dbslabel::patient& p, std::size_t) override { patients.push_back(p); }
    void on_error(const dbslabel::input_error&) override {}
    std::vector<dbslabel::patient> patients;
};

void criteria(benchmark::State& state) {
    std::istringstream in(make_csv(10000));
    collecting_sink sink;
    dbslabel::detail::read_csv(in, "bench.csv", sink);
    const dbslabel::profile prof = dbslabel::builtin_profile();
    const dbslabel::date as_of{2026, 6, 1};
    for (auto _ : state)
        for (const dbslabel::patient& p : sink.patients)
            benchmark::DoNotOptimize(dbslabel::assess(p, prof, as_of));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(sink.patients.size()));
}
BENCHMARK(criteria);

}  // namespace

BENCHMARK_MAIN();
