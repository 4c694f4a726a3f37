// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Remembers which record ids were seen, and on which line first, in bounded memory: 12 bytes a
// slot, open addressing, grown by doubling up to a cap on distinct ids. Past the cap new ids
// are no longer remembered (repeats of remembered ids are still found), so a registry export of
// tens of millions of rows streams in flat memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dbslabel::detail {

class id_tracker {
  public:
    /// `max_ids`: distinct ids remembered at most.
    explicit id_tracker(std::size_t max_ids = std::size_t{1} << 20) : max_ids_(max_ids) {}

    /// Notes `id` seen at `line`. Returns 0 when it is new (or past the cap), else the line it
    /// was first seen on (1 when that line was 0).
    std::size_t note(std::string_view id, std::size_t line) {
        const std::uint64_t h = hash(id);
        if (keys_.empty()) grow(1024);
        std::size_t i = static_cast<std::size_t>(h) & (keys_.size() - 1);
        while (keys_[i] != 0) {
            if (keys_[i] == h) return lines_[i] ? lines_[i] : 1;
            i = (i + 1) & (keys_.size() - 1);
        }
        if (count_ >= max_ids_) {
            full_ = true;
            return 0;
        }
        keys_[i] = h;
        lines_[i] = static_cast<std::uint32_t>(line > UINT32_MAX ? UINT32_MAX : line);
        if (++count_ * 2 > keys_.size()) grow(keys_.size() * 2);
        return 0;
    }

    /// True when some id was not remembered because the cap was reached.
    bool full() const noexcept { return full_; }
    std::size_t max_ids() const noexcept { return max_ids_; }

  private:
    static std::uint64_t hash(std::string_view s) {
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
        for (char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return h ? h : 1;  // 0 marks an empty slot
    }

    void grow(std::size_t slots) {
        std::vector<std::uint64_t> keys(slots, 0);
        std::vector<std::uint32_t> lines(slots, 0);
        for (std::size_t k = 0; k < keys_.size(); ++k) {
            if (!keys_[k]) continue;
            std::size_t i = static_cast<std::size_t>(keys_[k]) & (slots - 1);
            while (keys[i] != 0) i = (i + 1) & (slots - 1);
            keys[i] = keys_[k];
            lines[i] = lines_[k];
        }
        keys_.swap(keys);
        lines_.swap(lines);
    }

    std::size_t max_ids_;
    std::size_t count_ = 0;
    bool full_ = false;
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> lines_;
};

}  // namespace dbslabel::detail
