// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file rules.hpp
/// The catalogue of rules: what counts as a claim beyond the indication, and record findings.
///
/// Each rule has a stable id (as in RULES.md), a default severity, the clause of the indication
/// it rests on, one line of description, and one violating example with its compliant
/// counterpart. `dbslabel rules` prints this catalogue.
///
///     for (const dbslabel::rule_info& r : dbslabel::rule_catalogue())
///         std::cout << r.id << " [" << dbslabel::to_string(r.level) << "] " << r.clause << '\n';
///
/// Header-only, standard library only. The catalogue is immutable: thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "finding.hpp"

namespace dbslabel {

/// What a rule applies to.
enum class rule_scope { sentence, document, record, meta };

/// One rule of the catalogue.
struct rule_info {
    std::string_view id;
    severity level;
    std::string_view clause;  ///< clause id, or "" for meta rules about suppressions
    rule_scope scope;
    std::string_view description;
    std::string_view violating;  ///< an example that breaks the rule
    std::string_view compliant;  ///< its compliant counterpart
};

/// Every rule, sentence rules first, in a stable order. Never throws; thread-safe.
inline const std::vector<rule_info>& rule_catalogue() noexcept {
    static const std::vector<rule_info> rules = {
        {"efficacy-claim", severity::error, "effectiveness", rule_scope::sentence,
         "asserts, intensifies or quantifies a benefit the labelling says has not been "
         "demonstrated",
         "DBS dramatically reduces spasms in most patients.",
         "DBS may help manage symptoms in some patients."},
        {"age-under-7", severity::error, "age", rule_scope::sentence,
         "offers the therapy to, or reports its use in, patients below the labelled minimum age",
         "Children as young as 4 can receive DBS.",
         "DBS is for patients seven years of age or above."},
        {"secondary-dystonia", severity::error, "primary", rule_scope::sentence,
         "offers the therapy for dystonia with another cause (cerebral palsy, stroke, injury, "
         "drugs, Wilson disease)",
         "DBS is an option for dystonia caused by cerebral palsy.",
         "DBS is for primary dystonia, such as DYT1 dystonia."},
        {"unlisted-subtype", severity::error, "subtype", rule_scope::sentence,
         "offers the therapy for a form of dystonia the labelling does not list",
         "Deep brain stimulation treats blepharospasm and writer's cramp.",
         "Deep brain stimulation is for generalized, segmental, hemi- or cervical dystonia."},
        {"not-refractory", severity::error, "refractory", rule_scope::sentence,
         "offers the therapy before, instead of or without medication",
         "DBS is a first-line treatment for dystonia.",
         "DBS is considered after medications have failed."},
        {"not-chronic", severity::error, "chronic", rule_scope::sentence,
         "offers the therapy for new or acute dystonia",
         "Newly diagnosed patients can start DBS right away.",
         "DBS is for chronic, long-standing dystonia."},
        {"safety-overclaim", severity::warning, "device", rule_scope::sentence,
         "says the therapy is free of risk, pain or side effects",
         "DBS is completely safe and painless.",
         "DBS carries risks, including infection and bleeding."},
        {"regulatory-status", severity::warning, "device", rule_scope::sentence,
         "gives the therapy a regulatory status it does not have for dystonia",
         "DBS is FDA-approved for dystonia.",
         "DBS is authorized by Federal law under a Humanitarian Device Exemption."},
        {"missing-hde-statement", severity::error, "device", rule_scope::document,
         "a document presents the therapy for dystonia without the full humanitarian device "
         "statement",
         "A page on DBS for dystonia with no humanitarian device statement.",
         "The same page quoting: Humanitarian Device. Authorized by Federal law ... has not been "
         "demonstrated."},
        {"record-outside", severity::error, "", rule_scope::record,
         "a record claims the therapy for a patient outside the indication",
         "id=P1: DBS at age 5 (age not_met)",
         "id=P2: DBS at age 9, primary generalized, drug refractory (within)"},
        {"record-insufficient", severity::warning, "", rule_scope::record,
         "a record claims the therapy but lacks what is needed to decide",
         "id=P3: DBS with no birth date or age",
         "id=P4: the same record with its birth date filled in"},
        {"suppression-without-reason", severity::warning, "", rule_scope::meta,
         "an inline suppression gives no reason after '--'",
         "<!-- dbslabel-disable-next-line efficacy-claim -->",
         "<!-- dbslabel-disable-next-line efficacy-claim -- quoted study result, reviewed -->"},
        {"unused-suppression", severity::warning, "", rule_scope::meta,
         "an inline suppression suppresses no finding",
         "<!-- dbslabel-disable-next-line age-under-7 -- ... --> above a line with no age claim",
         "the same comment above the line whose claim it waives"},
    };
    return rules;
}

/// The rule with id `id`, or nullptr. Never throws; thread-safe.
inline const rule_info* find_rule(std::string_view id) noexcept {
    for (const rule_info& r : rule_catalogue())
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace dbslabel
