// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// --format html: the reviewer's report, one self-contained page.
//
// Everything quoted from the input (copy, paths, excerpts, messages, record ids and evidence)
// goes through append_text(), which escapes markup characters, replaces invalid UTF-8 and
// control characters with U+FFFD, and so can never open an element. As a second line of
// defence the page carries a Content-Security-Policy that allows only its own style and
// script blocks, by their SHA-256 hashes: an injected <script> or onerror= would not run even
// if escaping failed. The script only adds sorting to the records table; the page reads the
// same without it.
//
// Highlights: each finding with a location is one <mark class="claim"> over its bytes, with
// its rule, clause (id and labelling text) and message in a tooltip shown on hover and on
// keyboard focus. Overlapping findings nest; where two overlap without one containing the
// other, the inner one is closed at the outer one's end and continues in a
// <mark class="claim-part">, so there is still exactly one .claim per finding.
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/rules.hpp>
#include <dbslabel/version.hpp>

#include "report/writers_extra.hpp"
#include "text/tokens.hpp"

namespace dbslabel::detail {

namespace {

// ---- SHA-256 (FIPS 180-4), for the CSP hashes of the page's own style and script -----------

std::array<std::uint8_t, 32> sha256(std::string_view data) {
    static constexpr std::uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    std::uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
    std::string msg(data);
    const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    msg += '\x80';
    while (msg.size() % 64 != 56) msg += '\0';
    for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xFF);
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i) {
            const auto b = [&](int j) {
                return static_cast<std::uint32_t>(static_cast<unsigned char>(msg[chunk + j]));
            };
            w[i] = b(4 * i) << 24 | b(4 * i + 1) << 16 | b(4 * i + 2) << 8 | b(4 * i + 3);
        }
        for (int i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6],
                      hh = h[7];
        for (int i = 0; i < 64; ++i) {
            const std::uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const std::uint32_t ch = (e & f) ^ (~e & g);
            const std::uint32_t t1 = hh + s1 + ch + k[i] + w[i];
            const std::uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
            const std::uint32_t t2 = s0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    std::array<std::uint8_t, 32> out{};
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            out[static_cast<std::size_t>(i * 4 + j)] =
                static_cast<std::uint8_t>((h[i] >> (24 - j * 8)) & 0xFF);
    return out;
}

std::string base64(const std::array<std::uint8_t, 32>& bytes) {
    static constexpr char table[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t n = static_cast<std::uint32_t>(bytes[i]) << 16 |
                                (i + 1 < bytes.size() ? bytes[i + 1] << 8 : 0u) |
                                (i + 2 < bytes.size() ? bytes[i + 2] : 0u);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? table[n & 63] : '=';
    }
    return out;
}

// ---- Escaping ------------------------------------------------------------------------------

// The code point of the valid UTF-8 sequence at s[i] and its length, or length 0.
std::size_t valid_utf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    char32_t c = 0;
    const std::size_t n = decode_utf8(s, i, c);
    cp = static_cast<std::uint32_t>(c);
    return n == 1 && static_cast<unsigned char>(s[i]) >= 0x80 ? 0 : n;
}

// Appends `s` as HTML text or attribute value: markup characters escaped, invalid UTF-8 and
// control characters (other than tab and line breaks) as U+FFFD.
void append_text(std::string& out, std::string_view s) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    for (std::size_t i = 0; i < s.size();) {
        std::uint32_t cp = 0;
        const std::size_t n = valid_utf8(s, i, cp);
        if (n == 0) {
            out += replacement;
            ++i;
            continue;
        }
        switch (cp) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            case '\t':
            case '\n':
            case '\r':
                out += static_cast<char>(cp);
                break;
            default:
                if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
                    out += replacement;
                else
                    out.append(s.substr(i, n));
        }
        i += n;
    }
}

std::string text(std::string_view s) {
    std::string out;
    append_text(out, s);
    return out;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

// ---- The page's own style and script -------------------------------------------------------

constexpr std::string_view style = R"CSS(
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8;
  --err: #b3261e; --err-bg: #fde2e1; --warn: #7a4f00; --warn-bg: #fff1c2;
  --note: #0b57d0; --note-bg: #e3efff; --ok: #0a6b2d; --ok-bg: #e6f4ea; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; }
a { color: #0b4fb3; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
header { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); background: #f6f6f6; }
header h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
header p { margin: 0; color: var(--muted); }
nav { padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
main { padding: 0 1.5rem 2rem; max-width: 90rem; }
section { margin-top: 1.5rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h2 code { font-size: 1.1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0;
  color: inherit; cursor: pointer; text-decoration: underline dotted; }
th[aria-sort="ascending"] button::after { content: " \25B2"; }
th[aria-sort="descending"] button::after { content: " \25BC"; }
td.num, th.num { text-align: right; }
dl.overview { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dl.overview dt { font-weight: bold; }
dl.overview dd { margin: 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .85rem;
  font-weight: bold; }
.badge.sev-error { background: var(--err); color: #fff; }
.badge.sev-warning { background: var(--warn-bg); color: var(--warn); border: 1px solid var(--warn); }
.badge.sev-note, .badge.sev-none { background: var(--note-bg); color: var(--note); }
.badge.suppressed { background: #e8e8e8; color: #333; border: 1px dashed #555; }
.copy { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.7 ui-monospace,
  "DejaVu Sans Mono", monospace; border: 1px solid var(--line); background: #fcfcfc;
  padding: .75rem 1rem; }
mark.claim, mark.claim-part { position: relative; color: var(--ink); padding: 0 1px;
  border-bottom: 3px solid; }
mark.claim { cursor: help; }
mark.sev-error { background: var(--err-bg); border-color: var(--err); }
mark.sev-warning { background: var(--warn-bg); border-color: var(--warn); }
mark.sev-note, mark.sev-none { background: var(--note-bg); border-color: var(--note); }
mark.suppressed { background: #ececec; border-bottom: 3px dashed #555; }
mark mark { padding: 0; border-bottom-width: 6px; }
mark.claim.empty::before { content: "\25B2"; color: var(--err); }
mark.claim:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10;
  width: max-content; max-width: min(32rem, 80vw); white-space: normal; overflow-wrap: normal;
  font: 14px/1.45 system-ui, sans-serif; color: #fff; background: #1b1b1b; padding: .5rem .7rem;
  border-radius: .3rem; box-shadow: 0 2px 8px rgba(0,0,0,.35); }
.tip strong { color: #fff; }
.tip q { color: #ffe08a; }
mark.claim:focus > .tip, mark.claim:hover:not(:has(mark.claim:hover)) > .tip { display: block; }
ol.findings li { margin: .3rem 0; }
.excerpt { background: #f0f0f0; padding: 0 .2rem; }
.st { display: inline-block; padding: 0 .35rem; border-radius: .2rem; font-weight: bold;
  font-size: .85rem; }
.st-met { background: var(--ok-bg); color: var(--ok); }
.st-not_met { background: var(--err-bg); color: var(--err); }
.st-unknown { background: var(--warn-bg); color: var(--warn); }
.ev { display: block; color: var(--muted); font-size: .85rem; font-weight: normal; }
.table-wrap { overflow-x: auto; max-width: 100%; }
.muted { color: var(--muted); }
footer { padding: 1rem 1.5rem; border-top: 1px solid var(--line); color: var(--muted); }
)CSS";

constexpr std::string_view script = R"JS(
(function () {
  function key(cell) {
    var v = cell.getAttribute('data-sort');
    if (v === null) v = cell.textContent.trim();
    return v;
  }
  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, undefined, {numeric: true});
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = compare(key(a.cells[col]), key(b.cells[col]));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
)JS";

int verdict_rank(std::string_view v) {
    return v == "outside" ? 0 : v == "insufficient" ? 1 : 2;
}

int status_rank(std::string_view s) {
    return s == "not_met" ? 0 : s == "unknown" ? 1 : 2;
}

struct rule_count {
    std::size_t shown = 0;
    std::size_t suppressed = 0;
    severity level = severity::none;
    std::set<std::string> clauses;
};

class html_writer final : public writer {
  public:
    html_writer(std::ostream& out, const writer_options& o) : out_(out), options_(o) {}

    void begin_input(std::string_view path, std::string_view source) override {
        in_input_ = true;
        path_ = std::string(path);
        source_ = source;
        current_.clear();
        ++inputs_;
    }

    void on_finding(const finding& f) override {
        rule_count& r = by_rule_[f.rule];
        r.level = f.level;
        if (!f.clause.empty()) r.clauses.insert(f.clause);
        if (f.suppressed) {
            ++r.suppressed;
            ++suppressed_;
        } else {
            ++r.shown;
            ++by_level_[static_cast<std::size_t>(f.level)];
            if (!f.clause.empty()) ++by_clause_[f.clause];
        }
        if (options_.command == "records") return;  // the records table shows them
        if (in_input_)
            current_.push_back(f);
        else
            loose_.push_back(f);
    }

    void on_record(const record_output& r) override {
        ++verdicts_[r.verdict];
        records_.push_back(r);
    }

    void on_error(const input_error& e) override { errors_.push_back(e); }

    void end_input(std::string_view, std::size_t) override {
        if (options_.command != "records") render_input();
        in_input_ = false;
        source_ = {};
        current_.clear();
    }

    void finish() override {
        std::string page;
        page.reserve(sections_.size() + 16384);
        page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        page +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'sha256-";
        page += base64(sha256(style));
        page += "'; script-src 'sha256-";
        page += base64(sha256(script));
        page += "'; img-src data:; base-uri 'none'; form-action 'none'\">\n";
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        page += "<meta name=\"generator\" content=\"dbslabel ";
        page += version_string;
        page += "\">\n<title>dbslabel report";
        if (inputs_ == 1 && !first_path_.empty()) page += ": " + text(first_path_);
        page += "</title>\n<style>";
        page += style;
        page += "</style>\n</head>\n<body>\n";
        page += "<a class=\"skip\" href=\"#main\">Skip to the report</a>\n";
        write_header(page);
        write_nav(page);
        page += "<main id=\"main\" tabindex=\"-1\">\n";
        write_summary(page);
        page += sections_;
        if (!loose_.empty()) write_loose(page);
        if (options_.command == "records") write_records(page);
        write_errors(page);
        page += "</main>\n<footer>Generated by dbslabel ";
        page += version_string;
        page += '.';
        if (options_.command != "records")
            page +=
                " Highlights mark the words of each claim; hover over one or move to it with the "
                "Tab key to read the rule, the clause of the indication it goes beyond, and the "
                "message.";
        page += "</footer>\n<script>";
        page += script;
        page += "</script>\n</body>\n</html>\n";
        out_ << page;
        out_.flush();
    }

  private:
    std::string_view clause_text(std::string_view id) const {
        for (const auto& [cid, words] : options_.clauses)
            if (cid == id) return words;
        return {};
    }

    void write_header(std::string& page) const {
        page += "<header>\n<h1>dbslabel reviewer report</h1>\n<p>";
        page += options_.command == "records" ? "Patient and case records" : "Marketing copy";
        page += " checked against the profile <code>" + text(options_.profile_name) +
                "</code> with dbslabel ";
        page += version_string;
        page += ".</p>\n</header>\n";
    }

    void write_nav(std::string& page) const {
        page += "<nav aria-label=\"Report sections\">\n<ul>\n";
        page += "<li><a href=\"#summary\">Summary</a></li>\n";
        page += nav_;
        if (!loose_.empty()) page += "<li><a href=\"#other-findings\">Other findings</a></li>\n";
        if (options_.command == "records") page += "<li><a href=\"#records\">Records</a></li>\n";
        if (!errors_.empty()) page += "<li><a href=\"#errors\">Input errors</a></li>\n";
        page += "</ul>\n</nav>\n";
    }

    void write_summary(std::string& page) const {
        const std::size_t e = by_level_[static_cast<std::size_t>(severity::error)];
        const std::size_t w = by_level_[static_cast<std::size_t>(severity::warning)];
        const std::size_t n = by_level_[static_cast<std::size_t>(severity::note)] +
                              by_level_[static_cast<std::size_t>(severity::none)];
        page += "<section id=\"summary\" aria-labelledby=\"summary-h\">\n";
        page += "<h2 id=\"summary-h\">Summary</h2>\n<dl class=\"overview\">\n";
        page += "<dt>Files</dt><dd id=\"count-files\">" + std::to_string(inputs_) + "</dd>\n";
        page += "<dt>Findings</dt><dd id=\"count-findings\">" + std::to_string(e + w + n) + " (" +
                plural(e, "error", "errors") + ", " + plural(w, "warning", "warnings");
        if (n) page += ", " + plural(n, "note", "notes");
        page += ")</dd>\n<dt>Suppressed</dt><dd id=\"count-suppressed\">" +
                std::to_string(suppressed_) + "</dd>\n";
        if (options_.command == "records")
            page += "<dt>Records</dt><dd id=\"count-records\">" + std::to_string(records_.size()) +
                    "</dd>\n";
        page += "<dt>Input errors</dt><dd id=\"count-errors\">" + std::to_string(errors_.size()) +
                "</dd>\n</dl>\n";

        if (by_rule_.empty()) {
            page += "<p>No findings.</p>\n";
        } else {
            page +=
                "<table id=\"by-rule\">\n<caption>Findings by rule</caption>\n<thead><tr>"
                "<th scope=\"col\">Rule</th><th scope=\"col\">Severity</th>"
                "<th scope=\"col\">Clause</th><th scope=\"col\" class=\"num\">Findings</th>"
                "<th scope=\"col\" class=\"num\">Suppressed</th></tr></thead>\n<tbody>\n";
            // Catalogue order first, then anything the catalogue does not know.
            std::vector<std::string> order;
            for (const rule_info& r : rule_catalogue())
                if (by_rule_.count(std::string(r.id))) order.emplace_back(r.id);
            for (const auto& [id, c] : by_rule_)
                if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
            for (const std::string& id : order) {
                const rule_count& c = by_rule_.at(id);
                const rule_info* info = find_rule(id);
                page += "<tr><th scope=\"row\"><code>" + text(id) + "</code>";
                if (info) page += "<span class=\"ev\">" + text(info->description) + "</span>";
                page += "</th><td><span class=\"badge sev-" + std::string(to_string(c.level)) +
                        "\">" + std::string(to_string(c.level)) + "</span></td><td>";
                if (c.clauses.empty()) page += "&mdash;";
                for (const std::string& cl : c.clauses)
                    page +=
                        (cl == *c.clauses.begin() ? "<code>" : ", <code>") + text(cl) + "</code>";
                page += "</td><td class=\"num\">" + std::to_string(c.shown) +
                        "</td><td class=\"num\">" + std::to_string(c.suppressed) + "</td></tr>\n";
            }
            page += "</tbody>\n</table>\n";
        }

        if (!by_clause_.empty()) {
            page +=
                "<table id=\"by-clause\">\n<caption>Findings by clause of the indication"
                "</caption>\n<thead><tr><th scope=\"col\">Clause</th>"
                "<th scope=\"col\">Labelling</th><th scope=\"col\" class=\"num\">Findings</th>"
                "</tr></thead>\n<tbody>\n";
            std::vector<std::string> order;
            for (const auto& [cid, words] : options_.clauses)
                if (by_clause_.count(cid)) order.push_back(cid);
            for (const auto& [cid, n_] : by_clause_)
                if (std::find(order.begin(), order.end(), cid) == order.end()) order.push_back(cid);
            for (const std::string& cid : order) {
                page += "<tr><th scope=\"row\"><code>" + text(cid) + "</code></th><td>";
                const std::string_view words = clause_text(cid);
                page += words.empty() ? std::string("&mdash;") : "<q>" + text(words) + "</q>";
                page +=
                    "</td><td class=\"num\">" + std::to_string(by_clause_.at(cid)) + "</td></tr>\n";
            }
            page += "</tbody>\n</table>\n";
        }

        if (options_.command == "records") {
            page +=
                "<table id=\"by-verdict\">\n<caption>Records by verdict</caption>\n<thead><tr>"
                "<th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Records</th>"
                "</tr></thead>\n<tbody>\n";
            for (const char* v : {"within", "outside", "insufficient"}) {
                const auto it = verdicts_.find(v);
                page += "<tr><th scope=\"row\">" + std::string(v) + "</th><td class=\"num\">" +
                        std::to_string(it == verdicts_.end() ? 0 : it->second) + "</td></tr>\n";
            }
            page += "<tr><th scope=\"row\">input error</th><td class=\"num\">" +
                    std::to_string(errors_.size()) + "</td></tr>\n</tbody>\n</table>\n";
        }
        page += "</section>\n";
    }

    void append_tip(std::string& s, const finding& f, std::size_t id) const {
        s += "<span class=\"tip\" role=\"tooltip\" id=\"f" + std::to_string(id) +
             "-tip\"><strong>" + text(f.rule) + "</strong> (" + std::string(to_string(f.level)) +
             ")";
        if (!f.clause.empty()) {
            s += "<br>Clause <strong>" + text(f.clause) + "</strong>";
            const std::string_view words = clause_text(f.clause);
            if (!words.empty()) s += ": <q>" + text(words) + "</q>";
        }
        s += "<br>" + text(f.message);
        if (f.suppressed) {
            s += "<br>Suppressed: ";
            s += f.suppression_reason.empty() ? "no reason given" : text(f.suppression_reason);
        }
        s += "</span>";
    }

    static std::string mark_class(const finding& f) {
        std::string c = " sev-" + std::string(to_string(f.level));
        if (f.suppressed) c += " suppressed";
        return c;
    }

    // The input's copy with every located finding marked in place.
    void render_copy(std::string& s, std::size_t first_id) const {
        struct item {
            std::size_t begin, end, index;
        };
        std::vector<item> items;
        for (std::size_t i = 0; i < current_.size(); ++i) {
            const span& w = current_[i].where;
            if (w.line == 0) continue;  // no place in the copy
            const std::size_t b = std::min(w.offset, source_.size());
            const std::size_t e =
                std::min(b + std::min(w.length, source_.size() - b), source_.size());
            items.push_back({b, e, i});
        }
        std::stable_sort(items.begin(), items.end(), [](const item& a, const item& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        std::vector<std::size_t> bounds = {0, source_.size()};
        for (const item& it : items) {
            bounds.push_back(it.begin);
            bounds.push_back(it.end);
        }
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

        std::vector<const item*> open;  // outermost first
        std::size_t next = 0, pos = 0;
        s += "<div class=\"copy\">";
        for (const std::size_t b : bounds) {
            append_text(s, source_.substr(pos, b - pos));
            pos = b;
            // Close what ends here, reopening as parts whatever was open inside it and goes on.
            std::size_t lowest = open.size();
            for (std::size_t k = 0; k < open.size(); ++k)
                if (open[k]->end <= b) {
                    lowest = k;
                    break;
                }
            if (lowest < open.size()) {
                std::vector<const item*> reopen;
                for (std::size_t k = open.size(); k-- > lowest;) {
                    s += "</mark>";
                    if (open[k]->end > b) reopen.push_back(open[k]);
                }
                open.resize(lowest);
                for (std::size_t k = reopen.size(); k-- > 0;) {
                    const finding& f = current_[reopen[k]->index];
                    s += "<mark class=\"claim-part" + mark_class(f) + "\" data-finding=\"" +
                         std::to_string(first_id + reopen[k]->index) + "\">";
                    open.push_back(reopen[k]);
                }
            }
            for (; next < items.size() && items[next].begin == b; ++next) {
                const item& it = items[next];
                const finding& f = current_[it.index];
                const std::size_t id = first_id + it.index;
                s += "<mark class=\"claim" + mark_class(f) + (it.end == it.begin ? " empty" : "") +
                     "\" id=\"f" + std::to_string(id) + "\" data-finding=\"" + std::to_string(id) +
                     "\" data-rule=\"" + text(f.rule) + "\" tabindex=\"0\" aria-describedby=\"f" +
                     std::to_string(id) + "-tip\">";
                append_tip(s, f, id);
                if (it.end == it.begin)
                    s += "</mark>";
                else
                    open.push_back(&it);
            }
        }
        for (std::size_t k = 0; k < open.size(); ++k) s += "</mark>";
        s += "</div>\n";
    }

    void render_input() {
        if (first_path_.empty()) first_path_ = path_;
        const std::size_t number = inputs_;
        const std::size_t first_id = next_finding_id_;
        next_finding_id_ += current_.size();
        const std::string anchor = "input-" + std::to_string(number);
        std::size_t shown = 0, suppressed = 0;
        for (const finding& f : current_) (f.suppressed ? suppressed : shown)++;

        nav_ += "<li><a href=\"#" + anchor + "\">" + text(path_.empty() ? "(input)" : path_) +
                "</a> <span class=\"muted\">(" + std::to_string(shown) + ")</span></li>\n";
        std::string& s = sections_;
        s += "<section id=\"" + anchor + "\" class=\"input\" aria-labelledby=\"" + anchor +
             "-h\">\n<h2 id=\"" + anchor + "-h\"><code>" + text(path_) + "</code></h2>\n<p>" +
             plural(shown, "finding", "findings");
        if (suppressed) s += ", " + std::to_string(suppressed) + " suppressed";
        s += ".</p>\n";
        if (!source_.empty()) render_copy(s, first_id);
        if (!current_.empty()) {
            s += "<ol class=\"findings\" aria-label=\"Findings in " + text(path_) + "\">\n";
            for (std::size_t i = 0; i < current_.size(); ++i)
                append_item(s, current_[i], first_id + i, true);
            s += "</ol>\n";
        }
        s += "</section>\n";
    }

    void append_item(std::string& s, const finding& f, std::size_t id, bool linked) const {
        s += "<li>";
        const std::string where = f.where.line ? "line " + std::to_string(f.where.line) + ':' +
                                                     std::to_string(f.where.column)
                                               : std::string("whole input");
        if (linked && f.where.line)
            s += "<a href=\"#f" + std::to_string(id) + "\">" + where + "</a> ";
        else
            s += where + ' ';
        s += "<span class=\"badge sev-" + std::string(to_string(f.level)) + "\">" +
             std::string(to_string(f.level)) + "</span> <code>" + text(f.rule) + "</code>";
        if (!f.clause.empty()) s += " (clause <code>" + text(f.clause) + "</code>)";
        s += ": " + text(f.message);
        if (!f.excerpt.empty()) s += " <span class=\"excerpt\">" + text(f.excerpt) + "</span>";
        if (f.suppressed)
            s += " <span class=\"badge suppressed\">suppressed</span> " +
                 (f.suppression_reason.empty() ? std::string("(no reason given)")
                                               : "<q>" + text(f.suppression_reason) + "</q>");
        s += "</li>\n";
    }

    void write_loose(std::string& page) const {
        page +=
            "<section id=\"other-findings\" aria-labelledby=\"other-findings-h\">\n<h2 "
            "id=\"other-findings-h\">Other findings</h2>\n<ol class=\"findings\">\n";
        for (const finding& f : loose_) {
            std::string item;
            append_item(item, f, 0, false);
            if (!f.path.empty()) item.insert(4, "<code>" + text(f.path) + "</code> ");
            page += item;
        }
        page += "</ol>\n</section>\n";
    }

    void write_records(std::string& page) const {
        page +=
            "<section id=\"records\" aria-labelledby=\"records-h\">\n<h2 id=\"records-h\">"
            "Records</h2>\n";
        if (records_.empty()) {
            page += "<p>No records.</p>\n</section>\n";
            return;
        }
        page +=
            "<p class=\"muted\">Each record's verdict and its seven criteria with the evidence "
            "that decided them. Select a column heading to sort.</p>\n"
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"records-h\" "
            "tabindex=\"0\">\n<table class=\"sortable records\">\n<caption>Records and their "
            "criteria"
            "</caption>\n<thead><tr><th scope=\"col\">Record</th><th scope=\"col\">Where</th>"
            "<th scope=\"col\">Verdict</th>";
        static constexpr std::array<std::string_view, 7> names = {
            "diagnosis", "age", "primary", "subtype", "chronic", "refractory", "consistency"};
        for (std::string_view n : names) page += "<th scope=\"col\">" + std::string(n) + "</th>";
        page += "</tr></thead>\n<tbody>\n";
        for (const record_output& r : records_) {
            page += "<tr><th scope=\"row\">" + text(r.id) + "</th><td>" + text(r.path);
            if (r.line) page += ':' + std::to_string(r.line);
            page += "</td><td data-sort=\"" + std::to_string(verdict_rank(r.verdict)) +
                    "\"><span class=\"st st-" +
                    std::string(r.verdict == "within"    ? "met"
                                : r.verdict == "outside" ? "not_met"
                                                         : "unknown") +
                    "\">" + text(r.verdict) + "</span>";
            if (!r.dbs_claimed) page += "<span class=\"ev\">DBS not claimed</span>";
            page += "</td>";
            for (std::string_view n : names) {
                const criterion_output* c = nullptr;
                for (const criterion_output& x : r.criteria)
                    if (x.name == n) c = &x;
                if (c == nullptr) {
                    page += "<td data-sort=\"3\">&mdash;</td>";
                    continue;
                }
                page += "<td data-sort=\"" + std::to_string(status_rank(c->status)) +
                        "\"><span class=\"st st-" + text(c->status) + "\">" +
                        text(c->status == "not_met" ? "not met" : c->status) + "</span>";
                if (!c->evidence.empty())
                    page += "<span class=\"ev\">" + text(c->evidence) + "</span>";
                page += "</td>";
            }
            page += "</tr>\n";
        }
        page += "</tbody>\n</table>\n</div>\n</section>\n";
    }

    void write_errors(std::string& page) const {
        if (errors_.empty()) return;
        page +=
            "<section id=\"errors\" aria-labelledby=\"errors-h\">\n<h2 id=\"errors-h\">Input "
            "errors</h2>\n<ul>\n";
        for (const input_error& e : errors_) {
            page += "<li><code>" + text(e.path);
            if (e.line) page += ':' + std::to_string(e.line);
            page += "</code>: " + text(e.message) + "</li>\n";
        }
        page += "</ul>\n</section>\n";
    }

    std::ostream& out_;
    writer_options options_;
    bool in_input_ = false;
    std::string path_, first_path_;
    std::string_view source_;
    std::vector<finding> current_, loose_;
    std::vector<record_output> records_;
    std::vector<input_error> errors_;
    std::map<std::string, rule_count> by_rule_;
    std::map<std::string, std::size_t> by_clause_, verdicts_;
    std::array<std::size_t, 4> by_level_{};
    std::size_t inputs_ = 0, suppressed_ = 0, next_finding_id_ = 1;
    std::string sections_, nav_;
};

}  // namespace

std::unique_ptr<writer> make_html_writer(std::ostream& out, const writer_options& options) {
    return std::make_unique<html_writer>(out, options);
}

}  // namespace dbslabel::detail
