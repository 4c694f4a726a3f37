// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Inline suppressions: a reviewed exception recorded in the source with its reason.
//
//     <!-- dbslabel-disable-next-line efficacy-claim -- quoted trial result, reviewed 2024-05 -->
//     <!-- dbslabel-disable age-under-7 -- historical case report -->  ...  <!-- dbslabel-enable
//     age-under-7 -->
//
// In plain text the same words stand on a line of their own. A directive without a rule list
// applies to every rule.
#pragma once

#include <vector>

#include <dbslabel/finding.hpp>

#include "text/document.hpp"

namespace dbslabel::detail {

/// Applies `doc.suppressions` to `findings`: marks each suppressed finding (suppressed,
/// suppression_reason), then appends a `suppression-without-reason` warning for each
/// directive that gives no reason and an `unused-suppression` warning for each rule a
/// directive names but suppresses nothing with (and for an enable that ends nothing).
/// `dbslabel-disable-next-line` covers findings that start on the next non-blank line after
/// the comment; `dbslabel-disable` covers findings that start after it and before the next
/// `dbslabel-enable` of that rule (or the end of the file). Meta findings are never
/// suppressed. Findings end up sorted by source offset (stable). Never throws except
/// std::bad_alloc; thread-safe for distinct arguments.
void apply_suppressions(const document& doc, const line_index& lines,
                        std::vector<finding>& findings);

}  // namespace dbslabel::detail
