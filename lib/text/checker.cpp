// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <dbslabel/checker.hpp>

#include <new>

#include "readers/readers.hpp"
#include "text/engine.hpp"
#include "text/suppress.hpp"

namespace dbslabel {

input_format format_for_path(std::string_view path) noexcept {
    const std::size_t dot = path.rfind('.');
    const std::size_t slash = path.find_last_of("/\\");
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return input_format::plain;
    std::string ext;
    for (char c : path.substr(dot + 1)) ext.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
    if (ext == "md" || ext == "markdown" || ext == "mdown") return input_format::markdown;
    if (ext == "html" || ext == "htm" || ext == "xhtml") return input_format::html;
    return input_format::plain;
}

text_checker::text_checker(const profile& p) : engine_(std::make_shared<detail::engine>(p)) {}
text_checker::~text_checker() = default;
text_checker::text_checker(const text_checker&) = default;
text_checker& text_checker::operator=(const text_checker&) = default;
text_checker::text_checker(text_checker&&) noexcept = default;
text_checker& text_checker::operator=(text_checker&&) noexcept = default;

std::vector<finding> text_checker::check(std::string_view source, input_format format,
                                         std::string_view path) const {
    try {
        const detail::document doc = detail::read_document(source, format, std::string(path));
        const detail::line_index lines(source);
        std::vector<finding> found = engine_->check(doc, lines);
        detail::apply_suppressions(doc, lines, found);
        return found;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (...) {
        // Input is data: nothing in it may escape as an exception.
        return {};
    }
}

const detail::engine& detail::engine_of(const text_checker& checker) noexcept {
    return *checker.engine_;
}

const profile& text_checker::get_profile() const noexcept {
    return engine_->get_profile();
}

}  // namespace dbslabel
