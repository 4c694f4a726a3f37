// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include "text/ages.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace dbslabel::detail {

namespace {

constexpr double unbounded = -1;

class parser {
  public:
    parser(const std::vector<token>& t, std::string_view norm, const lexicon& lex,
           std::string_view copy)
        : t_(t), norm_(norm), lex_(lex), copy_(copy) {
        person_ = lex.set_id("person");
        year_ = lex.set_id("unit_year");
        month_ = lex.set_id("unit_month");
        other_ = lex.set_id("unit_other");
    }

    void run(std::vector<age_hit>& out) {
        std::size_t i = 0;
        while (i < t_.size()) {
            age_hit h;
            if (t_[i].kind != token_kind::punct && try_at(i, h)) {
                // "6 months pregnant": a time, not an age; "seven years and two months old":
                // the months belong to the years before them.
                const bool part = h.b >= 2 && is(h.b - 1, "and") && unit(h.b - 2) == 1;
                if (!is(h.e, "pregnant") && !part) out.push_back(h);
                i = std::max(h.e, i + 1);
            } else {
                ++i;
            }
        }
    }

  private:
    std::string_view w(std::size_t i) const {
        return i < t_.size() && t_[i].kind != token_kind::punct ? token_text(t_[i], norm_)
                                                                : std::string_view{};
    }
    bool is(std::size_t i, std::string_view s) const { return w(i) == s; }
    template <std::size_t N>
    bool any(std::size_t i, const std::array<std::string_view, N>& set) const {
        const std::string_view x = w(i);
        return !x.empty() && std::find(set.begin(), set.end(), x) != set.end();
    }
    bool punct(std::size_t i, char c) const {
        return i < t_.size() && t_[i].kind == token_kind::punct && t_[i].punct == c;
    }
    bool person(std::size_t i) const { return lex_.in_set(person_, w(i)); }
    bool age_word(std::size_t i) const { return is(i, "age") || is(i, "ages") || is(i, "aged"); }
    // A capitalised word that is not all capitals ("Noah", not "DBS"): a name, when the copy
    // is known. The first word of a sentence counts too.
    bool name(std::size_t i) const {
        if (i >= t_.size() || t_[i].kind != token_kind::word || t_[i].upper || copy_.empty() ||
            t_[i].begin >= copy_.size())
            return false;
        const char c = copy_[t_[i].begin];
        return c >= 'A' && c <= 'Z' && w(i).size() >= 2;
    }

    // A number at i (digits, words, "twenty-one"; "a"/"an" with `article`). Sets `next`.
    double num(std::size_t i, std::size_t& next, bool article = false) const {
        if (i >= t_.size() || t_[i].kind == token_kind::punct) return -1;
        const std::string_view x = w(i);
        if (article && (x == "a" || x == "an")) {
            next = i + 1;
            return 1;
        }
        double v = lex_.number_value(t_[i], norm_);
        if (v < 0) return -1;
        next = i + 1;
        if (v >= 20 && v < 100 && static_cast<int>(v) % 10 == 0 && i + 1 < t_.size() &&
            t_[i + 1].joined) {
            const double u = lex_.number_value(t_[i + 1], norm_);
            if (u > 0 && u < 10) {
                v += u;
                next = i + 2;
            }
        }
        // "four and a half", "four-and-a-half-year-old"
        if (is(next, "and") && is(next + 1, "a") && is(next + 2, "half")) {
            v += 0.5;
            next += 3;
        }
        return v;
    }

    // "6s" in "the under-6s": digits and a plural 's', an age band up to 21; 0 otherwise.
    double age_band(std::size_t i) const {
        const std::string_view x = w(i);
        if (x.size() < 2 || x.size() > 3 || x.back() != 's') return 0;
        double v = 0;
        for (std::size_t d = 0; d + 1 < x.size(); ++d) {
            if (x[d] < '0' || x[d] > '9') return 0;
            v = v * 10 + (x[d] - '0');
        }
        return v <= 21 ? v : 0;
    }

    // A unit at i: years 1, months 1/12, weeks, days; 0 none; -1 a unit that is not an age.
    double unit(std::size_t i) const {
        const std::string_view x = w(i);
        if (x.empty()) return 0;
        if (lex_.in_set(year_, x)) return 1;
        if (lex_.in_set(month_, x)) return 1.0 / 12;
        if (x == "week" || x == "weeks") return 1.0 / 52;
        if (x == "day" || x == "days") return 1.0 / 365;
        if (lex_.in_set(other_, x)) return -1;
        return 0;
    }

    // After a number ending at j: an optional unit, then "old"/"olds"/"of age". Returns false
    // for a unit that is not an age. Sets `e`, `mult` and `strong` (an "old" or "of age").
    bool tail(std::size_t j, std::size_t& e, double& mult, bool& strong) const {
        mult = 1;
        strong = false;
        e = j;
        const double u = unit(j);
        if (u < 0) return false;
        if (u > 0) {
            mult = u;
            ++e;
        }
        if (is(e, "old") || is(e, "olds") || is(e, "old's") || is(e, "olds'")) {
            strong = true;
            ++e;
        } else if (is(e, "of") && is(e + 1, "age")) {
            strong = true;
            e += 2;
        }
        return true;
    }

    // What may follow a bare age ("under 7", "6 and up"): the end, punctuation or a function
    // word; not a noun ("under 7 hours", "6 teenagers").
    bool ok_after(std::size_t j) const {
        if (j >= t_.size() || t_[j].kind == token_kind::punct) return true;
        static constexpr std::array<std::string_view, 57> fw = {
            "since",    "last",     "this",      "yesterday", "today",   "recently",   "and",
            "or",       "with",     "who",       "whose",     "are",     "is",         "was",
            "were",     "can",      "may",       "might",     "could",   "have",       "has",
            "had",      "in",       "at",        "for",       "to",      "from",       "should",
            "must",     "will",     "would",     "do",        "does",    "did",        "when",
            "if",       "but",      "because",   "as",        "receive", "received",   "get",
            "got",      "undergo",  "underwent", "diagnosed", "now",     "welcome",    "welcomed",
            "accepted", "eligible", "qualify",   "treated",   "seen",    "considered", "named",
            "called"};
        return any(j, fw) || unit(j) > 0;
    }

    bool try_at(std::size_t i, age_hit& h) {
        std::size_t j = 0, e = 0;
        double mult = 1;
        bool strong = false;
        const std::string_view x = w(i);
        // as young as N / as early as N / as little as N
        if (x == "as" && (is(i + 1, "young") || is(i + 1, "early") || is(i + 1, "little")) &&
            is(i + 2, "as")) {
            // "restore movement in as little as three months": a time, not an age.
            if (i > 0 && (is(i - 1, "in") || is(i - 1, "within") || is(i - 1, "after")))
                return false;
            std::size_t k = i + 3;
            while (is(k, "just") || is(k, "only") || is(k, "age") || is(k, "about") ||
                   is(k, "around") || is(k, "aged"))
                ++k;
            const double n = num(k, j, true);
            if (n >= 0 && tail(j, e, mult, strong)) {
                return set(h, i, e, n * mult, unbounded);
            }
            return false;
        }
        // from (the) age (of) N; starting/beginning at (age) N; down to (age) N
        if (x == "from" || x == "starting" || x == "beginning" || x == "down") {
            std::size_t k = i + 1;
            if (is(k, "at") || is(k, "to")) ++k;
            while (is(k, "about") || is(k, "around") || is(k, "approximately") ||
                   is(k, "roughly") || is(k, "the"))
                ++k;
            bool aw = false;
            if (is(k, "age") || is(k, "ages")) {
                aw = true;
                ++k;
                if (is(k, "of")) ++k;
            }
            // from their fourth birthday
            std::size_t b = k;
            if (is(b, "their") || is(b, "his") || is(b, "her") || is(b, "a") || is(b, "your")) ++b;
            const int ord = lex_.ordinal(w(b));
            if (ord > 0 && (is(b + 1, "birthday") || is(b + 1, "birthdays")))
                return set(h, i, b + 2, ord, unbounded);
            const double n = num(k, j);
            if (n < 0 || n > 25 || !tail(j, e, mult, strong)) return false;
            // "children from 3 years": a unit of years with a person just before.
            bool person_before = false;
            for (std::size_t p = i >= 3 ? i - 3 : 0; p < i; ++p)
                person_before = person_before || person(p);
            if (aw || strong || (e > j && unit(j) > 0 && person_before && ok_after(e)))
                return set(h, i, e, n * mult, unbounded);
            // "patient from 18 months age": a unit, then "age".
            if (e > j && unit(j) > 0 && (is(e, "age") || is(e, "aged")))
                return set(h, i, e + 1, n * mult, unbounded);
            // "from 4 years upwards", "from 5 onwards"
            if (n <= 21 && (is(e, "upwards") || is(e, "upward") || is(e, "onwards") ||
                            is(e, "onward") || is(e, "plus")))
                return set(h, i, e + 1, n * mult, unbounded);
            return false;
        }
        // under / below / younger than / less than / before / up to N
        if (x == "under" || x == "below" || x == "younger" || x == "before" || x == "less" ||
            x == "till" || x == "until" || x == "up" || x == "beneath") {
            std::size_t k = i + 1;
            // "walking in under a year", "within under 6 months": a time.
            if (i > 0 && (is(i - 1, "in") || is(i - 1, "within"))) {
                std::size_t j0 = 0;
                if (num(k, j0, true) >= 0 && unit(j0) != 0) return false;
            }
            if ((x == "younger" || x == "less") && !is(k, "than")) return false;
            if (x == "up" && !is(k, "to")) return false;
            if (x == "younger" || x == "less" || x == "up") ++k;
            bool aw = false;
            if (is(k, "the") && is(k + 1, "age") && is(k + 2, "of")) {
                k += 3;
                aw = true;
            } else if (is(k, "age") || is(k, "aged")) {
                ++k;
                aw = true;
            }
            // before their fifth birthday
            std::size_t b = k;
            if (is(b, "their") || is(b, "his") || is(b, "her") || is(b, "the") || is(b, "a") ||
                is(b, "your"))
                ++b;
            if (w(b).size() > 2 && w(b).substr(w(b).size() - 2) == "'s") ++b;  // a child's
            const int ord = lex_.ordinal(w(b));
            if (ord > 0 && (is(b + 1, "birthday") || is(b + 1, "birthdays")))
                return set(h, i, b + 2, 0, ord);
            // A team or class band: "the under-6s", "under 8s".
            if (x == "under" && !aw) {
                const double band = age_band(k);
                if (band > 0) return set(h, i, k + 1, 0, band);
            }
            const double n = num(k, j, x == "under" || x == "less");
            if (n < 0 || !tail(j, e, mult, strong)) return false;
            const bool has_unit = unit(j) > 0;
            if (x == "before" || x == "till" || x == "until") {
                if (!aw) return false;
            } else if (x == "less" || x == "up") {
                // "children of less than seven years": years, with a person just before.
                bool person_before = false;
                for (std::size_t p = i >= 4 ? i - 4 : 0; p < i; ++p)
                    person_before = person_before || person(p);
                if (!aw && !strong && !(has_unit && person_before)) return false;
            } else if (!aw && !strong) {
                // "under 7": a bare number needs to stand as an age.
                if (has_unit ? !ok_after(e) : (!ok_after(j) || n > 21)) return false;
                if (!has_unit && j < t_.size() && t_[j].kind == token_kind::punct &&
                    t_[j].punct == '%')
                    return false;
            }
            return set(h, i, e, 0, n * mult);
        }
        // older than N / over N / at least N (with an age or a person in view)
        if ((x == "older" && is(i + 1, "than")) || x == "over" || x == "above" ||
            (x == "at" && is(i + 1, "least"))) {
            std::size_t k = i + 1;
            if (x == "older" || x == "at") ++k;
            bool aw = false;
            if (is(k, "the") && is(k + 1, "age") && is(k + 2, "of")) {
                k += 3;
                aw = true;
            } else if (is(k, "age")) {
                ++k;
                aw = true;
            }
            const double n = num(k, j);
            if (n < 0 || !tail(j, e, mult, strong)) return false;
            const bool ctx = aw || strong || (i > 0 && (person(i - 1) || age_word(i - 1)));
            if (!ctx || (!strong && !ok_after(e))) return false;
            const double lo = x == "at" ? n * mult : (n + 1) * mult;
            return set(h, i, e, lo, unbounded);
        }
        // age/ages/aged N [and up | + | - M | to M | and under]
        if (age_word(i)) {
            std::size_t k = i + 1;
            while (is(k, "just") || is(k, "only") || is(k, "of") || is(k, "between") ||
                   is(k, "from") || is(k, "about") || is(k, "around"))
                ++k;
            const double n = num(k, j);
            if (n < 0) {
                // "Eligible ages for DBS: 4+": an age field, its value after the colon.
                for (std::size_t c = i + 1; c < t_.size() && c <= i + 5; ++c) {
                    if (!punct(c, ':')) continue;
                    std::size_t fe = 0;
                    const double v = num(c + 1, fe);
                    if (v >= 0 && v <= 25 && punct(fe, '+'))
                        return set(h, c + 1, fe + 1, v, unbounded);
                    break;
                }
                return false;
            }
            // "at age 3 changed ...": after "at", the age stands whatever follows.
            at_age_ = i > 0 && (is(i - 1, "at") || is(i - 1, "by"));
            const bool ok = number_tail(h, i, j, n, true);
            at_age_ = false;
            return ok;
        }
        // children of 4 or 5 years; a child of six
        if (x == "of" && i > 0 && person(i - 1)) {
            const double n = num(i + 1, j);
            if (n < 0 || n > 21) return false;
            double m = n;
            std::size_t j2 = j;
            if ((is(j, "or") || is(j, "to") || is(j, "and")) && num(j + 1, j2) >= n)
                m = num(j + 1, j2);
            else
                j2 = j;
            // "children of 4 years"; "a child of six." and "a boy of four with DYT1" need no
            // unit; "of 4 hours" is no age
            if (!tail(j2, e, mult, strong)) return false;
            if (e == j2 && !ok_after(j2)) return false;
            return set(h, i + 1, e, n * mult, (m + 1) * mult);
        }
        // Mia, 5, ...; Noah (4) ...: a name with the age in apposition
        if ((name(i) || person(i)) && i + 2 < t_.size() &&
            (punct(i + 1, ',') || punct(i + 1, '('))) {
            std::size_t k = i + 2;
            bool said = false;  // "just four", "aged five": a number word is an age too
            while (is(k, "now") || is(k, "only") || is(k, "just") || is(k, "age") ||
                   is(k, "aged") || is(k, "then")) {
                said = true;
                ++k;
            }
            const double n = num(k, j);
            if (n < 0 || n > 99 || (t_[k].kind != token_kind::number && !said)) return false;
            if (is(j, "and") && is(j + 1, "a") && is(j + 2, "half")) j += 3;
            // "Kai and Finn, 6 and 9, ...": one age for each name; the youngest counts.
            double lo = n;
            while ((is(j, "and") || is(j, "or") || punct(j, ',')) && j + 1 < t_.size() &&
                   t_[j + 1].kind == token_kind::number) {
                std::size_t j2 = 0;
                const double m = num(j + 1, j2);
                if (m < 0 || m > 99) break;
                lo = std::min(lo, m);
                j = j2;
            }
            // "Noor, 22 months, ...": a unit of months or years.
            double per = 1;
            if (unit(j) > 0 && unit(j) <= 1) {
                per = unit(j);
                ++j;
                if (is(j, "old")) ++j;
            }
            if (!(punct(j, ',') || punct(j, ')') || j >= t_.size())) return false;
            return set(h, k, j, lo * per, (lo + 1) * per);
        }
        // "minimum age: 4 years", "the minimum age for DBS at our center is six"
        if ((x == "minimum" || x == "lowest" || x == "minimal") && is(i + 1, "age")) {
            for (std::size_t k = i + 2; k < t_.size() && k <= i + 10; ++k) {
                if (t_[k].kind == token_kind::punct && !punct(k, ':')) return false;
                std::size_t e2 = 0;
                const double n = num(k, e2);
                if (n < 0) continue;
                if (n > 25) return false;
                double per = 1;
                if (unit(e2) > 0) {
                    per = unit(e2);
                    ++e2;
                }
                return set(h, k, e2, n * per, unbounded);
            }
            return false;
        }
        // "the youngest child we have given DBS to was four"
        if (x == "youngest") {
            for (std::size_t k = i + 1; k < t_.size() && k <= i + 10; ++k) {
                // "Youngest DBS patient in our series: 3 years 2 months"
                if (t_[k].kind == token_kind::punct && !punct(k, ':')) return false;
                if (!(is(k, "was") || is(k, "is") || is(k, "were") || is(k, "aged") ||
                      punct(k, ':')))
                    continue;
                std::size_t m = k + 1;
                while (is(m, "just") || is(m, "only") || is(m, "barely") || is(m, "age")) ++m;
                const double n = num(m, j);
                if (n < 0 || n > 21 || !tail(j, e, mult, strong)) return false;
                if (!strong && !ok_after(e) && !(punct(k, ':') && e > j)) return false;
                return set(h, m, e, n * mult, (n + 1) * mult);
            }
            return false;
        }
        // "median age 12 (range 5 to 17)": a range of ages
        if ((x == "range" || x == "ranging" || x == "ranged") && i > 0) {
            bool age_before = false;
            for (std::size_t p = i >= 10 ? i - 10 : 0; p < i; ++p)
                age_before = age_before || age_word(p);
            std::size_t k = i + 1;
            if (is(k, "from") || is(k, "of")) ++k;
            const double n = num(k, j);
            if (!age_before || n < 0) return false;
            return number_tail(h, k, j, n, true);
        }
        // between N and M (years)
        if (x == "between") {
            const double n = num(i + 1, j);
            std::size_t j2 = 0;
            if (n < 0 || !is(j, "and")) return false;
            const double m = num(j + 1, j2);
            if (m < 0 || !tail(j2, e, mult, strong)) return false;
            const bool ctx = strong || (e > j2) || (i > 0 && (person(i - 1) || age_word(i - 1)));
            if (!ctx || m < n) return false;
            return set(h, i, e, n * mult, m * mult);
        }
        // who is nine / she was five / he had just turned 6 / Noah was only three / they're four
        const bool contracted = x == "they're" || x == "she's" || x == "he's" || x == "you're" ||
                                x == "we're" || x == "who's";
        if (contracted ||
            ((person(i) || name(i)) && !is(i, "those") &&
             (is(i + 1, "is") || is(i + 1, "was") || is(i + 1, "were") || is(i + 1, "are") ||
              is(i + 1, "turned") || is(i + 1, "turns") || is(i + 1, "had") || is(i + 1, "has") ||
              is(i + 1, "have") || is(i + 1, "just")))) {
            std::size_t k = i + 1;
            if (!contracted) {
                while (is(k, "has") || is(k, "had") || is(k, "have") || is(k, "just") ||
                       is(k, "only") || is(k, "recently"))
                    ++k;
                // "my daughter have 6 years", "when he have 4 years": a translated age, with
                // its unit of years.
                if ((is(i + 1, "have") || is(i + 1, "has") || is(i + 1, "had")) && k == i + 2) {
                    std::size_t j2 = 0;
                    const double n2 = num(k, j2);
                    if (n2 >= 0 && n2 <= 99 && unit(j2) == 1) return set(h, k, j2 + 1, n2, n2 + 1);
                }
                if (!(is(k, "is") || is(k, "was") || is(k, "were") || is(k, "are") ||
                      is(k, "turned") || is(k, "turns")))
                    return false;
                ++k;
            }
            bool almost = false;  // "Ruby was almost seven": younger than seven
            while (is(k, "just") || is(k, "only") || is(k, "now") || is(k, "barely") ||
                   is(k, "almost") || is(k, "nearly")) {
                almost = almost || is(k, "almost") || is(k, "nearly");
                ++k;
            }
            double n = num(k, j);
            if (n >= 0 && is(j, "and") && is(j + 1, "a") && is(j + 2, "half")) {
                n += 0.5;
                j += 3;
            }
            if (n < 0 || n > 99 || !tail(j, e, mult, strong)) return false;
            if (!strong && !ok_after(j)) return false;
            // "we're 3 weeks out from surgery": weeks and days are no age without "old".
            if (!strong && mult < 1.0 / 12 - 1e-9) return false;
            // "a week before he turns 6": younger than that.
            if (almost) return set(h, k, e, std::max(0.0, n - 0.5) * mult, n * mult);
            if (i > 0 && is(i - 1, "before") && (is(k - 1, "turns") || is(k - 1, "is")))
                return set(h, k, e, std::max(0.0, n - 1) * mult, n * mult);
            return set(h, k, e, n * mult, (n + 1) * mult);
        }
        // "Not yet seven, Leo had his stimulator implanted": younger than that, told up front.
        if (x == "not" && is(i + 1, "yet")) {
            std::size_t ye = 0;
            const double n = num(i + 2, ye);
            if (n >= 1 && n <= 18 && punct(ye, ',')) return set(h, i, ye, n - 1, n);
            return false;
        }
        // at (just) N, after a treatment verb: "implanted at 5."
        if (x == "at") {
            std::size_t k = i + 1;
            while (is(k, "just") || is(k, "only") || is(k, "age")) ++k;
            const double n = num(k, j);
            if (n < 0 || n > (unit(j) > 0 && unit(j) < 1 ? 96 : 18)) return false;
            // "placed in Noah at 18 months": a unit only right after the person ("reviewed at
            // 3 months" is a time).
            if (unit(j) != 0) {
                const double u = unit(j);
                if (u < 0 || u < 1.0 / 12 - 1e-9) return false;  // weeks and days are times
                std::size_t e2 = j + 1;
                if (is(e2, "old")) ++e2;
                const int tv0 = lex_.set_id("treat_verb");
                // "implanted at 22 months"
                if (i > 0 && lex_.in_set(tv0, w(i - 1))) return set(h, k, e2, n * u, (n + 1) * u);
                // "At 26 months, Mateo became our youngest DBS patient"
                if (punct(e2, ',') && (i == 0 || punct(i - 1, ':') || punct(i - 1, ';')))
                    for (std::size_t b = e2 + 1; b < t_.size() && b <= e2 + 8; ++b) {
                        if (t_[b].kind == token_kind::punct && !punct(b, ',')) break;
                        if (lex_.in_set(tv0, w(b)) || is(b, "youngest"))
                            return set(h, k, e2, n * u, (n + 1) * u);
                    }
                if (!(i > 0 && (name(i - 1) || person(i - 1) || is(i - 1, "him") ||
                                is(i - 1, "her") || is(i - 1, "them"))))
                    return false;
                for (std::size_t b = i >= 8 ? i - 8 : 0; b < i; ++b)
                    if (lex_.in_set(tv0, w(b))) return set(h, k, e2, n * u, (n + 1) * u);
                return false;
            }
            static constexpr std::array<std::string_view, 22> follow = {
                "when", "and",  "after", "in", "with", "for",    "or",      "she",
                "he",   "they", "i",     "we", "but",  "so",     "because", "last",
                "this", "from", "our",   "my", "his",  "without"};
            if (!(j >= t_.size() || t_[j].kind == token_kind::punct || any(j, follow)))
                return false;
            // "reviewed at 3, 6 and 12 months": a list of times, not an age; "had it at 5 or
            // 6, right after diagnosis": a list of ages.
            if ((punct(j, ',') || is(j, "and") || is(j, "or")) && j + 1 < t_.size()) {
                std::size_t m = j + 1;
                if (is(m, "and") || is(m, "or")) ++m;
                std::size_t m2 = 0;
                if (num(m, m2) >= 0) {
                    std::size_t end = m2;
                    while (end < t_.size() &&
                           (punct(end, ',') || is(end, "and") || is(end, "or"))) {
                        std::size_t q = end + 1, q2 = 0;
                        if (is(q, "and") || is(q, "or")) ++q;
                        if (num(q, q2) < 0) break;
                        end = q2;
                    }
                    const double u = unit(end);
                    if (u != 0 && u != 1) return false;
                    if (u == 0 && !(end >= t_.size() || t_[end].kind == token_kind::punct))
                        return false;
                }
            }
            const int tv = lex_.set_id("treat_verb");
            bool treat = false;
            for (std::size_t b = i >= 6 ? i - 6 : 0; b < i; ++b)
                if (lex_.in_set(tv, w(b))) treat = true;
            // "At five, Mia became our youngest DBS patient": an opening age, then the
            // treatment, with no onset between.
            if (!treat && punct(j, ',') &&
                (i == 0 || punct(i - 1, ':') || punct(i - 1, ';') || is(i - 1, "and") ||
                 is(i - 1, "then") || is(i - 1, "but"))) {
                const int on = lex_.set_id("onset");
                for (std::size_t b = j + 1; b < t_.size() && b <= j + 8; ++b) {
                    if (t_[b].kind == token_kind::punct && !punct(b, ',')) break;
                    if (lex_.in_set(on, w(b))) break;
                    if (lex_.in_set(tv, w(b)) || is(b, "youngest")) {
                        treat = true;
                        break;
                    }
                }
            }
            // "at age 5 she got the brain pacemaker": the subject, then the treatment.
            if (!treat &&
                (is(j, "she") || is(j, "he") || is(j, "they") || is(j, "i") || is(j, "we"))) {
                const int on = lex_.set_id("onset");
                for (std::size_t b = j + 1; b < t_.size() && b <= j + 6; ++b) {
                    if (t_[b].kind == token_kind::punct || lex_.in_set(on, w(b))) break;
                    // "at 5 she became the youngest child to get ...": the first to have it.
                    if (lex_.in_set(tv, w(b)) || is(b, "youngest")) {
                        treat = true;
                        break;
                    }
                }
            }
            if (!treat) return false;
            return set(h, k, j, n, n + 1);
        }
        // "median age at implant 5.5 years", "mean age at surgery: 6 years"
        if ((x == "median" || x == "mean" || x == "average") && is(i + 1, "age")) {
            for (std::size_t k = i + 2; k < t_.size() && k <= i + 8; ++k) {
                if (t_[k].kind == token_kind::punct && !punct(k, ':') && !punct(k, ',')) break;
                std::size_t e2 = 0;
                const double n = num(k, e2);
                if (n < 0) continue;
                if (n > 99 || unit(e2) <= 0) return false;
                const double u = unit(e2);
                return set(h, k, e2 + 1, n * u, (n + 1) * u);
            }
            return false;
        }
        // "4 yo", "5 y/o"
        if (t_[i].kind == token_kind::number &&
            (is(i + 1, "yo") || (is(i + 1, "y") && punct(i + 2, '/') && is(i + 3, "o")))) {
            const double v = lex_.number_value(t_[i], norm_);
            if (v >= 0 && v < 120) return set(h, i, is(i + 1, "yo") ? i + 2 : i + 4, v, v + 1);
        }
        // "5yo", "5y/o"
        std::string_view xs = x;  // "4yo's"
        if (xs.size() > 4 && xs.substr(xs.size() - 2) == "'s") xs = xs.substr(0, xs.size() - 2);
        if (xs.size() >= 3 && xs.size() <= 5 && xs[0] >= '0' && xs[0] <= '9' &&
            (xs.substr(xs.size() - 2) == "yo")) {
            double v = 0;
            std::size_t d = 0;
            while (d < xs.size() && xs[d] >= '0' && xs[d] <= '9') v = v * 10 + (xs[d++] - '0');
            if (d == xs.size() - 2) return set(h, i, i + 1, v, v + 1);
        }
        // a number: "a four-year-old", "6 years and older", "7+", "5-12-year-olds", "18 months"
        const bool article = (x == "a" || x == "an");
        const double n = num(i, j, article);
        if (n < 0) return false;
        if (article) {
            // Only "a year old", "a 30-month-old": the article itself is no number otherwise.
            if (unit(j) <= 0 || !(is(j + 1, "old") || is(j + 1, "olds"))) return false;
        }
        return number_tail(h, i, j, n, false);
    }

    // After number n at [i..j): the forms that make it an age.
    bool number_tail(age_hit& h, std::size_t i, std::size_t j, double n, bool aw) {
        std::size_t e = 0;
        double mult = 1;
        bool strong = false;
        if (n > 120) return false;
        // Range: N-M, N to M, N through M
        {
            std::size_t k = j;
            bool range = false;
            if (k < t_.size() && t_[k].joined && lex_.number_value(t_[k], norm_) >= 0)
                range = true;
            else if ((is(k, "to") || is(k, "through") || is(k, "thru") || is(k, "till") ||
                      is(k, "until")) &&
                     k + 1 < t_.size() && lex_.number_value(t_[k + 1], norm_) >= 0) {
                ++k;
                range = true;
            }
            if (range) {
                std::size_t j2 = 0;
                const double m = num(k, j2);
                // "3 to 5 day hospital stay": days and weeks are no ages without "old".
                if (m >= n && tail(j2, e, mult, strong) && (strong || mult >= 1.0 / 12)) {
                    // "the 4 to 6 age bracket"
                    const bool bracket =
                        is(e, "age") &&
                        (is(e + 1, "bracket") || is(e + 1, "group") || is(e + 1, "range") ||
                         is(e + 1, "band") || is(e + 1, "category"));
                    if (bracket) e += 2;
                    const bool ctx = aw || strong || bracket ||
                                     (i > 0 && (person(i - 1) || age_word(i - 1))) ||
                                     (i > 1 && person(i - 2));
                    if (ctx && m <= 120) return set(h, i, e, n * mult, m * mult);
                }
                return false;
            }
        }
        if (!tail(j, e, mult, strong)) return false;
        const bool has_unit = e > j && unit(j) > 0;
        // N+ (plus sign)
        if (punct(e, '+')) {
            const bool ctx = aw || strong || has_unit || (i > 0 && person(i - 1));
            if (ctx && ok_after(e + 1) && unit(e + 1) >= 0)
                return set(h, i, e + 1, n * mult, unbounded);
            return false;
        }
        // N and up / and older / or older / and over / and above
        if (is(e, "and") || is(e, "or")) {
            const std::string_view y = w(e + 1);
            if (y == "up" || y == "older" || y == "over" || y == "above" || y == "upward" ||
                y == "upwards" || y == "beyond" || y == "more" || y == "greater") {
                if (!has_unit && !aw && !strong && n > 21) return false;
                // "two or more medicines": a count; "2 years and more" is an age.
                if ((y == "more" || y == "greater") && !has_unit && !aw && !strong) return false;
                return set(h, i, e + 2, n * mult, unbounded);
            }
            if (y == "under" || y == "younger" || y == "below" || y == "less") {
                if (!has_unit && !aw && !strong && n > 21) return false;
                return set(h, i, e + 2, 0, n * mult);
            }
        }
        if (strong) {
            // "my DBS battery is 4 years old", "a 5-year-old battery": the age of a thing.
            if (thing_before(i) || thing(e)) return false;
            return set(h, i, e, n * mult, (n + 1) * mult);
        }
        if (aw) {
            if (mult < 1 || has_unit || at_age_ || ok_after(e))
                return set(h, i, e, n * mult, (n + 1) * mult);
            return false;
        }
        return false;
    }

    // Things that have an age of their own.
    bool thing(std::size_t i) const {
        static constexpr std::array<std::string_view, 22> things = {
            "battery",    "batteries", "device", "devices", "implant",  "implants",
            "stimulator", "generator", "system", "systems", "program",  "programme",
            "clinic",     "centre",    "center", "company", "hospital", "charity",
            "unit",       "lead",      "leads",  "model"};
        return any(i, things);
    }
    // "the battery is 4 years old", "the battery, now 4 years old": a thing is the subject.
    bool thing_before(std::size_t i) const {
        for (std::size_t k = i; k-- > 0 && k + 5 > i;) {
            if (thing(k)) return true;
            // Only the thing's own predicate between ("a DBS system in a 5-year-old" is not).
            if (!(punct(k, ',') || is(k, "is") || is(k, "was") || is(k, "are") || is(k, "were") ||
                  is(k, "turned") || is(k, "turns") || is(k, "now") || is(k, "already") ||
                  is(k, "about") || is(k, "nearly") || is(k, "almost") || is(k, "over") ||
                  is(k, "being") || is(k, "just")))
                return false;
        }
        return false;
    }

    static bool set(age_hit& h, std::size_t b, std::size_t e, double lo, double hi) {
        h.b = b;
        h.e = e;
        h.lo = lo;
        h.hi = hi;
        return e > b;
    }

    const std::vector<token>& t_;
    std::string_view norm_;
    const lexicon& lex_;
    std::string_view copy_;
    int person_ = -1, year_ = -1, month_ = -1, other_ = -1;
    bool at_age_ = false;
};

}  // namespace

void find_ages(const std::vector<token>& toks, std::string_view norm, const lexicon& lex,
               std::vector<age_hit>& out, std::string_view copy) {
    parser(toks, norm, lex, copy).run(out);
}

std::vector<age_hit> find_ages_in(std::string_view text, const lexicon& lex) {
    std::vector<token> toks;
    std::string norm;
    tokenize(text, 0, toks, norm);
    std::vector<age_hit> out;
    find_ages(toks, norm, lex, out, text);
    return out;
}

}  // namespace dbslabel::detail
