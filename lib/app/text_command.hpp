// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// `dbslabel text`: checks marketing copy in files, directories and standard input.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dbslabel::detail {

struct text_options {
    std::vector<std::string> paths;      // files, directories, "-"; empty: "-"
    std::string format = "text";         // text|json|jsonl|sarif|github
    std::string fail_level = "warning";  // error|warning|none
    std::string profile;                 // built-in name or TOML path; empty: default/config
    std::string input_format = "auto";   // auto|plain|markdown|html
    std::string config;                  // a .dbslabel.toml to use instead of searching
    bool no_config = false;              // do not search for .dbslabel.toml
    unsigned jobs = 0;                   // 0: number of cores
    bool color = false;                  // ANSI colour in the text format
    bool progress = false;               // a progress line on stderr (a terminal, not --quiet)
};

/// Runs the text check and writes the report to `out`; diagnostics go to spdlog. Returns the
/// exit status: 0 clean, 1 findings at or above the fail level, 2 usage or input errors.
/// Throws usage_error / config_error for bad options or a broken profile.
int run_text(const text_options& options, std::ostream& out);

}  // namespace dbslabel::detail
