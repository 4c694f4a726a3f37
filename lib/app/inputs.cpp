// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>

namespace dbslabel::detail {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

}  // namespace

std::vector<input_entry> expand_inputs(const std::vector<std::string>& paths,
                                       const std::vector<std::string>& extensions,
                                       std::vector<input_error>& errors) {
    std::vector<input_entry> out;
    if (paths.empty()) out.push_back({"-"});
    for (const std::string& p : paths) {
        if (p == "-") {
            out.push_back({p});
            continue;
        }
        std::error_code ec;
        const fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            // A symlink loop or a path through a file fails with its own reason: say which.
            const bool missing = !ec || ec == std::errc::no_such_file_or_directory;
            errors.push_back({p, 0, missing ? "no such file or directory" : ec.message()});
            continue;
        }
        if (!fs::is_directory(st)) {
            out.push_back({p});
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            errors.push_back({p, 0, "cannot list directory: " + ec.message()});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                errors.push_back({it->path().string(), 0, "cannot list: " + ec.message()});
                break;
            }
            std::error_code fec;
            if (!it->is_regular_file(fec) || fec) continue;
            const std::string ext = lower_extension(it->path());
            if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end())
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        for (auto& f : found) out.push_back({std::move(f)});
    }
    return out;
}

bool read_input(const std::string& path, std::string& out, input_error& error) {
    out.clear();
    error = {path, 0, ""};
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error.message = "is a directory";
        return false;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error.message = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    char buf[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool bad = std::ferror(f) != 0;
    std::fclose(f);
    if (bad) {
        error.message = "read error";
        return false;
    }
    return true;
}

const char* binary_reason(std::string_view data) {
    if (data.size() >= 2 &&
        ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
        return "is UTF-16 (byte order mark); convert it to UTF-8";
    const std::size_t probe = std::min<std::size_t>(data.size(), 8192);
    std::size_t nul = 0;
    for (std::size_t i = 0; i < probe; ++i) nul += data[i] == '\0';
    if (nul > probe / 64 + 1) return "looks binary (NUL bytes); not checked";
    return nullptr;
}

unsigned effective_jobs(unsigned jobs) {
    if (jobs > 0) return jobs;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw ? hw : 1;
}

void run_ordered(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& work,
                 const std::function<void(std::size_t)>& emit) {
    if (jobs <= 1 || n <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            work(i);
            emit(i);
        }
        return;
    }
    std::mutex m;
    std::condition_variable cv;
    std::vector<char> done(n, 0);
    std::size_t next = 0;
    std::exception_ptr failure;
    // Workers take the next index; at most 2 * jobs results wait unemitted, so memory stays
    // bounded however many inputs there are.
    std::size_t emitted = 0;
    const std::size_t window = static_cast<std::size_t>(jobs) * 2;
    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return next >= n || next < emitted + window || failure; });
                if (next >= n || failure) return;
                i = next++;
            }
            try {
                work(i);
            } catch (...) {
                std::lock_guard lock(m);
                if (!failure) failure = std::current_exception();
            }
            {
                std::lock_guard lock(m);
                done[i] = 1;
            }
            cv.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
    for (std::size_t i = 0; i < n; ++i) {
        {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return done[i] || failure; });
            if (failure) break;
        }
        emit(i);
        {
            std::lock_guard lock(m);
            emitted = i + 1;
        }
        cv.notify_all();
    }
    {
        std::lock_guard lock(m);
        if (!failure) next = std::max(next, n);
    }
    cv.notify_all();
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

bool parse_fail_level(const std::string& fail_level, severity& out) {
    if (fail_level == "error")
        out = severity::error;
    else if (fail_level == "warning")
        out = severity::warning;
    else if (fail_level == "none")
        out = severity::none;
    else
        return false;
    return true;
}

}  // namespace dbslabel::detail
