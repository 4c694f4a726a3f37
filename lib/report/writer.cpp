// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "report/writer.hpp"

#include <array>
#include <map>
#include <ostream>

#include <dbslabel/error.hpp>
#include <dbslabel/version.hpp>

#include "report/writers_extra.hpp"
#include "text/document.hpp"

namespace dbslabel::detail {

namespace {

// --format json: one object, written at the end.
class json_writer final : public writer {
  public:
    json_writer(std::ostream& out, const writer_options& o) : out_(out), options_(o) {}
    void on_finding(const finding& f) override {
        findings_ += findings_.empty() ? "\n    " : ",\n    ";
        append_finding_json(findings_, f);
    }
    void on_record(const record_output& r) override {
        records_ += records_.empty() ? "\n    " : ",\n    ";
        append_record_json(records_, r);
    }
    void on_error(const input_error& e) override {
        errors_ += errors_.empty() ? "\n    " : ",\n    ";
        append_error_json(errors_, e);
    }
    void finish() override {
        std::string head = "{\n  \"tool\": {\"name\": \"dbslabel\", \"version\": ";
        append_json_string(head, version_string);
        head += ", \"profile\": ";
        append_json_string(head, options_.profile_name);
        head += "},\n";
        out_ << head << "  \"findings\": [" << findings_ << (findings_.empty() ? "" : "\n  ")
             << "],\n  \"records\": [" << records_ << (records_.empty() ? "" : "\n  ")
             << "],\n  \"errors\": [" << errors_ << (errors_.empty() ? "" : "\n  ") << "]\n}\n";
        out_.flush();
    }

  private:
    std::ostream& out_;
    writer_options options_;
    std::string findings_, records_, errors_;
};

// --format jsonl: finding and record objects, one a line, as they come.
class jsonl_writer final : public writer {
  public:
    explicit jsonl_writer(std::ostream& out) : out_(out) {}
    void on_finding(const finding& f) override {
        line_.clear();
        append_finding_json(line_, f);
        line_ += '\n';
        out_ << line_;
    }
    void on_record(const record_output& r) override {
        line_.clear();
        append_record_json(line_, r);
        line_ += '\n';
        out_ << line_;
    }
    void on_error(const input_error&) override {}  // errors go to stderr and the exit status
    void finish() override { out_.flush(); }

  private:
    std::ostream& out_;
    std::string line_;
};

// --format text: compiler-style lines with the source line and a caret underline.
class text_writer final : public writer {
  public:
    text_writer(std::ostream& out, const writer_options& o) : out_(out), options_(o) {}

    void begin_input(std::string_view path, std::string_view source) override {
        (void)path;
        source_ = source;
        first_line_ = 1;
        lines_.reset();
        ++inputs_;
    }
    void on_source_part(std::string_view part, std::size_t first_line) override {
        source_ = part;
        first_line_ = first_line;
        lines_.reset();
    }
    void on_finding(const finding& f) override {
        if (options_.command == "records") return;  // the record line says it
        if (f.suppressed) {
            ++suppressed_;
            return;
        }
        ++by_level_[static_cast<std::size_t>(f.level)];
        const char* colour = f.level == severity::error ? "\x1b[1;31m" : "\x1b[1;33m";
        std::string s;
        s += paint("\x1b[1m", f.path + ':' + std::to_string(f.where.line) + ':' +
                                  std::to_string(f.where.column) + ":");
        s += ' ';
        s += paint(colour, std::string(to_string(f.level)) + '[' + f.rule + ']');
        s += ' ' + f.message;
        if (!f.clause.empty()) s += " (" + f.clause + ')';
        s += '\n';
        if (!source_.empty() && f.where.line >= first_line_) {
            if (!lines_) lines_ = std::make_unique<line_index>(source_);
            std::string_view text = lines_->line_text(f.where.line - first_line_ + 1);
            s += "    ";
            s += text;
            s += "\n    ";
            // Underline in code points, tabs kept so the caret lines up.
            std::size_t col = 1;
            std::size_t end_col =
                f.where.end_line == f.where.line ? f.where.end_column : count_columns(text);
            std::string mark;
            for (std::size_t i = 0; i < text.size(); ++i) {
                const auto c = static_cast<unsigned char>(text[i]);
                if ((c & 0xC0) == 0x80) continue;
                if (col >= f.where.column && col <= end_col)
                    mark += col == f.where.column ? '^' : '~';
                else if (col < f.where.column)
                    mark += c == '\t' ? '\t' : ' ';
                ++col;
            }
            if (mark.find('^') == std::string::npos) mark += '^';
            s += paint(colour, mark);
            s += '\n';
        }
        out_ << s;
    }
    void on_record(const record_output& r) override {
        ++verdicts_[r.verdict];
        if (r.verdict == "within") return;
        std::string s = r.path;
        if (r.line) s += ':' + std::to_string(r.line);
        s += ": ";
        s += paint(r.verdict == "outside" ? "\x1b[1;31m" : "\x1b[1;33m", r.verdict);
        s += " id=" + r.id;
        if (!r.dbs_claimed) s += " (DBS not claimed)";
        for (const criterion_output& c : r.criteria) {
            if (c.status == "met") continue;
            s += "; " + c.name + ' ' + c.status;
            if (!c.evidence.empty()) s += " (" + c.evidence + ')';
        }
        out_ << s << '\n';
    }
    void on_error(const input_error& e) override {
        ++errors_;
        std::string s = e.path;
        if (e.line) s += ':' + std::to_string(e.line);
        out_ << s << ": " << paint("\x1b[1;31m", "input error") << ' ' << e.message << '\n';
    }
    void end_input(std::string_view, std::size_t records_read) override {
        records_read_ += records_read;
    }
    void finish() override {
        if (options_.command == "records") {
            std::size_t verdicts = 0;
            out_ << "\nverdict        records\n";
            for (const char* v : {"within", "outside", "insufficient"}) {
                const std::size_t n = verdicts_[v];
                verdicts += n;
                std::string name = v;
                name.resize(15, ' ');
                out_ << name << n << '\n';
            }
            std::string name = "input errors";
            name.resize(15, ' ');
            out_ << name << errors_ << '\n';
            out_ << records_read_ << " records read: " << verdicts << " verdicts + " << errors_
                 << " errors\n";
        } else {
            const std::size_t e = by_level_[static_cast<std::size_t>(severity::error)];
            const std::size_t w = by_level_[static_cast<std::size_t>(severity::warning)];
            out_ << e + w << (e + w == 1 ? " finding" : " findings") << " (" << e << " error"
                 << (e == 1 ? "" : "s") << ", " << w << " warning" << (w == 1 ? "" : "s") << ")";
            if (suppressed_) out_ << ", " << suppressed_ << " suppressed";
            out_ << " in " << inputs_ << (inputs_ == 1 ? " input" : " inputs");
            if (errors_) out_ << "; " << errors_ << " input error" << (errors_ == 1 ? "" : "s");
            out_ << '\n';
        }
        out_.flush();
    }

  private:
    static std::size_t count_columns(std::string_view s) {
        std::size_t n = 0;
        for (char c : s)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
        return n;
    }
    std::string paint(const char* code, const std::string& s) const {
        return options_.color ? code + s + "\x1b[0m" : s;
    }

    std::ostream& out_;
    writer_options options_;
    std::string_view source_;
    std::size_t first_line_ = 1;  // the source line source_ starts with
    std::unique_ptr<line_index> lines_;
    std::array<std::size_t, 4> by_level_{};
    std::map<std::string, std::size_t> verdicts_;
    std::size_t inputs_ = 0, suppressed_ = 0, errors_ = 0, records_read_ = 0;
};

}  // namespace

writer_options writer_options_for(const std::string& command, const profile& p, bool color) {
    writer_options wo;
    wo.command = command;
    wo.profile_name = p.name;
    wo.color = color;
    for (const clause& c : p.clauses) wo.clauses.emplace_back(c.id, c.text);
    return wo;
}

const std::vector<std::string>& writer_formats() {
    static const std::vector<std::string> formats = {"text",  "json",   "jsonl",
                                                     "sarif", "github", "html"};
    return formats;
}

std::unique_ptr<writer> make_writer(std::string_view format, std::ostream& out,
                                    const writer_options& options) {
    if (format == "text") return std::make_unique<text_writer>(out, options);
    if (format == "json") return std::make_unique<json_writer>(out, options);
    if (format == "jsonl") return std::make_unique<jsonl_writer>(out);
    if (format == "sarif") return make_sarif_writer(out, options);
    if (format == "github") return make_github_writer(out, options);
    if (format == "html") return make_html_writer(out, options);
    throw usage_error("unknown --format '" + std::string(format) +
                      "' (one of: text, json, jsonl, sarif, github, html)");
}

}  // namespace dbslabel::detail
