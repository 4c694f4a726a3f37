// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "app/progress.hpp"

using dbslabel::detail::progress;

TEST_CASE("the progress line gives amount, rate and time left", "[progress]") {
    CHECK(progress::line("bytes", 50u << 20, 100u << 20, 2.0) ==
          "dbslabel: 50.0 MB of 100.0 MB, 25.0 MB/s, 2 s left");
    CHECK(progress::line("records", 3000, 0, 1.5) == "dbslabel: 3000 records, 2000 records/s");
}

TEST_CASE("a disabled progress line writes nothing", "[progress]") {
    std::FILE* f = std::tmpfile();
    REQUIRE(f);
    {
        progress p(false, "bytes", 100, f);
        for (int i = 0; i < 1000; ++i) p.add(1);
    }
    CHECK(std::ftell(f) == 0);
    std::fclose(f);
}
