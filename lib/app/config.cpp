// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <dbslabel/error.hpp>
#include <dbslabel/profile.hpp>
#include <dbslabel/rules.hpp>

namespace dbslabel::detail {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const toml::source_region& where,
                       const std::string& message) {
    throw config_error(path, where.begin.line, where.begin.column, message);
}

std::string string_value(const std::string& path, const toml::node& n, const std::string& key) {
    if (const auto* s = n.as_string()) return s->get();
    fail(path, n.source(), "'" + key + "' must be a string");
}

std::vector<std::string> string_list(const std::string& path, const toml::node& n,
                                     const std::string& key) {
    std::vector<std::string> out;
    const auto* arr = n.as_array();
    if (!arr) fail(path, n.source(), "'" + key + "' must be an array of strings");
    for (const toml::node& item : *arr) out.push_back(string_value(path, item, key));
    return out;
}

bool is_builtin_profile(const std::string& name) {
    const auto& names = builtin_profile_names();
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string relative_to(const std::string& dir, const std::string& p) {
    if (p.empty() || fs::path(p).is_absolute() || dir.empty()) return p;
    return (fs::path(dir) / p).lexically_normal().string();
}

}  // namespace

repo_config parse_config(std::string_view text, const std::string& path) {
    repo_config c;
    c.path = path;
    c.directory = fs::path(path).parent_path().string();
    toml::table t;
    try {
        t = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        fail(path, e.source(), std::string(e.description()));
    }
    for (const auto& [k, v] : t) {
        const std::string key(k.str());
        if (key == "profile") {
            std::string p = string_value(path, v, key);
            if (p.empty()) fail(path, v.source(), "'profile' is empty");
            c.profile = is_builtin_profile(p) ? p : relative_to(c.directory, p);
        } else if (key == "fail_level") {
            c.fail_level = string_value(path, v, key);
            if (c.fail_level != "error" && c.fail_level != "warning" && c.fail_level != "none")
                fail(path, v.source(),
                     "'fail_level' is '" + c.fail_level + "' (one of: error, warning, none)");
        } else if (key == "ignore") {
            c.ignore = string_list(path, v, key);
        } else if (key == "product_names") {
            c.product_names = string_list(path, v, key);
        } else if (key == "rules") {
            const auto* rules = v.as_table();
            if (!rules) fail(path, v.source(), "'rules' must be a table");
            for (const auto& [rk, rv] : *rules) {
                const std::string rule(rk.str());
                if (!find_rule(rule)) fail(path, rk.source(), "unknown rule '" + rule + "'");
                std::string level = string_value(path, rv, "rules." + rule);
                severity s{};
                if (level == "note" || !parse_severity(level, s) || level == "none")
                    fail(path, rv.source(),
                         "rule '" + rule + "' is set to '" + level +
                             "' (one of: error, warning, off)");
                c.rule_levels[rule] = s;
            }
        } else {
            fail(path, k.source(),
                 "unknown key '" + key +
                     "' (known: profile, fail_level, ignore, product_names, [rules])");
        }
    }
    return c;
}

repo_config load_config(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw config_error(path, 0, 0, "cannot read the configuration file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_config(ss.str(), path);
}

std::string find_config(const std::string& input) {
    std::error_code ec;
    fs::path dir = input == "-" ? fs::current_path(ec) : fs::path(input).parent_path();
    if (dir.empty()) dir = fs::current_path(ec);
    dir = fs::absolute(dir, ec);
    if (ec) return {};
    for (;;) {
        fs::path candidate = dir / config_file_name;
        if (fs::is_regular_file(candidate, ec)) {
            // Report it the way the user named the input: relative when the input was.
            if (fs::path(input).is_relative()) {
                fs::path rel = candidate.lexically_proximate(fs::current_path(ec));
                if (!ec && !rel.empty()) return rel.string();
            }
            return candidate.string();
        }
        if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
        dir = dir.parent_path();
    }
}

bool glob_match(std::string_view g, std::string_view p) {
    // Iterative matcher with backtracking for '*' (one segment) and '**' (any segments).
    if (g.empty()) return p.empty();
    if (g.substr(0, 2) == "**") {
        std::string_view rest = g.substr(2);
        if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
        for (std::size_t i = 0; i <= p.size(); ++i) {
            if (i == 0 || p[i - 1] == '/')
                if (glob_match(rest, p.substr(i))) return true;
            if (rest.empty()) return true;
        }
        return false;
    }
    if (g.front() == '*') {
        for (std::size_t i = 0; i <= p.size(); ++i) {
            if (glob_match(g.substr(1), p.substr(i))) return true;
            if (i < p.size() && p[i] == '/') break;
        }
        return false;
    }
    if (p.empty()) return false;
    if (g.front() == '?' ? p.front() != '/' : g.front() == p.front())
        return glob_match(g.substr(1), p.substr(1));
    return false;
}

bool config_ignores(const repo_config& config, const std::string& input) {
    if (config.ignore.empty() || input == "-") return false;
    std::error_code ec;
    fs::path abs = fs::absolute(input, ec).lexically_normal();
    fs::path base =
        fs::absolute(config.directory.empty() ? "." : config.directory, ec).lexically_normal();
    std::string rel = abs.lexically_relative(base).generic_string();
    if (rel.empty() || rel.substr(0, 2) == "..") rel = fs::path(input).generic_string();
    const std::string name = fs::path(input).filename().string();
    for (std::string g : config.ignore) {
        if (!g.empty() && g.back() == '/') g += "**";
        if (g.substr(0, 2) == "./") g.erase(0, 2);
        bool anchored = g.find('/') != std::string::npos;
        if (glob_match(g, rel) || (!anchored && glob_match(g, name))) return true;
    }
    return false;
}

void apply_rule_levels(const repo_config& config, std::vector<finding>& findings) {
    if (config.rule_levels.empty()) return;
    std::erase_if(findings, [&](finding& f) {
        auto it = config.rule_levels.find(f.rule);
        if (it == config.rule_levels.end()) return false;
        if (it->second == severity::none) return true;
        f.level = it->second;
        return false;
    });
}

config_resolver::config_resolver(std::string explicit_path, bool disabled)
    : explicit_path_(std::move(explicit_path)), disabled_(disabled) {}

const repo_config* config_resolver::for_input(const std::string& input) {
    if (disabled_) return nullptr;
    const std::string file = explicit_path_.empty() ? find_config(input) : explicit_path_;
    if (file.empty()) return nullptr;
    auto it = cache_.find(file);
    if (it == cache_.end())
        it = cache_.emplace(file, std::make_unique<repo_config>(load_config(file))).first;
    return it->second.get();
}

}  // namespace dbslabel::detail
