// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#if defined(__unix__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <dbslabel/checker.hpp>

#include "fuzz_checks.hpp"
#include "readers/html_nesting.hpp"

namespace dbslabel::fuzz {

namespace {

// Inputs above this size are skipped: bigger inputs find nothing new, only run slower (the
// size limits themselves are exercised by tests/test_faults_limits.cpp).
constexpr std::size_t max_text = std::size_t{1} << 16;

const text_checker& checker_for(bool pma) {
    static const text_checker hde(builtin_profile("dystonia-hde"));
    static const text_checker with_pma(builtin_profile("dystonia-pma"));
    return pma ? with_pma : hde;
}

// A copy of the input that ends where a page that cannot be read begins, so that a reader
// reading even one byte past its input crashes in every build, whatever the caller's buffer
// holds after it (md4c 0.4.8 did: fuzz/regressions/fuzz_markdown/md4c-*). Elsewhere, or when
// the pages cannot be had, a plain copy.
class guarded_copy {
  public:
    explicit guarded_copy(std::string_view data) {
#if defined(__unix__)
        const long page_size = ::sysconf(_SC_PAGESIZE);
        if (page_size > 0) {
            const auto page = static_cast<std::size_t>(page_size);
            const std::size_t body = (data.size() + page - 1) / page * page;
            void* p = ::mmap(nullptr, body + page, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p != MAP_FAILED) {
                char* base = static_cast<char*>(p);
                if (::mprotect(base + body, page, PROT_NONE) == 0) {
                    map_ = base;
                    map_size_ = body + page;
                    char* at = base + body - data.size();
                    if (!data.empty()) std::memcpy(at, data.data(), data.size());
                    view_ = std::string_view(at, data.size());
                    return;
                }
                ::munmap(p, body + page);
            }
        }
#endif
        fallback_.assign(data);
        view_ = fallback_;
    }
    ~guarded_copy() {
#if defined(__unix__)
        if (map_ != nullptr) ::munmap(map_, map_size_);
#endif
    }
    guarded_copy(const guarded_copy&) = delete;
    guarded_copy& operator=(const guarded_copy&) = delete;

    std::string_view view() const {
        return view_;
    }

  private:
    char* map_ = nullptr;
    std::size_t map_size_ = 0;
    std::string fallback_;
    std::string_view view_;
};

// The flattening of nesting too deep, at a depth small enough for fuzz inputs to pass it: the
// bytes gumbo parses differ from the input only inside the flattened tags, each flattened tag
// reads as one comment that ends where it ends (and starts where it starts, or before it after
// a "</>" gumbo drops), and no text gumbo reads overlaps one of them.
void check_flattening(std::string_view input) {
    const detail::html_flattening flat = detail::flatten_deep_nesting(input, 3);
    if (flat.tags.empty()) {
        if (!flat.html.empty()) fail("html flattening: a rewritten copy without flattened tags");
        return;
    }
    const std::string& h = flat.html;
    if (h.size() != input.size()) fail("html flattening: the copy is not as long as the input");
    std::size_t from = 0;
    for (const detail::flattened_tag& t : flat.tags) {
        if (t.begin < from || t.end <= t.begin + 2 || t.end > h.size())
            fail("html flattening: tags out of order or outside the input");
        if (h.compare(from, t.begin - from, input.substr(from, t.begin - from)) != 0)
            fail("html flattening: a byte outside the flattened tags changed");
        if (h.compare(t.begin, 2, "<!") != 0 || h.find('>', t.begin) != t.end - 1)
            fail("html flattening: a flattened tag is no bogus comment of its own length");
        if (t.has_title && (t.title_begin < t.begin || t.title_begin + t.title_length > t.end))
            fail("html flattening: a title outside its tag");
        from = t.end;
    }
    if (h.compare(from, std::string::npos, input.substr(from)) != 0)
        fail("html flattening: a byte after the last flattened tag changed");
    std::size_t last = 0;
    for (const auto& r : flat.skipped) {
        if (r.first < last || r.second < r.first || r.second > h.size())
            fail("html flattening: hidden ranges out of order");
        last = r.second;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput* out = gumbo_parse_with_options(&options, h.data(), h.size());
    if (out == nullptr) return;
    auto offset = [&](const GumboStringPiece& p, std::size_t& o) {
        const auto at = reinterpret_cast<std::uintptr_t>(p.data);
        const auto base = reinterpret_cast<std::uintptr_t>(h.data());
        if (p.data == nullptr || at < base || at - base + p.length > h.size()) return false;
        o = static_cast<std::size_t>(at - base);
        return true;
    };
    std::string problem;
    std::vector<const GumboNode*> todo{out->document};
    while (!todo.empty() && problem.empty()) {
        const GumboNode* n = todo.back();
        todo.pop_back();
        std::size_t o = 0;
        if (n->type == GUMBO_NODE_DOCUMENT || n->type == GUMBO_NODE_ELEMENT ||
            n->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector& c =
                n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
            for (unsigned i = 0; i < c.length; ++i)
                todo.push_back(static_cast<const GumboNode*>(c.data[i]));
        } else if (offset(n->v.text.original_text, o)) {
            const std::size_t end = o + n->v.text.original_text.length;
            // The tags are sorted and apart: the first that ends after o, and on.
            auto t =
                std::partition_point(flat.tags.begin(), flat.tags.end(),
                                     [o](const detail::flattened_tag& f) { return f.end <= o; });
            for (; t != flat.tags.end() && t->begin < end && problem.empty(); ++t) {
                // Whitespace is only ever a space (its original_text may span tags).
                if (n->type == GUMBO_NODE_WHITESPACE) break;
                if (n->type != GUMBO_NODE_COMMENT)
                    problem = "html flattening: gumbo reads text inside a flattened tag";
                else if (o > t->begin || end != t->end)
                    problem = "html flattening: a flattened tag is not one comment of its own";
            }
        }
    }
    gumbo_destroy_output(&options, out);
    if (!problem.empty()) fail(problem);
}

}  // namespace

void check_text(input_format format, std::string_view data) {
    if (data.size() > max_text) return;
    // The last byte chooses the options, the rest is the input.
    const unsigned char options = data.empty() ? 0 : static_cast<unsigned char>(data.back());
    if (!data.empty()) data.remove_suffix(1);
    const std::string path = (options & 2) ? "-" : "fuzz/input";
    const guarded_copy input(data);
    std::vector<finding> found;
    try {
        found = checker_for(options & 1).check(input.view(), format, path);
    } catch (const std::exception& e) {
        fail(std::string("text_checker::check threw: ") + e.what());
    }
    check_findings(found, data, path);
    if (format == input_format::html) check_flattening(input.view());
}

}  // namespace dbslabel::fuzz
