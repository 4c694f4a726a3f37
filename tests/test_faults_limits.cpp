// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Pathological inputs: each must finish (ctest's generous TIMEOUT on faults.limits catches a
// hang or quadratic blow-up; nothing here times itself), keep every property of its output,
// and turn what is too big or too deep into an input error at its line. Hidden from the
// default run ([.]); ctest runs them as faults.limits (label slow).
#include <catch2/catch.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

#include <dbslabel/checker.hpp>
#include <dbslabel/profile.hpp>

#include "fuzz_checks.hpp"
#include "records/record_readers.hpp"

namespace {

using dbslabel::input_error;
using dbslabel::patient;

struct collecting_sink final : dbslabel::detail::record_sink {
    std::vector<std::size_t> record_lines;
    std::vector<input_error> errors;
    void on_record(patient&, std::size_t line) override { record_lines.push_back(line); }
    void on_error(const input_error& e) override { errors.push_back(e); }
};

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

const dbslabel::text_checker& checker() {
    static const dbslabel::text_checker c(dbslabel::builtin_profile());
    return c;
}

// Checks `source` as `format` and asserts every property of the findings.
std::vector<dbslabel::finding> check_all(const std::string& source, dbslabel::input_format format) {
    std::vector<dbslabel::finding> found = checker().check(source, format, "big");
    dbslabel::fuzz::check_findings(found, source, "big");
    return found;
}

std::size_t read(dbslabel::detail::record_format f, const std::string& data, collecting_sink& s) {
    std::istringstream in(data);
    const std::size_t n = dbslabel::detail::read_records(in, "big", f, s);
    CHECK(n == s.record_lines.size() + s.errors.size());
    return n;
}

}  // namespace

TEST_CASE("a 50 MB line of copy with claims along it", "[.][limits]") {
    // A claim every 4 KiB of one line: positions are computed for each, on a line 50 MB long.
    std::string block = repeat("the device was studied in a clinical trial ", 95);
    block += "DBS is safe for toddlers. ";
    const std::string line = repeat(block, 50u * 1024 * 1024 / block.size());
    for (auto format : {dbslabel::input_format::plain, dbslabel::input_format::markdown,
                        dbslabel::input_format::html}) {
        INFO(dbslabel::to_string(format));
        CHECK_FALSE(check_all(line, format).empty());
    }
}

TEST_CASE("a 100k-word sentence without punctuation", "[.][limits]") {
    const std::string s = repeat("deep brain stimulation ", 100000) + "is safe for toddlers\n";
    CHECK_FALSE(check_all(s, dbslabel::input_format::plain).empty());
    CHECK_FALSE(check_all(s, dbslabel::input_format::markdown).empty());
}

TEST_CASE("100k nested tags", "[.][limits]") {
    const std::string tail = "DBS is safe for toddlers.";
    for (std::string_view tag : {"div", "b", "span", "table", "li", "blockquote"}) {
        INFO(tag);
        // Appended piece by piece: "<" + std::string(tag) trips GCC 12's -Wrestrict false
        // positive (GCC bug 105329).
        std::string open = "<", close = "</";
        open.append(tag).append(">");
        close.append(tag).append(">");
        check_all(repeat(open, 100000) + tail + repeat(close, 100000),
                  dbslabel::input_format::html);
        check_all(repeat(open, 100000) + tail, dbslabel::input_format::html);
    }
}

TEST_CASE("10k brackets and stars and quote markers in Markdown", "[.][limits]") {
    const std::string claim = " DBS is safe for toddlers.\n";
    for (std::string_view piece : {"[", "*", "_", "`", "<", "](", "![", "> ", "- ", "1. ", "**a",
                                   "[a](", "&#", "\\", "<!--", "~~"}) {
        INFO(piece);
        const std::string md = repeat(piece, 10000) + claim;
        check_all(md, dbslabel::input_format::markdown);
        check_all(repeat(std::string(piece) + "x ", 10000) + claim,
                  dbslabel::input_format::markdown);
    }
    // Nested lists and quotes, one level a line.
    std::string nested;
    for (int i = 0; i < 2000; ++i)
        nested += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- a\n";
    check_all(nested + claim, dbslabel::input_format::markdown);
    check_all(repeat(">", 10000) + claim, dbslabel::input_format::markdown);
}

TEST_CASE("deeply nested JSON is an error at its line", "[.][limits]") {
    using dbslabel::detail::record_format;
    const std::string deep = repeat("[", 100000) + repeat("]", 100000);
    {
        collecting_sink s;
        const std::string data =
            "{\"id\":\"A\"}\n{\"id\":\"B\",\"x\":" + deep + "}\n{\"id\":\"C\"}\n";
        CHECK(read(record_format::jsonl, data, s) == 3);
        REQUIRE(s.errors.size() == 1);
        CHECK(s.errors[0].line == 2);
        CHECK(s.record_lines == std::vector<std::size_t>{1, 3});
    }
    {
        collecting_sink s;
        CHECK(read(record_format::fhir, "{\"resourceType\":\"Patient\",\"x\":" + deep + "}", s) ==
              1);
        REQUIRE(s.errors.size() == 1);
        CHECK(s.errors[0].path == "big");
    }
}

TEST_CASE("a 50 MB CSV field or line is an error at its line", "[.][limits]") {
    using dbslabel::detail::record_format;
    const std::string big(50u * 1024 * 1024, 'x');
    for (const std::string& field : {big, "\"" + big + "\""}) {
        collecting_sink s;
        const std::string data = "id,birth_date\nA,2000-01-01\nB," + field + "\nC,2001-01-01\n";
        CHECK(read(record_format::csv, data, s) == 3);
        REQUIRE(s.errors.size() == 1);
        CHECK(s.errors[0].line == 3);
        CHECK(s.errors[0].message.find("longer than") != std::string::npos);
        CHECK(s.record_lines == std::vector<std::size_t>{2, 4});
    }
}

TEST_CASE("a 50 MB JSON line is an error at its line", "[.][limits]") {
    using dbslabel::detail::record_format;
    collecting_sink s;
    const std::string data = "{\"id\":\"A\"}\n{\"id\":\"" + std::string(50u * 1024 * 1024, 'x') +
                             "\"}\n{\"id\":\"C\"}\n";
    CHECK(read(record_format::jsonl, data, s) == 3);
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].line == 2);
    CHECK(s.errors[0].message.find("longer than") != std::string::npos);
    CHECK(s.record_lines == std::vector<std::size_t>{1, 3});
}

TEST_CASE("CSV rows that each open a quote never closed", "[.][limits]") {
    using dbslabel::detail::record_format;
    // Every line re-read after the quote that swallowed it: bounded work per line.
    const std::size_t rows = 200000;
    collecting_sink s;
    const std::string data = "id,birth_date\n" + repeat("A,\"2000-01-01\n", rows);
    CHECK(read(record_format::csv, data, s) == rows);
    CHECK(s.errors.size() == rows);
    CHECK(s.errors.front().line == 2);
    CHECK(s.errors.back().line == rows + 1);
}

TEST_CASE("a million empty CSV fields and columns", "[.][limits]") {
    using dbslabel::detail::record_format;
    collecting_sink s;
    const std::string data = "id," + repeat(",", 1000000) + "\nA," + repeat(",", 1000000) + "\n";
    CHECK(read(record_format::csv, data, s) == 1);
}
