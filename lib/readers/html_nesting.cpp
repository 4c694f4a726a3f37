// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "readers/html_nesting.hpp"

#include <algorithm>
#include <unordered_map>

namespace dbslabel::detail {

bool is_skipped_element(GumboTag t) {
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

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ci(std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower_b[i]) return false;
    return true;
}

// Elements that never have content.
bool is_void(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_AREA:
        case GUMBO_TAG_BASE:
        case GUMBO_TAG_BASEFONT:
        case GUMBO_TAG_BGSOUND:
        case GUMBO_TAG_BR:
        case GUMBO_TAG_COL:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_FRAME:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_IMAGE:
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_KEYGEN:
        case GUMBO_TAG_LINK:
        case GUMBO_TAG_MENUITEM:
        case GUMBO_TAG_META:
        case GUMBO_TAG_PARAM:
        case GUMBO_TAG_SOURCE:
        case GUMBO_TAG_TRACK:
        case GUMBO_TAG_WBR:
            return true;
        default:
            return false;
    }
}

// Elements whose content the tokenizer reads as text up to their end tag (gumbo 0.10 reads
// <noscript> as markup, so it is not one of them).
bool is_raw_text(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_XMP:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_NOEMBED:
        case GUMBO_TAG_NOFRAMES:
            return true;
        default:
            return false;
    }
}

// Start tags that close an open <p> (HTML's "close a p element" in button scope).
bool closes_p(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_DIR:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_P:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_LISTING:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
            return true;
        default:
            return false;
    }
}

bool is_heading(GumboTag t) {
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

// The edges of HTML's "has an element in scope".
bool is_scope_edge(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_APPLET:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_MARQUEE:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
            return true;
        default:
            return false;
    }
}

// What stops the search for an open <li>, <dd> or <dt> (HTML's "special" elements, but for
// address, div and p).
bool stops_list_item_search(GumboTag t) {
    if (is_scope_edge(t)) return true;
    switch (t) {
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_P:
            return false;
        default:
            return closes_p(t) || t == GUMBO_TAG_TR || t == GUMBO_TAG_TBODY ||
                   t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_BUTTON;
    }
}

bool is_table_section(GumboTag t) {
    return t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT;
}

// One tag as HTML's tokenizer reads it.
struct tag_token {
    std::size_t begin = 0;  // '<'
    std::size_t end = 0;    // one past '>'
    std::size_t name_begin = 0;
    std::size_t name_end = 0;
    std::string name;  // lower case
    bool end_tag = false;
    bool self_closing = false;
    bool hidden = false;
    bool has_title = false;
    std::size_t title_begin = 0;
    std::size_t title_length = 0;
    std::vector<std::size_t> quoted_gt;  // '>' inside quoted attribute values
};

// Reads the tag at `at` ("<x" or "</x", x a letter) into `t`. False when the input ends inside
// it (the tokenizer then drops the tag, and there is nothing after it).
bool read_tag(std::string_view s, std::size_t at, bool end_tag, tag_token& t) {
    t.begin = at;
    t.end_tag = end_tag;
    t.self_closing = t.hidden = t.has_title = false;
    t.name.clear();
    t.quoted_gt.clear();
    std::size_t i = at + (end_tag ? 2 : 1);
    t.name_begin = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>')
        t.name.push_back(lower(s[i++]));
    t.name_end = i;
    for (;;) {
        while (i < s.size() && (is_space(s[i]) || s[i] == '/')) {
            t.self_closing = s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>';
            ++i;
        }
        if (i >= s.size()) return false;
        if (s[i] == '>') {
            t.end = i + 1;
            return true;
        }
        // An attribute: its name (whose first character may be '='), then maybe a value.
        const std::size_t name_begin = i++;
        while (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
        const std::string_view name = s.substr(name_begin, i - name_begin);
        while (i < s.size() && is_space(s[i])) ++i;
        std::size_t value_begin = i;
        std::size_t value_length = 0;
        if (i < s.size() && s[i] == '=') {
            ++i;
            while (i < s.size() && is_space(s[i])) ++i;
            if (i >= s.size()) return false;
            if (s[i] == '"' || s[i] == '\'') {
                const std::size_t close = s.find(s[i], i + 1);
                if (close == npos) return false;
                for (std::size_t k = s.find('>', i + 1); k < close; k = s.find('>', k + 1))
                    t.quoted_gt.push_back(k);
                value_begin = i + 1;
                value_length = close - value_begin;
                i = close + 1;
            } else {
                value_begin = i;
                while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
                value_length = i - value_begin;
            }
        }
        if (equals_ci(name, "hidden")) {
            t.hidden = true;
        } else if (!t.has_title && equals_ci(name, "title")) {  // the first one counts
            t.has_title = true;
            t.title_begin = value_begin;
            t.title_length = value_length;
        }
    }
}

class flattener {
  public:
    flattener(std::string_view s, std::size_t max_depth) : s_(s), max_depth_(max_depth) {}

    html_flattening run() {
        std::size_t i = 0;
        while ((i = s_.find('<', i)) != npos) {
            if (i + 1 >= s_.size()) break;
            const char c = s_[i + 1];
            std::size_t next = npos;
            if (c == '!' && foreign_ > 0 && s_.compare(i, 9, "<![CDATA[") == 0) {
                const std::size_t e = s_.find("]]>", i + 9);
                next = e == npos ? npos : e + 3;
            } else if (c == '!') {
                next = markup_declaration_end(i);
            } else if (c == '?') {
                next = after(s_.find('>', i + 2));
            } else if (c == '/' && i + 2 < s_.size() && is_alpha(s_[i + 2])) {
                if (!read_tag(s_, i, true, tag_)) break;
                end_tag();
                next = tag_.end;
            } else if (c == '/') {
                // "</>" is dropped; "</" before anything else but a letter opens a comment.
                next = i + 2 < s_.size() && s_[i + 2] == '>' ? i + 3 : after(s_.find('>', i + 2));
            } else if (is_alpha(c)) {
                if (!read_tag(s_, i, false, tag_)) break;
                next = start_tag();
            } else {
                next = i + 1;  // text
            }
            if (next == npos) break;
            i = next;
        }
        std::sort(out_.skipped.begin(), out_.skipped.end());
        std::vector<std::pair<std::size_t, std::size_t>> merged;
        for (const auto& r : out_.skipped) {
            if (!merged.empty() && r.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        out_.skipped = std::move(merged);
        return std::move(out_);
    }

  private:
    struct open_element {
        GumboTag tag;
        std::string name;  // for elements gumbo does not know
    };
    struct pending_element {
        std::size_t skipped;  // index in out_.skipped, or npos
    };

    static std::size_t after(std::size_t gt) { return gt == npos ? npos : gt + 1; }

    // The end of "<!...": a comment, a doctype or a bogus comment. npos when the input ends
    // inside it.
    std::size_t markup_declaration_end(std::size_t i) const {
        if (s_.compare(i, 4, "<!--") == 0) {
            const std::size_t j = i + 4;
            if (s_.compare(j, 1, ">") == 0) return j + 1;
            if (s_.compare(j, 2, "->") == 0) return j + 2;
            for (std::size_t k = s_.find("--", j); k != npos; k = s_.find("--", k + 1)) {
                if (s_.compare(k + 2, 1, ">") == 0) return k + 3;
                if (s_.compare(k + 2, 2, "!>") == 0) return k + 4;
            }
            return npos;
        }
        return after(s_.find('>', i + 2));
    }

    GumboTag tag_of(const std::string& name) const {
        return gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
    }

    bool same(const open_element& e, GumboTag t, const std::string& name) const {
        return e.tag == t && (t != GUMBO_TAG_UNKNOWN || e.name == name);
    }

    // Pops the open elements down to and including the innermost one `is` accepts, unless
    // `stops` accepts an element above it first. True when something was popped.
    template <class Is, class Stops>
    bool close_through(Is is, Stops stops) {
        for (std::size_t k = stack_.size(); k > 0; --k) {
            const GumboTag t = stack_[k - 1].tag;
            if (is(t)) {
                pop_to(k - 1);
                return true;
            }
            if (stops(t)) return false;
        }
        return false;
    }

    void pop_to(std::size_t size) {
        for (std::size_t k = size; k < stack_.size(); ++k)
            if (stack_[k].tag == GUMBO_TAG_SVG || stack_[k].tag == GUMBO_TAG_MATH) --foreign_;
        stack_.resize(size);
    }

    GumboTag top() const { return stack_.empty() ? GUMBO_TAG_HTML : stack_.back().tag; }

    // The elements a start tag `t` closes before it opens (HTML's tree construction, for the
    // cases that keep real pages shallow: paragraphs, list items, table parts, links...).
    // Returns false when the start tag opens nothing.
    bool close_implied(GumboTag t) {
        auto is = [](GumboTag want) { return [want](GumboTag x) { return x == want; }; };
        auto button_scope = [](GumboTag x) { return is_scope_edge(x) || x == GUMBO_TAG_BUTTON; };
        switch (t) {
            case GUMBO_TAG_LI:
                close_through(is(GUMBO_TAG_LI), stops_list_item_search);
                break;
            case GUMBO_TAG_DD:
            case GUMBO_TAG_DT:
                close_through([](GumboTag x) { return x == GUMBO_TAG_DD || x == GUMBO_TAG_DT; },
                              stops_list_item_search);
                break;
            case GUMBO_TAG_A:
                close_through(is(GUMBO_TAG_A), is_scope_edge);
                break;
            case GUMBO_TAG_BUTTON:
                close_through(is(GUMBO_TAG_BUTTON), is_scope_edge);
                break;
            case GUMBO_TAG_NOBR:
                close_through(is(GUMBO_TAG_NOBR), is_scope_edge);
                break;
            case GUMBO_TAG_OPTION:
                if (top() == GUMBO_TAG_OPTION) pop_to(stack_.size() - 1);
                break;
            case GUMBO_TAG_OPTGROUP:
                if (top() == GUMBO_TAG_OPTION) pop_to(stack_.size() - 1);
                if (top() == GUMBO_TAG_OPTGROUP) pop_to(stack_.size() - 1);
                break;
            case GUMBO_TAG_SELECT:
                // A <select> inside a <select> closes it.
                if (close_through(is(GUMBO_TAG_SELECT), is_scope_edge)) return false;
                break;
            case GUMBO_TAG_FORM:
                // A <form> inside a <form> is ignored.
                for (const open_element& e : stack_)
                    if (e.tag == GUMBO_TAG_FORM) return false;
                break;
            case GUMBO_TAG_TABLE:
                if (top() == GUMBO_TAG_TABLE || is_table_section(top()) || top() == GUMBO_TAG_TR)
                    close_through(is(GUMBO_TAG_TABLE), is(GUMBO_TAG_TEMPLATE));
                break;
            case GUMBO_TAG_TBODY:
            case GUMBO_TAG_THEAD:
            case GUMBO_TAG_TFOOT:
            case GUMBO_TAG_CAPTION:
            case GUMBO_TAG_COLGROUP:
                while (!stack_.empty() && top() != GUMBO_TAG_TABLE &&
                       (top() == GUMBO_TAG_TD || top() == GUMBO_TAG_TH || top() == GUMBO_TAG_TR ||
                        is_table_section(top()) || top() == GUMBO_TAG_CAPTION ||
                        top() == GUMBO_TAG_COLGROUP))
                    pop_to(stack_.size() - 1);
                break;
            case GUMBO_TAG_TR:
                while (!stack_.empty() && (top() == GUMBO_TAG_TD || top() == GUMBO_TAG_TH ||
                                           top() == GUMBO_TAG_TR || top() == GUMBO_TAG_CAPTION))
                    pop_to(stack_.size() - 1);
                break;
            case GUMBO_TAG_TD:
            case GUMBO_TAG_TH:
                close_through([](GumboTag x) { return x == GUMBO_TAG_TD || x == GUMBO_TAG_TH; },
                              [](GumboTag x) {
                                  return x == GUMBO_TAG_TR || x == GUMBO_TAG_TABLE ||
                                         x == GUMBO_TAG_TEMPLATE || x == GUMBO_TAG_HTML;
                              });
                break;
            default:
                break;
        }
        if (closes_p(t)) close_through(is(GUMBO_TAG_P), button_scope);
        if (is_heading(t) && is_heading(top())) pop_to(stack_.size() - 1);
        return true;
    }

    // Handles the start tag in tag_; returns where to read on (npos: nothing more to read).
    std::size_t start_tag() {
        const GumboTag t = tag_of(tag_.name);
        if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_BODY) return tag_.end;
        if (t == GUMBO_TAG_PLAINTEXT) return npos;  // the rest is text
        if (is_raw_text(t)) return raw_text_end(tag_.end);
        if (is_void(t) || (tag_.self_closing && foreign_ > 0)) return tag_.end;
        if (!close_implied(t)) return tag_.end;
        if (stack_.size() < max_depth_) {
            stack_.push_back({t, t == GUMBO_TAG_UNKNOWN ? tag_.name : std::string()});
            if (t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH) ++foreign_;
            return tag_.end;
        }
        // Too deep: flattened.
        flatten(t);
        std::size_t skipped = npos;
        if (is_skipped_element(t) || tag_.hidden) {
            skipped = out_.skipped.size();
            out_.skipped.emplace_back(tag_.begin, s_.size());
        }
        pending_[tag_.name].push_back({skipped});
        return tag_.end;
    }

    void end_tag() {
        const auto p = pending_.find(tag_.name);
        if (p != pending_.end() && !p->second.empty()) {
            // The end of a flattened element.
            const pending_element e = p->second.back();
            p->second.pop_back();
            if (e.skipped != npos) out_.skipped[e.skipped].second = tag_.end;
            flatten(tag_of(tag_.name));
            return;
        }
        const GumboTag t = tag_of(tag_.name);
        if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_BODY) return;
        for (std::size_t k = stack_.size(); k > 0; --k)
            if (same(stack_[k - 1], t, tag_.name)) {
                pop_to(k - 1);
                return;
            }
    }

    // Whether s_ holds "<" + `slash` + "script" at `k`, followed by a space, '/' or '>'.
    bool script_tag_at(std::size_t k, bool slash) const {
        const std::size_t name = k + (slash ? 2 : 1);
        if (s_.compare(k, name - k, slash ? "</" : "<") != 0 ||
            !equals_ci(s_.substr(name, 6), "script"))
            return false;
        const std::size_t e = name + 6;
        return e == s_.size() || is_space(s_[e]) || s_[e] == '/' || s_[e] == '>';
    }

    // Where the text of a raw text element (its start tag in tag_) ends: at its end tag. In
    // a <script>, an end tag inside "<!--" ... "<script>" ... "-->" does not count (HTML's
    // script data escaped and double escaped states).
    std::size_t raw_text_end(std::size_t from) const {
        if (tag_.name == "script") {
            enum { data, escaped, double_escaped } state = data;
            for (std::size_t k = s_.find_first_of("<-", from); k != npos;
                 k = s_.find_first_of("<-", k + 1)) {
                if (s_[k] == '-') {
                    if (state != data && s_.compare(k, 3, "-->") == 0) state = data;
                } else if (state == data && s_.compare(k, 4, "<!--") == 0) {
                    state = escaped;
                    ++k;  // the dashes may end it again at once ("<!-->")
                } else if (state != double_escaped && script_tag_at(k, true)) {
                    return k;
                } else if (state == double_escaped && script_tag_at(k, true)) {
                    state = escaped;
                } else if (state == escaped && script_tag_at(k, false)) {
                    state = double_escaped;
                }
            }
            return npos;
        }
        for (std::size_t k = s_.find("</", from); k != npos; k = s_.find("</", k + 2)) {
            const std::size_t e = k + 2 + tag_.name.size();
            if (e <= s_.size() && equals_ci(s_.substr(k + 2, tag_.name.size()), tag_.name) &&
                (e == s_.size() || is_space(s_[e]) || s_[e] == '/' || s_[e] == '>'))
                return k;
        }
        return npos;
    }

    // Rewrites the tag in tag_ as a bogus comment of the same length: "<!" and its name as
    // '_' (so that it can open no comment, doctype or CDATA section), and every '>' inside
    // its quoted attribute values as a space (so that the comment ends where the tag did).
    void flatten(GumboTag t) {
        if (out_.html.empty()) out_.html.assign(s_);
        std::string& h = out_.html;
        h[tag_.begin + 1] = '!';
        for (std::size_t k = std::max(tag_.begin + 2, tag_.name_begin); k < tag_.name_end; ++k)
            h[k] = '_';
        for (std::size_t k : tag_.quoted_gt) h[k] = ' ';
        flattened_tag f;
        f.begin = tag_.begin;
        f.end = tag_.end;
        f.tag = t;
        f.end_tag = tag_.end_tag;
        f.has_title = !tag_.end_tag && tag_.has_title;
        f.title_begin = tag_.title_begin;
        f.title_length = tag_.title_length;
        out_.tags.push_back(f);
    }

    std::string_view s_;
    std::size_t max_depth_;
    std::vector<open_element> stack_;
    std::size_t foreign_ = 0;  // <svg> and <math> elements open
    std::unordered_map<std::string, std::vector<pending_element>> pending_;
    tag_token tag_;
    html_flattening out_;
};

}  // namespace

html_flattening flatten_deep_nesting(std::string_view html, std::size_t max_depth) {
    return flattener(html, max_depth).run();
}

}  // namespace dbslabel::detail
