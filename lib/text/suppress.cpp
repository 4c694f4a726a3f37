// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/suppress.hpp"

#include <algorithm>
#include <string>

#include <dbslabel/rules.hpp>

namespace dbslabel::detail {

namespace {

using kind = suppression_directive::kind;

bool is_meta(const std::string& rule) {
    return rule == "suppression-without-reason" || rule == "unused-suppression";
}

bool blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The first non-blank line after `line` (or the line after it when all are blank).
std::size_t next_nonblank_line(const line_index& lines, std::size_t line, std::size_t last) {
    for (std::size_t l = line + 1; l <= last; ++l)
        if (!blank(lines.line_text(l))) return l;
    return line + 1;
}

// What one rule of one directive covers, and whether it was used.
struct scope {
    std::size_t directive = 0;
    std::string rule;       // empty: every rule
    std::size_t line = 0;   // next_line: the covered line
    std::size_t begin = 0;  // disable: covered source offsets [begin, end)
    std::size_t end = 0;
    bool used = false;
};

bool names(const suppression_directive& d, const std::string& rule) {
    return d.rules.empty() || std::find(d.rules.begin(), d.rules.end(), rule) != d.rules.end();
}

finding meta_finding(const document& doc, const line_index& lines, const suppression_directive& d,
                     const char* rule, std::string message) {
    finding f;
    f.rule = rule;
    const rule_info* info = find_rule(rule);
    f.level = info ? info->level : severity::warning;
    f.clause = info ? std::string(info->clause) : std::string();
    f.message = std::move(message);
    f.path = doc.path;
    place(f, doc.source, lines, d.source_offset, d.source_offset + d.source_length);
    return f;
}

const char* verb(kind k) {
    switch (k) {
        case kind::next_line:
            return "dbslabel-disable-next-line";
        case kind::disable:
            return "dbslabel-disable";
        case kind::enable:
            break;
    }
    return "dbslabel-enable";
}

}  // namespace

void apply_suppressions(const document& doc, const line_index& lines,
                        std::vector<finding>& findings) {
    const std::vector<suppression_directive>& ds = doc.suppressions;
    if (ds.empty()) return;
    const std::size_t last_line = lines.line_of(doc.source.size());

    std::vector<scope> scopes;
    std::vector<bool> enable_used(ds.size(), false);
    for (std::size_t i = 0; i < ds.size(); ++i) {
        const suppression_directive& d = ds[i];
        if (d.what == kind::enable) continue;
        std::vector<std::string> rules = d.rules;
        if (rules.empty()) rules.emplace_back();
        for (const std::string& r : rules) {
            scope s;
            s.directive = i;
            s.rule = r;
            if (d.what == kind::next_line) {
                s.line = next_nonblank_line(lines, d.end_line, last_line);
            } else {
                s.begin = d.source_offset + d.source_length;
                s.end = doc.source.size();
                for (std::size_t j = 0; j < ds.size(); ++j) {
                    const suppression_directive& e = ds[j];
                    if (e.what != kind::enable || e.source_offset < s.begin) continue;
                    if (r.empty() ? e.rules.empty() : names(e, r)) {
                        if (e.source_offset < s.end) {
                            s.end = e.source_offset;
                        }
                    }
                }
                // The enable that ends this scope is used.
                for (std::size_t j = 0; j < ds.size(); ++j)
                    if (ds[j].what == kind::enable && ds[j].source_offset == s.end &&
                        s.end != doc.source.size())
                        enable_used[j] = true;
            }
            scopes.push_back(std::move(s));
        }
    }

    for (finding& f : findings) {
        if (f.suppressed || is_meta(f.rule)) continue;
        for (scope& s : scopes) {
            if (!s.rule.empty() && s.rule != f.rule) continue;
            const suppression_directive& d = ds[s.directive];
            bool covered = d.what == kind::next_line
                               ? f.where.line == s.line
                               : f.where.offset >= s.begin && f.where.offset < s.end;
            if (!covered) continue;
            s.used = true;
            if (!f.suppressed) {
                f.suppressed = true;
                f.suppression_reason = d.reason;
            }
        }
    }

    std::vector<finding> meta;
    for (std::size_t i = 0; i < ds.size(); ++i) {
        const suppression_directive& d = ds[i];
        if (d.what == kind::enable) {
            if (!enable_used[i])
                meta.push_back(meta_finding(doc, lines, d, "unused-suppression",
                                            "dbslabel-enable ends no dbslabel-disable"));
            continue;
        }
        if (d.reason.empty())
            meta.push_back(meta_finding(
                doc, lines, d, "suppression-without-reason",
                std::string(verb(d.what)) + " gives no reason: add '-- why' to record it"));
        for (const scope& s : scopes) {
            if (s.directive != i || s.used) continue;
            std::string what = s.rule.empty() ? std::string("any rule") : "'" + s.rule + "'";
            std::string message;
            if (!s.rule.empty() && find_rule(s.rule) == nullptr)
                message = std::string(verb(d.what)) + " names no known rule: " + what;
            else
                message = std::string(verb(d.what)) + " suppresses no finding of " + what;
            meta.push_back(meta_finding(doc, lines, d, "unused-suppression", std::move(message)));
        }
    }
    findings.insert(findings.end(), meta.begin(), meta.end());
    std::stable_sort(findings.begin(), findings.end(), [](const finding& a, const finding& b) {
        return a.where.offset < b.where.offset;
    });
}

}  // namespace dbslabel::detail
