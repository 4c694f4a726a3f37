// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Pathological inputs: each must finish (ctest's generous TIMEOUT on faults.limits catches a
// hang or quadratic blow-up; nothing here times itself), keep every property of its output,
// and turn what is too big or too deep into an input error at its line, or (HTML nested
// deeper than max_html_depth) flatten it without losing copy. The big inputs are hidden from
// the default run ([.]); ctest runs them as faults.limits (label slow). The tests of the
// flattening itself ([html-nesting]) are small and run by default.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <dbslabel/checker.hpp>
#include <dbslabel/profile.hpp>

#include "fuzz_checks.hpp"
#include "readers/html_nesting.hpp"
#include "readers/readers.hpp"
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
    // Past max_html_depth the nesting is flattened before gumbo sees it (gumbo's cost is
    // quadratic in the depth): each finishes in well under a second, and the claim inside is
    // still found. fuzz/RESULTS.md has the figures.
    const std::string tail = "DBS is safe for toddlers.";
    for (std::string_view tag :
         {"div", "b", "span", "table", "li", "blockquote", "p", "em", "section", "x-custom"}) {
        INFO(tag);
        // Appended piece by piece: "<" + std::string(tag) trips GCC 12's -Wrestrict false
        // positive (GCC bug 105329).
        std::string open = "<", close = "</";
        open.append(tag).append(">");
        close.append(tag).append(">");
        CHECK_FALSE(check_all(repeat(open, 100000) + tail + repeat(close, 100000),
                              dbslabel::input_format::html)
                        .empty());
        CHECK_FALSE(check_all(repeat(open, 100000) + tail, dbslabel::input_format::html).empty());
    }
    // The same inside Markdown, whose HTML blocks the HTML reader reads.
    CHECK_FALSE(check_all("<div>\n" + repeat("<div>", 100000) + tail + repeat("</div>", 100000),
                          dbslabel::input_format::markdown)
                    .empty());
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

namespace {

using dbslabel::detail::flatten_deep_nesting;
using dbslabel::detail::max_html_depth;

dbslabel::detail::document read_html(const std::string& source) {
    return dbslabel::detail::read_document(source, dbslabel::input_format::html, "deep.html");
}

// Where `word` stands on its own in `s` from `from` on (no letter or digit either side).
std::size_t find_word(const std::string& s, const std::string& word, std::size_t from) {
    auto alnum = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    for (std::size_t at = s.find(word, from); at != std::string::npos; at = s.find(word, at + 1))
        if ((at == 0 || !alnum(s[at - 1])) &&
            (at + word.size() == s.size() || !alnum(s[at + word.size()])))
            return at;
    return std::string::npos;
}

// The copy of each block of `d`, in order.
std::vector<std::string> block_texts(const dbslabel::detail::document& d) {
    std::vector<std::string> out;
    for (const auto& b : d.blocks)
        if (b.end > b.begin) out.push_back(d.copy.substr(b.begin, b.end - b.begin));
    return out;
}

}  // namespace

TEST_CASE("HTML no deeper than the limit is parsed as it is", "[html-nesting]") {
    const std::string at_limit =
        repeat("<div>", max_html_depth) + "DBS cures." + repeat("</div>", max_html_depth);
    CHECK(flatten_deep_nesting(at_limit).html.empty());
    CHECK(flatten_deep_nesting(at_limit).tags.empty());
    // Elements HTML closes by itself do not add up: 10k <p>, <li>, <td>, <option>, or tables
    // in tables, are never deeper than a few elements.
    for (std::string_view piece : {"<p>a", "<li>a", "<tr><td>a", "<option>a", "<table><tr>",
                                   "<dt>a<dd>b", "<a href=x>a", "<h2>a<h3>b"}) {
        INFO(piece);
        CHECK(flatten_deep_nesting(repeat(piece, 10000)).tags.empty());
    }
    // Tags inside comments, raw text and attribute values are no tags.
    const std::string hidden_tags = "<!--" + repeat("<div>", 1000) + "--><script>" +
                                    repeat("<div>", 1000) + "</script><textarea>" +
                                    repeat("<div>", 1000) + "</textarea><span title='" +
                                    repeat("<div>", 1000) + "'>x</span>";
    CHECK(flatten_deep_nesting(hidden_tags).tags.empty());
}

TEST_CASE("HTML deeper than the limit is flattened in place", "[html-nesting]") {
    const std::size_t extra = 3;
    const std::string src = repeat("<div>", max_html_depth) + "<div title='a>b'>" +
                            repeat("<b>", extra - 1) + "DBS cures." + repeat("</b>", extra - 1) +
                            "</div>" + repeat("</div>", max_html_depth);
    const auto flat = flatten_deep_nesting(src);
    REQUIRE(flat.html.size() == src.size());
    REQUIRE(flat.tags.size() == 2 * extra);
    // Every byte outside the flattened tags is the source's.
    std::size_t from = 0;
    for (const auto& t : flat.tags) {
        CHECK(flat.html.compare(from, t.begin - from, src, from, t.begin - from) == 0);
        CHECK(flat.html.compare(t.begin, 2, "<!") == 0);
        CHECK(flat.html[t.end - 1] == '>');
        // A bogus comment: no '>' before its end.
        CHECK(flat.html.find('>', t.begin) == t.end - 1);
        from = t.end;
    }
    CHECK(flat.html.compare(from, std::string::npos, src, from) == 0);
    CHECK(flat.tags[0].has_title);
    CHECK(src.substr(flat.tags[0].title_begin, flat.tags[0].title_length) == "a>b");
    CHECK(flat.html.substr(flat.tags[0].begin, flat.tags[0].end - flat.tags[0].begin) ==
          "<!__ title='a b'>");
    CHECK(flat.html.substr(flat.tags[1].begin, 3) == "<!>");
    CHECK(flat.html.substr(flat.tags.back().begin, 6) == "<!___>");
}

TEST_CASE("flattened HTML loses no copy", "[html-nesting]") {
    // Random nesting up to three times the limit deep, a numbered word after every tag: every
    // word is in the copy, and each finding keeps every property. With elements HTML neither
    // closes by itself nor reparents, the words also keep their order. (With <p>, <li>,
    // formatting elements..., HTML's tree construction itself moves some text, flattened or
    // not.)
    std::mt19937 rng(20240611);
    const std::vector<std::string> plain_tags = {"div",        "span", "section", "ul",  "dl",
                                                 "blockquote", "x-y",  "article", "nav", "q"};
    const std::vector<std::string> all_tags = {"div",        "span", "b",    "i",   "em",    "p",
                                               "section",    "li",   "ul",   "dl",  "dd",    "a",
                                               "blockquote", "h2",   "font", "x-y", "table", "td"};
    for (int round = 0; round < 8; ++round) {
        INFO("round " << round);
        const bool ordered = round % 2 == 0;
        const std::vector<std::string>& tags = ordered ? plain_tags : all_tags;
        std::string src;
        std::vector<std::string> open;
        std::size_t words = 0;
        for (int step = 0; step < 6000; ++step) {
            const unsigned close_percent = open.size() > 3 * max_html_depth ? 60 : 30;
            if (!open.empty() && rng() % 100 < close_percent) {
                src += "</" + open.back() + ">";
                open.pop_back();
            } else {
                const std::string& t = tags[rng() % tags.size()];
                src += "<" + t + (rng() % 4 == 0 ? " class=\"c\"" : "") + ">";
                open.push_back(t);
            }
            src += " w" + std::to_string(words++) + " ";
        }
        const auto d = read_html(src);
        std::size_t at = 0;
        for (std::size_t w = 0; w < words; ++w) {
            const std::string word = "w" + std::to_string(w);
            INFO(word);
            at = find_word(d.copy, word, ordered ? at : 0);
            REQUIRE(at != std::string::npos);
            at += word.size();
        }
        if (ordered) CHECK_FALSE(flatten_deep_nesting(src).tags.empty());
        check_all(src + " DBS is safe for toddlers.", dbslabel::input_format::html);
    }
}

TEST_CASE("a flattened element keeps its edges and title and hides what it hid", "[html-nesting]") {
    const std::string deep = repeat("<div>", max_html_depth + 5);
    SECTION("block edges") {
        const auto d = read_html(deep + "<div>DBS is approved</div><div>for toddlers</div>");
        const auto blocks = block_texts(d);
        REQUIRE(blocks.size() >= 2);
        for (const std::string& b : blocks) CHECK(b.find("approved for") == std::string::npos);
        CHECK(std::find(blocks.begin(), blocks.end(), "DBS is approved") != blocks.end());
        CHECK(std::find(blocks.begin(), blocks.end(), "for toddlers") != blocks.end());
    }
    SECTION("inline elements join no words") {
        const auto d = read_html(deep + "<p>DB<span>S</span> <b>is</b> safe</p>");
        CHECK(d.copy.find("DBS is safe") != std::string::npos);
    }
    SECTION("title") {
        const auto d = read_html(deep + "<span title=\"DBS &amp; toddlers\">x</span>");
        CHECK(d.copy.find("DBS & toddlers") != std::string::npos);
        // After a "</>" (which HTML drops), too.
        const auto e = read_html(deep + "</><span title=\"DBS &amp; toddlers\">x</span>");
        CHECK(e.copy.find("DBS & toddlers") != std::string::npos);
    }
    SECTION("code, svg, hidden and their end") {
        const auto d = read_html(deep + "<code>secret1 <div>secret2</div></code> seen1 " +
                                 "<div hidden><p>secret3</div> seen2 <svg><text>secret4</text>" +
                                 "</svg> seen3");
        for (std::string_view w : {"secret1", "secret2", "secret3", "secret4"})
            CHECK(d.copy.find(w) == std::string::npos);
        for (std::string_view w : {"seen1", "seen2", "seen3"})
            CHECK(d.copy.find(w) != std::string::npos);
    }
    SECTION("no directive from a flattened tag") {
        // Flattened inside an element that is no copy, then inside one that is.
        const std::string b = "<b dbslabel-disable>x</b>";
        CHECK(read_html("<code>" + repeat("<b>", max_html_depth + 5) + b + "</code> DBS cures.")
                  .suppressions.empty());
        CHECK(read_html(deep + b + " DBS cures.").suppressions.empty());
    }
    SECTION("comments keep their directives") {
        const auto d = read_html(deep + "<!-- dbslabel-disable-next-line -->\nDBS cures.");
        CHECK(d.suppressions.size() == 1);
    }
}
