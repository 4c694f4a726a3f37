// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "records/fields.hpp"

#include <array>
#include <charconv>

namespace dbslabel::detail {

namespace {

constexpr std::array<std::string_view, 13> field_names = {"id",
                                                          "birth_date",
                                                          "age_years",
                                                          "reference_date",
                                                          "diagnosis_codes",
                                                          "etiology",
                                                          "distribution",
                                                          "focal_site",
                                                          "onset_date",
                                                          "duration_months",
                                                          "failed_medications",
                                                          "drug_refractory",
                                                          "dbs_claimed"};

std::string quoted(std::string_view v) {
    std::string s = "'";
    s += v.size() > 60 ? std::string(v.substr(0, 60)) + "..." : std::string(v);
    s += '\'';
    return s;
}

// A finite number written in full (from_chars: no leading '+', no hex, no "inf"/"nan").
bool parse_number(std::string_view text, double& out) {
    const char* first = text.data();
    const char* last = first + text.size();
    double v = 0;
    const auto [ptr, ec] = std::from_chars(first, last, v, std::chars_format::general);
    if (ec != std::errc() || ptr != last || !(v == v) || v > 1e300 || v < -1e300) return false;
    out = v;
    return true;
}

std::string lower(std::string_view s) {
    std::string r(s);
    for (char& c : r) c = ascii_lower(c);
    return r;
}

}  // namespace

std::optional<field_id> field_by_name(std::string_view name) noexcept {
    name = trim(name);
    for (std::size_t i = 0; i < field_names.size(); ++i)
        if (iequals(name, field_names[i])) return static_cast<field_id>(i);
    return std::nullopt;
}

std::string_view field_name(field_id f) noexcept {
    return field_names[static_cast<std::size_t>(f)];
}

void patient_builder::reset() {
    p_ = patient{};
    error_.clear();
}

void patient_builder::set_text(field_id f, std::string_view value) {
    value = trim(value);
    if (value.empty()) return;
    if (is_list_field(f)) {
        while (!value.empty()) {
            const std::size_t semi = value.find(';');
            add_item(f, value.substr(0, semi));
            if (semi == std::string_view::npos) break;
            value.remove_prefix(semi + 1);
        }
        return;
    }
    const std::string_view name = field_name(f);
    switch (f) {
        case field_id::id:
            p_.id = std::string(value);
            break;
        case field_id::birth_date:
        case field_id::onset_date: {
            partial_date d;
            if (!parse_partial_date(value, d)) {
                fail(std::string(name) + ' ' + quoted(value) + " is not a date");
                return;
            }
            (f == field_id::birth_date ? p_.birth_date : p_.onset_date) = d;
            break;
        }
        case field_id::reference_date: {
            date d;
            if (!parse_date(value, d)) {
                fail(std::string(name) + ' ' + quoted(value) + " is not a date (YYYY-MM-DD)");
                return;
            }
            p_.reference_date = d;
            break;
        }
        case field_id::age_years:
        case field_id::duration_months: {
            double v = 0;
            if (!parse_number(value, v)) {
                fail(std::string(name) + ' ' + quoted(value) + " is not a number");
                return;
            }
            (f == field_id::age_years ? p_.age_years : p_.duration_months) = v;
            break;
        }
        case field_id::etiology:
            if (!parse_etiology(value, p_.etiology)) p_.etiology = etiology_kind::unknown;
            break;
        case field_id::distribution:
            if (!parse_distribution(value, p_.distribution))
                p_.distribution = distribution_kind::unknown;
            break;
        case field_id::focal_site:
            p_.focal_site = lower(value);
            break;
        case field_id::drug_refractory:
            if (!parse_answer(value, p_.drug_refractory)) p_.drug_refractory = answer::unknown;
            break;
        case field_id::dbs_claimed: {
            answer a = answer::absent;
            if (!parse_answer(value, a)) {
                fail("dbs_claimed " + quoted(value) + " is not yes or no");
                return;
            }
            p_.dbs_claimed = a != answer::no;
            break;
        }
        case field_id::diagnosis_codes:
        case field_id::failed_medications:
            break;  // handled above
    }
}

void patient_builder::set_number(field_id f, double value, std::string_view text) {
    switch (f) {
        case field_id::age_years:
            p_.age_years = value;
            break;
        case field_id::duration_months:
            p_.duration_months = value;
            break;
        case field_id::id:
        case field_id::focal_site:
        case field_id::diagnosis_codes:
        case field_id::failed_medications:
            set_text(f, text);
            break;
        default:
            wrong_type(f, "number");
            break;
    }
}

void patient_builder::add_item(field_id f, std::string_view item) {
    item = trim(item);
    if (item.empty()) return;
    if (f == field_id::diagnosis_codes) {
        code c = parse_code(item);
        if (!c.value.empty()) p_.diagnosis_codes.push_back(std::move(c));
    } else if (f == field_id::failed_medications) {
        p_.medications.push_back({std::string(item), true, ""});
    } else {
        set_text(f, item);
    }
}

void patient_builder::set_bool(field_id f, bool value) {
    if (f == field_id::drug_refractory)
        p_.drug_refractory = value ? answer::yes : answer::no;
    else if (f == field_id::dbs_claimed)
        p_.dbs_claimed = value;
    else
        wrong_type(f, "boolean");
}

void patient_builder::wrong_type(field_id f, std::string_view type) {
    fail(std::string(field_name(f)) + " is " +
         (type == "array" || type == "object" ? "an " : "a ") + std::string(type) + ", not a " +
         (is_list_field(f)                                             ? "list"
          : f == field_id::age_years || f == field_id::duration_months ? "number"
                                                                       : "string"));
}

bool patient_builder::finish() {
    if (error_.empty() && p_.id.empty()) fail("missing id");
    return error_.empty();
}

}  // namespace dbslabel::detail
