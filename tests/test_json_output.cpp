// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <string>

#include "report/writer.hpp"

using dbslabel::detail::append_json_string;

namespace {
std::string json(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}
}  // namespace

TEST_CASE("JSON strings keep valid UTF-8 and replace what is not", "[json]") {
    CHECK(json("plain") == "\"plain\"");
    CHECK(json("a\"b\\c\n\t") == "\"a\\\"b\\\\c\\n\\t\"");
    CHECK(json("\x01") == "\"\\u0001\"");
    CHECK(json("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80") ==
          "\"caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80\"");
    CHECK(json("\xC0\x80") == "\"\\ufffd\\ufffd\"");             // overlong NUL
    CHECK(json("\xE0\x80\xAF") == "\"\\ufffd\\ufffd\\ufffd\"");  // overlong '/'
    CHECK(json("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");  // a surrogate
    CHECK(json("\xF5\x80\x80\x80") == "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    CHECK(json("\xE2\x80") == "\"\\ufffd\\ufffd\"");  // cut short
    CHECK(json("\xFF") == "\"\\ufffd\"");
}
