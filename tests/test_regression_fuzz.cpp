// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Every input a fuzz target ever failed on (fuzz/regressions/<target>/) and the seed corpora,
// replayed through the same property checks the fuzz targets run, so a g++ build that never
// links libFuzzer still guards each fix.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_checks.hpp"

namespace {

namespace fs = std::filesystem;
using dbslabel::fuzz::target;

std::vector<fs::path> inputs_of(const std::string& kind, target t) {
    std::vector<fs::path> files;
    const fs::path dir =
        fs::path(DBSLABEL_FUZZ_DIR) / kind / std::string(dbslabel::fuzz::target_name(t));
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t replay(const std::string& kind) {
    std::size_t n = 0;
    for (target t : {target::plain, target::markdown, target::html, target::csv, target::jsonl,
                     target::fhir, target::profile}) {
        for (const fs::path& p : inputs_of(kind, t)) {
            INFO(p.string());
            const std::string data = slurp(p);
            CHECK_NOTHROW(dbslabel::fuzz::run(t, reinterpret_cast<const std::uint8_t*>(data.data()),
                                              data.size()));
            ++n;
        }
    }
    return n;
}

}  // namespace

TEST_CASE("fuzz regressions replay with every property holding", "[fuzz-regression]") {
    (void)replay("regressions");
}

TEST_CASE("fuzz seed corpora replay with every property holding", "[fuzz-regression]") {
    CHECK(replay("corpus") > 0);
}

TEST_CASE("fuzz property checks recompute positions independently", "[fuzz-regression]") {
    std::size_t line = 0, column = 0;
    dbslabel::fuzz::position_of("ab\n\xC3\xA9x", 5, line, column);
    CHECK(line == 2);
    CHECK(column == 2);
    // Each byte outside a well-formed sequence is one column.
    dbslabel::fuzz::position_of("\xFF\x80\xE2\x82x", 4, line, column);
    CHECK(line == 1);
    CHECK(column == 5);
    CHECK(dbslabel::fuzz::valid_utf8("caf\xC3\xA9"));
    CHECK_FALSE(dbslabel::fuzz::valid_utf8("\xED\xA0\x80"));  // a surrogate
    CHECK_FALSE(dbslabel::fuzz::valid_utf8("\xC0\xAF"));      // overlong
}
