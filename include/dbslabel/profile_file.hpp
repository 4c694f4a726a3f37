// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file profile_file.hpp
/// Loading a user's profile from TOML. Needs the compiled library (dbslabel::dbslabel).
///
/// A profile file names a built-in `base` and overrides what differs:
///
///     base = "dystonia-pma"          # required: dystonia-hde or dystonia-pma
///     name = "clinic-policy"
///     chronic_months = 12            # policy: onset this long before the reference date
///     failed_trials = 2              # policy: failed medication trials needed
///     min_age_years = 18
///     subtypes = ["generalized", "segmental", "cervical"]
///     product_names = ["Activa", "Percept"]
///     [subtype_ages]
///     generalized = 12
///     [clauses]
///     age = "in adults, and in patients 12 years of age or older for generalized dystonia"
///
///     dbslabel::profile p = dbslabel::load_profile("clinic.toml");
///
/// Keys: base, name, labelling, min_age_years, subtype_ages (table), subtypes,
/// primary_required, effectiveness_demonstrated, chronic_months, failed_trials,
/// statement_parts, therapy_names, product_names, extra_therapy_names, extra_product_names,
/// clauses (table of clause id -> text; only existing ids).
#pragma once

#include <string>
#include <string_view>

#include "profile.hpp"

namespace dbslabel {

/// Reads the profile in TOML file `path`. Returns the base profile with the file's values
/// applied; `origins` names the file, line and column of every value the file set. Throws
/// config_error naming file:line:column for a syntax error, an unknown key, a value of the wrong
/// type, a negative or absurd number, an unknown subtype or clause, or a missing or unknown
/// base; config_error (no line) when the file cannot be read. Thread-safe.
profile load_profile(const std::string& path);

/// As load_profile(), with the TOML text given in `text` and `path` used in messages only.
/// Throws as load_profile(). Thread-safe.
profile parse_profile(std::string_view text, const std::string& path);

/// A built-in profile by name, or a profile file when `name_or_path` is not a built-in name.
/// Throws as builtin_profile() / load_profile(). Thread-safe.
profile resolve_profile(const std::string& name_or_path);

}  // namespace dbslabel
