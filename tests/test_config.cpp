// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <dbslabel/error.hpp>

#include "app/config.hpp"

using namespace dbslabel;
using namespace dbslabel::detail;

namespace {
std::string error_of(const std::string& text) {
    try {
        (void)parse_config(text, "repo/.dbslabel.toml");
    } catch (const config_error& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("config: keys, profile paths and rule levels", "[config]") {
    repo_config c = parse_config(
        "profile = \"profiles/clinic.toml\"\nfail_level = \"error\"\nignore = [\"drafts/**\"]\n"
        "product_names = [\"NeuroCalm\"]\n[rules]\nsafety-overclaim = \"error\"\n"
        "regulatory-status = \"off\"\n",
        "repo/.dbslabel.toml");
    CHECK(c.profile == "repo/profiles/clinic.toml");
    CHECK(c.fail_level == "error");
    CHECK(c.ignore == std::vector<std::string>{"drafts/**"});
    CHECK(c.product_names == std::vector<std::string>{"NeuroCalm"});
    CHECK(c.rule_levels.at("safety-overclaim") == severity::error);
    CHECK(c.rule_levels.at("regulatory-status") == severity::none);
    CHECK(parse_config("profile = \"dystonia-pma\"\n", "x/.dbslabel.toml").profile ==
          "dystonia-pma");

    std::vector<finding> fs(3);
    fs[0].rule = "safety-overclaim";
    fs[0].level = severity::warning;
    fs[1].rule = "regulatory-status";
    fs[2].rule = "efficacy-claim";
    apply_rule_levels(c, fs);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].level == severity::error);
    CHECK(fs[1].rule == "efficacy-claim");
}

TEST_CASE("config: every error names file, line and column", "[config]") {
    CHECK(error_of("profile = \"x\"\nfail_levle = \"error\"\n") ==
          "repo/.dbslabel.toml:2:1: unknown key 'fail_levle' (known: profile, fail_level, "
          "ignore, product_names, [rules])");
    CHECK(error_of("[rules]\nefficacy-claim = \"loud\"\n").rfind("repo/.dbslabel.toml:2:18: ", 0) ==
          0);
    CHECK(error_of("[rules]\nno-such-rule = \"off\"\n") ==
          "repo/.dbslabel.toml:2:1: unknown rule 'no-such-rule'");
    CHECK(error_of("fail_level = 3\n") ==
          "repo/.dbslabel.toml:1:14: 'fail_level' must be a string");
    CHECK(error_of("ignore = [\"a\", 2]\n") ==
          "repo/.dbslabel.toml:1:16: 'ignore' must be a string");
    CHECK(error_of("profile = \n").rfind("repo/.dbslabel.toml:1:", 0) == 0);
}

TEST_CASE("config: ignore globs", "[config]") {
    CHECK(glob_match("drafts/**", "drafts/a/b.md"));
    CHECK(glob_match("**/*.md", "a/b/c.md"));
    CHECK(glob_match("**/*.md", "c.md"));
    CHECK(glob_match("*.md", "c.md"));
    CHECK_FALSE(glob_match("*.md", "a/c.md"));
    CHECK(glob_match("a/?.md", "a/b.md"));
    CHECK_FALSE(glob_match("a/?.md", "a/bc.md"));
    repo_config c;
    c.directory = "repo";
    c.ignore = {"drafts/", "*.bak.md"};
    CHECK(config_ignores(c, "repo/drafts/x.md"));
    CHECK(config_ignores(c, "repo/deep/y.bak.md"));
    CHECK_FALSE(config_ignores(c, "repo/site/x.md"));
}
