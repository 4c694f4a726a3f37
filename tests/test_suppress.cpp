// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <dbslabel/rules.hpp>

#include "readers/readers.hpp"
#include "text/suppress.hpp"
#include "web_fixtures.hpp"

using namespace dbslabel;
using namespace dbslabel::detail;

namespace {

// A finding of `rule` on the n-th occurrence of `phrase` in the copy, placed in the source.
finding at(const document& d, const line_index& lines, const std::string& rule,
           const std::string& phrase, int nth = 0) {
    std::size_t pos = d.copy.find(phrase);
    while (nth-- > 0) pos = d.copy.find(phrase, pos + 1);
    REQUIRE(pos != std::string::npos);
    finding f;
    f.rule = rule;
    f.level = find_rule(rule)->level;
    f.path = d.path;
    std::size_t b = 0, e = 0;
    d.to_source(pos, pos + phrase.size(), b, e);
    place(f, d.source, lines, b, e);
    return f;
}

const finding* find(const std::vector<finding>& fs, const std::string& rule, std::size_t line) {
    for (const finding& f : fs)
        if (f.rule == rule && f.where.line == line) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("suppressions: next-line, disable/enable, missing reasons, unused", "[suppress]") {
    const std::string src = web_test::read_web("suppressed.md");
    document d = read_document(src, input_format::markdown, "suppressed.md");
    line_index lines(src);
    std::vector<finding> fs = {at(d, lines, "safety-overclaim", "painless"),
                               at(d, lines, "efficacy-claim", "cured"),
                               at(d, lines, "efficacy-claim", "cured", 1),
                               at(d, lines, "safety-overclaim", "painless", 1)};
    apply_suppressions(d, lines, fs);

    const finding* survey = find(fs, "safety-overclaim", 8);
    REQUIRE(survey);
    CHECK(survey->suppressed);
    CHECK(survey->suppression_reason ==
          "quoted from the 2019 patient survey, reviewed by regulatory");
    for (std::size_t line : {11u, 13u}) {
        const finding* cured = find(fs, "efficacy-claim", line);
        REQUIRE(cured);
        CHECK(cured->suppressed);
        CHECK(cured->suppression_reason == "historical case report, reviewed");
    }
    const finding* bare = find(fs, "safety-overclaim", 20);
    REQUIRE(bare);
    CHECK(bare->suppressed);  // suppressed, but the directive itself is reported
    const finding* no_reason = find(fs, "suppression-without-reason", 19);
    REQUIRE(no_reason);
    CHECK(no_reason->level == severity::warning);
    CHECK(no_reason->excerpt == "<!-- dbslabel-disable-next-line safety-overclaim -->");
    const finding* unused = find(fs, "unused-suppression", 16);
    REQUIRE(unused);
    CHECK(unused->message.find("age-under-7") != std::string::npos);
    CHECK(fs.size() == 6);
    CHECK(std::is_sorted(fs.begin(), fs.end(), [](const finding& a, const finding& b) {
        return a.where.offset < b.where.offset;
    }));
}

TEST_CASE("suppressions: plain-text directive lines", "[suppress][plain]") {
    const std::string src =
        "Intro line.\n"
        "dbslabel-disable-next-line efficacy-claim -- trial quote: DBS cured 9 of 10\n"
        "\n"
        "DBS cured her.\n"
        "dbslabel-disable unlisted-subtype\n"
        "DBS cured writer's cramp.\n"
        "dbslabel-enable unlisted-subtype\n"
        "dbslabel-enable age-under-7\n";
    document d = read_document(src, input_format::plain, "x.txt");
    REQUIRE(d.plain);
    REQUIRE(d.suppressions.size() == 4);
    CHECK(d.copy.size() == src.size());
    CHECK(d.copy.find("trial quote") == std::string::npos);  // blanked, never read as copy
    line_index lines(src);
    std::vector<finding> fs = {at(d, lines, "efficacy-claim", "cured"),
                               at(d, lines, "efficacy-claim", "cured", 1),
                               at(d, lines, "unlisted-subtype", "writer's cramp")};
    apply_suppressions(d, lines, fs);
    CHECK(find(fs, "efficacy-claim", 4)->suppressed);  // next non-blank line
    CHECK(find(fs, "efficacy-claim", 4)->suppression_reason == "trial quote: DBS cured 9 of 10");
    CHECK_FALSE(find(fs, "efficacy-claim", 6)->suppressed);
    CHECK(find(fs, "unlisted-subtype", 6)->suppressed);
    CHECK(find(fs, "suppression-without-reason", 5));
    CHECK(find(fs, "unused-suppression", 8));  // enables nothing
    CHECK_FALSE(find(fs, "unused-suppression", 7));
}

TEST_CASE("suppressions: directive parsing", "[suppress]") {
    suppression_directive d;
    CHECK(parse_directive("  dbslabel-disable-next-line a,b , c -- why -- really  ", d));
    CHECK(d.rules == std::vector<std::string>{"a", "b", "c"});
    CHECK(d.reason == "why -- really");
    CHECK(parse_directive("dbslabel-disable", d));
    CHECK(d.rules.empty());
    CHECK_FALSE(parse_directive("dbslabel-disabled x", d));
    CHECK_FALSE(parse_directive("see dbslabel-disable x", d));
}
