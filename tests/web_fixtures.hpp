// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Helpers for the reader tests: files under tests/data/web, the source bytes behind a phrase
// of copy, and the copy text of source bytes with their markup removed.
#pragma once

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "readers/reader_util.hpp"
#include "text/document.hpp"

namespace web_test {

/// U+00A0 NO-BREAK SPACE in UTF-8.
inline const std::string nbsp = "\xC2\xA0";

/// True when `d` has a block of kind `k` whose copy is exactly `text`.
inline bool has_block(const dbslabel::detail::document& d, dbslabel::detail::block_kind k,
                      const std::string& text) {
    for (const dbslabel::detail::block& b : d.blocks)
        if (b.kind == k && d.copy.substr(b.begin, b.end - b.begin) == text) return true;
    return false;
}

inline std::string read_web(const std::string& name) {
    std::ifstream in(std::string(DBSLABEL_TEST_DATA) + "/web/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The source bytes that the first occurrence of `phrase` in the copy came from ("" if none).
inline std::string source_of(const dbslabel::detail::document& d, const std::string& phrase) {
    std::size_t at = d.copy.find(phrase);
    if (at == std::string::npos) return "<not in copy>";
    std::size_t b = 0, e = 0;
    d.to_source(at, at + phrase.size(), b, e);
    return std::string(d.source.substr(b, e - b));
}

/// 1-based source line where `phrase` of the copy starts.
inline std::size_t line_of(const dbslabel::detail::document& d, const std::string& phrase) {
    std::size_t at = d.copy.find(phrase);
    if (at == std::string::npos) return 0;
    std::size_t b = 0, e = 0;
    d.to_source(at, at + phrase.size(), b, e);
    return dbslabel::detail::line_index(d.source).line_of(b);
}

/// Source bytes with Markdown/HTML markup removed, references decoded and whitespace
/// collapsed: what a reader sees of them.
inline std::string strip_markup(std::string s) {
    s = std::regex_replace(s, std::regex(R"(\]\([^)]*\))"), "");  // link destinations
    s = std::regex_replace(s, std::regex(R"(<[^>]*>)"), "");      // tags
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        std::string dec;
        std::size_t used = 0;
        if (s[i] == '&' &&
            dbslabel::detail::decode_reference(std::string_view(s).substr(i), dec, used)) {
            out += dec;
            i += used;
        } else if (s[i] == '*' || s[i] == '_' || s[i] == '[' || s[i] == ']' || s[i] == '`') {
            ++i;
        } else if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
            if (out.empty() || out.back() != ' ') out += ' ';
            ++i;
        } else {
            out += s[i++];
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(0, 1);
    return out;
}

/// Every space-separated word of every block, mapped back to the source and stripped of
/// markup, equals the word: the map is exact at word granularity. Returns the first word
/// that fails ("" when all round-trip).
inline std::string first_bad_word(const dbslabel::detail::document& d) {
    for (const auto& blk : d.blocks) {
        std::size_t i = blk.begin;
        while (i < blk.end) {
            while (i < blk.end && d.copy[i] == ' ') ++i;
            std::size_t j = i;
            while (j < blk.end && d.copy[j] != ' ') ++j;
            if (j > i) {
                std::size_t b = 0, e = 0;
                d.to_source(i, j, b, e);
                std::string word = d.copy.substr(i, j - i);
                std::string back = strip_markup(std::string(d.source.substr(b, e - b)));
                if (back != word) return word + " <- " + std::string(d.source.substr(b, e - b));
            }
            i = j;
        }
    }
    return "";
}

}  // namespace web_test
