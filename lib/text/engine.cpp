// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/engine.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <dbslabel/rules.hpp>

#include "text/ages.hpp"
#include "text/segment.hpp"
#include "text/tokens.hpp"

namespace dbslabel::detail {

namespace {

// What a mention refers to.
enum : std::uint8_t { ref_none = 0, ref_therapy = 1, ref_other = 2 };

struct mention {
    std::uint16_t b = 0;
    std::uint16_t e = 0;
    role what = role::therapy;
    std::uint8_t resolved = ref_none;
    bool consumed = false;
};

// An age the copy gives, from the age finder or an age-group phrase.
struct age_cand {
    std::size_t b, e;
    double lo;
    bool numeric;  // from the age finder ("at 9"), not an age group ("adults")
    double hi;     // highest age, -1 for none
};

bool overlaps(const hit& a, const hit& b) {
    return a.b < b.e && b.b < a.e;
}
bool contains(const hit& outer, const hit& inner) {
    return outer.b <= inner.b && inner.e <= outer.e && !(outer.b == inner.b && outer.e == inner.e);
}

// Whether an answer begins by saying yes ("Yes,", "A: Absolutely.", "GUEST: Completely, ...").
bool affirms(std::string_view s) {
    std::size_t i = 0;
    auto word = [&]() {
        while (i < s.size() && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
        const std::size_t b = i;
        while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
        std::string w(s.substr(b, i - b));
        for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return w;
    };
    std::string w = word();
    // A speaker's label: "A:", "GUEST:", "Dr Lee:".
    const std::size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon < 24 && i <= colon) {
        i = colon + 1;
        w = word();
    }
    static constexpr std::array<std::string_view, 16> yes = {
        "yes",     "yeah",       "yep",         "yup",   "absolutely", "definitely",
        "totally", "completely", "certainly",   "sure",  "indeed",     "exactly",
        "correct", "right",      "undoubtedly", "course"};
    if (std::find(yes.begin(), yes.end(), w) != yes.end()) {
        // ("Absolutely not.", "Certainly not": a denial.)
        const std::size_t at = i;
        const std::string next = word();
        i = at;
        return next != "not";
    }
    // ... or ends by saying it: "For most of our patients, absolutely."
    std::string last;
    while (i < s.size()) {
        std::string x = word();
        if (!x.empty()) last = x;
    }
    return last == "absolutely" || last == "definitely" || last == "certainly" || last == "yes";
}

// Whether an answer begins by saying no ("No,", "A: Nope.", "Not at all.", "None.").
bool denies(std::string_view s) {
    std::string head;
    for (std::size_t i = 0; i < s.size() && head.size() < 40; ++i) {
        const char c = s[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            head += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else if (!head.empty() && head.back() != ' ')
            head += ' ';
    }
    auto opens_no = [](const std::string& h) {
        // ("No problem", "No need to wait": no answer at all.)
        for (std::string_view k : {std::string_view("no problem"), std::string_view("no need"),
                                   std::string_view("no worries"), std::string_view("no doubt"),
                                   std::string_view("no question")})
            if (h.compare(0, k.size(), k) == 0) return false;
        for (std::string_view o :
             {std::string_view("no "), std::string_view("nope "), std::string_view("nah "),
              std::string_view("wrong "), std::string_view("false "), std::string_view("none "),
              std::string_view("not at all "), std::string_view("not really "),
              std::string_view("zero "), std::string_view("never ")})
            if (h.compare(0, o.size(), o) == 0 || h + " " == o) return true;
        return false;
    };
    if (opens_no(head)) return true;
    // After a speaker's label: "A: No.", "Bot: Nope".
    const std::size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon < 16) {
        const std::size_t sp = head.find(' ');
        if (sp != std::string::npos && sp + 1 < head.size()) head = head.substr(sp + 1);
    }
    return opens_no(head);
}

// Whether a sentence opens by refuting the one before it ("It is not;", "That was wrong:",
// "My neurologist said that is not true").
bool refutes(std::string_view s) {
    std::string head;  // lower case; punctuation kept as " ; "
    for (std::size_t i = 0; i < s.size() && head.size() < 80; ++i) {
        const char c = s[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'') {
            head += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
            head += '\'';
            i += 2;
        } else if (c == ';' || c == ':' || c == ',' || c == '.' || c == '!' ||
                   s.compare(i, 3, "\xE2\x80\x94") == 0) {
            head += " ; ";
        } else if (!head.empty() && head.back() != ' ') {
            head += ' ';
        }
    }
    // "It is not;", "It does not.", "It isn't true": the bare denial of what came before.
    static constexpr std::array<std::string_view, 8> denials = {
        "it is not ",  "it isn't ",   "it's not ",  "it does not ",
        "it doesn't ", "it did not ", "it didn't ", "it cannot "};
    for (std::string_view o : denials)
        if (head.compare(0, o.size(), o) == 0) {
            const std::string_view rest = std::string_view(head).substr(o.size());
            if (rest.empty() || rest[0] == ';' || rest.compare(0, 4, "true") == 0 ||
                rest.compare(0, 2, "so") == 0 || rest.compare(0, 8, "the case") == 0 ||
                rest.compare(0, 3, "one") == 0)
                return true;
            // "It is not indicated for that condition": the use just named.
            for (std::string_view v :
                 {std::string_view("indicated for th"), std::string_view("labelled for th"),
                  std::string_view("labeled for th"), std::string_view("approved for th"),
                  std::string_view("authorized for th"), std::string_view("used for th"),
                  std::string_view("for th")})
                if (rest.compare(0, v.size(), v) == 0) return true;
        }
    // ("It is often said that DBS has no side effects. In fact, ...": a correction.)
    static constexpr std::array<std::string_view, 13> opens = {
        "that is not true",   "that's not true", "that was wrong", "that is wrong",
        "that was a mistake", "that is false",   "not true",       "this is false",
        "in fact ; ",         "in reality ; ",   "the truth is ",  "we explain that ",
        "in truth ; "};
    for (std::string_view o : opens)
        if (head.compare(0, o.size(), o) == 0) return true;
    // "My neurologist said that is not true", "... says this is a myth" in its first words
    const std::string_view first(head.data(), std::min<std::size_t>(head.size(), 60));
    return first.find("that is not true") != std::string_view::npos ||
           first.find("that's not true") != std::string_view::npos ||
           first.find("that isn't true") != std::string_view::npos ||
           first.find("is a myth") != std::string_view::npos;
}

bool hard_punct(const token& t) {
    if (t.kind != token_kind::punct) return false;
    switch (t.punct) {
        case ';':
        case ':':
        case '-':
        case '(':
        case ')':
        case '.':
        case '?':
        case '!':
        case '|':
            return true;
        default:
            return false;
    }
}

// Lower-cased copy with every run of white space (and NBSP) as one space, for finding the
// statement's parts whatever the line breaks.
std::string fold_for_search(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || nbsp) {
            if (nbsp) ++i;
            space = true;
            continue;
        }
        if (c == '*' || c == '_') continue;
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
    }
    return out;
}

}  // namespace

// Development aid: DBSLABEL_TRACE=1 prints every concept match of the sentences about the
// therapy to standard error.
void engine::trace_hits(const std::vector<token>& t, std::string_view norm,
                        const std::vector<hit>& hits) const {
    std::string line;
    for (const token& k : t) {
        line += token_text(k, norm);
        line += k.joined ? "~ " : " ";
    }
    std::fprintf(stderr, "SENT %s\n", line.c_str());
    for (const hit& h : hits) {
        std::string words;
        for (std::size_t i = h.b; i < h.e && i < t.size(); ++i) {
            words += token_text(t[i], norm);
            words += ' ';
        }
        const char* id = h.concept_id != static_cast<std::uint32_t>(-1)
                             ? lex_.info(h.concept_id).id.c_str()
                         : h.what == role::neg_pre ? "n't"
                                                   : "percent-comparative";
        std::fprintf(stderr, "  %-28s [%u,%u) %s\n", id, h.b, h.e, words.c_str());
    }
}

struct engine::scratch {
    std::vector<token> toks;
    std::string norm;
    std::vector<hit> hits;
    std::vector<age_hit> ages;
    std::vector<mention> mentions;
    std::vector<std::uint8_t> neg;
    std::vector<std::uint8_t> hyp;
    std::vector<std::uint16_t> clause;
    std::vector<std::uint8_t> term;
    std::vector<std::uint8_t> is_term;
    std::vector<std::uint8_t> is_sub;
    std::vector<age_cand> cands;
    std::vector<std::uint16_t> part;                             // clauses cut also at commas
    std::vector<std::pair<std::size_t, std::size_t>> by_people;  // benefits people bring
    std::vector<sentence_span> sentences;
};

struct engine::state {
    std::uint8_t pronoun = ref_none;  // what "it" refers to at the start of a sentence
    std::uint8_t np = ref_none;       // what "the device", "this therapy" refer to
    bool presented = false;           // a sentence presents the therapy for dystonia
    bool named = false;               // the therapy is named somewhere
    bool dystonia = false;            // dystonia is mentioned somewhere
    std::size_t present_at = 0;       // copy offset of the presenting sentence
    std::size_t named_at = 0;
    // A question that does not name the therapy ("Why wait for pills to fail?") is read with
    // the next sentence of its paragraph when that one names it ("Choose DBS today.").
    bool question_open = false;
    bool question_named = false;  // the open question names the therapy
    bool question_wh = false;     // ... and asks "who", "when", "what" (its answer completes it)
    // ... and asks after a limit of the therapy: 1 a risk ("Does DBS have side effects?"), 2 an
    // age limit ("Is there a minimum age for DBS?"). Answered no, it is said to have none.
    std::uint8_t question_limit = 0;
    std::uint8_t answer_denies = 0;  // the limit the sentence being read answers no to
    std::size_t question_at = 0;
};

engine::engine(profile p) : profile_(std::move(p)), lex_(profile_) {
    symptom_set_ = lex_.set_id("symptom");
    onset_set_ = lex_.set_id("onset");
    treat_set_ = lex_.set_id("treat_verb");
    aux_set_ = lex_.set_id("aux");
    act_set_ = lex_.set_id("act");
    kin_set_ = lex_.set_id("kin");
    sx_set_ = lex_.set_id("sx");
    aid_set_ = lex_.set_id("aid");
    medx_set_ = lex_.set_id("medx");
    person_set_ = lex_.set_id("person");
    service_set_ = lex_.set_id("service");
    agent_set_ = lex_.set_id("other_agent");
    venue_set_ = lex_.set_id("venue");
    head_set_ = lex_.set_id("therapy_head");
    function_set_ = lex_.set_id("function");
    degree_set_ = lex_.set_id("degree");
    writer_set_ = lex_.set_id("writer");
    male_set_ = lex_.set_id("male");
    female_set_ = lex_.set_id("female");
    child_set_ = lex_.set_id("child");
    subject_set_ = lex_.set_id("subject");
    personal_set_ = lex_.set_id("personal");
    const char* tr = std::getenv("DBSLABEL_TRACE");
    trace_ = tr != nullptr && *tr != '\0' && *tr != '0';
}

std::vector<finding> engine::check(const document& doc, const line_index& lines) const {
    summary sum;
    std::vector<finding> out = check_part(doc, lines, sum, 0, 0);
    finding f;
    if (document_finding(sum, f)) {
        f.path = doc.path;
        out.push_back(std::move(f));
        std::stable_sort(out.begin(), out.end(), [](const finding& a, const finding& b) {
            return a.where.offset < b.where.offset;
        });
    }
    return out;
}

std::vector<finding> engine::check_part(const document& doc, const line_index& lines, summary& sum,
                                        std::size_t base_offset, std::size_t base_line) const {
    std::vector<finding> out;
    scratch s;
    state st;
    std::vector<block> own;
    const std::vector<block>* blocks = &doc.blocks;
    if (doc.blocks.empty()) {
        own = plain_blocks(doc.copy);
        blocks = &own;
    }
    for (const block& b : *blocks) {
        if (b.kind == block_kind::comment) continue;
        s.sentences.clear();
        split_sentences(doc.copy, b, s.sentences);
        std::size_t prev_from = out.size();  // the previous sentence's findings
        for (const sentence_span& sp : s.sentences) {
            if (sp.section_start) {
                st.pronoun = ref_none;
                st.np = ref_none;
            } else if (sp.block_start) {
                st.pronoun = ref_none;  // a pronoun reaches back within its paragraph only
            }
            // "DBS is sometimes described as risk-free. It is not; ...": a sentence that
            // opens by refuting withdraws the claims of the one before it.
            if (!sp.block_start && !sp.section_start &&
                refutes(doc.copy.substr(sp.begin, sp.end - sp.begin)))
                out.erase(out.begin() + static_cast<std::ptrdiff_t>(prev_from), out.end());
            prev_from = out.size();
            const bool carry = st.question_open && !sp.block_start && !sp.section_start;
            const bool named_question = st.question_named;
            const bool wh = st.question_wh;
            const std::uint8_t limit = st.question_limit;
            st.question_open = false;
            st.question_named = false;
            st.question_wh = false;
            st.question_limit = 0;
            st.answer_denies = 0;
            if (carry && named_question && limit != 0 &&
                denies(doc.copy.substr(sp.begin, sp.end - sp.begin)))
                st.answer_denies = limit;
            if (carry && named_question) {
                // "So DBS fixed your neck? - Completely, I can look ahead now.": a question
                // about the therapy answered yes is said; answered otherwise it stays asked.
                // "When should DBS happen? As soon as symptoms show.": the answer completes it.
                if (wh || affirms(doc.copy.substr(sp.begin, sp.end - sp.begin)) ||
                    st.answer_denies != 0)
                    analyze(doc, lines, st.question_at, sp.end, 0, s, st, out);
                else
                    analyze(doc, lines, sp.begin, sp.end, 0, s, st, out);
                st.answer_denies = 0;
            } else if (carry && !denies(doc.copy.substr(sp.begin, sp.end - sp.begin))) {
                analyze(doc, lines, st.question_at, sp.end, sp.begin, s, st, out);
            } else {
                analyze(doc, lines, sp.begin, sp.end, 0, s, st, out);
            }
        }
    }
    // What the document level needs: where the therapy is presented, and which parts of the
    // statement this part holds.
    auto locate = [&](std::size_t copy_at) {
        std::size_t sb = 0, se = 0;
        doc.to_source(copy_at, copy_at, sb, se);
        finding f;
        place(f, doc.source, lines, sb, sb);
        f.where.offset += base_offset;
        f.where.line += base_line;
        f.where.end_line += base_line;
        return f.where;
    };
    summary part;
    part.presented = st.presented;
    part.named = st.named;
    part.dystonia = st.dystonia;
    if (st.presented) part.present_at = locate(st.present_at);
    if (st.named) part.named_at = locate(st.named_at);
    if (!profile_.effectiveness_demonstrated && !profile_.statement_parts.empty()) {
        part.parts_found.assign(profile_.statement_parts.size(), 0);
        const bool all = sum.parts_found.size() == part.parts_found.size() &&
                         std::all_of(sum.parts_found.begin(), sum.parts_found.end(),
                                     [](char c) { return c != 0; });
        if (!all) {
            for (std::size_t i = 0; i < profile_.statement_parts.size(); ++i)
                part.parts_found[i] =
                    folded_contains(doc.copy, fold_for_search(profile_.statement_parts[i]));
        }
    }
    merge(sum, part);
    std::stable_sort(out.begin(), out.end(), [](const finding& a, const finding& b) {
        return a.where.offset < b.where.offset;
    });
    return out;
}

void engine::merge(summary& sum, const summary& later) {
    if (later.presented && !sum.presented) {
        sum.presented = true;
        sum.present_at = later.present_at;
    }
    if (later.named && !sum.named) {
        sum.named = true;
        sum.named_at = later.named_at;
    }
    sum.dystonia = sum.dystonia || later.dystonia;
    if (sum.parts_found.size() < later.parts_found.size())
        sum.parts_found.resize(later.parts_found.size(), 0);
    for (std::size_t i = 0; i < later.parts_found.size(); ++i)
        sum.parts_found[i] = static_cast<char>(sum.parts_found[i] || later.parts_found[i]);
}

bool engine::document_finding(const summary& sum, finding& f) const {
    if (profile_.effectiveness_demonstrated || profile_.statement_parts.empty() ||
        !(sum.presented || (sum.named && sum.dystonia)))
        return false;
    std::string missing;
    for (std::size_t i = 0; i < profile_.statement_parts.size(); ++i) {
        if (i < sum.parts_found.size() && sum.parts_found[i]) continue;
        if (!missing.empty()) missing += ", ";
        missing += "'" + profile_.statement_parts[i] + "'";
    }
    if (missing.empty()) return false;
    const rule_info* r = find_rule("missing-hde-statement");
    f = finding{};
    f.rule = "missing-hde-statement";
    f.level = r ? r->level : severity::error;
    f.clause = r ? std::string(r->clause) : "device";
    f.message =
        "presents the therapy for dystonia without the humanitarian device statement; "
        "missing " +
        missing;
    f.where = sum.presented ? sum.present_at : sum.named_at;
    f.where.length = 0;
    f.where.end_line = f.where.line;
    f.where.end_column = f.where.column;
    return true;
}

void engine::analyze(const document& doc, const line_index& lines, std::size_t sb, std::size_t se,
                     std::size_t question_end, scratch& s, state& st,
                     std::vector<finding>& out) const {
    const std::string_view copy = doc.copy;
    s.toks.clear();
    s.norm.clear();
    s.hits.clear();
    s.mentions.clear();
    tokenize(copy.substr(sb, se - sb), sb, s.toks, s.norm);
    // "#DBS for acute #dystonia": a hashtag's mark is no break between words.
    {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < s.toks.size(); ++i) {
            const token& k = s.toks[i];
            if (k.kind == token_kind::punct && k.punct == '#' && i + 1 < s.toks.size() &&
                s.toks[i + 1].kind == token_kind::word && s.toks[i + 1].begin == k.end) {
                // ... but a tag after a sentence's end stays apart from it ("the answer is
                // no. #dystonia").
                std::size_t p = k.begin;
                while (p > sb && (copy[p - 1] == ' ' || copy[p - 1] == '\t')) --p;
                const char before = p > sb ? copy[p - 1] : ' ';
                if (before != '.' && before != '!' && before != '?') continue;
            }
            s.toks[kept++] = k;
        }
        s.toks.resize(kept);
    }
    lex_.annotate(s.toks, s.norm);
    const std::size_t n = std::min<std::size_t>(s.toks.size(), 0xFFF0);
    if (n == 0) return;
    if (s.toks.size() > n) s.toks.resize(n);
    const std::vector<token>& t = s.toks;
    const std::string_view norm = s.norm;

    // Phase A: mentions of the therapy and of other treatments (cheap).
    lex_.match(t, norm, true, s.hits);
    std::sort(s.hits.begin(), s.hits.end(), [](const hit& a, const hit& b) {
        return a.b != b.b ? a.b < b.b : (a.e - a.b) > (b.e - b.b);
    });
    std::uint16_t covered = 0;
    for (const hit& h : s.hits) {
        if (h.b < covered) continue;
        mention m;
        m.b = h.b;
        m.e = h.e;
        m.what = h.what;
        // "the stimulator" names the therapy itself, whatever came before.
        if (m.what == role::backref_np)
            for (const hit& o : s.hits)
                if (o.what == role::therapy && o.b >= h.b && o.e <= h.e) m.what = role::therapy;
        s.mentions.push_back(m);
        covered = h.e;
    }
    const bool has_dystonia = norm.find("dyston") != std::string_view::npos ||
                              norm.find("torticollis") != std::string_view::npos ||
                              norm.find("blepharospasm") != std::string_view::npos ||
                              norm.find("dysphonia") != std::string_view::npos;
    st.dystonia = st.dystonia || has_dystonia;

    auto resolve = [&]() {
        std::uint8_t cur = ref_none;
        bool service = false;  // the last mention names a service ("this DBS course")
        bool about = false;
        for (mention& m : s.mentions) {
            if (m.consumed) continue;
            switch (m.what) {
                case role::therapy:
                    m.resolved = ref_therapy;
                    cur = ref_therapy;
                    // ("this DBS course ... said it improved their confidence": the course is
                    // what "it" stands for.)
                    service = m.e < n && t[m.e].kind == token_kind::word &&
                              lex_.in_set(service_set_, token_text(t[m.e], norm));
                    break;
                case role::other_treatment: {
                    m.resolved = ref_other;
                    // "DBS costs more than botox, but it works out cheaper": a treatment it is
                    // compared with does not take the subject.
                    std::size_t p = m.b;
                    while (p > 0 && (t[p - 1].kind == token_kind::word &&
                                     (token_text(t[p - 1], norm) == "the" ||
                                      token_text(t[p - 1], norm) == "any")))
                        --p;
                    const std::string_view pw = p > 0 && t[p - 1].kind == token_kind::word
                                                    ? token_text(t[p - 1], norm)
                                                    : std::string_view{};
                    if (!(pw == "than" || pw == "unlike" || pw == "versus" || pw == "vs" ||
                          pw == "over")) {
                        cur = ref_other;
                        service = false;
                    }
                    break;
                }
                case role::backref_np:
                    m.resolved = cur != ref_none ? cur : st.np;
                    break;
                default:
                    m.resolved = service ? static_cast<std::uint8_t>(ref_none)
                                         : (cur != ref_none ? cur : st.pronoun);
                    break;
            }
            about = about || m.resolved == ref_therapy;
        }
        return about;
    };
    const bool about = resolve();
    bool named = false;
    for (const mention& m : s.mentions) named = named || m.what == role::therapy;

    // A question: never a claim by itself. One that does not name the therapy is carried into
    // the next sentence, which then reads it as said of the therapy when it names the therapy.
    std::size_t end_mark = se;
    while (end_mark > sb) {
        const char c = copy[end_mark - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == '\n' || c == '\r' || c == '*')
            --end_mark;
        else if (end_mark - sb >= 3 && copy[end_mark - 3] == '\xE2' &&
                 copy[end_mark - 2] == '\x80' && (c == '\x9D' || c == '\x99'))
            end_mark -= 3;
        else
            break;
    }
    bool question = end_mark > sb && copy[end_mark - 1] == '?';  // never a claim by itself
    // Where the words start after any short label ("Q:", "HOST:", "Slide 7:").
    std::size_t q0 = 0;
    for (std::size_t i = 0; i < n && i < 5; ++i)
        if (t[i].kind == token_kind::punct && t[i].punct == ':') q0 = i + 1;
    // A question without its mark, as posts write: "Can my 6-year-old have DBS", "Is DBS safe
    // for a 5-year-old".
    if (!question && end_mark > sb && copy[end_mark - 1] != '!' && copy[end_mark - 1] != '.') {
        const std::size_t f = q0;
        static constexpr std::array<std::string_view, 15> asks = {
            "is",  "are",    "can", "could", "will", "would", "does", "do",
            "did", "should", "may", "might", "has",  "have",  "am"};
        if (f + 1 < n && t[f].kind == token_kind::word && t[f + 1].kind == token_kind::word &&
            std::find(asks.begin(), asks.end(), token_text(t[f], norm)) != asks.end())
            question = true;
    }
    bool answered_no = false;
    // "Does DBS work for everyone, I asked my surgeon, and she said ...": a question reported
    // by the one who asked it.
    if (!question && q0 + 1 < n && t[q0].kind == token_kind::word) {
        static constexpr std::array<std::string_view, 10> asks = {
            "is", "are", "can", "could", "does", "do", "should", "may", "will", "would"};
        if (std::find(asks.begin(), asks.end(), token_text(t[q0], norm)) != asks.end())
            for (std::size_t i = q0 + 2; i + 2 < n; ++i)
                if (t[i].kind == token_kind::punct && t[i].punct == ',') {
                    const std::string_view a = token_text(t[i + 1], norm),
                                           v = token_text(t[i + 2], norm);
                    if (lex_.in_set(subject_set_, a) &&
                        (v == "asked" || v == "ask" || v == "asks" || v == "wondered"))
                        question = true;
                    break;
                }
    }
    // "Is DBS possible for a child of 4 — no, our minimum age is 7.": a question asked and
    // answered no in one sentence.
    if (!question && q0 + 1 < n && t[q0].kind == token_kind::word) {
        static constexpr std::array<std::string_view, 10> asks = {
            "is", "are", "can", "could", "does", "do", "should", "may", "will", "would"};
        if (std::find(asks.begin(), asks.end(), token_text(t[q0], norm)) != asks.end())
            for (std::size_t i = q0 + 2; i + 1 < n; ++i)
                if (t[i].kind == token_kind::punct && (t[i].punct == '-' || t[i].punct == ';')) {
                    const std::string_view a = token_text(t[i + 1], norm);
                    question = a == "no" || a == "nope" || a == "not";
                    // "... - our expert says no, and explains who qualifies"
                    for (std::size_t k = i + 1; k + 1 < n && k < i + 6 && !question; ++k)
                        question = (token_text(t[k], norm) == "says" ||
                                    token_text(t[k], norm) == "said") &&
                                   token_text(t[k + 1], norm) == "no";
                    answered_no = question;
                    break;
                }
    }
    // "DBS can ease spasms - would you like to book?": a question after a dash or semicolon
    // leaves the statement before it standing.
    std::size_t asked_from = 0;
    if (question) {
        for (std::size_t i = n; i-- > 3;) {
            // "DBS is first-line in our clinic, why waste years on tablets?"
            const std::string_view nx = i + 1 < n ? token_text(t[i + 1], norm) : "";
            // (Not "Can DBS help my son, who has ...?": a question from its start.)
            const std::string_view w0 = q0 < n ? token_text(t[q0], norm) : "";
            const bool asks_from_start = w0 == "can" || w0 == "could" || w0 == "is" ||
                                         w0 == "are" || w0 == "does" || w0 == "do" ||
                                         w0 == "will" || w0 == "would" || w0 == "should";
            const bool wh_after_comma = t[i].kind == token_kind::punct && t[i].punct == ',' &&
                                        (nx == "why" || nx == "how") && !asks_from_start;
            if (t[i].kind == token_kind::punct &&
                (t[i].punct == '-' || t[i].punct == ';' || wh_after_comma)) {
                asked_from = i + 1;
                break;
            }
        }
        bool stated = false;  // the statement names the therapy
        for (const mention& m : s.mentions)
            stated = stated || (m.what == role::therapy && m.e < asked_from);
        if (asked_from > 0 && stated && !answered_no)
            question = false;
        else
            asked_from = 0;
    }
    if (question && !named) {
        st.question_open = true;
        st.question_at = sb;
    }
    // Only a question that puts something about the therapy ("So DBS fixed your neck?", "Is
    // DBS safe?") can be answered into a claim; not the reader's own ("Can I swim after DBS?")
    // or an open one ("How long does DBS last?").
    const std::string_view qw0 = q0 < n ? token_text(t[q0], norm) : "";
    const bool open = qw0 == "how" || qw0 == "when" || qw0 == "what" || qw0 == "where" ||
                      qw0 == "who" || qw0 == "which";
    bool own = qw0 == "why", negated_q = false;
    for (std::size_t i = q0; i < n; ++i) {
        const std::string_view w = token_text(t[i], norm);
        if (i < q0 + 6 && (w == "i" || w == "i'm" || w == "we" || w == "my" || w == "our" ||
                           w == "me" || w == "us"))
            own = true;
        negated_q = negated_q || (t[i].kind == token_kind::word && lex_.negator(t[i], norm));
    }
    // "Can DBS help my 5-year-old? Yes, ...": the reader's own question about the therapy is
    // said only when the answer says yes.
    bool asks_self = false;  // "Can I swim after DBS?": permission for the asker
    for (std::size_t i = q0; i < n && i < q0 + 6; ++i) {
        const std::string_view w = token_text(t[i], norm);
        asks_self = asks_self || w == "i" || w == "i'm" || w == "we" || w == "me" || w == "us";
    }
    if (question && named && own && !asks_self && qw0 != "why") {
        st.question_open = true;
        st.question_named = true;
        st.question_wh = false;
        st.question_at = sb;
    }
    // "Does DBS have side effects?", "Is there an age limit for DBS?": a question after a
    // limit of the therapy.
    std::uint8_t limit = 0;
    for (std::size_t i = q0; question && named && !negated_q && i < n; ++i) {
        const std::string_view w = token_text(t[i], norm);
        const std::string_view nx = i + 1 < n ? token_text(t[i + 1], norm) : std::string_view{};
        // ("Is DBS risk-free?" asks after freedom from risk: answered no, it has risks.)
        const std::string_view nx2 = i + 2 < n ? token_text(t[i + 2], norm) : std::string_view{};
        if (nx == "free" || nx2 == "free" || nx == "less") {
            limit = 0;
            break;
        }
        if (w == "risk" || w == "risks" || w == "risky" || w == "dangerous" || w == "danger" ||
            w == "dangers" || w == "complications" || w == "harmful" || w == "downside" ||
            w == "downsides" || w == "painful" || w == "hurt" ||
            (w == "side" && (nx == "effects" || nx == "effect")))
            limit = 1;
        if ((w == "age" && (nx == "limit" || nx == "limits" || nx == "restriction" ||
                            nx == "restrictions" || nx == "cutoff" || nx == "minimum")) ||
            (w == "minimum" && nx == "age") || (w == "too" && nx == "young"))
            limit = 2;
    }
    if (question && named && !own) {
        st.question_limit = limit;
        st.question_open = true;
        st.question_named = true;
        st.question_wh = open && !negated_q;  // "Who is not a candidate? Toddlers, ..." lists
                                              // the excluded
        st.question_at = sb;
    }
    // Tokens [0, q_tok) are a carried question; it counts only when the sentence after it
    // names the therapy.
    std::size_t q_tok = 0;
    while (question_end > 0 && q_tok < n && t[q_tok].begin < question_end) ++q_tok;
    std::size_t verdict_from = 0;  // after "Not covered:", "Exclusions:", "Myth:": all negated
    // A short label ("Slide 7:", "HOST:", "Radio ad:") is no part of the sentence it
    // introduces, unless it names the therapy ("DBS: the first choice"); the sentence starts
    // after it.
    if (question_end == 0) {
        // Up to two labels in a row ("HOST: Not covered: ...").
        std::size_t from = 0;
        for (int round = 0; round < 2 && verdict_from == 0; ++round) {
            std::size_t label_end = 0;
            // (A denial may take a word more: "Not a candidate for DBS:".)
            const std::size_t width = from < n && (token_text(t[from], norm) == "not" ||
                                                   token_text(t[from], norm) == "no")
                                          ? 6
                                          : 5;
            for (std::size_t i = from; i < n && i < from + width; ++i)
                if (t[i].kind == token_kind::punct && t[i].punct == ':') {
                    label_end = i + 1;
                    break;
                }
            if (label_end == 0 || label_end >= n) break;
            bool names = false;  // "DBS: the first choice"
            for (const mention& m : s.mentions)
                names = names || (m.b >= from && m.b < label_end && m.what == role::therapy);
            bool verdict = false;  // "Not Covered:", "Exclusions:", "Myth #3:"
            for (std::size_t i = from; i + 1 < label_end; ++i) {
                const std::string_view w = token_text(t[i], norm);
                const std::string_view next =
                    i + 2 < label_end ? token_text(t[i + 1], norm) : std::string_view{};
                const std::string_view next2 =
                    i + 3 < label_end ? token_text(t[i + 2], norm) : std::string_view{};
                // ("Not a candidate for DBS:" names the therapy and still denies.)
                const bool denied =
                    (w == "not" || w == "no") &&
                    (next == "covered" || next == "eligible" || next == "approved" ||
                     next == "indicated" || next == "recommended" || next == "suitable" ||
                     next == "candidates" || next == "candidate" || next == "for" ||
                     ((next == "a" || next == "an") &&
                      (next2 == "candidate" || next2 == "option")));
                verdict = verdict || denied;
                if (names) continue;
                verdict = verdict || denied || w == "exclusions" || w == "exclusion" ||
                          w == "excluded" || w == "myth" || w == "myths" || w == "mistake" ||
                          w == "mistakes" || w == "contraindications" || w == "false";
            }
            if (names && !verdict) break;
            if (verdict)
                verdict_from = label_end;
            else
                q_tok = label_end;
            from = label_end;
        }
    }
    bool named_after_question = false;
    for (const mention& m : s.mentions)
        named_after_question = named_after_question || (m.what == role::therapy && m.b >= q_tok);
    if (named && !st.named) {
        st.named = true;
        st.named_at = sb;
    }
    if (named && has_dystonia && !st.presented) {
        st.presented = true;
        st.present_at = sb;
    }

    // The referent for the next sentence: the subject (a mention early in the main clause),
    // else the last treatment named.
    auto update_state = [&]() {
        std::size_t main = 0;
        static constexpr std::array<std::string_view, 12> leads = {
            "unlike", "like", "before", "after",    "while",   "although",
            "if",     "when", "once",   "compared", "whereas", "though"};
        if (t[0].kind == token_kind::word &&
            std::find(leads.begin(), leads.end(), token_text(t[0], norm)) != leads.end())
            for (std::size_t i = 1; i < n; ++i)
                if (t[i].kind == token_kind::punct && t[i].punct == ',') {
                    main = i + 1;
                    break;
                }
        const mention* subject = nullptr;
        const mention* last = nullptr;
        for (const mention& m : s.mentions) {
            if (m.consumed) continue;
            if (!subject && m.b >= main && m.b < main + 6) subject = &m;
            last = &m;
        }
        if (!subject) subject = last;
        if (!subject) {
            st.pronoun = ref_none;
            return;
        }
        if (subject->resolved == ref_therapy || subject->resolved == ref_other) {
            st.pronoun = subject->resolved;
            st.np = subject->resolved;
        } else {
            st.pronoun = ref_none;
        }
    };

    if (!about) {
        update_state();
        return;
    }

    // Phase B: every concept, and ages.
    s.hits.clear();
    lex_.match(t, norm, false, s.hits);
    bool price = false;  // the sentence is about prices
    for (std::size_t k = 0; k < n && !price; ++k) {
        const std::string_view c = token_text(t[k], norm);
        price = c == "price" || c == "prices" || c == "cost" || c == "costs" || c == "usd" ||
                c == "cheaper" || c == "fee" || c == "fees" || c == "euro" || c == "euros" ||
                c == "dollars" || c == "package" || c == "packages";
    }
    // Any "n't" word and "cannot" negate like "not".
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view w = token_text(t[i], norm);
        if (t[i].kind == token_kind::word && w.size() > 3 && w.substr(w.size() - 3) == "n't") {
            hit h;
            h.what = role::neg_pre;
            h.concept_id = static_cast<std::uint32_t>(-1);
            h.b = static_cast<std::uint16_t>(i);
            h.e = static_cast<std::uint16_t>(i + 1);
            s.hits.push_back(h);
        }
        // "80% better", "60 percent lower": a quantified comparative is a benefit (patterns do
        // not reach across the '%').
        const bool pct = (t[i].kind == token_kind::punct && t[i].punct == '%') || w == "percent";
        // ("75% BFMDRS reduction": a score's name may stand between; "70% less than in the
        // USA" in a sentence about prices is a price.)
        for (std::size_t k = i + 1; pct && !price && i > 0 && t[i - 1].kind == token_kind::number &&
                                    k < n && k < i + 4 && t[k].kind == token_kind::word;
             ++k) {
            const std::string_view c = token_text(t[k], norm);
            if (c == "better" || c == "lower" || c == "less" || c == "fewer" || c == "improved" ||
                c == "weaker" || c == "milder" || c == "reduced" || c == "smaller" || c == "down" ||
                c == "improvement" || c == "reduction" || c == "decrease" || c == "drop") {
                hit h;
                h.what = role::benefit;
                h.concept_id = static_cast<std::uint32_t>(-1);
                h.b = static_cast<std::uint16_t>(i - 1);
                h.e = static_cast<std::uint16_t>(k + 1);
                s.hits.push_back(h);
                break;
            }
        }
    }
    // "no pills, no side effects": medication gone without only as a list item.
    for (hit& h : s.hits) {
        if (h.what != role::notref || h.concept_id == static_cast<std::uint32_t>(-1) ||
            lex_.info(h.concept_id).id != "refractory.no-meds")
            continue;
        const std::string_view next = h.e < n ? token_text(t[h.e], norm) : std::string_view{};
        if (!(h.e >= n || t[h.e].kind == token_kind::punct || next == "needed" ||
              next == "required" || next == "necessary" || next == "ever" || next == "at"))
            h.dropped = true;
    }
    s.ages.clear();
    find_ages(t, norm, lex_, s.ages, copy);

    auto strength = [&](const hit& h) {
        return h.concept_id == static_cast<std::uint32_t>(-1) ? 2
                                                              : lex_.info(h.concept_id).strength;
    };

    // Overlaps decide which reading wins.
    std::vector<hit>& H = s.hits;
    if (trace_) trace_hits(t, norm, H);
    for (hit& h : H) {
        for (const hit& o : H) {
            if (&h == &o || !overlaps(h, o)) continue;
            switch (h.what) {
                case role::neg_pre:
                case role::neg_post:
                    // "less helpful" holds its own benefit word: the negation stands.
                    if (contains(h, o)) break;
                    // ("dystonia who was turned down": a denial ending a benefit's words.)
                    if (h.concept_id != static_cast<std::uint32_t>(-1) &&
                        lex_.info(h.concept_id).id == "neg.post.turned" && o.e == h.e)
                        break;
                    switch (o.what) {
                        case role::safety:
                        case role::notref:
                        case role::ref_inside:
                        case role::neg_pseudo:
                        case role::benefit:
                        case role::absolute:
                        case role::notchronic:
                        case role::quantifier:
                        case role::mechanism:
                        case role::age_group:
                        case role::regulatory:
                        case role::subtype:
                            h.dropped = true;
                            break;
                        default:
                            break;
                    }
                    break;
                case role::benefit:
                case role::benefit_obj:
                case role::absolute:
                case role::intensifier:
                    // "got pushed back again": the word the benefit rests on belongs to a
                    // phrase that is no outcome.
                    if (o.what == role::mechanism && contains(h, o) && o.e == h.e && o.b > h.b) {
                        h.dropped = true;
                        break;
                    }
                    // ("dystonia who was turned down": the phrase ends in a denial.)
                    if (o.what == role::neg_post && contains(h, o) && o.e == h.e && o.b > h.b &&
                        o.concept_id != static_cast<std::uint32_t>(-1) &&
                        lex_.info(o.concept_id).id == "neg.post.turned") {
                        h.dropped = true;
                        break;
                    }
                    // "works like a dream" is more than "works like"; "walk without pain" more
                    // than "without pain".
                    if ((o.what == role::mechanism || o.what == role::safety ||
                         o.what == role::neg_pseudo) &&
                        contains(h, o))
                        break;
                    if (o.what == role::mechanism || o.what == role::ref_inside ||
                        o.what == role::neg_pseudo || o.what == role::safety)
                        h.dropped = true;
                    // "kept his head straight for six years" starts before the "straight for"
                    // it holds: the benefit stands.
                    if (o.what == role::notref && o.b <= h.b) h.dropped = true;
                    // "the FDA's full blessing": an approval, not a benefit.
                    if (o.what == role::regulatory && contains(o, h) && !contains(h, o) &&
                        (token_text(t[o.b], norm) == "fda" || token_text(t[o.b], norm) == "fda's"))
                        h.dropped = true;
                    // "halted by emergency DBS" is more than "emergency DBS".
                    if (o.what == role::notchronic && !(h.b < o.b && o.e <= h.e)) h.dropped = true;
                    break;
                case role::safety:
                    // "as safe as possible", "safe driving": not the therapy free of risk.
                    // "a spotless safety record" holds its own "safety record".
                    // "is free from risk" is more than "is free".
                    if ((o.what == role::mechanism && !contains(h, o) && h.e <= o.e) ||
                        ((o.what == role::benefit || o.what == role::benefit_obj) &&
                         contains(o, h)))
                        h.dropped = true;
                    break;
                case role::cause_strong:
                    // "Cerebral palsy clinics", "stroke charities": a cause naming a service.
                    if (o.what == role::mechanism) h.dropped = true;
                    break;
                case role::notchronic:
                    // "the first symptoms appeared at 5": the onset's history.
                    if (o.what == role::mechanism && contains(o, h)) h.dropped = true;
                    // "without waiting for oral medications to fail": the refractory clause's;
                    // "no need to wait until seven": an age.
                    if ((o.what == role::notref || o.what == role::age_group) && contains(o, h) &&
                        !contains(h, o))
                        h.dropped = true;
                    // "switched on this week after years of dystonia": long-standing.
                    if (o.what == role::ref_inside &&
                        o.concept_id != static_cast<std::uint32_t>(-1) &&
                        lex_.info(o.concept_id).id == "chronic.long")
                        h.dropped = true;
                    break;
                case role::cause_weak:
                    if (o.what == role::mechanism) h.dropped = true;
                    // "a marked fall in her score": a benefit's word, not a cause.
                    if (o.what == role::benefit && contains(o, h) && o.e - o.b <= 3)
                        h.dropped = true;
                    // "acute dystonic reactions": the acute form, not a cause.
                    if (o.what == role::notchronic && contains(o, h)) h.dropped = true;
                    if (o.what == role::cause_strong || o.what == role::ref_inside ||
                        o.what == role::notref || o.what == role::genetic)
                        h.dropped = true;
                    break;
                case role::regulatory:
                    // "We approved the DBS procedure", "your request for DBS is approved for"
                    // (an insurer): not a regulatory status.
                    if (o.what == role::mechanism && o.b <= h.b) h.dropped = true;
                    break;
                case role::hypothetical:
                    // "even if they're only three" asserts the claim holds then too.
                    if (o.what == role::neg_pseudo && contains(o, h)) h.dropped = true;
                    break;
                case role::labelling_quote:
                    if (o.what == role::hde_exemption) h.dropped = true;
                    break;
                case role::notref:
                    // "our first port of call for questions", "a drug-free gala": a phrase that
                    // is no treatment choice.
                    if (o.what == role::mechanism && (contains(o, h) || (o.b == h.b && o.e == h.e)))
                        h.dropped = true;
                    // A benefit that starts earlier holds it ("kept his head straight for").
                    if ((o.what == role::benefit || o.what == role::benefit_obj ||
                         o.what == role::absolute) &&
                        o.b < h.b)
                        h.dropped = true;
                    // "should be tried before any pills" keeps its "before".
                    if (o.what == role::ref_inside && contains(o, h) &&
                        token_text(t[h.b], norm) != "before")
                        h.dropped = true;
                    break;
                case role::age_group:
                    // "dystonia can affect anyone from toddlers to pensioners": who a disease
                    // strikes, not whom the therapy is for.
                    if (o.what == role::mechanism && contains(o, h)) h.dropped = true;
                    // "not yet old enough for school" holds its own "not yet"; "a shaken baby"
                    // is a cause, not an age.
                    if (o.what == role::neg_pseudo && !contains(h, o)) h.dropped = true;
                    if (o.what == role::cause_strong && contains(o, h)) h.dropped = true;
                    break;
                case role::subtype:
                    // "before starting any dystonia medicines": part of the other phrase; "of
                    // the focal forms, only cervical dystonia ...": a partitive.
                    if ((o.what == role::notref || o.what == role::ref_inside ||
                         o.what == role::mechanism) &&
                        contains(o, h))
                        h.dropped = true;
                    // "the spasmodic dysphonia service": the form's head names a service.
                    if (o.what == role::mechanism && o.b + 1u == h.e && o.e > h.e) h.dropped = true;
                    break;
                default:
                    break;
            }
        }
    }
    // Medication words inside a restriction or a cause are not a treatment taking the subject:
    // a strong cause, or a weak one just after a causal link ("dystonia from an anti-sickness
    // drug").
    auto after_link = [&](const hit& c) {
        for (const hit& l : H)
            if (!l.dropped && l.what == role::cause_link && l.e <= c.b && c.b <= l.e + 2u)
                return true;
        return false;
    };
    for (mention& m : s.mentions) {
        if (m.what != role::other_treatment) continue;
        for (const hit& o : H)
            if (!o.dropped && o.b < m.e && m.b < o.e &&
                (o.what == role::ref_inside || o.what == role::notref ||
                 o.what == role::cause_strong || (o.what == role::cause_weak && after_link(o))))
                m.consumed = true;
    }
    resolve();

    auto any_role = [&](role r) {
        for (const hit& h : H)
            if (h.what == r && !h.dropped) return true;
        return false;
    };
    // Questions, and the labelling quoted: never a claim beyond the indication. A quote in a
    // leading concession ("Although effectiveness has not been demonstrated, our records show
    // ...") covers only the concession.
    std::size_t quote_until = 0;
    if (any_role(role::labelling_quote)) {
        const std::string_view first = q_tok < n ? token_text(t[q_tok], norm) : "";
        std::size_t comma = n;
        if (first == "although" || first == "though" || first == "while" || first == "whereas" ||
            first == "even")
            for (std::size_t j = q_tok; j < n && comma == n; ++j)
                if (t[j].kind == token_kind::punct && t[j].punct == ',') comma = j;
        bool inside = comma < n;
        for (const hit& h : H)
            if (h.what == role::labelling_quote && !h.dropped && h.e > comma) inside = false;
        if (inside)
            quote_until = comma;
        else
            question = true;
    }
    if (question) {
        update_state();
        return;
    }

    // "has all but gone", "anything but painless": "but" inside a phrase ends no clause; nor
    // does "yet" after a verb's object ("they won't do DBS on me yet because ...").
    for (hit& h : H) {
        if (h.what != role::terminator || h.b == 0) continue;
        const std::string_view w = token_text(t[h.b], norm);
        const std::string_view pw = token_text(t[h.b - 1], norm);
        if (w == "but" && (pw == "all" || pw == "anything")) h.dropped = true;
        if (w == "yet" && t[h.b - 1].kind == token_kind::word && pw != "and" && pw != "but" &&
            pw != "or")
            h.dropped = true;
    }
    // "instead of pills" is a phrase, not "instead" ending a clause.
    for (hit& h : H)
        if (h.what == role::terminator && h.e < n && token_text(t[h.b], norm) == "instead" &&
            token_text(t[h.e], norm) == "of")
            h.dropped = true;
    // Clauses: split at hard punctuation and at terminators ("but", "however").
    s.clause.assign(n, 0);
    {
        std::uint16_t c = 0;
        std::vector<std::uint8_t>& term = s.term;
        term.assign(n, 0);
        for (const hit& h : H)
            if (h.what == role::terminator && !h.dropped) term[h.b] = 1;
        for (std::size_t i = 0; i < n; ++i) {
            if (hard_punct(t[i]) || term[i]) ++c;
            s.clause[i] = c;
        }
    }
    std::vector<std::uint8_t>& is_term = s.is_term;
    std::vector<std::uint8_t>& is_sub = s.is_sub;
    is_term.assign(n, 0);
    is_sub.assign(n, 0);
    for (const hit& h : H) {
        if (h.dropped) continue;
        if (h.what == role::terminator) is_term[h.b] = 1;
        if (h.what == role::subordinator) is_sub[h.b] = 1;
    }
    auto word_at = [&](std::size_t i) {
        return i < n && t[i].kind != token_kind::punct ? token_text(t[i], norm)
                                                       : std::string_view{};
    };
    // Whether the word at token `i` is in word set `id`, by the word's id (no hashing).
    auto in_set_at = [&](int id, std::size_t i) {
        return i < n && t[i].kind != token_kind::punct && lex_.in_set(id, t[i], norm);
    };
    // Where the antecedent of the relative pronoun at `rel` ends: "Priya, who" and "Priya who"
    // give the token after "Priya" (0: none).
    auto antecedent_end = [&](std::size_t rel) {
        return rel > 0 && t[rel - 1].kind == token_kind::punct && t[rel - 1].punct == ',' ? rel - 1
                                                                                          : rel;
    };
    // Whether token `i` is a word written with a capital first letter in the copy.
    auto capitalised = [&](std::size_t i) {
        return i < n && t[i].kind == token_kind::word && t[i].begin < copy.size() &&
               copy[t[i].begin] >= 'A' && copy[t[i].begin] <= 'Z';
    };
    // "without ever needing DBS": the therapy named as not had.
    for (mention& m : s.mentions) {
        if (m.what != role::therapy || m.b < 2) continue;
        const std::string_view v = word_at(m.b - 1);
        if (!(v == "needing" || v == "having" || v == "requiring" || v == "undergoing" ||
              v == "getting"))
            continue;
        const std::string_view w2 = word_at(m.b - 2);
        if (w2 == "without" || (w2 == "ever" && m.b >= 3 && word_at(m.b - 3) == "without"))
            m.consumed = true;
    }
    // "They need emergency care, not DBS", "... rather than DBS": the therapy set aside by a
    // contrast.
    for (mention& m : s.mentions) {
        // "DBS, not pills, should be the starting point": another treatment set aside too.
        if (m.what == role::other_treatment && m.b >= 2) {
            // "DBS, not the botox, ...", "DBS, not another round of pills, ..."
            std::size_t p = m.b;
            while (p > 0 && p + 4 > m.b && t[p - 1].kind == token_kind::word &&
                   word_at(p - 1) != "not")
                --p;
            if (p >= 2 && word_at(p - 1) == "not" && t[p - 2].kind == token_kind::punct &&
                t[p - 2].punct == ',') {
                m.consumed = true;
                continue;
            }
        }
        if (m.what != role::therapy) continue;
        // "Physical therapy after DBS is painless": the therapy as the time of another
        // treatment, which stays the subject.
        if (m.b >= 2) {
            const std::string_view v = word_at(m.b - 1);
            if (v == "after" || v == "before" || v == "during" || v == "following" || v == "post")
                for (const mention& o : s.mentions)
                    if (o.what == role::other_treatment && !o.consumed && o.e == m.b - 1)
                        m.consumed = true;
            if (m.consumed) continue;
        }
        // Up to three words between ("not to our DBS", "not elective DBS").
        std::size_t p = m.b;
        while (p > 0 && p + 3 > m.b && t[p - 1].kind == token_kind::word) {
            const std::string_view v = word_at(p - 1);
            if (v == "not" || v == "never" || v == "than" || v == "of") break;
            --p;
        }
        if (p >= 2 && (word_at(p - 1) == "not" || word_at(p - 1) == "never") &&
            t[p - 2].kind == token_kind::punct && (t[p - 2].punct == ',' || t[p - 2].punct == '-'))
            m.consumed = true;
        if (p >= 2 && ((word_at(p - 1) == "than" && word_at(p - 2) == "rather") ||
                       (word_at(p - 1) == "of" && word_at(p - 2) == "instead")))
            m.consumed = true;
        // "A safe and effective alternative to DBS is botox", "superior to DBS": the therapy
        // as what another treatment is measured against.
        if (m.b >= 2 && word_at(m.b - 1) == "to") {
            const std::string_view a = word_at(m.b - 2);
            if (a == "alternative" || a == "alternatives" || a == "substitute" ||
                a == "replacement" || a == "preferable" || a == "superior" || a == "inferior" ||
                a == "compared" || a == "similar" || a == "equivalent" || a == "comparable") {
                m.consumed = true;
                continue;
            }
        }
        // "Botulinum toxin, unlike DBS, is FDA-approved for blepharospasm."
        // ("Unlike deep brain stimulation, our collar is risk-free": told up front too.)
        if (m.b >= 1 && word_at(m.b - 1) == "unlike" &&
            (static_cast<std::size_t>(m.b) - 1 == q_tok ||
             (m.b >= 2 && t[m.b - 2].kind == token_kind::punct && t[m.b - 2].punct == ',')))
            m.consumed = true;
    }
    // "Symptoms that started suddenly should be checked before anyone thinks about DBS": a
    // therapy named only in a later "before" clause is what comes after the main clause, which
    // says nothing of it.
    for (mention& m : s.mentions) {
        if (m.what != role::therapy || m.consumed) continue;
        std::size_t p = m.b;
        while (p > q_tok + 1 && word_at(p - 1) != "before" && t[p - 1].kind != token_kind::punct)
            --p;
        if (p <= q_tok + 1 || word_at(p - 1) != "before") continue;
        bool named_earlier = false;
        for (const mention& o : s.mentions)
            named_earlier = named_earlier || (o.b < p && o.what == role::therapy);
        if (named_earlier || t[p - 2].kind == token_kind::punct) continue;
        // "before DBS", "before her DBS": the time before the therapy, not a later clause.
        bool clause_words = false;
        for (std::size_t j = p; j < m.b; ++j) {
            const std::string_view w = word_at(j);
            clause_words = clause_words ||
                           !(w == "the" || w == "a" || w == "her" || w == "his" || w == "their" ||
                             w == "my" || w == "our" || w == "your" || w == "any");
        }
        if (!clause_words) continue;
        // ... and only one where the therapy is still to be talked about ("before anyone thinks
        // about DBS", "before DBS is discussed"), not chosen ("before he chose DBS").
        bool deliberated = false;
        for (std::size_t j = p; j < n && j < m.e + 3u; ++j) {
            const std::string_view w = word_at(j);
            deliberated =
                deliberated || w == "think" || w == "thinks" || w == "thinking" || w == "discuss" ||
                w == "discussed" || w == "discussing" || w == "consider" || w == "considered" ||
                w == "considering" || w == "talk" || w == "talks" || w == "talking" ||
                w == "mention" || w == "mentioned" || w == "raised" || w == "suggested" ||
                w == "recommended" || w == "referred" || w == "evaluated" || w == "assessed";
        }
        if (!deliberated) continue;
        bool in_phrase = false;  // "should come before any pills": a phrase of its own
        for (const hit& o : H)
            in_phrase = in_phrase || (!o.dropped && o.b < p && p <= o.e &&
                                      (o.what == role::notref || o.what == role::ref_inside));
        if (!in_phrase) m.consumed = true;
    }
    auto is_aux = [&](std::size_t i) {
        const std::string_view w = word_at(i);
        return lex_.in_set(aux_set_, w) || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
    };
    // A comma followed by a conjunction and a new clause ends a forward scope.
    // Whether a comma lies in tokens [a, b).
    auto comma_in = [&](std::size_t a, std::size_t b) {
        for (std::size_t j = a; j < b && j < n; ++j)
            if (t[j].kind == token_kind::punct && t[j].punct == ',') return true;
        return false;
    };
    auto comma_break = [&](std::size_t i) {
        if (t[i].kind != token_kind::punct || t[i].punct != ',') return false;
        const std::string_view w = word_at(i + 1);
        return w == "and" || w == "but" || w == "so" || w == "while" || w == "which" ||
               w == "although" || w == "though" || w == "yet" || w == "whereas";
    };

    // ", it's not ...", ", they never ...": a new clause after a comma, with its own subject.
    auto new_subject = [&](std::size_t i) {
        const std::string_view w = word_at(i);
        return w == "it's" || w == "it" || w == "they" || w == "they're" || w == "we" ||
               w == "we're" || w == "i" || w == "i'm" || w == "he" || w == "she" || w == "he's" ||
               w == "she's" || w == "that's" || w == "there's" || w == "please";
    };

    // "Although X has not been shown, Y": a leading subordinate clause ends at its comma.
    std::size_t lead_comma = n;
    std::size_t lead_tok = q_tok;  // after a label: "Emergency tip: if ..."
    for (std::size_t j = q_tok; j < n && j < q_tok + 4; ++j)
        if (t[j].kind == token_kind::punct && t[j].punct == ':') lead_tok = j + 1;
    if (lead_tok < n && is_sub[lead_tok])
        for (std::size_t j = lead_tok; j < n && lead_comma == n; ++j)
            if (t[j].kind == token_kind::punct && t[j].punct == ',') lead_comma = j;

    const std::string_view lead_word = lead_tok < n ? word_at(lead_tok) : std::string_view{};
    const bool concession = lead_word == "although" || lead_word == "though" ||
                            lead_word == "while" || lead_word == "whereas";

    // "not for eyelid, hand or voice dystonia": a list goes on after the comma.
    auto list_follows = [&](std::size_t comma) {
        for (std::size_t k = comma + 1; k < n && k < comma + 6; ++k) {
            if (t[k].kind == token_kind::punct) return t[k].punct == ',';
            if (word_at(k) == "and" || word_at(k) == "or" || word_at(k) == "nor") return true;
        }
        return false;
    };
    // Negation scopes.
    s.neg.assign(n, 0);
    s.hyp.assign(n, 0);
    for (const hit& h : H) {
        if (h.dropped) continue;
        const bool pre = h.what == role::neg_pre;
        const bool post = h.what == role::neg_post;
        if (!pre && !post) continue;
        for (std::size_t i = h.b; i < h.e; ++i) s.neg[i] = 1;
        if (pre) {
            // "no X" negates its noun phrase; verbal negation reaches to the clause's end.
            const bool short_scope = strength(h) < 2;
            // "No surgery, including DBS, is without risk": a negated subject negates its
            // predicate, across the commas of an aside.
            // (Not "Far from experimental, DBS is ...": a leading adjunct ends at its comma.)
            const bool subject =
                short_scope &&
                (h.b == q_tok || word_at(h.b - 1) == "that" || word_at(h.b - 1) == "because") &&
                !(word_at(h.b) == "no" && h.e < n &&
                  t[h.e].kind == token_kind::punct) &&  // not the answer "No, ..."
                word_at(h.b) != "far";

            // "DBS, not pills, should be the starting point": an aside ends at its comma.
            const bool aside =
                h.b > 0 && t[h.b - 1].kind == token_kind::punct && t[h.b - 1].punct == ',';
            // "Not at all, it's totally painless", "Absolutely not, ...": an answer's particle
            // ends at its comma.
            std::size_t particle_end = n;
            if ((word_at(h.b) == "not" || word_at(h.b) == "no" || word_at(h.b) == "nope") &&
                (h.b == q_tok ||
                 (h.b > 0 && t[h.b - 1].kind == token_kind::punct && t[h.b - 1].punct == ':')))
                for (std::size_t j = h.e; j < n && j <= h.e + 2u; ++j) {
                    if (t[j].kind == token_kind::punct) {
                        if (t[j].punct == ',') particle_end = j;
                        break;
                    }
                    const std::string_view w = word_at(j);
                    if (!(w == "at" || w == "all" || w == "really" || w == "way" || w == "quite" ||
                          w == "exactly"))
                        break;
                }
            for (std::size_t j = h.e; j < n; ++j) {
                if (j >= particle_end) break;
                if (strength(h) >= 3) {  // "excludes A, B, and C": the whole list
                    if ((hard_punct(t[j]) && !(t[j].punct == ':')) || is_term[j]) break;
                    s.neg[j] = 1;
                    continue;
                }
                // "isn't used for eyelid spasms (blepharospasm)": a parenthesis naming what was
                // just negated is negated with it.
                if (t[j].kind == token_kind::punct && t[j].punct == '(' && j > h.e) {
                    std::size_t close = j + 1;
                    while (close < n && close < j + 8u &&
                           !(t[close].kind == token_kind::punct && t[close].punct == ')'))
                        ++close;
                    if (close < n && close < j + 8u) {
                        for (std::size_t k = j; k <= close; ++k) s.neg[k] = 1;
                        j = close;
                        continue;
                    }
                }
                if (hard_punct(t[j]) || is_term[j] || comma_break(j)) break;
                // "Don't let anyone scare you off, DBS is FDA approved": a new clause with
                // the therapy as its subject.
                if (t[j].kind == token_kind::punct && t[j].punct == ',' && j + 1 < n && !subject) {
                    bool therapy_clause = false;
                    // (or a pronoun for it: "dbs doesn't even hurt, it's literally painless")
                    for (const mention& m : s.mentions)
                        therapy_clause =
                            therapy_clause ||
                            (m.b == j + 1 && m.e < n && t[m.e].kind == token_kind::word &&
                             (m.what == role::therapy ||
                              (m.what == role::backref_pronoun && m.resolved == ref_therapy)));
                    if (therapy_clause) break;
                }
                if (j == lead_comma && h.b < lead_comma) break;
                // ("DBS, not the botox, gave me my life back": the aside ends at its comma.)
                if (aside && t[j].kind == token_kind::punct && t[j].punct == ',' &&
                    (is_aux(j + 1) || new_subject(j + 1) ||
                     (word_at(h.b) == "not" && word_at(j + 1) != "not" && !list_follows(j))))
                    break;
                if (short_scope && t[j].kind == token_kind::punct &&
                    !(subject && t[j].punct == ','))
                    break;
                // "no waiting list and no need for prior trials": the next "no" has its own
                // scope.
                if (short_scope && j > h.e && word_at(j) == "no") break;
                s.neg[j] = 1;
            }
            // "Not eligible for DBS: blepharospasm, spasmodic dysphonia and ...", "DBS
            // exclusions - status dystonicus, new-onset dystonia": a negated lead-in negates the
            // list its colon or dash opens.
            std::size_t colon = n;
            bool lead = true;
            for (std::size_t j = h.e; j < n && colon == n; ++j) {
                if (t[j].kind == token_kind::punct && (t[j].punct == ':' || t[j].punct == '-'))
                    colon = j;
                else if (hard_punct(t[j]))
                    lead = false;
                if (!lead) break;
            }
            // Only a list: the lead-in names the therapy, and after the colon there is neither
            // the therapy nor a verb of its own ("Don't wait: DBS works best when ...").
            if (lead && colon < n && h.b < colon) {
                bool named_before = false, clause_after = false;
                for (const mention& m : s.mentions) {
                    if (m.what != role::therapy && m.what != role::backref_pronoun &&
                        m.what != role::backref_np)
                        continue;
                    if (m.e <= colon && m.what == role::therapy) named_before = true;
                    if (m.b > colon) clause_after = true;
                }
                for (std::size_t j = colon + 1; j < n && !clause_after; ++j)
                    clause_after = is_aux(j);
                lead = named_before && !clause_after;
            }
            if (lead && colon < n && h.b < colon) {
                for (std::size_t j = h.e; j < colon; ++j) s.neg[j] = 1;
                for (std::size_t j = colon + 1; j < n; ++j) {
                    if (t[j].kind == token_kind::punct && t[j].punct != ',' && t[j].punct != '-' &&
                        t[j].punct != '/' && t[j].punct != '&' && t[j].punct != ';')
                        break;
                    s.neg[j] = 1;
                }
            }
        }
        // "DBS for the yips in golfers: not covered, not labelled": a verdict after the colon
        // negates what the colon follows.
        if (pre && h.b > q_tok && t[h.b - 1].kind == token_kind::punct && t[h.b - 1].punct == ':' &&
            n - h.b <= 8) {
            bool plain = true;
            for (const mention& m : s.mentions) plain = plain && m.b < h.b;
            for (std::size_t j = h.e; j < n && plain; ++j) plain = !is_aux(j);
            if (plain)
                for (std::size_t j = q_tok; j + 1 < h.b; ++j) s.neg[j] = 1;
        }
        // "A, not B": a contrast negates only what follows it.
        // (", isn't something DBS is used for" is a predicate after an aside, no contrast.)
        bool closes_aside = false;  // the comma before closes ", where the voice breaks,"
        if (pre && h.b >= 2 &&
            !(word_at(h.b) == "not" || word_at(h.b) == "never" || word_at(h.b) == "no" ||
              word_at(h.b) == "nor"))
            for (std::size_t j = h.b - 1; j-- > 0;) {
                if (hard_punct(t[j])) break;
                if (t[j].kind == token_kind::punct && t[j].punct == ',') {
                    closes_aside = j + 1 < n && is_sub[j + 1];
                    break;
                }
            }
        const bool contrast = pre && h.b > 0 && t[h.b - 1].kind == token_kind::punct &&
                              t[h.b - 1].punct == ',' && !closes_aside;
        if (post || (strength(h) >= 2 && !contrast)) {
            for (std::size_t j = h.b; j-- > 0;) {
                if (strength(h) >= 4) {  // a refutation: the whole sentence before it
                    if (j < q_tok) break;
                    s.neg[j] = 1;
                    continue;
                }
                // "DBS for your son (age 6) cannot be planned now": a parenthesis inside the
                // negated clause is negated with it.
                if (t[j].kind == token_kind::punct && t[j].punct == ')' && strength(h) < 4) {
                    std::size_t par_b = j;
                    while (par_b > 0 && par_b + 8 > j &&
                           !(t[par_b - 1].kind == token_kind::punct && t[par_b - 1].punct == '('))
                        --par_b;
                    if (par_b > 0 && t[par_b - 1].kind == token_kind::punct &&
                        t[par_b - 1].punct == '(') {
                        for (std::size_t k = par_b - 1; k <= j; ++k) s.neg[k] = 1;
                        j = par_b - 1;
                        continue;
                    }
                }
                // "Children under seven (for whom DBS is not authorized) ...": a parenthetical
                // relative clause negates what it is attached to.
                if (t[j].kind == token_kind::punct && t[j].punct == '(' && j + 1 < n) {
                    const std::string_view r = word_at(j + 1);
                    if (r == "for" || r == "whom" || r == "who" || r == "which") continue;
                }
                if (hard_punct(t[j]) || is_term[j]) break;
                // "... so they don't miss kindergarten": a purpose clause of its own.
                if ((word_at(j) == "so" || word_at(j) == "because") && j + 1 < h.b &&
                    (new_subject(j + 1) || word_at(j + 1) == "your" || word_at(j + 1) == "my" ||
                     word_at(j + 1) == "our" || word_at(j + 1) == "their" ||
                     word_at(j + 1) == "the"))
                    break;
                // "who is only four and cannot wait": a coordinated predicate of its own;
                // "... and my neuro never mentioned it": a coordinated clause with its own
                // subject.
                if ((word_at(j) == "and" || word_at(j) == "or") &&
                    (is_aux(j + 1) || (j + 1 < n && lex_.negator(t[j + 1], norm))))
                    break;
                // ("DBS surgery is very safe, and I would not worry": a new subject.)
                if ((word_at(j) == "and" || word_at(j) == "but") && h.b > j + 1 && h.b <= j + 4 &&
                    in_set_at(subject_set_, j + 1))
                    break;
                if ((word_at(j) == "and" || word_at(j) == "but") && h.b > j + 1 && h.b <= j + 4) {
                    bool subject = true;
                    for (std::size_t k = j + 1; k < h.b; ++k)
                        subject = subject && t[k].kind == token_kind::word && !is_aux(k);
                    if (subject && (word_at(j + 1) == "my" || word_at(j + 1) == "our" ||
                                    word_at(j + 1) == "the" || word_at(j + 1) == "his" ||
                                    word_at(j + 1) == "her" || word_at(j + 1) == "their" ||
                                    new_subject(j + 1)))
                        break;
                }
                // ", patient don't take any": a comma before a subject and its verb.
                const std::string_view said = j + 2 < n ? word_at(j + 2) : std::string_view{};
                // (", a focal dystonia of the eyelids, was not part of": an aside, then the
                // verb, which is no new clause.)
                const bool clause_after =
                    j + 2 < n && t[j + 1].kind == token_kind::word && !is_aux(j + 1) &&
                    (is_aux(j + 2) || lex_.negator(t[j + 2], norm) || said == "said" ||
                     said == "says" || said == "told" || said == "tells" || said == "thinks" ||
                     said == "thought");
                // "dystonia caused by cerebral palsy or stroke, we not do": a fronted topic
                // is the object of the short negated clause after its comma.
                bool topic = false;
                if (t[j].kind == token_kind::punct && t[j].punct == ',' && new_subject(j + 1) &&
                    h.b <= j + 3) {
                    std::size_t rest = 0;
                    for (std::size_t k = h.e; k < n && !hard_punct(t[k]); ++k) ++rest;
                    topic = rest <= 2 && !comma_break(j);
                }
                // ", something we never thought we'd see": the negation has a subject of its
                // own after the comma.
                bool own_subject = false;
                for (std::size_t k = j + 1; k < h.b && !own_subject; ++k)
                    own_subject = new_subject(k);
                // (", something years of pills never managed": an apposition with its own verb.)
                const std::string_view after_comma = word_at(j + 1);
                const bool apposition =
                    after_comma == "something" || after_comma == "which" || after_comma == "what";
                if (t[j].kind == token_kind::punct && t[j].punct == ',' && !topic &&
                    (comma_break(j) || new_subject(j + 1) || clause_after || own_subject ||
                     apposition))
                    break;
                s.neg[j] = 1;
                const bool opens_paren =
                    (j >= 1 && t[j - 1].kind == token_kind::punct && t[j - 1].punct == '(') ||
                    (j >= 2 && t[j - 2].kind == token_kind::punct && t[j - 2].punct == '(');
                // "Spasmodic dysphonia, where the voice breaks, isn't ...": an aside's
                // relative word after its comma is no bound.
                const bool aside_rel = j >= 1 && t[j - 1].kind == token_kind::punct &&
                                       t[j - 1].punct == ',' && j + 1 < h.b && h.b >= 2 &&
                                       t[h.b - 1].kind == token_kind::punct &&
                                       t[h.b - 1].punct == ',';
                if (is_sub[j] && strength(h) < 3 && !opens_paren && !aside_rel) break;
                // "As an approved therapy, it should never be called experimental": the
                // negation reaches its subject and stops.
                if (new_subject(j) && strength(h) < 3 && j + 1 < h.b &&
                    (is_aux(j + 1) || j + 1 == h.b)) {
                    // "Toddlers we do not implant": a fronted object before a short negated
                    // clause is negated with it.
                    std::size_t rest = 0;
                    for (std::size_t k = h.e; k < n && !hard_punct(t[k]); ++k) ++rest;
                    bool fronted = j > q_tok && j <= q_tok + 3 && rest <= 1;
                    for (std::size_t k = q_tok; k < j && fronted; ++k)
                        fronted = t[k].kind == token_kind::word && !is_aux(k);
                    if (!fronted) break;
                }
            }
        }
    }
    // "6 myths about DBS - myth 1: it is risk-free; fact: ...": a myth's label negates what
    // its colon opens, to the next break.
    for (std::size_t i = q_tok; i + 1 < n; ++i) {
        const std::string_view w = word_at(i);
        if (!(w == "myth" || w == "myths" || w == "false" || w == "mistake" || w == "mistakes"))
            continue;
        std::size_t c = i + 1;
        if (c < n && t[c].kind == token_kind::number) ++c;
        if (!(c < n && t[c].kind == token_kind::punct && t[c].punct == ':')) continue;
        for (std::size_t j = c + 1;
             j < n && !(t[j].kind == token_kind::punct && (t[j].punct == ';' || hard_punct(t[j])));
             ++j)
            s.neg[j] = 1;
    }
    for (std::size_t j = 0; j < quote_until; ++j) s.neg[j] = 1;
    for (std::size_t j = verdict_from; verdict_from > 0 && j < n; ++j) s.neg[j] = 1;
    for (std::size_t j = asked_from; asked_from > 0 && j < n; ++j) s.hyp[j] = 1;
    for (const hit& h : H) {
        if (h.dropped || h.what != role::hypothetical) continue;
        // "whether early DBS, within six months of onset, changes ...": a complement clause
        // runs across its asides; "if ..., DBS ..." ends at its comma.
        // A sentence that opens with "Whether your dystonia ..., DBS ..." says "regardless":
        // asserted throughout; "Whether DBS will help is hard to say" asks.
        const bool whether = word_at(h.b) == "whether";
        const std::string_view before = h.b > 0 ? word_at(h.b - 1) : std::string_view{};
        const bool adverbial = whether && (h.b == lead_tok || h.b == q_tok || before.empty() ||
                                           before == "and" || before == "or");
        // ("Whether DBS could work earlier, before any drugs are tried, is what the trial will
        // find out": with a modal the clause is the question itself, across its asides.)
        bool modal = false;
        for (std::size_t j = h.e; whether && j < n && j < h.e + 6u && !hard_punct(t[j]); ++j) {
            const std::string_view w = word_at(j);
            modal =
                modal || w == "could" || w == "would" || w == "might" || w == "will" || w == "can";
        }
        const bool complement = whether && (!adverbial || modal);
        if (adverbial) {
            bool names = false;
            for (const mention& m : s.mentions) {
                if (m.what != role::therapy || m.b <= h.b) continue;
                names = names || !comma_in(h.b, m.b);
            }
            if (!names) continue;
        }
        for (std::size_t j = h.b; j < n; ++j) {
            const std::string_view wj = word_at(j);
            if (j > h.b && (hard_punct(t[j]) || comma_break(j) || (complement && is_term[j]) ||
                            wj == "but" || wj == "however" || wj == "yet" ||
                            (!complement && t[j].kind == token_kind::punct && t[j].punct == ',')))
                break;
            s.hyp[j] = 1;
        }
    }

    // "Were DBS offered before medication, the trial would ...", "Had she been younger, ...": a
    // condition told by inversion, up to its comma. (A question has its own mark.)
    if (!question && lead_tok < n) {
        const std::string_view w0 = word_at(lead_tok);
        if (w0 == "were" || w0 == "had" || w0 == "should") {
            std::size_t c = lead_tok + 1;
            while (c < n && !hard_punct(t[c]) &&
                   !(t[c].kind == token_kind::punct && t[c].punct == ','))
                ++c;
            // A participle after the subject ("Were DBS offered", "Had she been"), not a
            // dropped subject ("had dbs for my neck last year, AMA").
            bool participle = false;
            for (std::size_t j = lead_tok + 2; j < c; ++j) {
                const std::string_view w = word_at(j);
                participle = participle || w == "been" || w == "done" || w == "given" ||
                             (w.size() > 4 &&
                              (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "en"));
            }
            if (participle && c < n && t[c].kind == token_kind::punct && t[c].punct == ',')
                for (std::size_t j = lead_tok; j < c; ++j) s.hyp[j] = 1;
        }
    }

    // "If your dystonia followed a stroke, ask about DBS": a leading condition that does not
    // name the therapy, before a main clause that names it and is not negated, says whom the
    // therapy is for.
    // "For dystonia due to neuroleptics, we rarely recommend DBS": a leading adjunct is
    // negated with the main clause that follows it.
    std::size_t lead0 = q_tok;  // after a label such as "Newsletter:"
    for (std::size_t i = q_tok; i < n && i < q_tok + 5; ++i)
        if (t[i].kind == token_kind::punct && t[i].punct == ':') {
            lead0 = i + 1;
            break;
        }
    if (word_at(lead0) == "for" || word_at(lead0) == "in" || word_at(lead0) == "among") {
        std::size_t comma = n;
        for (std::size_t i = lead0 + 1; i < n && !hard_punct(t[i]); ++i)
            if (t[i].kind == token_kind::punct && t[i].punct == ',') {
                comma = i;
                break;
            }
        bool main_negated = false;
        for (const hit& h : H)
            if (!h.dropped && h.what == role::neg_pre && h.b > comma && h.b <= comma + 4)
                main_negated = true;
        if (comma < n && main_negated)
            for (std::size_t j = lead0; j < comma; ++j) s.neg[j] = 1;
    }
    if (word_at(q_tok) == "if") {
        std::size_t comma = n;
        for (std::size_t i = q_tok + 1; i < n && !hard_punct(t[i]); ++i)
            if (t[i].kind == token_kind::punct && t[i].punct == ',') {
                comma = i;
                break;
            }
        bool in_condition = false, in_main = false, main_negated = false;
        for (const mention& m : s.mentions) {
            if (m.consumed || m.resolved != ref_therapy) continue;
            (m.b < comma ? in_condition : in_main) = true;
        }
        // The main clause runs to its own comma ("..., push for DBS right away, don't wait").
        for (std::size_t j = comma + 1; j < n; ++j) {
            if (hard_punct(t[j]) || (t[j].kind == token_kind::punct && t[j].punct == ',')) break;
            main_negated = main_negated || s.neg[j] || s.hyp[j];
        }
        if (comma < n && !in_condition && in_main && !main_negated)
            for (std::size_t j = q_tok; j < comma; ++j) s.hyp[j] = 0;
    }

    auto break_between = [&](std::size_t a, std::size_t b) {
        for (std::size_t j = a; j < b && j < n; ++j) {
            const std::string_view w = word_at(j);
            // ("has all but gone": no break.)
            const bool but =
                w == "but" && !(j > 0 && (word_at(j - 1) == "all" || word_at(j - 1) == "anything"));
            if (comma_break(j) || (t[j].kind == token_kind::punct && t[j].punct == ';') || but ||
                w == "however" || w == "although" || w == "though" || w == "whereas" ||
                w == "while" || w == "whilst" || w == "yet")
                return true;
        }
        return false;
    };
    // What a phrase at token `pos` is about: the nearest treatment named before it, else the
    // first one after it within the same clause. An unresolved pronoun names nothing; the
    // mentions of a carried question do not count.
    // "DBS research", "your DBS follow-up", "the DBS support group": the therapy naming a
    // service or an activity around it, which makes no claim of the therapy.
    auto names_service = [&](const mention& m) {
        if (m.resolved != ref_therapy || m.e >= n) return false;
        return in_set_at(service_set_, m.e);
    };
    auto attr_mention = [&](std::size_t pos) -> const mention* {
        const mention* before = nullptr;
        const mention* after = nullptr;
        for (const mention& m : s.mentions) {
            if (m.consumed || m.b < q_tok || m.resolved == ref_none || names_service(m)) continue;
            // ("no more botox cycles, ... just steady relief": a treatment gone is no agent.)
            if (m.resolved == ref_other && m.b < pos) {
                bool gone = false;
                for (std::size_t k = m.b; k-- > 0 && k + 6 > m.b;) {
                    if (t[k].kind == token_kind::punct && t[k].punct != '-') break;
                    const std::string_view w = word_at(k);
                    if ((w == "no" && word_at(k + 1) != "longer") || w == "without" || w == "zero")
                        gone = true;
                }
                // ("after botox quit working, ... she's a different person": a treatment that
                // failed is no agent either.)
                for (std::size_t k = m.e; k < n && k < m.e + 3u && !gone; ++k) {
                    const std::string_view w = word_at(k);
                    gone = w == "failed" || w == "fails" || w == "quit" || w == "stopped" ||
                           w == "wore" || w == "wears" || w == "didn't" || w == "couldn't";
                }
                if (gone) continue;
            }
            if (m.b < pos)
                before = &m;
            else if (!after)
                after = &m;
        }
        if (!before && after && pos >= q_tok && break_between(pos, after->b)) after = nullptr;
        // "Patients with blepharospasm that no longer responds to botox may be candidates for
        // DBS": another treatment inside a relative clause yields to the therapy named after it.
        if (!before && after && after->resolved == ref_other) {
            bool rel = false;
            for (std::size_t j = pos; j < after->b && !rel; ++j)
                rel = word_at(j) == "that" || word_at(j) == "which" || word_at(j) == "who";
            if (rel)
                for (const mention& m : s.mentions)
                    if (!m.consumed && m.b > after->b && m.resolved == ref_therapy &&
                        !names_service(m) && !break_between(after->e, m.b)) {
                        after = &m;
                        break;
                    }
        }
        // "Although hemidystonia is often caused by a stroke, DBS is ...": the concession says
        // nothing of the therapy named after it.
        if (!before && after && pos < lead_comma && after->b > lead_comma && concession)
            after = nullptr;
        // "We never put her on any medicine - we went straight to DBS": a treatment named in
        // an earlier clause yields to the therapy named in the claim's own clause.
        // "..., while children under seven are managed with medicines": another treatment
        // named in the claim's own clause takes it.
        // The therapy takes it only across a hard break ("- we went straight to DBS"), not a
        // relative clause ("Physio, which is safe, can help before and after DBS"); either
        // only with no comma between the claim and the treatment.
        if (before && after && pos < n && s.clause[before->b] != s.clause[pos] &&
            s.clause[after->b] == s.clause[pos] && !comma_in(pos, after->b)) {
            bool hard = false;
            for (std::size_t j = before->e; j < pos; ++j) hard = hard || hard_punct(t[j]);
            if (after->resolved == ref_other || (after->resolved == ref_therapy && hard))
                return after;
        }
        return before ? before : after;
    };
    auto attr = [&](std::size_t pos) {
        const mention* m = attr_mention(pos);
        return m ? m->resolved : static_cast<std::uint8_t>(ref_none);
    };
    // A carried question counts only when the sentence after it asserts: "Kids under seven? We
    // don't do DBS for them." says nothing of the question's words.
    bool after_question_asserts = named_after_question;
    for (std::size_t j = q_tok; j < n && q_tok > 0 && after_question_asserts; ++j) {
        if (s.neg[j] || s.hyp[j]) after_question_asserts = false;
        // "Newly diagnosed? ... DBS is only considered after years of dystonia": an answer
        // that restricts the therapy.
        if (word_at(j) == "unless" ||
            (word_at(j) == "only" && j + 3 < n &&
             (word_at(j + 1) == "after" || word_at(j + 1) == "for" || word_at(j + 1) == "when" ||
              word_at(j + 1) == "once" || word_at(j + 1) == "if" || word_at(j + 2) == "after" ||
              word_at(j + 2) == "for" || word_at(j + 2) == "when" || word_at(j + 2) == "once")))
            after_question_asserts = false;
    }
    auto asserted = [&](std::size_t b) {
        if (b < q_tok && !after_question_asserts) return false;
        if (s.neg[b] || s.hyp[b]) return false;
        const mention* m = attr_mention(b);
        if (!m || m->resolved != ref_therapy) return false;
        // "Uncle Ray, who had a stroke, was told that DBS is not used for ...": named before a
        // therapy that is negated, it is what the therapy is not for.
        if (m->b > b && s.neg[m->b]) return false;
        // "DBS is not an emergency treatment, so patients in status dystonicus are sent to
        // intensive care": a later clause that follows from the therapy's negated one.
        if (m->b < b && s.neg[m->b]) {
            bool joined = false;
            // (Not after "but": "DBS didn't help my voice, but my neck is looser" asserts.)
            for (std::size_t j = m->e; j < b && !joined; ++j) {
                const std::string_view w = word_at(j);
                if (w == "but" || (w == "yet" && is_term[j]) || w == "however" || w == "although" ||
                    w == "though")
                    break;
                // ("they won't do DBS on me yet because my dystonia only started in March": the
                // reason for the denial.)
                if (w == "because") {
                    joined = true;
                    break;
                }
                if (t[j].kind == token_kind::punct && t[j].punct == ',') {
                    const std::string_view nx = word_at(j + 1);
                    joined = nx == "so" || nx == "therefore" || nx == "and" || nx == "which";
                }
                // ("DBS referral denied: tardive, not primary": the reason after a colon.)
                if (t[j].kind == token_kind::punct && (t[j].punct == ':' || t[j].punct == '-'))
                    for (std::size_t k = m->e; k < j && !joined; ++k) {
                        const std::string_view wk = word_at(k);
                        joined = lex_.negator(t[k], norm) || wk == "denied" || wk == "refused" ||
                                 wk == "rejected" || wk == "declined";
                    }
            }
            if (joined) return false;
        }
        return true;
    };

    // "Her voice breaks whenever she talks, and her surgeon put in a deep brain stimulator":
    // the patient's condition in one clause, then the therapy given in the next (joined by
    // "and" or "so", no contrast), asserted and with a verb of treatment.
    auto treated_later = [&](std::size_t pos) {
        if (pos < q_tok || s.neg[pos] || s.hyp[pos] || attr(pos) != ref_none) return false;
        for (const mention& m : s.mentions) {
            if (m.consumed || m.b <= pos || m.resolved != ref_therapy) continue;
            bool contrast = false;
            for (std::size_t j = pos; j < m.b && !contrast; ++j) {
                const std::string_view w = word_at(j);
                contrast = w == "but" || w == "however" || w == "although" || w == "though" ||
                           w == "whereas" || w == "while" || w == "whilst" || w == "yet" ||
                           w == "unless" || w == "instead" || w == "if" || w == "whether" ||
                           w == "who" || w == "whose" || w == "which" ||
                           (t[j].kind == token_kind::punct && t[j].punct == '(');
            }
            if (contrast) continue;
            std::size_t cb = m.b;
            while (cb > 0 && s.clause[cb - 1] == s.clause[m.b] && !comma_break(cb - 1)) --cb;
            // The therapy's own clause (from its comma and conjunction) is not negated.
            bool negated = false;
            for (std::size_t j = cb; j < n && s.clause[j] == s.clause[m.b]; ++j)
                negated = negated || s.neg[j] || s.hyp[j];
            if (negated) continue;
            // The same patient on both sides: a person in the condition's clause and in the
            // therapy's ("her voice breaks ..., and her surgeon put in ...").
            auto personal = [&](std::size_t a, std::size_t b) {
                for (std::size_t j = a; j < b && j < n; ++j) {
                    const std::string_view w = word_at(j);
                    if (lex_.in_set(personal_set_, w)) return true;
                    // a name ("Owen turned five last week, and ... placed his ...")
                    if (capitalised(j) && !t[j].upper && !lex_.in_set(person_set_, w) &&
                        w.size() > 2)
                        return true;
                }
                return false;
            };
            std::size_t pb = pos;
            while (pb > q_tok && s.clause[pb - 1] == s.clause[pos] && !comma_break(pb - 1)) --pb;
            if (!personal(pb, cb) || !personal(cb, std::min<std::size_t>(n, m.e + 4u))) continue;
            for (std::size_t j = cb; j < n && j < m.e + 3u; ++j) {
                const std::string_view w = word_at(j);
                if (lex_.in_set(treat_set_, w) || w == "had" || w == "having" || w == "got" ||
                    w == "getting" || w == "booked" || w == "referred" || w == "placed" ||
                    w == "put" || w == "fitted" || w == "received" || w == "gave" ||
                    w == "scheduled" || w == "proceed" || w == "perform" || w == "operate")
                    return true;
            }
        }
        return false;
    };

    std::vector<finding>& F = out;
    const std::size_t first_finding = F.size();  // where this sentence's findings start
    auto emit = [&](const char* rule, std::size_t b, std::size_t e, const std::string& what) {
        const rule_info* r = find_rule(rule);
        finding f;
        f.rule = rule;
        f.level = r ? r->level : severity::error;
        f.clause = r ? std::string(r->clause) : "";
        f.path = doc.path;
        std::size_t src_b = 0, src_e = 0;
        doc.to_source(t[b].begin, t[e - 1].end, src_b, src_e);
        place(f, doc.source, lines, src_b, src_e);
        f.message = what + ": '" + f.excerpt + "'";
        F.push_back(std::move(f));
    };

    // A heading in Title Case: most words start with a capital.
    bool title_case = false;
    {
        std::size_t words = 0, caps = 0;
        for (std::size_t i = q_tok; i < n; ++i) {
            if (t[i].kind != token_kind::word || t[i].begin >= copy.size()) continue;
            ++words;
            caps += capitalised(i);
        }
        title_case = words >= 4 && caps * 10 >= words * 7;
    }

    // "we will help you manage pain", "donors help families travel": people do it, not the
    // therapy (unless the phrase holds the therapy: "we treat it with DBS successfully").
    auto done_by_people = [&](const hit& h) {
        std::size_t p = h.b;
        // ... or a thing other than the therapy is the subject: "the weather improved", "the
        // booking system has greatly improved waiting times", "ward staff were extremely
        // helpful".
        while (p > 0 && p + 4 > h.b &&
               (word_at(p - 1) == "will" || word_at(p - 1) == "can" || word_at(p - 1) == "also" ||
                word_at(p - 1) == "always" || word_at(p - 1) == "to" || word_at(p - 1) == "want" ||
                word_at(p - 1) == "'ll" || word_at(p - 1) == "has" || word_at(p - 1) == "have" ||
                word_at(p - 1) == "had" || word_at(p - 1) == "been" || word_at(p - 1) == "was" ||
                word_at(p - 1) == "were" || word_at(p - 1) == "is" || word_at(p - 1) == "are" ||
                word_at(p - 1) == "greatly" || word_at(p - 1) == "really" ||
                word_at(p - 1) == "so" || word_at(p - 1) == "very" ||
                word_at(p - 1) == "extremely" || word_at(p - 1) == "just" ||
                word_at(p - 1) == "a" || word_at(p - 1) == "an" || word_at(p - 1) == "the" ||
                word_at(p - 1) == "real" || word_at(p - 1) == "true"))
            --p;
        if (p == 0) return false;
        for (const mention& m : s.mentions)
            if ((m.what == role::therapy && m.b >= h.b && m.e <= h.e) ||
                (m.what != role::other_treatment && m.b < p && p <= m.e + 1u))
                return false;  // "the stimulation system has improved ...", "the Activa
                               // system reduces ..." is the therapy
        // "Our team successfully treated a child with DBS": people who use the therapy.
        for (const mention& m : s.mentions)
            if (m.resolved == ref_therapy && m.b > h.e && m.b <= h.e + 10u && m.b > 0) {
                const std::string_view pw = word_at(m.b - 1);
                if (pw == "with" || pw == "using" || pw == "by" || pw == "via") return false;
            }
        // ("nurses who helped", but "a child with DYT1 dystonia, who is now walking": "who" is
        // whoever it follows.)
        if (word_at(p - 1) == "who" || word_at(p - 1) == "which") {
            const std::size_t k = antecedent_end(p - 1);
            // ("Our nurse Priya, who helped": the agent a name stands for.)
            for (const mention& m : s.mentions)
                if (m.resolved == ref_therapy && k > 0 && static_cast<std::size_t>(m.b) + 2 >= k &&
                    m.b < k)
                    return false;  // ("the Activa system, which has restored ...")
            return k > 0 &&
                   (in_set_at(agent_set_, k - 1) || (k > 1 && in_set_at(agent_set_, k - 2)));
        }
        {
            // ("The campaign's results have been amazing": the agent's own.)
            std::string_view a = word_at(p - 1);
            if (a.size() > 2 && a.substr(a.size() - 2) == "'s") a.remove_suffix(2);
            if (lex_.in_set(agent_set_, a)) return true;
        }
        // "the patient hotline was quick and helpful": the subject of a copula a few words
        // back, with no therapy between.
        bool copula = false;
        for (std::size_t k = h.b; k-- > 0 && k + 6 > h.b && !copula;)
            copula = word_at(k) == "was" || word_at(k) == "is" || word_at(k) == "were" ||
                     word_at(k) == "are";
        for (std::size_t k = h.b; copula && k-- > 0 && k + 6 > h.b;) {
            if (t[k].kind == token_kind::punct) break;
            for (const mention& m : s.mentions)
                if (m.what != role::other_treatment && m.b <= k && k < m.e + 1u) return false;
            if (in_set_at(agent_set_, k)) return true;
        }
        return false;
    };

    // "Dr. Lyle promised that DBS would ease his twisting, and it did", "... she said DBS
    // would make a difference and she was right": a prediction confirmed is asserted.
    bool confirmed = false;
    {
        std::size_t e = n;
        while (e > 0 && t[e - 1].kind == token_kind::punct) --e;
        if (e >= 3 + q_tok) {
            const std::string_view w1 = word_at(e - 1), w2 = word_at(e - 2), w3 = word_at(e - 3);
            const bool pron = w2 == "it" || w2 == "he" || w2 == "she" || w2 == "they";
            const bool pron3 = w3 == "it" || w3 == "he" || w3 == "she" || w3 == "they";
            confirmed =
                (w1 == "did" && pron && (w3 == "and" || w3.empty())) ||
                ((w1 == "right" || w1 == "correct") && (w2 == "was" || w2 == "were") && pron3);
        }
        // "DBS may help, and it did for my sister": the confirmation inside the sentence.
        for (std::size_t j = q_tok; j + 2 < n && !confirmed; ++j)
            confirmed = word_at(j) == "and" &&
                        (word_at(j + 1) == "it" || word_at(j + 1) == "they") &&
                        word_at(j + 2) == "did" && j > q_tok &&
                        t[j - 1].kind == token_kind::punct && t[j - 1].punct == ',';
        if (confirmed)
            for (std::size_t j = q_tok; j < n; ++j) s.hyp[j] = 0;
    }

    // "For pain relief after DBS surgery, take paracetamol ...": a leading adjunct before an
    // instruction states no benefit of the therapy.
    std::size_t advice_comma = 0;
    {
        const std::string_view first = word_at(q_tok);
        if (first == "for" || first == "to" || first == "after" || first == "before" ||
            first == "if" || first == "when" || first == "during")
            for (std::size_t j = q_tok + 1; j + 1 < n; ++j) {
                if (hard_punct(t[j])) break;
                if (t[j].kind == token_kind::punct && t[j].punct == ',') {
                    static constexpr std::array<std::string_view, 18> imperative = {
                        "take",  "call",  "keep",     "avoid",   "rest",   "use",
                        "wear",  "ask",   "tell",     "contact", "follow", "bring",
                        "store", "check", "remember", "book",    "drink",  "expect"};
                    if (std::find(imperative.begin(), imperative.end(), word_at(j + 1)) !=
                        imperative.end())
                        advice_comma = j;
                    break;
                }
            }
    }

    // "..., after four nights in the hospital", "..., as my surgeon allowed": recovery from
    // the operation is the sentence's frame.
    bool recovery = false;
    for (const hit& o : H)
        recovery = recovery || (!o.dropped && o.what == role::mechanism &&
                                o.concept_id != static_cast<std::uint32_t>(-1) &&
                                lex_.info(o.concept_id).id == "benefit.recovery");

    // "Her twin brother has cerebral palsy; she has DYT1 dystonia and is on the list for DBS",
    // "I'm 33 and had DBS last year; my 5-year-old son thinks ...": a relative's condition or
    // age in a clause of its own, and the therapy in another clause with someone else as the
    // one who has it (the writer, a name, "own", a pronoun of the other sex, another relative).
    // Who a word names: 1 the writer, 2 a man or boy, 3 a woman or girl, 4 someone unsaid.
    auto who = [&](std::size_t j) -> int {
        std::string_view w = word_at(j);
        if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
        if (lex_.in_set(writer_set_, w)) return 1;
        if (lex_.in_set(male_set_, w)) return 2;
        if (lex_.in_set(female_set_, w)) return 3;
        if (lex_.in_set(kin_set_, w) || lex_.in_set(child_set_, w)) return 4;
        return 0;
    };
    // Parts finer than clauses: also at commas and at "and" before a new subject ("my mum had a
    // stroke last year and I have DYT1, I'm the one getting DBS").
    std::vector<std::uint16_t>& part = s.part;
    part.assign(n, 0);
    {
        std::uint16_t pc = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0 && (s.clause[i] != s.clause[i - 1] ||
                          (t[i].kind == token_kind::punct && t[i].punct == ',') ||
                          (word_at(i) == "and" && i + 1 < n && in_set_at(subject_set_, i + 1))))
                ++pc;
            part[i] = pc;
        }
    }
    auto other_clause = [&](std::size_t b) {
        const std::uint16_t kc = part[b];
        // The relative is looked for in the whole clause; the therapy must be in another part.
        std::size_t cb = b, ce = b;
        while (cb > q_tok && s.clause[cb - 1] == s.clause[b]) --cb;
        while (ce < n && s.clause[ce] == s.clause[b]) ++ce;
        // ("Both Hamza and his uncle have Wilson disease": shared.)
        for (std::size_t j = cb; j < b; ++j)
            if (word_at(j) == "both") return false;
        // The relative in the condition's clause (or just before it: "Her sister, who ...").
        int kin = 0;
        std::size_t kin_w = n;
        bool kin_pronoun = false;  // "his", "her": it may stand for any name
        // A person named right before the condition in its own part decides first ("done for
        // his writer's cramp"); the writer's own condition is never someone else's.
        for (std::size_t j = b; j-- > 0 && part[j] == kc;) {
            const std::string_view w = word_at(j);
            if (w == "who" || w == "whose" || w == "which") break;
            const int k = who(j);
            if (k == 1 && w != "my") return false;  // ("my 5-year-old son" is not the writer)
            if (k == 2 || k == 3) {
                kin = k;
                kin_w = j;
                kin_pronoun = w == "his" || w == "her" || w == "he" || w == "she" || w == "him" ||
                              w == "he's" || w == "she's";
                break;
            }
        }
        for (std::size_t j = cb >= 4 ? cb - 4 : 0; j < b + 5 && j < ce && (kin == 0 || kin == 4);
             ++j) {
            const std::string_view w = word_at(j);
            if (!(lex_.in_set(kin_set_, w) || w.find("'s") != std::string_view::npos ||
                  ((w == "son" || w == "daughter" || w == "child" || w == "kid" || w == "baby" ||
                    w == "toddler" || w == "boy" || w == "girl") &&
                   j > 0 &&
                   (word_at(j - 1) == "my" || word_at(j - 1) == "our" ||
                    t[j - 1].kind == token_kind::number || word_at(j - 1) == "old"))))
                continue;
            const int k = who(j);
            if (k >= 2) {
                kin = k;
                kin_w = j;
            }
        }
        // ("a six-year-old blowing out candles for her grandfather, who is being assessed for
        // DBS": no one named before the condition, and the therapy's own person after it.)
        if (kin == 0) {
            for (const mention& m : s.mentions) {
                if (m.consumed || m.resolved != ref_therapy || m.what == role::backref_pronoun ||
                    part[m.b] == kc || m.b <= b)
                    continue;
                for (std::size_t j = m.b; j-- > b + 1;) {
                    const std::string_view w = word_at(j);
                    if (w == "who" || w == "whose") {
                        const std::size_t k = antecedent_end(j);
                        return k > 0 && k - 1 > b + 4 &&
                               (lex_.in_set(kin_set_, word_at(k - 1)) || who(k - 1) >= 2);
                    }
                    if (hard_punct(t[j])) break;
                }
            }
            return false;
        }
        bool cut = false;
        for (const mention& m : s.mentions) {
            // (A pronoun for the therapy, "... calls it my robot", has no one's clause.)
            if (m.consumed || m.resolved != ref_therapy || m.what == role::backref_pronoun)
                continue;
            if (part[m.b] == kc) return false;  // the therapy in the same part
            // Who has the therapy: the nearest person before it in its clause.
            int rec = 0;
            std::size_t rec_at = n;
            // (Within its own part, and not across "that": "I remember that the DBS ...".)
            // (A relative clause's "who" points on to the one before it.)
            std::uint16_t in_part = part[m.b];
            // ("his sister, 14, received DBS": over an apposition to the one it follows.)
            std::size_t appo_b = n, appo_e = n;
            {
                std::size_t pb = m.b;
                while (pb > 0 && part[pb - 1] == in_part) --pb;
                // (The comma opening the therapy's part belongs to it.)
                // (", 15,", ", aged 13,", ", now 19,")
                const bool num1 = pb >= 1 && (t[pb - 1].kind == token_kind::number ||
                                              lex_.number_word(word_at(pb - 1)) >= 0);
                const std::size_t w = num1 && pb >= 2 &&
                                              (word_at(pb - 2) == "aged" ||
                                               word_at(pb - 2) == "now" || word_at(pb - 2) == "age")
                                          ? 2
                                          : 1;
                if (num1 && pb >= w + 2 && t[pb].kind == token_kind::punct && t[pb].punct == ',' &&
                    t[pb - w - 1].kind == token_kind::punct && t[pb - w - 1].punct == ',' &&
                    part[pb - w - 2] != kc) {
                    appo_b = pb - w - 1;
                    appo_e = pb;
                }
            }
            for (std::size_t j = m.b; j-- > 0 && rec == 0;) {
                const std::string_view w = word_at(j);
                const bool rel = w == "who" || w == "whose" || w == "whom";
                if (j >= appo_b && j < appo_e) {
                    in_part = part[appo_b - 1];
                    continue;
                }
                if (!rel && (part[j] != in_part || is_sub[j])) break;
                if (rel) {
                    j = antecedent_end(j);
                    if (j > 0) in_part = part[j - 1];
                    continue;
                }
                rec_at = j;
                if (w == "own" || w == "patient's" || w == "herself" || w == "himself")
                    rec = 5;  // set against someone else
                else if (capitalised(j) && !t[j].upper && !t[j].mixed &&
                         (j != cb || word_at(j).find("'s") != std::string_view::npos) &&
                         ((j > 0 && !hard_punct(t[j - 1])) ||
                          word_at(j).find("'s") != std::string_view::npos ||
                          (j + 1 < n && t[j + 1].kind == token_kind::punct &&
                           t[j + 1].punct == ',')))
                    rec = 6;  // a name
                else
                    rec = who(j);
            }
            auto bare = [&](std::size_t j) {
                std::string_view w = word_at(j);
                if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
                return w;
            };
            // The relative's own name ("My brother Sam has CP; Sam had DBS").
            if (rec == 6 && kin_w + 1 < n && bare(kin_w + 1) == bare(rec_at)) rec = 0;
            // ("... it was my cousin who went on to have DBS", "it's my daughter who's getting
            // assessed": another relative.)
            const bool other_kin = !kin_pronoun && rec >= 2 && rec <= 4 && rec_at < n &&
                                   (lex_.in_set(kin_set_, bare(rec_at)) || bare(rec_at) == "son" ||
                                    bare(rec_at) == "daughter") &&
                                   bare(rec_at) != bare(kin_w);
            cut = cut || rec == 1 || rec == 5 || (rec == 6 && !kin_pronoun) || other_kin ||
                  ((rec == 2 || rec == 3) && (kin == 2 || kin == 3) && rec != kin);
        }
        return cut;
    };
    // Whether the copula just before token `c` has a subject other than the therapy: "the new
    // scanner is safe", "Travel insurance for your DBS trip is risk-free", "the sandwiches were
    // FDA-approved" (not "The procedure to implant the stimulator is safe", not "it is safe").
    auto therapy_in = [&](std::size_t a, std::size_t b) {
        for (const mention& m : s.mentions)
            if (!m.consumed && m.resolved == ref_therapy && m.b < b && m.e > a) return true;
        return false;
    };
    // Whether the noun within the three words from `from` is the therapy or a word for it ("a
    // safe first option", "first-line dystonia care"), and not a person ("a safe, reliable
    // practitioner").
    auto therapy_noun_at = [&](std::size_t from) {
        bool therapy_noun = false, person = false;
        for (std::size_t j = from; j < n && j < from + 3u && t[j].kind == token_kind::word; ++j) {
            therapy_noun = therapy_noun || therapy_in(j, j + 1) || in_set_at(head_set_, j);
            person = person || in_set_at(agent_set_, j);
        }
        return therapy_noun && !person;
    };
    // With `modal`, the same for a modal instead: "..., so a shortened school day can help".
    auto subject_other = [&](std::size_t c, bool modal = false) {
        const std::string_view cw = c > q_tok ? word_at(c - 1) : std::string_view{};
        const bool copula = cw == "is" || cw == "are" || cw == "was" || cw == "were" ||
                            cw == "remains" || cw == "remain" || cw == "seems" || cw == "seem" ||
                            cw == "proved" || cw == "stays";
        const bool mod = cw == "can" || cw == "could" || cw == "will" || cw == "may" ||
                         cw == "might" || cw == "would";
        if (modal ? !mod : !copula) return false;
        std::size_t subj = c - 1;
        while (subj > q_tok && !hard_punct(t[subj - 1]) &&
               !(t[subj - 1].kind == token_kind::punct &&
                 (t[subj - 1].punct == ',' || t[subj - 1].punct == '-')) &&
               !is_sub[subj - 1] && word_at(subj - 1) != "and" && word_at(subj - 1) != "but" &&
               word_at(subj - 1) != "or" && word_at(subj - 1) != "so" &&
               word_at(subj - 1) != "how" && word_at(subj - 1) != "why" &&
               word_at(subj - 1) != "what")
            --subj;
        // The subject's head comes before its prepositions: "Travel insurance for your DBS
        // trip is risk-free to cancel" is about the insurance.
        std::size_t subj_e = c - 1;
        for (std::size_t j = subj + 1; j + 1 < c; ++j) {
            const std::string_view w = word_at(j);
            if (w == "for" || w == "of" || w == "in" || w == "with" || w == "after" ||
                w == "before" || w == "at" || w == "on" || w == "from") {
                subj_e = j;
                break;
            }
        }
        // ("Both are painless": a subject of pronouns and numbers is left to the referent.)
        bool content = false;
        for (std::size_t j = subj; j < subj_e; ++j)
            content = content || (t[j].kind == token_kind::word && !in_set_at(function_set_, j) &&
                                  lex_.number_word(word_at(j)) < 0);
        // ("The procedure to implant the stimulator is safe": a head the therapy's own.)
        bool head = false;
        for (std::size_t j = subj; j < subj_e; ++j) head = head || in_set_at(head_set_, j);
        return content && !therapy_in(subj, subj_e) && !(head && therapy_in(subj, c - 1));
    };
    // efficacy-claim
    {
        const bool pma = profile_.effectiveness_demonstrated;
        bool efficacy_done = false;
        // Benefits that people other than the therapy bring ("the unit, which helped patients
        // walk again"): no later pass reads them as the therapy's.
        std::vector<std::pair<std::size_t, std::size_t>>& by_people = s.by_people;
        by_people.clear();
        // Why a benefit was set aside, for DBSLABEL_TRACE.
        auto drop = [&](const hit& h, const char* why) {
            if (trace_)
                std::fprintf(stderr, "  efficacy: [%zu,%zu) set aside: %s\n",
                             static_cast<std::size_t>(h.b), static_cast<std::size_t>(h.e), why);
        };
        for (const hit& h : H) {
            if (h.dropped) continue;
            if (h.what != role::benefit && h.what != role::benefit_obj && h.what != role::absolute)
                continue;
            // "thanks to", "something she credits to", "we owe that to": the therapy named
            // right after a credit is what the benefit is of, whoever gives the credit.
            // "DBS is the reason she dances", "her stimulator is why": the same, with the therapy
            // named just before.
            const mention* credited = nullptr;
            const bool credit_after = h.what == role::benefit && strength(h) == 3;
            const bool credit_before = h.what == role::benefit && strength(h) == 4;
            for (const mention& m : s.mentions) {
                if (m.consumed || m.resolved != ref_therapy || names_service(m)) continue;
                if (credit_after && m.b >= h.e && m.b <= h.e + 2u &&
                    !(m.e < n && in_set_at(agent_set_, m.e)))
                    credited = &m;
                if (credit_before && m.e <= h.b && m.e + 1u >= h.b) credited = &m;
            }
            // The reason must be for something good: an activity, another benefit or a change
            // ("... is the reason she dances again"), not "... is the reason I shaved my head".
            if (credit_before && credited) {
                bool good = false;
                for (std::size_t j = h.e; j < n && !hard_punct(t[j]) && !is_term[j]; ++j) {
                    const std::string_view w = word_at(j);
                    if (lex_.negator(t[j], norm) || w == "had" || w == "have" || w == "must") {
                        good = false;
                        break;
                    }
                    // ("... the reason we moved to Boston": a move, not an activity.)
                    good = good || (lex_.in_set(act_set_, w) && word_at(j + 1) != "to") ||
                           w == "back" || w == "again" || w == "now" || w == "alive" ||
                           w == "here" || w == "can" || w == "still";
                    for (const hit& o : H)
                        good = good || (!o.dropped && o.b == j &&
                                        (o.what == role::benefit || o.what == role::benefit_obj));
                }
                if (!good) credited = nullptr;
            }
            // ("We owe nothing to DBS": the credit itself denied.)
            for (std::size_t j = h.b; credited && j < h.e; ++j)
                if (lex_.negator(t[j], norm) || word_at(j) == "nothing" || word_at(j) == "none")
                    credited = nullptr;
            if (credited ? (s.neg[h.b] || s.hyp[h.b] || s.neg[credited->b] ||
                            (h.b < q_tok && !after_question_asserts))
                         : !asserted(h.b)) {
                drop(h, "not asserted of the therapy");
                continue;
            }
            // "..., so a shortened school day can help": a benefit of something else.
            if (h.what == role::benefit_obj && !credited && subject_other(h.b, true)) {
                drop(h, "the modal's subject is something else");
                continue;
            }
            // "my little sis is 4 and has zero symptoms, meanwhile i got dbs at 13": someone
            // else's state.
            if (other_clause(h.b)) {
                drop(h, "someone else's");
                continue;
            }
            // "we should write again in three years": a duty, not an outcome.
            if (in_set_at(act_set_, h.b) && h.b > 0) {
                bool duty = false;
                for (std::size_t k = h.b >= 2 ? h.b - 2 : 0; k < h.b; ++k) {
                    const std::string_view w = word_at(k);
                    duty = duty || w == "should" || w == "must" || w == "ought" || w == "shall";
                }
                if (duty) {
                    drop(h, "a duty, not an outcome");
                    continue;
                }
            }
            if (advice_comma > 0 && h.b < advice_comma) {
                drop(h, "before advice");
                continue;
            }
            if (recovery) break;
            const std::uint16_t cl = s.clause[h.b];
            if (credit_after || credit_before) {
                // "thanks to": a benefit only when the therapy is what it thanks.
                if (!credited) {
                    drop(h, "no therapy after the credit");
                    continue;
                }
            }
            if (h.what == role::benefit_obj) {
                // "made my surgery day feel calm", "her recovery was smooth": an adjective after
                // a copula, not a verb of the therapy.
                if (h.b > 0) {
                    const std::string_view pw = word_at(h.b - 1), v = word_at(h.b);
                    const bool copula = pw == "feel" || pw == "feels" || pw == "felt" ||
                                        pw == "seem" || pw == "seems" || pw == "seemed" ||
                                        pw == "look" || pw == "looks" || pw == "looked" ||
                                        pw == "was" || pw == "is" || pw == "were" || pw == "are";
                    const bool inflected = v.size() > 3 && (v.substr(v.size() - 2) == "ed" ||
                                                            v.substr(v.size() - 2) == "en" ||
                                                            v.substr(v.size() - 3) == "ing");
                    if (copula && !inflected) {
                        drop(h, "an adjective after a copula");
                        continue;
                    }
                }
                // "it has to be removed", "was stopped": done to the subject, unless the
                // therapy is the agent ("were reduced by DBS").
                if (h.b > 0) {
                    const std::string_view pw = word_at(h.b - 1);
                    const bool passive = pw == "be" || pw == "been" || pw == "being" ||
                                         pw == "is" || pw == "are" || pw == "was" || pw == "were" ||
                                         pw == "get" || pw == "got";
                    const std::string_view nx = word_at(h.e);
                    const std::string_view v = word_at(h.b);
                    const bool participle = v.size() > 3 && (v.substr(v.size() - 2) == "ed" ||
                                                             v.substr(v.size() - 2) == "en");
                    if (passive && participle && !(nx == "by" || nx == "with" || nx == "through"))
                        continue;
                }
                bool object = h.e >= n || t[h.e].kind == token_kind::punct;
                // "... was banished by deep brain stimulation": the passive's subject is
                // what the therapy acted on.
                if (h.b > 0 && (word_at(h.e) == "by" || word_at(h.e) == "with"))
                    for (const mention& m : s.mentions)
                        object =
                            object || (m.resolved == ref_therapy && m.b > h.e && m.b <= h.e + 3u &&
                                       (word_at(h.b - 1) == "was" || word_at(h.b - 1) == "were" ||
                                        word_at(h.b - 1) == "been" || word_at(h.b - 1) == "is" ||
                                        word_at(h.b - 1) == "are"));
                for (std::size_t j = h.e; j < n && j < h.e + 5u && !object; ++j) {
                    if (hard_punct(t[j])) break;
                    const std::string_view w = word_at(j);
                    if (lex_.in_set(symptom_set_, w)) object = true;
                    if (w == "manage" || w == "control" || w == "reduce" || w == "ease" ||
                        w == "relieve" || w == "improve" || w == "restore")
                        object = true;
                }
                // "DBS helped Kira", "unlocked Theo's potential": a name is the one helped (not
                // in a heading in Title Case, where every word has a capital).
                if (!title_case && capitalised(h.e) && !t[h.e].upper) object = true;
                // "helping 3-year-olds", "helps toddlers": an age names the people helped.
                for (const age_hit& a : s.ages)
                    if (a.b >= h.e && a.b < h.e + 5u) object = true;
                for (const hit& o : H)
                    if (!o.dropped && o.what == role::age_group && o.b >= h.e && o.b < h.e + 5u)
                        object = true;
                // "their spasms lessened": the symptom as the subject.
                for (std::size_t j = h.b; j-- > 0 && j + 3 >= h.b && !object;) {
                    if (t[j].kind == token_kind::punct) break;
                    const std::string_view w = word_at(j);
                    if (lex_.in_set(sx_set_, w) || w == "dystonia" || w == "hemidystonia" ||
                        w == "torticollis" || w == "cramp" || w == "blepharospasm")
                        object = true;
                }
                if (!object) {
                    drop(h, "no object");
                    continue;
                }
                // "we will help you manage pain": the team helps, not the therapy.
                if (done_by_people(h)) {
                    drop(h, "done by people");
                    continue;
                }
                // "Our charity helps families travel to DBS appointments": when the therapy is
                // named only after the verb, it must be the means ("helped by DBS", "with DBS"),
                // not a later noun the verb does not reach.
                bool before_verb = false;
                const mention* later = nullptr;
                for (const mention& m : s.mentions) {
                    if (m.consumed || m.b < q_tok || m.resolved != ref_therapy) continue;
                    if (m.b < h.b)
                        before_verb = true;
                    else if (!later)
                        later = &m;
                }
                if (!before_verb && later && later->b > 0) {
                    std::size_t p = later->b - 1;
                    while (p > h.e &&
                           (word_at(p) == "the" || word_at(p) == "a" || word_at(p) == "an" ||
                            word_at(p) == "their" || word_at(p) == "his" || word_at(p) == "her"))
                        --p;
                    const std::string_view pw = word_at(p);
                    // ("... settle the moment the stimulator went on": the time it acts.)
                    if (!(pw == "with" || pw == "by" || pw == "from" || pw == "after" ||
                          pw == "through" || pw == "using" || pw == "via" || pw == "following" ||
                          pw == "since" || pw == "of" || pw == "thanks" || pw == "to" ||
                          pw == "moment" || pw == "minute" || pw == "instant" || pw == "once" ||
                          pw == "when")) {
                        drop(h, "the therapy named after the verb is not its means");
                        continue;
                    }
                    // "to DBS appointments": the therapy naming another noun.
                    if (pw == "to" && later->e < n && t[later->e].kind == token_kind::word &&
                        !in_set_at(symptom_set_, later->e))
                        continue;
                }
            }
            // A benefit is the therapy's only when the therapy is named as itself, not as a
            // service ("after the DBS ward got new flooring"), and not as whom the benefit is
            // for when named after it ("makes a difference for DBS patients"); nor when the
            // team or a donor does it ("We make DBS visits easier"). A credit names its own.
            if (!credited) {
                const mention* am = attr_mention(h.b);
                if (am && am->e < n && in_set_at(venue_set_, am->e)) {
                    drop(h, "the therapy names a place or a service");
                    continue;
                }
                if (am && am->b > h.b && am->b > 0 && word_at(am->b - 1) == "for") {
                    drop(h, "the therapy is whom it is for");
                    continue;
                }
                if (done_by_people(h)) {
                    by_people.emplace_back(h.b, h.e);
                    drop(h, "done by people");
                    continue;
                }
                // "Your gift made a real difference": the longer benefit's agent holds for the
                // shorter one inside it.
                bool outer_people = false;
                for (const hit& o : H)
                    outer_people =
                        outer_people || (&o != &h && !o.dropped && contains(o, h) && o.b < h.b &&
                                         (o.what == role::benefit || o.what == role::benefit_obj) &&
                                         done_by_people(o));
                if (outer_people) {
                    drop(h, "a longer benefit done by people");
                    continue;
                }
            }
            bool absolute = h.what == role::absolute;
            bool intensified = false;
            bool hedged = false;
            for (const hit& o : H) {
                if (o.dropped) continue;
                if (o.what == role::absolute && overlaps(o, h)) absolute = true;
                if ((o.what == role::intensifier || o.what == role::quantifier) &&
                    (s.clause[o.b] == cl || overlaps(o, h)))
                    intensified = true;
                // A modal hedges what is near it; a hope or a wish its whole clause.
                const std::string_view hw = o.what == role::hedge ? word_at(o.b) : "";
                const bool modal = hw == "may" || hw == "might" || hw == "could" || hw == "would";
                if (o.what == role::hedge && o.b < h.b && s.clause[o.b] == cl &&
                    h.b <= o.e + (modal ? 6u : 10u)) {
                    // "when his spasms would not stop, and it saved his life": the hedge is in
                    // a clause of its own.
                    bool apart = false;
                    for (std::size_t j = o.e; j < h.b; ++j) apart = apart || comma_break(j);
                    hedged = hedged || !apart;
                }
            }
            for (std::size_t j = 0; j + 1 < n; ++j)
                if (t[j].kind == token_kind::number && t[j + 1].kind == token_kind::punct &&
                    t[j + 1].punct == '%' && s.clause[j] == cl)
                    intensified = true;
            // With an effectiveness-labelled (PMA) profile only absolute claims (cure,
            // eliminate, guarantee) go beyond the labelling; benefit itself is labelled.
            const bool claim = pma ? absolute : (!hedged || confirmed || intensified || absolute);
            if (!claim) {
                drop(h, "hedged");
                continue;
            }
            std::size_t b = h.b;
            while (b > 0) {
                const std::string_view pw = word_at(b - 1);
                bool ext = pw == "can" || pw == "will";
                for (const hit& o : H)
                    if (!o.dropped && o.what == role::intensifier && o.e == b) ext = true;
                if (!ext) break;
                --b;
            }
            emit("efficacy-claim", b, h.e,
                 pma ? "claims an absolute benefit beyond the labelling"
                     : "asserts a benefit whose effectiveness has not been demonstrated");
            efficacy_done = true;
            break;
        }
        // The therapy as the frame of an outcome: "With DBS, Grandpa danced at the wedding",
        // "Since her DBS, Priya sings every morning". A leading phrase that names the therapy,
        // then a main clause where someone does an activity, asserted and not hedged; not a
        // recovery step ("After DBS, patients walk the next day").
        if (!efficacy_done && !pma && !any_role(role::hedge)) {
            // Where to look for the activity: after a leading frame ("With DBS, ..."), in the
            // clause before a trailing one ("... hiked 20 miles, three years after his DBS"),
            // or after a "before" frame, in a later clause set in the present ("Before her
            // DBS, Rosa stayed home; last week she went to the market").
            std::size_t scan_b = n, scan_e = n;
            bool need_now = false;
            for (const mention& m : s.mentions) {
                if (m.consumed || m.resolved != ref_therapy || m.b < q_tok) continue;
                // ("thanks to the DBS community": people, not the therapy.)
                if (m.e < n && (in_set_at(agent_set_, m.e) || in_set_at(venue_set_, m.e))) continue;
                std::size_t p = m.b;
                while (p > 0 && (word_at(p - 1) == "the" || word_at(p - 1) == "her" ||
                                 word_at(p - 1) == "his" || word_at(p - 1) == "their" ||
                                 word_at(p - 1) == "my" || word_at(p - 1) == "our" ||
                                 word_at(p - 1) == "its"))
                    --p;
                if (p == 0) break;
                std::string_view lead = word_at(p - 1);
                std::size_t lead_at = p - 1;
                if ((lead == "to" || lead == "of") && lead_at > 0 &&
                    (word_at(lead_at - 1) == "thanks" || word_at(lead_at - 1) == "because")) {
                    lead = word_at(--lead_at);
                }
                // "Six months after DBS, ...": a span of time before the lead still opens.
                std::size_t open_at = lead_at;
                if (lead == "after" || lead == "since" || lead == "following") {
                    std::size_t k = lead_at;
                    while (k > q_tok && lead_at - k < 4) {
                        const std::string_view w = word_at(k - 1);
                        if (!(t[k - 1].kind == token_kind::number || lex_.number_word(w) >= 0 ||
                              w == "a" || w == "an" || w == "just" || w == "only" || w == "few" ||
                              w == "day" || w == "days" || w == "week" || w == "weeks" ||
                              w == "month" || w == "months" || w == "year" || w == "years"))
                            break;
                        --k;
                    }
                    if (k < lead_at && (k == q_tok || (t[k - 1].kind == token_kind::punct &&
                                                       t[k - 1].punct == ':')))
                        open_at = k;
                }
                bool opens =
                    open_at == q_tok || (open_at > 0 && t[open_at - 1].kind == token_kind::punct &&
                                         t[open_at - 1].punct == ':');
                // "Day 3 after my DBS: ...", "The morning after DBS, ...": days and hours
                // after surgery are recovery, not an outcome.
                for (std::size_t k = open_at; k < lead_at; ++k) {
                    const std::string_view w = word_at(k);
                    if (w == "day" || w == "days" || w == "hours" || w == "hour" ||
                        w == "morning" || w == "night" || w == "evening")
                        opens = false;
                }
                const bool forward = lead == "with" || lead == "since" || lead == "after" ||
                                     lead == "post" || lead == "following" || lead == "thanks" ||
                                     lead == "because" || lead == "through";
                if (opens && forward) {
                    for (std::size_t j = m.e; j < n && j < m.e + 8u; ++j) {
                        if (hard_punct(t[j])) break;
                        if (t[j].kind == token_kind::punct && t[j].punct == ',') {
                            scan_b = j + 1;
                            break;
                        }
                    }
                } else if (opens && (lead == "before" || lead == "until" || lead == "prior")) {
                    for (std::size_t j = m.e; j < n; ++j)
                        if (t[j].kind == token_kind::punct && t[j].punct == ';') {
                            scan_b = j + 1;
                            need_now = true;
                            break;
                        }
                } else if (!opens && forward && lead != "with" && lead != "through" &&
                           lead != "because") {
                    scan_e = lead_at;
                    scan_b = lead_at;
                    while (scan_b > q_tok && !hard_punct(t[scan_b - 1]) && !is_term[scan_b - 1])
                        --scan_b;
                }
                break;
            }
            // Not advice ("After DBS surgery, sleep with your head raised": an imperative) nor
            // recovery and permission ("cleared to shower", "helped me recover").
            if (scan_b < n) {
                const std::string_view first = word_at(scan_b);
                static constexpr std::array<std::string_view, 24> advice = {
                    "sleep",    "keep",  "avoid", "rest", "take",    "call",   "wait",  "plan",
                    "expect",   "use",   "wear",  "try",  "don't",   "do",     "be",    "make",
                    "remember", "check", "ask",   "tell", "contact", "follow", "drink", "eat"};
                if (std::find(advice.begin(), advice.end(), first) != advice.end()) scan_b = n;
            }
            if (any_role(role::mechanism)) scan_b = n;
            bool now_seen = false;
            for (std::size_t j = scan_b; j < scan_e; ++j) {
                // (", and we are talking with his team": a clause of its own.)
                if (hard_punct(t[j]) || is_term[j] || (j > scan_b && comma_break(j))) break;
                const std::string_view wj = word_at(j);
                if (wj == "now" || wj == "today" || wj == "nowadays" || wj == "finally" ||
                    wj == "last" || wj == "these" || wj == "yesterday")
                    now_seen = true;
                if (need_now && !now_seen) continue;
                if (!lex_.in_set(act_set_, wj) || s.neg[j] || s.hyp[j]) continue;
                // "Sister, 4, hugged him after his DBS": a relative, with an age of their own,
                // does it.
                bool kin_subject = false;
                for (std::size_t k = j >= 5 ? j - 5 : 0; k < j; ++k)
                    if (in_set_at(kin_set_, k))
                        for (const age_hit& a : s.ages)
                            kin_subject = kin_subject || (a.b > k && a.b <= k + 3);
                if (kin_subject) continue;
                // "got moved off the ward": done to the patient, not by them.
                if (wj.size() > 2 && wj.substr(wj.size() - 2) == "ed" && j > 0) {
                    const std::string_view pw = word_at(j - 1);
                    if (pw == "got" || pw == "get" || pw == "gets" || pw == "was" || pw == "were" ||
                        pw == "been" || pw == "being" || pw == "is" || pw == "are" || pw == "be")
                        continue;
                }
                bool skip = false;
                // "safe driving after DBS": part of a phrase that is no outcome.
                for (const hit& o : H)
                    skip = skip || (!o.dropped && o.what == role::mechanism && o.b <= j && j < o.e);
                for (std::size_t k = j >= 2 ? j - 2 : 0; k < j; ++k) {
                    const std::string_view w = word_at(k);
                    skip = skip || w == "to" || w == "will" || w == "must" || w == "should" ||
                           w == "need" || w == "needs" || w == "shall";
                }
                // ("Your physio will check balance, walking and posture at 2 weeks after DBS":
                // what is assessed.)
                for (std::size_t k = j >= 5 ? j - 5 : 0; k < j; ++k) {
                    const std::string_view w = word_at(k);
                    skip = skip || w == "check" || w == "checks" || w == "assess" ||
                           w == "assesses" || w == "measure" || w == "measures" || w == "test" ||
                           w == "tests" || w == "monitor" || w == "monitors" || w == "track" ||
                           w == "review" || w == "reviews" || w == "evaluate";
                }
                for (std::size_t k = j + 1; k < n && k <= j + 4; ++k) {
                    const std::string_view w = word_at(k);
                    skip = skip || w == "next" || w == "same" || w == "within" ||
                           w == "following" || w == "soon" || w == "immediately" ||
                           w == "shortly" || w == "out" || w == "day" || w == "hours" ||
                           w == "home" || w == "hospital" || w == "clinic" || w == "days";
                }
                if (skip) continue;
                emit("efficacy-claim", j, j + 1,
                     "asserts a benefit whose effectiveness has not been demonstrated");
                break;
            }
        }
    }

    // "the DBS has Owen kicking goals again", "my husband walks the dog every morning now,
    // which he couldn't do before his DBS": an activity marked as a change, in a sentence that
    // names the therapy, credits nothing else and hedges nothing.
    if (!profile_.effectiveness_demonstrated && !any_role(role::hedge) &&
        !any_role(role::hypothetical) &&
        std::none_of(F.begin() + static_cast<std::ptrdiff_t>(first_finding), F.end(),
                     [](const finding& f) { return f.rule == "efficacy-claim"; })) {
        bool therapy_named = false, other_named = false, since_therapy = false;
        for (const mention& m : s.mentions) {
            if (m.consumed || m.b < q_tok) continue;
            std::size_t p = m.b;
            while (p > 0 && (word_at(p - 1) == "her" || word_at(p - 1) == "his" ||
                             word_at(p - 1) == "my" || word_at(p - 1) == "their" ||
                             word_at(p - 1) == "the" || word_at(p - 1) == "our"))
                --p;
            const std::string_view lead = p > 0 ? word_at(p - 1) : std::string_view{};
            // "..., which he couldn't do before his DBS": a time frame, negated or not.
            const bool frame = lead == "before" || lead == "since" || lead == "after";
            // ("Toddler DBS clinic now runs Fridays": a place, not the therapy.)
            if (m.resolved == ref_therapy && (frame || (!s.neg[m.b] && !s.hyp[m.b])) &&
                !names_service(m) && !(m.e < n && in_set_at(venue_set_, m.e)))
                therapy_named = true;
            since_therapy = since_therapy || (m.resolved == ref_therapy && lead == "since");
            if (m.resolved == ref_other) other_named = true;
        }
        // A mark of change near the activity: "again", "now", "no longer", "for the first
        // time", or "since" the therapy.
        auto change_mark = [&](std::size_t j) {
            const std::string_view w = word_at(j);
            if (s.neg[j] || s.hyp[j]) return false;
            if (w == "again" || w == "anymore" || w == "finally" || w == "nowadays" || w == "now")
                return true;
            if (w == "first" && word_at(j + 1) == "time") return true;
            // "three weeks later she is standing on her own"
            if (w == "later" && j > 0) {
                const std::string_view u = word_at(j - 1);
                if (u == "weeks" || u == "months" || u == "years" || u == "week" || u == "month" ||
                    u == "year")
                    return true;
            }
            if (w == "since")
                for (const mention& m : s.mentions)
                    if (!m.consumed && m.resolved == ref_therapy && m.b > j && m.b <= j + 3u)
                        return true;
            return false;
        };
        for (std::size_t j = q_tok; therapy_named && !other_named && j < n; ++j) {
            const std::string_view wj = word_at(j);
            // "has been back at Auskick every Saturday since her DBS": back where one was.
            const std::string_view nj = word_at(j + 1);
            const bool back = wj == "back" && (nj == "at" || nj == "on" || nj == "in" ||
                                               nj == "behind" || nj == "playing");
            if (!(lex_.in_set(act_set_, wj) || back) || s.neg[j] || s.hyp[j]) continue;
            if (std::any_of(s.by_people.begin(), s.by_people.end(),
                            [&](const std::pair<std::size_t, std::size_t>& p) {
                                return p.first <= j && j < p.second;
                            }))
                continue;
            bool by_therapy = false;  // "DBS moves fast now": the therapy is no patient
            for (const mention& m : s.mentions)
                by_therapy = by_therapy ||
                             (m.resolved == ref_therapy &&
                              (m.e == j ||
                               (m.e + 1u == j && (word_at(m.e) == "now" || word_at(m.e) == "also" ||
                                                  word_at(m.e) == "still"))));
            if (by_therapy) continue;
            if (wj == "performed" || wj == "perform" || wj == "performs" || wj == "went" ||
                wj == "goes" || wj == "visited" || wj == "joined" || wj == "attended" ||
                wj == "attends" || wj == "completed" || wj == "finished" || wj == "sat" ||
                wj == "travel" || wj == "travels" || wj == "traveled" || wj == "travelled" ||
                wj == "work")
                continue;
            // "the DBS has Owen kicking goals": the therapy makes someone do it.
            // ("since her DBS she races us to the top": the patient does it, a subject just
            // before the activity.)
            bool subject_before = false;
            for (std::size_t k = j >= 3 ? j - 3 : 0; k < j; ++k) {
                const std::string_view w = word_at(k);
                subject_before =
                    subject_before || lex_.in_set(subject_set_, w) || w == "can" || w == "could";
            }
            bool marked =
                (since_therapy && (subject_before || back)) ||
                (j >= 2 && wj.size() > 4 && wj.substr(wj.size() - 3) == "ing" &&
                 (word_at(j - 2) == "has" || word_at(j - 2) == "had" || word_at(j - 2) == "got" ||
                  word_at(j - 2) == "gets") &&
                 (word_at(j - 1) == "me" || word_at(j - 1) == "her" || word_at(j - 1) == "him" ||
                  word_at(j - 1) == "them" || word_at(j - 1) == "us" || word_at(j - 1) == "you" ||
                  in_set_at(person_set_, j - 1) || (capitalised(j - 1) && !t[j - 1].upper)));
            for (std::size_t k = j >= 3 ? j - 3 : 0; k < n && k <= j + 6 && !marked; ++k) {
                if (k > j && hard_punct(t[k])) break;
                // ("is now offered" is news, not a change in the patient.)
                marked = change_mark(k) && !(word_at(k) == "now" && k > 0 && is_aux(k - 1));
            }
            if (!marked) continue;
            bool skip = false;
            for (std::size_t k = j >= 2 ? j - 2 : 0; k < j; ++k) {
                const std::string_view w = word_at(k);
                skip = skip || w == "to" || w == "will" || w == "must" || w == "should" ||
                       w == "need" || w == "needs" || w == "would" || w == "could" ||
                       w == "can't" || w == "couldn't" || w == "cannot" || w == "got" ||
                       w == "was" || w == "were" || w == "if";
            }
            for (std::size_t k = j + 1; k < n && k <= j + 5; ++k) {
                const std::string_view w = word_at(k);
                skip = skip || w == "next" || w == "same" || w == "within" || w == "soon" ||
                       w == "immediately" || w == "shortly" || w == "home" || w == "hospital" ||
                       w == "hours" || w == "day" || w == "days";
            }
            for (const hit& o : H)
                skip =
                    skip || (!o.dropped && o.what == role::mechanism && o.b <= j + 6u && j < o.e);
            if (skip || recovery) continue;
            emit("efficacy-claim", j, j + 1,
                 "asserts a benefit whose effectiveness has not been demonstrated");
            break;
        }
    }

    // "Before DBS, a walker; after DBS, soccer cleats", "Before the stimulator he couldn't grip
    // a racket, after it he won the final": a life before the therapy set against one after.
    if (!profile_.effectiveness_demonstrated &&
        std::none_of(F.begin() + static_cast<std::ptrdiff_t>(first_finding), F.end(),
                     [](const finding& f) { return f.rule == "efficacy-claim"; })) {
        std::size_t before_at = n, after_at = n, after_e = n;
        for (const mention& m : s.mentions) {
            if (m.consumed || m.resolved != ref_therapy || m.b < q_tok) continue;
            std::size_t p = m.b;
            while (p > 0 &&
                   (word_at(p - 1) == "the" || word_at(p - 1) == "her" || word_at(p - 1) == "his" ||
                    word_at(p - 1) == "their" || word_at(p - 1) == "my" || word_at(p - 1) == "our"))
                --p;
            if (p == 0) continue;
            const std::string_view lw = word_at(p - 1);
            if (lw == "before" && before_at == n)
                before_at = p - 1;
            else if ((lw == "after" || lw == "since" || lw == "post" || lw == "with") &&
                     before_at < p - 1 && after_at == n) {
                after_at = p - 1;
                after_e = m.e;
            }
        }
        // "Before DBS Luis needed a wheelchair, and today he walks his dog": "today" or
        // "now" after a break stands for the time after the therapy when an activity follows.
        bool now_frame = false;
        if (before_at < n && after_at == n) {
            for (std::size_t j = before_at + 2; j + 1 < n && after_at == n; ++j) {
                const std::string_view w = word_at(j);
                // ("...; this season he reached the regional final")
                const bool this_span =
                    word_at(j - 1) == "this" &&
                    (w == "season" || w == "year" || w == "spring" || w == "summer" ||
                     w == "autumn" || w == "winter" || w == "month" || w == "week" || w == "term");
                if (!(w == "today" || w == "now" || w == "nowadays" || this_span)) continue;
                bool broken = false;
                for (std::size_t k = before_at; k < j; ++k)
                    broken = broken || (t[k].kind == token_kind::punct &&
                                        (t[k].punct == ',' || t[k].punct == ';'));
                bool act = false;
                for (std::size_t k = j + 1; k < n && k < j + 5u && !hard_punct(t[k]); ++k)
                    act = act || in_set_at(act_set_, k);
                if (broken && act) {
                    after_at = j;
                    after_e = j + 1;
                    now_frame = true;
                }
            }
        }
        if (after_at < n) {
            bool apart = false, hard_before = false;
            for (std::size_t j = before_at; j < after_at; ++j) {
                const std::string_view w = word_at(j);
                apart = apart || (t[j].kind == token_kind::punct &&
                                  (t[j].punct == ';' || t[j].punct == '-' || t[j].punct == ','));
                hard_before = hard_before || lex_.negator(t[j], norm) || lex_.in_set(sx_set_, w) ||
                              lex_.in_set(aid_set_, w);
            }
            std::size_t seg_e = after_e;
            while (seg_e < n && !(t[seg_e].kind == token_kind::punct && t[seg_e].punct != ',') &&
                   !(now_frame && seg_e > after_e + 4))
                ++seg_e;
            bool good_after = seg_e > after_e + 1;
            for (std::size_t j = after_at; j < seg_e; ++j)
                good_after = good_after && !s.neg[j] && !s.hyp[j] && !in_set_at(aid_set_, j) &&
                             !lex_.negator(t[j], norm);
            if (apart && hard_before && good_after)
                emit("efficacy-claim", after_at, seg_e,
                     "asserts a benefit whose effectiveness has not been demonstrated");
        }
    }

    // Whose therapy it is: "her brother's DBS", "big brother Sam, whose DBS", "whose older
    // siblings are awaiting DBS", "Siblings of DBS participants, ...". When a relative has the
    // therapy, an age or a cause told elsewhere in the sentence is someone else's: the one
    // that counts sits right after the therapy ("my sister's DBS at 5") or on the relative
    // ("my 4-year-old sister's DBS").
    std::size_t kin_at = n;
    bool kin_heads = false;  // the relatives head the sentence: what follows is theirs too
    for (const mention& m : s.mentions) {
        if (m.consumed || m.resolved != ref_therapy) continue;
        if (m.b == 0) break;  // (only the therapy's first mention)
        auto kin_word = [&](std::size_t j) {
            std::string_view w = word_at(j);
            if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
            return lex_.in_set(kin_set_, w);
        };
        std::size_t p = m.b;
        if (word_at(p - 1) == "the" && p > 1) --p;
        const std::string_view pw = word_at(p - 1);
        if (pw.size() > 2 && pw.substr(pw.size() - 2) == "'s" && kin_word(p - 1)) {
            kin_at = p - 1;
        } else if (pw == "whose" && p >= 3 && t[p - 2].kind == token_kind::punct &&
                   t[p - 2].punct == ',') {
            std::size_t k = p - 3;
            if (k > 0 && !kin_word(k) && t[k].kind == token_kind::word) --k;  // a name
            if (kin_word(k)) kin_at = k;
        } else {
            // "whose older siblings are awaiting DBS": a relative doing the having.
            for (std::size_t k = m.b; k-- > 0 && k + 4 >= m.b;) {
                if (t[k].kind == token_kind::punct) break;
                if (kin_word(k) && k + 1 < m.b &&
                    (is_aux(k + 1) || in_set_at(treat_set_, k + 1) ||
                     word_at(k + 1) == "awaiting" || word_at(k + 1) == "having" ||
                     word_at(k + 1) == "getting")) {
                    kin_at = k;
                    break;
                }
            }
            // "Siblings of DBS participants, some as young as three": relatives of patients.
            if (kin_at == n && m.b >= 2 && word_at(m.b - 1) == "of" && kin_word(m.b - 2) &&
                m.b <= q_tok + 4u) {
                kin_at = m.b - 2;
                kin_heads = true;
            }
        }
        break;
    }
    auto someone_elses = [&](std::size_t b, std::size_t e) {
        // Only what is told before the relative: what follows the therapy ("my husband had
        // DBS for the dystonia he's had since his brain bleed") is the relative's own.
        if (kin_at == n || (b >= kin_at && !kin_heads)) return false;
        // "my 4-year-old sister's DBS" (but not "3- to 6-year-olds whose older siblings").
        bool attached = e <= kin_at && e + 3u >= kin_at;
        for (std::size_t j = e; attached && j < kin_at; ++j)
            attached = t[j].kind == token_kind::word && word_at(j) != "whose" &&
                       word_at(j) != "who" && word_at(j) != "of";
        return !attached;
    };

    // age-under-7
    {
        int min_age = -1;
        for (const hit& h : H)
            if (!h.dropped && h.what == role::subtype) {
                const std::string& sub = lex_.info(h.concept_id).subtype;
                if (profile_.lists_subtype(sub)) {
                    const int a = profile_.min_age_for(sub);
                    if (min_age < 0 || a < min_age) min_age = a;
                }
            }
        if (min_age < 0) min_age = profile_.min_age_years;
        auto history_lead = [&](std::size_t b) {
            // "when he was a toddler": a time of life, told as history.
            if (b >= 4 && (word_at(b - 1) == "a" || word_at(b - 1) == "an") &&
                (word_at(b - 2) == "was" || word_at(b - 2) == "were") && word_at(b - 4) == "when")
                return true;
            // "jaundiced as newborns", "as a toddler she fell": a time of life, not an age at
            // treatment.
            if (b > 0 &&
                (word_at(b - 1) == "as" || (b > 1 && word_at(b - 2) == "as" &&
                                            (word_at(b - 1) == "a" || word_at(b - 1) == "an"))))
                return true;
            // "has lived with DYT1 dystonia since age 6": the onset.
            if (b > 0 && (word_at(b - 1) == "since" ||
                          (b > 1 && word_at(b - 2) == "since" &&
                           (word_at(b - 1) == "age" || word_at(b - 1) == "the"))))
                return true;
            if (word_at(b) == "since") return true;
            // "has had generalized dystonia since she was five": the onset, told with its
            // subject, of the condition just named ("since she was five, Mia has had DBS" is
            // the therapy's).
            if (b > 3 && (word_at(b - 1) == "was" || word_at(b - 1) == "were") &&
                word_at(b - 3) == "since")
                for (const hit& d : H)
                    if (!d.dropped && (d.what == role::dystonia_term || d.what == role::subtype) &&
                        d.e + 3u <= b && d.e + 4u >= b)
                        return true;
            return false;
        };
        // "kids who were 5 when their symptoms began": the age of the onset.
        auto onset_after = [&](std::size_t e) {
            if (word_at(e) != "when") return false;
            for (std::size_t j = e + 1; j < n && j <= e + 5; ++j) {
                if (t[j].kind == token_kind::punct) return false;
                if (in_set_at(onset_set_, j)) return true;
            }
            return false;
        };
        auto history = [&](std::size_t b) {
            if (history_lead(b)) return true;
            for (std::size_t j = b; j-- > 0;) {
                if (t[j].kind == token_kind::punct && (t[j].punct == ';' || t[j].punct == '.'))
                    return false;
                const std::string_view w = word_at(j);
                for (const mention& m : s.mentions)
                    if (!m.consumed && m.b == j && m.resolved == ref_therapy) {
                        // "Before DBS, Sam could not walk at age 6": before the treatment.
                        const std::string_view pw = word_at(j > 0 ? j - 1 : j);
                        return j > 0 && (pw == "before" || pw == "until" || pw == "prior");
                    }
                if (lex_.in_set(treat_set_, w)) return false;
                // ("newly diagnosed toddlers": the onset word describes them.)
                if (lex_.in_set(onset_set_, w) && !(j + 1 == b && w == "diagnosed")) return true;
            }
            return false;
        };
        std::vector<age_cand>& cands = s.cands;
        cands.clear();
        for (const age_hit& a : s.ages) cands.push_back({a.b, a.e, a.lo, true, a.hi});
        for (const hit& h : H)
            if (!h.dropped && h.what == role::age_group)
                cands.push_back(
                    {h.b, h.e, lex_.info(h.concept_id).lo, false, lex_.info(h.concept_id).hi});
        std::sort(cands.begin(), cands.end(),
                  [](const age_cand& a, const age_cand& b) { return a.b < b.b; });
        // "Maya's brother (aged 4)", "her sister, 4,": a relative's age in apposition.
        auto kin_before = [&](std::size_t b) {
            std::size_t k = b;
            while (k > 0 && (t[k - 1].kind == token_kind::punct
                                 ? (t[k - 1].punct == '(' || t[k - 1].punct == ',')
                                 : (word_at(k - 1) == "aged" || word_at(k - 1) == "age" ||
                                    word_at(k - 1) == "now" || word_at(k - 1) == "of" ||
                                    word_at(k - 1) == "including" || word_at(k - 1) == "a" ||
                                    word_at(k - 1) == "an" || word_at(k - 1) == "only" ||
                                    word_at(k - 1) == "just")))
                --k;
            // "her little brother, who is four", "his brother, who is in reception class"
            if (k >= 1 && word_at(k - 1) == "in") --k;
            bool who_is = false;
            if (k >= 3 && (word_at(k - 1) == "is" || word_at(k - 1) == "was") &&
                word_at(k - 2) == "who" && t[k - 3].kind == token_kind::punct) {
                k -= 3;
                who_is = true;
            } else if (k >= 2 && word_at(k - 1) == "who's" && t[k - 2].kind == token_kind::punct) {
                k -= 2;
                who_is = true;
            }
            if (k > 0 && in_set_at(kin_set_, k - 1)) return true;
            // "his wee sister Aoife, who's 4": a relative's name between.
            if (who_is && k > 1 && capitalised(k - 1) && in_set_at(kin_set_, k - 2)) return true;
            // "Children under 7 may visit patients on the DBS ward": visitors, not patients.
            for (std::size_t j = b; j < n && j < b + 10u; ++j) {
                if (hard_punct(t[j])) break;
                const std::string_view w = word_at(j);
                if (w == "visit" || w == "visiting" || w == "visitors") return true;
            }
            // "out of reach of children under 3": a warning, not a patient.
            for (std::size_t j = b; j-- > 0 && j + 5 > b;)
                if (word_at(j) == "reach") return true;
            return false;
        };
        for (const age_cand& c : cands) {
            if (c.lo >= min_age) continue;
            if (kin_before(c.b) || someone_elses(c.b, c.e) || other_clause(c.b)) continue;
            // "Coach Ellis, whose 4-year-old daughter led the team, had DBS": an age in a
            // possessive aside belongs to someone else's relative.
            {
                bool whose = false;
                for (std::size_t j = c.b; j-- > 0;) {
                    if (t[j].kind == token_kind::punct) break;
                    if (word_at(j) == "whose") {
                        whose = j > 0 && t[j - 1].kind == token_kind::punct;
                        break;
                    }
                }
                bool named_inside = false;
                for (const mention& m : s.mentions)
                    named_inside =
                        named_inside || (m.b > c.b && m.b < c.e + 8u && !comma_in(c.e, m.b));
                if (whose && !named_inside) continue;
            }
            // "My toddler loves my DBS charger": the writer's own child beside the writer's
            // own therapy.
            {
                std::size_t k = c.b;
                while (k > 0 && (word_at(k - 1) == "little" || word_at(k - 1) == "young" ||
                                 word_at(k - 1) == "youngest" || word_at(k - 1) == "baby"))
                    --k;
                const bool mine_age = k > 0 && (word_at(k - 1) == "my" || word_at(k - 1) == "our");
                bool mine_therapy = false;
                for (const mention& m : s.mentions) {
                    if (m.resolved != ref_therapy || m.b == 0) continue;
                    mine_therapy = mine_therapy || word_at(m.b - 1) == "my";
                    // "... watched me get DBS programmed", "I had DBS"
                    for (std::size_t v_at = m.b - 1; v_at > 0 && v_at + 3 > m.b; --v_at) {
                        const std::string_view v = word_at(v_at);
                        if (!(v == "get" || v == "got" || v == "had" || v == "have" ||
                              v == "having" || v == "getting" || v == "received"))
                            break;
                        const std::string_view pw = word_at(v_at - 1);
                        mine_therapy = mine_therapy || pw == "me" || pw == "i" || pw == "i've";
                    }
                }
                if (mine_age && mine_therapy) continue;
            }
            // "toddler-proof your home", "the under-7s team he coaches": things for children,
            // and children someone else coaches.
            {
                const std::string_view nx = word_at(c.e);
                // ("the infant neurology ward", "the baby monitor": places and things too.)
                if (nx == "ward" || nx == "neurology" || nx == "unit" || nx == "monitor" ||
                    nx == "formula" || nx == "nursery" || nx == "wing" || nx == "car")
                    continue;
                if (nx == "proof" || nx == "proofed" || nx == "proofing" || nx == "friendly" ||
                    nx == "sized" || nx == "seat" || nx == "seats" || nx == "gate" ||
                    nx == "gates" || nx == "toys" || nx == "toy" || nx == "clothes")
                    continue;
                bool coached = false;
                for (std::size_t j = c.b >= 3 ? c.b - 3 : 0; j < c.b; ++j) {
                    const std::string_view w = word_at(j);
                    coached = coached || w == "coach" || w == "coaches" || w == "coached" ||
                              w == "coaching" || w == "referees" || w == "teaches" ||
                              w == "taught" || w == "teaching";
                }
                if (coached) continue;
            }
            // "By age 5 he couldn't walk, and at 9, after medications failed, he had DBS": an
            // earlier age set apart from a later one that the therapy follows.
            {
                bool later_treated = false;
                for (const age_cand& o : cands) {
                    if (!c.numeric || !o.numeric || o.b <= c.e || o.lo < min_age) continue;
                    for (const mention& m : s.mentions) {
                        if (m.resolved != ref_therapy) continue;
                        // "..., and at 9, after medications failed, he had DBS"
                        later_treated = later_treated || (m.b > o.e && comma_in(c.e, o.b));
                        // "... toward his big sister's DBS surgery at age 13", "her 13-year-old
                        // brother's DBS stimulator"
                        later_treated = later_treated ||
                                        (m.b > c.e && m.e <= o.b && o.b <= m.e + 3u) ||
                                        (c.e <= o.b && o.e <= m.b && m.b <= o.e + 3u);
                    }
                }
                if (later_treated) continue;
            }
            // "The drummer, who had DBS at 41, says his five-year-old son ...": when the therapy
            // is given at an age of its own, seven or more, a younger age is someone else's.
            {
                bool own_age = false;
                for (const mention& m : s.mentions) {
                    if (m.consumed || m.resolved != ref_therapy) continue;
                    std::size_t j = m.e;
                    // ("her DBS op was at 12": up to two words between.)
                    for (int skip = 0; skip < 2 && j < n &&
                                       (word_at(j) == "op" || word_at(j) == "was" ||
                                        word_at(j) == "surgery" || word_at(j) == "done" ||
                                        word_at(j) == "operation" || word_at(j) == "were");
                         ++skip)
                        ++j;
                    if (!(word_at(j) == "at" || word_at(j) == "aged" || word_at(j) == "age"))
                        continue;
                    ++j;
                    if (word_at(j) == "age") ++j;
                    if (j >= n || j == c.b) continue;
                    double v = lex_.number_word(word_at(j));
                    if (t[j].kind == token_kind::number) {
                        const std::string_view d = word_at(j);
                        v = 0;
                        for (char ch : d) v = ch >= '0' && ch <= '9' ? v * 10 + (ch - '0') : -1000;
                    }
                    own_age = own_age || (v >= min_age && v < 120);
                }
                if (own_age) continue;
            }
            // "Our son was four when the neurologist first mentioned DBS": when it was talked
            // of, not done.
            {
                bool talked = false;
                for (std::size_t j = c.e; j < n && j < c.e + 8u; ++j) {
                    const std::string_view w = word_at(j);
                    talked = talked || w == "mentioned" || w == "suggested" || w == "raised" ||
                             w == "discussed" || w == "floated";
                }
                if (talked && word_at(c.e) == "when") continue;
            }
            // "At one year, pallidal DBS lowered scores by 51%", "kept a 50% improvement at five
            // years": a time of follow-up in a sentence that reports an outcome.
            const std::string_view before_c =
                word_at(c.b) == "over" || word_at(c.b) == "after" || word_at(c.b) == "by"
                    ? word_at(c.b)
                    : (c.b > 0 ? word_at(c.b - 1) : std::string_view{});
            if (c.numeric &&
                (before_c == "at" || before_c == "after" || before_c == "by" ||
                 before_c == "over") &&
                (word_at(c.e - 1) == "year" || word_at(c.e - 1) == "years" ||
                 word_at(c.e - 1) == "month" || word_at(c.e - 1) == "months")) {
                // (Not an age at implant: "DBS at 3 years", "implanted at 22 months", "At 26
                // months, Mateo became our youngest DBS patient".)
                bool implant = false;
                for (std::size_t j = c.b >= 6 ? c.b - 6 : 0; j < c.b && before_c == "at"; ++j) {
                    implant = implant || in_set_at(treat_set_, j);
                    for (const mention& m : s.mentions)
                        implant = implant || (!m.consumed && m.b <= j && j < m.e);
                }
                for (std::size_t j = 0; j < n; ++j)
                    implant = implant || word_at(j) == "youngest" || word_at(j) == "aged" ||
                              word_at(j) == "age";
                bool outcome = false;
                for (const hit& o : H)
                    outcome = !implant && (outcome || (!o.dropped && (o.what == role::benefit ||
                                                                      o.what == role::benefit_obj ||
                                                                      o.what == role::quantifier)));
                for (std::size_t j = 0; j < n && !outcome && !implant; ++j)
                    outcome = t[j].kind == token_kind::punct && t[j].punct == '%';
                if (outcome) continue;
            }
            // "Year 2 pupil Ella, who turned seven in March": a school year that straddles the
            // minimum yields to the age the copy gives.
            // ("5 under the age of 18, all of them aged nine or older": a range reaching past
            // the minimum yields the same way.)
            if (c.hi >= min_age) {
                bool told = false;
                for (const age_cand& o : cands)
                    told = told || (&o != &c && o.numeric && o.lo >= min_age &&
                                    (!c.numeric || o.hi < 0));  // ("nine or older")
                if (told) continue;
            }
            // "9 yrs old, ... send good vibes for my baby girl": a term of endearment when the
            // copy gives an age of seven or more.
            if (!c.numeric && c.b > 0 && (word_at(c.b - 1) == "my" || word_at(c.b - 1) == "our")) {
                bool told = false;
                for (const age_cand& o : cands) told = told || (o.numeric && o.lo >= min_age);
                if (told) continue;
            }
            // "my husband can hold our baby": a child the patient holds, not the patient.
            if (!c.numeric && c.b >= 2) {
                const std::string_view pw = word_at(c.b - 1), vw = word_at(c.b - 2);
                if ((pw == "our" || pw == "my" || pw == "his" || pw == "her" || pw == "their") &&
                    (vw == "hold" || vw == "holds" || vw == "held" || vw == "carry" ||
                     vw == "carries" || vw == "hug" || vw == "hugs" || vw == "feed" ||
                     vw == "feeds" || vw == "lift" || vw == "lifts" || vw == "bathe" ||
                     vw == "rock" || vw == "cuddle" || vw == "pick"))
                    continue;
            }
            // "a 4-year-old sister": the age of a relative; "has a four-year-old daughter":
            // someone's child.
            if (c.e < n && in_set_at(kin_set_, c.e)) continue;
            if (c.e < n && c.b >= 2 &&
                (word_at(c.e) == "daughter" || word_at(c.e) == "son" || word_at(c.e) == "child" ||
                 word_at(c.e) == "kid") &&
                (word_at(c.b - 1) == "a" || word_at(c.b - 1) == "an") &&
                (word_at(c.b - 2) == "has" || word_at(c.b - 2) == "have" ||
                 word_at(c.b - 2) == "had"))
                continue;
            // Across clauses only as the patient's age now: no later age of seven or more
            // ("... from 4 years old, and she had DBS when she was 13").
            bool later_age = false;
            for (const age_cand& o : cands) later_age = later_age || (o.b > c.b && o.lo >= min_age);
            // "three kids, ages 2, 5 and 9; their eldest had DBS": another of them.
            bool eldest = false;
            for (std::size_t j = c.e; j < n; ++j) {
                const std::string_view w = word_at(j);
                eldest = eldest || w == "eldest" || w == "oldest" || w == "older" || w == "elder";
            }
            if (!(asserted(c.b) || (!later_age && !eldest && treated_later(c.b))) || history(c.b) ||
                onset_after(c.e))
                continue;
            emit("age-under-7", c.b, c.e,
                 "claims use in patients under " + std::to_string(min_age));
            break;
        }
    }

    // secondary-dystonia
    {
        // "a brain bleed as a newborn left him with dystonia": a link after its cause.
        auto link_after = [&](const hit& l, const hit& c) {
            return c.e <= l.b && l.b <= c.e + 4u &&
                   lex_.info(l.concept_id).id == "cause.link.after";
        };
        bool risk = any_role(role::risk_context);
        for (const hit& h : H) {
            if (h.dropped) continue;
            if (h.what != role::cause_strong && h.what != role::cause_weak) continue;
            if (someone_elses(h.b, h.e) || other_clause(h.b)) continue;
            // "Secondary dystonia is caused by another condition such as cerebral palsy": a
            // definition, in a clause that does not name the therapy.
            {
                std::size_t cb = h.b;
                while (cb > q_tok && s.clause[cb - 1] == s.clause[h.b]) --cb;
                std::size_t k = cb;
                if (word_at(k) == "a" || word_at(k) == "the") ++k;
                if (word_at(k) == "secondary" || word_at(k) == "acquired") ++k;
                bool defines = k > cb && (word_at(k) == "dystonia" || word_at(k) == "dystonias");
                if (defines) {
                    const std::string_view v = word_at(k + 1);
                    defines = v == "is" || v == "are" || v == "results" || v == "result" ||
                              v == "arises" || v == "arise" || v == "refers" || v == "means" ||
                              v == "can" || v == "may" || v == "happens" || v == "occurs" ||
                              v == "develops" || v == "comes" || v == "describes";
                }
                // ("Cerebral palsy, stroke and brain injury can all cause dystonia", "Dystonia
                // after a stroke is secondary dystonia": said of dystonia in general.)
                for (std::size_t j = h.e; j < n && j < h.e + 12u && !defines; ++j) {
                    if (hard_punct(t[j])) break;
                    const std::string_view w = word_at(j);
                    if ((w == "cause" || w == "causes") && j + 1 < n &&
                        (word_at(j + 1) == "dystonia" || word_at(j + 1) == "dystonias")) {
                        for (std::size_t q = h.e; q < j; ++q)
                            defines = defines || word_at(q) == "can" || word_at(q) == "may" ||
                                      word_at(q) == "might" || word_at(q) == "often" ||
                                      word_at(q) == "all" || word_at(q) == "sometimes";
                    }
                    if ((w == "is" || w == "are") && word_at(j + 1) == "secondary" &&
                        (word_at(j + 2) == "dystonia" || word_at(j + 2) == "dystonias"))
                        defines = true;
                }
                bool named_in = false;
                for (const mention& m : s.mentions)
                    named_in = named_in ||
                               (!m.consumed && m.resolved == ref_therapy && part[m.b] == part[h.b]);
                if (defines && !named_in) continue;
            }
            // "Ben's mother, who has tardive dyskinesia, ...": a relative's own cause.
            {
                bool relative = false;
                for (std::size_t j = h.b; j-- > 0 && j + 10 > h.b;) {
                    if (t[j].kind == token_kind::punct && t[j].punct == ',') {
                        // (only someone's relative: "Ben's mother", not "my brother, whose
                        // dystonia ..." who is the patient)
                        const std::string_view owner = j > 1 ? word_at(j - 2) : "";
                        relative = j > 1 && in_set_at(kin_set_, j - 1) && owner.size() > 2 &&
                                   owner.substr(owner.size() - 2) == "'s" &&
                                   (word_at(j + 1) == "who" || word_at(j + 1) == "whose");
                        break;
                    }
                    if (hard_punct(t[j])) break;
                }
                if (relative) continue;
            }
            // "her little brother died of encephalitis": a death, not a cause of dystonia.
            if (h.b >= 2 && (word_at(h.b - 1) == "of" || word_at(h.b - 1) == "from") &&
                (word_at(h.b - 2) == "died" || word_at(h.b - 2) == "dies" ||
                 word_at(h.b - 2) == "death" || word_at(h.b - 2) == "dying"))
                continue;
            // "Her dystonia came from a brain bleed, and DBS is now on the table": a cause
            // that describes the patient's dystonia reaches a therapy named in the next clause.
            bool across = false;
            if (!asserted(h.b) && !s.neg[h.b] && !s.hyp[h.b] && h.b >= q_tok &&
                attr(h.b) == ref_none && any_role(role::dystonia_term) &&
                !(concession && h.b < lead_comma)) {
                // ... and that clause offers the therapy: "so the team said DBS was unlikely
                // to help" does not.
                for (const mention& m : s.mentions) {
                    if (m.consumed || m.b <= h.b || m.resolved != ref_therapy) continue;
                    // (Within the therapy's own part of the clause, from its last comma: "...
                    // as if someone were calling him, and it was DBS that ...".)
                    std::size_t from = m.b;
                    while (from > 0 && s.clause[from - 1] == s.clause[m.b] &&
                           !(t[from - 1].kind == token_kind::punct && t[from - 1].punct == ','))
                        --from;
                    bool negated = false;
                    for (std::size_t j = from; j < n; ++j)
                        negated =
                            negated || (s.clause[j] == s.clause[m.b] && (s.neg[j] || s.hyp[j]));
                    across = across || !negated;
                }
                // Only a cause the dystonia comes from ("came from", "after"), never one
                // that is said to cause dystonia in general.
                bool causal = false;
                for (const hit& l : H)
                    causal =
                        causal || (!l.dropped && l.what == role::cause_link && strength(l) >= 2 &&
                                   ((l.e <= h.b && h.b <= l.e + 3u) || link_after(l, h)));
                // A named strong cause needs no link ("Mateo has dystonic cerebral palsy, and
                // he had DBS at nine").
                bool has = false;  // "Mateo has dystonic cerebral palsy"
                for (const hit& l : H)
                    has = has || (!l.dropped && l.what == role::cause_link && l.e <= h.b &&
                                  h.b <= l.e + 1u &&
                                  (word_at(l.b) == "has" || word_at(l.b) == "have" ||
                                   word_at(l.b) == "had"));
                across = across && (causal || (h.what == role::cause_strong && has));
            }
            // "Our daughter has PKAN, and her DBS surgery is booked for August."
            if (!asserted(h.b) && !across && treated_later(h.b)) across = true;
            if (!asserted(h.b) && !across) continue;
            if (h.what == role::cause_weak) {
                if (risk) continue;
                // "a year after approving it for Parkinson's disease": an approval's condition.
                bool approval_condition = false;
                for (const hit& o : H)
                    approval_condition =
                        approval_condition ||
                        (!o.dropped && o.what == role::reg_exempt && overlaps(o, h));
                if (approval_condition && any_role(role::regulatory)) continue;
                const int need = std::max(1, strength(h));
                bool linked = false;
                for (const hit& l : H) {
                    if (!l.dropped && l.what == role::cause_link && link_after(l, h)) linked = true;
                    if (!l.dropped && l.what == role::cause_link && l.e <= h.b && h.b <= l.e + 3u &&
                        strength(l) >= need) {
                        bool punct_between = false;
                        for (std::size_t j = l.e; j < h.b; ++j)
                            punct_between = punct_between || t[j].kind == token_kind::punct;
                        if (!punct_between) linked = true;
                    }
                }
                if (!linked) continue;
            }
            emit("secondary-dystonia", h.b, h.e,
                 "offers the therapy for dystonia with a secondary cause");
            break;
        }
    }

    // unlisted-subtype
    for (const hit& h : H) {
        if (h.dropped || h.what != role::subtype) continue;
        const std::string& sub = lex_.info(h.concept_id).subtype;
        if (profile_.lists_subtype(sub) || !(asserted(h.b) || treated_later(h.b))) continue;
        if (other_clause(h.b)) continue;  // a relative's form of dystonia
        // "every dystonia medicine", "any dystonia therapy": the word names a noun's kind.
        if (sub == "all") {
            const std::string_view next = word_at(h.e);
            if (next == "medicine" || next == "medicines" || next == "medication" ||
                next == "medications" || next == "drug" || next == "drugs" || next == "therapy" ||
                next == "therapies" || next == "treatment" || next == "treatments" ||
                next == "patient" || next == "patients" || next == "clinic" || next == "clinics" ||
                next == "specialist" || next == "specialists" || next == "research" ||
                next == "study" || next == "studies" || next == "trial" || next == "trials" ||
                next == "centre" || next == "center" || next == "program" || next == "programme" ||
                next == "nurse" || next == "doctor" || next == "team" || next == "diagnosis" ||
                next == "symptoms" || next == "pill" || next == "pills")
                continue;
        }
        emit("unlisted-subtype", h.b, h.e,
             sub == "all"
                 ? "offers the therapy for every form of dystonia"
                 : "offers the therapy for a form of dystonia the labelling does not list");
        break;
    }

    bool timed = !s.ages.empty();  // an age or a time of life is told ("at 9", "age 14")
    for (std::size_t j = 0; j + 1 < n && !timed; ++j)
        timed = (word_at(j) == "at" || word_at(j) == "age" || word_at(j) == "aged") &&
                lex_.number_value(t[j + 1], norm) >= 0;
    auto simple_rule = [&](role r, const char* rule, const char* what, bool across = false) {
        for (const hit& h : H) {
            if (h.dropped || h.what != r) continue;
            // Across clauses only with no age told: "my twisting began suddenly at 9, and at
            // 14, after three drugs failed, I had DBS" is a history.
            if (!(asserted(h.b) || (across && !timed && treated_later(h.b)))) continue;
            emit(rule, h.b, h.e, what);
            return;
        }
    };
    // "Our first-line plan for the fundraiser", "the first-line pills our members took": the
    // first line of something else.
    for (hit& h : H) {
        if (h.dropped || h.what != role::notref || word_at(h.e - 1) != "line" || h.e >= n ||
            t[h.e].kind != token_kind::word || in_set_at(function_set_, h.e))
            continue;
        bool other = false;
        for (const mention& m : s.mentions)
            other = other || (m.resolved == ref_other && m.b >= h.e && m.b < h.e + 3u);
        if (!therapy_noun_at(h.e) || other) h.dropped = true;
    }
    simple_rule(role::notref, "not-refractory",
                "offers the therapy before, instead of or without medication", true);
    simple_rule(role::notchronic, "not-chronic", "offers the therapy for new or acute dystonia",
                true);
    // "Keep the programmer in a safe, dry place": a safe place, not a safe therapy.
    for (hit& h : H) {
        if (h.dropped || h.what != role::safety || h.e != h.b + 1 || word_at(h.b) != "safe")
            continue;
        for (std::size_t j = h.e; j < n && j < h.e + 4u; ++j) {
            const std::string_view w = word_at(j);
            if (w == "place" || w == "places" || w == "spot" || w == "location" || w == "drawer" ||
                w == "box" || w == "container" || w == "cupboard" || w == "storage" ||
                w == "distance" || w == "space" || w == "suite" || w == "room" ||
                w == "environment" || w == "setting" || w == "hotel" || w == "stay" ||
                w == "neighborhood" || w == "neighbourhood" || w == "area" || w == "city" ||
                w == "home" || w == "journey" || w == "travel" || w == "trip") {
                h.dropped = true;
                break;
            }
            if (hard_punct(t[j])) break;
        }
    }
    // "Safe staffing levels", "a 'Safe Routes' grant", "the new scanner is safe", "I felt safe
    // with the nurses": safety said of something other than the therapy. An adjective that opens
    // a noun phrase belongs to the noun after it; one after a copula to the copula's subject.
    for (hit& h : H) {
        if (h.dropped || h.what != role::safety) continue;
        const std::string_view last = word_at(h.e - 1);
        const bool adj = last == "safe" || last == "safer" || last == "safest" ||
                         last == "painless" || last == "harmless" || last == "riskless" ||
                         last == "free" || last == "harm";
        if (!adj) continue;
        const std::string_view pw = h.b > 0 ? word_at(h.b - 1) : std::string_view{};
        const bool np_start =
            h.b == q_tok ||
            (h.b > 0 && t[h.b - 1].kind == token_kind::punct && t[h.b - 1].punct != ',') ||
            pw == "the" || pw == "a" || pw == "an" || pw == "our" || pw == "their" || pw == "its" ||
            pw == "this";
        // ("a safe, reliable practitioner": the noun after a list of adjectives.)
        std::size_t noun_at = h.e;
        if (np_start && (pw == "a" || pw == "an" || pw == "the") && noun_at + 1 < n &&
            ((t[noun_at].kind == token_kind::punct && t[noun_at].punct == ',') ||
             word_at(noun_at) == "and"))
            noun_at += 1;
        if (np_start && noun_at < n && t[noun_at].kind == token_kind::word &&
            !in_set_at(function_set_, noun_at)) {
            // The noun within the next three words ("a painless little op") decides.
            if (!therapy_noun_at(noun_at)) {
                h.dropped = true;
                continue;
            }
        }
        // "'Safe Hands' Nurse of the Year", "the Safe Routes grant": a name in Title Case.
        if (!title_case && h.e == h.b + 1 && h.b > q_tok && capitalised(h.b) && capitalised(h.e) &&
            !therapy_in(h.e, h.e + 1)) {
            h.dropped = true;
            continue;
        }
        // (Adverbs between: "was completely painless"; and a list of adjectives: "is free,
        // confidential and safe to call".)
        std::size_t c = h.b;
        for (int round = 0; round < 4 && c > q_tok; ++round) {
            while (c > q_tok && in_set_at(degree_set_, c - 1)) --c;
            if (c > q_tok + 1 &&
                (word_at(c - 1) == "and" ||
                 (t[c - 1].kind == token_kind::punct && t[c - 1].punct == ',')) &&
                t[c - 2].kind == token_kind::word && !therapy_in(c - 2, c - 1) &&
                !in_set_at(subject_set_, c - 2))
                c -= 2;
            else
                break;
        }
        if (c == q_tok) continue;
        const std::string_view cw = word_at(c - 1);
        // ("I felt safe with the nurses", but "DBS felt harmless".)
        if ((cw == "feel" || cw == "feels" || cw == "felt" || cw == "feeling") &&
            !(c >= 2 && therapy_in(c - 2, c - 1))) {
            h.dropped = true;
            continue;
        }
        if (subject_other(c)) h.dropped = true;
    }
    // "DBS side effects: none", "Risks - zero": a list entry whose value is nothing.
    for (hit& h : H) {
        const std::size_t he = h.e;
        if (h.dropped || h.what != role::risk_context || he + 1 >= n) continue;
        if (!(t[h.e].kind == token_kind::punct && (t[h.e].punct == ':' || t[h.e].punct == '-')))
            continue;
        const std::string_view v = word_at(h.e + 1);
        if (!(v == "none" || v == "zero" || v == "nil" || v == "nothing" || v == "no" || v == "0"))
            continue;
        if (he + 2 < n && !(t[he + 2].kind == token_kind::punct)) continue;
        h.what = role::safety;
        h.e = static_cast<std::uint16_t>(h.e + 2);
        for (std::size_t j = h.b; j < h.e; ++j) s.neg[j] = 0;
    }
    simple_rule(role::safety, "safety-overclaim", "says the therapy is free of risk");
    // Fields of a fact sheet or a table row: "FDA status: approved", "Prior medication: not
    // required".
    for (std::size_t c = q_tok + 1; c + 1 < n; ++c) {
        if (!(t[c].kind == token_kind::punct && (t[c].punct == ':' || t[c].punct == '-'))) continue;
        std::size_t kb = c;
        while (kb > q_tok && kb + 3 > c && t[kb - 1].kind == token_kind::word) --kb;
        std::size_t ve = c + 1;
        while (ve < n && ve < c + 4 && t[ve].kind == token_kind::word) ++ve;
        if (ve < n && t[ve].kind == token_kind::word) continue;  // a clause, not a value
        bool about_t = false;  // the therapy is named before the field
        for (const mention& m : s.mentions)
            about_t = about_t || (!m.consumed && m.resolved == ref_therapy && m.e <= kb);
        if (s.hyp[c + 1] || !about_t) continue;
        bool status = false, meds = false;
        for (std::size_t j = kb; j < c; ++j) {
            const std::string_view w = word_at(j);
            status = status || w == "status" || w == "approval" || w == "fda";
            meds = meds || lex_.in_set(medx_set_, w);
        }
        const std::string_view v0 = word_at(c + 1), v1 = word_at(c + 2);
        if (status && (v0 == "approved" || v0 == "cleared") && ve == c + 2) {
            emit("regulatory-status", kb, ve,
                 "gives the therapy a regulatory status it does not have for dystonia");
            break;
        }
        const bool needed = v1 == "required" || v1 == "needed" || v1 == "necessary";
        if (meds && ((v0 == "not" && needed) ||
                     ((v0 == "no" || v0 == "none" || v0 == "optional") && ve == c + 2))) {
            emit("not-refractory", kb, ve,
                 "offers the therapy before, instead of or without medication");
            break;
        }
    }

    // regulatory-status
    for (const hit& h : H) {
        if (h.dropped || h.what != role::regulatory || !asserted(h.b)) continue;
        const std::uint16_t cl = s.clause[h.b];
        bool exempt = false;
        // The first condition named after the approval decides ("for Parkinson's disease").
        std::size_t first_exempt = n, first_dyst = n;
        for (const hit& o : H) {
            if (o.dropped || o.b < h.b || s.clause[o.b] != cl) continue;
            if (o.what == role::reg_exempt) first_exempt = std::min<std::size_t>(first_exempt, o.b);
            if (o.what == role::dystonia_term || o.what == role::subtype)
                first_dyst = std::min<std::size_t>(first_dyst, o.b);
            if (o.what == role::hde_exemption) exempt = true;
        }
        // "approved for Parkinson's disease, essential tremor and dystonia": dystonia in the
        // same list as the conditions named first is approved with them.
        bool listed = false;
        if (first_exempt < first_dyst && first_dyst < n) {
            listed = true;
            for (std::size_t j = first_exempt; j < first_dyst && listed; ++j) {
                if (t[j].kind == token_kind::punct) {
                    listed = t[j].punct == ',';
                    continue;
                }
                const std::string_view w = word_at(j);
                if (w == "and" || w == "or" || w == "as" || w == "well") continue;
                bool in_list = false;
                for (const hit& o : H)
                    in_list = in_list ||
                              (!o.dropped && o.what == role::reg_exempt && o.b <= j && j < o.e);
                listed = in_list;
            }
        }
        if (first_exempt < first_dyst && !listed) exempt = true;
        // "Essential tremor was the first condition for which the FDA approved DBS": a
        // condition named before, and no dystonia in the sentence at all.
        bool exempt_before = false, any_dystonia = false;
        for (const hit& o : H) {
            if (o.dropped) continue;
            exempt_before = exempt_before || (o.what == role::reg_exempt && o.b < h.b);
            any_dystonia = any_dystonia || o.what == role::dystonia_term || o.what == role::subtype;
        }
        if (exempt_before && !any_dystonia) exempt = true;
        // "it is authorized under an HDE, which is different from FDA approval"
        if (any_role(role::hde_exemption)) exempt = true;
        // "yes, the sandwiches were FDA-approved": said of something else.
        {
            std::size_t c = h.b;
            while (c > q_tok && in_set_at(degree_set_, c - 1)) --c;
            if (subject_other(c)) exempt = true;
        }
        if (exempt) continue;
        emit("regulatory-status", h.b, h.e,
             "gives the therapy a regulatory status it does not have for dystonia");
        break;
    }

    // "Does DBS have side effects? A: Nope.", "Is there a minimum age for DBS? No, we treat
    // toddlers too.": a limit denied is the therapy said to have none, unless the answer goes
    // on to give one ("No, but infection is possible", "No - the minimum age is 7").
    if (st.answer_denies != 0) {
        // The answer starts after the question's mark.
        std::size_t j = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (t[k].kind == token_kind::punct && t[k].punct == '?') j = k + 1;
        while (j < n && t[j].kind == token_kind::punct) ++j;
        if (j + 1 < n && t[j + 1].kind == token_kind::punct && t[j + 1].punct == ':') j += 2;
        while (j < n && t[j].kind == token_kind::punct) ++j;
        bool limited = false;
        for (std::size_t k = j; k < n; ++k) {
            const std::string_view w = word_at(k);
            limited = limited || w == "but" || w == "however" || w == "although" || w == "except" ||
                      w == "only" || w == "minimum" || w == "least" || w == "some" ||
                      w == "small" || w == "rare" || w == "rarely" || w == "low" || w == "unless";
        }
        for (const age_hit& a : s.ages) limited = limited || a.lo >= profile_.min_age_years;
        const char* rule = st.answer_denies == 1 ? "safety-overclaim" : "age-under-7";
        const bool said = std::any_of(F.begin() + static_cast<std::ptrdiff_t>(first_finding),
                                      F.end(), [&](const finding& f) { return f.rule == rule; });
        if (j > 0 && j < n && !limited && !said) {
            if (st.answer_denies == 1)
                emit("safety-overclaim", j, j + 1, "says the therapy is free of risk");
            else
                emit("age-under-7", j, j + 1,
                     "claims use in patients under " + std::to_string(profile_.min_age_years));
        }
    }

    update_state();
}

}  // namespace dbslabel::detail
