// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/lexicon_terms.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <sstream>

#include <dbslabel/error.hpp>

#include "text/vocabulary_data.hpp"

namespace dbslabel::detail {

namespace {

constexpr std::size_t max_terms_per_pattern = 64;

// Splits on spaces.
std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

// The alternatives of one element, or empty when the element is not literal.
std::vector<std::string> alternatives(std::string e) {
    if (!e.empty() && e.back() == '?') e.pop_back();  // optional: still a term when present
    if (e.empty() || e[0] == '~' || e[0] == '@' || e[0] == '#') return {};
    std::vector<std::string> alts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t bar = e.find('|', start);
        std::string a = e.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (!a.empty() && a.back() == '*') a.pop_back();
        if (!a.empty()) alts.push_back(a);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return alts;
}

void expand_pattern(std::string_view pattern, std::vector<std::string>& out) {
    std::vector<std::string> run = {""};
    auto flush = [&] {
        for (auto& t : run)
            if (!t.empty()) out.push_back(std::move(t));
        run = {""};
    };
    for (const std::string& element : words_of(pattern)) {
        const std::vector<std::string> alts = alternatives(element);
        if (alts.empty()) {
            // A gap, set or number ends the literal run the pattern starts with: that run is
            // what a search must find first (and what the engine's index keys on).
            if (!run.front().empty()) break;
            continue;
        }
        std::vector<std::string> next;
        for (const std::string& prefix : run)
            for (const std::string& a : alts) {
                if (next.size() >= max_terms_per_pattern) break;
                next.push_back(prefix.empty() ? a : prefix + ' ' + a);
            }
        run.swap(next);
    }
    flush();
}

}  // namespace

std::vector<std::string> lexicon_terms(const profile& p) {
    std::vector<std::string> terms;
    for (std::size_t f = 0; f < embedded_vocabulary_file_count; ++f) {
        const embedded_vocabulary_file& file = embedded_vocabulary_files[f];
        toml::table t;
        try {
            t = toml::parse(std::string_view(file.text), std::string_view(file.name));
        } catch (const toml::parse_error& e) {
            throw config_error(file.name, static_cast<std::size_t>(e.source().begin.line),
                               static_cast<std::size_t>(e.source().begin.column),
                               std::string(e.description()));
        }
        const toml::array* concepts = t["concept"].as_array();
        if (!concepts) continue;
        for (const toml::node& c : *concepts) {
            const toml::table* ct = c.as_table();
            if (!ct) continue;
            const toml::array* patterns = (*ct)["patterns"].as_array();
            if (!patterns) continue;
            for (const toml::node& pat : *patterns)
                if (auto s = pat.value<std::string_view>()) expand_pattern(*s, terms);
        }
    }
    for (const std::string& n : p.therapy_names) terms.push_back(n);
    for (const std::string& n : p.product_names) terms.push_back(n);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

}  // namespace dbslabel::detail
