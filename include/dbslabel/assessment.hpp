// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file assessment.hpp
/// Judges one patient against the indication: seven criteria, each met, not met or unknown,
/// with the evidence that decided it and the clause it rests on, and the verdict.
///
/// The criteria and their readings are those of RULES.md "Records" and the readings of the
/// labelled corpus: diagnosis, age, primary, subtype, chronic, refractory, consistency. The
/// verdict is `outside` when any criterion is not met, else `insufficient` when any is unknown,
/// else `within`. Codes are looked up in <dbslabel/vocabulary.hpp>; the minimum age (per
/// subtype where the profile has one), the listed subtypes, the chronic threshold and the
/// number of failed trials come from the profile.
///
///     dbslabel::patient p;
///     p.id = "P0001";
///     p.birth_date = dbslabel::partial_date{2015, 3, 14};
///     p.diagnosis_codes = {dbslabel::parse_code("G24.1")};
///     dbslabel::assessment a = dbslabel::assess(p, dbslabel::builtin_profile(), {2026, 6, 1});
///     for (const dbslabel::criterion_result& c : a.criteria)
///         if (c.status != dbslabel::criterion_status::met)
///             std::cout << dbslabel::to_string(c.name) << ": " << c.evidence << '\n';
///
/// Header-only, standard library only; no I/O. assess() is a pure function: thread-safe, and
/// it never throws on any patient (odd values become `unknown` or `consistency` not met).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "patient.hpp"
#include "profile.hpp"
#include "vocabulary.hpp"

namespace dbslabel {

/// The seven record criteria, in RULES.md order.
enum class criterion { diagnosis, age, primary, subtype, chronic, refractory, consistency };

/// The number of criteria.
inline constexpr std::size_t criterion_count = 7;

/// Every criterion, in RULES.md order. Thread-safe.
inline constexpr std::array<criterion, criterion_count> all_criteria = {
    criterion::diagnosis, criterion::age,        criterion::primary,    criterion::subtype,
    criterion::chronic,   criterion::refractory, criterion::consistency};

/// The criterion's name as RULES.md writes it ("diagnosis", ...). Never throws; thread-safe.
constexpr std::string_view to_string(criterion c) noexcept {
    switch (c) {
        case criterion::diagnosis:
            return "diagnosis";
        case criterion::age:
            return "age";
        case criterion::primary:
            return "primary";
        case criterion::subtype:
            return "subtype";
        case criterion::chronic:
            return "chronic";
        case criterion::refractory:
            return "refractory";
        case criterion::consistency:
            break;
    }
    return "consistency";
}

/// The clause id of the indication a criterion rests on ("primary" for diagnosis: the
/// labelling's "primary dystonia"; "" for consistency, which checks the record, not the
/// indication). Never throws; thread-safe.
constexpr std::string_view clause_of(criterion c) noexcept {
    switch (c) {
        case criterion::diagnosis:
            return "primary";
        case criterion::age:
            return "age";
        case criterion::primary:
            return "primary";
        case criterion::subtype:
            return "subtype";
        case criterion::chronic:
            return "chronic";
        case criterion::refractory:
            return "refractory";
        case criterion::consistency:
            break;
    }
    return "";
}

/// The outcome of one criterion.
enum class criterion_status { met, not_met, unknown };

/// "met", "not_met" or "unknown". Never throws; thread-safe.
constexpr std::string_view to_string(criterion_status s) noexcept {
    switch (s) {
        case criterion_status::met:
            return "met";
        case criterion_status::not_met:
            return "not_met";
        case criterion_status::unknown:
            break;
    }
    return "unknown";
}

/// A record's verdict.
enum class verdict { within, outside, insufficient };

/// "within", "outside" or "insufficient". Never throws; thread-safe.
constexpr std::string_view to_string(verdict v) noexcept {
    switch (v) {
        case verdict::within:
            return "within";
        case verdict::outside:
            return "outside";
        case verdict::insufficient:
            break;
    }
    return "insufficient";
}

/// One criterion's outcome with what decided it.
struct criterion_result {
    criterion name = criterion::diagnosis;
    criterion_status status = criterion_status::unknown;
    std::string evidence;     ///< the field or code that decided it ("G24.1"); "" when nothing
    std::string_view clause;  ///< clause_of(name)

    friend bool operator==(const criterion_result&, const criterion_result&) = default;
};

/// The assessment of one patient.
struct assessment {
    verdict result = verdict::insufficient;
    date reference_date;  ///< the date the patient was judged at (its own, else as-of)
    std::array<criterion_result, criterion_count> criteria;  ///< in all_criteria order

    /// The result for criterion `c`. Never throws; thread-safe for a const assessment.
    const criterion_result& operator[](criterion c) const noexcept {
        return criteria[static_cast<std::size_t>(c)];
    }

    friend bool operator==(const assessment&, const assessment&) = default;
};

namespace detail {

/// A number as evidence writes it: "7", "6.5", "-3".
inline std::string format_number(double v) {
    if (v != v) return "nan";
    if (v > 1e15 || v < -1e15) return v > 0 ? "inf" : "-inf";
    const auto whole = static_cast<long long>(v);
    if (static_cast<double>(whole) == v) return std::to_string(whole);
    std::string s = std::to_string(v);  // six decimals
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

inline void append_list(std::string& out, std::string_view item) {
    if (!out.empty()) out += "; ";
    out += item;
}

inline std::string describe_code(const code& c, const vocabulary_entry* e) {
    std::string s = to_string(c);
    if (e != nullptr && !e->label.empty()) {
        s += " (";
        s += e->label;
        s += ')';
    }
    return s;
}

inline bool is_neck(std::string_view site) noexcept {
    site = trim(site);
    return iequals(site, "neck") || iequals(site, "cervical");
}

/// One statement about the subtype: its name and what said it.
struct subtype_signal {
    std::string_view name;
    std::string evidence;
};

inline void assess_diagnosis(const patient& p, criterion_result& r) {
    std::string others;
    for (const code& c : p.diagnosis_codes) {
        if (c.value.empty()) continue;
        if (code_roles(c) & role_dystonia) {
            r.status = criterion_status::met;
            r.evidence = to_string(c);
            return;
        }
        append_list(others, to_string(c));
    }
    if (others.empty()) {
        r.status = criterion_status::unknown;
        r.evidence = "";
    } else {
        r.status = criterion_status::not_met;
        r.evidence = "no dystonia code: " + others;
    }
}

inline void assess_primary(const patient& p, const profile& prof, criterion_result& r,
                           std::string& inconsistency) {
    std::string secondary, primary;
    if (p.etiology == etiology_kind::secondary) append_list(secondary, "etiology secondary");
    std::string secondary_codes;
    for (const code& c : p.diagnosis_codes) {
        const vocabulary_entry* e = lookup_code(c);
        if (e == nullptr) continue;
        if (e->roles & role_secondary_cause)
            append_list(secondary_codes, describe_code(c, e));
        else if ((e->roles & role_primary) && primary.empty())
            primary = to_string(c);
    }
    if (!secondary_codes.empty()) append_list(secondary, secondary_codes);
    if (p.etiology == etiology_kind::primary) {
        if (!secondary_codes.empty())
            append_list(inconsistency, "etiology primary with " + secondary_codes);
        if (primary.empty()) primary = "etiology primary";
    }
    if (!prof.primary_required) {
        r.status = criterion_status::met;
        r.evidence = "the profile does not require primary dystonia";
    } else if (!secondary.empty()) {
        r.status = criterion_status::not_met;
        r.evidence = secondary;
    } else if (!primary.empty()) {
        r.status = criterion_status::met;
        r.evidence = primary;
    } else {
        r.status = criterion_status::unknown;
        r.evidence = p.etiology == etiology_kind::unknown ? "etiology unknown" : "";
    }
}

/// Sets `r` for the subtype; returns the subtype a listed signal names ("" when none), which
/// picks the minimum age.
inline std::string_view assess_subtype(const patient& p, const profile& prof, criterion_result& r) {
    std::vector<subtype_signal> signals;
    std::string silent;  // what was said without saying a subtype ("G24.9", "distribution unknown")
    switch (p.distribution) {
        case distribution_kind::generalized:
        case distribution_kind::segmental:
        case distribution_kind::hemidystonia:
        case distribution_kind::cervical:
        case distribution_kind::multifocal:
            signals.push_back({to_string(p.distribution),
                               "distribution " + std::string(to_string(p.distribution))});
            break;
        case distribution_kind::focal: {
            std::string ev = "distribution focal";
            if (!trim(p.focal_site).empty()) ev += " (" + std::string(trim(p.focal_site)) + ")";
            signals.push_back({is_neck(p.focal_site) ? "cervical" : "focal", ev});
            break;
        }
        case distribution_kind::unknown:
            silent = "distribution unknown";
            break;
        case distribution_kind::absent:
            break;
    }
    for (const code& c : p.diagnosis_codes) {
        const vocabulary_entry* e = lookup_code(c);
        if (e == nullptr) continue;
        if (e->roles & (role_listed_subtype | role_unlisted_subtype))
            signals.push_back({e->subtype, describe_code(c, e)});
        else if (e->roles & role_dystonia)
            append_list(silent, to_string(c));
    }
    for (const subtype_signal& s : signals) {
        if (prof.lists_subtype(s.name)) {
            r.status = criterion_status::met;
            r.evidence = s.evidence;
            return s.name;
        }
    }
    if (!signals.empty()) {
        r.status = criterion_status::not_met;
        std::string ev;
        for (const subtype_signal& s : signals) append_list(ev, s.evidence);
        r.evidence = ev + ": not a listed subtype";
        return "";
    }
    r.status = criterion_status::unknown;
    r.evidence = silent;
    return "";
}

inline void assess_age(const patient& p, const profile& prof, std::string_view subtype,
                       const date& ref, bool ref_ok, criterion_result& r,
                       std::string& inconsistency) {
    // The minimum age: the subtype's when it is known, else any listed subtype's may apply, so
    // an age between the lowest and the highest of them stays unknown.
    int at_least = prof.min_age_for(subtype);
    int below = at_least;
    if (subtype.empty()) {
        below = prof.min_age_for("");
        at_least = prof.min_age_years;
        for (const std::string& s : prof.subtypes)
            if (prof.min_age_for(s) > at_least) at_least = prof.min_age_for(s);
        for (const std::string& s : prof.subtypes)
            if (prof.min_age_for(s) < below) below = prof.min_age_for(s);
    }
    const auto decide = [&](double youngest, double oldest) {
        if (youngest >= at_least) return criterion_status::met;
        if (oldest < below) return criterion_status::not_met;
        return criterion_status::unknown;
    };
    const bool birth_ok = p.birth_date && is_valid(*p.birth_date);
    const bool age_ok =
        p.age_years && *p.age_years == *p.age_years && *p.age_years < 1e6 && *p.age_years > -1e6;
    if (p.birth_date && !birth_ok) append_list(inconsistency, "birth_date is not a real date");
    if (p.age_years && !age_ok) append_list(inconsistency, "age_years is not a number");
    if (age_ok && *p.age_years < 0)
        append_list(inconsistency, "age_years " + format_number(*p.age_years) + " is negative");

    if (birth_ok && ref_ok) {
        const partial_date& b = *p.birth_date;
        const std::string born = to_string(b);
        if (ref < b.earliest()) {
            r.status = criterion_status::not_met;
            r.evidence = "born " + born + ", after " + to_string(ref);
            append_list(inconsistency,
                        "birth date " + born + " after the reference date " + to_string(ref));
            return;
        }
        const int oldest = whole_years(b.earliest(), ref);
        const int youngest = whole_years(b.latest(), ref);
        r.status = decide(youngest, oldest);
        r.evidence = "age " + std::to_string(youngest < 0 ? 0 : youngest);
        if (youngest != oldest) r.evidence += " or " + std::to_string(oldest);
        r.evidence += " on " + to_string(ref) + " (born " + born + ")";
        if (age_ok && *p.age_years >= 0) {
            const auto stated = static_cast<long long>(*p.age_years);
            if (stated < youngest || stated > oldest)
                append_list(inconsistency, "age_years " + format_number(*p.age_years) +
                                               " but born " + born + " (" + r.evidence + ")");
        }
        return;
    }
    if (age_ok) {
        r.status = decide(*p.age_years, *p.age_years);
        r.evidence = "age_years " + format_number(*p.age_years);
        return;
    }
    r.status = criterion_status::unknown;
    r.evidence = birth_ok ? "no valid reference date" : "";
}

inline void assess_chronic(const patient& p, const profile& prof, const date& ref, bool ref_ok,
                           criterion_result& r, std::string& inconsistency) {
    const int months = prof.chronic_months;
    const std::string limit = std::to_string(months) + " months";
    const bool onset_ok = p.onset_date && is_valid(*p.onset_date);
    if (p.onset_date && !onset_ok) append_list(inconsistency, "onset_date is not a real date");
    if (onset_ok && p.birth_date && is_valid(*p.birth_date) &&
        p.onset_date->latest() < p.birth_date->earliest())
        append_list(inconsistency, "onset " + to_string(*p.onset_date) + " before birth " +
                                       to_string(*p.birth_date));
    if (onset_ok && ref_ok) {
        const partial_date& o = *p.onset_date;
        const std::string onset = "onset " + to_string(o);
        if (ref < o.earliest()) {
            r.status = criterion_status::not_met;
            r.evidence = onset + ", after " + to_string(ref);
            append_list(inconsistency, onset + " after the reference date " + to_string(ref));
        } else if (add_months(o.latest(), months) <= ref) {
            r.status = criterion_status::met;
            r.evidence = onset;
        } else if (add_months(o.earliest(), months) > ref) {
            r.status = criterion_status::not_met;
            r.evidence = onset + ", less than " + limit + " before " + to_string(ref);
        } else {
            r.status = criterion_status::unknown;
            r.evidence = onset + ", maybe less than " + limit + " before " + to_string(ref);
        }
        return;
    }
    const bool duration_ok = p.duration_months && *p.duration_months == *p.duration_months;
    if (duration_ok && *p.duration_months < 0)
        append_list(inconsistency,
                    "duration_months " + format_number(*p.duration_months) + " is negative");
    if (!onset_ok && duration_ok) {
        const std::string ev = "duration " + format_number(*p.duration_months) + " months";
        if (*p.duration_months >= months) {
            r.status = criterion_status::met;
            r.evidence = ev;
        } else {
            r.status = criterion_status::not_met;
            r.evidence = ev + ", less than " + limit;
        }
        return;
    }
    r.status = criterion_status::unknown;
    r.evidence = onset_ok ? "no valid reference date" : "";
}

inline void assess_refractory(const patient& p, const profile& prof, criterion_result& r) {
    std::size_t failed = 0;
    std::string names;
    for (const medication& m : p.medications) {
        if (!m.failed) continue;
        ++failed;
        // An `rxnorm:` item is named by the vocabulary where it knows the ingredient.
        const code c = parse_code(m.name);
        const vocabulary_entry* e = c.system == code_system::rxnorm ? lookup_code(c) : nullptr;
        append_list(names, e != nullptr ? describe_code(c, e) : m.name);
    }
    const std::size_t needed =
        prof.failed_trials < 0 ? 0 : static_cast<std::size_t>(prof.failed_trials);
    const std::string trials =
        std::to_string(failed) + (failed == 1 ? " failed trial" : " failed trials");
    if (p.drug_refractory == answer::no) {
        r.status = criterion_status::not_met;
        r.evidence = "drug_refractory no";
    } else if (failed >= needed && (failed > 0 || needed == 0)) {
        r.status = criterion_status::met;
        r.evidence = failed > 0 ? trials + " (" + names + ")" : "the profile needs no failed trial";
    } else if (p.drug_refractory == answer::yes) {
        r.status = criterion_status::met;
        r.evidence = "drug_refractory yes";
    } else if (p.medications.size() > failed) {
        r.status = criterion_status::not_met;
        r.evidence = trials + " in " + std::to_string(p.medications.size()) +
                     " medications; the profile needs " + std::to_string(needed);
    } else {
        r.status = criterion_status::unknown;
        r.evidence = failed > 0 ? trials + "; the profile needs " + std::to_string(needed) : "";
    }
}

}  // namespace detail

/// Judges `p` against `prof` at `p.reference_date`, or at `as_of` when the patient has none.
/// Returns all seven criteria with evidence and the verdict. Never throws on any patient: an
/// impossible date or a non-finite number is not used for its criterion and makes
/// `consistency` not met. (It is noexcept: only an allocation failure, which terminates, could
/// escape.) Thread-safe: a pure function of its arguments.
inline assessment assess(const patient& p, const profile& prof, const date& as_of) noexcept {
    assessment a;
    for (std::size_t i = 0; i < criterion_count; ++i) {
        a.criteria[i].name = all_criteria[i];
        a.criteria[i].clause = clause_of(all_criteria[i]);
    }
    const bool own_ref = p.reference_date && is_valid(*p.reference_date);
    const date ref = own_ref ? *p.reference_date : as_of;
    const bool ref_ok = is_valid(ref);
    a.reference_date = ref;
    std::string inconsistency;
    if (p.reference_date && !own_ref) inconsistency = "reference_date is not a real date";

    auto& c = a.criteria;
    detail::assess_diagnosis(p, c[0]);
    detail::assess_primary(p, prof, c[2], inconsistency);
    const std::string_view subtype = detail::assess_subtype(p, prof, c[3]);
    detail::assess_age(p, prof, subtype, ref, ref_ok, c[1], inconsistency);
    detail::assess_chronic(p, prof, ref, ref_ok, c[4], inconsistency);
    detail::assess_refractory(p, prof, c[5]);
    c[6].status = inconsistency.empty() ? criterion_status::met : criterion_status::not_met;
    c[6].evidence = inconsistency;

    bool unknown = false;
    a.result = verdict::within;
    for (const criterion_result& r : c) {
        if (r.status == criterion_status::not_met) a.result = verdict::outside;
        if (r.status == criterion_status::unknown) unknown = true;
    }
    if (a.result != verdict::outside && unknown) a.result = verdict::insufficient;
    return a;
}

}  // namespace dbslabel
