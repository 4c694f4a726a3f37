// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file vocabulary.hpp
/// The code vocabularies the record criteria read, as data tables.
///
/// Each row names a code (or a code family, matched as a prefix) in one code system and says
/// what it means for the criteria: a dystonia diagnosis, evidence of primary dystonia, a
/// secondary cause, a listed subtype (and which) or an unlisted one. The assessment never
/// compares code strings itself: it looks codes up here. To teach dbslabel a code, add a row.
///
///     const dbslabel::vocabulary_entry* e = dbslabel::lookup_code(dbslabel::parse_code("G24.02"));
///     // e->code == "G24.0", e->roles has role_dystonia | role_secondary_cause
///
/// Only codes whose meaning is certain are listed: ICD-10-CM G24.x and the secondary causes
/// named by RULES.md; SNOMED CT 15802004 (Dystonia) and 128188000 (Cerebral palsy); RxNorm
/// ingredients of common dystonia medications. An unlisted code is still a diagnosis (it makes
/// `diagnosis` not_met when no dystonia code is present) and an unlisted `rxnorm:` item still
/// counts as a medication trial.
///
/// Header-only, standard library only. The tables are constant: thread-safe.
#pragma once

#include <string_view>

#include "patient.hpp"

namespace dbslabel {

/// What a code means for the criteria; a bit set.
enum code_role : unsigned {
    role_dystonia = 1U << 0,          ///< a dystonia diagnosis (`diagnosis` met)
    role_primary = 1U << 1,           ///< says primary dystonia (`primary` met unless secondary)
    role_secondary_cause = 1U << 2,   ///< a secondary cause (`primary` not_met)
    role_listed_subtype = 1U << 3,    ///< a subtype the labelling may list (see `subtype`)
    role_unlisted_subtype = 1U << 4,  ///< a focal dystonia no labelling lists (`subtype` not_met)
    role_medication = 1U << 5,        ///< a dystonia medication ingredient
};

/// One row of the code vocabulary.
struct vocabulary_entry {
    code_system system;
    std::string_view code;     ///< normalised as parse_code() writes it ("G24.0", "15802004")
    bool family;               ///< true: also matches every code below it ("G80" -> "G80.3")
    unsigned roles;            ///< code_role bits
    std::string_view subtype;  ///< for subtype roles: the subtype name ("cervical", "focal")
    std::string_view label;    ///< what the code means, for evidence ("spasmodic torticollis")
};

/// The vocabulary, most general rows first within a family. Never throws; thread-safe.
inline constexpr vocabulary_entry code_vocabulary[] = {
    // ICD-10-CM G24: dystonia.
    {code_system::icd10cm, "G24", true, role_dystonia, "", "dystonia"},
    {code_system::icd10cm, "G24.0", true, role_dystonia | role_secondary_cause, "",
     "drug-induced dystonia"},
    {code_system::icd10cm, "G24.1", true, role_dystonia | role_primary, "",
     "genetic torsion dystonia"},
    {code_system::icd10cm, "G24.2", true, role_dystonia | role_primary, "",
     "idiopathic nonfamilial dystonia"},
    {code_system::icd10cm, "G24.3", true, role_dystonia | role_primary | role_listed_subtype,
     "cervical", "spasmodic torticollis"},
    {code_system::icd10cm, "G24.4", true, role_dystonia | role_unlisted_subtype, "focal",
     "idiopathic orofacial dystonia"},
    {code_system::icd10cm, "G24.5", true, role_dystonia | role_unlisted_subtype, "focal",
     "blepharospasm"},
    {code_system::icd10cm, "G24.8", true, role_dystonia, "", "other dystonia"},
    {code_system::icd10cm, "G24.9", true, role_dystonia, "", "dystonia, unspecified"},
    // Writer's cramp is coded as another specified movement disorder: not a G24 diagnosis.
    {code_system::icd10cm, "G25.89", true, role_unlisted_subtype, "focal",
     "writer's cramp (other specified movement disorder)"},
    // ICD-10-CM secondary causes.
    {code_system::icd10cm, "G80", true, role_secondary_cause, "", "cerebral palsy"},
    {code_system::icd10cm, "I69", true, role_secondary_cause, "",
     "sequelae of cerebrovascular disease"},
    {code_system::icd10cm, "E83.01", true, role_secondary_cause, "", "Wilson disease"},
    {code_system::icd10cm, "P91.6", true, role_secondary_cause, "",
     "hypoxic ischemic encephalopathy of newborn"},
    {code_system::icd10cm, "T90.5", true, role_secondary_cause, "",
     "sequelae of intracranial injury"},
    {code_system::icd10cm, "B94.1", true, role_secondary_cause, "",
     "sequelae of viral encephalitis"},
    // SNOMED CT.
    {code_system::snomed, "15802004", false, role_dystonia, "", "dystonia"},
    {code_system::snomed, "128188000", false, role_secondary_cause, "", "cerebral palsy"},
    // RxNorm ingredients.
    {code_system::rxnorm, "10811", false, role_medication, "", "trihexyphenidyl"},
    {code_system::rxnorm, "1292", false, role_medication, "", "baclofen"},
    {code_system::rxnorm, "2598", false, role_medication, "", "clonazepam"},
    {code_system::rxnorm, "3322", false, role_medication, "", "diazepam"},
    {code_system::rxnorm, "6375", false, role_medication, "", "levodopa"},
};

/// The most specific vocabulary row for `c` (the exact row, else the longest family that
/// contains it), or nullptr when the code is not in the vocabulary. Never throws; thread-safe.
inline const vocabulary_entry* lookup_code(const code& c) noexcept {
    const vocabulary_entry* best = nullptr;
    for (const vocabulary_entry& e : code_vocabulary) {
        if (e.system != c.system) continue;
        const std::string_view v = c.value;
        bool match = v == e.code;
        // A family matches the codes below it: "G80" matches "G80.3" but not "G800";
        // "G24.0" matches "G24.01".
        if (!match && e.family && v.size() > e.code.size() && v.substr(0, e.code.size()) == e.code)
            match = e.code.find('.') != std::string_view::npos || v[e.code.size()] == '.';
        if (match && (best == nullptr || e.code.size() > best->code.size())) best = &e;
    }
    return best;
}

/// The roles of `c` (code_role bits), 0 for a code not in the vocabulary. Never throws;
/// thread-safe.
inline unsigned code_roles(const code& c) noexcept {
    const vocabulary_entry* e = lookup_code(c);
    return e == nullptr ? 0U : e->roles;
}

}  // namespace dbslabel
