// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <sstream>

#include "report/writers_extra.hpp"

using namespace dbslabel;
using namespace dbslabel::detail;

namespace {
finding sample(bool suppressed) {
    finding f;
    f.rule = "safety-overclaim";
    f.level = severity::warning;
    f.clause = "device";
    f.message = "says the therapy is free of risk: 'completely safe'";
    f.excerpt = "completely&nbsp;safe";
    f.path = "./site/a b.html";
    f.where = {100, 20, 4, 7, 4, 26};
    f.suppressed = suppressed;
    f.suppression_reason = suppressed ? "reviewed \"quote\"" : "";
    return f;
}
}  // namespace

TEST_CASE("sarif: regions, byte positions, clause and suppressions", "[sarif]") {
    std::ostringstream out;
    writer_options o;
    o.command = "text";
    o.profile_name = "dystonia-hde";
    auto w = make_sarif_writer(out, o);
    w->begin_input("./site/a b.html", "");
    w->on_finding(sample(false));
    w->on_finding(sample(true));
    w->on_error({"missing.md", 0, "no such file"});
    w->finish();
    const std::string s = out.str();
    CHECK(s.find("\"version\": \"2.1.0\"") != std::string::npos);
    CHECK(s.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
    CHECK(s.find("\"uri\": \"site/a%20b.html\"") != std::string::npos);
    // endColumn is exclusive in SARIF: the finding's last character is column 26.
    CHECK(s.find("\"startLine\": 4, \"startColumn\": 7, \"endLine\": 4, \"endColumn\": 27, "
                 "\"byteOffset\": 100, \"byteLength\": 20") != std::string::npos);
    CHECK(s.find("charOffset") == std::string::npos);
    CHECK(s.find("\"properties\": {\"clause\": \"device\"") != std::string::npos);
    CHECK(s.find("\"suppressions\": [{\"kind\": \"inSource\", \"justification\": \"reviewed "
                 "\\\"quote\\\"\"}]") != std::string::npos);
    CHECK(s.find("\"id\": \"efficacy-claim\"") != std::string::npos);
    CHECK(s.find("\"defaultConfiguration\": {\"level\": \"error\"}") != std::string::npos);
    CHECK(s.find("\"executionSuccessful\": false") != std::string::npos);
    CHECK(s.find("\"ruleIndex\": 6") != std::string::npos);
}

TEST_CASE("sarif: artifact URIs", "[sarif]") {
    CHECK(sarif_uri("site/index.md") == "site/index.md");
    CHECK(sarif_uri("./docs/x.html") == "docs/x.html");
    CHECK(sarif_uri("/abs/p q.md") == "file:///abs/p%20q.md");
    CHECK(sarif_uri("dir\\win.md") == "dir/win.md");
    CHECK(sarif_uri("caf\xC3\xA9:1.md") == "caf%C3%A9%3A1.md");
}

TEST_CASE("github: workflow commands with escaped properties and data", "[github]") {
    std::ostringstream out;
    auto w = make_github_writer(out, writer_options{});
    finding f = sample(false);
    f.path = "site/a,b:c.md";
    f.message = "100% safe\nclaimed";
    w->on_finding(f);
    w->on_finding(sample(true));  // suppressed: no annotation
    w->finish();
    CHECK(out.str() ==
          "::warning file=site/a%2Cb%3Ac.md,line=4,col=7,endLine=4,endColumn=26,"
          "title=dbslabel safety-overclaim (device)::100%25 safe%0Aclaimed: "
          "'completely&nbsp;safe'\n");
    CHECK(github_escape_property("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A");
    CHECK(github_escape_data("a:b,c%\r\n") == "a:b,c%25%0D%0A");
}
