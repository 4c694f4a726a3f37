// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <dbslabel/error.hpp>

#include "app/records_command.hpp"

using dbslabel::detail::records_options;
using dbslabel::detail::run_records;

namespace {

const std::string data = std::string(DBSLABEL_TEST_DATA) + "/records/";

struct run_result {
    int status;
    std::string out, err;
};

run_result run(records_options o) {
    if (o.as_of.empty()) o.as_of = "2026-06-01";
    std::ostringstream out, err;
    const int status = run_records(o, out, err);
    return {status, out.str(), err.str()};
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("records: text output ends with the count; errors make the status 2",
          "[records][command]") {
    records_options o;
    o.paths = {data + "broken.csv"};
    const run_result r = run(o);
    CHECK(r.status == 2);
    CHECK(r.out.find("12 records read: 8 verdicts + 4 errors\n") != std::string::npos);
    CHECK(r.out.find("broken.csv:3: outside id=DB02; age not_met") != std::string::npos);
    CHECK(count(r.err, ": error: ") == 4);
    CHECK(r.err.find("broken.csv:4: error: birth_date '2019-13-01' is not a date") !=
          std::string::npos);
}

TEST_CASE("records: fail levels and the exit status", "[records][command]") {
    records_options o;
    o.paths = {data + "records.jsonl"};
    CHECK(run(o).status == 1);
    o.fail_level = "none";
    CHECK(run(o).status == 0);
    o.fail_level = "bogus";
    CHECK_THROWS_AS(run(o), dbslabel::usage_error);
    o.fail_level = "error";
    o.as_of = "2026-02-30";
    CHECK_THROWS_AS(run(o), dbslabel::usage_error);
}

TEST_CASE("records: JSON has every record; dbs_claimed no gives no finding", "[records][command]") {
    records_options o;
    o.paths = {data + "records.jsonl"};
    o.format = "json";
    o.fail_level = "none";
    const run_result r = run(o);
    CHECK(count(r.out, "\"verdict\"") == 40);
    // 20 outside + 5 insufficient, less DJ036 (outside, DBS not claimed); DJ035, which does
    // not claim DBS either, is within.
    CHECK(count(r.out, "\"rule\": \"record-outside\"") +
              count(r.out, "\"rule\":\"record-outside\"") +
              count(r.out, "\"rule\": \"record-insufficient\"") +
              count(r.out, "\"rule\":\"record-insufficient\"") ==
          24);
    CHECK(r.out.find("DJ036") != std::string::npos);
}

TEST_CASE("records: directories are recursed and formats told by extension", "[records][command]") {
    records_options o;
    o.paths = {data};
    o.fail_level = "none";
    const run_result r = run(o);
    CHECK(r.status == 2);  // broken.csv
    CHECK(r.out.find("broken.csv:4: input error") != std::string::npos);
    CHECK(r.out.find("bundle.json: insufficient id=dev-pt-4") != std::string::npos);
    CHECK(r.out.find("records.csv:5: outside id=DC004") != std::string::npos);
    CHECK(r.out.find("README") == std::string::npos);  // not a record file
    o.paths = {data + "README.md"};
    CHECK(run(o).status == 2);
    o.paths = {data + "does-not-exist.csv"};
    CHECK(run(o).status == 2);
}

TEST_CASE("records: duplicate ids keep their verdicts and are noted", "[records][command]") {
    records_options o;
    o.paths = {data + "records.csv", data + "records.csv"};
    o.fail_level = "none";
    const run_result r = run(o);
    CHECK(r.out.find("124 records read: 124 verdicts + 0 errors") != std::string::npos);
    CHECK(r.err.find("repeats") == std::string::npos);  // ids repeat across files only

    const auto path = std::filesystem::temp_directory_path() / "dbslabel_dup_ids.csv";
    {
        std::ofstream f(path);
        f << "id,birth_date\nD1,2019-07-01\nD2,2000-01-01\nD1,2000-01-01\n";
    }
    o.paths = {path.string()};
    o.format = "json";
    const run_result d = run(o);
    std::filesystem::remove(path);
    CHECK(count(d.out, "\"id\": \"D1\"") + count(d.out, "\"id\":\"D1\"") >= 2);
    CHECK(d.err.find(":4: note: id 'D1' repeats (first at line 2)") != std::string::npos);
}
