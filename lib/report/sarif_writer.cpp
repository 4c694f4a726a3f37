// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// SARIF 2.1.0. Notes on the fields, from the standard:
// - region columns follow run.columnKind ("unicodeCodePoints" here) and endColumn is the
//   column *after* the last character (exclusive), while dbslabel's end_column is inclusive;
// - charOffset/charLength count characters, so the byte positions go into byteOffset and
//   byteLength instead;
// - a suppression with kind "inSource" is one written in the file, as our directives are.
#include <cctype>
#include <ostream>
#include <string>
#include <vector>

#include <dbslabel/rules.hpp>
#include <dbslabel/version.hpp>

#include "report/writers_extra.hpp"

// Where a SARIF viewer sends a reader to learn about the tool. The project publishes no web
// page of its own yet, so the default is a URN (an absolute URI, as SARIF requires); a build
// may point it at the project's page with -DDBSLABEL_INFORMATION_URI="...".
#ifndef DBSLABEL_INFORMATION_URI
#define DBSLABEL_INFORMATION_URI "urn:dbslabel"
#endif

namespace dbslabel::detail {

namespace {

const char* sarif_level(severity s) {
    switch (s) {
        case severity::error:
            return "error";
        case severity::warning:
            return "warning";
        case severity::note:
            return "note";
        case severity::none:
            break;
    }
    return "none";
}

void key(std::string& out, std::string_view k) {
    append_json_string(out, k);
    out += ": ";
}

void text_object(std::string& out, std::string_view k, std::string_view text) {
    key(out, k);
    out += "{\"text\": ";
    append_json_string(out, text);
    out += '}';
}

// "age-under-7" -> "AgeUnder7": the conventional form of a reportingDescriptor name.
std::string pascal_name(std::string_view id) {
    std::string out;
    bool up = true;
    for (char c : id) {
        if (c == '-' || c == '_') {
            up = true;
            continue;
        }
        out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        up = false;
    }
    return out;
}

void append_rule(std::string& out, const rule_info& r) {
    out += "{";
    key(out, "id");
    append_json_string(out, r.id);
    out += ", ";
    key(out, "name");
    append_json_string(out, pascal_name(r.id));
    out += ", ";
    text_object(out, "shortDescription", r.description);
    out += ", ";
    std::string full(r.description);
    if (!full.empty())
        full[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(full[0])));
    full += '.';
    if (!r.clause.empty())
        full += " It rests on the '" + std::string(r.clause) + "' clause of the indication.";
    text_object(out, "fullDescription", full);
    out += ", ";
    std::string help = full + "\nViolating: " + std::string(r.violating) +
                       "\nCompliant: " + std::string(r.compliant) +
                       "\nTo record a reviewed exception, put '<!-- dbslabel-disable-next-line " +
                       std::string(r.id) + " -- reason -->' above the line.";
    std::string markdown = full + "\n\n- Violating: `" + std::string(r.violating) +
                           "`\n- Compliant: `" + std::string(r.compliant) +
                           "`\n\nTo record a reviewed exception, put `<!-- "
                           "dbslabel-disable-next-line " +
                           std::string(r.id) + " -- reason -->` above the line.";
    key(out, "help");
    out += "{\"text\": ";
    append_json_string(out, help);
    out += ", \"markdown\": ";
    append_json_string(out, markdown);
    out += "}, ";
    key(out, "defaultConfiguration");
    out += "{\"level\": ";
    append_json_string(out, sarif_level(r.level));
    out += "}, ";
    key(out, "properties");
    out += "{\"clause\": ";
    append_json_string(out, r.clause);
    out += ", \"tags\": [\"dbslabel\", ";
    append_json_string(out, r.clause.empty() ? std::string_view("suppression") : r.clause);
    out += "]}}";
}

void append_location(std::string& out, std::string_view path, const span& where) {
    out += "{\"physicalLocation\": {";
    key(out, "artifactLocation");
    out += "{\"uri\": ";
    append_json_string(out, sarif_uri(path));
    out += '}';
    if (where.line) {
        out += ", ";
        key(out, "region");
        out += "{\"startLine\": " + std::to_string(where.line);
        if (where.column) {
            const std::size_t end_line = where.end_line ? where.end_line : where.line;
            std::size_t end_column = where.end_column ? where.end_column : where.column;
            if (where.length) ++end_column;  // SARIF's end column is exclusive
            out += ", \"startColumn\": " + std::to_string(where.column);
            out += ", \"endLine\": " + std::to_string(end_line);
            out += ", \"endColumn\": " + std::to_string(end_column);
            out += ", \"byteOffset\": " + std::to_string(where.offset);
            out += ", \"byteLength\": " + std::to_string(where.length);
        }
        out += '}';
    }
    out += "}}";
}

class sarif_writer final : public writer {
  public:
    sarif_writer(std::ostream& out, const writer_options& o) : out_(out), options_(o) {}

    void on_finding(const finding& f) override {
        std::string& r = results_;
        r += r.empty() ? "\n        " : ",\n        ";
        r += '{';
        key(r, "ruleId");
        append_json_string(r, f.rule);
        const auto& rules = rule_catalogue();
        for (std::size_t i = 0; i < rules.size(); ++i)
            if (rules[i].id == f.rule) r += ", \"ruleIndex\": " + std::to_string(i);
        r += ", ";
        key(r, "level");
        append_json_string(r, sarif_level(f.level));
        r += ", ";
        std::string message = f.message.empty() ? f.rule : f.message;
        text_object(r, "message", message);
        r += ", ";
        key(r, "locations");
        r += '[';
        append_location(r, f.path.empty() ? std::string_view("-") : f.path, f.where);
        r += ']';
        if (f.suppressed) {
            r += ", ";
            key(r, "suppressions");
            r += "[{\"kind\": \"inSource\", \"justification\": ";
            append_json_string(r, f.suppression_reason);
            r += "}]";
        }
        r += ", ";
        key(r, "properties");
        r += "{\"clause\": ";
        append_json_string(r, f.clause);
        r += ", \"excerpt\": ";
        append_json_string(r, f.excerpt);
        r += "}}";
    }

    void on_record(const record_output&) override {}  // records speak through their findings

    void on_error(const input_error& e) override {
        std::string& n = notifications_;
        n += n.empty() ? "\n            " : ",\n            ";
        n += "{\"level\": \"error\", ";
        text_object(n, "message", e.message);
        n += ", \"locations\": [";
        span where;
        where.line = e.line;
        append_location(n, e.path.empty() ? std::string_view("-") : e.path, where);
        n += "]}";
    }

    void finish() override {
        std::string s;
        s += "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n";
        s += "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n";
        s += "      \"tool\": {\"driver\": {\"name\": \"dbslabel\", \"version\": ";
        append_json_string(s, version_string);
        s += ", \"semanticVersion\": ";
        append_json_string(s, version_string);
        s += ", \"informationUri\": ";
        append_json_string(s, DBSLABEL_INFORMATION_URI);
        s += ", \"properties\": {\"profile\": ";
        append_json_string(s, options_.profile_name);
        s += "}, \"rules\": [";
        const auto& rules = rule_catalogue();
        for (std::size_t i = 0; i < rules.size(); ++i) {
            s += i ? ",\n        " : "\n        ";
            append_rule(s, rules[i]);
        }
        s += "\n      ]}},\n";
        s += "      \"invocations\": [{\"executionSuccessful\": ";
        s += notifications_.empty() ? "true" : "false";
        if (!notifications_.empty())
            s += ", \"toolExecutionNotifications\": [" + notifications_ + "\n          ]";
        s += "}],\n";
        s += "      \"columnKind\": \"unicodeCodePoints\",\n";
        s += "      \"results\": [" + results_ + (results_.empty() ? "" : "\n      ") + "]\n";
        s += "    }\n  ]\n}\n";
        out_ << s;
        out_.flush();
    }

  private:
    std::ostream& out_;
    writer_options options_;
    std::string results_;
    std::string notifications_;
};

bool unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string sarif_uri(std::string_view path) {
    std::string p(path);
    for (char& c : p)
        if (c == '\\') c = '/';
    while (p.size() > 2 && p.compare(0, 2, "./") == 0) p.erase(0, 2);
    static const char* hex = "0123456789ABCDEF";
    std::string out = p.size() && p[0] == '/' ? "file://" : "";
    for (char ch : p) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(c) || c == '/') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::unique_ptr<writer> make_sarif_writer(std::ostream& out, const writer_options& options) {
    return std::make_unique<sarif_writer>(out, options);
}

}  // namespace dbslabel::detail
