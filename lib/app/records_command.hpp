// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// `dbslabel records`: judges patient or case records (CSV, JSON Lines, FHIR R4) against the
// indication and reports a verdict or an input error for every record read.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <dbslabel/assessment.hpp>

#include "report/writer.hpp"

namespace dbslabel::detail {

struct records_options {
    std::vector<std::string> paths;      // files, directories (recursed), "-"; empty: "-"
    std::string format = "text";         // text|json|jsonl|sarif|... (make_writer)
    std::string fail_level = "warning";  // error|warning|none
    std::string profile;                 // built-in name or TOML path; empty: dystonia-hde
    std::string input_format = "auto";   // auto|csv|jsonl|fhir
    std::string as_of;                   // YYYY-MM-DD; empty: today (UTC)
    bool color = false;                  // ANSI colour in the text format
    bool progress = false;               // a progress line on stderr (a terminal, not --quiet)
};

/// Runs the records check: writes the report to `out`, and input errors and notes (duplicate
/// ids, unlinked FHIR resources) to `err`. Returns the exit status: 0 nothing at or above the
/// fail level, 1 record findings at or above it, 2 any input error (it wins over 1). Throws
/// usage_error for bad options and config_error for a broken profile.
int run_records(const records_options& options, std::ostream& out, std::ostream& err);

/// A record's assessment as the writers take it.
record_output to_record_output(const patient& p, const assessment& a, std::string path,
                               std::size_t line);

/// The record-outside / record-insufficient finding for an assessed record, or false when it
/// has none (within, or DBS not claimed).
bool record_finding(const patient& p, const assessment& a, const std::string& path,
                    std::size_t line, finding& out);

}  // namespace dbslabel::detail
