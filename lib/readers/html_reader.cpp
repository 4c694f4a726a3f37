// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// HTML with gumbo. gumbo gives every text node, comment and attribute value as a pointer into
// the parsed buffer (original_text, original_value); the reader decodes character references
// itself from those bytes, so each decoded character keeps the source bytes it came from.
#include <gumbo.h>

#include <cstring>
#include <string>
#include <vector>

#include "readers/reader_util.hpp"

namespace dbslabel::detail {

namespace {

// Elements whose content a reader of the page does not see as copy.
bool is_skipped(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_CODE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_KBD:
        case GUMBO_TAG_SAMP:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO:
            return true;
        default:
            return false;
    }
}

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
    html_walker(document& doc, const line_index& lines, copy_builder& b, std::size_t begin,
                std::size_t end)
        : doc_(doc), lines_(lines), b_(b), begin_(begin), end_(end) {}

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
                    text(n->v.text, true);
                    break;
                case GUMBO_NODE_WHITESPACE:
                    whitespace(n->v.text);
                    break;
                case GUMBO_NODE_CDATA:
                    text(n->v.text, false);
                    break;
                case GUMBO_NODE_COMMENT:
                    comment(n->v.text);
                    break;
                case GUMBO_NODE_ELEMENT:
                case GUMBO_NODE_TEMPLATE: {
                    const GumboElement& e = n->v.element;
                    if (e.tag == GUMBO_TAG_META) meta(e);
                    if (is_skipped(e.tag) || gumbo_get_attribute(&e.attributes, "hidden")) {
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

    bool offset_of(const char* p, std::size_t n, std::size_t& out) const {
        const char* base = doc_.source.data();
        if (p == nullptr || p < base + begin_ || p + n > base + end_) return false;
        out = static_cast<std::size_t>(p - base);
        return true;
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
            if (n->type == GUMBO_NODE_COMMENT) comment(n->v.text);
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
};

}  // namespace

void read_html_range(document& doc, const line_index& lines, copy_builder& b, std::size_t begin,
                     std::size_t end) {
    if (end <= begin || end > doc.source.size()) return;
    GumboOptions options = kGumboDefaultOptions;
    // No parse errors: the reader never reads them, and gumbo 0.10 copies the whole stack of
    // open elements into each one, so 100k unclosed tags took O(n^2) memory (gigabytes).
    options.max_errors = 0;
    GumboOutput* out = gumbo_parse_with_options(&options, doc.source.data() + begin, end - begin);
    if (out == nullptr) return;
    html_walker(doc, lines, b, begin, end).walk(out->document);
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
