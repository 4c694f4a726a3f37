// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "readers/readers.hpp"
#include "web_fixtures.hpp"

using namespace dbslabel;
using namespace dbslabel::detail;
using web_test::source_of;

using web_test::has_block;
using web_test::nbsp;

TEST_CASE("markdown: a claim split by markup maps to its first and last source byte",
          "[markdown][reader]") {
    const std::string src = web_test::read_web("markup.md");
    document d = read_document(src, input_format::markdown, "markup.md");
    CHECK(source_of(d, "completely safe") == "completely**\nsafe");
    CHECK(web_test::line_of(d, "completely safe") == 7);
    CHECK(source_of(d, "life-changing" + nbsp + "for") == "life-changing*&nbsp;for");
    CHECK(source_of(d, "3" + nbsp + "years old") == "3&nbsp;years old");
    CHECK(source_of(d, "child\xE2\x80\x99s") == "child&#8217;s");
    CHECK(source_of(d, "said a patient.") ==
          "said a [patient](https://example.com/dbs-cured \"cured by DBS\").");
}

TEST_CASE("markdown: what is copy and what is not", "[markdown][reader]") {
    const std::string src = web_test::read_web("markup.md");
    document d = read_document(src, input_format::markdown, "markup.md");
    // Not copy: TOML front matter, fenced and indented code, inline code, comments, URLs.
    CHECK(d.copy.find("description") == std::string::npos);
    CHECK(d.copy.find("DBS cured everything") == std::string::npos);
    CHECK(d.copy.find("indented") == std::string::npos);
    CHECK(d.copy.find("Use in code spans only.") != std::string::npos);
    CHECK(d.copy.find("a comment") == std::string::npos);
    CHECK(d.copy.find("example.com") == std::string::npos);
    CHECK(d.copy.find("Autolink here.") != std::string::npos);
    // Copy, each in its block: headings, quotes, cells, list items, alt text, link titles.
    CHECK(has_block(d, block_kind::heading, "Deep brain stimulation"));
    CHECK(has_block(d, block_kind::quote, "Deep brain stimulation relieved my spasms."));
    CHECK(has_block(d, block_kind::table_cell, "newly diagnosed patients"));
    CHECK(has_block(d, block_kind::list_item, "one item is painless"));
    CHECK(has_block(d, block_kind::list_item, "A five-year-old after DBS"));
    CHECK(has_block(d, block_kind::caption, "cured by DBS"));
    CHECK(web_test::line_of(d, "newly diagnosed") == 24);
    CHECK(web_test::line_of(d, "five-year-old") == 27);
}

TEST_CASE("markdown: YAML front matter is skipped and lines stay source lines",
          "[markdown][reader]") {
    const std::string src = "---\ntitle: DBS is painless\n---\n\nDBS is painless.\n";
    document d = read_document(src, input_format::markdown, "x.md");
    CHECK(d.copy == "DBS is painless.");
    CHECK(web_test::line_of(d, "painless") == 5);
    // An unclosed fence is not front matter.
    document open = read_document("---\nDBS is painless\n", input_format::markdown, "y.md");
    CHECK(open.copy.find("DBS is painless") != std::string::npos);
}

TEST_CASE("markdown: every word of copy round-trips to its source bytes", "[markdown][reader]") {
    for (const char* name : {"markup.md", "suppressed.md"}) {
        const std::string src = web_test::read_web(name);
        document d = read_document(src, input_format::markdown, name);
        INFO(name);
        CHECK(web_test::first_bad_word(d) == "");
        // The map is sorted and covers every copy byte.
        std::size_t expect = 0;
        for (const map_run& r : d.map) {
            CHECK(r.copy == expect);
            expect = r.copy + r.copy_len;
        }
        CHECK(expect == d.copy.size());
    }
}

TEST_CASE("markdown: suppression directives in HTML comments", "[markdown][suppress]") {
    const std::string src = web_test::read_web("suppressed.md");
    document d = read_document(src, input_format::markdown, "suppressed.md");
    REQUIRE(d.suppressions.size() == 5);
    CHECK(d.suppressions[0].what == suppression_directive::kind::next_line);
    CHECK(d.suppressions[0].rules == std::vector<std::string>{"safety-overclaim"});
    CHECK(d.suppressions[0].reason ==
          "quoted from the 2019 patient survey, reviewed by regulatory");
    CHECK(d.suppressions[0].line == 7);
    CHECK(d.suppressions[1].what == suppression_directive::kind::disable);
    CHECK(d.suppressions[2].what == suppression_directive::kind::enable);
    CHECK(d.suppressions[4].reason.empty());
    CHECK(d.copy.find("dbslabel-") == std::string::npos);
}
