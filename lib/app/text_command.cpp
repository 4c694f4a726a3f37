// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/text_command.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <map>
#include <memory>

#include <dbslabel/checker.hpp>
#include <dbslabel/error.hpp>
#include <dbslabel/profile_file.hpp>

#include "app/config.hpp"
#include "app/inputs.hpp"
#include "app/progress.hpp"
#include "app/text_stream.hpp"
#include "report/writer.hpp"

namespace dbslabel::detail {

namespace {

// What a directory walk takes as copy.
const std::vector<std::string>& text_extensions() {
    static const std::vector<std::string> ext = {".txt",   ".text", ".md",  ".markdown",
                                                 ".mdown", ".html", ".htm", ".xhtml"};
    return ext;
}

input_format parse_input_format(const std::string& name, const std::string& path) {
    if (name == "auto") return format_for_path(path);
    if (name == "plain") return input_format::plain;
    if (name == "markdown") return input_format::markdown;
    if (name == "html") return input_format::html;
    throw usage_error("unknown --input-format '" + name +
                      "' (one of: auto, plain, markdown, html)");
}

// Files larger than this are streamed in parts (plain text and Markdown).
constexpr std::uintmax_t stream_threshold = std::uintmax_t{4} << 20;

struct file_result {
    bool streamed = false;  // checked part by part when its turn comes
    std::string source;
    std::vector<finding> findings;
    bool failed = false;
    input_error error;
};

}  // namespace

int run_text(const text_options& o, std::ostream& out) {
    // An empty fail level means "not given": a .dbslabel.toml may set it, else "warning".
    severity fail_level{};
    if (!parse_fail_level(o.fail_level.empty() ? "warning" : o.fail_level, fail_level))
        throw usage_error("unknown --fail-level '" + o.fail_level +
                          "' (one of: error, warning, none)");
    if (o.input_format != "auto") (void)parse_input_format(o.input_format, "");

    const profile prof = o.profile.empty() ? builtin_profile() : resolve_profile(o.profile);
    const text_checker checker(prof);

    const std::unique_ptr<writer> w =
        make_writer(o.format, out, writer_options_for("text", prof, o.color));

    std::vector<input_error> path_errors;
    std::vector<input_entry> inputs = expand_inputs(o.paths, text_extensions(), path_errors);

    // Repository configuration, resolved per input before checking in parallel: ignored
    // inputs drop out; each input gets its checker (profile + extra product names) and its
    // fail level (--profile and --fail-level win over the file).
    config_resolver configs(o.config, o.no_config);
    std::vector<const repo_config*> input_config;
    {
        std::vector<input_entry> kept;
        for (input_entry& in : inputs) {
            const repo_config* c = configs.for_input(in.path);
            if (c && config_ignores(*c, in.path)) continue;
            input_config.push_back(c);
            kept.push_back(std::move(in));
        }
        inputs.swap(kept);
    }
    std::map<std::string, std::unique_ptr<text_checker>> checkers;
    std::vector<const text_checker*> input_checker(inputs.size(), &checker);
    std::vector<severity> input_fail(inputs.size(), fail_level);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const repo_config* c = input_config[i];
        if (!c) continue;
        if (o.fail_level.empty() && !c->fail_level.empty())
            (void)parse_fail_level(c->fail_level, input_fail[i]);
        const bool own_profile = o.profile.empty() && !c->profile.empty();
        if (!own_profile && c->product_names.empty()) continue;
        std::string key = own_profile ? c->profile : std::string();
        for (const std::string& n : c->product_names) key += '\n' + n;
        auto it = checkers.find(key);
        if (it == checkers.end()) {
            profile p = own_profile ? resolve_profile(c->profile) : prof;
            p.product_names.insert(p.product_names.end(), c->product_names.begin(),
                                   c->product_names.end());
            it = checkers.emplace(key, std::make_unique<text_checker>(p)).first;
        }
        input_checker[i] = it->second.get();
    }

    bool any_error = false;
    bool any_failing = false;
    for (const input_error& e : path_errors) {
        spdlog::error("{}: {}", e.path, e.message);
        w->on_error(e);
        any_error = true;
    }

    std::size_t total_bytes = 0;
    if (o.progress)
        for (const input_entry& in : inputs) {
            std::error_code ec;
            const std::uintmax_t size = std::filesystem::file_size(in.path, ec);
            if (!ec) total_bytes += static_cast<std::size_t>(size);
        }
    progress shown(o.progress, "bytes", total_bytes);
    std::vector<file_result> results(inputs.size());
    run_ordered(
        inputs.size(), effective_jobs(o.jobs),
        [&](std::size_t i) {
            file_result& r = results[i];
            const std::string& path = inputs[i].path;
            const input_format format = parse_input_format(o.input_format, path);
            if (path != "-" && format != input_format::html && o.format != "html") {
                std::error_code ec;
                const std::uintmax_t size = std::filesystem::file_size(path, ec);
                if (!ec && size > stream_threshold) {
                    r.streamed = true;
                    return;
                }
            }
            if (!read_input(path, r.source, r.error)) {
                r.failed = true;
                return;
            }
            if (const char* why = binary_reason(r.source)) {
                r.failed = true;
                r.error = {path, 0, why};
                return;
            }
            r.findings = input_checker[i]->check(r.source, format, path);
            if (input_config[i]) apply_rule_levels(*input_config[i], r.findings);
        },
        [&](std::size_t i) {
            file_result& r = results[i];
            const std::string& path = inputs[i].path;
            w->begin_input(path, r.source);
            auto note_finding = [&](const finding& f) {
                w->on_finding(f);
                if (!f.suppressed && f.level != severity::none && input_fail[i] != severity::none &&
                    f.level >= input_fail[i])
                    any_failing = true;
            };
            if (r.streamed) {
                stream_sink sink;
                sink.on_part = [&](std::string_view part, std::size_t first_line) {
                    shown.add(part.size());
                    w->on_source_part(part, first_line);
                };
                sink.on_finding = [&](finding& f) {
                    if (input_config[i]) {
                        std::vector<finding> one{std::move(f)};
                        apply_rule_levels(*input_config[i], one);
                        for (const finding& g : one) note_finding(g);
                    } else {
                        note_finding(f);
                    }
                };
                sink.on_error = [&](const std::string& message) {
                    const input_error e{path, 0, message};
                    spdlog::error("{}: {}", e.path, e.message);
                    w->on_error(e);
                    any_error = true;
                };
                check_streamed(*input_checker[i], path, parse_input_format(o.input_format, path),
                               effective_jobs(o.jobs), stream_limits{}, sink);
                w->end_input(path, 0);
                return;
            }
            if (r.failed) {
                spdlog::error("{}: {}", r.error.path, r.error.message);
                w->on_error(r.error);
                any_error = true;
            }
            for (const finding& f : r.findings) note_finding(f);
            shown.add(r.source.size());
            w->end_input(path, 0);
            std::string().swap(r.source);  // free as we go
            std::vector<finding>().swap(r.findings);
        });
    shown.finish();
    w->finish();
    if (any_error) return 2;
    return any_failing ? 1 : 0;
}

}  // namespace dbslabel::detail
