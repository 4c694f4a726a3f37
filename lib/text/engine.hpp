// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The claim engine: reads a document's copy sentence by sentence and reports every claim
// beyond the profile's indication at the words that make it. Built once per profile (the
// lexicon is compiled then); immutable and thread-safe afterwards.
#pragma once

#include <memory>
#include <vector>

#include <dbslabel/finding.hpp>
#include <dbslabel/profile.hpp>

#include "text/document.hpp"
#include "text/lexicon.hpp"

namespace dbslabel::detail {

class engine {
  public:
    /// Compiles the vocabularies for `p`. Throws config_error on a broken vocabulary;
    /// std::bad_alloc.
    explicit engine(profile p);

    /// The findings of `doc` (rules of the sentence and document level), in source order,
    /// placed on `doc.source` with `lines`. Never throws except std::bad_alloc; thread-safe.
    std::vector<finding> check(const document& doc, const line_index& lines) const;

    /// What the document-level rule needs to know of a document read in parts.
    struct summary {
        bool presented = false;         // a sentence presents the therapy for dystonia
        bool named = false;             // the therapy is named somewhere
        bool dystonia = false;          // dystonia is mentioned somewhere
        span present_at;                // where the first presenting sentence starts
        span named_at;                  // where the therapy is first named
        std::vector<char> parts_found;  // per profile statement part
    };

    /// Checks one part of a document (a run of whole paragraphs): the sentence rules only, in
    /// source order; what the document rule needs is merged into `sum`. Positions are those of
    /// the part; `base_offset` and `base_line` (the bytes and lines before it) are added only to
    /// the spans kept in `sum`. Never throws except std::bad_alloc; thread-safe.
    std::vector<finding> check_part(const document& doc, const line_index& lines, summary& sum,
                                    std::size_t base_offset, std::size_t base_line) const;

    /// Merges `later` (the summary of a later part) into `sum`.
    static void merge(summary& sum, const summary& later);

    /// The document-level finding for a document summarised by `sum`, placed at its presenting
    /// sentence (path not set). Returns false when the document needs none.
    bool document_finding(const summary& sum, finding& f) const;

    const profile& get_profile() const noexcept { return profile_; }
    const lexicon& get_lexicon() const noexcept { return lex_; }

  private:
    struct scratch;
    struct state;
    void analyze(const document& doc, const line_index& lines, std::size_t b, std::size_t e,
                 std::size_t question_end, scratch& s, state& st, std::vector<finding>& out) const;

    void trace_hits(const std::vector<token>& t, std::string_view norm,
                    const std::vector<hit>& hits) const;

    profile profile_;
    bool trace_ = false;
    lexicon lex_;
    int symptom_set_ = -1;
    int onset_set_ = -1;
    int treat_set_ = -1;
    int aux_set_ = -1;
    int act_set_ = -1;
    int kin_set_ = -1;
    int sx_set_ = -1;
    int aid_set_ = -1;
    int medx_set_ = -1;
    int person_set_ = -1;
    int service_set_ = -1;
    int agent_set_ = -1;
    int venue_set_ = -1;
    int head_set_ = -1;
    int function_set_ = -1;
    int degree_set_ = -1;
    int writer_set_ = -1;
    int male_set_ = -1;
    int female_set_ = -1;
    int child_set_ = -1;
    int subject_set_ = -1;   // subject pronouns
    int personal_set_ = -1;  // words that put a person in a clause
};

}  // namespace dbslabel::detail
