// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <array>
#include <charconv>
#include <cstdio>

#include "report/writer.hpp"
#include "text/tokens.hpp"

namespace dbslabel::detail {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(s, i, cp);
    return n == 1 && static_cast<unsigned char>(s[i]) >= 0x80 ? 0 : n;
}

void append_number(std::string& out, std::size_t n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_key(std::string& out, const char* key) {
    out += '"';
    out += key;
    out += "\":";
}

// Appends the literal `text` (a key with its quotes and punctuation) in one step.
template <std::size_t N>
void append_literal(std::string& out, const char (&text)[N]) {
    out.append(text, N - 1);
}

// Bytes that a JSON string cannot hold as they are: control characters, '"', '\\', DEL, and
// every byte of UTF-8 (checked for well-formedness before it is copied).
constexpr std::array<bool, 256> make_special() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c >= 0x7F || c == '"' || c == '\\';
    return t;
}

constexpr std::array<bool, 256> special = make_special();

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    // Runs of bytes that need no escape (printable ASCII, well-formed UTF-8) are appended whole.
    std::size_t run = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!special[c]) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8_length(s, i);
            if (n != 0) {
                i += n;
                continue;
            }
        }
        out.append(s.data() + run, i - run);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c >= 0x80) {
                    out += "\\ufffd";
                } else {
                    constexpr char hex[] = "0123456789abcdef";
                    const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                    out.append(esc, sizeof esc);
                }
        }
        ++i;
        run = i;
    }
    out.append(s.data() + run, i - run);
    out += '"';
}

void append_finding_json(std::string& out, const finding& f) {
    append_literal(out, "{\"rule\":");
    append_json_string(out, f.rule);
    append_literal(out, ",\"severity\":");
    append_json_string(out, to_string(f.level));
    append_literal(out, ",\"clause\":");
    append_json_string(out, f.clause);
    append_literal(out, ",\"message\":");
    append_json_string(out, f.message);
    append_literal(out, ",\"path\":");
    append_json_string(out, f.path);
    append_literal(out, ",\"line\":");
    append_number(out, f.where.line);
    if (f.where.column) {
        append_literal(out, ",\"column\":");
        append_number(out, f.where.column);
        append_literal(out, ",\"end_line\":");
        append_number(out, f.where.end_line);
        append_literal(out, ",\"end_column\":");
        append_number(out, f.where.end_column);
        append_literal(out, ",\"offset\":");
        append_number(out, f.where.offset);
        append_literal(out, ",\"length\":");
        append_number(out, f.where.length);
    }
    append_literal(out, ",\"excerpt\":");
    append_json_string(out, f.excerpt);
    if (f.suppressed) {
        append_literal(out, ",\"suppressed\":{\"reason\":");
        append_json_string(out, f.suppression_reason);
        out += '}';
    }
    out += '}';
}

void append_record_json(std::string& out, const record_output& r) {
    out += '{';
    append_key(out, "id");
    append_json_string(out, r.id);
    out += ',';
    append_key(out, "path");
    append_json_string(out, r.path);
    if (r.line) {
        out += ',';
        append_key(out, "line");
        append_number(out, r.line);
    }
    out += ',';
    append_key(out, "verdict");
    append_json_string(out, r.verdict);
    out += ',';
    append_key(out, "dbs_claimed");
    out += r.dbs_claimed ? "true" : "false";
    out += ',';
    append_key(out, "criteria");
    out += '{';
    bool first = true;
    for (const criterion_output& c : r.criteria) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, c.name);
        out += ":{";
        append_key(out, "status");
        append_json_string(out, c.status);
        out += ',';
        append_key(out, "evidence");
        append_json_string(out, c.evidence);
        out += ',';
        append_key(out, "clause");
        append_json_string(out, c.clause);
        out += '}';
    }
    out += "}}";
}

void append_error_json(std::string& out, const input_error& e) {
    out += '{';
    append_key(out, "path");
    append_json_string(out, e.path);
    if (e.line) {
        out += ',';
        append_key(out, "line");
        append_number(out, e.line);
    }
    out += ',';
    append_key(out, "message");
    append_json_string(out, e.message);
    out += '}';
}

}  // namespace dbslabel::detail
