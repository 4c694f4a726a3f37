// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "fuzz_checks.hpp"

#include <sstream>

#include <dbslabel/rules.hpp>

namespace dbslabel::fuzz {

namespace {

std::string show(const finding& f) {
    std::ostringstream s;
    s << f.rule << " at offset " << f.where.offset << " length " << f.where.length << " ("
      << f.where.line << ':' << f.where.column << '-' << f.where.end_line << ':'
      << f.where.end_column << ") excerpt '" << f.excerpt << "'";
    return s.str();
}

// The length of the well-formed UTF-8 sequence at s[i], or 0 when there is none.
std::size_t sequence_at(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte (Unicode table 3-7)
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return n;
}

// The start of the character that holds byte `at` (each stray byte is a character).
// Walks the input forward character by character, keeping line and column, so that checking
// many findings on one huge line stays linear. Seeking backwards starts over.
class walker {
  public:
    explicit walker(std::string_view s) : s_(s) {}

    // Moves to the start of the character that holds byte `at` (each stray byte is a
    // character); `inside` tells whether `at` is past that start.
    void seek(std::size_t at) {
        if (at < pos_) pos_ = 0, line_ = 1, column_ = 1;
        while (pos_ < at && pos_ < s_.size()) {
            const std::size_t n = sequence_at(s_, pos_);
            const std::size_t step = n ? n : 1;
            if (pos_ + step > at) break;
            if (s_[pos_] == '\n') {
                ++line_;
                column_ = 1;
            } else {
                ++column_;
            }
            pos_ += step;
        }
    }
    std::size_t pos() const { return pos_; }
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }

  private:
    std::string_view s_;
    std::size_t pos_ = 0, line_ = 1, column_ = 1;
};

bool on_boundary(std::string_view s, std::size_t at) {
    return at >= s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
}

}  // namespace

[[noreturn]] void fail(const std::string& what) {
    throw property_failure(what);
}

void check_findings(const std::vector<finding>& found, std::string_view input,
                    std::string_view path) {
    const bool utf8 = valid_utf8(input);
    std::size_t previous = 0;
    walker starts(input), ends(input);
    for (const finding& f : found) {
        const span& w = f.where;
        if (find_rule(f.rule) == nullptr) fail("unknown rule: " + show(f));
        if (f.path != path) fail("path '" + f.path + "' is not the input's: " + show(f));
        if (w.offset > input.size() || w.length > input.size() - w.offset)
            fail("span outside the input of " + std::to_string(input.size()) +
                 " bytes: " + show(f));
        if (w.offset < previous) fail("findings out of source order: " + show(f));
        previous = w.offset;
        if (f.excerpt != input.substr(w.offset, w.length))
            fail("excerpt is not the bytes at the span: " + show(f));
        if (utf8 && (!on_boundary(input, w.offset) || !on_boundary(input, w.offset + w.length)))
            fail("span cuts a UTF-8 sequence: " + show(f));
        starts.seek(w.offset);
        // A start inside a character (possible only in invalid UTF-8) counts that character.
        const std::size_t line = starts.line();
        const std::size_t column = starts.column() + (starts.pos() < w.offset ? 1 : 0);
        if (w.line != line || w.column != column)
            fail("start is " + std::to_string(line) + ':' + std::to_string(column) + ", not " +
                 show(f));
        ends.seek(w.length ? w.offset + w.length - 1 : w.offset);
        if (w.end_line != ends.line() || w.end_column != ends.column())
            fail("end is " + std::to_string(ends.line()) + ':' + std::to_string(ends.column()) +
                 ", not " + show(f));
    }
}

bool valid_utf8(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = sequence_at(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

void position_of(std::string_view s, std::size_t offset, std::size_t& line, std::size_t& column) {
    line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i)
        if (s[i] == '\n') {
            ++line;
            start = i + 1;
        }
    column = 1;
    for (std::size_t i = start; i < offset && i < s.size();) {
        const std::size_t n = sequence_at(s, i);
        i += n ? n : 1;
        ++column;
    }
}

}  // namespace dbslabel::fuzz
