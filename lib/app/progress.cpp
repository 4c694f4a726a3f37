// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/progress.hpp"

#include <cstring>

namespace dbslabel::detail {

namespace {

std::string amount(const char* unit, double v) {
    char buf[64];
    if (std::strcmp(unit, "bytes") == 0)
        std::snprintf(buf, sizeof buf, "%.1f MB", v / (1024.0 * 1024.0));
    else
        std::snprintf(buf, sizeof buf, "%.0f %s", v, unit);
    return buf;
}

}  // namespace

progress::progress(bool enabled, const char* unit, std::size_t total, std::FILE* out)
    : enabled_(enabled), unit_(unit), total_(total), out_(out) {}

progress::~progress() {
    finish();
}

std::string progress::line(const char* unit, std::size_t done, std::size_t total, double seconds) {
    const double d = static_cast<double>(done);
    const double rate = seconds > 0 ? d / seconds : 0;
    std::string s = "dbslabel: " + amount(unit, d);
    if (total) s += " of " + amount(unit, static_cast<double>(total));
    s += ", " + amount(unit, rate) + "/s";
    if (total && rate > 0 && done <= total) {
        char buf[48];
        std::snprintf(buf, sizeof buf, ", %.0f s left", (static_cast<double>(total) - d) / rate);
        s += buf;
    }
    return s;
}

void progress::add(std::size_t n) {
    done_ += n;
    if (!enabled_) return;
    const clock::time_point now = clock::now();
    if (now < next_) return;
    next_ = now + std::chrono::milliseconds(250);
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(out_, "\r\x1b[K%s", line(unit_, done_, total_, seconds).c_str());
    std::fflush(out_);
    drawn_ = true;
}

void progress::finish() {
    if (drawn_) {
        std::fprintf(out_, "\r\x1b[K");
        std::fflush(out_);
        drawn_ = false;
    }
}

}  // namespace dbslabel::detail
