// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <exception>
#include <sstream>
#include <string>

#include <dbslabel/assessment.hpp>
#include <dbslabel/patient.hpp>
#include <dbslabel/profile.hpp>

#include "fuzz_checks.hpp"

namespace dbslabel::fuzz {

namespace {

constexpr std::size_t max_records = std::size_t{1} << 16;

class counting_sink final : public detail::record_sink {
  public:
    counting_sink(std::string_view input, std::string_view path, bool lines, bool pma)
        : input_(input),
          path_(path),
          lines_(lines),
          profile_(builtin_profile(pma ? "dystonia-pma" : "dystonia-hde")) {
        line_count_ = 1;
        for (const char c : input) line_count_ += c == '\n';
    }

    void on_record(patient& p, std::size_t line) override {
        ++records;
        at(line, "record '" + p.id + "'");
        if (p.id.empty()) fail("a record without an id at line " + std::to_string(line));
        // The judgement of every record read must be possible (assess() is noexcept: an
        // exception inside it terminates the run, which the fuzzer reports).
        const assessment a = assess(p, profile_, date{2026, 6, 1});
        (void)a;
    }

    void on_error(const input_error& e) override {
        ++errors;
        if (e.path != path_) fail("error names path '" + e.path + "'");
        if (e.message.empty()) fail("an error without a message");
        at(e.line, "error '" + e.message + "'");
    }

    void on_note(const input_error& n) override {
        if (n.path != path_) fail("note names path '" + n.path + "'");
    }

    std::size_t records = 0;
    std::size_t errors = 0;
    std::size_t line_count_ = 1;

  private:
    void at(std::size_t line, const std::string& what) {
        if (!lines_) {
            if (line != 0) fail(what + " has line " + std::to_string(line) + " in FHIR");
            return;
        }
        if (line == 0 || line > line_count_)
            fail(what + " at line " + std::to_string(line) + " of " + std::to_string(line_count_));
        if (line <= last_line_)
            fail(what + " at line " + std::to_string(line) + " after line " +
                 std::to_string(last_line_));
        last_line_ = line;
    }

    std::string_view input_;
    std::string_view path_;
    bool lines_;
    profile profile_;
    std::size_t last_line_ = 0;
};

}  // namespace

void check_records(detail::record_format format, std::string_view data) {
    if (data.size() > max_records) return;
    const unsigned char options = data.empty() ? 0 : static_cast<unsigned char>(data.back());
    if (!data.empty()) data.remove_suffix(1);
    const std::string path = "fuzz/records";
    const bool lines = format != detail::record_format::fhir;
    counting_sink sink(data, path, lines, options & 1);
    std::istringstream in{std::string(data)};
    std::size_t read = 0;
    try {
        read = detail::read_records(in, path, format, sink);
    } catch (const std::exception& e) {
        fail(std::string("the record reader threw: ") + e.what());
    }
    if (read != sink.records + sink.errors)
        fail(std::to_string(read) + " records read, but " + std::to_string(sink.records) +
             " verdicts + " + std::to_string(sink.errors) + " errors");
    if (format == detail::record_format::jsonl) {
        // One record or error for every line that is not blank.
        std::size_t expected = 0;
        std::size_t pos = 0;
        bool first = true;
        while (pos < data.size()) {
            std::size_t e = data.find('\n', pos);
            if (e == std::string_view::npos) e = data.size();
            std::string_view l = data.substr(pos, e - pos);
            if (first && l.substr(0, 3) == "\xEF\xBB\xBF") l.remove_prefix(3);
            first = false;
            if (!detail::trim(l).empty()) ++expected;
            pos = e + 1;
        }
        if (expected != read)
            fail(std::to_string(expected) + " non-blank lines, but " + std::to_string(read) +
                 " records read");
    }
}

}  // namespace dbslabel::fuzz
