// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file checker.hpp
/// The claim engine: finds every claim in marketing copy that goes beyond the indication.
///
/// A text_checker is built once from a profile and is then immutable: one instance may check
/// any number of documents from any number of threads at once. It reads plain text, Markdown or
/// HTML, and returns findings whose spans point at the exact bytes of the source it was given.
///
///     dbslabel::text_checker checker(dbslabel::builtin_profile("dystonia-hde"));
///     auto found = checker.check("DBS is safe for toddlers.", dbslabel::input_format::plain);
///     // found: safety-overclaim "safe", age-under-7 "toddlers", missing-hde-statement
///
/// Needs the compiled library (target dbslabel::dbslabel). This header itself includes only the
/// standard library.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "profile.hpp"

namespace dbslabel {

/// How a text input is to be read.
enum class input_format { plain, markdown, html };

/// The name of an input format ("plain", "markdown", "html"). Never throws; thread-safe.
constexpr std::string_view to_string(input_format f) noexcept {
    switch (f) {
        case input_format::markdown:
            return "markdown";
        case input_format::html:
            return "html";
        case input_format::plain:
            break;
    }
    return "plain";
}

/// The format `path` implies by its extension: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML,
/// anything else plain text (case-insensitive). Never throws; thread-safe.
input_format format_for_path(std::string_view path) noexcept;

class text_checker;

namespace detail {
class engine;
/// The engine behind a checker, for the library's own streaming code. Never throws.
const engine& engine_of(const text_checker& checker) noexcept;
}  // namespace detail

/// Checks copy against a profile. Immutable after construction; every const member is safe to
/// call from many threads at once.
class text_checker {
  public:
    /// Builds the checker for `p` (vocabularies compiled once). Throws config_error when the
    /// profile cannot be used (an empty therapy vocabulary, say); std::bad_alloc.
    explicit text_checker(const profile& p);
    ~text_checker();
    text_checker(const text_checker&);
    text_checker& operator=(const text_checker&);
    text_checker(text_checker&&) noexcept;
    text_checker& operator=(text_checker&&) noexcept;

    /// Checks `source`, read as `format`, and returns its findings in source order (each with
    /// `path` set to `path`). Never throws on any input, including invalid UTF-8 and NUL bytes
    /// (only std::bad_alloc). Thread-safe.
    [[nodiscard]] std::vector<finding> check(std::string_view source,
                                             input_format format = input_format::plain,
                                             std::string_view path = {}) const;

    /// The profile the checker was built from. Never throws; thread-safe.
    [[nodiscard]] const profile& get_profile() const noexcept;

  private:
    friend const detail::engine& detail::engine_of(const text_checker&) noexcept;
    std::shared_ptr<const detail::engine> engine_;
};

}  // namespace dbslabel
