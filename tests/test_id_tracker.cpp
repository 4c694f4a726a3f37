// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <string>

#include "app/id_tracker.hpp"

using dbslabel::detail::id_tracker;

TEST_CASE("id_tracker finds repeats with their first line", "[records][ids]") {
    id_tracker ids;
    CHECK(ids.note("P1", 2) == 0);
    CHECK(ids.note("P2", 3) == 0);
    CHECK(ids.note("P1", 9) == 2);
    CHECK(ids.note("P2", 10) == 3);
    CHECK(ids.note("p1", 11) == 0);  // ids are case-sensitive
    CHECK(ids.note("", 12) == 0);
    CHECK(ids.note("", 13) == 12);
    CHECK_FALSE(ids.full());
}

TEST_CASE("id_tracker keeps every id across growth", "[records][ids]") {
    id_tracker ids;
    for (std::size_t i = 0; i < 50000; ++i) REQUIRE(ids.note("ID" + std::to_string(i), i + 2) == 0);
    for (std::size_t i = 0; i < 50000; i += 997)
        CHECK(ids.note("ID" + std::to_string(i), 100000) == i + 2);
}

TEST_CASE("id_tracker stops remembering at its cap but still finds known repeats",
          "[records][ids]") {
    id_tracker ids(100);
    // Appended, not "A" + to_string(): GCC 12 -Wrestrict false positive (bug 105329).
    for (std::size_t i = 0; i < 100; ++i) {
        std::string id = "A";
        id += std::to_string(i);
        REQUIRE(ids.note(id, i + 2) == 0);
    }
    CHECK_FALSE(ids.full());
    CHECK(ids.note("B", 500) == 0);
    CHECK(ids.full());
    CHECK(ids.note("B", 501) == 0);  // not remembered
    CHECK(ids.note("A7", 502) == 9);
}
