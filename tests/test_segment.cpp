// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Segmentation of plain text into blocks and sentences.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/segment.hpp"

namespace {

using dbslabel::detail::block;
using dbslabel::detail::block_kind;

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    for (const block& b : dbslabel::detail::plain_blocks(text)) {
        std::vector<dbslabel::detail::sentence_span> ss;
        dbslabel::detail::split_sentences(text, b, ss);
        for (const auto& s : ss) out.push_back(text.substr(s.begin, s.end - s.begin));
    }
    return out;
}

}  // namespace

TEST_CASE("abbreviations, decimals and list markers do not end a sentence", "[segment]") {
    CHECK(
        sentences("Dr. Patel implants DBS. It is done in the U.S. and Canada.") ==
        std::vector<std::string>{"Dr. Patel implants DBS.", "It is done in the U.S. and Canada."});
    CHECK(sentences("Relief was 2.5 times greater, e.g. in teens. Approx. half improved.") ==
          std::vector<std::string>{"Relief was 2.5 times greater, e.g. in teens.",
                                   "Approx. half improved."});
    CHECK(sentences("1. DBS is safe.\n2. It works.") ==
          std::vector<std::string>{"1. DBS is safe.", "2. It works."});
    CHECK(sentences("She said “it works.” Then she left!") ==
          std::vector<std::string>{"She said “it works.”", "Then she left!"});
    CHECK(sentences("Really? Yes. It helps") ==
          std::vector<std::string>{"Really?", "Yes.", "It helps"});
}

TEST_CASE("headings, list items and table cells are their own sentences", "[segment]") {
    const std::string text =
        "ASK THE SURGEON\n"
        "Deep brain stimulation explained\n"
        "\n"
        "What is DBS?\n"
        "DBS uses a small device. It sends pulses\n"
        "to the brain.\n"
        "\n"
        "- Painless for most\n"
        "- Safe for kids\n"
        "\n"
        "| Option | Note |\n"
        "|---|---|\n"
        "| DBS | FDA-approved |\n";
    const auto blocks = dbslabel::detail::plain_blocks(text);
    const auto s = sentences(text);
    CHECK(s == std::vector<std::string>{"ASK THE SURGEON", "Deep brain stimulation explained",
                                        "What is DBS?", "DBS uses a small device.",
                                        "It sends pulses\nto the brain.", "- Painless for most",
                                        "- Safe for kids", "Option", "Note", "DBS",
                                        "FDA-approved"});
    REQUIRE(blocks.size() >= 4);
    CHECK(blocks[0].kind == block_kind::heading);
    CHECK(blocks[2].kind == block_kind::heading);
    CHECK(blocks[3].kind == block_kind::paragraph);
}

TEST_CASE("a heading-like line without punctuation ends at its line break", "[segment]") {
    CHECK(sentences("Important information\nHumanitarian Device. Authorized by law.") ==
          std::vector<std::string>{"Important information", "Humanitarian Device.",
                                   "Authorized by law."});
    // A wrapped line that ends in a function word continues the sentence.
    CHECK(sentences("DBS is offered to people with\nGeneralized dystonia today.") ==
          std::vector<std::string>{"DBS is offered to people with\nGeneralized dystonia today."});
}
