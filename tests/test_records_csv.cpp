// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <random>
#include <sstream>

#include "records_helpers.hpp"

using namespace dbslabel;
using dbslabel::detail::record_format;
using dbslabel::test::read_string;

TEST_CASE("CSV: any column order, unknown columns, BOM, CRLF, trimming", "[records][csv]") {
    const std::string csv =
        "\xEF\xBB\xBFnotes, Diagnosis_Codes ,id,birth_date,failed_medications,mrn\r\n"
        "\"a, b\", G24.1 ; icd10cm:g24.3 ;; ,  P1  ,2010-03-14, trihexyphenidyl;;baclofen ,7\r\n"
        "x,,P2,,,8\r\n";
    const auto r = read_string(csv, record_format::csv);
    REQUIRE(r.errors.empty());
    REQUIRE(r.records.size() == 2);
    CHECK(r.read == 2);
    const patient& p = r.records[0].p;
    CHECK(r.records[0].line == 2);
    CHECK(p.id == "P1");
    CHECK(p.diagnosis_codes ==
          std::vector<code>{{code_system::icd10cm, "G24.1"}, {code_system::icd10cm, "G24.3"}});
    CHECK(p.birth_date == partial_date{2010, 3, 14});
    REQUIRE(p.medications.size() == 2);
    CHECK(p.medications[1].name == "baclofen");
    CHECK(r.records[1].p.diagnosis_codes.empty());
    CHECK_FALSE(r.records[1].p.birth_date.has_value());
    CHECK(r.records[1].line == 3);
}

TEST_CASE("CSV: quoted fields with commas, quotes and line breaks", "[records][csv]") {
    const std::string csv =
        "id,notes,etiology\n"
        "P1,\"say \"\"hi\"\", then\nleave\nlater\",primary\n"
        "P2,\"\",secondary\n"
        "\n"
        "P3,plain,\n";
    const auto r = read_string(csv, record_format::csv);
    REQUIRE(r.errors.empty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].line == 2);
    CHECK(r.records[0].p.etiology == etiology_kind::primary);
    CHECK(r.records[1].line == 5);
    CHECK(r.records[1].p.etiology == etiology_kind::secondary);
    CHECK(r.records[2].line == 7);  // the blank line 6 is no row
    CHECK(r.read == 3);
}

TEST_CASE("CSV: every malformed row is one error at its line", "[records][csv]") {
    const std::string csv =
        "id,birth_date,age_years,onset_date,duration_months,reference_date\n"  // 1
        "A1,2019-13-01,,,,\n"                                                  // 2 bad month
        "A2,2023-02-30,,,,\n"                                                  // 3 no such day
        "A3,01/06/2019,,,,\n"                                                  // 4 wrong form
        ",2010-01-01,,,,\n"                                                    // 5 no id
        "A5,2010-01-01,,,,,extra\n"                                            // 6 too many
        "A6,2010-01-01\n"                                                      // 7 too few
        "A7,,seven,,,\n"                                                       // 8 not a number
        "A8,,,,6 months,\n"                                                    // 9 not a number
        "A9,,,2020-1-1,,\n"                                                    // 10 bad onset
        "A10,,,,,2024\n"                                                       // 11 partial ref
        "A11,ab\"c,,,,\n"                                                      // 12 stray quote
        "A12,\"2010\"x,,,,\n"                                                  // 13 after quote
        "OK,2010-01-01,,,,\n";                                                 // 14
    const auto r = read_string(csv, record_format::csv);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].p.id == "OK");
    CHECK(r.records[0].line == 14);
    REQUIRE(r.errors.size() == 12);
    for (std::size_t i = 0; i < r.errors.size(); ++i) {
        INFO(r.errors[i].message);
        CHECK(r.errors[i].line == i + 2);
        CHECK(r.errors[i].path == "t");
    }
    CHECK(r.errors[0].message == "birth_date '2019-13-01' is not a date");
    CHECK(r.errors[3].message == "missing id");
    CHECK(r.errors[4].message == "the row has 7 fields, the header has 6");
    CHECK(r.errors[6].message == "age_years 'seven' is not a number");
    CHECK(r.read == 13);
}

TEST_CASE("CSV: a quote never closed does not swallow the rows after it", "[records][csv]") {
    const std::string csv =
        "id,notes\n"
        "P1,ok\n"
        "P2,\"never closed\n"
        "P3,fine\n"
        "P4,\"also \"\"fine\"\"\"\n";
    const auto r = read_string(csv, record_format::csv);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 3);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].p.id == "P3");
    CHECK(r.records[1].line == 4);
    CHECK(r.records[2].p.id == "P4");
    CHECK(r.records[2].line == 5);
    CHECK(r.read == 4);
}

TEST_CASE("CSV: a broken quote in a row that spans lines", "[records][csv]") {
    // Row 3 opens a quote that the next row closes: the row is reported at line 3 and line 4
    // is read on its own.
    const std::string csv =
        "id,notes,etiology\n"
        "P1,ok,primary\n"
        "P2,\"opens,primary\n"
        "P3,\"x\",primary\n";
    const auto r = read_string(csv, record_format::csv);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 3);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].p.id == "P3");
    CHECK(r.records[1].line == 4);
}

TEST_CASE("CSV: no trailing newline, empty input, header only", "[records][csv]") {
    CHECK(read_string("id\nP1", record_format::csv).records.size() == 1);
    CHECK(read_string("", record_format::csv).read == 0);
    CHECK(read_string("id,birth_date\r\n", record_format::csv).read == 0);
    const auto no_id = read_string("name\nx\ny\n", record_format::csv);
    CHECK(no_id.errors.size() == 2);
    CHECK(no_id.notes.size() == 1);
}

TEST_CASE("CSV: 100,000 generated rows with corrupt rows, nothing lost", "[records][csv][slow]") {
    std::mt19937 rng(20260601);
    std::ostringstream csv;
    csv << "id,birth_date,age_years,diagnosis_codes,notes,onset_date\n";
    std::vector<std::size_t> bad_lines;
    std::size_t line = 1, rows = 0;
    while (rows < 100000) {
        ++line;
        ++rows;
        const auto kind = static_cast<unsigned>(rng() % 100);
        // Built in two steps: `"G" + std::to_string()` trips GCC 12's -Wrestrict (GCC 105329).
        std::string id = "G";
        id += std::to_string(rows);
        switch (kind) {
            case 0:
                csv << id << ",2019-13-01,,G24.1,,\n";
                bad_lines.push_back(line);
                break;
            case 1:
                csv << ",2010-01-01,,G24.1,,\n";
                bad_lines.push_back(line);
                break;
            case 2:
                csv << id << ",2010-01-01,,G24.1,,,\n";
                bad_lines.push_back(line);
                break;
            case 3:
                csv << id << ",,ten,G24.1,,\n";
                bad_lines.push_back(line);
                break;
            case 4:
                csv << id << ",2010-01-01,,G24.1,a\"b,\n";
                bad_lines.push_back(line);
                break;
            case 5:  // a quoted note over three lines: one record, three lines
                csv << id << ",2010-01-01,,G24.1,\"one\ntwo, \"\"2\"\"\nthree\",2015\n";
                line += 2;
                break;
            default:
                csv << id << ",2010-01-0" << (1 + kind % 9) << ",,G24.1;G24.3,,2016-05\n";
        }
    }
    const auto r = read_string(csv.str(), record_format::csv, "gen.csv");
    CHECK(r.read == 100000);
    CHECK(r.records.size() + r.errors.size() == 100000);
    REQUIRE(r.errors.size() == bad_lines.size());
    for (std::size_t i = 0; i < bad_lines.size(); ++i)
        if (r.errors[i].line != bad_lines[i]) FAIL("error " << i << " at " << r.errors[i].line);
    CHECK(r.records.size() == 100000 - bad_lines.size());
}
