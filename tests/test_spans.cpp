// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Property: on random documents (multi-byte UTF-8, NBSP, non-breaking hyphens, curly quotes,
// invalid bytes, NUL) every finding's offset/length, line/column and excerpt agree with the
// source bytes, spans land on UTF-8 boundaries, and nothing throws.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "engine_fixture.hpp"
#include "text/tokens.hpp"

namespace {

// Where each character starts (a byte outside a well-formed sequence is a character).
std::vector<bool> char_starts(const std::string& s) {
    std::vector<bool> starts(s.size() + 1, false);
    std::size_t i = 0;
    while (i < s.size()) {
        starts[i] = true;
        char32_t cp = 0;
        i += dbslabel::detail::decode_utf8(s, i, cp);
    }
    starts[s.size()] = true;
    return starts;
}

// Line and column (code points, invalid bytes count one) of byte `offset`, computed naively.
void naive_position(const std::string& s, std::size_t offset, std::size_t& line, std::size_t& col) {
    line = 1;
    col = 1;
    std::size_t i = 0;
    while (i < offset && i < s.size()) {
        char32_t cp = 0;
        const std::size_t n = dbslabel::detail::decode_utf8(s, i, cp);
        if (s[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
        i += n;
    }
}

const std::vector<std::string>& pieces() {
    static const std::vector<std::string> p = {"Deep brain stimulation",
                                               "DBS",
                                               "is",
                                               "completely\xC2\xA0safe",
                                               "for",
                                               "toddlers",
                                               "as young as 4",
                                               "a four\xE2\x80\x91year\xE2\x80\x91old",
                                               "FDA\xE2\x80\x91"
                                               "approved",
                                               "\xE2\x80\x9C"
                                               "DBS gave me my life back,\xE2\x80\x9D",
                                               "with cerebral palsy",
                                               "blepharospasm",
                                               "first-line",
                                               "newly diagnosed",
                                               "it",
                                               "works",
                                               "dramatically",
                                               "improves",
                                               "no side effects",
                                               "Caf\xC3\xA9",
                                               "\xF0\x9F\x92\x9C",
                                               "\xE6\x97\xA5\xE6\x9C\xAC",
                                               "not",
                                               "but",
                                               "may help",
                                               "?",
                                               ".",
                                               ",",
                                               ";",
                                               "\n",
                                               "\n\n",
                                               "\xFF",
                                               std::string(1, '\0'),
                                               "\xC3",
                                               "\xE2\x80",
                                               "Dr.",
                                               "U.S.",
                                               "5\xE2\x80\x93"
                                               "12",
                                               "-",
                                               "|",
                                               "# Heading\n",
                                               "  ",
                                               "\t",
                                               "writer\xE2\x80\x99s cramp",
                                               "the device",
                                               "Botox",
                                               "dystonia"};
    return p;
}

}  // namespace

TEST_CASE("spans agree with the source bytes on random documents", "[spans][property]") {
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<std::size_t> pick(0, pieces().size() - 1);
    std::uniform_int_distribution<int> len(1, 60);
    std::size_t total = 0;
    for (int round = 0; round < 400; ++round) {
        std::string doc;
        const int n = len(rng);
        for (int i = 0; i < n; ++i) {
            doc += pieces()[pick(rng)];
            doc += (rng() % 4 == 0) ? "" : " ";
        }
        std::vector<dbslabel::finding> found;
        REQUIRE_NOTHROW(found = engine_test::hde().check(doc));
        for (const dbslabel::finding& f : found) {
            INFO(doc);
            INFO(f.rule << " " << f.where.offset << "+" << f.where.length);
            REQUIRE(f.where.offset + f.where.length <= doc.size());
            CHECK(f.excerpt == doc.substr(f.where.offset, f.where.length));
            // UTF-8 boundaries: neither end inside a well-formed multi-byte character.
            const std::vector<bool> starts = char_starts(doc);
            CHECK(starts[f.where.offset]);
            const std::size_t end = f.where.offset + f.where.length;
            CHECK(starts[end]);
            std::size_t line = 0, col = 0;
            naive_position(doc, f.where.offset, line, col);
            CHECK(f.where.line == line);
            CHECK(f.where.column == col);
            if (f.where.length > 0) {
                std::size_t last = end - 1;
                while (last > f.where.offset && !starts[last]) --last;
                naive_position(doc, last, line, col);
                CHECK(f.where.end_line == line);
                CHECK(f.where.end_column == col);
            }
            ++total;
        }
    }
    CHECK(total > 100);  // the generator does produce claims
}

TEST_CASE("the same spans from every format of plain copy", "[spans]") {
    const std::string text =
        "Intro line.\n\nDBS is completely\xC2\xA0safe for a "
        "four\xE2\x80\x91year\xE2\x80\x91old.\n";
    const auto found = engine_test::hde().check(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].excerpt == "completely\xC2\xA0safe");
    CHECK(found[0].where.line == 3);
    CHECK(found[0].where.column == 8);
    CHECK(found[1].excerpt == "four\xE2\x80\x91year\xE2\x80\x91old");
    CHECK(found[1].where.column == 30);  // "DBS is " 7 + "completely safe" 15 + " for a " 7 + 1
}
