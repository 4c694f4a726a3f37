// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <exception>
#include <string>
#include <vector>

#include <dbslabel/checker.hpp>

#include "fuzz_checks.hpp"

namespace dbslabel::fuzz {

namespace {

// Inputs above this size are skipped: bigger inputs find nothing new, only run slower (the
// size limits themselves are exercised by tests/test_faults_limits.cpp).
constexpr std::size_t max_text = std::size_t{1} << 16;

const text_checker& checker_for(bool pma) {
    static const text_checker hde(builtin_profile("dystonia-hde"));
    static const text_checker with_pma(builtin_profile("dystonia-pma"));
    return pma ? with_pma : hde;
}

}  // namespace

void check_text(input_format format, std::string_view data) {
    if (data.size() > max_text) return;
    // The last byte chooses the options, the rest is the input.
    const unsigned char options = data.empty() ? 0 : static_cast<unsigned char>(data.back());
    if (!data.empty()) data.remove_suffix(1);
    const std::string path = (options & 2) ? "-" : "fuzz/input";
    std::vector<finding> found;
    try {
        found = checker_for(options & 1).check(data, format, path);
    } catch (const std::exception& e) {
        fail(std::string("text_checker::check threw: ") + e.what());
    }
    check_findings(found, data, path);
}

}  // namespace dbslabel::fuzz
