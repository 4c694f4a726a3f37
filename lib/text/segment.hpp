// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Structure: blocks of plain text (paragraphs, heading-like lines, list items, table cells) and
// the sentences inside a block. A sentence never crosses a block's edges.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace dbslabel::detail {

/// One sentence of copy [begin, end), with where it stands in the document's structure.
struct sentence_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool heading = false;        // a heading or heading-like line
    bool block_start = false;    // first sentence of its block (a new paragraph)
    bool section_start = false;  // a heading: back-references do not reach past it
};

/// Finds the blocks of plain text `copy`: paragraphs on blank lines, heading-like lines, list
/// items and table cells. Never throws except std::bad_alloc; thread-safe.
std::vector<block> plain_blocks(std::string_view copy);

/// Appends the sentences of block [b.begin, b.end) of `copy` to `out`. Abbreviations (Dr.,
/// U.S., e.g., approx.), decimals and list markers do not end a sentence. Never throws except
/// std::bad_alloc; thread-safe.
void split_sentences(std::string_view copy, const block& b, std::vector<sentence_span>& out);

}  // namespace dbslabel::detail
