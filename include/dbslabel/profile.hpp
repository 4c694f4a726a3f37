// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file profile.hpp
/// The indication as data: the labelling's clauses and the values every check depends on.
///
/// A profile holds everything the text rules and the record criteria read: the clauses and their
/// text, the minimum age (and per-subtype minimum ages where a labelling has them), the listed
/// subtypes, whether primary etiology is required, whether effectiveness is demonstrated, the
/// parts of the required statement, the names that make a sentence "about the therapy", and two
/// policy values the labelling itself gives no number for (the chronic threshold in months and
/// the number of failed medication trials). Two profiles are built in:
///
/// - `dystonia-hde` (the default): the 2003 Humanitarian Device Exemption labelling, H020007.
/// - `dystonia-pma`: the later PMA labelling (adults; primary generalized dystonia from 12;
///   hemidystonia not listed; effectiveness labelled, so no HDE statement is required).
///
/// A user's profile is a TOML file that names a built-in `base` and overrides values; see
/// load_profile() in <dbslabel/profile_file.hpp> (compiled library).
///
///     dbslabel::profile p = dbslabel::builtin_profile("dystonia-hde");
///     int age = p.min_age_for("generalized");   // 7
///
/// Everything here is standard C++ and header-only. Profiles are regular values: copy them
/// freely; a profile nobody writes to may be read from many threads at once.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "error.hpp"

namespace dbslabel {

/// One clause of the indication: a stable id (as RULES.md lists them) and its labelling text.
struct clause {
    std::string
        id;  ///< "device", "effectiveness", "chronic", "refractory", "primary", "subtype", "age"
    std::string text;  ///< the labelling's words for it

    friend bool operator==(const clause&, const clause&) = default;
};

/// A minimum age that applies to one subtype only (PMA: generalized dystonia from 12).
struct subtype_age {
    std::string subtype;  ///< a name from known_subtypes()
    int min_age_years = 0;

    friend bool operator==(const subtype_age&, const subtype_age&) = default;
};

/// The indication and its policy values. See the file comment.
struct profile {
    std::string name;       ///< "dystonia-hde", or the user's profile name
    std::string base;       ///< the built-in profile it derives from (itself for a built-in)
    std::string labelling;  ///< the full labelling text, as quoted by `dbslabel indication`
    std::vector<clause> clauses;

    int min_age_years = 7;                  ///< minimum age for every listed subtype
    std::vector<subtype_age> subtype_ages;  ///< overrides of min_age_years for one subtype
    std::vector<std::string> subtypes;      ///< listed subtypes (names from known_subtypes())
    bool primary_required = true;           ///< only primary (idiopathic/inherited) dystonia
    bool effectiveness_demonstrated =
        false;  ///< false: efficacy claims and the HDE statement rules apply

    int chronic_months = 6;  ///< policy: onset at least this long before the reference date
    int failed_trials = 1;   ///< policy: failed medication trials that make dystonia refractory

    std::vector<std::string> statement_parts;  ///< phrases the required statement must contain
    std::vector<std::string> therapy_names;    ///< names of the therapy ("deep brain stimulation")
    std::vector<std::string> product_names;    ///< product names ("Activa")

    /// Where each value came from, by key ("min_age_years" -> "built-in dystonia-hde" or
    /// "site.toml:4:1"). Keys are those of the TOML profile format.
    std::map<std::string, std::string> origins;

    /// The clause with id `id`, or nullptr. Never throws; thread-safe for a const profile.
    const clause* find_clause(std::string_view id) const noexcept {
        for (const clause& c : clauses)
            if (c.id == id) return &c;
        return nullptr;
    }

    /// True when `subtype` is listed. Never throws; thread-safe for a const profile.
    bool lists_subtype(std::string_view subtype) const noexcept {
        for (const std::string& s : subtypes)
            if (s == subtype) return true;
        return false;
    }

    /// The minimum age for `subtype` (the per-subtype override, else min_age_years); with an
    /// empty `subtype`, the lowest minimum age of any listed subtype. Never throws.
    int min_age_for(std::string_view subtype) const noexcept {
        int lowest = min_age_years;
        for (const subtype_age& a : subtype_ages) {
            if (!subtype.empty() && a.subtype == subtype) return a.min_age_years;
            if (a.min_age_years < lowest) lowest = a.min_age_years;
        }
        return subtype.empty() ? lowest : min_age_years;
    }

    friend bool operator==(const profile&, const profile&) = default;
};

/// The subtype names a profile may list or give an age for. Never throws; thread-safe.
inline const std::vector<std::string>& known_subtypes() noexcept {
    static const std::vector<std::string> names = {"generalized",  "segmental", "multifocal",
                                                   "hemidystonia", "cervical",  "focal"};
    return names;
}

/// The names of the built-in profiles, the default first. Never throws; thread-safe.
inline const std::vector<std::string>& builtin_profile_names() noexcept {
    static const std::vector<std::string> names = {"dystonia-hde", "dystonia-pma"};
    return names;
}

/// The name of the default profile. Never throws; thread-safe.
inline constexpr std::string_view default_profile_name = "dystonia-hde";

namespace detail {

inline void set_builtin_origins(profile& p) {
    const std::string from = "built-in " + p.name;
    for (const char* key :
         {"name", "labelling", "clauses", "min_age_years", "subtype_ages", "subtypes",
          "primary_required", "effectiveness_demonstrated", "chronic_months", "failed_trials",
          "statement_parts", "therapy_names", "product_names"})
        p.origins[key] = from;
}

inline std::vector<std::string> common_therapy_names() {
    return {"deep brain stimulation",
            "deep-brain stimulation",
            "DBS",
            "brain pacemaker",
            "neurostimulator",
            "neurostimulation",
            "stimulation system",
            "stimulator",
            "neurostimulation system",
            "brain stimulation",
            "pallidal stimulation"};
}

inline profile make_hde() {
    profile p;
    p.name = "dystonia-hde";
    p.base = "dystonia-hde";
    p.labelling =
        "Humanitarian Device. Authorized by Federal law as an aid in the management of chronic, "
        "intractable (drug refractory) primary dystonia, including generalized and/or segmental "
        "dystonia, hemidystonia, and cervical dystonia (torticollis), in patients seven years of "
        "age or above. The effectiveness of the devices for treating these conditions has not "
        "been demonstrated.";
    p.clauses = {
        {"device", "Humanitarian Device. Authorized by Federal law"},
        {"effectiveness",
         "The effectiveness of the devices for treating these conditions has not been "
         "demonstrated"},
        {"chronic", "chronic"},
        {"refractory", "intractable (drug refractory)"},
        {"primary", "primary dystonia"},
        {"subtype",
         "including generalized and/or segmental dystonia, hemidystonia, and cervical dystonia "
         "(torticollis)"},
        {"age", "in patients seven years of age or above"},
    };
    p.min_age_years = 7;
    p.subtypes = {"generalized", "segmental", "hemidystonia", "cervical"};
    p.primary_required = true;
    p.effectiveness_demonstrated = false;
    p.chronic_months = 6;
    p.failed_trials = 1;
    p.statement_parts = {"Humanitarian Device", "Authorized by Federal law",
                         "has not been demonstrated"};
    p.therapy_names = common_therapy_names();
    p.product_names = {"Activa"};
    set_builtin_origins(p);
    return p;
}

inline profile make_pma() {
    profile p;
    p.name = "dystonia-pma";
    p.base = "dystonia-pma";
    p.labelling =
        "Indicated as an aid in the management of chronic, intractable (drug refractory) primary "
        "dystonia, including generalized dystonia, segmental dystonia of the head and neck, and "
        "cervical dystonia, in adults, and of primary generalized dystonia in patients 12 years "
        "of age or older.";
    p.clauses = {
        {"device", "indicated as an aid in the management of"},
        {"effectiveness", "as an aid in the management of"},
        {"chronic", "chronic"},
        {"refractory", "intractable (drug refractory)"},
        {"primary", "primary dystonia"},
        {"subtype",
         "including generalized dystonia, segmental dystonia of the head and neck, and cervical "
         "dystonia"},
        {"age",
         "in adults, and in patients 12 years of age or older for primary generalized "
         "dystonia"},
    };
    p.min_age_years = 18;
    p.subtype_ages = {{"generalized", 12}};
    p.subtypes = {"generalized", "segmental", "cervical"};
    p.primary_required = true;
    p.effectiveness_demonstrated = true;
    p.chronic_months = 6;
    p.failed_trials = 1;
    p.statement_parts = {};
    p.therapy_names = common_therapy_names();
    p.product_names = {"Activa", "Percept"};
    set_builtin_origins(p);
    return p;
}

}  // namespace detail

/// The built-in profile named `name` ("dystonia-hde" or "dystonia-pma"). Returns a fresh copy.
/// Throws config_error when there is no such profile. Thread-safe.
inline profile builtin_profile(std::string_view name = default_profile_name) {
    if (name == "dystonia-hde") return detail::make_hde();
    if (name == "dystonia-pma") return detail::make_pma();
    throw config_error(
        "", 0, 0,
        "no built-in profile '" + std::string(name) + "' (built-in: dystonia-hde, dystonia-pma)");
}

}  // namespace dbslabel
