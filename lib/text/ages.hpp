// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Ages as numbers: finds the age expressions of a sentence ("a four-year-old", "ages 5 and up",
// "as young as 6", "under seven", "18 months", "5-12", "before their fifth birthday") and turns
// each into a range of years. Age groups ("toddlers", "teenagers", "any age") come from the
// lexicon; this parser handles the expressions built from numbers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/lexicon.hpp"
#include "text/tokens.hpp"

namespace dbslabel::detail {

/// An age expression over tokens [b, e): ages lo..hi in years (hi < 0: no upper bound).
struct age_hit {
    std::size_t b = 0;
    std::size_t e = 0;
    double lo = 0;
    double hi = -1;
};

/// Appends the numeric age expressions of `toks` to `out`. A number that is not an age (a
/// count, a duration, a dose) yields nothing. Never throws except std::bad_alloc; thread-safe.
/// `copy` (the text the tokens' offsets point into) lets a capitalised name stand as a
/// person ("Noah was three", "Mia, 5, ..."); without it names are not recognised.
void find_ages(const std::vector<token>& toks, std::string_view norm, const lexicon& lex,
               std::vector<age_hit>& out, std::string_view copy = {});

/// The age expressions of `text` read as one sentence (for tests and tools).
std::vector<age_hit> find_ages_in(std::string_view text, const lexicon& lex);

}  // namespace dbslabel::detail
