// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// libFuzzer entry point: plain text through text_checker::check. The properties checked are in
// checks_*.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    dbslabel::fuzz::check_text(dbslabel::input_format::plain,
                               std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
