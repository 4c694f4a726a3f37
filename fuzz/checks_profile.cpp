// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <exception>
#include <string>

#include <dbslabel/assessment.hpp>
#include <dbslabel/checker.hpp>
#include <dbslabel/error.hpp>
#include <dbslabel/patient.hpp>
#include <dbslabel/profile_file.hpp>

#include "fuzz_checks.hpp"

namespace dbslabel::fuzz {

namespace {

constexpr std::size_t max_profile = std::size_t{1} << 14;

}  // namespace

void check_profile(std::string_view data) {
    if (data.size() > max_profile) return;
    const std::string path = "fuzz.toml";
    std::size_t lines = 1;
    for (const char c : data) lines += c == '\n';
    profile p;
    try {
        p = parse_profile(data, path);
    } catch (const config_error& e) {
        if (e.file() != path) fail("config_error names '" + e.file() + "': " + e.what());
        if (e.line() > lines)
            fail("config_error at line " + std::to_string(e.line()) + " of " +
                 std::to_string(lines) + ": " + e.what());
        if (e.message().empty()) fail("config_error without a message");
        return;
    } catch (const std::exception& e) {
        fail(std::string("parse_profile threw a non-config error: ") + e.what());
    }
    if (p.min_age_years < 0 || p.chronic_months < 0 || p.failed_trials < 0)
        fail("parse_profile accepted a negative policy value");
    // A profile the loader accepts must give a working checker (or a config_error).
    try {
        const text_checker checker(p);
        static constexpr std::string_view sample =
            "Deep brain stimulation is safe for toddlers and cures dystonia.";
        check_findings(checker.check(sample, input_format::plain, "s"), sample, "s");
        patient one;
        one.id = "P1";
        (void)assess(one, p, date{2026, 6, 1});
    } catch (const config_error&) {
    } catch (const property_failure&) {
        throw;
    } catch (const std::exception& e) {
        fail(std::string("a loaded profile broke the checker: ") + e.what());
    }
}

}  // namespace dbslabel::fuzz
