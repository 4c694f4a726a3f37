// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

/// \file error.hpp
/// The one exception family of dbslabel.
///
/// Checked text and records are data and never raise: odd input becomes findings or input
/// errors. Exceptions are kept for bad configuration (a broken profile or `.dbslabel.toml`) and
/// for misuse of the API or the command line.
///
///     try {
///         auto p = dbslabel::builtin_profile("dystonia-hde");
///     } catch (const dbslabel::config_error& e) {
///         std::cerr << e.what() << '\n';   // "profile.toml:3:7: unknown key 'foo'"
///     }
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace dbslabel {

/// Base of every exception dbslabel throws. Copyable; thread-safe as a value.
class error : public std::runtime_error {
  public:
    /// Builds an error with message `what`. Throws std::bad_alloc only.
    explicit error(const std::string& what) : std::runtime_error(what) {}
};

/// A configuration file (profile, `.dbslabel.toml`) or a built-in name is wrong. Carries the
/// file and the 1-based line and column of the fault where there is one (0 when not).
class config_error : public error {
  public:
    /// Builds "FILE:LINE:COLUMN: MESSAGE" (or "MESSAGE" when `file` is empty). Throws
    /// std::bad_alloc only.
    config_error(std::string file, std::size_t line, std::size_t column, const std::string& message)
        : error(compose(file, line, column, message)),
          file_(std::move(file)),
          line_(line),
          column_(column),
          message_(message) {}

    /// The file named by the error, or empty. Never throws.
    const std::string& file() const noexcept { return file_; }
    /// The 1-based line, or 0 when unknown. Never throws.
    std::size_t line() const noexcept { return line_; }
    /// The 1-based column, or 0 when unknown. Never throws.
    std::size_t column() const noexcept { return column_; }
    /// The message without the position. Never throws.
    const std::string& message() const noexcept { return message_; }

  private:
    static std::string compose(const std::string& file, std::size_t line, std::size_t column,
                               const std::string& message) {
        if (file.empty()) return message;
        std::string s = file;
        if (line > 0) {
            s += ':' + std::to_string(line);
            if (column > 0) s += ':' + std::to_string(column);
        }
        return s + ": " + message;
    }
    std::string file_;
    std::size_t line_;
    std::size_t column_;
    std::string message_;
};

/// The API or the command line was used wrongly (an unknown option value, say).
class usage_error : public error {
  public:
    /// Builds the error with message `what`. Throws std::bad_alloc only.
    explicit usage_error(const std::string& what) : error(what) {}
};

}  // namespace dbslabel
