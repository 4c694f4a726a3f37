// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file finding.hpp
/// What a check reports: findings with their exact spans, and input errors.
///
/// A finding says which rule a piece of copy or a record breaks, which clause of the indication
/// it goes beyond, and where: a byte offset and length into the file as it is on disk, plus
/// 1-based line and column (columns count Unicode code points) of its first and last character.
///
///     for (const dbslabel::finding& f : findings)
///         std::cout << f.path << ':' << f.where.line << ':' << f.where.column << ' ' << f.rule
///                   << " (" << f.clause << "): " << f.excerpt << '\n';
///
/// All types here are regular values: copyable, comparable with ==, and safe to share between
/// threads as long as no thread writes to them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dbslabel {

/// How serious a finding is. Ordered: none < note < warning < error.
enum class severity { none = 0, note = 1, warning = 2, error = 3 };

/// The name of a severity ("none", "note", "warning", "error"). Never throws; thread-safe.
constexpr std::string_view to_string(severity s) noexcept {
    switch (s) {
        case severity::note:
            return "note";
        case severity::warning:
            return "warning";
        case severity::error:
            return "error";
        case severity::none:
            break;
    }
    return "none";
}

/// Parses a severity name (case-sensitive, as to_string writes it; "off" is none). Returns false
/// and leaves `out` alone when `name` is not one. Never throws; thread-safe.
constexpr bool parse_severity(std::string_view name, severity& out) noexcept {
    if (name == "error") {
        out = severity::error;
        return true;
    }
    if (name == "warning") {
        out = severity::warning;
        return true;
    }
    if (name == "note") {
        out = severity::note;
        return true;
    }
    if (name == "none" || name == "off") {
        out = severity::none;
        return true;
    }
    return false;
}

/// Where a finding lies in its file. `offset` and `length` are bytes; `line`/`column` are the
/// 1-based position of the first character and `end_line`/`end_column` of the last character
/// (inclusive), with columns in Unicode code points (an invalid UTF-8 byte counts as one).
/// A record finding has only `line` (its first line in the file, or 0 when it has none).
struct span {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t end_line = 0;
    std::size_t end_column = 0;

    friend bool operator==(const span&, const span&) = default;
};

/// One claim beyond the indication, or one record outside it.
struct finding {
    std::string rule;  ///< rule id, as RULES.md names it ("age-under-7")
    severity level = severity::error;
    std::string clause;   ///< clause id of the indication ("age")
    std::string message;  ///< one sentence saying what is claimed
    std::string excerpt;  ///< the source bytes at `where` (the key phrase)
    std::string path;     ///< the input's path ("-" for standard input; may be empty)
    span where;
    bool suppressed = false;         ///< waived by an inline suppression
    std::string suppression_reason;  ///< the reason given with the suppression

    friend bool operator==(const finding&, const finding&) = default;
};

/// An input that could not be read, or one row or record of it.
struct input_error {
    std::string path;
    std::size_t line = 0;  ///< 1-based line, or 0 when the error concerns the whole input
    std::string message;

    friend bool operator==(const input_error&, const input_error&) = default;
};

}  // namespace dbslabel
