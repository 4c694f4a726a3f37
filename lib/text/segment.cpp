// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/segment.hpp"

#include <algorithm>
#include <array>

namespace dbslabel::detail {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return is_upper(c) || is_lower(c);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (is_space(s.front()))) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()))) s.remove_suffix(1);
    // A non-breaking space (C2 A0) at either end is blank too.
    while (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') s.remove_prefix(2);
    while (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s[s.size() - 1] == '\xA0')
        s.remove_suffix(2);
    return s;
}

// Length of a list marker at the start of `s` ("- ", "* ", "• ", "1. ", "2) ", "a) "), or 0.
std::size_t list_marker(std::string_view s) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
    if (s.size() >= 4 && s.substr(0, 3) == "\xE2\x80\xA2" && s[3] == ' ') return 4;  // •
    std::size_t i = 0;
    while (i < s.size() && i < 3 && is_digit(s[i])) ++i;
    if (i == 0 && s.size() >= 3 && is_lower(s[0]) && s[1] == ')' && s[2] == ' ') return 3;
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') return i + 2;
    return 0;
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool w = !is_space(c);
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

// The last word of a line, lower-cased.
std::string_view last_word(std::string_view s) {
    std::size_t e = s.size();
    while (e > 0 && !is_alpha(s[e - 1])) --e;
    std::size_t b = e;
    while (b > 0 && is_alpha(s[b - 1])) --b;
    return s.substr(b, e - b);
}

bool ends_with_function_word(std::string_view line) {
    static constexpr std::array<std::string_view, 24> words = {
        "the", "a",    "an",   "and",   "or",  "of", "to",  "with", "for", "in",   "on",   "at",
        "by",  "from", "that", "which", "who", "is", "are", "as",   "but", "than", "into", "its"};
    std::string_view w = last_word(line);
    std::string lw(w);
    for (char& c : lw)
        if (is_upper(c)) c = static_cast<char>(c + 32);
    return std::find(words.begin(), words.end(), lw) != words.end();
}

bool is_table_row(std::string_view line) {
    return std::count(line.begin(), line.end(), '|') >= 2 || (!line.empty() && line.front() == '|');
}

}  // namespace

std::vector<block> plain_blocks(std::string_view copy) {
    struct line {
        std::size_t b, e;  // trimmed content
        bool blank;
    };
    std::vector<line> lines;
    std::size_t pos = 0;
    while (pos <= copy.size()) {
        std::size_t e = copy.find('\n', pos);
        if (e == std::string_view::npos) e = copy.size();
        std::string_view raw = copy.substr(pos, e - pos);
        std::string_view t = trim(raw);
        const std::size_t tb = t.empty() ? pos : static_cast<std::size_t>(t.data() - copy.data());
        lines.push_back({tb, tb + t.size(), t.empty()});
        if (e == copy.size()) break;
        pos = e + 1;
    }
    std::vector<block> out;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].blank) {
            ++i;
            continue;
        }
        // One paragraph: lines [i, j).
        std::size_t j = i;
        while (j < lines.size() && !lines[j].blank) ++j;
        bool open = false;  // a paragraph block is being extended
        for (std::size_t k = i; k < j; ++k) {
            std::string_view t = copy.substr(lines[k].b, lines[k].e - lines[k].b);
            const bool first = k == i;
            const bool last = k + 1 == j;
            std::string_view next =
                last ? std::string_view{}
                     : copy.substr(lines[k + 1].b, lines[k + 1].e - lines[k + 1].b);
            if (is_table_row(t)) {
                open = false;
                std::size_t cb = lines[k].b;
                for (std::size_t x = lines[k].b; x <= lines[k].e; ++x) {
                    if (x == lines[k].e || copy[x] == '|') {
                        std::string_view cell = trim(copy.substr(cb, x - cb));
                        bool rule_line = !cell.empty();
                        for (char c : cell)
                            if (c != '-' && c != ':' && c != ' ') rule_line = false;
                        if (!cell.empty() && !rule_line) {
                            const std::size_t s =
                                static_cast<std::size_t>(cell.data() - copy.data());
                            out.push_back({s, s + cell.size(), block_kind::table_cell, 0});
                        }
                        cb = x + 1;
                    }
                }
                continue;
            }
            if (list_marker(t) > 0) {
                out.push_back({lines[k].b, lines[k].e, block_kind::list_item, 1});
                open = false;
                continue;
            }
            const char endc = t.back();
            const bool terminal = endc == '.' || endc == '!' || endc == ',' || endc == ';' ||
                                  (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6");
            const bool next_starts_new = last || is_upper(next.front()) || is_digit(next.front()) ||
                                         list_marker(next) > 0 || next.front() == '"' ||
                                         static_cast<unsigned char>(next.front()) >= 0x80;
            bool all_caps = false;
            {
                int letters = 0, uppers = 0;
                for (char c : t) {
                    if (is_alpha(c)) ++letters;
                    if (is_upper(c)) ++uppers;
                }
                all_caps = letters >= 4 && uppers == letters;
            }
            const std::size_t words = word_count(t);
            bool heading = false;
            if (!open || first) {
                if (all_caps && words <= 16)
                    heading = true;
                else if (!terminal && words <= 14 && next_starts_new &&
                         !ends_with_function_word(t) && endc != ':')
                    heading = true;
                else if ((endc == '?' || endc == ':') && words <= 16 && !last && next_starts_new &&
                         first)
                    heading = true;
            }
            if (heading) {
                out.push_back({lines[k].b, lines[k].e, block_kind::heading, 0});
                open = false;
                continue;
            }
            if (open) {
                out.back().end = lines[k].e;
            } else {
                out.push_back({lines[k].b, lines[k].e, block_kind::paragraph, 0});
                open = true;
            }
            // A line with no full stop followed by a capitalised line ends its sentence there:
            // close the block so the next line starts a new one.
            if (!terminal && endc != '?' && endc != ':' && !last && next_starts_new &&
                words <= 14 && !ends_with_function_word(t))
                open = false;
        }
        i = j;
    }
    return out;
}

namespace {

bool is_abbreviation(std::string_view copy, std::size_t dot, std::size_t block_begin) {
    // The word before the period.
    std::size_t b = dot;
    while (b > block_begin && (is_alpha(copy[b - 1]) || copy[b - 1] == '.')) --b;
    std::string w(copy.substr(b, dot - b));
    for (char& c : w)
        if (is_upper(c)) c = static_cast<char>(c + 32);
    if (w.empty()) {
        // A number: a list marker at the start of the block ("1.") or a decimal.
        std::size_t d = dot;
        while (d > block_begin && is_digit(copy[d - 1])) --d;
        if (d < dot) {
            std::size_t s = d;
            while (s > block_begin && is_space(copy[s - 1])) --s;
            return s == block_begin;
        }
        return false;
    }
    static constexpr std::array<std::string_view, 40> abbrevs = {
        "dr",     "mr",   "mrs",  "ms",  "prof", "st",  "vs",  "e.g", "i.e", "etc",
        "approx", "no",   "fig",  "jr",  "sr",   "inc", "ltd", "co",  "u.s", "a.m",
        "p.m",    "dept", "univ", "est", "ca",   "cf",  "al",  "vol", "min", "max",
        "mt",     "ph.d", "m.d",  "u.k", "yrs",  "mos", "nos", "sgt", "gen", "rev"};
    if (std::find(abbrevs.begin(), abbrevs.end(), w) != abbrevs.end()) {
        if (w == "etc") return false;
        // "No. 5", "vol. 3": only before a number; "the answer is no." ends its sentence.
        if (w == "no" || w == "nos" || w == "vol" || w == "fig") {
            std::size_t k = dot + 1;
            while (k < copy.size() && is_space(copy[k])) ++k;
            return k < copy.size() && is_digit(copy[k]);
        }
        return true;
    }
    // A single capital initial ("J. Smith") or a dotted abbreviation ("U.S.").
    if (w.size() == 1 && is_upper(copy[b])) return true;
    if (w.find('.') != std::string::npos) return true;
    return false;
}

}  // namespace

// The longest piece of copy analysed as one sentence.
constexpr std::size_t max_sentence_bytes = 4096;

void split_sentences(std::string_view copy, const block& blk, std::vector<sentence_span>& out) {
    const std::size_t end = std::min(blk.end, copy.size());
    std::size_t start = blk.begin;
    bool first = true;
    auto push = [&](std::size_t s, std::size_t e) {
        while (e > s && is_space(copy[e - 1])) --e;
        if (e <= s) return;
        sentence_span sp;
        sp.begin = s;
        sp.end = e;
        sp.heading = blk.kind == block_kind::heading;
        sp.block_start = first;
        sp.section_start = first && sp.heading;
        out.push_back(sp);
        first = false;
    };
    auto emit = [&](std::size_t s, std::size_t e) {
        while (s < e && is_space(copy[s])) ++s;
        while (e > s && is_space(copy[e - 1])) --e;
        // A "sentence" longer than max_sentence_bytes (a page without punctuation) is read in
        // pieces cut at spaces: the engine's work on a sentence grows with the square of its
        // claims, so pieces keep any input linear.
        while (e > s && e - s > max_sentence_bytes) {
            std::size_t cut = s + max_sentence_bytes;
            while (cut > s && !is_space(copy[cut])) --cut;
            if (cut == s) {  // no space: cut on a UTF-8 character boundary
                cut = s + max_sentence_bytes;
                while (cut > s + 1 && (static_cast<unsigned char>(copy[cut]) & 0xC0) == 0x80) --cut;
            }
            push(s, cut);
            s = cut;
            while (s < e && is_space(copy[s])) ++s;
        }
        push(s, e);
    };
    std::size_t i = blk.begin;
    while (i < end) {
        const char c = copy[i];
        std::size_t term_len = 0;
        if (c == '.' || c == '!' || c == '?')
            term_len = 1;
        else if (c == '\xE2' && i + 2 < end && copy[i + 1] == '\x80' && copy[i + 2] == '\xA6')
            term_len = 3;  // …
        if (term_len == 0) {
            ++i;
            continue;
        }
        std::size_t j = i + term_len;
        // Further terminators and closing quotes/brackets belong to this sentence.
        while (j < end) {
            const char d = copy[j];
            if (d == '.' || d == '!' || d == '?' || d == '"' || d == '\'' || d == ')' || d == ']') {
                ++j;
            } else if (d == '\xE2' && j + 2 < end && copy[j + 1] == '\x80' &&
                       (copy[j + 2] == '\x9D' || copy[j + 2] == '\x99' || copy[j + 2] == '\xA6')) {
                j += 3;  // ” ’ …
            } else {
                break;
            }
        }
        if (j < end && !is_space(copy[j]) &&
            !(copy[j] == '\xC2' && j + 1 < end && copy[j + 1] == '\xA0')) {
            i = j;
            continue;  // "U.S.A", "3.5", "e.g.," — no break without a space after
        }
        std::size_t k = j;
        while (k < end &&
               (is_space(copy[k]) || (copy[k] == '\xC2' && k + 1 < end && copy[k + 1] == '\xA0'))) {
            k += copy[k] == '\xC2' ? 2 : 1;
        }
        if (k >= end) break;
        const char n = copy[k];
        // A lower-case word after '.' or an ellipsis continues the sentence ("approx. five",
        // "wait… then"); after '?' or '!' it starts a new one, as posts often write ("does it
        // work?? my neuro says yes").
        bool strong = false;
        for (std::size_t q = i; q < j; ++q) strong = strong || copy[q] == '?' || copy[q] == '!';
        // A hashtag after the end belongs to the sentence it tags ("so grateful! #DBS").
        if ((is_lower(n) && !strong) || n == '#') {
            i = j;
            continue;
        }
        if (c == '.' && term_len == 1 && is_abbreviation(copy, i, blk.begin)) {
            i = j;
            continue;
        }
        emit(start, j);
        start = k;
        i = k;
    }
    emit(start, end);
}

}  // namespace dbslabel::detail
