// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Shared by the commands: expanding the paths a user gives into input files, reading them, and
// running work over them in parallel with results in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/finding.hpp>

namespace dbslabel::detail {

/// One input to check: a file path, or "-" for standard input.
struct input_entry {
    std::string path;
};

/// Expands `paths` (files, directories recursed in sorted order, "-"; none means "-") into
/// inputs. In a
/// directory only files whose extension is in `extensions` are taken (lower case, with the
/// dot); named files are always taken. Paths that do not exist or cannot be listed become
/// input errors; symlinked directories are not followed, so loops cannot occur.
std::vector<input_entry> expand_inputs(const std::vector<std::string>& paths,
                                       const std::vector<std::string>& extensions,
                                       std::vector<input_error>& errors);

/// Reads a whole input into `out`. Returns false and fills `error` (path, message) when it
/// cannot be read.
bool read_input(const std::string& path, std::string& out, input_error& error);

/// Why `head` (the first bytes of a text input) is not checked as text: a UTF-16 byte order
/// mark, or NUL bytes; nullptr when it is text.
const char* binary_reason(std::string_view head);

/// Runs `work(i)` for i in [0, n) on up to `jobs` threads and calls `emit(i)` on the calling
/// thread in order 0, 1, 2 ... as soon as each i is done. With jobs <= 1 everything runs on the
/// calling thread. Exceptions from work are caught and rethrown after all threads stop.
void run_ordered(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& emit);

/// The number of threads to use for `jobs` (0: the number of cores).
unsigned effective_jobs(unsigned jobs);

/// True when `fail_level` is a valid --fail-level value; sets `out`.
bool parse_fail_level(const std::string& fail_level, severity& out);

}  // namespace dbslabel::detail
