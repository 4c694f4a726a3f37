// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file version.hpp
/// The library's version, as macros and as a constexpr string.
///
///     #include <dbslabel/version.hpp>
///     std::cout << dbslabel::version_string;  // "0.1.0"
#pragma once

#define DBSLABEL_VERSION_MAJOR 0
#define DBSLABEL_VERSION_MINOR 1
#define DBSLABEL_VERSION_PATCH 0

namespace dbslabel {

/// The version as "MAJOR.MINOR.PATCH". Constant; thread-safe.
inline constexpr const char* version_string = "0.1.0";

/// The version as one number, MAJOR * 10000 + MINOR * 100 + PATCH. Constant; thread-safe.
inline constexpr int version_number =
    DBSLABEL_VERSION_MAJOR * 10000 + DBSLABEL_VERSION_MINOR * 100 + DBSLABEL_VERSION_PATCH;

}  // namespace dbslabel
