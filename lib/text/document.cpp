// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/document.hpp"

#include <algorithm>

namespace dbslabel::detail {

namespace {

// The run holding copy byte `pos` (the last run starting at or before it).
const map_run* run_at(const std::vector<map_run>& map, std::size_t pos) {
    auto it = std::upper_bound(map.begin(), map.end(), pos,
                               [](std::size_t p, const map_run& r) { return p < r.copy; });
    if (it == map.begin()) return map.empty() ? nullptr : &map.front();
    return &*(it - 1);
}

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7), or 0 when the byte
// there starts none: such a byte is a character (and a column) of its own.
std::size_t sequence_at(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + n > s.size() || b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (!is_continuation(b(i + k))) return 0;
    return n;
}

// Lines longer than this get column checkpoints, so that placing many findings on one huge
// line costs no more than checkpoint_every bytes of counting each.
constexpr std::size_t checkpoint_every = 4096;

}  // namespace

void document::to_source(std::size_t copy_begin, std::size_t copy_end, std::size_t& begin,
                         std::size_t& end) const {
    if (plain || map.empty()) {
        begin = std::min(copy_begin, source.size());
        end = std::min(std::max(copy_end, begin), source.size());
        return;
    }
    const map_run* first = run_at(map, copy_begin);
    const map_run* last = run_at(map, copy_end > copy_begin ? copy_end - 1 : copy_begin);
    if (first->copy_len == first->source_len)
        begin = first->source +
                std::min(copy_begin - std::min(copy_begin, first->copy), first->source_len);
    else
        begin = first->source;
    if (last->copy_len == last->source_len)
        end = last->source + std::min(copy_end - std::min(copy_end, last->copy), last->source_len);
    else
        end = last->source + last->source_len;
    begin = std::min(begin, source.size());
    end = std::min(std::max(end, begin), source.size());
}

document plain_document(std::string_view source, std::string path) {
    document d;
    d.path = std::move(path);
    d.source = source;
    d.copy.assign(source);
    d.plain = true;
    return d;
}

line_index::line_index(std::string_view source) : source_(source) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < source.size(); ++i)
        if (source[i] == '\n') starts_.push_back(i + 1);
    for (std::size_t l = 0; l < starts_.size(); ++l) {
        const std::size_t b = starts_[l];
        const std::size_t e = l + 1 < starts_.size() ? starts_[l + 1] : source.size();
        if (e - b <= 2 * checkpoint_every) continue;
        std::size_t col = 1;
        std::size_t next = b + checkpoint_every;
        for (std::size_t i = b; i < e;) {
            if (i >= next) {
                checkpoints_.push_back({i, col});
                next = i + checkpoint_every;
            }
            const std::size_t n = sequence_at(source, i);
            i += n ? n : 1;
            ++col;
        }
    }
}

std::size_t line_index::line_of(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::size_t>(it - starts_.begin());
}

std::size_t line_index::column_of(std::size_t line, std::size_t offset) const {
    std::size_t col = 1;
    std::size_t i = starts_[line - 1];
    // Start from the last checkpoint on this line at or before `offset`.
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                               [](std::size_t o, const checkpoint& c) { return o < c.offset; });
    if (it != checkpoints_.begin() && (it - 1)->offset >= i) {
        i = (it - 1)->offset;
        col = (it - 1)->column;
    }
    while (i < offset && i < source_.size()) {
        const std::size_t n = sequence_at(source_, i);
        i += n ? n : 1;
        ++col;
    }
    return col;
}

void line_index::locate(span& s) const {
    s.line = line_of(s.offset);
    s.column = column_of(s.line, s.offset);
    // The last character: step back from the end to the start of its code point (a byte that
    // is not part of a well-formed sequence is a character of its own).
    std::size_t last = s.length ? s.offset + s.length - 1 : s.offset;
    if (last < source_.size() && is_continuation(static_cast<unsigned char>(source_[last]))) {
        for (std::size_t k = 1; k <= 3 && last >= s.offset + k; ++k) {
            const std::size_t p = last - k;
            if (is_continuation(static_cast<unsigned char>(source_[p]))) continue;
            if (sequence_at(source_, p) > k) last = p;
            break;
        }
    }
    s.end_line = line_of(last);
    s.end_column = column_of(s.end_line, last);
}

std::string_view line_index::line_text(std::size_t line) const {
    if (line == 0 || line > starts_.size()) return {};
    std::size_t b = starts_[line - 1];
    std::size_t e = line < starts_.size() ? starts_[line] : source_.size();
    while (e > b && (source_[e - 1] == '\n' || source_[e - 1] == '\r')) --e;
    return source_.substr(b, e - b);
}

void place(finding& f, std::string_view source, const line_index& lines, std::size_t begin,
           std::size_t end) {
    begin = std::min(begin, source.size());
    end = std::min(std::max(begin, end), source.size());
    f.where.offset = begin;
    f.where.length = end - begin;
    f.excerpt.assign(source.substr(begin, end - begin));
    lines.locate(f.where);
}

}  // namespace dbslabel::detail
