// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// A million CSV rows, one in a hundred broken in one of a dozen ways: every row must come back
// as a verdict or as an error, and every error at the line of its row; no row may vanish into
// a broken neighbour. Hidden from the default run ([.]); ctest runs it as faults.accounting_1m
// (label slow), which scripts/test includes.
#include <catch2/catch.hpp>

#include <cstddef>
#include <istream>
#include <random>
#include <streambuf>
#include <string>
#include <vector>

#include <dbslabel/assessment.hpp>
#include <dbslabel/profile.hpp>

#include "records/record_readers.hpp"

namespace {

// Reads a string in place (an istringstream would copy 80 MB).
class view_buf : public std::streambuf {
  public:
    explicit view_buf(std::string& s) { setg(s.data(), s.data(), s.data() + s.size()); }
};

struct judging_sink final : dbslabel::detail::record_sink {
    dbslabel::profile prof = dbslabel::builtin_profile();
    std::vector<std::size_t> verdict_lines;
    std::vector<std::size_t> error_lines;
    std::size_t outside = 0;
    void on_record(dbslabel::patient& p, std::size_t line) override {
        const dbslabel::assessment a = dbslabel::assess(p, prof, {2024, 6, 1});
        outside += a.result == dbslabel::verdict::outside;
        verdict_lines.push_back(line);
    }
    void on_error(const dbslabel::input_error& e) override { error_lines.push_back(e.line); }
};

// The ways a row is broken. Every '"' in the file is followed by a character that is neither a
// separator nor a line end, so a quote left open is always closed by a fault on a later line
// and the lines it swallowed are read again.
const char* const corruptions[] = {
    "C{},2024-02-30,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",  // no such day
    "C{},0000-00-00,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",  // year 0
    "C{},,NaN,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",
    "C{},,1e309,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",
    "C{},2000-01-01,,2024-03-01,G24.1,primary",                                          // too few
    "C{},2000-01-01,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes,x,y",  // too many
    "C{},2000-01-01,,2024-03-01,G2\"4.1,primary,generalized,,2015,,baclofen,yes,yes",    // stray
                                                                                         // quote
    "C{},\"2000-01-01\"x,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",
    ",2000-01-01,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",  // no id
    "C{},2000-01-01,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,maybe",
    "C{},\"2000-01-01,,2024-03-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",  // open quote
    "C{},2000-01-01,,2024-13-01,G24.1,primary,generalized,,2015,,baclofen,yes,yes",    // month 13
    "C{},2000-01-01,,2024-03-01,G24.1,primary,generalized,,2015,abc,baclofen,yes,yes",
};

std::string fill(const char* pattern, std::size_t n) {
    std::string s(pattern);
    const std::size_t at = s.find("{}");
    if (at != std::string::npos) s.replace(at, 2, std::to_string(n));
    return s;
}

}  // namespace

TEST_CASE("a million CSV rows with 1% corrupt: every row is a verdict or an error at its line",
          "[.][accounting-1m]") {
    const std::size_t rows = 1000000;
    std::mt19937 rng(20240601);
    std::string csv =
        "id,birth_date,age_years,reference_date,diagnosis_codes,etiology,distribution,"
        "focal_site,onset_date,duration_months,failed_medications,drug_refractory,dbs_claimed\n";
    csv.reserve(rows * 90);
    std::vector<std::size_t> expected_errors;
    const char* const subtypes[] = {"generalized", "segmental", "cervical", "focal", "unknown"};
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t line = i + 2;
        if (rng() % 100 == 0) {
            csv += fill(corruptions[rng() % std::size(corruptions)], i);
            expected_errors.push_back(line);
        } else {
            const auto r = static_cast<unsigned>(rng());
            csv += 'P' + std::to_string(i) + ',' + std::to_string(1950 + r % 70) + '-' +
                   std::to_string(10 + r / 7 % 3) + "-1" + std::to_string(r / 97 % 9) +
                   ",,2024-03-01," + (r % 3 ? "G24.1" : "icd10cm:G24.1;G24.3") + ',' +
                   (r % 5 ? "primary" : "secondary") + ',' + subtypes[r / 11 % 5] + ',' +
                   (r / 11 % 5 == 3 ? "neck" : "") + ",2015-06,," +
                   (r % 4 ? "trihexyphenidyl;baclofen" : "") + ',' + (r % 2 ? "yes" : "") + ",yes";
        }
        csv += i % 1000 == 999 ? "\r\n" : "\n";  // a few CRLF line ends too
    }
    view_buf buf(csv);
    std::istream in(&buf);
    judging_sink sink;
    const std::size_t read = dbslabel::detail::read_csv(in, "million.csv", sink);

    CHECK(read == rows);
    CHECK(sink.verdict_lines.size() + sink.error_lines.size() == rows);
    CHECK(sink.error_lines.size() == expected_errors.size());
    CHECK(sink.error_lines == expected_errors);
    // The verdicts are at every other line, in order.
    std::size_t next_error = 0, next_verdict = 0, mismatches = 0;
    for (std::size_t line = 2; line < rows + 2; ++line) {
        if (next_error < expected_errors.size() && expected_errors[next_error] == line) {
            ++next_error;
            continue;
        }
        if (next_verdict >= sink.verdict_lines.size() || sink.verdict_lines[next_verdict] != line)
            ++mismatches;
        ++next_verdict;
    }
    CHECK(mismatches == 0);
    CHECK(sink.outside > 0);
}
