// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Bounds the nesting gumbo sees. gumbo 0.10 walks its stack of open elements for many start
// tags (every <div>, <p>, <blockquote>, <li>, heading and formatting element), so n nested
// elements cost O(n^2): 100k nested <div> took 17 s, <blockquote> 42 s. A pre-pass tracks the
// elements open at each tag, as HTML's tree construction would for the common cases, and
// flattens what lies deeper than max_html_depth, as WebKit and Blink do past a depth of 512
// (their parsers attach such elements to the element at that depth): a start tag that would
// open an element deeper than the limit, and its end tag, are rewritten in the bytes gumbo
// parses into bogus comments of the same length (`<div class=x>` becomes `<!__ class=x>`), so
// that every offset stays exact. Nothing is lost: the text inside stays where it was, in the
// element at the limit; a flattened block element still ends the sentence before and after
// it (the reader keeps its edges); its `title` is still read; a flattened element whose
// content is not copy (<code>, <svg>, `hidden`, ...) still hides its content.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dbslabel::detail {

/// The deepest element gumbo is given: deeper ones are flattened. Real pages nest a few
/// dozen elements deep; WebKit and Blink flatten past this same depth.
inline constexpr std::size_t max_html_depth = 512;

/// Elements whose content a reader of the page does not see as copy.
bool is_skipped_element(GumboTag t);

/// A start or end tag rewritten into a bogus comment. Offsets are relative to the HTML range.
struct flattened_tag {
    std::size_t begin = 0;  // the '<'
    std::size_t end = 0;    // one past the '>'
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool end_tag = false;
    bool has_title = false;
    std::size_t title_begin = 0;  // the `title` attribute's value, without its quotes
    std::size_t title_length = 0;
};

/// What the pre-pass did to one HTML range.
struct html_flattening {
    /// The bytes gumbo parses, as long as the range; empty when nothing was flattened (gumbo
    /// then parses the range itself).
    std::string html;
    /// The flattened tags, in source order.
    std::vector<flattened_tag> tags;
    /// Ranges [first, second) that lie inside flattened elements whose content is not copy;
    /// sorted and disjoint.
    std::vector<std::pair<std::size_t, std::size_t>> skipped;
};

/// Finds the tags of `html` that would open elements deeper than `max_depth` (and their end
/// tags) and rewrites them as described above. Linear in the size of `html` (times at most
/// `max_depth` for each tag that closes elements implicitly or explicitly).
html_flattening flatten_deep_nesting(std::string_view html, std::size_t max_depth = max_html_depth);

}  // namespace dbslabel::detail
