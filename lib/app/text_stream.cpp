// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "app/text_stream.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "app/inputs.hpp"
#include "readers/readers.hpp"
#include "text/engine.hpp"
#include "text/suppress.hpp"

namespace dbslabel::detail {

namespace {

bool is_blank(std::string_view line) {
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

std::string_view strip_indent(std::string_view line, std::size_t max) {
    std::size_t i = 0;
    while (i < line.size() && i < max && line[i] == ' ') ++i;
    return line.substr(i);
}

// A line that starts a section: a Markdown ATX heading, or in plain text a short line that
// does not end like a sentence (the engine reads such lines as headings).
bool is_section_start(std::string_view line, bool markdown) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (markdown) return !strip_indent(line, 3).empty() && strip_indent(line, 3)[0] == '#';
    if (line.empty() || line.size() > 80 || line[0] == ' ' || line[0] == '\t') return false;
    const char last = line.back();
    return std::strchr(".!?,;:\"'", last) == nullptr;
}

// A fence opener or closer: up to three spaces, then three or more ` or ~.
std::size_t fence_of(std::string_view line, char& ch) {
    const std::string_view s = strip_indent(line, 3);
    if (s.size() < 3 || (s[0] != '`' && s[0] != '~')) return 0;
    std::size_t n = 0;
    while (n < s.size() && s[n] == s[0]) ++n;
    if (n < 3) return 0;
    ch = s[0];
    return n;
}

// The largest cut not over `max` that lands at a line end, else on a UTF-8 boundary.
std::size_t forced_cut(std::string_view text, std::size_t max) {
    max = std::min(max, text.size());
    const std::size_t nl = text.rfind('\n', max ? max - 1 : 0);
    if (nl != std::string_view::npos && nl + 1 >= max / 2) return nl + 1;
    std::size_t cut = max;
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return cut ? cut : max;
}

struct part {
    std::string text;
    std::size_t base_offset = 0;
    std::size_t base_line = 0;
    std::vector<finding> findings;
    engine::summary sum;
};

}  // namespace

std::size_t part_boundary(std::string_view t, input_format format, std::size_t limit, bool eof) {
    if (eof && t.size() <= limit) return t.size();
    const bool md = format == input_format::markdown;
    bool in_fence = false, in_comment = false, in_front = false, prev_blank = false;
    char fence_ch = 0;
    std::size_t fence_len = 0;
    long disabled = 0;
    std::size_t best_heading = 0, best_blank = 0;
    std::string_view front_marker;
    for (std::size_t pos = 0; pos < t.size() && pos <= limit;) {
        const std::size_t nl = t.find('\n', pos);
        if (nl == std::string_view::npos) break;  // an unfinished line ends no part
        std::string_view line = t.substr(pos, nl - pos);
        const bool blank = is_blank(line);
        if (pos > 0 && prev_blank && !blank && !in_fence && !in_comment && !in_front &&
            disabled <= 0) {
            best_blank = pos;
            if (is_section_start(line, md)) best_heading = pos;
        }
        // What this line opens or closes.
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (pos == 0 && (line == "---" || line == "+++")) {
            in_front = true;
            front_marker = line;
        } else if (in_front) {
            if (line == front_marker || (front_marker == "---" && line == "...")) in_front = false;
        } else if (md && !in_comment) {
            char ch = 0;
            const std::size_t n = fence_of(line, ch);
            if (n && !in_fence) {
                in_fence = true;
                fence_ch = ch;
                fence_len = n;
            } else if (n && in_fence && ch == fence_ch && n >= fence_len) {
                in_fence = false;
            }
        }
        if (!in_fence && !in_front) {
            for (std::size_t i = 0; i < line.size();) {
                const std::size_t k = line.find(in_comment ? "-->" : "<!--", i);
                if (k == std::string_view::npos) break;
                in_comment = !in_comment;
                i = k + 3;
            }
            for (std::size_t i = line.find("dbslabel-"); i != std::string_view::npos;
                 i = line.find("dbslabel-", i + 1)) {
                const std::string_view rest = line.substr(i + 9);
                if (rest.rfind("disable-next-line", 0) == 0) continue;
                if (rest.rfind("disable", 0) == 0) ++disabled;
                if (rest.rfind("enable", 0) == 0 && disabled > 0) --disabled;
            }
        }
        prev_blank = blank;
        pos = nl + 1;
    }
    // A heading boundary keeps back-references whole; take it unless it makes a tiny part.
    if (best_heading && best_heading >= limit / 4) return best_heading;
    return best_blank ? best_blank : best_heading;
}

bool check_streamed(const text_checker& checker, const std::string& path, input_format format,
                    unsigned jobs, const stream_limits& limits, const stream_sink& sink) {
    struct file_closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, file_closer> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        sink.on_error(std::string("cannot open: ") + std::strerror(errno));
        return false;
    }
    const engine& eng = engine_of(checker);
    const std::size_t max_part = std::max(limits.max_part_bytes, limits.part_bytes);
    std::string buf;
    bool eof = false;
    auto read_more = [&](std::size_t want) {
        const std::size_t old = buf.size();
        buf.resize(old + want);
        const std::size_t n = std::fread(buf.data() + old, 1, want, file.get());
        buf.resize(old + n);
        if (n < want) {
            if (std::ferror(file.get())) return false;
            eof = true;
        }
        return true;
    };
    if (!read_more(limits.part_bytes)) {
        sink.on_error("read error");
        return false;
    }
    if (const char* why = binary_reason(buf)) {
        sink.on_error(why);
        return false;
    }
    std::size_t base_offset = 0, base_line = 0;
    engine::summary sum;
    const std::size_t batch_size = std::max<std::size_t>(2, std::size_t{jobs} * 2);
    bool read_failed = false;
    for (;;) {
        std::vector<part> batch;
        while (batch.size() < batch_size && !(eof && buf.empty())) {
            std::size_t limit = limits.part_bytes, cut = 0;
            for (;;) {
                cut = part_boundary(buf, format, std::min(limit, buf.size()), eof);
                if (cut > 0) break;
                if (eof) {
                    cut = buf.size();
                    break;
                }
                if (buf.size() >= max_part) {
                    cut = forced_cut(buf, max_part);
                    break;
                }
                if (!read_more(limits.part_bytes)) {
                    read_failed = true;
                    eof = true;
                }
                limit = buf.size();
            }
            part p;
            p.text.assign(buf, 0, cut);
            buf.erase(0, cut);
            p.base_offset = base_offset;
            p.base_line = base_line;
            base_offset += cut;
            base_line += static_cast<std::size_t>(std::count(p.text.begin(), p.text.end(), '\n'));
            batch.push_back(std::move(p));
            if (!eof && buf.size() < limits.part_bytes && !read_more(limits.part_bytes)) {
                read_failed = true;
                eof = true;
            }
        }
        if (batch.empty()) break;
        run_ordered(
            batch.size(), jobs,
            [&](std::size_t i) {
                part& p = batch[i];
                const document doc = read_document(p.text, format, path);
                const line_index lines(p.text);
                p.findings = eng.check_part(doc, lines, p.sum, p.base_offset, p.base_line);
                apply_suppressions(doc, lines, p.findings);
                for (finding& f : p.findings) {
                    f.where.offset += p.base_offset;
                    f.where.line += p.base_line;
                    f.where.end_line += p.base_line;
                }
            },
            [&](std::size_t i) {
                part& p = batch[i];
                sink.on_part(p.text, p.base_line + 1);
                for (finding& f : p.findings) sink.on_finding(f);
                engine::merge(sum, p.sum);
                std::string().swap(p.text);
                std::vector<finding>().swap(p.findings);
            });
    }
    if (read_failed) {
        sink.on_error("read error after byte " + std::to_string(base_offset));
        return false;
    }
    finding f;
    if (eng.document_finding(sum, f)) {
        f.path = path;
        sink.on_finding(f);
    }
    return true;
}

}  // namespace dbslabel::detail
