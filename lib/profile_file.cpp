// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <dbslabel/profile_file.hpp>

#include <toml++/toml.h>
#include <algorithm>
#include <fstream>
#include <sstream>

namespace dbslabel {

namespace {

struct where {
    std::size_t line = 0;
    std::size_t column = 0;
};

where where_of(const toml::node& n) {
    const auto& s = n.source();
    return {static_cast<std::size_t>(s.begin.line), static_cast<std::size_t>(s.begin.column)};
}

class loader {
  public:
    loader(const std::string& path) : path_(path) {}

    [[noreturn]] void fail(const toml::node& n, const std::string& message) const {
        where w = where_of(n);
        throw config_error(path_, w.line, w.column, message);
    }

    std::string origin(const toml::node& n) const {
        where w = where_of(n);
        return path_ + ':' + std::to_string(w.line) + ':' + std::to_string(w.column);
    }

    std::string get_string(const toml::node& n, std::string_view key) const {
        if (!n.is_string()) fail(n, "'" + std::string(key) + "' must be a string");
        return std::string(*n.value<std::string_view>());
    }

    bool get_bool(const toml::node& n, std::string_view key) const {
        if (!n.is_boolean()) fail(n, "'" + std::string(key) + "' must be true or false");
        return *n.value<bool>();
    }

    int get_int(const toml::node& n, std::string_view key, int lo, int hi) const {
        if (!n.is_integer()) fail(n, "'" + std::string(key) + "' must be a whole number");
        const std::int64_t v = *n.value<std::int64_t>();
        if (v < lo || v > hi)
            fail(n, "'" + std::string(key) + "' is " + std::to_string(v) + ", outside " +
                        std::to_string(lo) + ".." + std::to_string(hi));
        return static_cast<int>(v);
    }

    std::vector<std::string> get_strings(const toml::node& n, std::string_view key) const {
        const toml::array* a = n.as_array();
        if (!a) fail(n, "'" + std::string(key) + "' must be an array of strings");
        std::vector<std::string> out;
        for (const toml::node& item : *a) {
            std::string s = get_string(item, key);
            if (s.empty()) fail(item, "'" + std::string(key) + "' holds an empty string");
            out.push_back(std::move(s));
        }
        return out;
    }

    void check_subtype(const toml::node& n, const std::string& s) const {
        const auto& known = known_subtypes();
        if (std::find(known.begin(), known.end(), s) == known.end()) {
            std::string list;
            for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
            fail(n, "unknown subtype '" + s + "' (known: " + list + ")");
        }
    }

    profile load(const toml::table& t) const {
        const toml::node* base_node = t.get("base");
        if (!base_node)
            throw config_error(
                path_, 1, 1, "a profile must name its built-in base, e.g. base = \"dystonia-hde\"");
        const std::string base = get_string(*base_node, "base");
        profile p;
        try {
            p = builtin_profile(base);
        } catch (const config_error& e) {
            fail(*base_node, e.message());
        }
        p.origins["base"] = origin(*base_node);
        p.name = base;  // overridden by `name`
        for (auto&& [k, v] : t) {
            const std::string key(k.str());
            if (!known_key(key)) {
                const auto& src = k.source();
                throw config_error(path_, static_cast<std::size_t>(src.begin.line),
                                   static_cast<std::size_t>(src.begin.column),
                                   "unknown key '" + key + "'");
            }
            apply(p, key, v);
        }
        if (p.subtypes.empty()) fail(t, "a profile must list at least one subtype");
        if (p.therapy_names.empty() && p.product_names.empty())
            fail(t, "a profile must name the therapy (therapy_names or product_names)");
        return p;
    }

  private:
    static bool known_key(const std::string& key) {
        static const char* const keys[] = {"base",
                                           "name",
                                           "labelling",
                                           "min_age_years",
                                           "subtype_ages",
                                           "subtypes",
                                           "primary_required",
                                           "effectiveness_demonstrated",
                                           "chronic_months",
                                           "failed_trials",
                                           "statement_parts",
                                           "therapy_names",
                                           "product_names",
                                           "extra_therapy_names",
                                           "extra_product_names",
                                           "clauses"};
        for (const char* k : keys)
            if (key == k) return true;
        return false;
    }

    void apply(profile& p, const std::string& key, const toml::node& v) const {
        if (key == "base") return;
        if (key == "name") {
            p.name = get_string(v, key);
            if (p.name.empty()) fail(v, "'name' must not be empty");
        } else if (key == "labelling") {
            p.labelling = get_string(v, key);
        } else if (key == "min_age_years") {
            p.min_age_years = get_int(v, key, 0, 120);
        } else if (key == "subtype_ages") {
            const toml::table* tab = v.as_table();
            if (!tab) fail(v, "'subtype_ages' must be a table of subtype = age");
            p.subtype_ages.clear();
            for (auto&& [sk, sv] : *tab) {
                const std::string sub(sk.str());
                if (std::find(known_subtypes().begin(), known_subtypes().end(), sub) ==
                    known_subtypes().end()) {
                    const auto& src = sk.source();
                    throw config_error(path_, static_cast<std::size_t>(src.begin.line),
                                       static_cast<std::size_t>(src.begin.column),
                                       "unknown subtype '" + sub + "'");
                }
                p.subtype_ages.push_back({sub, get_int(sv, "subtype_ages." + sub, 0, 120)});
            }
        } else if (key == "subtypes") {
            p.subtypes = get_strings(v, key);
            const toml::array& a = *v.as_array();
            for (std::size_t i = 0; i < a.size(); ++i) check_subtype(*a.get(i), p.subtypes[i]);
        } else if (key == "primary_required") {
            p.primary_required = get_bool(v, key);
        } else if (key == "effectiveness_demonstrated") {
            p.effectiveness_demonstrated = get_bool(v, key);
        } else if (key == "chronic_months") {
            p.chronic_months = get_int(v, key, 0, 1200);
        } else if (key == "failed_trials") {
            p.failed_trials = get_int(v, key, 0, 100);
        } else if (key == "statement_parts") {
            p.statement_parts = get_strings(v, key);
        } else if (key == "therapy_names") {
            p.therapy_names = get_strings(v, key);
        } else if (key == "product_names") {
            p.product_names = get_strings(v, key);
        } else if (key == "extra_therapy_names") {
            for (auto& s : get_strings(v, key)) p.therapy_names.push_back(std::move(s));
        } else if (key == "extra_product_names") {
            for (auto& s : get_strings(v, key)) p.product_names.push_back(std::move(s));
        } else if (key == "clauses") {
            const toml::table* tab = v.as_table();
            if (!tab) fail(v, "'clauses' must be a table of clause id = text");
            for (auto&& [ck, cv] : *tab) {
                const std::string id(ck.str());
                auto it = std::find_if(p.clauses.begin(), p.clauses.end(),
                                       [&](const clause& c) { return c.id == id; });
                if (it == p.clauses.end()) {
                    const auto& src = ck.source();
                    throw config_error(path_, static_cast<std::size_t>(src.begin.line),
                                       static_cast<std::size_t>(src.begin.column),
                                       "unknown clause '" + id + "'");
                }
                it->text = get_string(cv, "clauses." + id);
            }
        } else {
            fail(v, "unknown key '" + key + "'");
        }
        const std::string target = key.rfind("extra_", 0) == 0 ? key.substr(6) : key;
        p.origins[target] = origin(v);
    }

    std::string path_;
};

}  // namespace

profile parse_profile(std::string_view text, const std::string& path) {
    toml::table t;
    try {
        t = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        const auto& s = e.source();
        throw config_error(path, static_cast<std::size_t>(s.begin.line),
                           static_cast<std::size_t>(s.begin.column), std::string(e.description()));
    }
    return loader(path).load(t);
}

profile load_profile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw config_error(path, 0, 0, "cannot read the profile file");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw config_error(path, 0, 0, "cannot read the profile file");
    return parse_profile(buf.str(), path);
}

profile resolve_profile(const std::string& name_or_path) {
    const auto& names = builtin_profile_names();
    if (std::find(names.begin(), names.end(), name_or_path) != names.end())
        return builtin_profile(name_or_path);
    return load_profile(name_or_path);
}

}  // namespace dbslabel
