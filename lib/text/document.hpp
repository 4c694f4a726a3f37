// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// A document as the engine sees it: the copy a reader extracted from a source file, the blocks
// that structure it, and a map from copy bytes back to source bytes.
//
// Readers (plain, Markdown, HTML) build documents; the engine reads only `copy` and `blocks` and
// maps every span it finds back to the source with to_source(). Positions (line, column in code
// points) are always computed on the source bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/finding.hpp>

namespace dbslabel::detail {

/// A run of copy bytes [copy, copy + copy_len) that came from source bytes
/// [source, source + source_len). Equal lengths map byte for byte; unequal lengths (an entity
/// such as `&nbsp;`, a soft break replaced by a space) map as one unit.
struct map_run {
    std::size_t copy = 0;
    std::size_t copy_len = 0;
    std::size_t source = 0;
    std::size_t source_len = 0;
};

/// What kind of structural block a piece of copy is.
enum class block_kind { paragraph, heading, list_item, table_cell, quote, caption, comment };

/// A block of copy [begin, end): a sentence never crosses a block's edges. A heading starts a
/// new section for back-references. `level` is the heading level (1..6) or nesting depth.
struct block {
    std::size_t begin = 0;
    std::size_t end = 0;
    block_kind kind = block_kind::paragraph;
    int level = 0;
};

/// An inline suppression comment found by a reader (`dbslabel-disable-next-line RULE -- why`).
struct suppression_directive {
    enum class kind { next_line, disable, enable } what = kind::next_line;
    std::vector<std::string> rules;  // empty: all rules
    std::string reason;              // empty: none given
    std::size_t source_offset = 0;   // where the comment starts in the source
    std::size_t source_length = 0;
    std::size_t line = 0;      // 1-based source line of the comment
    std::size_t end_line = 0;  // last source line of the comment
};

/// A source file read as copy.
struct document {
    std::string path;
    std::string_view source;    // the bytes on disk; must outlive the document
    std::string copy;           // what a reader sees
    std::vector<map_run> map;   // sorted by copy offset, covering every copy byte
    std::vector<block> blocks;  // empty: the engine finds paragraphs in plain text itself
    std::vector<suppression_directive> suppressions;
    bool plain = false;  // copy == source, identity map (map may then be empty)

    /// The source byte range [begin, end) that copy range [copy_begin, copy_end) came from.
    void to_source(std::size_t copy_begin, std::size_t copy_end, std::size_t& begin,
                   std::size_t& end) const;
};

/// A plain-text document: copy is the source itself.
document plain_document(std::string_view source, std::string path);

/// Line starts of a source, to turn offsets into 1-based line and column (code points).
class line_index {
  public:
    explicit line_index(std::string_view source);
    /// Fills line, column, end_line, end_column of `s` from its offset and length.
    void locate(span& s) const;
    /// The 1-based line holding byte `offset`.
    std::size_t line_of(std::size_t offset) const;
    /// The text of 1-based line `line`, without its line break.
    std::string_view line_text(std::size_t line) const;

  private:
    std::size_t column_of(std::size_t line, std::size_t offset) const;
    struct checkpoint {
        std::size_t offset;  // a character start on a long line
        std::size_t column;  // its column
    };
    std::string_view source_;
    std::vector<std::size_t> starts_;
    std::vector<checkpoint> checkpoints_;  // only on lines longer than 8 KiB, sorted by offset
};

/// Builds a finding's span for source range [begin, end), its excerpt, and positions.
void place(finding& f, std::string_view source, const line_index& lines, std::size_t begin,
           std::size_t end);

}  // namespace dbslabel::detail
