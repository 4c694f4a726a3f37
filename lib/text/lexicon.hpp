// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The lexicon: the concept vocabularies of data/vocabulary/ (plus the profile's therapy and
// product names) compiled once into a token-level multi-pattern matcher. Matching a sentence
// costs one hash lookup per token plus the few candidate patterns that start there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

    struct pattern;
    struct element;

  private:
    bool match_from(const pattern& p, std::size_t el, const std::vector<token>& toks,
                    std::string_view norm, std::size_t i, std::size_t& best) const;
    bool element_matches(const element& e, const token& t, std::string_view norm, bool caps) const;
    void add_pattern(std::string_view text, std::uint32_t concept_id, const std::string& where);
    void load_file(std::string_view name, std::string_view text);

    struct string_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    using index_t =
        std::unordered_map<std::string, std::vector<std::uint32_t>, string_hash, std::equal_to<>>;

    std::vector<concept_info> concepts_;
    std::vector<pattern> patterns_;
    index_t exact_;  // first-element literal -> patterns
    index_t stem_;   // first three letters of a first-element stem -> patterns
    std::vector<std::uint32_t> number_first_;  // patterns starting with '#'
    std::vector<std::string> set_names_;
    std::vector<std::unordered_set<std::string, string_hash, std::equal_to<>>> sets_;
    std::unordered_map<std::string, double, string_hash, std::equal_to<>> numbers_;
    std::unordered_map<std::string, int, string_hash, std::equal_to<>> ordinals_;
};

/// True for roles that make or break a mention of a treatment.
constexpr bool is_mention_role(role r) {
    return r == role::therapy || r == role::backref_np || r == role::backref_pronoun ||
           r == role::other_treatment;
}

}  // namespace dbslabel::detail
