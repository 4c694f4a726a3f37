// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "readers/reader_util.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace dbslabel::detail {

namespace {

struct named_reference {
    std::string_view name;
    char32_t cp;
};

// The references that marketing copy uses in practice (punctuation, spaces, Latin-1 letters,
// symbols). An unknown name is left as written.
constexpr named_reference named_references[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Agrave", 0xC0},
    {"Aring", 0xC5},    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Ccedil", 0xC7},
    {"Dagger", 0x2021}, {"ETH", 0xD0},      {"Eacute", 0xC9},   {"Ecirc", 0xCA},
    {"Egrave", 0xC8},   {"Euml", 0xCB},     {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Igrave", 0xCC},   {"Iuml", 0xCF},     {"Ntilde", 0xD1},   {"Oacute", 0xD3},
    {"Ocirc", 0xD4},    {"Ograve", 0xD2},   {"Oslash", 0xD8},   {"Otilde", 0xD5},
    {"Ouml", 0xD6},     {"Prime", 0x2033},  {"THORN", 0xDE},    {"Uacute", 0xDA},
    {"Ucirc", 0xDB},    {"Ugrave", 0xD9},   {"Uuml", 0xDC},     {"Yacute", 0xDD},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"acute", 0xB4},    {"aelig", 0xE6},
    {"agrave", 0xE0},   {"amp", 0x26},      {"apos", 0x27},     {"aring", 0xE5},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"bdquo", 0x201E},  {"brvbar", 0xA6},
    {"bull", 0x2022},   {"ccedil", 0xE7},   {"cedil", 0xB8},    {"cent", 0xA2},
    {"colon", 0x3A},    {"comma", 0x2C},    {"copy", 0xA9},     {"curren", 0xA4},
    {"dagger", 0x2020}, {"deg", 0xB0},      {"divide", 0xF7},   {"eacute", 0xE9},
    {"ecirc", 0xEA},    {"egrave", 0xE8},   {"emsp", 0x2003},   {"ensp", 0x2002},
    {"eth", 0xF0},      {"euml", 0xEB},     {"euro", 0x20AC},   {"excl", 0x21},
    {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},   {"ge", 0x2265},
    {"gt", 0x3E},       {"hellip", 0x2026}, {"hyphen", 0x2010}, {"iacute", 0xED},
    {"icirc", 0xEE},    {"iexcl", 0xA1},    {"igrave", 0xEC},   {"iquest", 0xBF},
    {"iuml", 0xEF},     {"laquo", 0xAB},    {"ldquo", 0x201C},  {"le", 0x2264},
    {"lowbar", 0x5F},   {"lpar", 0x28},     {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", 0x3C},       {"macr", 0xAF},     {"mdash", 0x2014},  {"micro", 0xB5},
    {"middot", 0xB7},   {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"not", 0xAC},      {"ntilde", 0xF1},   {"num", 0x23},      {"oacute", 0xF3},
    {"ocirc", 0xF4},    {"ograve", 0xF2},   {"ordf", 0xAA},     {"ordm", 0xBA},
    {"oslash", 0xF8},   {"otilde", 0xF5},   {"ouml", 0xF6},     {"para", 0xB6},
    {"percnt", 0x25},   {"period", 0x2E},   {"plusmn", 0xB1},   {"pound", 0xA3},
    {"prime", 0x2032},  {"quest", 0x3F},    {"quot", 0x22},     {"raquo", 0xBB},
    {"rdquo", 0x201D},  {"reg", 0xAE},      {"rpar", 0x29},     {"rsaquo", 0x203A},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"sect", 0xA7},     {"semi", 0x3B},
    {"shy", 0xAD},      {"sol", 0x2F},      {"sup1", 0xB9},     {"sup2", 0xB2},
    {"sup3", 0xB3},     {"szlig", 0xDF},    {"thinsp", 0x2009}, {"thorn", 0xFE},
    {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},   {"ucirc", 0xFB},
    {"ugrave", 0xF9},   {"uml", 0xA8},      {"uuml", 0xFC},     {"yacute", 0xFD},
    {"yen", 0xA5},      {"yuml", 0xFF},     {"zwj", 0x200D},    {"zwnj", 0x200C},
};

// Windows-1252 meanings of numeric references 0x80-0x9F, as HTML reads them.
constexpr std::array<char32_t, 32> windows_1252{
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool find_named(std::string_view name, char32_t& cp) {
    // References are rare in copy: a linear search over the short table is enough.
    for (const named_reference& r : named_references)
        if (r.name == name) {
            cp = r.cp;
            return true;
        }
    return false;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_html_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool decode_reference(std::string_view s, std::string& out, std::size_t& used) {
    if (s.size() < 3 || s[0] != '&') return false;
    char32_t cp = 0;
    std::size_t i = 1;
    if (s[1] == '#') {
        i = 2;
        bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
        if (hex) ++i;
        std::size_t digits = 0;
        std::uint32_t value = 0;
        for (; i < s.size() && digits < 8; ++i, ++digits) {
            char c = s[i];
            std::uint32_t d;
            if (c >= '0' && c <= '9')
                d = static_cast<std::uint32_t>(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = static_cast<std::uint32_t>(c - 'A' + 10);
            else
                break;
            value = value * (hex ? 16u : 10u) + d;
        }
        if (digits == 0 || i >= s.size() || s[i] != ';') return false;
        ++i;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            cp = 0xFFFD;
        else if (value >= 0x80 && value <= 0x9F)
            cp = windows_1252[value - 0x80];
        else
            cp = static_cast<char32_t>(value);
    } else {
        while (i < s.size() && i < 34 && is_alnum(s[i])) ++i;
        if (i >= s.size() || s[i] != ';' || i == 1) return false;
        if (!find_named(s.substr(1, i - 1), cp)) return false;
        ++i;
    }
    out.clear();
    append_utf8(out, cp);
    used = i;
    return true;
}

bool parse_directive(std::string_view text, suppression_directive& out) {
    text = trim(text);
    using kind = suppression_directive::kind;
    std::string_view rest;
    auto starts = [&](std::string_view word) {
        if (text.substr(0, word.size()) != word) return false;
        std::string_view after = text.substr(word.size());
        if (!after.empty() && !is_html_space(after.front())) return false;
        rest = after;
        return true;
    };
    if (starts("dbslabel-disable-next-line"))
        out.what = kind::next_line;
    else if (starts("dbslabel-disable"))
        out.what = kind::disable;
    else if (starts("dbslabel-enable"))
        out.what = kind::enable;
    else
        return false;
    std::string_view rules = rest;
    out.reason.clear();
    std::size_t dashes = rest.find("--");
    if (dashes != std::string_view::npos) {
        rules = rest.substr(0, dashes);
        out.reason.assign(trim(rest.substr(dashes + 2)));
    }
    out.rules.clear();
    std::string current;
    for (char c : rules) {
        if (c == ',' || is_html_space(c)) {
            if (!current.empty()) out.rules.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) out.rules.push_back(std::move(current));
    return true;
}

void add_directive(document& doc, const line_index& lines, std::string_view body,
                   std::size_t offset, std::size_t len) {
    suppression_directive d;
    if (!parse_directive(body, d)) return;
    d.source_offset = offset;
    d.source_length = len;
    d.line = lines.line_of(offset);
    d.end_line = lines.line_of(len ? offset + len - 1 : offset);
    doc.suppressions.push_back(std::move(d));
}

void scan_comments(document& doc, const line_index& lines, std::size_t begin, std::size_t end) {
    std::string_view src = doc.source.substr(0, std::min(end, doc.source.size()));
    std::size_t pos = begin;
    while (pos < src.size()) {
        std::size_t open = src.find("<!--", pos);
        if (open == std::string_view::npos) break;
        std::size_t close = src.find("-->", open + 4);
        std::size_t stop = close == std::string_view::npos ? src.size() : close + 3;
        std::size_t body_end = close == std::string_view::npos ? src.size() : close;
        add_directive(doc, lines, src.substr(open + 4, body_end - (open + 4)), open, stop - open);
        pos = stop;
    }
}

// ---- copy_builder ----

void copy_builder::push(block_kind kind, int level) {
    end_segment();
    if (kind == block_kind::paragraph && !stack_.empty()) {
        const frame& top = stack_.back();
        if (top.kind == block_kind::list_item || top.kind == block_kind::quote ||
            top.kind == block_kind::table_cell || top.kind == block_kind::caption) {
            kind = top.kind;
            level = top.level;
        }
    }
    stack_.push_back({kind, level});
}

void copy_builder::pop() {
    end_segment();
    if (!stack_.empty()) stack_.pop_back();
}

void copy_builder::begin_segment_if_needed() {
    if (open_) return;
    if (!doc_.copy.empty()) {
        // Blocks are separated by a blank line that stands for no source bytes.
        doc_.map.push_back({doc_.copy.size(), 2, last_src_end_, 0});
        doc_.copy += "\n\n";
    }
    seg_begin_ = doc_.copy.size();
    open_ = true;
}

void copy_builder::end_segment() {
    pending_space_ = false;
    if (open_) {
        block b;
        b.begin = seg_begin_;
        b.end = doc_.copy.size();
        b.kind = stack_.empty() ? block_kind::paragraph : stack_.back().kind;
        b.level = stack_.empty() ? 0 : stack_.back().level;
        doc_.blocks.push_back(b);
        open_ = false;
    }
    flush_asides();
}

void copy_builder::flush_asides() {
    if (asides_.empty()) return;
    std::vector<pending_aside> todo;
    todo.swap(asides_);
    for (const pending_aside& a : todo) {
        stack_.push_back({block_kind::caption, 0});
        if (a.references)
            with_references(a.offset, a.len);
        else
            literal(a.offset, a.len);
        pending_space_ = false;
        if (open_) {
            doc_.blocks.push_back({seg_begin_, doc_.copy.size(), block_kind::caption, 0});
            open_ = false;
        }
        stack_.pop_back();
    }
}

void copy_builder::put(std::string_view text, std::size_t offset, std::size_t len) {
    if (text.empty()) return;
    bool had = open_;
    begin_segment_if_needed();
    if (pending_space_ && had) {
        // One space standing for one source byte right after the last run extends it.
        if (!extend_last(space_begin_, space_end_ - space_begin_, 1))
            doc_.map.push_back({doc_.copy.size(), 1, space_begin_, space_end_ - space_begin_});
        doc_.copy += ' ';
    }
    pending_space_ = false;
    if (!extend_last(offset, len, text.size()))
        doc_.map.push_back({doc_.copy.size(), text.size(), offset, len});
    doc_.copy += text;
    last_src_end_ = offset + len;
}

bool copy_builder::extend_last(std::size_t offset, std::size_t len, std::size_t copy_len) {
    // Runs of equal length that follow each other in copy and source map byte for byte, as
    // one run does.
    if (copy_len != len || doc_.map.empty()) return false;
    map_run& last = doc_.map.back();
    if (last.copy_len != last.source_len || last.copy + last.copy_len != doc_.copy.size() ||
        last.source + last.source_len != offset)
        return false;
    last.copy_len += len;
    last.source_len += len;
    return true;
}

void copy_builder::space(std::size_t offset, std::size_t len) {
    if (pending_space_) {
        space_begin_ = std::min(space_begin_, offset);
        space_end_ = std::max(space_end_, offset + len);
    } else {
        pending_space_ = true;
        space_begin_ = offset;
        space_end_ = offset + len;
    }
}

void copy_builder::literal(std::size_t offset, std::size_t len) {
    std::string_view s = doc_.source.substr(offset, len);
    auto space_at = [&](std::size_t k) {
        return static_cast<unsigned char>(s[k]) <= ' ' && is_html_space(s[k]);
    };
    std::size_t i = 0;
    while (i < s.size()) {
        if (space_at(i)) {
            std::size_t j = i;
            while (j < s.size() && space_at(j)) ++j;
            space(offset + i, j - i);
            i = j;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && !space_at(j)) ++j;
        put(s.substr(i, j - i), offset + i, j - i);
        // More words after one ' ' each: the copy is the source byte for byte, and the run put
        // just ended extends over them (as a space and a word put one by one would).
        std::size_t k = j;
        while (k + 1 < s.size() && s[k] == ' ' && !space_at(k + 1)) {
            ++k;
            while (k < s.size() && !space_at(k)) ++k;
        }
        if (k > j) {
            doc_.copy.append(s.data() + j, k - j);
            map_run& last = doc_.map.back();
            last.copy_len += k - j;
            last.source_len += k - j;
            last_src_end_ = offset + k;
        }
        i = k;
    }
}

void copy_builder::with_references(std::size_t offset, std::size_t len) {
    std::string_view s = doc_.source.substr(offset, len);
    std::string decoded;
    std::size_t i = 0;
    std::size_t plain_from = 0;
    while (i < s.size()) {
        std::size_t used = 0;
        if (s[i] == '&' && decode_reference(s.substr(i), decoded, used)) {
            literal(offset + plain_from, i - plain_from);
            put(decoded, offset + i, used);
            i += used;
            plain_from = i;
        } else {
            ++i;
        }
    }
    literal(offset + plain_from, s.size() - plain_from);
}

void copy_builder::unit(std::string_view text, std::size_t offset, std::size_t len) {
    put(text, offset, len);
}

void copy_builder::aside(std::size_t offset, std::size_t len, bool references) {
    if (len == 0) return;
    asides_.push_back({offset, len, references});
    if (!open_ && stack_.empty()) flush_asides();
}

void copy_builder::finish() {
    while (!stack_.empty()) pop();
    end_segment();
}

}  // namespace dbslabel::detail
