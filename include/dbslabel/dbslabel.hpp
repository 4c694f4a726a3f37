// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file dbslabel.hpp
/// Everything dbslabel offers, in one include.
///
/// The core (profile, finding, rules, patient, assessment) is header-only and standard library
/// only. The text checker and the profile loader need the compiled library, target
/// dbslabel::dbslabel.
///
///     #include <dbslabel/dbslabel.hpp>
///     dbslabel::text_checker checker(dbslabel::builtin_profile());
///     for (const auto& f : checker.check(copy)) report(f);
#pragma once

#include "checker.hpp"
#include "error.hpp"
#include "finding.hpp"
#include "profile.hpp"
#include "profile_file.hpp"
#include "rules.hpp"
#include "version.hpp"
// Records: the patient value type, code vocabularies and the assessment.
#include "assessment.hpp"
#include "patient.hpp"
#include "vocabulary.hpp"
