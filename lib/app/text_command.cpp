// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/text_command.hpp"

#include <spdlog/spdlog.h>

#include <dbslabel/checker.hpp>
#include <dbslabel/error.hpp>
#include <dbslabel/profile_file.hpp>

#include "app/inputs.hpp"
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

// A file that is not text: NUL bytes early on, or a UTF-16/UTF-32 byte order mark.
const char* binary_reason(const std::string& data) {
    if (data.size() >= 2 &&
        ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
        return "is UTF-16 (byte order mark); convert it to UTF-8";
    const std::size_t probe = std::min<std::size_t>(data.size(), 8192);
    std::size_t nul = 0;
    for (std::size_t i = 0; i < probe; ++i) nul += data[i] == '\0';
    if (nul > probe / 64 + 1) return "looks binary (NUL bytes); not checked";
    return nullptr;
}

struct file_result {
    std::string source;
    std::vector<finding> findings;
    bool failed = false;
    input_error error;
};

}  // namespace

int run_text(const text_options& o, std::ostream& out) {
    severity fail_level{};
    if (!parse_fail_level(o.fail_level, fail_level))
        throw usage_error("unknown --fail-level '" + o.fail_level +
                          "' (one of: error, warning, none)");
    if (o.input_format != "auto") (void)parse_input_format(o.input_format, "");

    const profile prof = o.profile.empty() ? builtin_profile() : resolve_profile(o.profile);
    const text_checker checker(prof);

    writer_options wo;
    wo.command = "text";
    wo.profile_name = prof.name;
    wo.color = o.color;
    const std::unique_ptr<writer> w = make_writer(o.format, out, wo);

    std::vector<input_error> path_errors;
    const std::vector<std::string> paths =
        o.paths.empty() ? std::vector<std::string>{"-"} : o.paths;
    const std::vector<input_entry> inputs = expand_inputs(paths, text_extensions(), path_errors);

    bool any_error = false;
    bool any_failing = false;
    for (const input_error& e : path_errors) {
        spdlog::error("{}: {}", e.path, e.message);
        w->on_error(e);
        any_error = true;
    }

    std::vector<file_result> results(inputs.size());
    run_ordered(
        inputs.size(), effective_jobs(o.jobs),
        [&](std::size_t i) {
            file_result& r = results[i];
            const std::string& path = inputs[i].path;
            if (!read_input(path, r.source, r.error)) {
                r.failed = true;
                return;
            }
            if (const char* why = binary_reason(r.source)) {
                r.failed = true;
                r.error = {path, 0, why};
                return;
            }
            r.findings = checker.check(r.source, parse_input_format(o.input_format, path), path);
        },
        [&](std::size_t i) {
            file_result& r = results[i];
            const std::string& path = inputs[i].path;
            w->begin_input(path, r.source);
            if (r.failed) {
                spdlog::error("{}: {}", r.error.path, r.error.message);
                w->on_error(r.error);
                any_error = true;
            }
            for (const finding& f : r.findings) {
                w->on_finding(f);
                if (!f.suppressed && f.level != severity::none && fail_level != severity::none &&
                    f.level >= fail_level)
                    any_failing = true;
            }
            w->end_input(path, 0);
            std::string().swap(r.source);  // free as we go
            std::vector<finding>().swap(r.findings);
        });
    w->finish();
    if (any_error) return 2;
    return any_failing ? 1 : 0;
}

}  // namespace dbslabel::detail
