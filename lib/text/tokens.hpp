// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Tokens of a sentence: words, numbers and the punctuation that structures clauses, each with
// its byte range in the document copy and a normalised form (ASCII lower case; curly quotes,
// non-breaking spaces and hyphens folded). Invalid UTF-8 separates words and is never copied.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dbslabel::detail {

enum class token_kind : std::uint8_t { word, number, punct };

struct token {
    std::uint32_t begin = 0;  // copy offset of the first byte
    std::uint32_t end = 0;    // copy offset one past the last byte
    std::uint32_t norm = 0;   // offset of the normalised text in the sentence's norm buffer
    std::uint16_t norm_len = 0;
    token_kind kind = token_kind::word;
    char punct = 0;       // for punct: , ; : ( ) ? ! % + / & | # - (a clause dash) . (ellipsis)
    bool joined = false;  // joined to the previous token by a hyphen or dash, no space
    bool upper = false;   // two or more letters, all capitals
    bool mixed = false;   // capitals other than all, none or the first ("dBs", "DBs")
    std::uint32_t word = not_looked_up;  // the lexicon's id of the text (lexicon::annotate)
    double value = -1;  // a number's value (digits only; words are read by the lexicon)

    static constexpr std::uint32_t no_word = 0xFFFFFFFF;  // not a word the lexicon knows
    static constexpr std::uint32_t not_looked_up = 0xFFFFFFFE;
};

/// Appends the tokens of `text` (copy bytes starting at copy offset `base`) to `out`, their
/// normalised text to `norm`. Never throws except std::bad_alloc; thread-safe.
void tokenize(std::string_view text, std::size_t base, std::vector<token>& out, std::string& norm);

/// The normalised text of token `t`.
inline std::string_view token_text(const token& t, std::string_view norm) {
    return norm.substr(t.norm, t.norm_len);
}

/// True when `text`, folded for search (ASCII lower case, every run of white space and NBSP
/// one space, none at either end, '*' and '_' dropped), contains `folded`, a folded string.
/// Reads `text` in place: no copy. Never throws.
bool folded_contains(std::string_view text, std::string_view folded) noexcept;

/// Decodes one UTF-8 code point at `s[i]`; returns its length (1 for an invalid byte, with
/// `cp` set to 0xFFFD). Never throws.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) noexcept;

}  // namespace dbslabel::detail
