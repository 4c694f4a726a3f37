// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// `dbslabel indication` and `dbslabel rules`: what dbslabel knows, printed.
#pragma once

#include <iosfwd>
#include <string>

#include <dbslabel/profile.hpp>

namespace dbslabel::detail {

/// Prints the profile's clauses, labelling and policy values with their origins, as "text" or
/// "json". Throws usage_error for another format. Returns the exit status (0).
int run_indication(const profile& p, const std::string& format, std::ostream& out);

/// Prints the rule catalogue as "text" or "json". Throws usage_error for another format.
/// Returns the exit status (0).
int run_rules(const std::string& format, std::ostream& out);

}  // namespace dbslabel::detail
