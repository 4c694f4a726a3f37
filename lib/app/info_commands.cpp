// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/info_commands.hpp"

#include <ostream>

#include <dbslabel/error.hpp>
#include <dbslabel/rules.hpp>
#include <dbslabel/version.hpp>

#include "report/writer.hpp"

namespace dbslabel::detail {

namespace {

std::string origin_of(const profile& p, const std::string& key) {
    auto it = p.origins.find(key);
    return it == p.origins.end() ? "built-in " + p.base : it->second;
}

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

void json_strings(std::string& out, const std::vector<std::string>& v) {
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ", ";
        append_json_string(out, v[i]);
    }
    out += ']';
}

void check_format(const std::string& format) {
    if (format != "text" && format != "json")
        throw usage_error("unknown --format '" + format + "' (one of: text, json)");
}

}  // namespace

int run_indication(const profile& p, const std::string& format, std::ostream& out) {
    check_format(format);
    struct policy_row {
        std::string key, value, kind;
    };
    std::string ages;
    for (const auto& a : p.subtype_ages)
        ages += (ages.empty() ? "" : ", ") + a.subtype + " " + std::to_string(a.min_age_years);
    const std::vector<policy_row> rows = {
        {"min_age_years", std::to_string(p.min_age_years), "labelling"},
        {"subtype_ages", ages.empty() ? "(none)" : ages, "labelling"},
        {"subtypes", join(p.subtypes), "labelling"},
        {"primary_required", p.primary_required ? "true" : "false", "labelling"},
        {"effectiveness_demonstrated", p.effectiveness_demonstrated ? "true" : "false",
         "labelling"},
        {"chronic_months", std::to_string(p.chronic_months), "policy"},
        {"failed_trials", std::to_string(p.failed_trials), "policy"},
        {"statement_parts", p.statement_parts.empty() ? "(none)" : join(p.statement_parts),
         "labelling"},
        {"therapy_names", join(p.therapy_names), "vocabulary"},
        {"product_names", join(p.product_names), "vocabulary"},
    };
    if (format == "text") {
        out << "profile " << p.name << " (base " << p.base << ", " << origin_of(p, "name")
            << ")\n\n"
            << p.labelling << "\n\nclauses:\n";
        for (const clause& c : p.clauses) {
            std::string id = c.id;
            id.resize(15, ' ');
            out << "  " << id << c.text << '\n';
        }
        out << "  (from " << origin_of(p, "clauses") << ")\n\nvalues:\n";
        for (const policy_row& r : rows) {
            std::string key = r.key;
            key.resize(28, ' ');
            out << "  " << key << r.value << "  [" << r.kind << "; " << origin_of(p, r.key)
                << "]\n";
        }
        out << "\nchronic_months and failed_trials are policy choices: the labelling gives no "
               "number for them.\n";
        return 0;
    }
    std::string s = "{\n  \"profile\": ";
    append_json_string(s, p.name);
    s += ",\n  \"base\": ";
    append_json_string(s, p.base);
    s += ",\n  \"version\": ";
    append_json_string(s, version_string);
    s += ",\n  \"labelling\": ";
    append_json_string(s, p.labelling);
    s += ",\n  \"clauses\": [";
    for (std::size_t i = 0; i < p.clauses.size(); ++i) {
        s += i ? ",\n    {\"id\": " : "\n    {\"id\": ";
        append_json_string(s, p.clauses[i].id);
        s += ", \"text\": ";
        append_json_string(s, p.clauses[i].text);
        s += '}';
    }
    s += "\n  ],\n  \"values\": {";
    auto value = [&](const std::string& key, const std::string& json_value, const char* kind,
                     bool first) {
        s += first ? "\n    " : ",\n    ";
        append_json_string(s, key);
        s += ": {\"value\": " + json_value + ", \"kind\": ";
        append_json_string(s, kind);
        s += ", \"origin\": ";
        append_json_string(s, origin_of(p, key));
        s += '}';
    };
    std::string sub_ages = "{";
    for (std::size_t i = 0; i < p.subtype_ages.size(); ++i) {
        if (i) sub_ages += ", ";
        append_json_string(sub_ages, p.subtype_ages[i].subtype);
        sub_ages += ": " + std::to_string(p.subtype_ages[i].min_age_years);
    }
    sub_ages += '}';
    std::string subtypes, parts, therapy, products;
    json_strings(subtypes, p.subtypes);
    json_strings(parts, p.statement_parts);
    json_strings(therapy, p.therapy_names);
    json_strings(products, p.product_names);
    value("min_age_years", std::to_string(p.min_age_years), "labelling", true);
    value("subtype_ages", sub_ages, "labelling", false);
    value("subtypes", subtypes, "labelling", false);
    value("primary_required", p.primary_required ? "true" : "false", "labelling", false);
    value("effectiveness_demonstrated", p.effectiveness_demonstrated ? "true" : "false",
          "labelling", false);
    value("chronic_months", std::to_string(p.chronic_months), "policy", false);
    value("failed_trials", std::to_string(p.failed_trials), "policy", false);
    value("statement_parts", parts, "labelling", false);
    value("therapy_names", therapy, "vocabulary", false);
    value("product_names", products, "vocabulary", false);
    s += "\n  }\n}\n";
    out << s;
    return 0;
}

int run_rules(const std::string& format, std::ostream& out) {
    check_format(format);
    const auto& rules = rule_catalogue();
    if (format == "text") {
        for (const rule_info& r : rules) {
            std::string id(r.id);
            id.resize(28, ' ');
            std::string level(to_string(r.level));
            level.resize(8, ' ');
            out << id << level << (r.clause.empty() ? "-" : r.clause) << "\n    " << r.description
                << "\n    violating: " << r.violating << "\n    compliant: " << r.compliant << '\n';
        }
        return 0;
    }
    std::string s = "{\"rules\": [";
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const rule_info& r = rules[i];
        s += i ? ",\n  {\"id\": " : "\n  {\"id\": ";
        append_json_string(s, r.id);
        s += ", \"severity\": ";
        append_json_string(s, to_string(r.level));
        s += ", \"clause\": ";
        append_json_string(s, r.clause);
        s += ", \"description\": ";
        append_json_string(s, r.description);
        s += ", \"violating\": ";
        append_json_string(s, r.violating);
        s += ", \"compliant\": ";
        append_json_string(s, r.compliant);
        s += '}';
    }
    s += "\n]}\n";
    out << s;
    return 0;
}

}  // namespace dbslabel::detail
