// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "fuzz_checks.hpp"

namespace dbslabel::fuzz {

std::string_view target_name(target t) noexcept {
    switch (t) {
        case target::plain:
            return "fuzz_plain";
        case target::markdown:
            return "fuzz_markdown";
        case target::html:
            return "fuzz_html";
        case target::csv:
            return "fuzz_csv";
        case target::jsonl:
            return "fuzz_jsonl";
        case target::fhir:
            return "fuzz_fhir";
        case target::profile:
            break;
    }
    return "fuzz_profile";
}

bool parse_target(std::string_view name, target& out) noexcept {
    if (name.substr(0, 5) == "fuzz_") name.remove_prefix(5);
    for (target t : {target::plain, target::markdown, target::html, target::csv, target::jsonl,
                     target::fhir, target::profile})
        if (target_name(t).substr(5) == name) {
            out = t;
            return true;
        }
    return false;
}

void run(target t, const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    switch (t) {
        case target::plain:
            return check_text(input_format::plain, input);
        case target::markdown:
            return check_text(input_format::markdown, input);
        case target::html:
            return check_text(input_format::html, input);
        case target::csv:
            return check_records(detail::record_format::csv, input);
        case target::jsonl:
            return check_records(detail::record_format::jsonl, input);
        case target::fhir:
            return check_records(detail::record_format::fhir, input);
        case target::profile:
            return check_profile(input);
    }
}

}  // namespace dbslabel::fuzz
