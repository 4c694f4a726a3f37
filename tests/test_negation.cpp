// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Assertion status: negation scopes (forward, backward, terminators, pseudo-triggers),
// restrictions, questions, hypotheticals, hedges and quotations of the labelling. Expected
// rules are read off RULES.md, sentence by sentence.
#include <catch2/catch.hpp>

#include "engine_fixture.hpp"

using engine_test::hde;
using engine_test::rules_of;
using engine_test::set_of;

namespace {

struct negation_case {
    const char* text;
    std::set<std::string> want;
};

}  // namespace

TEST_CASE("negation scopes", "[negation]") {
    const negation_case cases[] = {
        // forward scope of a verbal negation
        {"DBS has not been shown to help people with blepharospasm.", {}},
        {"Deep brain stimulation will not cure dystonia.", {}},
        {"DBS is not indicated for status dystonicus.", {}},
        {"DBS should not be used in toddlers.", {}},
        // backward scope: the subject of a negated predicate
        {"Children under 7 are not candidates for DBS.", {}},
        {"Patients with writer's cramp are never offered DBS here.", {}},
        // post-trigger
        {"The safety of DBS in children under seven has not been established.", {}},
        {"We offer DBS after secondary causes such as Wilson disease have been ruled out.", {}},
        // a terminator ends the scope
        {"Not every patient responds, but DBS can restore smooth movement.",
         set_of({"efficacy-claim"})},
        {"DBS is not a cure, but it dramatically reduces spasms.", set_of({"efficacy-claim"})},
        // a subordinate clause stops a backward scope
        {"DBS is used in infants whose dystonia does not respond to medication.",
         set_of({"age-under-7"})},
        {"DBS is an option for any dystonia that does not respond to drugs.",
         set_of({"unlisted-subtype"})},
        // pseudo-triggers negate nothing
        {"DBS is not just for adults: children as young as five have received it.",
         set_of({"age-under-7"})},
        {"DBS isn't only for cervical dystonia; it also works for blepharospasm.",
         set_of({"efficacy-claim", "unlisted-subtype"})},
        {"The benefit of DBS never wears off.", set_of({"efficacy-claim"})},
        // negative words that are the claim itself
        {"DBS has no side effects.", set_of({"safety-overclaim"})},
        {"There is no need to try drugs first before DBS.", set_of({"not-refractory"})},
        {"DBS surgery doesn't hurt.", set_of({"safety-overclaim"})},
        // "no" negates its own noun phrase only
        {"Our DBS clinic has no waiting lists, no medication trials required.",
         set_of({"not-refractory"})},
        {"DBS is not risk-free: bleeding and infection can occur.", {}},
    };
    for (const negation_case& c : cases) {
        INFO(c.text);
        CHECK(rules_of(hde(), c.text) == c.want);
    }
}

TEST_CASE("restrictions, questions, hypotheticals and the labelling are not claims", "[negation]") {
    const char* none[] = {
        "DBS for dystonia is only for patients seven years of age and older.",
        "Deep brain stimulation is considered only after medications have failed.",
        "DBS is not an option unless medication has failed.",
        "Is deep brain stimulation FDA-approved for dystonia?",
        "Can DBS cure my child's cerebral palsy?",
        "Ask your doctor whether DBS is safe for you.",
        "If DBS cures your spasms, call us",
        // Parenthesised: one string over two lines (clang -Wstring-concatenation).
        ("Humanitarian Device. Authorized by Federal law as an aid in the management of chronic, "
         "intractable (drug refractory) primary dystonia."),
        "The effectiveness of DBS for these conditions has not been demonstrated.",
        "Deep brain stimulation may help reduce muscle contractions in some people.",
        "The neurostimulator is intended to help manage chronic, intractable primary dystonia.",
        "DBS might ease twisting movements.",
        "DBS could be an option worth discussing with a specialist.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("hedges clear only plain benefit", "[negation][efficacy]") {
    CHECK(rules_of(hde(), "DBS may dramatically improve walking.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS could reduce symptoms by as much as 80%.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS can reduce spasms.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS can be programmed in clinic.").empty());
    CHECK(rules_of(hde(), "DBS may help adults who developed dystonia after a stroke.") ==
          set_of({"secondary-dystonia"}));
}

TEST_CASE("scopes added for unseen voices", "[negation]") {
    struct c {
        const char* text;
        std::set<std::string> want;
    };
    const c cases[] = {
        // A negated subject reaches its predicate across an aside.
        {"No operation, DBS included, is free of risk.", {}},
        // "don't worry" is reassurance, not negation of what follows.
        {"Don't worry, DBS is perfectly safe.", {"safety-overclaim"}},
        // "denied", "considered experimental" negate back to the clause start.
        {"Coverage of DBS for blepharospasm was denied.", {}},
        {"DBS for writer's cramp is considered experimental.", {}},
        // Screening for a cause is not offering the therapy for it.
        {"Before DBS, we test for Wilson disease.", {}},
        // Disappointing results negate back across a comma.
        {"DBS was tried in adults with tardive dystonia, with poor results.", {}},
        // A wish is not a claim.
        {"I wish DBS had been offered when he was four.", {}},
        // A leading condition without the therapy, before a main clause that offers it.
        {"If your dystonia began after a stroke, DBS is available here.", {"secondary-dystonia"}},
        {"If your child is under seven, DBS is not an option.", {}},
        {"If DBS is approved for your child, we will call you.", {}},
    };
    for (const c& x : cases) {
        INFO(x.text);
        CHECK(rules_of(hde(), x.text) == x.want);
    }
}

TEST_CASE("a question is carried into the next sentence that names the therapy", "[negation]") {
    // The claim is split across a question and the answer that names the therapy.
    CHECK(rules_of(hde(), "Why wait for pills to fail? Choose DBS today.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "Newly diagnosed? The brain pacemaker can be implanted next week.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "Living with eyelid spasms? Book a DBS consultation.") ==
          set_of({"unlisted-subtype"}));
    // Alone, the question is no claim.
    CHECK(rules_of(hde(), "Why wait for pills to fail?").empty());
    // A negated answer says nothing of the question's words.
    CHECK(rules_of(hde(), "Is your child under seven? DBS is not for them.").empty());
    // An answer that does not name the therapy does not carry it.
    CHECK(rules_of(hde(), "Newly diagnosed? Talk to your neurologist.").empty());
    // A question that names the therapy is not carried: its words stay a question.
    CHECK(
        rules_of(hde(), "Is DBS painless? Most patients say the surgery was easier than expected.")
            .empty());
    // Not across paragraphs.
    CHECK(rules_of(hde(), "Why wait for pills to fail?\n\nChoose DBS today.").empty());
}
