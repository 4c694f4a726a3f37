// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// JSON Lines: one object a line, parsed with simdjson's DOM parser, whose buffers are reused
// from line to line. Only the current line is held. Arrays may stand where CSV has `;` lists,
// numbers or strings where CSV has numbers, and null means absent; unknown keys are ignored.
// A line longer than max_line_bytes is an error at its line (and is never handed to the
// parser); simdjson's depth limit makes deep nesting an error at its line.
#include <istream>
#include <string>

#include <simdjson.h>

#include "records/fields.hpp"
#include "records/record_readers.hpp"

namespace dbslabel::detail {

namespace {

constexpr std::size_t max_line_bytes = std::size_t{1} << 20;

std::string number_text(simdjson::dom::element v) {
    int64_t i = 0;
    if (v.get_int64().get(i) == simdjson::SUCCESS) return std::to_string(i);
    uint64_t u = 0;
    if (v.get_uint64().get(u) == simdjson::SUCCESS) return std::to_string(u);
    std::string s = std::to_string(v.get_double().value_unsafe());
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

const char* type_name(simdjson::dom::element_type t) {
    switch (t) {
        case simdjson::dom::element_type::ARRAY:
            return "array";
        case simdjson::dom::element_type::OBJECT:
            return "object";
        case simdjson::dom::element_type::BOOL:
            return "boolean";
        case simdjson::dom::element_type::STRING:
            return "string";
        case simdjson::dom::element_type::NULL_VALUE:
            return "null";
        default:
            break;
    }
    return "number";
}

void set_value(patient_builder& b, field_id f, simdjson::dom::element v) {
    using simdjson::dom::element_type;
    switch (v.type()) {
        case element_type::NULL_VALUE:
            return;
        case element_type::STRING:
            b.set_text(f, v.get_string().value_unsafe());
            return;
        case element_type::BOOL:
            b.set_bool(f, v.get_bool().value_unsafe());
            return;
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE: {
            const std::string text = number_text(v);
            b.set_number(f, v.get_double().value_unsafe(), text);
            return;
        }
        case element_type::ARRAY: {
            if (!is_list_field(f)) {
                b.wrong_type(f, "array");
                return;
            }
            simdjson::dom::array items;
            if (v.get_array().get(items)) return;
            for (simdjson::dom::element item : items) {
                if (item.is_string()) {
                    b.add_item(f, item.get_string().value_unsafe());
                } else if (item.is_number()) {
                    b.add_item(f, number_text(item));
                } else if (!item.is_null()) {
                    b.wrong_type(f, std::string("array holding an ") + type_name(item.type()));
                    return;
                }
            }
            return;
        }
        case element_type::OBJECT:
            b.wrong_type(f, "object");
            return;
    }
}

}  // namespace

std::size_t read_jsonl(std::istream& in, std::string_view path, record_sink& sink) {
    simdjson::dom::parser parser;
    patient_builder builder;
    std::string line;
    std::size_t line_no = 0, read = 0;
    const std::string file(path);
    while (std::getline(in, line)) {
        ++line_no;
        if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty()) continue;
        ++read;
        if (line.size() > max_line_bytes) {
            sink.on_error({file, line_no, "the line is longer than 1 MiB"});
            std::string().swap(line);
            continue;
        }
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: give it room in place.
        line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
        simdjson::dom::element doc;
        const auto error =
            parser.parse(simdjson::padded_string_view(line.data(), line.size(), line.capacity()))
                .get(doc);
        if (error) {
            sink.on_error(
                {file, line_no, std::string("not JSON: ") + simdjson::error_message(error)});
            continue;
        }
        simdjson::dom::object object;
        if (doc.get_object().get(object)) {
            sink.on_error({file, line_no,
                           std::string("not a JSON object but a JSON ") + type_name(doc.type())});
            continue;
        }
        builder.reset();
        for (const simdjson::dom::key_value_pair field : object) {
            const std::optional<field_id> f = field_by_name(field.key);
            if (f) set_value(builder, *f, field.value);
        }
        if (!builder.finish()) {
            sink.on_error({file, line_no, builder.error()});
            continue;
        }
        sink.on_record(builder.result(), line_no);
    }
    return read;
}

bool parse_record_format(std::string_view name, record_format& out) noexcept {
    if (name == "csv")
        out = record_format::csv;
    else if (name == "jsonl" || name == "ndjson")
        out = record_format::jsonl;
    else if (name == "fhir")
        out = record_format::fhir;
    else
        return false;
    return true;
}

std::optional<record_format> record_format_for_path(std::string_view path) noexcept {
    const std::size_t dot = path.rfind('.');
    const std::size_t slash = path.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    const std::string_view ext = path.substr(dot);
    if (iequals(ext, ".csv")) return record_format::csv;
    if (iequals(ext, ".jsonl") || iequals(ext, ".ndjson")) return record_format::jsonl;
    if (iequals(ext, ".json")) return record_format::fhir;
    return std::nullopt;
}

std::size_t read_records(std::istream& in, std::string_view path, record_format format,
                         record_sink& sink) {
    switch (format) {
        case record_format::csv:
            return read_csv(in, path, sink);
        case record_format::jsonl:
            return read_jsonl(in, path, sink);
        case record_format::fhir:
            break;
    }
    return read_fhir(in, path, sink);
}

}  // namespace dbslabel::detail
