// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The vocabularies as a flat list of literal terms, one per pattern alternative: what a plain
// multi-string search (grep -F, rg -F) would look for. `dbslabel rules --lexicon` prints it; the
// benchmarks time dbslabel against a search for these terms.
#pragma once

#include <string>
#include <vector>

#include <dbslabel/profile.hpp>

namespace dbslabel::detail {

/// Every literal term of the embedded vocabularies plus the profile's therapy and product
/// names, lower case (names kept as written), sorted, without duplicates. A pattern's stems
/// (`relie*`) become their stem; a pattern contributes the literal run it starts with (up to
/// its first gap `~N`, set `@set` or number `#`), with alternatives (`a|b`) expanded up to 64
/// terms per pattern.
/// Throws config_error on a malformed vocabulary file.
std::vector<std::string> lexicon_terms(const profile& p);

}  // namespace dbslabel::detail
