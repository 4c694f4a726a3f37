// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Large text inputs, streamed: read in parts that end at safe boundaries (a blank line before a
// heading where there is one, never inside a code fence, comment, front matter or a
// suppression range), each part checked on its own thread, findings handed on in source order.
// Memory stays flat however large the file; the document-level rule sees the whole file
// through merged summaries and its finding comes after the part findings.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <dbslabel/checker.hpp>

namespace dbslabel::detail {

/// How a file is cut into parts.
struct stream_limits {
    std::size_t part_bytes = std::size_t{1} << 20;      // aim for parts of about this size
    std::size_t max_part_bytes = std::size_t{8} << 20;  // never hold more than this in one part
};

/// Receives a streamed file: each part's bytes and first line, then its findings (positions in
/// the whole file), in order; errors (a read error) as messages.
struct stream_sink {
    std::function<void(std::string_view part, std::size_t first_line)> on_part;
    std::function<void(finding&)> on_finding;
    std::function<void(const std::string& message)> on_error;
};

/// Where a part may end in `text` (the bytes after the last boundary): the length of the longest
/// prefix not over `limit` bytes that ends at a safe boundary, 0 when there is none. `eof`: the
/// text runs to the end of the file. Exposed for tests.
std::size_t part_boundary(std::string_view text, input_format format, std::size_t limit, bool eof);

/// Checks the file at `path` (plain or Markdown; not HTML, whose structure spans the file) in
/// parts on up to `jobs` threads. Returns false when the file cannot be read (the sink has had
/// on_error). Never throws except std::bad_alloc.
bool check_streamed(const text_checker& checker, const std::string& path, input_format format,
                    unsigned jobs, const stream_limits& limits, const stream_sink& sink);

}  // namespace dbslabel::detail
