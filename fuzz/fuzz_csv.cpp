// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// libFuzzer entry point: the CSV record reader. The properties checked are in checks_*.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    dbslabel::fuzz::check_records(dbslabel::detail::record_format::csv,
                                  std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
