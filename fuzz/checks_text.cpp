// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#if defined(__unix__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <dbslabel/checker.hpp>

#include "fuzz_checks.hpp"

namespace dbslabel::fuzz {

namespace {

// Inputs above this size are skipped: bigger inputs find nothing new, only run slower (the
// size limits themselves are exercised by tests/test_faults_limits.cpp).
constexpr std::size_t max_text = std::size_t{1} << 16;

const text_checker& checker_for(bool pma) {
    static const text_checker hde(builtin_profile("dystonia-hde"));
    static const text_checker with_pma(builtin_profile("dystonia-pma"));
    return pma ? with_pma : hde;
}

// A copy of the input that ends where a page that cannot be read begins, so that a reader
// reading even one byte past its input crashes in every build, whatever the caller's buffer
// holds after it (md4c 0.4.8 did: fuzz/regressions/fuzz_markdown/md4c-*). Elsewhere, or when
// the pages cannot be had, a plain copy.
class guarded_copy {
  public:
    explicit guarded_copy(std::string_view data) {
#if defined(__unix__)
        const long page_size = ::sysconf(_SC_PAGESIZE);
        if (page_size > 0) {
            const auto page = static_cast<std::size_t>(page_size);
            const std::size_t body = (data.size() + page - 1) / page * page;
            void* p = ::mmap(nullptr, body + page, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p != MAP_FAILED) {
                char* base = static_cast<char*>(p);
                if (::mprotect(base + body, page, PROT_NONE) == 0) {
                    map_ = base;
                    map_size_ = body + page;
                    char* at = base + body - data.size();
                    if (!data.empty()) std::memcpy(at, data.data(), data.size());
                    view_ = std::string_view(at, data.size());
                    return;
                }
                ::munmap(p, body + page);
            }
        }
#endif
        fallback_.assign(data);
        view_ = fallback_;
    }
    ~guarded_copy() {
#if defined(__unix__)
        if (map_ != nullptr) ::munmap(map_, map_size_);
#endif
    }
    guarded_copy(const guarded_copy&) = delete;
    guarded_copy& operator=(const guarded_copy&) = delete;

    std::string_view view() const {
        return view_;
    }

  private:
    char* map_ = nullptr;
    std::size_t map_size_ = 0;
    std::string fallback_;
    std::string_view view_;
};

}  // namespace

void check_text(input_format format, std::string_view data) {
    if (data.size() > max_text) return;
    // The last byte chooses the options, the rest is the input.
    const unsigned char options = data.empty() ? 0 : static_cast<unsigned char>(data.back());
    if (!data.empty()) data.remove_suffix(1);
    const std::string path = (options & 2) ? "-" : "fuzz/input";
    const guarded_copy input(data);
    std::vector<finding> found;
    try {
        found = checker_for(options & 1).check(input.view(), format, path);
    } catch (const std::exception& e) {
        fail(std::string("text_checker::check threw: ") + e.what());
    }
    check_findings(found, data, path);
}

}  // namespace dbslabel::fuzz
