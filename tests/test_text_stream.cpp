// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <dbslabel/checker.hpp>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "app/text_stream.hpp"

using dbslabel::input_format;
using dbslabel::detail::part_boundary;

TEST_CASE("a part ends before a heading after a blank line", "[stream]") {
    const std::string md = "# One\n\nDBS text.\n\nMore text.\n\n# Two\n\nText.\n";
    // Limit past "# Two": the heading boundary is taken.
    CHECK(part_boundary(md, input_format::markdown, md.size() - 3, false) == md.find("# Two"));
    // At the end of the file everything fits.
    CHECK(part_boundary(md, input_format::markdown, md.size(), true) == md.size());
}

TEST_CASE("a part never ends inside a fence, comment, front matter or disabled range", "[stream]") {
    const std::string fence = "Intro.\n\n```\ncode\n\n# not a heading\n```\n\nAfter.\n";
    const std::size_t b = part_boundary(fence, input_format::markdown, fence.size() - 1, false);
    CHECK((b == fence.find("```") || b == fence.find("After.")));

    const std::string comment = "Intro.\n\n<!-- a\n\nb -->\n\nAfter.\n";
    const std::size_t c = part_boundary(comment, input_format::markdown, comment.size() - 1, false);
    CHECK((c == comment.find("<!--") || c == comment.find("After.")));

    const std::string front = "---\ntitle: x\n\nmore: y\n---\n\nBody.\n\nEnd.\n";
    const std::size_t f = part_boundary(front, input_format::markdown, front.size() - 1, false);
    CHECK(f >= front.find("Body."));

    const std::string disabled =
        "A.\n\ndbslabel-disable efficacy-claim -- quoted study\n\nB.\n\ndbslabel-enable "
        "efficacy-claim\n\nC.\n";
    const std::size_t d = part_boundary(disabled, input_format::plain, disabled.size() - 1, false);
    CHECK((d <= disabled.find("dbslabel-disable") || d >= disabled.find("C.")));
}

TEST_CASE("no boundary in an unfinished line or without blank lines", "[stream]") {
    CHECK(part_boundary("one line without end", input_format::plain, 100, false) == 0);
    CHECK(part_boundary("a\nb\nc\n", input_format::plain, 100, false) == 0);
}

namespace {

std::vector<std::tuple<std::string, std::size_t, std::size_t, std::size_t, std::size_t>> key(
    std::vector<dbslabel::finding> v) {
    std::vector<std::tuple<std::string, std::size_t, std::size_t, std::size_t, std::size_t>> k;
    for (const auto& f : v)
        k.emplace_back(f.rule, f.where.offset, f.where.length, f.where.line, f.where.column);
    std::sort(k.begin(), k.end());
    return k;
}

}  // namespace

TEST_CASE("a file checked in parts gives the findings of the whole file", "[stream]") {
    const char* paragraphs[] = {
        "# Deep brain stimulation\n\n",
        "Deep brain stimulation relieves spasms in children as young as four. It is "
        "completely safe.\n\n",
        "DBS may help manage chronic primary dystonia in patients seven and older after "
        "medications have failed.\n\n",
        "## Botox\n\nBotulinum toxin is the first-line treatment. It works well.\n\n",
        "## Who\n\nThe neurostimulator is a first-line option for writer\xE2\x80\x99s cramp "
        "and helps toddlers.\n\n",
        "```\nDBS cures everything\n\n```\n\n",
    };
    std::string text;
    for (int round = 0; round < 60; ++round) text += paragraphs[round % 6];
    const std::string path = "stream_test_input.md";
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    const auto whole = checker.check(text, input_format::markdown, path);
    REQUIRE(whole.size() > 20);

    for (unsigned jobs : {1u, 2u}) {
        std::vector<dbslabel::finding> parts;
        std::size_t part_count = 0;
        dbslabel::detail::stream_sink sink;
        sink.on_part = [&](std::string_view, std::size_t) { ++part_count; };
        sink.on_finding = [&](dbslabel::finding& f) { parts.push_back(f); };
        sink.on_error = [](const std::string& m) { FAIL(m); };
        dbslabel::detail::stream_limits limits;
        limits.part_bytes = 700;
        limits.max_part_bytes = 4000;
        REQUIRE(dbslabel::detail::check_streamed(checker, path, input_format::markdown, jobs,
                                                 limits, sink));
        CHECK(part_count > 5);
        CHECK(key(parts) == key(whole));
        for (const auto& f : parts) CHECK(text.substr(f.where.offset, f.where.length) == f.excerpt);
    }
    std::remove(path.c_str());
}
