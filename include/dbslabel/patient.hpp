// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file patient.hpp
/// The patient value type that record criteria are judged on, with its dates and codes.
///
/// A patient carries the fields of CONTRACT.md "Records input": an id, a birth date (which may
/// be partial: `YYYY` or `YYYY-MM`) or an age, the reference date of the claim, diagnosis codes
/// with their code systems, etiology, distribution, onset (partial allowed) or duration, the
/// medication trials and the record's own statements. Absent fields stay empty (std::nullopt,
/// an empty list or an `absent` enumerator); nothing here guesses a value.
///
///     dbslabel::patient p;
///     p.id = "P0001";
///     dbslabel::parse_partial_date("2011-05", p.birth_date.emplace());
///     p.diagnosis_codes.push_back(dbslabel::parse_code("icd10cm:G24.1"));
///     p.distribution = dbslabel::distribution_kind::generalized;
///     p.medications.push_back({"trihexyphenidyl", true, "ineffective"});
///
/// Header-only, standard library only. Every type is a regular value: copy it freely; a value
/// nobody writes to may be read from many threads at once. No function here throws except
/// through std::bad_alloc where it returns a std::string.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dbslabel {

// ---------------------------------------------------------------------------------------------
// Dates

/// A full calendar date (proleptic Gregorian). A default-constructed date (0-00-00) is not a
/// valid date; is_valid() tells. Ordered by year, month, day.
struct date {
    int year = 0;
    int month = 0;
    int day = 0;

    friend bool operator==(const date&, const date&) = default;
    friend auto operator<=>(const date&, const date&) = default;
};

/// True when `year` is a Gregorian leap year. Never throws; thread-safe.
constexpr bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// The number of days in `month` (1-12) of `year`, or 0 for a month outside 1-12.
/// Never throws; thread-safe.
constexpr int days_in_month(int year, int month) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/// True when `d` names a real day in years 1-9999. Never throws; thread-safe.
constexpr bool is_valid(const date& d) noexcept {
    return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

/// A date that may lack its day (`YYYY-MM`) or its month and day (`YYYY`): `month == 0` means
/// only the year is known, `day == 0` only the year and month.
struct partial_date {
    int year = 0;
    int month = 0;  ///< 1-12, or 0 when unknown (then day is 0 too)
    int day = 0;    ///< 1-31, or 0 when unknown

    /// True when year, month and day are all known. Never throws; thread-safe.
    constexpr bool is_full() const noexcept { return month != 0 && day != 0; }

    /// The first day this date may be (e.g. 2019-01-01 for `2019`). Never throws; thread-safe.
    constexpr date earliest() const noexcept {
        return {year, month == 0 ? 1 : month, day == 0 ? 1 : day};
    }

    /// The last day this date may be (e.g. 2019-02-28 for `2019-02`). Never throws; thread-safe.
    constexpr date latest() const noexcept {
        const int m = month == 0 ? 12 : month;
        return {year, m, day == 0 ? days_in_month(year, m) : day};
    }

    friend bool operator==(const partial_date&, const partial_date&) = default;
};

/// True when `d` is a real (possibly partial) date in years 1-9999: a month 1-12 or 0, a day
/// that exists in that month or 0 (and 0 when the month is). Never throws; thread-safe.
constexpr bool is_valid(const partial_date& d) noexcept {
    if (d.year < 1 || d.year > 9999 || d.month < 0 || d.month > 12) return false;
    if (d.month == 0) return d.day == 0;
    return d.day == 0 || (d.day >= 1 && d.day <= days_in_month(d.year, d.month));
}

/// The partial date that is exactly `d`. Never throws; thread-safe.
constexpr partial_date to_partial(const date& d) noexcept {
    return {d.year, d.month, d.day};
}

namespace detail {

/// Reads exactly `n` ASCII digits at `s[pos]`; returns -1 when any is not a digit.
constexpr int read_digits(std::string_view s, std::size_t pos, std::size_t n) noexcept {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

inline void append_padded(std::string& out, int v, int width) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    if (v < 0) out += '-';
    for (int i = static_cast<int>(digits.size()); i < width; ++i) out += '0';
    out += digits;
}

}  // namespace detail

/// Parses `text` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (exactly these digits, no spaces) naming
/// a real date in years 1-9999. Returns true and sets `out` on success; returns false and
/// leaves `out` alone otherwise (`2019-13-01`, `2023-02-30`, `01/06/2019`, `2019-1-5`).
/// Never throws; thread-safe.
constexpr bool parse_partial_date(std::string_view text, partial_date& out) noexcept {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
    partial_date d;
    d.year = detail::read_digits(text, 0, 4);
    if (d.year < 1) return false;
    if (text.size() >= 7) {
        if (text[4] != '-') return false;
        d.month = detail::read_digits(text, 5, 2);
        if (d.month < 1 || d.month > 12) return false;
    }
    if (text.size() == 10) {
        if (text[7] != '-') return false;
        d.day = detail::read_digits(text, 8, 2);
        if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return false;
    }
    out = d;
    return true;
}

/// Parses `text` as a full `YYYY-MM-DD` date. Returns true and sets `out` on success; returns
/// false and leaves `out` alone for anything else, partial dates included. Never throws;
/// thread-safe.
constexpr bool parse_date(std::string_view text, date& out) noexcept {
    partial_date p;
    if (text.size() != 10 || !parse_partial_date(text, p)) return false;
    out = p.earliest();
    return true;
}

/// `d` as `YYYY-MM-DD`. Throws std::bad_alloc only; thread-safe.
inline std::string to_string(const date& d) {
    std::string s;
    detail::append_padded(s, d.year, 4);
    s += '-';
    detail::append_padded(s, d.month, 2);
    s += '-';
    detail::append_padded(s, d.day, 2);
    return s;
}

/// `d` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as much as is known. Throws std::bad_alloc only;
/// thread-safe.
inline std::string to_string(const partial_date& d) {
    std::string s;
    detail::append_padded(s, d.year, 4);
    if (d.month != 0) {
        s += '-';
        detail::append_padded(s, d.month, 2);
    }
    if (d.day != 0) {
        s += '-';
        detail::append_padded(s, d.day, 2);
    }
    return s;
}

/// `d` plus `months` calendar months; a day past the end of the target month becomes its last
/// day (2025-08-31 + 6 months = 2026-02-28). `d` must be valid. Never throws; thread-safe.
constexpr date add_months(const date& d, int months) noexcept {
    const int index = d.year * 12 + (d.month - 1) + months;
    date r{index / 12, index % 12 + 1, d.day};
    const int last = days_in_month(r.year, r.month);
    if (r.day > last) r.day = last;
    return r;
}

/// Whole years from `birth` to `on`, counted by birthdays: the age goes up on the birthday
/// itself, and a 29 February birthday falls on 1 March in common years. Negative when `on`
/// is before `birth`. Both dates must be valid. Never throws; thread-safe.
constexpr int whole_years(const date& birth, const date& on) noexcept {
    int years = on.year - birth.year;
    if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --years;
    return years;
}

// ---------------------------------------------------------------------------------------------
// Codes

/// The code systems a code may come from.
enum class code_system {
    icd10cm,  ///< ICD-10-CM (a bare code, or `icd10cm:`)
    snomed,   ///< SNOMED CT (`snomed:`)
    rxnorm,   ///< RxNorm (`rxnorm:`)
    other     ///< any other prefix; the value keeps the text as given
};

/// The prefix of a code system as written in records ("icd10cm", "snomed", "rxnorm", "").
/// Never throws; thread-safe.
constexpr std::string_view to_string(code_system s) noexcept {
    switch (s) {
        case code_system::icd10cm:
            return "icd10cm";
        case code_system::snomed:
            return "snomed";
        case code_system::rxnorm:
            return "rxnorm";
        case code_system::other:
            break;
    }
    return "";
}

/// A code with its system. `value` is normalised by parse_code(): ICD-10-CM upper case with
/// its dot (`G24.1`), SNOMED CT and RxNorm as digits.
struct code {
    code_system system = code_system::icd10cm;
    std::string value;

    friend bool operator==(const code&, const code&) = default;
};

namespace detail {

constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char ascii_upper(char c) noexcept {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/// `s` without leading and trailing ASCII whitespace.
constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// True when `a` and `b` are equal ignoring ASCII case.
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

}  // namespace detail

/// Parses a code as records write it: `G24.1`, `icd10cm:G24.1`, `snomed:15802004`,
/// `rxnorm:10811`. Prefixes and ICD-10-CM letters are case-insensitive and whitespace is
/// ignored; a bare code is ICD-10-CM, and an ICD-10-CM code written without its dot (`G241`)
/// gets it. `icd-10-cm:`, `icd10:`, `sct:` and `snomedct:` are accepted as synonyms. Any other
/// prefix gives code_system::other with the text as given (trimmed). Returns a code with an
/// empty value for blank text. Throws std::bad_alloc only; thread-safe.
inline code parse_code(std::string_view text) {
    text = detail::trim(text);
    code c;
    std::string_view body = text;
    if (const std::size_t colon = text.find(':'); colon != std::string_view::npos) {
        const std::string_view prefix = detail::trim(text.substr(0, colon));
        body = text.substr(colon + 1);
        if (detail::iequals(prefix, "icd10cm") || detail::iequals(prefix, "icd-10-cm") ||
            detail::iequals(prefix, "icd10")) {
            c.system = code_system::icd10cm;
        } else if (detail::iequals(prefix, "snomed") || detail::iequals(prefix, "sct") ||
                   detail::iequals(prefix, "snomedct")) {
            c.system = code_system::snomed;
        } else if (detail::iequals(prefix, "rxnorm")) {
            c.system = code_system::rxnorm;
        } else {
            c.system = code_system::other;
            c.value = std::string(text);
            return c;
        }
    }
    for (char ch : body)
        if (!detail::is_space(ch))
            c.value += c.system == code_system::icd10cm ? detail::ascii_upper(ch) : ch;
    if (c.system == code_system::icd10cm && c.value.size() > 3 &&
        c.value.find('.') == std::string::npos)
        c.value.insert(3, 1, '.');
    return c;
}

/// A code as records write it: bare for ICD-10-CM (`G24.1`), else `system:value`.
/// Throws std::bad_alloc only; thread-safe.
inline std::string to_string(const code& c) {
    if (c.system == code_system::icd10cm || c.system == code_system::other) return c.value;
    return std::string(to_string(c.system)) + ':' + c.value;
}

// ---------------------------------------------------------------------------------------------
// The patient

/// The cause of the dystonia as the record states it.
enum class etiology_kind { absent, primary, secondary, unknown };

/// The body distribution of the dystonia as the record states it.
enum class distribution_kind {
    absent,
    generalized,
    segmental,
    multifocal,
    hemidystonia,
    cervical,
    focal,
    unknown
};

/// A yes/no statement of the record (`drug_refractory`), or its absence.
enum class answer { absent, yes, no, unknown };

/// The name of an etiology as records write it ("" for absent). Never throws; thread-safe.
constexpr std::string_view to_string(etiology_kind e) noexcept {
    switch (e) {
        case etiology_kind::primary:
            return "primary";
        case etiology_kind::secondary:
            return "secondary";
        case etiology_kind::unknown:
            return "unknown";
        case etiology_kind::absent:
            break;
    }
    return "";
}

/// The name of a distribution as records write it ("" for absent). Never throws; thread-safe.
constexpr std::string_view to_string(distribution_kind d) noexcept {
    switch (d) {
        case distribution_kind::generalized:
            return "generalized";
        case distribution_kind::segmental:
            return "segmental";
        case distribution_kind::multifocal:
            return "multifocal";
        case distribution_kind::hemidystonia:
            return "hemidystonia";
        case distribution_kind::cervical:
            return "cervical";
        case distribution_kind::focal:
            return "focal";
        case distribution_kind::unknown:
            return "unknown";
        case distribution_kind::absent:
            break;
    }
    return "";
}

/// The name of an answer as records write it ("" for absent). Never throws; thread-safe.
constexpr std::string_view to_string(answer a) noexcept {
    switch (a) {
        case answer::yes:
            return "yes";
        case answer::no:
            return "no";
        case answer::unknown:
            return "unknown";
        case answer::absent:
            break;
    }
    return "";
}

/// Reads an etiology (case and surrounding spaces ignored): `primary` (also `idiopathic`,
/// `inherited`, `genetic`), `secondary` (also `acquired`), `unknown`; blank is absent.
/// Returns false for anything else, leaving `out` alone. Never throws; thread-safe.
constexpr bool parse_etiology(std::string_view text, etiology_kind& out) noexcept {
    text = detail::trim(text);
    using detail::iequals;
    if (text.empty())
        out = etiology_kind::absent;
    else if (iequals(text, "primary") || iequals(text, "idiopathic") ||
             iequals(text, "inherited") || iequals(text, "genetic"))
        out = etiology_kind::primary;
    else if (iequals(text, "secondary") || iequals(text, "acquired"))
        out = etiology_kind::secondary;
    else if (iequals(text, "unknown"))
        out = etiology_kind::unknown;
    else
        return false;
    return true;
}

/// Reads a distribution (case and surrounding spaces ignored): the CONTRACT names, plus
/// `generalised`, `hemi`, `torticollis` (cervical); blank is absent. Returns false for anything
/// else, leaving `out` alone. Never throws; thread-safe.
constexpr bool parse_distribution(std::string_view text, distribution_kind& out) noexcept {
    text = detail::trim(text);
    using detail::iequals;
    if (text.empty())
        out = distribution_kind::absent;
    else if (iequals(text, "generalized") || iequals(text, "generalised"))
        out = distribution_kind::generalized;
    else if (iequals(text, "segmental"))
        out = distribution_kind::segmental;
    else if (iequals(text, "multifocal"))
        out = distribution_kind::multifocal;
    else if (iequals(text, "hemidystonia") || iequals(text, "hemi"))
        out = distribution_kind::hemidystonia;
    else if (iequals(text, "cervical") || iequals(text, "torticollis"))
        out = distribution_kind::cervical;
    else if (iequals(text, "focal"))
        out = distribution_kind::focal;
    else if (iequals(text, "unknown"))
        out = distribution_kind::unknown;
    else
        return false;
    return true;
}

/// Reads `yes`/`no`/`unknown` (also `true`/`false`, `y`/`n`; case and surrounding spaces
/// ignored); blank is absent. Returns false for anything else, leaving `out` alone.
/// Never throws; thread-safe.
constexpr bool parse_answer(std::string_view text, answer& out) noexcept {
    text = detail::trim(text);
    using detail::iequals;
    if (text.empty())
        out = answer::absent;
    else if (iequals(text, "yes") || iequals(text, "true") || iequals(text, "y"))
        out = answer::yes;
    else if (iequals(text, "no") || iequals(text, "false") || iequals(text, "n"))
        out = answer::no;
    else if (iequals(text, "unknown"))
        out = answer::unknown;
    else
        return false;
    return true;
}

/// One medication in the patient's history.
struct medication {
    std::string name;    ///< a drug name or an `rxnorm:` code, as the record gives it
    bool failed = true;  ///< true: a trial that failed or was not tolerated
    std::string reason;  ///< why it was stopped, when the record says (FHIR statusReason)

    friend bool operator==(const medication&, const medication&) = default;
};

/// One patient, case, claim or registry entry for which DBS is claimed, planned or done.
/// Fields follow CONTRACT.md "Records input"; empty means absent.
struct patient {
    std::string id;                          ///< the record's identifier (required by readers)
    std::optional<partial_date> birth_date;  ///< date of birth, possibly partial
    std::optional<double> age_years;         ///< age at the reference date, may be fractional
    std::optional<date> reference_date;      ///< procedure/implant/referral date, else as-of
    std::vector<code> diagnosis_codes;       ///< diagnoses, each with its system
    etiology_kind etiology = etiology_kind::absent;
    distribution_kind distribution = distribution_kind::absent;
    std::string focal_site;                  ///< for focal: the site, lower case ("neck")
    std::optional<partial_date> onset_date;  ///< onset of dystonia, possibly partial
    std::optional<double> duration_months;   ///< duration at the reference date
    /// Medication history. Items with `failed` are failed trials (CSV/JSON `failed_medications`);
    /// items without are medication history with no failure (FHIR active/completed statements).
    std::vector<medication> medications;
    answer drug_refractory = answer::absent;  ///< the record's own statement
    bool dbs_claimed = true;                  ///< whether the record claims DBS for dystonia

    friend bool operator==(const patient&, const patient&) = default;
};

}  // namespace dbslabel
