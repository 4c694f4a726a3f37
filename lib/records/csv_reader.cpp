// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// CSV per RFC 4180, streamed in 64 KiB chunks: one row is held at a time. A quoted field may
// span lines; a row's line is the line it starts on. A row with broken quoting, the wrong
// number of fields or an unreadable value is one input error, and reading goes on. When the
// broken quoting is in a row that spans lines (an opening quote that is never closed swallows
// the lines after it), the row is reported at its first line and the lines after that first
// line are read again as rows of their own, so no record hides inside a broken one. A quoted
// field that runs on for more than max_quoted_lines lines or max_quoted_bytes bytes is taken
// to be such a never-closed quote, which keeps memory bounded on any input. A row longer than
// max_row_bytes is an error at its line and the rest of that line is skipped.
#include <istream>
#include <string>
#include <vector>

#include "records/fields.hpp"
#include "records/record_readers.hpp"

namespace dbslabel::detail {

namespace {

constexpr std::size_t max_quoted_lines = 1000;
constexpr std::size_t max_quoted_bytes = std::size_t{1} << 20;
constexpr std::size_t max_row_bytes = std::size_t{1} << 20;

class csv_reader {
  public:
    csv_reader(std::string_view path, record_sink& sink) : path_(path), sink_(sink) {}

    void feed(std::string_view data) {
        if (at_start_) {
            at_start_ = false;
            if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
        }
        for (const char c : data) {
            if (skipping_) {  // the rest of a row that is too long
                if (c == '\n') {
                    skipping_ = false;
                    ++line_;
                    start_row(line_);
                }
                continue;
            }
            if (++row_bytes_ > max_row_bytes) {
                if (recording_) {
                    // A quoted field that spans lines: its first line is the error, the lines
                    // after it are read again; `c` then starts afresh.
                    replay_after("a quoted field longer than 1 MiB");
                } else {
                    ++read_;
                    sink_.on_error(
                        {std::string(path_), row_line_,
                         "the row is longer than 1 MiB; the rest of the line is skipped"});
                    start_row(row_line_);
                    skipping_ = c != '\n';
                    if (!skipping_) start_row(++line_);
                    continue;
                }
            }
            if (recording_) raw_ += c;
            switch (state_) {
                case state::field_start:
                    if (c == '"') {
                        state_ = state::quoted;
                        content_ = quoted_ = true;
                    } else if (c == ',') {
                        content_ = true;
                        end_field();
                    } else if (c == '\n') {
                        end_line();
                    } else if (c != '\r') {
                        field_ += c;
                        content_ = true;
                        state_ = state::unquoted;
                    }
                    break;
                case state::unquoted:
                    if (c == ',') {
                        end_field();
                        state_ = state::field_start;
                    } else if (c == '\n') {
                        end_line();
                    } else if (c == '"') {
                        if (trim(field_).empty()) {  // spaces before an opening quote
                            field_.clear();
                            state_ = state::quoted;
                            quoted_ = true;
                        } else if (!row_fault("a quote inside an unquoted field")) {
                            field_ += c;
                        }
                    } else if (c != '\r') {
                        field_ += c;
                    }
                    break;
                case state::quoted:
                    if (c == '"') {
                        state_ = state::quote_in_quoted;
                    } else {
                        field_ += c;
                        if (c == '\n') quoted_newline();
                    }
                    break;
                case state::quote_in_quoted:
                    if (c == '"') {
                        field_ += '"';
                        state_ = state::quoted;
                    } else if (c == ',') {
                        end_field();
                        state_ = state::field_start;
                    } else if (c == '\n') {
                        end_line();
                    } else if (c == '\r' || c == ' ' || c == '\t') {
                        state_ = state::closed;
                    } else {
                        field_ += c;
                        state_ = state::unquoted;
                        row_fault("text after a closing quote");
                    }
                    break;
                case state::closed:
                    if (c == ',') {
                        end_field();
                        state_ = state::field_start;
                    } else if (c == '\n') {
                        end_line();
                    } else if (c != '\r' && c != ' ' && c != '\t') {
                        field_ += c;
                        state_ = state::unquoted;
                        row_fault("text after a closing quote");
                    }
                    break;
            }
        }
    }

    void finish() {
        while (state_ == state::quoted) replay_after("a quote that is never closed");
        if (content_ || count_ > 0) {
            end_field();
            end_row();
        }
    }

    std::size_t records_read() const noexcept { return read_; }

  private:
    enum class state { field_start, unquoted, quoted, quote_in_quoted, closed };

    void end_field() {
        if (count_ == fields_.size()) fields_.emplace_back();
        fields_[count_].swap(field_);
        field_.clear();
        ++count_;
    }

    // An unquoted newline: the row ends and the next starts on the next line.
    void end_line() {
        end_field();
        end_row();
        ++line_;
        start_row(line_);
    }

    void quoted_newline() {
        ++line_;
        if (!recording_) {
            recording_ = true;  // from here on, the bytes after the row's first line
            raw_.clear();
            raw_lines_ = 0;
        } else if (++raw_lines_ > max_quoted_lines || raw_.size() > max_quoted_bytes) {
            replay_after("a quote that is not closed within " + std::to_string(max_quoted_lines) +
                         " lines");
        }
    }

    // A quoting fault: in a one-line row it makes the row an error when the row ends; in a row
    // that spans lines the row is reported now and its later lines are read again.
    // Returns true when the row was replayed (the caller's character is consumed).
    bool row_fault(const char* what) {
        if (recording_) {
            replay_after(what);
            return true;
        }
        if (fault_.empty()) fault_ = what;
        return false;
    }

    void replay_after(const std::string& what) {
        ++read_;
        sink_.on_error({std::string(path_), row_line_, what});
        std::string replay = std::move(raw_);
        raw_.clear();
        start_row(row_line_ + 1);
        line_ = row_line_;
        feed(replay);
    }

    void start_row(std::size_t line) {
        count_ = 0;
        field_.clear();
        fault_.clear();
        content_ = quoted_ = recording_ = false;
        raw_.clear();
        row_bytes_ = 0;
        state_ = state::field_start;
        row_line_ = line;
    }

    void end_row() {
        // A blank line is no row.
        if (count_ == 1 && !quoted_ && trim(fields_[0]).empty()) return;
        if (!have_header_) {
            take_header();
            return;
        }
        ++read_;
        if (!fault_.empty()) {
            sink_.on_error({std::string(path_), row_line_, fault_});
            return;
        }
        if (count_ != columns_.size()) {
            sink_.on_error({std::string(path_), row_line_,
                            "the row has " + std::to_string(count_) +
                                (count_ == 1 ? " field" : " fields") + ", the header has " +
                                std::to_string(columns_.size())});
            return;
        }
        builder_.reset();
        for (std::size_t i = 0; i < count_; ++i)
            if (columns_[i] >= 0) builder_.set_text(static_cast<field_id>(columns_[i]), fields_[i]);
        if (!builder_.finish()) {
            sink_.on_error({std::string(path_), row_line_, builder_.error()});
            return;
        }
        sink_.on_record(builder_.result(), row_line_);
    }

    void take_header() {
        have_header_ = true;
        if (!fault_.empty()) sink_.on_note({std::string(path_), row_line_, "header: " + fault_});
        columns_.assign(count_, -1);
        std::vector<bool> seen(13, false);
        for (std::size_t i = 0; i < count_; ++i) {
            const std::optional<field_id> f = field_by_name(fields_[i]);
            if (!f) continue;
            const auto index = static_cast<std::size_t>(*f);
            if (seen[index]) {
                sink_.on_note({std::string(path_), row_line_,
                               "column '" + std::string(field_name(*f)) +
                                   "' repeats; the first one is read"});
                continue;
            }
            seen[index] = true;
            columns_[i] = static_cast<int>(index);
        }
        if (!seen[static_cast<std::size_t>(field_id::id)])
            sink_.on_note({std::string(path_), row_line_,
                           "no 'id' column: every row will be an input error"});
    }

    std::string_view path_;
    record_sink& sink_;
    patient_builder builder_;

    state state_ = state::field_start;
    std::vector<std::string> fields_;  // the first count_ are this row's
    std::size_t count_ = 0;
    std::string field_;
    std::string fault_;
    bool content_ = false;  // the row has a character other than CR
    bool quoted_ = false;   // the row has a quoted field
    bool at_start_ = true;
    std::size_t row_bytes_ = 0;  // bytes of the current row so far
    bool skipping_ = false;      // skipping the rest of a line whose row was too long

    // The bytes of a row after its first line, kept only while a quoted field spans lines.
    bool recording_ = false;
    std::string raw_;
    std::size_t raw_lines_ = 0;

    std::size_t line_ = 1;
    std::size_t row_line_ = 1;
    std::size_t read_ = 0;

    bool have_header_ = false;
    std::vector<int> columns_;  // per column: a field_id, or -1 for a column to ignore
};

}  // namespace

std::size_t read_csv(std::istream& in, std::string_view path, record_sink& sink) {
    csv_reader reader(path, sink);
    std::vector<char> buffer(std::size_t{1} << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0) break;
        reader.feed(std::string_view(buffer.data(), n));
    }
    reader.finish();
    return reader.records_read();
}

}  // namespace dbslabel::detail
