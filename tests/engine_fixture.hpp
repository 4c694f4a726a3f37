// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Shared helpers for the claim-engine tests: one checker per built-in profile, and the set of
// sentence rules a text breaks.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/checker.hpp>

namespace engine_test {

inline const dbslabel::text_checker& hde() {
    static const dbslabel::text_checker c(dbslabel::builtin_profile("dystonia-hde"));
    return c;
}

inline const dbslabel::text_checker& pma() {
    static const dbslabel::text_checker c(dbslabel::builtin_profile("dystonia-pma"));
    return c;
}

/// The rules (without missing-hde-statement) that `text` breaks, as a sorted set.
inline std::set<std::string> rules_of(const dbslabel::text_checker& c, std::string_view text) {
    std::set<std::string> out;
    for (const dbslabel::finding& f : c.check(text))
        if (f.rule != "missing-hde-statement") out.insert(f.rule);
    return out;
}

inline bool breaks(const dbslabel::text_checker& c, std::string_view text,
                   const std::string& rule) {
    return rules_of(c, text).count(rule) > 0;
}

inline std::set<std::string> set_of(std::initializer_list<const char*> xs) {
    std::set<std::string> out;
    for (const char* x : xs) out.insert(x);
    return out;
}

}  // namespace engine_test
