// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/lexicon.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <array>
#include <cstring>
#include <map>

#include <dbslabel/error.hpp>

#include "text/vocabulary_data.hpp"

namespace dbslabel::detail {

struct lexicon::element {
    enum class kind : std::uint8_t { words, gap, set, number } what = kind::words;
    std::vector<std::uint32_t> words;  // literal alternatives, as word ids
    std::vector<std::string> stems;    // stem alternatives (prefixes)
    bool nt = false;                   // "n't": any word ending in n't, and "cannot"
    int set = -1;
    int gap = 0;
    bool optional = false;
};

// The candidate lists while the lexicon is compiled, in the order patterns were added.
struct lexicon::building {
    std::vector<std::vector<std::uint32_t>> exact;  // by word id
    std::map<std::string, std::vector<std::uint32_t>> stem;
    std::vector<std::uint32_t> number_first;
    std::vector<std::vector<std::uint32_t>> set_members;  // by set id: word ids, each once
    std::vector<std::uint32_t> number_words;              // word ids, each once
};

struct lexicon::pattern {
    std::vector<element> elems;
    std::uint32_t concept_id = 0;
    bool caps = false;
    // The first two elements each take exactly one token: a match at token i needs the
    // second element at i + 1, a cheap test before the full match.
    bool second_next = false;
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

std::uint32_t stem_key(std::string_view w) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[2])) << 16;
}

std::uint32_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// a[0, n) == b[0, n) for the short words of copy, without a library call.
bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8) return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
    if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
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

lexicon::lexicon(const profile& p) : build_(std::make_unique<building>()) {
    for (std::size_t i = 0; i < embedded_vocabulary_file_count; ++i)
        load_file(embedded_vocabulary_files[i].name, embedded_vocabulary_files[i].text);
    // The profile's names: therapy mentions. All-capital names (DBS) match in capitals, all lower
    // case ("dbs" in a post) or capitalised, never in mixed case ("dBs", decibels).
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
    finish();
}

std::uint64_t lexicon::hash_word(std::string_view w) noexcept {
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t k2 = 0xBF58476D1CE4E5B9ull;
    const char* p = w.data();
    std::size_t n = w.size();
    std::uint64_t h = (n + 1) * k1;
    while (n > 8) {
        h = (h ^ load64(p)) * k2;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    // The last 1-8 bytes: two overlapping loads cover them all.
    std::uint64_t v = 0;
    if (n >= 4)
        v = load32(p) | static_cast<std::uint64_t>(load32(p + n - 4)) << 32;
    else if (n > 0)
        v = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    h = (h ^ v) * k1;
    h ^= h >> 29;
    h *= k2;
    return h ^ (h >> 32);
}

std::uint32_t lexicon::find_word(std::string_view w) const noexcept {
    if (slots_.empty()) return token::no_word;
    const std::uint64_t h = hash_word(w);
    for (std::uint64_t i = h & slot_mask_;; i = (i + 1) & slot_mask_) {
        const slot& s = slots_[i];
        if (s.id == token::no_word) return token::no_word;
        if (s.hash == h && words_[s.id].len == w.size() &&
            same_bytes(text_.data() + words_[s.id].text, w.data(), w.size()))
            return s.id;
    }
}

std::uint32_t lexicon::word_of(const token& t, std::string_view norm) const noexcept {
    return t.word != token::not_looked_up ? t.word : find_word(token_text(t, norm));
}

std::uint32_t lexicon::intern(std::string_view w) {
    if (const std::uint32_t id = find_word(w); id != token::no_word) return id;
    if ((words_.size() + 1) * 2 > slots_.size()) {
        const std::size_t size = std::max<std::size_t>(1024, slots_.size() * 2);
        slots_.assign(size, slot{});
        slot_mask_ = size - 1;
        for (std::uint32_t id = 0; id < words_.size(); ++id) {
            const std::uint64_t h = hash_word(word_text(id));
            std::uint64_t i = h & slot_mask_;
            while (slots_[i].id != token::no_word) i = (i + 1) & slot_mask_;
            slots_[i] = {h, id};
        }
    }
    const auto id = static_cast<std::uint32_t>(words_.size());
    word_info info;
    info.text = static_cast<std::uint32_t>(text_.size());
    info.len = static_cast<std::uint32_t>(w.size());
    text_.append(w);
    words_.push_back(info);
    build_->exact.emplace_back();
    const std::uint64_t h = hash_word(w);
    std::uint64_t i = h & slot_mask_;
    while (slots_[i].id != token::no_word) i = (i + 1) & slot_mask_;
    slots_[i] = {h, id};
    return id;
}

lexicon::pattern_lists lexicon::flatten(const std::vector<std::uint32_t>& pids) {
    pattern_lists l;
    auto entry = [&](std::uint32_t pid) {
        candidate c;
        c.pid = pid;
        const pattern& p = patterns_[pid];
        if (p.second_next) {
            const element& e = p.elems[1];
            if (e.what == element::kind::words && e.words.size() == 1 && e.stems.empty() && !e.nt)
                c.next_word = e.words[0];
        }
        // The most selective element after the first that is only literal words.
        const element* best = nullptr;
        for (std::size_t k = 1; k < p.elems.size(); ++k) {
            const element& e = p.elems[k];
            if (e.optional || e.what != element::kind::words || !e.stems.empty() || e.nt ||
                e.words.empty())
                continue;
            if (!best || e.words.size() < best->words.size()) best = &e;
        }
        if (best) {
            c.required_b = static_cast<std::uint32_t>(required_.size());
            required_.insert(required_.end(), best->words.begin(), best->words.end());
            c.required_e = static_cast<std::uint32_t>(required_.size());
            for (std::uint32_t w : best->words) c.required_mask |= word_bit(w);
        }
        return c;
    };
    l.all_b = static_cast<std::uint32_t>(index_.size());
    for (std::uint32_t pid : pids) index_.push_back(entry(pid));
    l.all_e = static_cast<std::uint32_t>(index_.size());
    l.mention_b = l.all_e;
    for (std::uint32_t pid : pids)
        if (is_mention_role(concepts_[patterns_[pid].concept_id].what))
            index_.push_back(entry(pid));
    l.mention_e = static_cast<std::uint32_t>(index_.size());
    return l;
}

void lexicon::finish() {
    building& b = *build_;
    for (std::uint32_t id = 0; id < words_.size(); ++id) words_[id].starts = flatten(b.exact[id]);
    number_first_ = flatten(b.number_first);
    if (const std::uint32_t nt = find_word("n't"); nt != token::no_word)
        nt_starts_ = words_[nt].starts;
    // Stems by first byte (std::map keeps keys in byte order within a first byte too).
    std::vector<std::pair<std::uint32_t, const std::vector<std::uint32_t>*>> keys;
    for (const auto& [k, pids] : b.stem) keys.emplace_back(stem_key(k), &pids);
    std::stable_sort(keys.begin(), keys.end(), [](const auto& x, const auto& y) {
        return (x.first & 0xFF) < (y.first & 0xFF);
    });
    stem_bucket_.assign(257, 0);
    for (const auto& [key, pids] : keys) {
        stems_.push_back({key, flatten(*pids)});
        ++stem_bucket_[(key & 0xFF) + 1];
    }
    for (std::size_t i = 1; i < stem_bucket_.size(); ++i) stem_bucket_[i] += stem_bucket_[i - 1];
    set_stride_ = std::max<std::size_t>(1, (set_names_.size() + 63) / 64);
    set_bits_.assign(words_.size() * set_stride_, 0);
    for (std::size_t set = 0; set < b.set_members.size(); ++set)
        for (std::uint32_t id : b.set_members[set])
            set_bits_[id * set_stride_ + set / 64] |= std::uint64_t{1} << (set % 64);
    build_.reset();
}

const lexicon::stem_entry* lexicon::find_stem(std::string_view w) const noexcept {
    const std::uint32_t key = stem_key(w);
    const std::size_t first = key & 0xFF;
    for (std::size_t k = stem_bucket_[first]; k < stem_bucket_[first + 1]; ++k)
        if (stems_[k].key == key) return &stems_[k];
    return nullptr;
}

void lexicon::annotate(std::vector<token>& toks, std::string_view norm) const noexcept {
    for (token& t : toks)
        t.word = t.kind == token_kind::punct ? token::no_word : find_word(token_text(t, norm));
}

int lexicon::set_id(std::string_view name) const {
    for (std::size_t i = 0; i < set_names_.size(); ++i)
        if (set_names_[i] == name) return static_cast<int>(i);
    return -1;
}

bool lexicon::in_set(int id, std::string_view word) const {
    if (id < 0 || static_cast<std::size_t>(id) >= set_names_.size()) return false;
    const std::uint32_t w = find_word(word);
    if (w == token::no_word) return false;
    const auto set = static_cast<std::size_t>(id);
    return (set_bits_[w * set_stride_ + set / 64] >> (set % 64)) & 1;
}

bool lexicon::in_set(int id, const token& t, std::string_view norm) const noexcept {
    if (id < 0 || static_cast<std::size_t>(id) >= set_names_.size()) return false;
    const std::uint32_t w = word_of(t, norm);
    if (w == token::no_word) return false;
    const auto set = static_cast<std::size_t>(id);
    return (set_bits_[w * set_stride_ + set / 64] >> (set % 64)) & 1;
}

double lexicon::number_word(std::string_view word) const {
    const std::uint32_t w = find_word(word);
    return w == token::no_word ? -1 : words_[w].number;
}

int lexicon::ordinal(std::string_view word) const {
    const std::uint32_t w = find_word(word);
    if (w != token::no_word && words_[w].ordinal != -1) return words_[w].ordinal;
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
    const std::uint32_t w = word_of(t, norm);
    return w == token::no_word ? -1 : words_[w].number;
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
                build_->set_members.emplace_back();
                id = static_cast<int>(set_names_.size() - 1);
            }
            std::vector<std::uint32_t>& members = build_->set_members[static_cast<std::size_t>(id)];
            if (const toml::array* arr = value.as_array())
                for (const auto& v : *arr)
                    if (auto s = v.value<std::string>())
                        for (const std::string& w : split_words(*s)) {
                            const std::uint32_t wid = intern(w);
                            if (std::find(members.begin(), members.end(), wid) == members.end())
                                members.push_back(wid);
                        }
        }
    }
    if (const toml::table* nums = tbl["numbers"].as_table())
        for (const auto& [key, value] : *nums)
            if (auto v = value.value<double>()) {
                const std::uint32_t wid = intern(lower(key.str()));
                std::vector<std::uint32_t>& words = build_->number_words;
                if (std::find(words.begin(), words.end(), wid) == words.end()) words.push_back(wid);
                words_[wid].number = *v;
            }
    if (const toml::table* ords = tbl["ordinals"].as_table())
        for (const auto& [key, value] : *ords)
            if (auto v = value.value<int64_t>())
                words_[intern(lower(key.str()))].ordinal = static_cast<int>(*v);
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
    // Each element's alternatives as written, for the index below.
    std::vector<std::vector<std::string>> alts_of;
    std::vector<std::vector<bool>> stems_of;
    for (std::string& w : split_words(text)) {
        element e;
        std::vector<std::string> alts;
        std::vector<bool> stems;
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
                // A word set stands alone ("@sx"), never among alternatives.
                if (!alt.empty() && alt[0] == '@')
                    throw config_error(
                        where, 0, 0,
                        "word set '" + alt + "' cannot be one of the alternatives in '" + w + "'");
                if (!alt.empty()) {
                    const bool stem = alt.back() == '*';
                    if (stem) alt.pop_back();
                    if (stem && alt.size() < 3)
                        throw config_error(where, 0, 0, "stem '" + alt + "*' is too short");
                    alts.push_back(alt);
                    stems.push_back(stem);
                    if (stem)
                        e.stems.push_back(alt);
                    else if (alt == "n't")
                        e.nt = true;
                    else
                        e.words.push_back(intern(alt));
                }
                start = bar + 1;
            }
            if (alts.empty()) continue;
        }
        p.elems.push_back(std::move(e));
        alts_of.push_back(std::move(alts));
        stems_of.push_back(std::move(stems));
    }
    if (p.elems.empty()) return;
    auto one_token = [](const element& e) { return !e.optional && e.what != element::kind::gap; };
    p.second_next = p.elems.size() >= 2 && one_token(p.elems[0]) && one_token(p.elems[1]);
    const auto pid = static_cast<std::uint32_t>(patterns_.size());
    // Index under every element that can come first (through leading optional elements).
    building& b = *build_;
    for (std::size_t k = 0; k < p.elems.size(); ++k) {
        const element& e = p.elems[k];
        if (e.what == element::kind::gap)
            throw config_error(where, 0, 0,
                               "a pattern cannot start with a gap: " + std::string(text));
        if (e.what == element::kind::number) {
            b.number_first.push_back(pid);
            // Number words are words too.
            for (std::uint32_t w : b.number_words) b.exact[w].push_back(pid);
        } else if (e.what == element::kind::set) {
            for (std::uint32_t w : b.set_members[static_cast<std::size_t>(e.set)])
                b.exact[w].push_back(pid);
        } else {
            const std::vector<std::string>& alts = alts_of[k];
            for (std::size_t a = 0; a < alts.size(); ++a) {
                if (stems_of[k][a])
                    b.stem[alts[a].substr(0, 3)].push_back(pid);
                else
                    b.exact[intern(alts[a])].push_back(pid);
            }
        }
        if (!e.optional) break;
    }
    patterns_.push_back(std::move(p));
}

[[gnu::always_inline]] inline bool lexicon::element_matches(const element& e, const token& t,
                                                            std::string_view norm,
                                                            bool caps) const {
    if (t.kind == token_kind::punct) return false;
    switch (e.what) {
        case element::kind::number:
            return number_value(t, norm) >= 0;
        case element::kind::set:
            return in_set(e.set, t, norm);
        case element::kind::gap:
            return true;
        case element::kind::words:
            break;
    }
    if (caps && t.mixed) return false;
    if (!e.words.empty()) {
        const std::uint32_t id = word_of(t, norm);
        if (id != token::no_word)
            for (std::uint32_t a : e.words)
                if (a == id) return true;
    }
    if (e.nt || !e.stems.empty()) {
        const std::string_view w = token_text(t, norm);
        if (e.nt && (ends_with(w, "n't") || w == "cannot")) return true;
        for (const std::string& a : e.stems)
            if (w.size() >= a.size() && std::memcmp(w.data(), a.data(), a.size()) == 0) return true;
    }
    return false;
}

bool lexicon::negator(const token& t, std::string_view norm) {
    const std::string_view w = token_text(t, norm);
    return w == "not" || w == "never" || w == "no" || w == "cannot" || ends_with(w, "n't");
}

bool lexicon::match_from(const pattern& p, std::size_t el, const std::vector<token>& toks,
                         std::string_view norm, std::size_t i, std::size_t& best) const {
    // Elements that take exactly one token, in a row: no branching.
    for (;; ++el, ++i) {
        if (el == p.elems.size()) {
            if (i > best || best == static_cast<std::size_t>(-1)) best = i;
            return true;
        }
        const element& e = p.elems[el];
        if (e.optional || e.what == element::kind::gap) break;
        if (i >= toks.size() || !element_matches(e, toks[i], norm, p.caps)) return false;
    }
    const element& e = p.elems[el];
    bool any = false;
    if (e.what == element::kind::gap) {
        // 0..gap words, never across punctuation or a negation ("dystonia has not settled" is
        // not "dystonia ... settled").
        for (int g = 0; g <= e.gap; ++g) {
            const std::size_t j = i + static_cast<std::size_t>(g);
            // ("freed 94% of our patients from": a percent sign is part of its number.)
            if (g > 0 && (j > toks.size() ||
                          (toks[j - 1].kind == token_kind::punct && toks[j - 1].punct != '%') ||
                          negator(toks[j - 1], norm)))
                break;
            if (match_from(p, el + 1, toks, norm, j, best)) any = true;
        }
        return any;
    }
    if (i < toks.size() && element_matches(e, toks[i], norm, p.caps))
        any = match_from(p, el + 1, toks, norm, i + 1, best);
    if (e.optional && match_from(p, el + 1, toks, norm, i, best)) any = true;
    return any;
}

void lexicon::try_list(std::uint32_t b, std::uint32_t e, const std::vector<token>& toks,
                       std::string_view norm, std::size_t i, const std::uint64_t* present,
                       std::uint64_t present_mask, std::vector<hit>& out) const {
    for (std::uint32_t k = b; k < e; ++k) {
        const candidate& c = index_[k];
        if (present && c.required_b != c.required_e) {
            if ((c.required_mask & present_mask) == 0) continue;
            bool any = false;
            for (std::uint32_t r = c.required_b; r < c.required_e && !any; ++r)
                any = (present[required_[r] / 64] >> (required_[r] % 64)) & 1;
            if (!any) continue;
        }
        if (c.next_word != token::no_word &&
            (i + 1 >= toks.size() || toks[i + 1].kind == token_kind::punct ||
             word_of(toks[i + 1], norm) != c.next_word))
            continue;
        const pattern& p = patterns_[c.pid];
        if (c.next_word == token::no_word && p.second_next &&
            (i + 1 >= toks.size() || !element_matches(p.elems[1], toks[i + 1], norm, p.caps)))
            continue;
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
            h.what = concepts_[p.concept_id].what;
            h.b = static_cast<std::uint16_t>(i);
            h.e = static_cast<std::uint16_t>(best);
            out.push_back(h);
        }
    }
}

void lexicon::match(const std::vector<token>& toks, std::string_view norm, bool mentions_only,
                    std::vector<hit>& out) const {
    const std::size_t n = std::min<std::size_t>(toks.size(), 0xFFFE);
    // The words of the sentence as a bit set on the stack, so that a candidate whose words
    // are not all there is passed over without matching.
    constexpr std::size_t max_words = 16384;
    std::array<std::uint64_t, max_words / 64> bits;
    const std::uint64_t* present = nullptr;
    std::uint64_t mask = 0;
    if (words_.size() <= max_words) {
        std::fill_n(bits.begin(), (words_.size() + 63) / 64, 0);
        for (const token& t : toks) {
            if (t.kind == token_kind::punct) continue;
            const std::uint32_t id = word_of(t, norm);
            if (id == token::no_word) continue;
            bits[id / 64] |= word_bit(id);
            mask |= word_bit(id);
        }
        present = bits.data();
    }
    auto try_lists = [&](const pattern_lists& l, std::size_t i) {
        if (mentions_only)
            try_list(l.mention_b, l.mention_e, toks, norm, i, present, mask, out);
        else
            try_list(l.all_b, l.all_e, toks, norm, i, present, mask, out);
    };
    for (std::size_t i = 0; i < n; ++i) {
        const token& t = toks[i];
        if (t.kind == token_kind::punct) continue;
        const std::string_view w = token_text(t, norm);
        if (const std::uint32_t id = word_of(t, norm); id != token::no_word)
            try_lists(words_[id].starts, i);
        if (w.size() >= 3)
            if (const stem_entry* st = find_stem(w)) try_lists(st->starts, i);
        if (t.kind == token_kind::number) try_lists(number_first_, i);
        // "n't" forms: any word ending in n't is also tried as "n't".
        if (ends_with(w, "n't") && w != "n't") try_lists(nt_starts_, i);
    }
}

}  // namespace dbslabel::detail
