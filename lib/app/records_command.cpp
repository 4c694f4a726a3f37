// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/records_command.hpp"

#include "app/id_tracker.hpp"
#include "app/progress.hpp"

#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <streambuf>

#include <dbslabel/error.hpp>
#include <dbslabel/profile_file.hpp>
#include <dbslabel/rules.hpp>

#include "app/inputs.hpp"
#include "records/record_readers.hpp"

namespace dbslabel::detail {

namespace {

const std::vector<std::string>& record_extensions() {
    static const std::vector<std::string> ext = {".csv", ".jsonl", ".ndjson", ".json"};
    return ext;
}

date today_utc() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{now};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Standard input after a sniffed prefix: the prefix bytes first, then the rest of `rest`.
class prefixed_buf : public std::streambuf {
  public:
    prefixed_buf(std::string prefix, std::streambuf* rest)
        : prefix_(std::move(prefix)), rest_(rest) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
    }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const std::streamsize n = rest_->sgetn(buffer_, sizeof buffer_);
        if (n <= 0) return traits_type::eof();
        setg(buffer_, buffer_, buffer_ + n);
        return traits_type::to_int_type(*gptr());
    }

  private:
    std::string prefix_;
    std::streambuf* rest_;
    char buffer_[1 << 16];
};

// The format of standard input when none is given: a FHIR resource starts with '{' and names
// a resourceType (or is pretty-printed, its first line a lone '{'); other JSON is JSON Lines;
// anything else CSV.
record_format sniff(const std::string& head) {
    std::size_t i = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (i < head.size() && is_space(head[i])) ++i;
    if (i >= head.size() || head[i] != '{') return record_format::csv;
    const std::size_t eol = head.find('\n', i);
    const std::string_view first_line = trim(
        std::string_view(head).substr(i, eol == std::string::npos ? std::string::npos : eol - i));
    if (first_line == "{" || first_line.find("\"resourceType\"") != std::string_view::npos)
        return record_format::fhir;
    return record_format::jsonl;
}

// Judges each record as it is read and hands it to the writer.
class judging_sink final : public record_sink {
  public:
    judging_sink(const profile& prof, date as_of, std::string path, writer& w, std::ostream& err,
                 progress* shown = nullptr)
        : profile_(prof),
          as_of_(as_of),
          path_(std::move(path)),
          writer_(w),
          err_(err),
          shown_(shown) {}

    void on_record(patient& p, std::size_t line) override {
        const assessment a = assess(p, profile_, as_of_);
        writer_.on_record(to_record_output(p, a, path_, line));
        finding f;
        if (record_finding(p, a, path_, line, f)) {
            if (f.level > worst_) worst_ = f.level;
            writer_.on_finding(f);
        }
        note_duplicate(p.id, line);
        if (shown_) shown_->add(1);
    }

    void on_error(const input_error& e) override {
        ++errors_;
        writer_.on_error(e);
        err_ << "dbslabel: " << e.path;
        if (e.line) err_ << ':' << e.line;
        err_ << ": error: " << e.message << '\n';
    }

    void on_note(const input_error& n) override {
        err_ << "dbslabel: " << n.path;
        if (n.line) err_ << ':' << n.line;
        err_ << ": note: " << n.message << '\n';
    }

    void finish() {
        if (duplicates_ > max_duplicate_notes)
            on_note({path_, 0,
                     std::to_string(duplicates_) + " records repeat an earlier id (" +
                         std::to_string(max_duplicate_notes) + " shown); each has its verdict"});
    }

    std::size_t errors() const noexcept { return errors_; }
    severity worst() const noexcept { return worst_; }

  private:
    static constexpr std::size_t max_duplicate_notes = 20;

    // Ids need not be unique: every record keeps its verdict; a repeat is only noted. Ids are
    // kept as 64-bit hashes with the first line they were seen on.
    void note_duplicate(const std::string& id, std::size_t line) {
        const bool was_full = ids_.full();
        const std::size_t first = ids_.note(id, line);
        if (!was_full && ids_.full())
            on_note({path_, line,
                     "more than " + std::to_string(ids_.max_ids()) +
                         " distinct ids: later ids are not checked for repeats"});
        if (first == 0) return;
        if (++duplicates_ <= max_duplicate_notes) {
            std::string where = line ? "line " + std::to_string(first) : "an earlier record";
            on_note({path_, line,
                     "id '" + id + "' repeats (first at " + where +
                         "); each record has its own verdict"});
        }
    }

    const profile& profile_;
    date as_of_;
    std::string path_;
    writer& writer_;
    std::ostream& err_;
    progress* shown_;
    std::size_t errors_ = 0;
    severity worst_ = severity::none;
    id_tracker ids_;
    std::size_t duplicates_ = 0;
};

}  // namespace

record_output to_record_output(const patient& p, const assessment& a, std::string path,
                               std::size_t line) {
    record_output r;
    r.id = p.id;
    r.path = std::move(path);
    r.line = line;
    r.verdict = std::string(to_string(a.result));
    r.dbs_claimed = p.dbs_claimed;
    r.criteria.reserve(criterion_count);
    for (const criterion_result& c : a.criteria)
        r.criteria.push_back({std::string(to_string(c.name)), std::string(to_string(c.status)),
                              c.evidence, std::string(c.clause)});
    return r;
}

bool record_finding(const patient& p, const assessment& a, const std::string& path,
                    std::size_t line, finding& out) {
    if (!p.dbs_claimed || a.result == verdict::within) return false;
    const bool outside = a.result == verdict::outside;
    const rule_info* rule = find_rule(outside ? "record-outside" : "record-insufficient");
    out = finding{};
    out.rule = std::string(rule ? rule->id : (outside ? "record-outside" : "record-insufficient"));
    out.level = rule ? rule->level : (outside ? severity::error : severity::warning);
    out.path = path;
    out.where.line = line;
    out.excerpt = p.id;
    const criterion_status wanted = outside ? criterion_status::not_met : criterion_status::unknown;
    std::string reasons;
    for (const criterion_result& c : a.criteria) {
        if (c.status != wanted) continue;
        if (out.clause.empty()) out.clause = std::string(c.clause);
        if (!reasons.empty()) reasons += "; ";
        reasons += std::string(to_string(c.name)) + ' ' + std::string(to_string(c.status));
        if (!c.evidence.empty()) reasons += " (" + c.evidence + ')';
    }
    out.message = "record '" + p.id + "' is " + std::string(to_string(a.result)) +
                  (outside ? " the indication: " : ": ") + reasons;
    return true;
}

int run_records(const records_options& o, std::ostream& out, std::ostream& err) {
    severity fail_level = severity::warning;
    if (!parse_fail_level(o.fail_level, fail_level))
        throw usage_error("unknown --fail-level '" + o.fail_level +
                          "' (one of: error, warning, none)");
    std::optional<record_format> forced;
    if (o.input_format != "auto") {
        record_format f;
        if (!parse_record_format(o.input_format, f))
            throw usage_error("unknown --input-format '" + o.input_format +
                              "' (one of: auto, csv, jsonl, fhir)");
        forced = f;
    }
    date as_of = today_utc();
    if (!o.as_of.empty() && !parse_date(o.as_of, as_of))
        throw usage_error("--as-of '" + o.as_of + "' is not a date (YYYY-MM-DD)");
    const profile prof = o.profile.empty() ? builtin_profile() : resolve_profile(o.profile);

    const std::unique_ptr<writer> w =
        make_writer(o.format, out, writer_options_for("records", prof, o.color));

    std::vector<input_error> expand_errors;
    const std::vector<input_entry> inputs =
        expand_inputs(o.paths, record_extensions(), expand_errors);

    std::size_t errors = 0;
    severity worst = severity::none;
    const auto whole_input_error = [&](const std::string& path, std::string message) {
        judging_sink sink(prof, as_of, path, *w, err);
        w->begin_input(path, "");
        sink.on_error({path, 0, std::move(message)});
        w->end_input(path, 1);
        ++errors;
    };
    for (const input_error& e : expand_errors) whole_input_error(e.path, e.message);

    progress shown(o.progress, "records");
    for (const input_entry& input : inputs) {
        const std::string& path = input.path;
        std::optional<record_format> format = forced;
        std::ifstream file;
        std::unique_ptr<prefixed_buf> sniffed;
        std::unique_ptr<std::istream> sniffed_stream;
        std::istream* in = &file;
        if (path == "-") {
            in = &std::cin;
            if (!format) {
                std::string head(4096, '\0');
                const std::streamsize n =
                    std::cin.rdbuf()->sgetn(head.data(), static_cast<std::streamsize>(head.size()));
                head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
                format = sniff(head);
                sniffed = std::make_unique<prefixed_buf>(std::move(head), std::cin.rdbuf());
                sniffed_stream = std::make_unique<std::istream>(sniffed.get());
                in = sniffed_stream.get();
            }
        } else {
            if (!format) format = record_format_for_path(path);
            if (!format) {
                whole_input_error(path,
                                  "cannot tell the record format from the extension "
                                  "(.csv, .jsonl, .ndjson, .json); use --input-format");
                continue;
            }
            file.open(path, std::ios::binary);
            if (!file) {
                whole_input_error(path, "cannot be opened");
                continue;
            }
            // UTF-16 would read as rows of garbage: say what it is instead.
            char bom[2] = {0, 0};
            file.read(bom, 2);
            if (file.gcount() == 2 && ((bom[0] == '\xFF' && bom[1] == '\xFE') ||
                                       (bom[0] == '\xFE' && bom[1] == '\xFF'))) {
                whole_input_error(path, "is UTF-16 (byte order mark); convert it to UTF-8");
                continue;
            }
            file.clear();
            file.seekg(0);
        }
        judging_sink sink(prof, as_of, path, *w, err, &shown);
        w->begin_input(path, "");
        const std::size_t read = read_records(*in, path, *format, sink);
        // A read that failed part way (an I/O error) looks like the end of the input to the
        // readers; the stream's badbit tells them apart.
        if (in->bad())
            sink.on_error({path, 0, "read error: the input could not be read to its end"});
        sink.finish();
        w->end_input(path, read);
        errors += sink.errors();
        if (sink.worst() > worst) worst = sink.worst();
    }
    shown.finish();
    w->finish();
    if (errors > 0) return 2;
    if (fail_level != severity::none && worst >= fail_level) return 1;
    return 0;
}

}  // namespace dbslabel::detail
