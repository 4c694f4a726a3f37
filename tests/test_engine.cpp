// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The claim engine on sentences and documents: each rule, back-references, the document-level
// statement rule, and the two built-in profiles on the same copy.
#include <catch2/catch.hpp>

#include <string>

#include "engine_fixture.hpp"

using engine_test::hde;
using engine_test::pma;
using engine_test::rules_of;
using engine_test::set_of;

TEST_CASE("one sentence can break several rules", "[engine]") {
    CHECK(
        rules_of(hde(), "DBS is a proven first-line treatment for toddlers with cerebral palsy.") ==
        set_of({"efficacy-claim", "not-refractory", "age-under-7", "secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Painless and free of side effects, DBS is now FDA-approved for "
                   "dystonia.") == set_of({"safety-overclaim", "regulatory-status"}));
}

TEST_CASE("each rule on paraphrases", "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c cases[] = {
        {"Stimulation of the globus pallidus wipes out spasms.", "efficacy-claim"},
        {"Thanks to DBS, Ana walks to school again.", "efficacy-claim"},
        {"Our DBS team treats stroke survivors with hemidystonia.", "secondary-dystonia"},
        {"The brain pacemaker is offered for dystonia due to kernicterus.", "secondary-dystonia"},
        {"DBS quiets eyelid spasms.", "unlisted-subtype"},
        {"Golfers with the yips now ask for deep brain stimulation.", "unlisted-subtype"},
        {"DBS is the treatment of choice for hemidystonia.", "not-refractory"},
        {"Skip the pills and go straight to DBS.", "not-refractory"},
        {"We implant the neurostimulator within a week of diagnosis.", "not-chronic"},
        {"Our emergency team performs DBS for dystonic storms.", "not-chronic"},
        {"With DBS there is nothing to worry about.", "safety-overclaim"},
        {"DBS has zero side effects.", "safety-overclaim"},
        {"The FDA has approved DBS for cervical dystonia.", "regulatory-status"},
        {"DBS is an approved treatment for dystonia.", "regulatory-status"},
    };
    for (const c& x : cases) {
        INFO(x.text);
        CHECK(engine_test::breaks(hde(), x.text, x.rule));
    }
}

TEST_CASE("compliant copy with claim words is not flagged", "[engine]") {
    const char* none[] = {
        "Botulinum toxin injections are safe and effective for blepharospasm.",
        "Botox is the first-line treatment for cervical dystonia.",
        "Physical therapy is painless and can help people of any age.",
        "Stroke is one of the rare risks of DBS surgery.",
        "DBS benefit is generally limited in dystonia caused by cerebral palsy or stroke.",
        "Activa is FDA-approved for Parkinson's disease and essential tremor and is authorized "
        "under a Humanitarian Device Exemption for dystonia.",
        "Secondary dystonia results from another condition, such as cerebral palsy or stroke.",
        "The neurostimulator battery lasts three to five years.",
        "Talk to your doctor about whether DBS may be appropriate for your dystonia.",
        "Oral medications are the first-line treatment; DBS is reserved for patients whose "
        "dystonia does not respond.",
        "Before DBS is considered, patients usually try trihexyphenidyl, which helps some "
        "children.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("back-references reach within the paragraph or heading, not past another treatment",
          "[engine][backref]") {
    // "It" after the therapy in the same paragraph is the therapy.
    CHECK(rules_of(hde(), "Deep brain stimulation uses thin leads. It can eliminate spasms.") ==
          set_of({"efficacy-claim"}));
    // Alone, "it" refers to nothing.
    CHECK(rules_of(hde(), "It can eliminate spasms.").empty());
    // After botulinum toxin became the subject, "it" is botulinum toxin.
    CHECK(rules_of(hde(),
                   "DBS is one option. Botulinum toxin is another. It works well for "
                   "blepharospasm.")
              .empty());
    // A pronoun does not reach into the next paragraph ...
    CHECK(rules_of(hde(), "Deep brain stimulation uses thin leads.\n\nIt is painless.").empty());
    // ... but "the procedure" does, under the same heading.
    CHECK(rules_of(hde(),
                   "Deep brain stimulation uses thin leads.\n\nThe procedure is "
                   "painless.") == set_of({"safety-overclaim"}));
    // A heading starts a new section.
    CHECK(rules_of(hde(),
                   "Deep brain stimulation uses thin leads.\n\nOther options\nThe "
                   "procedure is painless.")
              .empty());
    // "the implant", "this therapy", "the device" all refer back.
    CHECK(rules_of(hde(), "We offer DBS. This therapy is completely safe.") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "We offer DBS. The device has helped thousands of toddlers.") ==
          set_of({"efficacy-claim", "age-under-7"}));
}

TEST_CASE("missing-hde-statement names the missing parts and points at the presenting sentence",
          "[engine][statement]") {
    const std::string doc =
        "Living with dystonia is hard.\n\nDeep brain stimulation for dystonia may help.\n\n"
        "Humanitarian Device. Authorized by Federal law.\n";
    const auto found = hde().check(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "missing-hde-statement");
    CHECK(found[0].where.line == 3);
    CHECK(found[0].where.length == 0);
    CHECK(found[0].message.find("has not been demonstrated") != std::string::npos);
    CHECK(found[0].message.find("'Humanitarian Device'") == std::string::npos);

    const std::string full =
        "Deep brain stimulation for dystonia may help.\nHumanitarian Device. Authorized by "
        "Federal law as an aid. The effectiveness of the devices has not been demonstrated.\n";
    CHECK(hde().check(full).empty());
    // The PMA labelling needs no such statement.
    CHECK(pma().check(doc).empty());
}

TEST_CASE("both profiles on the same copy", "[engine][profiles]") {
    const char* copy =
        "DBS dramatically improves generalized dystonia in children as young as "
        "9.";
    CHECK(rules_of(hde(), copy) == set_of({"efficacy-claim"}));
    // PMA: effectiveness is labelled (no efficacy rule), generalized dystonia from 12.
    CHECK(rules_of(pma(), copy) == set_of({"age-under-7"}));

    const char* hemi = "DBS is offered to adults with primary hemidystonia.";
    CHECK(rules_of(hde(), hemi).empty());
    CHECK(rules_of(pma(), hemi) == set_of({"unlisted-subtype"}));

    // Absolute claims stay claims under PMA.
    CHECK(rules_of(pma(), "DBS cures cervical dystonia in adults.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(pma(), "DBS relieves cervical dystonia in adults.").empty());
    // Product names come from the profile: Percept is a PMA product name only.
    CHECK(rules_of(pma(), "Percept is completely safe.") == set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "Percept is completely safe.").empty());
}

TEST_CASE("findings point at the key phrase", "[engine][spans]") {
    const std::string text = "Q: Is it safe?\nA: Yes. DBS is very safe for kids as young as 4.\n";
    const auto found = hde().check(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "safety-overclaim");
    CHECK(found[0].excerpt == "very safe");
    CHECK(found[0].where.line == 2);
    CHECK(found[0].where.column == 16);
    CHECK(found[1].rule == "age-under-7");
    CHECK(found[1].excerpt == "as young as 4");
}
