// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Ages as numbers: each expression is read into a range and compared with the profile's
// minimum age. Expected values come from what the words mean (RULES.md: 7 and over is inside
// the HDE labelling; the PMA labelling is adults, and generalized dystonia from 12).
#include <catch2/catch.hpp>

#include "engine_fixture.hpp"
#include "text/ages.hpp"
#include "text/lexicon.hpp"

namespace {

const dbslabel::detail::lexicon& lex() {
    static const dbslabel::detail::lexicon l(dbslabel::builtin_profile("dystonia-hde"));
    return l;
}

struct numeric_case {
    const char* text;
    double lo;
    double hi;  // -1: no upper bound
};

// Expressions the parser must read as exactly this range (years).
const numeric_case numeric[] = {
    {"a four-year-old", 4, 5},
    {"the under-6s", 0, 6},
    {"from their fourth birthday", 4, -1},
    {"children from 3 years", 3, -1},
    {"the youngest child we treated was four", 4, 5},
    {"the youngest was 5 years old", 5, 6},
    {"a four\xE2\x80\x91year\xE2\x80\x91old", 4, 5},  // non-breaking hyphens
    {"a 6-year-old", 6, 7},
    {"6\xC2\xA0years old", 6, 7},  // NBSP
    {"3 years old", 3, 4},
    {"twelve years old", 12, 13},
    {"a 30-month-old", 2.5, 31.0 / 12},
    {"18 months old", 1.5, 19.0 / 12},
    {"as young as 4", 4, -1},
    {"as young as four", 4, -1},
    {"as young as 7", 7, -1},
    {"as young as seven", 7, -1},
    {"as young as 6", 6, -1},
    {"as young as 18 months", 1.5, -1},
    {"as young as two years", 2, -1},
    {"ages 5 and up", 5, -1},
    {"ages 7 and up", 7, -1},
    {"aged 5 and older", 5, -1},
    {"ages 5-12", 5, 12},
    {"ages 5\xE2\x80\x93"
     "12",
     5, 12},  // en dash
    {"ages 7\xE2\x80\x93"
     "17",
     7, 17},
    {"aged 4 to 17", 4, 17},
    {"age 9", 9, 10},
    {"aged twelve", 12, 13},
    {"6 years and older", 6, -1},
    {"7 years and older", 7, -1},
    {"7 years of age and older", 7, -1},
    {"patients 6 and up", 6, -1},
    {"patients 7+", 7, -1},
    {"children 5+", 5, -1},
    {"under seven", 0, 7},
    {"under 7", 0, 7},
    {"under 5 years", 0, 5},
    {"younger than seven", 0, 7},
    {"younger than 6", 0, 6},
    {"below age 6", 0, 6},
    {"before age 5", 0, 5},
    {"before their fifth birthday", 0, 5},
    {"before his 7th birthday", 0, 7},
    {"from the age of three", 3, -1},
    {"from age 6", 6, -1},
    {"starting at age 4", 4, -1},
    {"children older than 6", 7, -1},
    {"kids over 10", 11, -1},
    {"over the age of 6", 7, -1},
    {"at least 7 years old", 7, -1},
    {"between 4 and 17 years old", 4, 17},
    {"children 12 and under", 0, 12},
    {"who is nine", 9, 10},
    {"who had just turned four", 4, 5},
    {"the recipient was only two and a half", 2.5, 3.5},
    {"our 5yo", 5, 6},
    {"twenty-one years old", 21, 22},
    {"a 10-day-old", 10.0 / 365, 11.0 / 365},
    {"kids aged 5\xE2\x80\x93"
     "12",
     5, 12},
    // "and a half" adds six months, hyphenated or not.
    {"a four-and-a-half-year-old", 4.5, 5.5},
    {"she was two and a half", 2.5, 3.5},
    // "of N years" after a person; "a child of six" at the end of a clause.
    {"children of 4 or 5 years", 4, 6},
    {"a child of six.", 6, 7},
    {"a girl of three named Noor", 3, 4},
    {"Not yet seven, Leo had DBS", 6, 7},
    {"Eligible ages for DBS: 4+", 4, -1},
    // A capitalised name stands as a person: "Noah was three", "Mia, 5, ...".
    {"Noah was only three when he had surgery", 3, 4},
    {"Mia, 5, had surgery", 5, 6},
    {"Jamal (now 8) had surgery", 8, 9},
    // "from about age six onward"; "at age 3" whatever follows.
    {"from about age six onward", 6, -1},
    {"at age 3 changed her life", 3, 4},
    {"a 4-year-old's parents", 4, 5},
    // Ages for a pair of names, an age after "of", the youngest after a colon.
    {"Brothers Kai and Finn, 6 and 9, had surgery", 6, 7},
    {"a boy of four with DYT1 dystonia", 4, 5},
    {"Youngest patient in our series: 3 years 2 months", 3, 4},
};

// Numbers that are not ages.
const char* not_ages[] = {
    "6 teenagers",
    "about 6 hours",
    "4 weeks after surgery",
    "60 patients",
    "three to five years",
    "over 200 children",
    "under 5 minutes",
    "by 80 percent",
    "9 out of 10 patients",
    "in 2003",
    "less than 10 patients",
    "at 6 months after surgery",
    // Names and "of" with numbers that are not ages.
    "In March, 5 patients had surgery",
    "one of 5 children",
    "children of 4 hours",
    "DBS was 5 hours long",
    "results from 3 years of follow-up",
    "the youngest surgeon on the team was 45",
    "the under-30s",
    // Things have ages too.
    "my battery is 4 years old",
    "the device, now 5 years old, needs replacing",
};

}  // namespace

TEST_CASE("age expressions are read into ranges of years", "[ages]") {
    for (const numeric_case& c : numeric) {
        INFO(c.text);
        const auto found = dbslabel::detail::find_ages_in(c.text, lex());
        REQUIRE(found.size() == 1);
        CHECK(found[0].lo == Approx(c.lo));
        CHECK(found[0].hi == Approx(c.hi));
    }
}

TEST_CASE("numbers that are not ages are not read as ages", "[ages]") {
    for (const char* text : not_ages) {
        INFO(text);
        CHECK(dbslabel::detail::find_ages_in(text, lex()).empty());
    }
}

namespace {

struct age_rule_case {
    const char* sentence;
    bool out_hde;  // below 7
    bool out_pma;  // below the PMA minimum (18; 12 when generalized dystonia is named)
};

// The same age words in whole claims, judged for both profiles.
const age_rule_case in_out[] = {
    {"DBS is offered to children as young as 4.", true, true},
    {"DBS is offered to children as young as 6.", true, true},
    {"DBS is offered to children as young as 7.", false, true},
    {"DBS is offered to children as young as seven with generalized dystonia.", false, true},
    {"DBS is offered to children as young as 12 with generalized dystonia.", false, false},
    {"DBS is offered to children as young as 12 with cervical dystonia.", false, true},
    {"DBS is offered to patients 18 and older with cervical dystonia.", false, false},
    {"DBS is offered to toddlers with generalized dystonia.", true, true},
    {"DBS is offered to infants with generalized dystonia.", true, true},
    {"DBS is offered to preschoolers with generalized dystonia.", true, true},
    {"DBS is offered to kindergartners with generalized dystonia.", true, true},
    {"DBS is offered to first graders with generalized dystonia.", true, true},
    {"DBS is offered to second graders with generalized dystonia.", false, true},
    {"DBS is offered to teenagers with generalized dystonia.", false, false},
    {"DBS is offered to teenagers with cervical dystonia.", false, true},
    {"DBS is offered to adults with cervical dystonia.", false, false},
    {"DBS is offered to adolescents with segmental dystonia.", false, true},
    {"DBS is offered to patients of any age.", true, true},
    {"DBS is suitable for all ages.", true, true},
    {"DBS has no lower age limit.", true, true},
    {"DBS is offered to children with generalized dystonia.", false, false},
    {"DBS is offered to pediatric patients with generalized dystonia.", false, false},
    {"DBS is offered to kids aged 5-12.", true, true},
    {"DBS is offered to kids aged 7-17.", false, true},
    {"DBS is offered to patients 6 years and older.", true, true},
    {"DBS is offered to patients seven years of age or above.", false, true},
    {"Our surgeons implanted DBS in a 30-month-old.", true, true},
    {"The neurostimulator was implanted in a boy who had just turned four.", true, true},
    {"A nine-year-old received DBS for generalized dystonia.", false, true},
    {"A 13-year-old received DBS for generalized dystonia.", false, false},
    {"DBS is available before a child's fifth birthday.", true, true},
    {"Since 2005 our surgeons have performed DBS in 60 patients, including 6 teenagers.", false,
     true},
    {"DBS surgery takes about 6 hours.", false, false},
    {"Patients return 4 weeks after DBS surgery.", false, false},
    {"Symptoms began when Maya was five; she received DBS at age eleven.", false, true},
    {"DBS was done at age 9 after her symptoms began at age 4.", false, true},
    {"DBS should not be used in children younger than seven.", false, false},
    {"Is DBS safe for a four-year-old?", false, false},
    {"Zara got her DBS at 4 in Madrid.", true, true},
    {"Leo got his DBS at 9 in Madrid.", false, true},
    {"The under-6s squad welcomes Mia, who had DBS last spring.", true, true},
    {"DBS is used for children from their fourth birthday.", true, true},
    {"The youngest child we have given DBS to was four.", true, true},
    {"We have given DBS to kids not yet old enough for school.", true, true},
    {"We have implanted DBS in several pre-K children.", true, true},
    {"She was jaundiced as a newborn and had DBS at 12.", false, true},
    {"His baby sister came to every DBS appointment.", false, false},
    {"Median age at DBS was 12 years (range 5 to 17).", true, true},
    {"DBS is offered to children from 4 years upwards.", true, true},
    {"DBS for kids from 5 onwards.", true, true},
    {"We have performed DBS in kids who were 5.", true, true},
    {"At five, Mia became our youngest DBS patient.", true, true},
    {"At five, Mia was diagnosed; she had DBS at twelve.", false, true},
    {"Kids who were 5 when their symptoms began received DBS years later.", false, false},
    {"DBS settings were checked at 3, 6 and 12 months.", false, false},
    {"Median age at DBS was 12 years (range 7 to 17).", false, true},
    {"Median disease duration before DBS was 6 years (range 2 to 10).", false, false},
    {"Our little guy is 3 and his DBS is scheduled for next month.", true, true},
    {"Our little guy was 3 when his dystonia showed up; he is 11 now and getting DBS.", false,
     true},
    {"At 5 she became the youngest child in the state to get a brain pacemaker.", true, true},
    {"At 5 she became the youngest member of her swim team, and at 12 she had DBS.", false, true},
    {"The stimulator was placed in Noah at 18 months.", true, true},
    {"The stimulator was checked at 18 months.", false, false},
    {"She was diagnosed at 2 and got DBS in first grade.", true, true},
    {"My daughter got DBS before she could even read.", true, true},
    {"Year 1 pupil Isla has had deep brain stimulation.", true, true},
    {"My DBS battery is 4 years old and needs replacing soon.", false, false},
};

}  // namespace

TEST_CASE("ages are compared with each profile's minimum", "[ages][rules]") {
    for (const age_rule_case& c : in_out) {
        INFO(c.sentence);
        CHECK(engine_test::breaks(engine_test::hde(), c.sentence, "age-under-7") == c.out_hde);
        CHECK(engine_test::breaks(engine_test::pma(), c.sentence, "age-under-7") == c.out_pma);
    }
}

TEST_CASE("the age table has at least 80 expressions", "[ages]") {
    CHECK(std::size(numeric) + std::size(not_ages) + std::size(in_out) >= 80);
}

TEST_CASE("earlier ages in a history, children someone coaches, things for toddlers",
          "[ages][rules]") {
    const char* none[] = {
        "By age 5 he couldn't walk, and at 9, after medications failed, he had DBS.",
        "He coaches the under-7s football team and had DBS for his cervical dystonia.",
        "Toddler-proof your home before your DBS surgery so you can rest.",
        "The Smiths have three kids, ages 2, 5 and 9; their eldest had DBS last year.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK_FALSE(engine_test::breaks(engine_test::hde(), text, "age-under-7"));
    }
    // The same forms with the child treated.
    CHECK(engine_test::breaks(engine_test::hde(),
                              "The under-6s squad welcomes Mia, who had DBS last spring.",
                              "age-under-7"));
    CHECK(engine_test::breaks(engine_test::hde(), "By age 5 he had DBS.", "age-under-7"));
}
