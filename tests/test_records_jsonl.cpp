// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "records_helpers.hpp"

using namespace dbslabel;
using dbslabel::detail::record_format;
using dbslabel::test::read_string;

TEST_CASE("JSONL: arrays or ; strings, numbers or strings, null is absent", "[records][jsonl]") {
    const std::string jsonl =
        R"({"id": "J1", "age_years": 6.5, "diagnosis_codes": ["G24.1", "snomed:15802004"], )"
        R"("failed_medications": "a; b", "birth_date": null, "extra": {"x": [1]}})"
        "\n"
        R"({"id": 42, "duration_months": "6", "failed_medications": [], "drug_refractory": true,)"
        R"( "dbs_claimed": "no", "distribution": "Cervical"})"
        "\r\n"
        "\n"
        R"({"id": "J3", "diagnosis_codes": "", "etiology": "  "})"
        "\n";
    const auto r = read_string(jsonl, record_format::jsonl);
    REQUIRE(r.errors.empty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.read == 3);
    const patient& a = r.records[0].p;
    CHECK(a.age_years == 6.5);
    CHECK(a.diagnosis_codes.size() == 2);
    CHECK(a.medications.size() == 2);
    CHECK_FALSE(a.birth_date.has_value());
    const patient& b = r.records[1].p;
    CHECK(b.id == "42");
    CHECK(b.duration_months == 6.0);
    CHECK(b.medications.empty());
    CHECK(b.drug_refractory == answer::yes);
    CHECK_FALSE(b.dbs_claimed);
    CHECK(b.distribution == distribution_kind::cervical);
    CHECK(r.records[2].line == 4);  // line 3 is blank
    CHECK(r.records[2].p.diagnosis_codes.empty());
    CHECK(r.records[2].p.etiology == etiology_kind::absent);
}

TEST_CASE("JSONL: malformed lines are errors at their line", "[records][jsonl]") {
    const std::string jsonl =
        "[1, 2]\n"                                             // 1 not an object
        "\"P1\"\n"                                             // 2 not an object
        "{\"id\": \"P2\", \n"                                  // 3 broken JSON
        "{\"birth_date\": \"2010-01-01\"}\n"                   // 4 no id
        "{\"id\": \"P4\", \"age_years\": \"x\"}\n"             // 5 not a number
        "{\"id\": \"P5\", \"onset_date\": \"2023-02-30\"}\n"   // 6 no such day
        "{\"id\": \"P6\", \"age_years\": [7]}\n"               // 7 wrong type
        "{\"id\": \"P7\", \"diagnosis_codes\": {\"a\": 1}}\n"  // 8 wrong type
        "{\"id\": \"OK\"}\n";                                  // 9
    const auto r = read_string(jsonl, record_format::jsonl);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].line == 9);
    REQUIRE(r.errors.size() == 8);
    for (std::size_t i = 0; i < r.errors.size(); ++i) {
        INFO(r.errors[i].message);
        CHECK(r.errors[i].line == i + 1);
    }
    CHECK(r.errors[0].message == "not a JSON object but a JSON array");
    CHECK(r.errors[3].message == "missing id");
    CHECK(r.read == 9);
}
