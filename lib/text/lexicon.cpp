// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/lexicon.hpp"

#include <toml++/toml.h>
#include <algorithm>

#include <dbslabel/error.hpp>

#include "text/vocabulary_data.hpp"

namespace dbslabel::detail {

struct lexicon::element {
    enum class kind : std::uint8_t { words, gap, set, number } what = kind::words;
    std::vector<std::string> alts;
    std::vector<bool> stem;
    int set = -1;
    int gap = 0;
    bool optional = false;
};

struct lexicon::pattern {
    std::vector<element> elems;
    std::uint32_t concept_id = 0;
    bool caps = false;
};

namespace {

struct role_name {
    const char* name;
    role what;
};

constexpr role_name role_names[] = {
    {"therapy", role::therapy},
    {"backref_np", role::backref_np},
    {"backref_pronoun", role::backref_pronoun},
    {"other_treatment", role::other_treatment},
    {"benefit", role::benefit},
    {"benefit_obj", role::benefit_obj},
    {"intensifier", role::intensifier},
    {"quantifier", role::quantifier},
    {"absolute", role::absolute},
    {"hedge", role::hedge},
    {"mechanism", role::mechanism},
    {"neg_pre", role::neg_pre},
    {"neg_post", role::neg_post},
    {"neg_pseudo", role::neg_pseudo},
    {"terminator", role::terminator},
    {"subordinator", role::subordinator},
    {"hypothetical", role::hypothetical},
    {"age_group", role::age_group},
    {"cause_strong", role::cause_strong},
    {"cause_weak", role::cause_weak},
    {"cause_link", role::cause_link},
    {"risk_context", role::risk_context},
    {"genetic", role::genetic},
    {"subtype", role::subtype},
    {"dystonia_term", role::dystonia_term},
    {"notref", role::notref},
    {"ref_inside", role::ref_inside},
    {"notchronic", role::notchronic},
    {"safety", role::safety},
    {"regulatory", role::regulatory},
    {"reg_exempt", role::reg_exempt},
    {"labelling_quote", role::labelling_quote},
    {"hde_exemption", role::hde_exemption},
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits a pattern into its elements: hyphens become spaces, so "first-line" is two words.
std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t') {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

bool all_caps(std::string_view s) {
    int letters = 0;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

}  // namespace

lexicon::~lexicon() = default;

lexicon::lexicon(const profile& p) {
    for (std::size_t i = 0; i < embedded_vocabulary_file_count; ++i)
        load_file(embedded_vocabulary_files[i].name, embedded_vocabulary_files[i].text);
    // The profile's names: therapy mentions. All-capital names (DBS) match only in capitals.
    auto add_names = [&](const std::vector<std::string>& names, const char* id) {
        for (const std::string& n : names) {
            if (n.empty()) continue;
            concept_info c;
            c.id = std::string(id) + ":" + n;
            c.what = role::therapy;
            c.caps = all_caps(n);
            concepts_.push_back(c);
            // Escape pattern syntax: a profile name is literal words.
            std::string literal;
            for (char ch : n)
                if (ch != '|' && ch != '*' && ch != '?' && ch != '~' && ch != '@' && ch != '#')
                    literal.push_back(ch);
            add_pattern(literal, static_cast<std::uint32_t>(concepts_.size() - 1), "profile");
        }
    };
    add_names(p.therapy_names, "profile.therapy");
    add_names(p.product_names, "profile.product");
}

int lexicon::set_id(std::string_view name) const {
    for (std::size_t i = 0; i < set_names_.size(); ++i)
        if (set_names_[i] == name) return static_cast<int>(i);
    return -1;
}

bool lexicon::in_set(int id, std::string_view word) const {
    if (id < 0 || static_cast<std::size_t>(id) >= sets_.size()) return false;
    return sets_[static_cast<std::size_t>(id)].find(word) !=
           sets_[static_cast<std::size_t>(id)].end();
}

double lexicon::number_word(std::string_view word) const {
    auto it = numbers_.find(word);
    return it == numbers_.end() ? -1 : it->second;
}

int lexicon::ordinal(std::string_view word) const {
    auto it = ordinals_.find(word);
    if (it != ordinals_.end()) return it->second;
    // 5th, 2nd, 1st, 3rd
    if (word.size() >= 3 && word.size() <= 4) {
        std::string_view suf = word.substr(word.size() - 2);
        if (suf == "th" || suf == "st" || suf == "nd" || suf == "rd") {
            int v = 0;
            for (char c : word.substr(0, word.size() - 2)) {
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
    return -1;
}

double lexicon::number_value(const token& t, std::string_view norm) const {
    if (t.kind == token_kind::number) return t.value;
    if (t.kind != token_kind::word) return -1;
    return number_word(token_text(t, norm));
}

void lexicon::load_file(std::string_view name, std::string_view text) {
    toml::table tbl;
    try {
        tbl = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        throw config_error(std::string(name), e.source().begin.line, e.source().begin.column,
                           std::string(e.description()));
    }
    if (const toml::table* sets = tbl["sets"].as_table()) {
        for (const auto& [key, value] : *sets) {
            int id = set_id(key.str());
            if (id < 0) {
                set_names_.emplace_back(key.str());
                sets_.emplace_back();
                id = static_cast<int>(sets_.size() - 1);
            }
            if (const toml::array* arr = value.as_array())
                for (const auto& v : *arr)
                    if (auto s = v.value<std::string>())
                        for (const std::string& w : split_words(*s))
                            sets_[static_cast<std::size_t>(id)].insert(w);
        }
    }
    if (const toml::table* nums = tbl["numbers"].as_table())
        for (const auto& [key, value] : *nums)
            if (auto v = value.value<double>()) numbers_[lower(key.str())] = *v;
    if (const toml::table* ords = tbl["ordinals"].as_table())
        for (const auto& [key, value] : *ords)
            if (auto v = value.value<int64_t>()) ordinals_[lower(key.str())] = static_cast<int>(*v);
    const toml::array* concepts = tbl["concept"].as_array();
    if (!concepts) return;
    for (const auto& node : *concepts) {
        const toml::table* c = node.as_table();
        if (!c) continue;
        concept_info info;
        info.id = c->get_as<std::string>("id") ? **c->get_as<std::string>("id") : "";
        const std::string r =
            c->get_as<std::string>("role") ? **c->get_as<std::string>("role") : "";
        bool known = false;
        for (const role_name& rn : role_names)
            if (r == rn.name) {
                info.what = rn.what;
                known = true;
            }
        if (!known)
            throw config_error(std::string(name), 0, 0,
                               "concept '" + info.id + "' has unknown role '" + r + "'");
        info.strength = static_cast<int>((*c)["strength"].value_or(int64_t{0}));
        info.caps = (*c)["caps"].value_or(false);
        info.lo = (*c)["lo"].value_or(0.0);
        info.hi = (*c)["hi"].value_or(-1.0);
        info.subtype = (*c)["subtype"].value_or(std::string());
        concepts_.push_back(info);
        const auto cid = static_cast<std::uint32_t>(concepts_.size() - 1);
        if (const toml::array* pats = (*c)["patterns"].as_array())
            for (const auto& pv : *pats)
                if (auto s = pv.value<std::string>())
                    add_pattern(*s, cid, std::string(name) + ":" + info.id);
    }
}

void lexicon::add_pattern(std::string_view text, std::uint32_t concept_id,
                          const std::string& where) {
    pattern p;
    p.concept_id = concept_id;
    p.caps = concepts_[concept_id].caps;
    for (std::string& w : split_words(text)) {
        element e;
        if (w.size() > 1 && w.back() == '?') {
            e.optional = true;
            w.pop_back();
        }
        if (w[0] == '~') {
            e.what = element::kind::gap;
            e.gap = std::max(1, std::atoi(w.c_str() + 1));
        } else if (w[0] == '@') {
            e.what = element::kind::set;
            e.set = set_id(w.substr(1));
            if (e.set < 0) throw config_error(where, 0, 0, "unknown word set '" + w + "'");
        } else if (w == "#") {
            e.what = element::kind::number;
        } else {
            std::size_t start = 0;
            while (start <= w.size()) {
                std::size_t bar = w.find('|', start);
                if (bar == std::string::npos) bar = w.size();
                std::string alt = w.substr(start, bar - start);
                if (!alt.empty()) {
                    const bool stem = alt.back() == '*';
                    if (stem) alt.pop_back();
                    if (stem && alt.size() < 3)
                        throw config_error(where, 0, 0, "stem '" + alt + "*' is too short");
                    e.alts.push_back(alt);
                    e.stem.push_back(stem);
                }
                start = bar + 1;
            }
            if (e.alts.empty()) continue;
        }
        p.elems.push_back(std::move(e));
    }
    if (p.elems.empty()) return;
    const auto pid = static_cast<std::uint32_t>(patterns_.size());
    // Index under every element that can come first (through leading optional elements).
    for (const element& e : p.elems) {
        if (e.what == element::kind::gap)
            throw config_error(where, 0, 0,
                               "a pattern cannot start with a gap: " + std::string(text));
        if (e.what == element::kind::number) {
            number_first_.push_back(pid);
            // Number words are words too.
            for (const auto& [w, v] : numbers_) exact_[w].push_back(pid);
        } else if (e.what == element::kind::set) {
            for (const std::string& w : sets_[static_cast<std::size_t>(e.set)])
                exact_[w].push_back(pid);
        } else {
            for (std::size_t k = 0; k < e.alts.size(); ++k) {
                if (e.stem[k])
                    stem_[e.alts[k].substr(0, 3)].push_back(pid);
                else
                    exact_[e.alts[k]].push_back(pid);
            }
        }
        if (!e.optional) break;
    }
    patterns_.push_back(std::move(p));
}

bool lexicon::element_matches(const element& e, const token& t, std::string_view norm,
                              bool caps) const {
    if (t.kind == token_kind::punct) return false;
    const std::string_view w = token_text(t, norm);
    switch (e.what) {
        case element::kind::number:
            return number_value(t, norm) >= 0;
        case element::kind::set:
            return in_set(e.set, w);
        case element::kind::gap:
            return true;
        case element::kind::words:
            break;
    }
    if (caps && !t.upper) return false;
    for (std::size_t k = 0; k < e.alts.size(); ++k) {
        const std::string& a = e.alts[k];
        if (e.stem[k]) {
            if (w.size() >= a.size() && w.substr(0, a.size()) == a) return true;
        } else if (a == "n't") {
            if (ends_with(w, "n't") || w == "cannot") return true;
        } else if (w == a) {
            return true;
        }
    }
    return false;
}

bool lexicon::match_from(const pattern& p, std::size_t el, const std::vector<token>& toks,
                         std::string_view norm, std::size_t i, std::size_t& best) const {
    if (el == p.elems.size()) {
        if (i > best || best == static_cast<std::size_t>(-1)) best = i;
        return true;
    }
    const element& e = p.elems[el];
    bool any = false;
    if (e.what == element::kind::gap) {
        // 0..gap words, never across punctuation.
        for (int g = 0; g <= e.gap; ++g) {
            const std::size_t j = i + static_cast<std::size_t>(g);
            if (g > 0 && (j > toks.size() || toks[j - 1].kind == token_kind::punct)) break;
            if (match_from(p, el + 1, toks, norm, j, best)) any = true;
        }
        return any;
    }
    if (i < toks.size() && element_matches(e, toks[i], norm, p.caps))
        any = match_from(p, el + 1, toks, norm, i + 1, best);
    if (e.optional && match_from(p, el + 1, toks, norm, i, best)) any = true;
    return any;
}

void lexicon::match(const std::vector<token>& toks, std::string_view norm, bool mentions_only,
                    std::vector<hit>& out) const {
    const std::size_t n = std::min<std::size_t>(toks.size(), 0xFFFE);
    auto try_list = [&](const std::vector<std::uint32_t>& list, std::size_t i) {
        for (std::uint32_t pid : list) {
            const pattern& p = patterns_[pid];
            const concept_info& c = concepts_[p.concept_id];
            if (mentions_only && !is_mention_role(c.what)) continue;
            std::size_t best = static_cast<std::size_t>(-1);
            if (!match_from(p, 0, toks, norm, i, best) || best == static_cast<std::size_t>(-1) ||
                best <= i)
                continue;
            // One hit per concept and start: keep the longest.
            bool merged = false;
            for (auto it = out.rbegin(); it != out.rend() && it->b == i; ++it)
                if (it->concept_id == p.concept_id) {
                    it->e = std::max<std::uint16_t>(it->e, static_cast<std::uint16_t>(best));
                    merged = true;
                    break;
                }
            if (!merged) {
                hit h;
                h.concept_id = p.concept_id;
                h.what = c.what;
                h.b = static_cast<std::uint16_t>(i);
                h.e = static_cast<std::uint16_t>(best);
                out.push_back(h);
            }
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        const token& t = toks[i];
        if (t.kind == token_kind::punct) continue;
        const std::string_view w = token_text(t, norm);
        if (auto it = exact_.find(w); it != exact_.end()) try_list(it->second, i);
        if (w.size() >= 3)
            if (auto it = stem_.find(w.substr(0, 3)); it != stem_.end()) try_list(it->second, i);
        if (t.kind == token_kind::number) try_list(number_first_, i);
        // "n't" forms: any word ending in n't is also tried as "n't".
        if (ends_with(w, "n't") && w != "n't")
            if (auto it = exact_.find(std::string_view("n't")); it != exact_.end())
                try_list(it->second, i);
    }
}

}  // namespace dbslabel::detail
