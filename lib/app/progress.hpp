// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// A progress line on stderr for long runs: what is done, the rate and the time left, redrawn in
// place at most a few times a second. Shown only when asked for (the command line asks when
// stderr is a terminal and --quiet is not given), and only once a run has lasted a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace dbslabel::detail {

class progress {
  public:
    /// `enabled`: draw at all; `unit`: "bytes" or "records"; `total`: 0 when unknown.
    progress(bool enabled, const char* unit, std::size_t total = 0, std::FILE* out = stderr);
    ~progress();
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    /// Adds `n` to what is done and redraws when due. Cheap when nothing is due.
    void add(std::size_t n);
    /// Sets the total (0: unknown).
    void set_total(std::size_t total) { total_ = total; }
    /// Clears the line.
    void finish();

    /// The line for `done` of `total` after `seconds` (exposed for tests).
    static std::string line(const char* unit, std::size_t done, std::size_t total, double seconds);

  private:
    using clock = std::chrono::steady_clock;
    bool enabled_;
    const char* unit_;
    std::size_t total_;
    std::FILE* out_;
    std::size_t done_ = 0;
    bool drawn_ = false;
    clock::time_point start_ = clock::now();
    clock::time_point next_ = start_ + std::chrono::seconds(1);
};

}  // namespace dbslabel::detail
