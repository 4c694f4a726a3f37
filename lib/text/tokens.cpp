// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/tokens.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace dbslabel::detail {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t v = 0;
    if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
        len = 2;
        v = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        v = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0 && b0 <= 0xF4) {
        len = 4;
        v = b0 & 0x07;
    } else {
        cp = 0xFFFD;
        return 1;
    }
    if (i + len > s.size()) {
        cp = 0xFFFD;
        return 1;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (b & 0x3F);
    }
    if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) ||
        (len == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF)) {
        cp = 0xFFFD;
        return 1;
    }
    cp = v;
    return len;
}

namespace {

enum class cls { letter, digit, apostrophe, hyphen, dash, space, punct, quote, period, other };

constexpr cls classify(char32_t c, char& p) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return cls::letter;
    if (c >= '0' && c <= '9') return cls::digit;
    switch (c) {
        case '\'':
        case 0x2019:
        case 0x2018:
        case 0x02BC:
            return cls::apostrophe;
        case '-':
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x00AD:
            return cls::hyphen;
        case 0x2013:
            return cls::dash;  // en dash: a range between numbers, else a clause dash
        case 0x2022:           // bullets and check marks between items ("Activa • Risks: none •
        case 0x25CF:  // Approved ...", "✔ Proven results ✔ No side effects") separate them
        case 0x25AA:
        case 0x2023:
        case 0x2713:
        case 0x2714:
        case 0x2705:
        case 0x00B7:
            p = ',';
            return cls::punct;
        case 0x2014:
        case 0x2015:
        case 0x2192:  // arrows between steps ("reaction -> emergency DBS -> gone") break
        case 0x21D2:  // clauses as a dash does
        case 0x27A1:
            p = '-';
            return cls::punct;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case '\f':
        case '\v':
        case 0x00A0:
        case 0x2002:
        case 0x2003:
        case 0x2009:
        case 0x200A:
        case 0x202F:
        case 0x2007:
        case 0x3000:
            return cls::space;
        case '"':
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x00AB:
        case 0x00BB:
        case '*':
        case '_':
        case '`':
        case 0x200B:
        case 0xFEFF:
            return cls::quote;
        case '.':
            return cls::period;
        case 0x2026:
            p = '.';
            return cls::punct;
        case ',':
        case ';':
        case ':':
        case '(':
        case ')':
        case '?':
        case '!':
        case '%':
        case '+':
        case '/':
        case '&':
        case '[':
        case ']':
        case '|':
        case '#':  // a hashtag is a word of its own: "no. #dystonia" is not "no dystonia"
            p = static_cast<char>(c);
            if (p == '[') p = '(';
            if (p == ']') p = ')';
            return cls::punct;
        default:
            break;
    }
    // Letters outside ASCII (accented names, other scripts) are word characters.
    if (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000 && c != 0xFFFD) return cls::letter;
    return cls::other;
}

// The class (and punctuation mark) of every ASCII byte, so that ASCII copy needs no decoding.
struct ascii_class {
    cls k = cls::other;
    char p = 0;
};

constexpr std::array<ascii_class, 128> make_ascii_table() {
    std::array<ascii_class, 128> t{};
    for (char32_t c = 0; c < 128; ++c) {
        char p = 0;
        t[c].k = classify(c, p);
        t[c].p = p;
    }
    return t;
}

constexpr std::array<ascii_class, 128> ascii_table = make_ascii_table();

bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool folded_contains(std::string_view text, std::string_view folded) noexcept {
    if (folded.empty()) return true;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
    auto nbsp_at = [&](std::size_t i) {
        return text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    };
    // A folded string starts with a character of the text (never a space, '*' or '_'): try
    // every byte that folds to it and is not half of an NBSP.
    const char first = folded[0];
    for (std::size_t s = 0; s < text.size(); ++s) {
        if (lower(text[s]) != first || nbsp_at(s) ||
            (text[s] == '\xA0' && s > 0 && text[s - 1] == '\xC2'))
            continue;
        std::size_t i = s + 1;
        std::size_t j = 1;
        bool ok = true;
        while (j < folded.size()) {
            // The next character of the fold: a space for any white space (and markup) before
            // the next character proper.
            bool space = false;
            while (i < text.size()) {
                const char d = text[i];
                if (d == ' ' || d == '\n' || d == '\r' || d == '\t') {
                    space = true;
                    ++i;
                } else if (nbsp_at(i)) {
                    space = true;
                    i += 2;
                } else if (d == '*' || d == '_') {
                    ++i;
                } else {
                    break;
                }
            }
            if (i >= text.size()) {
                ok = false;  // a trailing space is never part of the fold
                break;
            }
            if (space) {
                if (folded[j] != ' ') {
                    ok = false;
                    break;
                }
                if (++j == folded.size()) break;
            }
            if (lower(text[i]) != folded[j]) {
                ok = false;
                break;
            }
            ++i;
            ++j;
        }
        if (ok) return true;
    }
    return false;
}

void tokenize(std::string_view text, std::size_t base, std::vector<token>& out, std::string& norm) {
    std::size_t i = 0;
    bool in_word = false;
    bool pending_join = false;  // a hyphen/dash directly after the last word
    std::size_t join_pos = 0;
    token cur;
    // Of the word being read: its ASCII letters and capitals, whether it has a digit, and
    // whether it has anything but digits and decimal points.
    std::size_t word_letters = 0, word_uppers = 0;
    bool word_first_upper = false;
    bool word_digit = false, word_other = false;
    auto close_word = [&]() {
        if (!in_word) return;
        in_word = false;
        cur.norm_len =
            static_cast<std::uint16_t>(std::min<std::size_t>(norm.size() - cur.norm, 0xFFFF));
        // Trailing apostrophes belong to the quote, not the word ("patients'" keeps one).
        std::string_view w(norm.data() + cur.norm, cur.norm_len);
        bool all_digits = !w.empty();
        bool has_digit = false;
        std::size_t letters = word_letters, uppers = word_uppers;
        if (cur.norm_len == norm.size() - cur.norm) {
            // What the scan counted: the word's text is exactly the bytes it added.
            all_digits = !w.empty() && !word_other;
            has_digit = word_digit;
        } else {
            // A word longer than a token holds: read its first 64 KiB.
            for (char c : w) {
                if (!((c >= '0' && c <= '9') || c == '.' || c == ',')) all_digits = false;
                if (c >= '0' && c <= '9') has_digit = true;
            }
        }
        cur.upper = letters >= 2 && uppers == letters;
        cur.mixed = uppers > 0 && uppers < letters && !(uppers == 1 && word_first_upper);
        if (all_digits && has_digit) {
            cur.kind = token_kind::number;
            double v = 0, scale = 0;
            for (char c : w) {
                if (c == '.') {
                    scale = 1;
                    continue;
                }
                if (c < '0' || c > '9') continue;
                if (scale > 0) {
                    scale /= 10;
                    v += (c - '0') * scale;
                } else {
                    v = v * 10 + (c - '0');
                }
            }
            cur.value = v;
        }
        out.push_back(cur);
    };
    auto punct = [&](char p, std::size_t b, std::size_t e) {
        close_word();
        token t;
        t.kind = token_kind::punct;
        t.punct = p;
        t.begin = static_cast<std::uint32_t>(base + b);
        t.end = static_cast<std::uint32_t>(base + e);
        t.norm = static_cast<std::uint32_t>(norm.size());
        norm.push_back(p);
        t.norm_len = 1;
        out.push_back(t);
        pending_join = false;
    };
    auto open_word = [&]() {
        if (in_word) return;
        cur = token{};
        cur.begin = static_cast<std::uint32_t>(base + i);
        cur.norm = static_cast<std::uint32_t>(norm.size());
        cur.joined = pending_join && join_pos == i;
        in_word = true;
        pending_join = false;
        word_letters = word_uppers = 0;
        word_first_upper = false;
        word_digit = word_other = false;
    };
    // Symbols that stand for a word: "BFMDRS ↓ 50%", "62 → 18", "ages ≥ 5", "DBS ≠ painless".
    auto symbol_word = [](char32_t c) -> std::string_view {
        switch (c) {
            case U'\u2193':  // ↓
            case U'\u2B07':  // ⬇
            case U'\u2198':  // ↘
                return "down";
            case U'\u2191':  // ↑
            case U'\u2B06':  // ⬆
            case U'\u2197':  // ↗
                return "up";
            case U'\u2192':  // →
            case U'\u27A1':  // ➡
            case U'\u21D2':  // ⇒
            case U'\u27F6':  // ⟶
                return "to";
            case U'\u2265':  // ≥
                return "from";
            case U'\u2264':  // ≤
            case U'\u2A7D':  // ⩽
                return "under";
            case U'\u2260':  // ≠
                return "not";
            default:
                return {};
        }
    };
    // A symbol's word, a word of its own at the symbol's `len` bytes.
    auto symbol = [&](std::string_view word, std::size_t len) {
        close_word();
        open_word();
        norm.append(word);
        word_letters = word.size();
        word_other = true;
        cur.end = static_cast<std::uint32_t>(base + i + len);
        close_word();
    };
    while (i < text.size()) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        char32_t c = b0;
        std::size_t len = 1;
        char p = 0;
        cls k;
        if (b0 < 0x80) {
            if (ascii_alnum(static_cast<char>(b0))) {
                // A run of ASCII letters and digits: lower-cased into norm in one step.
                open_word();
                std::size_t j = i + 1;
                while (j < text.size() && ascii_alnum(text[j])) ++j;
                const std::size_t at = norm.size();
                norm.resize(at + (j - i));
                char* dst = norm.data() + at;
                for (std::size_t q = i; q < j; ++q) {
                    char ch = text[q];
                    if (ch >= 'A' && ch <= 'Z') {
                        if (word_letters == 0) word_first_upper = true;
                        ++word_uppers;
                        ++word_letters;
                        word_other = true;
                        ch = static_cast<char>(ch + 32);
                    } else if (ch >= 'a') {
                        ++word_letters;
                        word_other = true;
                    } else {
                        word_digit = true;
                    }
                    *dst++ = ch;
                }
                cur.end = static_cast<std::uint32_t>(base + j);
                i = j;
                continue;
            }
            // "DBS > every pill": a spaced '>' between words reads as "beats".
            if (b0 == '>' && i > 0 && text[i - 1] == ' ' && i + 1 < text.size() &&
                text[i + 1] == ' ') {
                symbol("beats", 1);
                ++i;
                continue;
            }
            k = ascii_table[b0].k;
            p = ascii_table[b0].p;
        } else {
            len = decode_utf8(text, i, c);
            const std::string_view sw = symbol_word(c);
            if (!sw.empty()) {
                symbol(sw, len);
                i += len;
                continue;
            }
            k = classify(c, p);
        }
        if (k == cls::letter || k == cls::digit) {
            // Past the ASCII run above: a letter outside ASCII.
            open_word();
            norm.append(text.data() + i, len);
            word_other = true;
            cur.end = static_cast<std::uint32_t>(base + i + len);
        } else if (k == cls::apostrophe) {
            // Inside a word ("writer's", "isn't") it is part of it; elsewhere a quote mark.
            const bool next_letter =
                i + len < text.size() && ((text[i + len] >= 'a' && text[i + len] <= 'z') ||
                                          (text[i + len] >= 'A' && text[i + len] <= 'Z'));
            if (in_word && next_letter) {
                word_other = true;
                norm.push_back('\'');
                cur.end = static_cast<std::uint32_t>(base + i + len);
            } else {
                close_word();
            }
        } else if (k == cls::hyphen || k == cls::dash) {
            const bool next_word = i + len < text.size() &&
                                   (std::isalnum(static_cast<unsigned char>(text[i + len])) != 0);
            if (in_word && next_word) {
                close_word();
                pending_join = true;
                join_pos = i + len;
            } else if (k == cls::dash || (i + len < text.size() && text[i + len] == '-')) {
                punct('-', i, i + len);
            } else if (!in_word && next_word && !out.empty() && out.back().end == base + i &&
                       out.back().kind == token_kind::punct) {
                pending_join = false;  // "(-" or similar: nothing to join
            } else {
                close_word();
                // A spaced hyphen " - " is a clause dash.
                const bool spaced = (i == 0 || text[i - 1] == ' ') &&
                                    (i + len >= text.size() || text[i + len] == ' ');
                if (spaced) punct('-', i, i + len);
            }
        } else if (k == cls::period) {
            // A decimal point stays in the number; other periods end the word.
            const bool decimal = in_word && i + 1 < text.size() && text[i + 1] >= '0' &&
                                 text[i + 1] <= '9' && cur.norm_len == 0 &&
                                 norm.size() > cur.norm && norm.back() >= '0' && norm.back() <= '9';
            if (decimal) {
                norm.push_back('.');
                cur.end = static_cast<std::uint32_t>(base + i + 1);
            } else {
                close_word();
                if (i + 2 < text.size() && text[i + 1] == '.' && text[i + 2] == '.') {
                    punct('.', i, i + 3);
                    i += 3;
                    continue;
                }
                pending_join = false;
            }
        } else if (k == cls::punct) {
            punct(p, i, i + len);
        } else {
            close_word();
            pending_join = false;
        }
        i += len;
    }
    close_word();
}

}  // namespace dbslabel::detail
