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

TEST_CASE("html: entities and inline tags keep a phrase whole, mapped to source bytes",
          "[html][reader]") {
    const std::string src = web_test::read_web("markup.html");
    document d = read_document(src, input_format::html, "markup.html");
    CHECK(source_of(d, "completely safe") == "completely</em>\n   safe");
    CHECK(web_test::line_of(d, "completely safe") == 13);
    CHECK(source_of(d, "3" + nbsp + "years old") == "3&nbsp;years old");
    CHECK(source_of(d, "child\xE2\x80\x99s") == "child&#8217;s");
    CHECK(source_of(d, "was life-changing.") ==
          "was <a href=\"/cured\" title=\"cured by "
          "DBS\">life-changing</a>.");
    CHECK(source_of(d, "cured me & my") == "cured me &amp; my");
    CHECK(source_of(d, "\xE2\x80\x9Crelieved\xE2\x80\x9D") == "&ldquo;relieved&rdquo;");
}

TEST_CASE("html: what is copy and what is not", "[html][reader]") {
    const std::string src = web_test::read_web("markup.html");
    document d = read_document(src, input_format::html, "markup.html");
    CHECK(d.copy.find("DBS cured it") == std::string::npos);     // <title>
    CHECK(d.copy.find("content:") == std::string::npos);         // <style>
    CHECK(d.copy.find("var x") == std::string::npos);            // <script>
    CHECK(d.copy.find("DBS is painless") == std::string::npos);  // comment, <pre><code>
    CHECK(d.copy.find("/cured") == std::string::npos);           // URLs
    CHECK(has_block(d, block_kind::caption, "DBS is completely" + nbsp + "safe"));  // meta
    CHECK(has_block(d, block_kind::caption, "life-changing therapy"));  // og:description
    CHECK(has_block(d, block_kind::heading, "DBS completely safe"));
    CHECK(has_block(d, block_kind::caption, "cured by DBS"));  // title attribute
    CHECK(has_block(d, block_kind::list_item, "relieved spasms"));
    CHECK(has_block(d, block_kind::table_cell, "newly diagnosed"));
    CHECK(has_block(d, block_kind::quote, "It cured me & my sister."));
    CHECK(has_block(d, block_kind::caption, "A five-year-old after DBS"));  // alt
    CHECK(source_of(d, "DBS is completely" + nbsp + "safe") == "DBS is completely&nbsp;safe");
    CHECK(web_test::line_of(d, "life-changing therapy") == 6);
    CHECK(web_test::line_of(d, "five-year-old") == 19);
}

TEST_CASE("html: every word of copy round-trips to its source bytes", "[html][reader]") {
    const std::string src = web_test::read_web("markup.html");
    document d = read_document(src, input_format::html, "markup.html");
    CHECK(web_test::first_bad_word(d) == "");
}

TEST_CASE("html: suppression directives in comments", "[html][suppress]") {
    const std::string src =
        "<p>One</p>\n<!-- dbslabel-disable-next-line efficacy-claim, age-under-7 -- reviewed "
        "-->\n<p>DBS cured her at 4.</p>\n<!--dbslabel-enable-->\n<!-- plain comment -->\n";
    document d = read_document(src, input_format::html, "x.html");
    REQUIRE(d.suppressions.size() == 2);
    CHECK(d.suppressions[0].rules == std::vector<std::string>{"efficacy-claim", "age-under-7"});
    CHECK(d.suppressions[0].reason == "reviewed");
    CHECK(d.suppressions[0].line == 2);
    CHECK(d.suppressions[0].source_offset == src.find("<!--"));
    CHECK(d.suppressions[1].what == suppression_directive::kind::enable);
    CHECK(d.suppressions[1].rules.empty());
}

TEST_CASE("html: hostile input never throws and stays in bounds", "[html][reader]") {
    for (const std::string& src :
         {std::string("<p>&#0;&#xD800;&#99999999;&bogus; &amp</p>"), std::string("<p>a\0b</p>", 10),
          std::string("<<<>>>&&&"), std::string(2000, '<') + "div>", std::string("<!--")}) {
        document d = read_document(src, input_format::html, "x.html");
        for (const map_run& r : d.map) CHECK(r.source + r.source_len <= src.size());
    }
}
