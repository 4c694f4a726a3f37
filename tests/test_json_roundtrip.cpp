// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The JSON report (`--format json`, the writer the CLI uses) round-trips: for random documents
// in every text format, holding multi-byte and invalid UTF-8, quotes, backslashes and control
// characters, under paths holding the same, the report parses as JSON (simdjson, which also
// insists on well-formed UTF-8 and escaped control characters), has one object per finding,
// and each object gives back the finding: its rule, severity, clause, message and path, its
// span, the excerpt equal to the input's bytes at offset/length, and line and column equal to
// those recomputed from the input bytes. Where the input is not valid UTF-8, each byte outside
// a well-formed sequence reads as U+FFFD, and the line and column still agree.
#include <simdjson.h>
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/checker.hpp>
#include <dbslabel/profile.hpp>

#include "fuzz_checks.hpp"
#include "report/writer.hpp"

namespace {

using dbslabel::finding;
using dbslabel::input_format;

// The length of the well-formed UTF-8 sequence at s[i] (Unicode's table 3-7), or 0. Written
// apart from the library on purpose.
std::size_t sequence_length(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    auto in = [&](std::size_t k, unsigned lo, unsigned hi) {
        return k < s.size() && at(k) >= lo && at(k) <= hi;
    };
    const unsigned c = at(i);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return in(i + 1, 0x80, 0xBF) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = c == 0xED ? 0x9F : 0xBF;
        return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = c == 0xF4 ? 0x8F : 0xBF;
        return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// `s` with every byte outside a well-formed UTF-8 sequence replaced by U+FFFD.
std::string replaced(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = sequence_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

// 1 + the number of line feeds before `offset`.
std::size_t line_at(std::string_view s, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n' ? 1 : 0;
    return line;
}

// Pieces random documents are made of: claims the built-in profile reports, neutral words,
// and bytes a JSON writer must escape or replace.
const std::vector<std::string>& claims() {
    static const std::vector<std::string> v = {
        "DBS is safe for toddlers.",
        "Deep brain stimulation cures dystonia.",
        "The procedure is painless.",
        "We treat newly diagnosed patients with DBS.",
        "DBS is completely safe.",
        "\xE2\x80\x9C"
        "DBS is safe for toddlers\xE2\x80\x9D, she said.",
        "DBS is safe for toddlers \xF0\x9F\x98\x80.",
        "\xC2\xAB"
        "Deep brain stimulation cures dystonia"
        "\xC2\xBB",
        "D\xC3\xA9j\xC3\xA0 vu: DBS is safe for toddlers.",
    };
    return v;
}

const std::vector<std::string>& pieces() {
    static const std::vector<std::string> v = {
        " ",
        " ",
        "\n",
        "\r\n",
        "\n\n",
        "\t",
        "word ",
        "the device ",
        "\"quoted\" ",
        "'single' ",
        "back\\slash ",
        "\\\"",
        "\x01",
        "\x1F",
        "\x7F",
        "\b\f",
        "caf\xC3\xA9 ",
        "\xE4\xB8\xAD\xE6\x96\x87 ",
        "\xF0\x9F\xA7\xA0 ",
        "e\xCC\x81 ",
        "\xEF\xBB\xBF",
        "\xE2\x80\xA8",
        "\xC2\xA0",
        "&amp; ",
        "&#x1F600; ",
        "&quot;",
        "<b>",
        "</b>",
        "*",
        "_",
        "[link](x) ",
        "# ",
        "- ",
        "<!-- note -->",
        "\\u0041 ",
    };
    return v;
}

const std::vector<std::string>& invalid_pieces() {
    static const std::vector<std::string> v = {
        "\xFF",
        "\x80",
        "\xC3",
        "\xE2\x82",
        "\xED\xA0\x80",
        "\xC0\x80",
        "\xF4\x90\x80\x80",
        "\xF8\x88\x80\x80\x80",
        "\xC3(",
        "toddl\xE9rs ",
    };
    return v;
}

std::string random_document(std::mt19937& rng, bool invalid) {
    std::string doc;
    const std::size_t n = 5 + rng() % 40;
    for (std::size_t i = 0; i < n; ++i) {
        const auto pick = rng() % 10;
        if (pick < 3)
            doc += claims()[rng() % claims().size()];
        else if (invalid && pick == 3)
            doc += invalid_pieces()[rng() % invalid_pieces().size()];
        else
            doc += pieces()[rng() % pieces().size()];
    }
    return doc;
}

std::string random_path(std::mt19937& rng, input_format format) {
    static const std::vector<std::string> names = {"page",
                                                   "na\"me",
                                                   "back\\slash",
                                                   "tab\there",
                                                   "ctl\x02",
                                                   "\xC3\xA9t\xC3\xA9",
                                                   "\xF0\x9F\x93\x84",
                                                   "bad\xFF",
                                                   "new\nline",
                                                   "quote'"};
    const char* ext = format == input_format::html       ? ".html"
                      : format == input_format::markdown ? ".md"
                                                         : ".txt";
    return "dir/" + names[rng() % names.size()] + ext;
}

// The report the JSON writer gives for one input and its findings.
std::string json_report(const std::string& path, const std::string& source,
                        const std::vector<finding>& found) {
    std::ostringstream out;
    auto w = dbslabel::detail::make_writer(
        "json", out,
        dbslabel::detail::writer_options_for("text", dbslabel::builtin_profile(), false));
    w->begin_input(path, source);
    for (const finding& f : found) w->on_finding(f);
    w->end_input(path, 0);
    w->finish();
    return out.str();
}

std::string_view string_of(simdjson::dom::element e, const char* key) {
    std::string_view v;
    const auto error = e[key].get_string().get(v);
    INFO(key);
    REQUIRE_FALSE(error);
    return v;
}

std::uint64_t number_of(simdjson::dom::element e, const char* key) {
    std::uint64_t v = 0;
    const auto error = e[key].get_uint64().get(v);
    INFO(key);
    REQUIRE_FALSE(error);
    return v;
}

// Checks that `json` is the report of `found` for `source` read from `path`. Returns the number
// of findings checked.
std::size_t check_round_trip(const std::string& json, const std::string& path,
                             const std::string& source, const std::vector<finding>& found) {
    INFO("report: " << json);
    simdjson::dom::parser parser;
    simdjson::dom::element report;
    const simdjson::padded_string padded(json);
    const auto parse_error = parser.parse(padded).get(report);
    INFO("simdjson: " << simdjson::error_message(parse_error));
    REQUIRE_FALSE(parse_error);
    simdjson::dom::array objects;
    REQUIRE_FALSE(report["findings"].get_array().get(objects));
    REQUIRE(objects.size() == found.size());
    const bool utf8 = dbslabel::fuzz::valid_utf8(source);
    std::size_t i = 0;
    for (simdjson::dom::element o : objects) {
        const finding& f = found[i++];
        INFO("finding " << i << ": " << f.rule << " at " << f.where.offset);
        CHECK(string_of(o, "rule") == f.rule);
        CHECK(string_of(o, "severity") == dbslabel::to_string(f.level));
        CHECK(string_of(o, "clause") == f.clause);
        CHECK(string_of(o, "message") == replaced(f.message));
        CHECK(string_of(o, "path") == replaced(path));
        const std::uint64_t offset = number_of(o, "offset");
        const std::uint64_t length = number_of(o, "length");
        CHECK(offset == f.where.offset);
        CHECK(length == f.where.length);
        REQUIRE(offset <= source.size());
        REQUIRE(length <= source.size() - offset);
        const std::string_view bytes = std::string_view(source).substr(offset, length);
        // The excerpt is the bytes at the span: exactly, where the input is valid UTF-8.
        if (utf8) CHECK(string_of(o, "excerpt") == bytes);
        CHECK(string_of(o, "excerpt") == replaced(bytes));
        // Line and column of the first character, and of the last (a finding about the
        // whole document has no characters: it ends where it starts).
        const std::uint64_t line = number_of(o, "line");
        const std::uint64_t end_line = number_of(o, "end_line");
        const std::size_t last = length == 0 ? offset : offset + length - 1;
        CHECK(line == line_at(source, offset));
        CHECK(end_line == line_at(source, last));
        if (utf8) {
            std::size_t l = 0, column = 0;
            dbslabel::fuzz::position_of(source, offset, l, column);
            CHECK(number_of(o, "column") == column);
            std::size_t first_byte = last;
            while (first_byte > offset &&
                   (static_cast<unsigned char>(source[first_byte]) & 0xC0) == 0x80)
                --first_byte;
            dbslabel::fuzz::position_of(source, first_byte, l, column);
            CHECK(number_of(o, "end_column") == column);
        }
    }
    return found.size();
}

}  // namespace

TEST_CASE("the JSON report round-trips random documents", "[json][report]") {
    std::mt19937 rng(6);
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    std::size_t findings = 0;
    std::size_t invalid_findings = 0;
    for (int round = 0; round < 600; ++round) {
        const input_format format = round % 3 == 0   ? input_format::plain
                                    : round % 3 == 1 ? input_format::markdown
                                                     : input_format::html;
        const bool invalid = round % 4 == 3;
        const std::string source = random_document(rng, invalid);
        const std::string path = random_path(rng, format);
        INFO("round " << round << ", " << dbslabel::to_string(format) << ", source: " << source);
        const std::vector<finding> found = checker.check(source, format, path);
        const std::size_t n =
            check_round_trip(json_report(path, source, found), path, source, found);
        findings += n;
        if (!dbslabel::fuzz::valid_utf8(source)) invalid_findings += n;
    }
    // The documents gave the round trip something to carry, some of it in invalid UTF-8.
    CHECK(findings > 1000);
    CHECK(invalid_findings > 100);
}

TEST_CASE("the JSON report escapes what JSON cannot hold", "[json][report]") {
    // Every byte value, in a message, path and excerpt: the report parses, and gives each back
    // (invalid bytes as U+FFFD).
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    finding f;
    f.rule = "age-under-7";
    f.clause = "age";
    f.level = dbslabel::severity::error;
    f.message = all;
    f.path = all;
    f.excerpt = all;
    f.where = {0, all.size(), 1, 1, 1, 1};
    const std::string json = json_report(all, all, {f});
    simdjson::dom::parser parser;
    simdjson::dom::element report;
    const simdjson::padded_string padded(json);
    REQUIRE_FALSE(parser.parse(padded).get(report));
    simdjson::dom::array objects;
    REQUIRE_FALSE(report["findings"].get_array().get(objects));
    REQUIRE(objects.size() == 1);
    simdjson::dom::element o;
    REQUIRE_FALSE(objects.at(0).get(o));
    CHECK(string_of(o, "message") == replaced(all));
    CHECK(string_of(o, "path") == replaced(all));
    CHECK(string_of(o, "excerpt") == replaced(all));
    // The first 128 bytes are ASCII and come back as they are, NUL and DEL included.
    CHECK(string_of(o, "excerpt").substr(0, 128) == std::string_view(all).substr(0, 128));
}
