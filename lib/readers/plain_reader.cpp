// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Plain text: the copy is the source. A line that holds only a suppression directive is
// recorded and blanked in the copy (same length, so offsets still map one to one), so that a
// reason's words are never read as a claim.
#include <string>

#include "readers/reader_util.hpp"
#include "readers/readers.hpp"

namespace dbslabel::detail {

document read_plain(std::string_view source, std::string path) {
    document doc = plain_document(source, std::move(path));
    if (source.find("dbslabel-") == std::string_view::npos) return doc;
    line_index lines(source);
    std::size_t pos = 0;
    while (pos < source.size()) {
        std::size_t e = source.find('\n', pos);
        if (e == std::string_view::npos) e = source.size();
        std::string_view line = source.substr(pos, e - pos);
        std::size_t lead = 0;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
        if (line.substr(lead, 9) == "dbslabel-") {
            std::size_t n = line.size();
            while (n > lead && (line[n - 1] == '\r' || line[n - 1] == ' ')) --n;
            std::size_t before = doc.suppressions.size();
            add_directive(doc, lines, line.substr(lead, n - lead), pos + lead, n - lead);
            if (doc.suppressions.size() > before)
                for (std::size_t i = pos + lead; i < pos + n; ++i) doc.copy[i] = ' ';
        }
        pos = e + 1;
    }
    return doc;
}

document read_document(std::string_view source, input_format format, std::string path) {
    switch (format) {
        case input_format::markdown:
            return read_markdown(source, std::move(path));
        case input_format::html:
            return read_html(source, std::move(path));
        case input_format::plain:
            break;
    }
    return read_plain(source, std::move(path));
}

}  // namespace dbslabel::detail
