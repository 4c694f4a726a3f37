// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Writers turn findings, record verdicts and input errors into one output format. The command
// feeds them in input order: begin_input, the input's findings/records/errors, end_input, and
// finish() once at the end. Streaming formats (text, jsonl, github) write as they go; whole-
// document formats (json, sarif, html) keep what they need until finish().
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <dbslabel/finding.hpp>
#include <dbslabel/profile.hpp>

namespace dbslabel::detail {

/// One record criterion as written out.
struct criterion_output {
    std::string name;      // "diagnosis", "age", ...
    std::string status;    // "met", "not_met", "unknown"
    std::string evidence;  // what decided it ("" when nothing)
    std::string clause;    // clause id of the indication
};

/// One record's verdict as written out.
struct record_output {
    std::string id;
    std::string path;
    std::size_t line = 0;  // 0: none (FHIR)
    std::string verdict;   // "within", "outside", "insufficient"
    bool dbs_claimed = true;
    std::vector<criterion_output> criteria;  // all seven, in RULES.md order
};

struct writer_options {
    std::string command;       // "text" or "records"
    std::string profile_name;  // for the tool object
    bool color = false;        // ANSI colour (text format, on a terminal)
    // The profile's clauses (id, labelling text), for reports that quote them (html).
    std::vector<std::pair<std::string, std::string>> clauses;
};

class writer {
  public:
    virtual ~writer() = default;
    /// An input starts. `source` is its bytes when the format needs them (text: caret lines),
    /// else empty; it stays valid until end_input.
    virtual void begin_input(std::string_view path, std::string_view source) {
        (void)path;
        (void)source;
    }
    /// A streamed input hands its bytes on in parts (begin_input had no source): `part` holds
    /// source lines from `first_line` on and stays valid until the next part or end_input.
    virtual void on_source_part(std::string_view part, std::size_t first_line) {
        (void)part;
        (void)first_line;
    }
    virtual void on_finding(const finding& f) = 0;
    virtual void on_record(const record_output& r) = 0;
    virtual void on_error(const input_error& e) = 0;
    /// An input ends; `records_read` counts its verdicts plus its errors (records only).
    virtual void end_input(std::string_view path, std::size_t records_read) {
        (void)path;
        (void)records_read;
    }
    /// Everything was written; flush the rest.
    virtual void finish() = 0;
};

/// The options of a writer for `command` ("text" or "records") checked against profile `p`:
/// its name and its clauses with their text.
writer_options writer_options_for(const std::string& command, const profile& p, bool color);

/// The formats make_writer() knows, for --help and error messages.
const std::vector<std::string>& writer_formats();

/// A writer for `format` ("text", "json", "jsonl", "sarif", "github", ...) writing to `out`.
/// Throws usage_error for an unknown format.
std::unique_ptr<writer> make_writer(std::string_view format, std::ostream& out,
                                    const writer_options& options);

/// `s` as a JSON string literal, quotes included; invalid UTF-8 bytes become U+FFFD.
void append_json_string(std::string& out, std::string_view s);

/// One finding as the JSON object of CONTRACT.md (no trailing newline).
void append_finding_json(std::string& out, const finding& f);

/// One record as the JSON object of CONTRACT.md (no trailing newline).
void append_record_json(std::string& out, const record_output& r);

/// One input error as a JSON object (no trailing newline).
void append_error_json(std::string& out, const input_error& e);

}  // namespace dbslabel::detail
