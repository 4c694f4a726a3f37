// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Repository configuration: `.dbslabel.toml`, found by walking up from each input's folder
// (as `.editorconfig` and `.vale.ini` are), or named with --config; --no-config turns it off.
//
//     profile = "dystonia-hde"          # a built-in name, or a profile TOML relative to this file
//     fail_level = "error"              # error | warning | none
//     ignore = ["drafts/**", "*.bak.md"]
//     product_names = ["NeuroCalm"]     # more names that make a sentence about the therapy
//     [rules]
//     safety-overclaim = "error"        # error | warning | off
//     regulatory-status = "off"
//
// Every error is a config_error naming FILE:LINE:COLUMN of the key or value at fault.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/finding.hpp>

namespace dbslabel::detail {

/// The name of the repository configuration file.
inline constexpr std::string_view config_file_name = ".dbslabel.toml";

/// A parsed `.dbslabel.toml`. Empty strings mean "not set".
struct repo_config {
    std::string path;        ///< the file it was read from
    std::string directory;   ///< its folder (globs and a profile path are relative to it)
    std::string profile;     ///< built-in name, or a path already made relative to the cwd
    std::string fail_level;  ///< "error", "warning", "none" or ""
    std::map<std::string, severity> rule_levels;  ///< per rule; severity::none is "off"
    std::vector<std::string> ignore;              ///< globs relative to `directory`
    std::vector<std::string> product_names;
};

/// Parses `text` as the configuration file `path`. Throws config_error ("path:line:col: ...")
/// for TOML syntax errors, unknown keys, wrong types, unknown rules or levels.
repo_config parse_config(std::string_view text, const std::string& path);

/// Reads and parses `path`. Throws config_error (also when it cannot be read).
repo_config load_config(const std::string& path);

/// The nearest `.dbslabel.toml` at or above the folder of `input` ("-": the current folder),
/// or "" when there is none. Never throws.
std::string find_config(const std::string& input);

/// True when `input` matches one of the config's ignore globs. A glob is matched against
/// the input's path relative to the config's folder; `*` and `?` stay within one path
/// segment, `**` spans segments, and a glob without '/' matches the file name at any depth.
bool config_ignores(const repo_config& config, const std::string& input);

/// Glob matching as config_ignores() describes, on '/'-separated `path`.
bool glob_match(std::string_view glob, std::string_view path);

/// Applies the per-rule levels: a rule set to "off" loses its findings; others take the
/// configured severity. Never throws except std::bad_alloc.
void apply_rule_levels(const repo_config& config, std::vector<finding>& findings);

/// The configuration of each input: the one named by --config, none with --no-config, else
/// the nearest `.dbslabel.toml` (each file parsed once). Not thread-safe: resolve inputs
/// before checking them in parallel.
class config_resolver {
  public:
    config_resolver(std::string explicit_path, bool disabled);
    /// The configuration for `input`, or nullptr. Throws config_error for a broken file.
    const repo_config* for_input(const std::string& input);

  private:
    std::string explicit_path_;
    bool disabled_;
    std::map<std::string, std::unique_ptr<repo_config>> cache_;
};

}  // namespace dbslabel::detail
