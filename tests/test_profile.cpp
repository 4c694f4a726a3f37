// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <dbslabel/profile.hpp>
#include <dbslabel/profile_file.hpp>

using dbslabel::builtin_profile;
using dbslabel::config_error;
using dbslabel::parse_profile;

TEST_CASE("the HDE profile holds the labelling's values", "[profile]") {
    const auto p = builtin_profile();
    CHECK(p.name == "dystonia-hde");
    CHECK(p.min_age_years == 7);
    CHECK(p.min_age_for("generalized") == 7);
    CHECK(p.lists_subtype("hemidystonia"));
    CHECK(p.lists_subtype("cervical"));
    CHECK_FALSE(p.lists_subtype("focal"));
    CHECK(p.primary_required);
    CHECK_FALSE(p.effectiveness_demonstrated);
    CHECK(p.statement_parts.size() == 3);
    for (const char* id :
         {"device", "effectiveness", "chronic", "refractory", "primary", "subtype", "age"})
        CHECK(p.find_clause(id) != nullptr);
    CHECK(p.find_clause("age")->text.find("seven years") != std::string::npos);
    CHECK(p.origins.at("chronic_months") == "built-in dystonia-hde");
}

TEST_CASE("the PMA profile: adults, generalized from 12, no hemidystonia", "[profile]") {
    const auto p = builtin_profile("dystonia-pma");
    CHECK(p.min_age_years == 18);
    CHECK(p.min_age_for("generalized") == 12);
    CHECK(p.min_age_for("cervical") == 18);
    CHECK(p.min_age_for("") == 12);
    CHECK_FALSE(p.lists_subtype("hemidystonia"));
    CHECK(p.effectiveness_demonstrated);
    CHECK(p.statement_parts.empty());
}

TEST_CASE("an unknown built-in name is a config error", "[profile]") {
    CHECK_THROWS_AS(builtin_profile("dystonia-ce"), config_error);
}

TEST_CASE("a profile file overrides its base and records where", "[profile]") {
    const auto p = parse_profile(
        "base = \"dystonia-pma\"\nname = \"clinic\"\nchronic_months = 12\n"
        "[subtype_ages]\ngeneralized = 14\n",
        "clinic.toml");
    CHECK(p.name == "clinic");
    CHECK(p.base == "dystonia-pma");
    CHECK(p.chronic_months == 12);
    CHECK(p.failed_trials == 1);
    CHECK(p.min_age_for("generalized") == 14);
    CHECK(p.origins.at("chronic_months") == "clinic.toml:3:18");
    CHECK(p.origins.at("failed_trials") == "built-in dystonia-pma");
}

TEST_CASE("extra names add to the vocabulary", "[profile]") {
    const auto p =
        parse_profile("base = \"dystonia-hde\"\nextra_product_names = [\"Vercise\"]\n", "x.toml");
    CHECK(p.product_names == std::vector<std::string>{"Activa", "Vercise"});
}

namespace {
void expect_error(const std::string& text, std::size_t line, std::size_t column,
                  const std::string& fragment) {
    try {
        (void)parse_profile(text, "p.toml");
        FAIL("no error for: " << text);
    } catch (const config_error& e) {
        INFO(e.what());
        CHECK(e.file() == "p.toml");
        CHECK(e.line() == line);
        CHECK(e.column() == column);
        CHECK(std::string(e.what()).find(fragment) != std::string::npos);
    }
}
}  // namespace

TEST_CASE("every profile error names file, line and column", "[profile]") {
    expect_error("name = \"x\"\n", 1, 1, "base");
    expect_error("base = \"dystonia-xx\"\n", 1, 8, "no built-in profile 'dystonia-xx'");
    expect_error("base = 3\n", 1, 8, "'base' must be a string");
    expect_error("base = \"dystonia-hde\"\nfoo = 1\n", 2, 1, "unknown key 'foo'");
    expect_error("base = \"dystonia-hde\"\nmin_age_years = -1\n", 2, 17, "outside 0..120");
    expect_error("base = \"dystonia-hde\"\nmin_age_years = 7.5\n", 2, 17, "whole number");
    expect_error("base = \"dystonia-hde\"\nfailed_trials = true\n", 2, 17, "whole number");
    expect_error("base = \"dystonia-hde\"\nsubtypes = [\"cervical\", \"writers\"]\n", 2, 25,
                 "unknown subtype 'writers'");
    expect_error("base = \"dystonia-hde\"\nsubtypes = []\n", 1, 1, "at least one subtype");
    expect_error("base = \"dystonia-hde\"\n[subtype_ages]\nfocall = 3\n", 3, 1,
                 "unknown subtype 'focall'");
    expect_error("base = \"dystonia-hde\"\n[clauses]\nweight = \"x\"\n", 3, 1,
                 "unknown clause 'weight'");
    expect_error("base = \"dystonia-hde\"\nprimary_required = \"yes\"\n", 2, 20, "true or false");
    expect_error("base = \"dystonia-hde\"\nname = \n", 2, 8, "");
}
