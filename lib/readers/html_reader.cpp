// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// HTML with gumbo. gumbo gives every text node, comment and attribute value as a pointer into
// the parsed buffer (original_text, original_value); the reader decodes character references
// itself from those bytes, so each decoded character keeps the source bytes it came from.
// Nesting deeper than max_html_depth is flattened before gumbo sees it (html_nesting.hpp);
// the buffer gumbo parses then differs from the source only inside the flattened tags.
#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "readers/html_nesting.hpp"
#include "readers/reader_util.hpp"

namespace dbslabel::detail {

namespace {

// NUL bytes after the bytes gumbo parses (see read_html_range).
constexpr std::size_t gumbo_padding = 16;

// Whether `t` is a block (its edges end a sentence), and which kind.
bool block_of(GumboTag t, block_kind& kind, int& level) {
    level = 0;
    switch (t) {
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            kind = block_kind::heading;
            level = static_cast<int>(t - GUMBO_TAG_H1) + 1;
            return true;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
            kind = block_kind::list_item;
            return true;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            kind = block_kind::table_cell;
            return true;
        case GUMBO_TAG_BLOCKQUOTE:
            kind = block_kind::quote;
            return true;
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_LEGEND:
        case GUMBO_TAG_SUMMARY:
            kind = block_kind::caption;
            return true;
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_OPTION:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_LABEL:
            kind = block_kind::paragraph;
            return true;
        default:
            return false;
    }
}

bool equals_ci(const char* a, std::string_view b) {
    std::size_t n = std::strlen(a);
    if (n != b.size()) return false;
    for (std::size_t i = 0; i < n; ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

class html_walker {
  public:
    // `parsed`: the bytes gumbo parsed for source range [begin, end), as long as the range.
    html_walker(document& doc, const line_index& lines, copy_builder& b, std::size_t begin,
                std::size_t end, const char* parsed, const html_flattening& flat)
        : doc_(doc), lines_(lines), b_(b), begin_(begin), end_(end), parsed_(parsed), flat_(flat) {}

    void walk(const GumboNode* root) {
        struct item {
            const GumboNode* node;
            bool leave;
            bool block;
        };
        std::vector<item> todo{{root, false, false}};
        while (!todo.empty()) {
            item it = todo.back();
            todo.pop_back();
            if (it.leave) {
                if (it.block) b_.pop();
                continue;
            }
            const GumboNode* n = it.node;
            switch (n->type) {
                case GUMBO_NODE_DOCUMENT:
                    push_children(todo, n->v.document.children);
                    break;
                case GUMBO_NODE_TEXT:
                    if (!in_flattened_skipped(n->v.text.original_text)) text(n->v.text, true);
                    break;
                case GUMBO_NODE_WHITESPACE:
                    if (!in_flattened_skipped(n->v.text.original_text)) whitespace(n->v.text);
                    break;
                case GUMBO_NODE_CDATA:
                    if (!in_flattened_skipped(n->v.text.original_text)) text(n->v.text, false);
                    break;
                case GUMBO_NODE_COMMENT:
                    if (const flattened_tag* f = flattened_at(n->v.text.original_text))
                        flattened(*f);
                    else
                        comment(n->v.text);
                    break;
                case GUMBO_NODE_ELEMENT:
                case GUMBO_NODE_TEMPLATE: {
                    const GumboElement& e = n->v.element;
                    if (e.tag == GUMBO_TAG_META) meta(e);
                    if (is_skipped_element(e.tag) || gumbo_get_attribute(&e.attributes, "hidden") ||
                        in_flattened_skipped(e.original_tag)) {
                        comments_within(n);
                        break;
                    }
                    if (e.tag == GUMBO_TAG_BR) {
                        std::size_t o = 0;
                        if (offset_of(e.original_tag.data, e.original_tag.length, o))
                            b_.space(o, e.original_tag.length);
                        else
                            b_.space(b_.last_source_end(), 0);
                        break;
                    }
                    block_kind kind = block_kind::paragraph;
                    int level = 0;
                    bool block = block_of(e.tag, kind, level);
                    if (block) b_.push(kind, level);
                    attributes(e);
                    todo.push_back({n, true, block});
                    push_children(todo, e.children);
                    break;
                }
            }
        }
    }

  private:
    template <class Todo>
    static void push_children(Todo& todo, const GumboVector& children) {
        for (unsigned i = children.length; i > 0; --i)
            todo.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false, false});
    }

    // The source offset of gumbo's bytes [p, p + n): false when they are not all in the
    // parsed range (gumbo points some strings elsewhere).
    bool offset_of(const char* p, std::size_t n, std::size_t& out) const {
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        const auto base = reinterpret_cast<std::uintptr_t>(parsed_);
        if (p == nullptr || at < base || at - base > end_ - begin_ ||
            n > end_ - begin_ - (at - base))
            return false;
        out = begin_ + static_cast<std::size_t>(at - base);
        return true;
    }

    // The flattened tag gumbo read as the comment at `s`, or null. The comment ends where the
    // tag does; it may start before it (after "</>", which gumbo drops, the next token's
    // original_text starts at the "</>").
    const flattened_tag* flattened_at(const GumboStringPiece& s) const {
        std::size_t o = 0;
        if (flat_.tags.empty() || !offset_of(s.data, s.length, o)) return nullptr;
        const std::size_t rel = o - begin_;
        const std::size_t rel_end = rel + s.length;
        auto it = std::lower_bound(flat_.tags.begin(), flat_.tags.end(), rel_end,
                                   [](const flattened_tag& f, std::size_t x) { return f.end < x; });
        return it != flat_.tags.end() && it->end == rel_end && it->begin >= rel ? &*it : nullptr;
    }

    // Whether the bytes at `s` lie inside a flattened element whose content is not copy.
    bool in_flattened_skipped(const GumboStringPiece& s) const {
        std::size_t o = 0;
        if (flat_.skipped.empty() || !offset_of(s.data, s.length, o)) return false;
        return in_flattened_skipped_offset(o - begin_);
    }

    // A tag flattened out of nesting too deep: its element holds nothing any more (its
    // content follows it as its siblings'), but a block still ends the sentence before and
    // after its content, and its title is still read.
    void flattened(const flattened_tag& f) {
        if (in_flattened_skipped_offset(f.begin)) return;
        block_kind kind = block_kind::paragraph;
        int level = 0;
        const bool block = block_of(f.tag, kind, level);
        if (block) b_.push(kind, level);
        if (f.has_title && f.title_length > 0)
            b_.aside(begin_ + f.title_begin, f.title_length, true);
        if (block) b_.pop();
    }

    // Whether range offset `rel` lies inside a flattened element whose content is not copy.
    bool in_flattened_skipped_offset(std::size_t rel) const {
        auto it = std::upper_bound(flat_.skipped.begin(), flat_.skipped.end(), rel,
                                   [](std::size_t x, const std::pair<std::size_t, std::size_t>& r) {
                                       return x < r.first;
                                   });
        return it != flat_.skipped.begin() && rel < std::prev(it)->second;
    }

    void text(const GumboText& t, bool references) {
        std::size_t o = 0;
        std::size_t n = t.original_text.length;
        if (!offset_of(t.original_text.data, n, o)) return;
        if (references)
            b_.with_references(o, n);
        else
            b_.literal(o, n);
    }

    // Whitespace is only a space: gumbo's original_text of whitespace moved after </body>
    // can span the end tags themselves.
    void whitespace(const GumboText& t) {
        std::size_t o = 0;
        std::size_t n = t.original_text.length;
        if (offset_of(t.original_text.data, n, o)) b_.space(o, n);
    }

    void comment(const GumboText& t) {
        std::size_t o = 0;
        std::size_t n = t.original_text.length;
        if (!offset_of(t.original_text.data, n, o)) return;
        add_directive(doc_, lines_, t.text ? std::string_view(t.text) : std::string_view(), o, n);
    }

    // Comments inside skipped elements still carry directives (not <script>: no comments).
    void comments_within(const GumboNode* root) {
        std::vector<const GumboNode*> todo{root};
        while (!todo.empty()) {
            const GumboNode* n = todo.back();
            todo.pop_back();
            if (n->type == GUMBO_NODE_COMMENT && !flattened_at(n->v.text.original_text))
                comment(n->v.text);
            if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
                for (unsigned i = 0; i < n->v.element.children.length; ++i)
                    todo.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i]));
        }
    }

    void attribute_text(const GumboAttribute* a) {
        if (a == nullptr) return;
        const GumboStringPiece& v = a->original_value;
        std::size_t o = 0;
        if (v.length == 0 || !offset_of(v.data, v.length, o)) return;
        std::size_t n = v.length;
        char q = v.data[0];
        if ((q == '"' || q == '\'') && n >= 2 && v.data[n - 1] == q) {
            ++o;
            n -= 2;
        }
        b_.aside(o, n, true);
    }

    void attributes(const GumboElement& e) {
        attribute_text(gumbo_get_attribute(&e.attributes, "title"));
        if (e.tag == GUMBO_TAG_IMG || e.tag == GUMBO_TAG_AREA || e.tag == GUMBO_TAG_INPUT)
            attribute_text(gumbo_get_attribute(&e.attributes, "alt"));
    }

    // <meta name="description"> and the Open Graph / Twitter descriptions are shown to
    // readers by search engines and link previews.
    void meta(const GumboElement& e) {
        const GumboAttribute* name = gumbo_get_attribute(&e.attributes, "name");
        const GumboAttribute* property = gumbo_get_attribute(&e.attributes, "property");
        bool described = false;
        for (const GumboAttribute* a : {name, property})
            if (a && (equals_ci(a->value, "description") || equals_ci(a->value, "og:description") ||
                      equals_ci(a->value, "twitter:description")))
                described = true;
        if (!described) return;
        b_.push(block_kind::caption);
        attribute_text(gumbo_get_attribute(&e.attributes, "content"));
        b_.pop();
    }

    document& doc_;
    const line_index& lines_;
    copy_builder& b_;
    std::size_t begin_;
    std::size_t end_;
    const char* parsed_;
    const html_flattening& flat_;
};

}  // namespace

void read_html_range(document& doc, const line_index& lines, copy_builder& b, std::size_t begin,
                     std::size_t end) {
    if (end <= begin || end > doc.source.size()) return;
    GumboOptions options = kGumboDefaultOptions;
    // No parse errors: the reader never reads them, and gumbo 0.10 copies the whole stack of
    // open elements into each one, so 100k unclosed tags took O(n^2) memory (gigabytes).
    options.max_errors = 0;
    const std::string_view range = doc.source.substr(begin, end - begin);
    html_flattening flat = flatten_deep_nesting(range);
    // gumbo parses bytes the reader owns, never the caller's, followed by NUL bytes it may
    // read: gumbo 0.10 reads past its input when the input ends inside an attribute value
    // with a character reference that lacks its ';' ("<a title=&amp"), to see whether an '='
    // or a letter follows (fuzz/regressions/fuzz_html/gumbo-*). NULs make it decode the
    // reference, as the end of the input would.
    std::string parsed = std::move(flat.html);
    if (parsed.empty()) parsed.assign(range);
    parsed.append(gumbo_padding, '\0');
    GumboOutput* out = gumbo_parse_with_options(&options, parsed.data(), range.size());
    if (out == nullptr) return;
    html_walker(doc, lines, b, begin, end, parsed.data(), flat).walk(out->document);
    gumbo_destroy_output(&options, out);
}

document read_html(std::string_view source, std::string path) {
    document doc;
    doc.path = std::move(path);
    doc.source = source;
    line_index lines(source);
    // The copy is about as long as the source (shorter for HTML): one allocation.
    doc.copy.reserve(source.size());
    copy_builder b(doc);
    read_html_range(doc, lines, b, 0, source.size());
    b.finish();
    return doc;
}

}  // namespace dbslabel::detail
