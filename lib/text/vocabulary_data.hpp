// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The vocabulary files under data/vocabulary/, embedded at build time by
// data/vocabulary/embed.cmake into a generated .cpp.
#pragma once

#include <cstddef>

namespace dbslabel::detail {

/// One embedded vocabulary file: its file name and its TOML text.
struct embedded_vocabulary_file {
    const char* name;
    const char* text;
};

/// The embedded files, sorted by name. Immutable; thread-safe.
extern const embedded_vocabulary_file embedded_vocabulary_files[];
/// How many files embedded_vocabulary_files holds.
extern const std::size_t embedded_vocabulary_file_count;

}  // namespace dbslabel::detail
