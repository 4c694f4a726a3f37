// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The lexicon: the concept vocabularies of data/vocabulary/ (plus the profile's therapy and
// product names) compiled once into a token-level multi-pattern matcher. Matching a sentence
// costs one hash lookup per token (done once per sentence by annotate()) plus the few candidate
// patterns that start there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/profile.hpp>

#include "text/tokens.hpp"

namespace dbslabel::detail {

/// What a concept does in the engine. See the comments in data/vocabulary/*.toml.
enum class role : std::uint8_t {
    therapy,
    backref_np,
    backref_pronoun,
    other_treatment,
    benefit,
    benefit_obj,
    intensifier,
    quantifier,
    absolute,
    hedge,
    mechanism,
    neg_pre,
    neg_post,
    neg_pseudo,
    terminator,
    subordinator,
    hypothetical,
    age_group,
    cause_strong,
    cause_weak,
    cause_link,
    risk_context,
    genetic,
    subtype,
    dystonia_term,
    notref,
    ref_inside,
    notchronic,
    safety,
    regulatory,
    reg_exempt,
    labelling_quote,
    hde_exemption,
    count_
};

/// A concept: one [[concept]] entry of a vocabulary file.
struct concept_info {
    std::string id;
    role what = role::therapy;
    int strength = 0;
    bool caps = false;
    double lo = 0;   // age groups: lowest age in years
    double hi = -1;  // age groups: highest age, -1 for none
    std::string subtype;
};

/// A match of one concept over tokens [b, e).
struct hit {
    std::uint32_t concept_id = 0;
    role what = role::therapy;
    std::uint16_t b = 0;
    std::uint16_t e = 0;
    bool dropped = false;
};

class lexicon {
  public:
    /// Compiles the embedded vocabularies and the profile's names. Throws config_error when a
    /// vocabulary file is malformed; std::bad_alloc.
    explicit lexicon(const profile& p);
    ~lexicon();
    lexicon(const lexicon&) = delete;
    lexicon& operator=(const lexicon&) = delete;

    /// Appends every match of every concept (all roles, or only mention roles when
    /// `mentions_only`) to `out`, at most one (the longest) per pattern and start token.
    /// Thread-safe (const, no shared mutable state).
    void match(const std::vector<token>& toks, std::string_view norm, bool mentions_only,
               std::vector<hit>& out) const;

    const concept_info& info(std::uint32_t id) const { return concepts_[id]; }

    /// The id of a named word set, or -1.
    int set_id(std::string_view name) const;
    /// True when `word` is in set `id`.
    bool in_set(int id, std::string_view word) const;
    /// The value of a number word ("seven" -> 7), or -1.
    double number_word(std::string_view word) const;
    /// The value of an ordinal ("fifth", "5th" -> 5), or -1.
    int ordinal(std::string_view word) const;
    /// The numeric value of token `t` (digits or a number word), or -1.
    double number_value(const token& t, std::string_view norm) const;

    /// Looks up every word of `toks` in the lexicon's word table once (token::word), so that
    /// match(), in_set(), number_value() and ordinal() on those tokens hash nothing again.
    /// Optional: unannotated tokens are looked up as they are met. Thread-safe.
    void annotate(std::vector<token>& toks, std::string_view norm) const noexcept;
    /// True when token `t` is a word in set `id`.
    bool in_set(int id, const token& t, std::string_view norm) const noexcept;

    struct pattern;
    struct element;

    /// Whether `t` is a negation word ("not", "never", "no", "cannot", any "n't").
    /// Never throws; thread-safe.
    static bool negator(const token& t, std::string_view norm);

  private:
    /// Ranges of pattern ids in index_: every pattern, and only mention patterns.
    struct pattern_lists {
        std::uint32_t all_b = 0, all_e = 0;
        std::uint32_t mention_b = 0, mention_e = 0;
    };
    struct word_info {
        std::uint32_t text = 0;  // offset in text_
        std::uint32_t len = 0;
        double number = -1;  // the value of a number word, or -1
        int ordinal = -1;    // the value of an ordinal word, or -1
        pattern_lists starts;
    };
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t id = token::no_word;
    };
    struct stem_entry {
        std::uint32_t key = 0;  // the stem's first three bytes
        pattern_lists starts;
    };

    static std::uint64_t hash_word(std::string_view w) noexcept;
    std::uint32_t find_word(std::string_view w) const noexcept;
    std::uint32_t word_of(const token& t, std::string_view norm) const noexcept;
    std::uint32_t intern(std::string_view w);
    std::string_view word_text(std::uint32_t id) const {
        return std::string_view(text_).substr(words_[id].text, words_[id].len);
    }
    const stem_entry* find_stem(std::string_view w) const noexcept;
    void try_list(std::uint32_t b, std::uint32_t e, const std::vector<token>& toks,
                  std::string_view norm, std::size_t i, const std::uint64_t* present,
                  std::uint64_t present_mask, std::vector<hit>& out) const;
    pattern_lists flatten(const std::vector<std::uint32_t>& pids);
    bool match_from(const pattern& p, std::size_t el, const std::vector<token>& toks,
                    std::string_view norm, std::size_t i, std::size_t& best) const;
    bool element_matches(const element& e, const token& t, std::string_view norm, bool caps) const;
    void add_pattern(std::string_view text, std::uint32_t concept_id, const std::string& where);
    void load_file(std::string_view name, std::string_view text);
    void finish();

    std::vector<concept_info> concepts_;
    std::vector<pattern> patterns_;

    // The word table: every word a pattern, set, number or ordinal names, interned to an id.
    // Open addressing with linear probing over a power-of-two table at most half full.
    std::string text_;
    std::vector<word_info> words_;
    std::vector<slot> slots_;
    std::uint64_t slot_mask_ = 0;

    // Candidate patterns per first token: by word id (words_[id].starts), by the first three
    // bytes of a stem (stems_, bucketed by first byte), for numbers, and for any "n't" word.
    struct candidate {
        std::uint32_t pid = 0;
        // The one word the token after the start must be (a pattern whose first two elements
        // take one token each, the second a single literal word), else token::no_word.
        std::uint32_t next_word = token::no_word;
        // Words of which one must be in the sentence (those of an element that takes one
        // token and is only literal words), as a range of required_; empty: no such element.
        std::uint32_t required_b = 0, required_e = 0;
        std::uint64_t required_mask = 0;  // word_bit() of each, for a first test
    };
    static std::uint64_t word_bit(std::uint32_t id) { return std::uint64_t{1} << (id % 64); }
    std::vector<std::uint32_t> required_;
    std::vector<candidate> index_;
    std::vector<stem_entry> stems_;
    std::vector<std::uint16_t> stem_bucket_;  // 257 offsets into stems_ by first byte
    pattern_lists number_first_;
    pattern_lists nt_starts_;

    // Word sets: set_bits_[id * set_stride_ + set / 64] bit set % 64.
    std::vector<std::string> set_names_;
    std::vector<std::uint64_t> set_bits_;
    std::size_t set_stride_ = 1;

    // Only while compiling.
    struct building;
    std::unique_ptr<building> build_;
};

/// True for roles that make or break a mention of a treatment.
constexpr bool is_mention_role(role r) {
    return r == role::therapy || r == role::backref_np || r == role::backref_pronoun ||
           r == role::other_treatment;
}

}  // namespace dbslabel::detail
