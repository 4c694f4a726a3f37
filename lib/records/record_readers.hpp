// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Record readers: CSV (RFC 4180), JSON Lines and FHIR R4 in, one call per record out.
//
// Each reader pulls from a std::istream and hands every record to a sink as soon as it is
// read, so a caller can judge and write records while the file streams: CSV and JSON Lines
// hold one row or line at a time. (A FHIR Bundle is one JSON document whose resources link to
// each other, so it is parsed whole.) A record that cannot be read becomes one input error
// with its path and line, and reading goes on. Each reader returns the number of records read,
// which always equals the number of on_record plus on_error calls it made.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string_view>

#include <dbslabel/finding.hpp>
#include <dbslabel/patient.hpp>

namespace dbslabel::detail {

/// The record input formats.
enum class record_format { csv, jsonl, fhir };

/// Parses "csv", "jsonl" or "fhir"; false for anything else.
bool parse_record_format(std::string_view name, record_format& out) noexcept;

/// The format a path implies by its extension (case-insensitive): `.csv` CSV, `.jsonl` and
/// `.ndjson` JSON Lines, `.json` FHIR; nullopt for any other.
std::optional<record_format> record_format_for_path(std::string_view path) noexcept;

/// Receives what a reader reads, in input order.
class record_sink {
  public:
    virtual ~record_sink() = default;
    /// One record. `line` is its first line in the file (the CSV header is line 1), 0 for FHIR.
    /// The sink may move from `p`.
    virtual void on_record(patient& p, std::size_t line) = 0;
    /// One record or row that could not be read (or, with line 0, an input that could not be
    /// read at all).
    virtual void on_error(const input_error& e) = 0;
    /// Something worth telling the user that is neither a record nor an error (a Condition
    /// that refers to no Patient in the file, say).
    virtual void on_note(const input_error& note) { (void)note; }
};

/// Reads CSV with a header row. Returns the records read (records + errors).
std::size_t read_csv(std::istream& in, std::string_view path, record_sink& sink);

/// Reads JSON Lines, one object a line; blank lines are skipped. Returns records + errors.
std::size_t read_jsonl(std::istream& in, std::string_view path, record_sink& sink);

/// Reads a FHIR R4 Bundle or a single resource; one Patient is one record. Returns records +
/// errors.
std::size_t read_fhir(std::istream& in, std::string_view path, record_sink& sink);

/// Reads `in` as `format`.
std::size_t read_records(std::istream& in, std::string_view path, record_format format,
                         record_sink& sink);

}  // namespace dbslabel::detail
