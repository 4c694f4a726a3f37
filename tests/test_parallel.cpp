// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <dbslabel/checker.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app/inputs.hpp"

namespace {

std::vector<std::string> sample_documents() {
    const char* parts[] = {
        "Deep brain stimulation relieves spasms in children as young as four.",
        "DBS may help manage chronic primary dystonia in patients seven and older.",
        "The neurostimulator is completely safe and is a first-line option.",
        "Botulinum toxin is the first-line treatment for cervical dystonia.",
        "Humanitarian Device. Authorized by Federal law. Effectiveness has not been demonstrated.",
        "DBS is FDA-approved for dystonia caused by cerebral palsy.",
        "Call the clinic for an appointment.",
    };
    std::vector<std::string> docs;
    for (std::size_t i = 0; i < 40; ++i) {
        std::string d;
        for (std::size_t k = 0; k < 1 + i % 7; ++k) {
            d += parts[(i + k * 3) % 7];
            d += (k % 2) ? "\n\n" : " ";
        }
        docs.push_back(d);
    }
    return docs;
}

}  // namespace

TEST_CASE("one checker used from many threads gives the same findings", "[parallel]") {
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    const auto docs = sample_documents();
    std::vector<std::vector<dbslabel::finding>> expected;
    for (const auto& d : docs) expected.push_back(checker.check(d));
    std::size_t total = 0;
    for (const auto& e : expected) total += e.size();
    REQUIRE(total > 0);

    constexpr int threads = 4;
    std::vector<std::vector<std::vector<dbslabel::finding>>> got(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round)
                for (std::size_t i = 0; i < docs.size(); ++i) {
                    const std::size_t k = (i + static_cast<std::size_t>(t) * 7) % docs.size();
                    auto f = checker.check(docs[k]);
                    if (round == 0) {
                        if (got[t].empty()) got[t].resize(docs.size());
                        got[t][k] = std::move(f);
                    }
                }
        });
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t)
        for (std::size_t i = 0; i < docs.size(); ++i) CHECK(got[t][i] == expected[i]);
}

TEST_CASE("run_ordered emits every index once, in order, for any job count", "[parallel]") {
    for (unsigned jobs : {1u, 2u, 3u, 8u}) {
        for (std::size_t n : {0u, 1u, 5u, 100u}) {
            std::vector<std::size_t> work_done(n, 0);
            std::vector<std::size_t> emitted;
            dbslabel::detail::run_ordered(
                n, jobs, [&](std::size_t i) { work_done[i] += i + 1; },
                [&](std::size_t i) {
                    CHECK(work_done[i] == i + 1);
                    emitted.push_back(i);
                });
            REQUIRE(emitted.size() == n);
            for (std::size_t i = 0; i < n; ++i) CHECK(emitted[i] == i);
        }
    }
}

TEST_CASE("run_ordered passes an exception from work to the caller", "[parallel]") {
    for (unsigned jobs : {1u, 2u}) {
        std::size_t emitted = 0;
        CHECK_THROWS_AS(dbslabel::detail::run_ordered(
                            50, jobs,
                            [](std::size_t i) {
                                if (i == 17) throw std::runtime_error("boom");
                            },
                            [&](std::size_t) { ++emitted; }),
                        std::runtime_error);
        CHECK(emitted <= 17);
    }
}
