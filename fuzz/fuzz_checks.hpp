// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The properties every fuzz target asserts, shared by the libFuzzer entry points, the replay
// main and the Catch2 test that replays committed crashers (tests/test_regression_fuzz.cpp).
//
// Each fuzz_* function takes one input, runs one entry point of the library on it and checks
// what came back: spans inside the input and on UTF-8 boundaries, line and column recomputed
// independently, excerpts equal to the bytes at the span, records + errors equal to the rows
// read. A broken property (or an exception escaping the library) throws property_failure,
// which is no dbslabel::error, so libFuzzer sees it as a crash and Catch2 as a failed test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/checker.hpp>
#include <dbslabel/finding.hpp>

#include "records/record_readers.hpp"

namespace dbslabel::fuzz {

/// A property of the library's output does not hold for some input.
class property_failure : public std::logic_error {
  public:
    explicit property_failure(const std::string& what) : std::logic_error(what) {}
};

/// The entry points under test, one per fuzz target.
enum class target { plain, markdown, html, csv, jsonl, fhir, profile };

/// The target's name as the fuzz binaries and corpus directories spell it ("fuzz_csv").
std::string_view target_name(target t) noexcept;

/// Parses a target name ("fuzz_csv" or "csv"); false when it names none.
bool parse_target(std::string_view name, target& out) noexcept;

/// Runs `t` on one input and checks its properties. Throws property_failure.
void run(target t, const std::uint8_t* data, std::size_t size);

/// text_checker::check on `data` read as `format` (the last byte chooses the profile and the
/// path; the rest is the input). Throws property_failure.
void check_text(input_format format, std::string_view data);

/// The record reader for `format` on `data` (the last byte chooses the profile that judges
/// each record). Throws property_failure.
void check_records(detail::record_format format, std::string_view data);

/// parse_profile on `data`; a profile it accepts must build a working checker. Throws
/// property_failure.
void check_profile(std::string_view data);

/// Checks findings that text_checker::check returned for `input` with path `path`: known rules,
/// spans inside the input, in source order, on UTF-8 boundaries (for valid UTF-8), positions
/// that agree with position_of(), excerpts equal to the bytes at the span.
void check_findings(const std::vector<finding>& found, std::string_view input,
                    std::string_view path);

/// Throws property_failure(what).
[[noreturn]] void fail(const std::string& what);

/// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool valid_utf8(std::string_view s) noexcept;

/// The 1-based line and column of byte `offset` in `s`, columns counting code points with each
/// byte that is not part of a well-formed sequence counting as one. Written apart from the
/// library's line index on purpose.
void position_of(std::string_view s, std::size_t offset, std::size_t& line, std::size_t& column);

}  // namespace dbslabel::fuzz
