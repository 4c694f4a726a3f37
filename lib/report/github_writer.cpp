// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <ostream>
#include <string>

#include "report/writers_extra.hpp"

namespace dbslabel::detail {

namespace {

std::string escape(std::string_view s, bool property) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
                break;
        }
    }
    return out;
}

const char* command_for(severity s) {
    switch (s) {
        case severity::error:
            return "error";
        case severity::warning:
            return "warning";
        case severity::note:
        case severity::none:
            break;
    }
    return "notice";
}

class github_writer final : public writer {
  public:
    explicit github_writer(std::ostream& out) : out_(out) {}

    void on_finding(const finding& f) override {
        if (f.suppressed || f.level == severity::none) return;
        std::string line = "::";
        line += command_for(f.level);
        line += " file=" + github_escape_property(f.path);
        if (f.where.line) {
            line += ",line=" + std::to_string(f.where.line);
            if (f.where.column) {
                line += ",col=" + std::to_string(f.where.column);
                line += ",endLine=" + std::to_string(f.where.end_line);
                line += ",endColumn=" + std::to_string(f.where.end_column);
            }
        }
        std::string title = "dbslabel " + f.rule;
        if (!f.clause.empty()) title += " (" + f.clause + ")";
        line += ",title=" + github_escape_property(title);
        std::string message = f.message;
        if (!f.excerpt.empty() && message.find(f.excerpt) == std::string::npos)
            message += ": '" + f.excerpt + "'";
        line += "::" + github_escape_data(message) + "\n";
        out_ << line;
    }
    void on_record(const record_output&) override {}  // records speak through their findings
    void on_error(const input_error& e) override {
        std::string line = "::error file=" + github_escape_property(e.path);
        if (e.line) line += ",line=" + std::to_string(e.line);
        line += ",title=" + github_escape_property("dbslabel input error");
        line += "::" + github_escape_data(e.message) + "\n";
        out_ << line;
    }
    void finish() override { out_.flush(); }

  private:
    std::ostream& out_;
};

}  // namespace

std::string github_escape_property(std::string_view s) {
    return escape(s, true);
}
std::string github_escape_data(std::string_view s) {
    return escape(s, false);
}

std::unique_ptr<writer> make_github_writer(std::ostream& out, const writer_options&) {
    return std::make_unique<github_writer>(out);
}

}  // namespace dbslabel::detail
