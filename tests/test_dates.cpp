// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <dbslabel/patient.hpp>

using namespace dbslabel;

TEST_CASE("full, partial and impossible dates", "[dates]") {
    partial_date d;
    CHECK(parse_partial_date("2019", d));
    CHECK(d == partial_date{2019, 0, 0});
    CHECK(parse_partial_date("2019-05", d));
    CHECK(d == partial_date{2019, 5, 0});
    CHECK(parse_partial_date("2016-02-29", d));
    CHECK(d == partial_date{2016, 2, 29});
    for (const char* bad :
         {"2019-13-01", "2023-02-30", "01/06/2019", "2019-1-5", "2019-00", "0000", "19",
          "2019-02-29", "2019-04-31", " 2019", "2019-05-01T10", "", "abcd", "2019/05/01"}) {
        INFO(bad);
        partial_date keep{1, 1, 1};
        CHECK_FALSE(parse_partial_date(bad, keep));
        CHECK(keep == partial_date{1, 1, 1});
    }
    date full;
    CHECK(parse_date("2000-02-29", full));  // 2000 is a leap year
    CHECK(full == date{2000, 2, 29});
    CHECK_FALSE(parse_date("1900-02-29", full));  // 1900 is not
    CHECK_FALSE(parse_date("2019-05", full));     // a reference date must be full
    CHECK(to_string(partial_date{2019, 5, 0}) == "2019-05");
    CHECK(to_string(date{987, 1, 2}) == "0987-01-02");
}

TEST_CASE("a partial date spans its earliest and latest day", "[dates]") {
    CHECK(partial_date{2019, 0, 0}.earliest() == date{2019, 1, 1});
    CHECK(partial_date{2019, 0, 0}.latest() == date{2019, 12, 31});
    CHECK(partial_date{2024, 2, 0}.latest() == date{2024, 2, 29});
    CHECK(partial_date{2023, 2, 0}.latest() == date{2023, 2, 28});
    CHECK(is_valid(partial_date{2023, 2, 0}));
    CHECK_FALSE(is_valid(partial_date{2023, 0, 5}));
    CHECK_FALSE(is_valid(partial_date{2023, 13, 0}));
}

TEST_CASE("age by birthday, leap-day births on 1 March", "[dates]") {
    CHECK(whole_years({2019, 6, 1}, {2026, 6, 1}) == 7);  // the birthday itself
    CHECK(whole_years({2019, 6, 2}, {2026, 6, 1}) == 6);  // the day before it
    CHECK(whole_years({2016, 2, 29}, {2023, 2, 28}) == 6);
    CHECK(whole_years({2016, 2, 29}, {2023, 3, 1}) == 7);
    CHECK(whole_years({2016, 2, 29}, {2024, 2, 29}) == 8);  // a leap year has the day
    CHECK(whole_years({2020, 1, 1}, {2019, 12, 31}) == -1);
}

TEST_CASE("calendar months, clamped to the month's end", "[dates]") {
    CHECK(add_months({2025, 12, 1}, 6) == date{2026, 6, 1});
    CHECK(add_months({2025, 8, 31}, 6) == date{2026, 2, 28});
    CHECK(add_months({2023, 8, 31}, 6) == date{2024, 2, 29});
    CHECK(add_months({2025, 7, 15}, 18) == date{2027, 1, 15});
}

TEST_CASE("codes: prefixes, case and spaces", "[codes]") {
    CHECK(parse_code("G24.1") == code{code_system::icd10cm, "G24.1"});
    CHECK(parse_code(" icd10cm:g24.3 ") == code{code_system::icd10cm, "G24.3"});
    CHECK(parse_code("ICD10CM: G24 .02") == code{code_system::icd10cm, "G24.02"});
    CHECK(parse_code("G241") == code{code_system::icd10cm, "G24.1"});
    CHECK(parse_code("SNOMED:15802004") == code{code_system::snomed, "15802004"});
    CHECK(parse_code("rxnorm:10811") == code{code_system::rxnorm, "10811"});
    CHECK(parse_code("cpt:61867").system == code_system::other);
    CHECK(to_string(parse_code("snomed:128188000")) == "snomed:128188000");
    CHECK(to_string(parse_code("icd10cm:e83.01")) == "E83.01");
}
