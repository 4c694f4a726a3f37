// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Helpers for the record tests: a sink that keeps what a reader reads, and reading a string.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include <dbslabel/assessment.hpp>

#include "records/record_readers.hpp"

namespace dbslabel::test {

struct read_record {
    patient p;
    std::size_t line = 0;
};

class collecting_sink final : public detail::record_sink {
  public:
    void on_record(patient& p, std::size_t line) override { records.push_back({p, line}); }
    void on_error(const input_error& e) override { errors.push_back(e); }
    void on_note(const input_error& n) override { notes.push_back(n); }

    std::vector<read_record> records;
    std::vector<input_error> errors;
    std::vector<input_error> notes;
    std::size_t read = 0;
};

inline collecting_sink read_string(const std::string& text, detail::record_format format,
                                   const std::string& path = "t") {
    collecting_sink sink;
    std::istringstream in(text);
    sink.read = detail::read_records(in, path, format, sink);
    return sink;
}

/// A patient that is within the built-in indication at 2026-06-01; tests change one field.
inline patient within_patient() {
    patient p;
    p.id = "W1";
    p.birth_date = partial_date{2010, 3, 14};
    p.diagnosis_codes = {parse_code("G24.1")};
    p.etiology = etiology_kind::primary;
    p.distribution = distribution_kind::generalized;
    p.onset_date = partial_date{2016, 9, 1};
    p.medications = {{"trihexyphenidyl", true, ""}};
    return p;
}

inline constexpr date as_of{2026, 6, 1};

}  // namespace dbslabel::test
