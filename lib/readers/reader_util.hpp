// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Shared machinery of the Markdown and HTML readers: a builder that appends copy with its
// source map and blocks (collapsing whitespace as a browser does), character reference
// decoding, and the parser of inline suppression directives.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace dbslabel::detail {

/// Decodes the character reference at the start of `s` (which begins with '&'). On success
/// stores its UTF-8 text in `out`, its length in source bytes in `used`, and returns true.
/// Named references need their ';' (as HTML requires outside legacy cases); numeric ones
/// follow HTML (0 and surrogates give U+FFFD, 0x80-0x9F are read as Windows-1252).
bool decode_reference(std::string_view s, std::string& out, std::size_t& used);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Parses the text of a comment (or a plain-text line) as a suppression directive. `text` is
/// the comment body without its delimiters. Returns false when it is not one. Fills what,
/// rules and reason; the caller sets positions.
bool parse_directive(std::string_view text, suppression_directive& out);

/// Builds a document's copy, map and blocks. Blocks nest on a stack; the copy of each block
/// is a flat segment (an inner block ends the outer one's current segment). Texts from
/// attributes (`title`, `alt` in HTML) are kept aside and become caption blocks when the
/// block around them ends, so they do not cut a sentence in two.
class copy_builder {
  public:
    explicit copy_builder(document& doc) : doc_(doc) {}

    /// A block starts. A paragraph inside a list item, quote or table cell takes that kind.
    void push(block_kind kind, int level = 0);
    /// The innermost block ends.
    void pop();
    /// Literal source text [offset, offset + len) (no references), whitespace collapsed.
    void literal(std::size_t offset, std::size_t len);
    /// Source text [offset, offset + len) in which character references are decoded.
    void with_references(std::size_t offset, std::size_t len);
    /// Copy `text` that stands for source bytes [offset, offset + len) as one unit.
    void unit(std::string_view text, std::size_t offset, std::size_t len);
    /// Whitespace (a soft break, a <br>) over source bytes [offset, offset + len).
    void space(std::size_t offset, std::size_t len);
    /// The end of the last source byte appended (for soft breaks that carry no position).
    std::size_t last_source_end() const { return last_src_end_; }
    /// Attribute text [offset, offset + len) to become a caption block; `references`: decode.
    void aside(std::size_t offset, std::size_t len, bool references);
    /// Ends every block and writes what is left.
    void finish();

  private:
    struct frame {
        block_kind kind;
        int level;
    };
    struct pending_aside {
        std::size_t offset;
        std::size_t len;
        bool references;
    };
    void end_segment();
    void begin_segment_if_needed();
    void put(std::string_view text, std::size_t offset, std::size_t len);
    bool extend_last(std::size_t offset, std::size_t len, std::size_t copy_len);
    void flush_asides();
    void one(char c, std::size_t offset);

    document& doc_;
    std::vector<frame> stack_;
    std::vector<pending_aside> asides_;
    bool open_ = false;  // a segment has copy in it
    std::size_t seg_begin_ = 0;
    bool pending_space_ = false;
    std::size_t space_begin_ = 0;
    std::size_t space_end_ = 0;
    std::size_t last_src_end_ = 0;
};

/// Finds `<!-- ... -->` comments in source bytes [begin, end) and records the directives in
/// them in `doc.suppressions`.
void scan_comments(document& doc, const line_index& lines, std::size_t begin, std::size_t end);

/// Records the directive in comment body `body` found at source [offset, offset + len).
void add_directive(document& doc, const line_index& lines, std::string_view body,
                   std::size_t offset, std::size_t len);

/// Reads HTML source bytes [begin, end) of `doc.source` into `b` (used for whole HTML files
/// and for the HTML blocks of Markdown).
void read_html_range(document& doc, const line_index& lines, copy_builder& b, std::size_t begin,
                     std::size_t end);

document read_plain(std::string_view source, std::string path);
document read_markdown(std::string_view source, std::string path);
document read_html(std::string_view source, std::string path);

}  // namespace dbslabel::detail
