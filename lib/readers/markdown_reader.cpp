// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Markdown with md4c. md4c hands over text as pointers into the buffer it parses, so every
// piece of copy has its source offset by pointer difference. Front matter is cut off before
// parsing (md4c does not know it); code is skipped; HTML blocks are read by the HTML reader;
// HTML comments (blocks or inline) are scanned for suppression directives.
#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "readers/reader_util.hpp"

namespace dbslabel::detail {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// The end of the line starting at `pos` (index of '\n' or size) and the start of the next.
std::size_t line_end(std::string_view s, std::size_t pos) {
    std::size_t e = s.find('\n', pos);
    return e == std::string_view::npos ? s.size() : e;
}

// The length of YAML (`---`) or TOML (`+++`) front matter at the start of `s` (after an
// optional BOM), or 0. The block must be closed by its fence (or `...` for YAML).
std::size_t front_matter_length(std::string_view s) {
    std::size_t start = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::string_view fence = s.substr(start, 3);
    if (fence != "---" && fence != "+++") return 0;
    auto is_fence_line = [&](std::size_t b, std::size_t e, bool first) {
        std::string_view l = s.substr(b, e - b);
        while (!l.empty() && is_blank(l.back())) l.remove_suffix(1);
        if (l == fence) return true;
        return !first && fence == "---" && l == "...";
    };
    std::size_t e = line_end(s, start);
    if (!is_fence_line(start, e, true)) return 0;
    std::size_t pos = e + 1;
    while (pos <= s.size() && e < s.size()) {
        e = line_end(s, pos);
        if (is_fence_line(pos, e, false)) return e < s.size() ? e + 1 : e;
        pos = e + 1;
    }
    return 0;
}

struct md_state {
    document* doc = nullptr;
    // The source's line index, built when a comment or HTML block first needs it.
    std::optional<line_index> line_idx;
    const line_index& lines() {
        if (!line_idx) line_idx.emplace(doc->source);
        return *line_idx;
    }
    copy_builder* b = nullptr;
    const char* base = nullptr;  // doc->source.data()
    std::size_t size = 0;
    int skip = 0;  // inside code blocks
    bool softbreak = false;
    // Raw HTML: the source range of the HTML block or inline HTML being collected.
    bool in_html_block = false;
    bool html_open = false;
    std::size_t html_begin = 0;
    std::size_t html_end = 0;
    // Links: the href's bytes, to drop the text of autolinks (which repeats the URL).
    std::vector<std::pair<const char*, const char*>> hrefs;

    bool inside(const char* p, std::size_t n) const {
        return p >= base && p + n <= base + size && p + n >= p;
    }
    std::size_t off(const char* p) const { return static_cast<std::size_t>(p - base); }

    void flush_inline_html() {
        if (!html_open || in_html_block) return;
        scan_comments(*doc, lines(), html_begin, html_end);
        html_open = false;
    }
    void aside_attribute(const MD_ATTRIBUTE& a) {
        if (a.size == 0 || a.text == nullptr || !inside(a.text, a.size)) return;
        b->aside(off(a.text), a.size, true);
    }
};

md_state& state(void* u) {
    return *static_cast<md_state*>(u);
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* u) {
    md_state& s = state(u);
    s.flush_inline_html();
    s.softbreak = false;
    switch (type) {
        case MD_BLOCK_CODE:
            ++s.skip;
            break;
        case MD_BLOCK_HTML:
            s.in_html_block = true;
            s.html_open = false;
            break;
        case MD_BLOCK_H:
            s.b->push(block_kind::heading,
                      static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
            break;
        case MD_BLOCK_P:
            s.b->push(block_kind::paragraph);
            break;
        case MD_BLOCK_LI:
            s.b->push(block_kind::list_item);
            break;
        case MD_BLOCK_QUOTE:
            s.b->push(block_kind::quote);
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            s.b->push(block_kind::table_cell);
            break;
        default:
            break;
    }
    return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* u) {
    md_state& s = state(u);
    s.flush_inline_html();
    s.softbreak = false;
    switch (type) {
        case MD_BLOCK_CODE:
            --s.skip;
            break;
        case MD_BLOCK_HTML:
            s.in_html_block = false;
            if (s.html_open) read_html_range(*s.doc, s.lines(), *s.b, s.html_begin, s.html_end);
            s.html_open = false;
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            s.b->pop();
            break;
        default:
            break;
    }
    return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* u) {
    md_state& s = state(u);
    s.flush_inline_html();
    if (s.skip) return 0;
    if (type == MD_SPAN_A) {
        auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        s.hrefs.emplace_back(a->href.text, a->href.text ? a->href.text + a->href.size : nullptr);
        s.aside_attribute(a->title);
    } else if (type == MD_SPAN_IMG) {
        s.aside_attribute(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->title);
    }
    return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* u) {
    md_state& s = state(u);
    s.flush_inline_html();
    if (type == MD_SPAN_A && !s.hrefs.empty()) s.hrefs.pop_back();
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE n, void* u) {
    md_state& s = state(u);
    if (type == MD_TEXT_HTML) {
        if (!s.inside(p, n)) return 0;
        std::size_t o = s.off(p);
        if (!s.html_open) {
            s.html_open = true;
            s.html_begin = o;
        }
        s.html_end = o + n;
        return 0;
    }
    s.flush_inline_html();
    if (s.skip || type == MD_TEXT_CODE || type == MD_TEXT_LATEXMATH) return 0;
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
        s.softbreak = true;
        return 0;
    }
    bool known = s.inside(p, n);
    std::size_t o = known ? s.off(p) : s.b->last_source_end();
    // The text of an autolink is its URL: not copy.
    if (known && !s.hrefs.empty() && s.hrefs.back().first != nullptr && p >= s.hrefs.back().first &&
        p + n <= s.hrefs.back().second)
        return 0;
    if (s.softbreak) {
        std::size_t from = s.b->last_source_end();
        s.b->space(from, o > from ? o - from : 0);
        s.softbreak = false;
    }
    switch (type) {
        case MD_TEXT_NULLCHAR:
            s.b->unit("\xEF\xBF\xBD", o, known ? 1 : 0);
            break;
        case MD_TEXT_ENTITY:
            if (known) {
                s.b->with_references(o, n);
            }
            break;
        default:
            // Text from outside the source is never read (md4c 0.4.8 once passed a pointer
            // past its input and an unset size, fuzz/regressions/fuzz_markdown/md4c-*).
            if (known) s.b->literal(o, n);
            break;
    }
    return 0;
}

}  // namespace

document read_markdown(std::string_view source, std::string path) {
    document doc;
    doc.path = std::move(path);
    doc.source = source;
    // The copy is about as long as the source (shorter for HTML): one allocation.
    doc.copy.reserve(source.size());
    copy_builder b(doc);

    std::size_t fm = front_matter_length(source);
    md_state s;
    s.doc = &doc;
    s.b = &b;
    // md4c parses a copy the reader owns, never the caller's bytes. md4c 0.4.8 reads the byte
    // after its input when the input's last line has no newline and an inline link or image
    // is left open on it ("[a](", "[a](dest" or "[a](dest \"title\"" at the very end): it
    // looks there for a newline or the closing ')'. When that byte is a ')', md4c takes the
    // link as closed past the input, walks past the end of its array of lines and hands over
    // text from outside the input (fuzz/regressions/fuzz_markdown/md4c-*). It reads past the
    // end the same way after an ordered list marker ("2024") or a task list item ("- [ ]")
    // on that last line, and later md4c releases fixed more reads at the end of the input.
    // So the copy always ends with a newline (one is appended when the source has none:
    // CommonMark gives a final newline no meaning), and the byte after it is the copy's own
    // terminating NUL. NUL bytes, which are never copy, are parsed as spaces. Every byte
    // keeps its offset; the appended newline lies past the source, so no text is taken from
    // it (md_state::inside checks against the source's size).
    std::string parsed(source);
    std::replace(parsed.begin(), parsed.end(), '\0', ' ');
    if (parsed.empty() || parsed.back() != '\n') parsed.push_back('\n');
    s.base = parsed.data();
    s.size = source.size();

    MD_PARSER parser;
    std::memset(&parser, 0, sizeof parser);
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = enter_block;
    parser.leave_block = leave_block;
    parser.enter_span = enter_span;
    parser.leave_span = leave_span;
    parser.text = text;
    if (fm < source.size())
        md_parse(parsed.data() + fm, static_cast<MD_SIZE>(parsed.size() - fm), &parser, &s);
    s.flush_inline_html();
    b.finish();
    return doc;
}

}  // namespace dbslabel::detail
