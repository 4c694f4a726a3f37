// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "report/writer.hpp"
#include "report/writers_extra.hpp"

using namespace dbslabel;
using namespace dbslabel::detail;

namespace {

finding at(std::string rule, std::size_t offset, std::size_t length, bool suppressed = false) {
    finding f;
    f.rule = std::move(rule);
    f.level = severity::error;
    f.clause = "age";
    f.message = "claims use in patients under 7";
    f.path = "ad.txt";
    f.where = {offset, length, 1, offset + 1, 1, offset + length};
    f.suppressed = suppressed;
    f.suppression_reason = suppressed ? "reviewed <b>quote</b>" : "";
    return f;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
    return n;
}

// The page for one text input with `findings`.
std::string page_for(std::string_view source, const std::vector<finding>& findings,
                     std::string_view path = "ad.txt") {
    std::ostringstream out;
    writer_options o;
    o.command = "text";
    o.profile_name = "dystonia-hde";
    o.clauses = {{"age", "in patients seven years of age or above"}};
    auto w = make_writer("html", out, o);
    w->begin_input(path, source);
    for (const finding& f : findings) w->on_finding(f);
    w->end_input(path, 0);
    w->finish();
    return out.str();
}

// The text of the copy block with every tag and tooltip removed.
std::string copy_text(const std::string& page) {
    const std::size_t b = page.find("<div class=\"copy\">");
    const std::size_t e = page.find("</div>", b);
    REQUIRE(b != std::string::npos);
    std::string html = page.substr(b + 18, e - b - 18), out;
    int tip = 0;
    for (std::size_t i = 0; i < html.size();) {
        if (html.compare(i, 18, "<span class=\"tip\" ") == 0) ++tip;
        if (html[i] == '<') {
            if (tip && html.compare(i, 7, "</span>") == 0) --tip;
            i = html.find('>', i) + 1;
            continue;
        }
        if (!tip) out += html[i];
        ++i;
    }
    return out;
}

}  // namespace

TEST_CASE("html: one highlight per finding, nested and split overlaps", "[html]") {
    const std::string source = "DBS helps toddlers and infants a lot.";
    // [4,18) contains [10,18); [10,30) overlaps [4,18) partly; [31,31) is empty.
    const std::vector<finding> fs = {at("efficacy-claim", 4, 14), at("age-under-7", 10, 8),
                                     at("age-under-7", 10, 20), at("missing-hde-statement", 31, 0),
                                     at("safety-overclaim", 500, 4)};
    const std::string page = page_for(source, fs);
    CHECK(count(page, "<mark class=\"claim ") == fs.size());
    CHECK(count(page, "<mark ") == count(page, "</mark>"));
    CHECK(count(page, "<mark class=\"claim-part") == 1);
    CHECK(count(page, "tabindex=\"0\" aria-describedby=\"f") == fs.size());
    // The text between the tags is the source, byte for byte.
    CHECK(copy_text(page) == source);
    CHECK(page.find("in patients seven years of age or above") != std::string::npos);
}

TEST_CASE("html: input is escaped everywhere it is quoted", "[html]") {
    const std::string source =
        "<script>alert(1)</script> DBS <img src=x onerror=alert(2)> for toddlers \xff\x01 &amp;";
    finding f = at("age-under-7", source.find("toddlers"), 8, true);
    f.message = "claims use in patients under 7: '<script>'";
    f.excerpt = "</mark><script>";
    const std::string page = page_for(source, {f}, "\"><script>alert(3)</script>.md");
    CHECK(count(page, "<script") == 1);  // the page's own
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("&amp;amp;") != std::string::npos);
    CHECK(page.find("\xff") == std::string::npos);
    CHECK(page.find('\x01') == std::string::npos);
    CHECK(page.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(page.find("reviewed &lt;b&gt;quote&lt;/b&gt;") != std::string::npos);
    CHECK(count(page, "<mark class=\"claim sev-error suppressed\"") == 1);
    CHECK(page.find("Content-Security-Policy") != std::string::npos);
    CHECK(page.find("script-src 'sha256-") != std::string::npos);
}

TEST_CASE("html: records table and verdict counts", "[html]") {
    std::ostringstream out;
    writer_options o;
    o.command = "records";
    o.profile_name = "dystonia-hde";
    auto w = make_writer("html", out, o);
    record_output r;
    r.id = "<b>P1</b>";
    r.path = "a.csv";
    r.line = 2;
    r.verdict = "outside";
    for (const char* n :
         {"diagnosis", "age", "primary", "subtype", "chronic", "refractory", "consistency"})
        r.criteria.push_back({n, n == std::string("age") ? "not_met" : "met", "age 5", ""});
    w->begin_input("a.csv", "");
    w->on_record(r);
    w->on_error({"a.csv", 3, "birth_date '2019-13-01' is not a date"});
    w->end_input("a.csv", 2);
    w->finish();
    const std::string page = out.str();
    CHECK(page.find("&lt;b&gt;P1&lt;/b&gt;") != std::string::npos);
    CHECK(count(page, "<span class=\"st st-not_met\">not met</span>") == 1);
    CHECK(page.find("class=\"sortable records\"") != std::string::npos);
    CHECK(page.find("a.csv:3</code>: birth_date") != std::string::npos);
    CHECK(page.find("<mark") == std::string::npos);
}
