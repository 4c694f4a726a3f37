// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Writers for code-review tools: SARIF 2.1.0 (GitHub code scanning and other SARIF viewers)
// and GitHub Actions workflow commands (annotations on a pull request's diff).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "report/writer.hpp"

namespace dbslabel::detail {

/// --format sarif: one SARIF 2.1.0 log, written by finish(). Every rule of the catalogue is a
/// reportingDescriptor; each finding a result with its region (1-based lines, columns in code
/// points with an exclusive end column, byte offset and length); suppressed findings carry
/// an inSource suppression with their reason; input errors become tool execution
/// notifications. Throws std::bad_alloc only.
std::unique_ptr<writer> make_sarif_writer(std::ostream& out, const writer_options& options);

/// --format github: one `::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,
/// title=…::message` line per unsuppressed finding, written as they come (end column
/// inclusive, as the finding gives it); input errors as `::error file=…::message`.
std::unique_ptr<writer> make_github_writer(std::ostream& out, const writer_options& options);

/// --format html: the reviewer's report, one self-contained HTML page written by finish(): a
/// summary (files, findings by rule and by clause, records by verdict), each text input's copy
/// with every finding highlighted in place (rule, clause text and message on hover and focus;
/// suppressed findings with their reason), records as a sortable table of the seven criteria,
/// and input errors. Everything quoted from the input is escaped; a Content-Security-Policy
/// allows only the page's own style and script. Throws std::bad_alloc only.
std::unique_ptr<writer> make_html_writer(std::ostream& out, const writer_options& options);

/// `s` as a workflow-command property value: `%`, CR, LF, `:` and `,` escaped.
std::string github_escape_property(std::string_view s);

/// `s` as a workflow-command message: `%`, CR and LF escaped.
std::string github_escape_data(std::string_view s);

/// A path as a SARIF artifact URI: a relative reference with '/' separators and percent-
/// encoded bytes outside the unreserved set ("./" dropped), or a file:// URI when absolute.
std::string sarif_uri(std::string_view path);

}  // namespace dbslabel::detail
