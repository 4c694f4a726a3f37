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
        ("Activa is FDA-approved for Parkinson's disease and essential tremor and is authorized "
         "under a Humanitarian Device Exemption for dystonia."),
        "Secondary dystonia results from another condition, such as cerebral palsy or stroke.",
        "The neurostimulator battery lasts three to five years.",
        "Talk to your doctor about whether DBS may be appropriate for your dystonia.",
        ("Oral medications are the first-line treatment; DBS is reserved for patients whose "
         "dystonia does not respond."),
        ("Before DBS is considered, patients usually try trihexyphenidyl, which helps some "
         "children."),
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

TEST_CASE("benefit as outcomes, comparisons and quantities", "[engine][efficacy]") {
    // Each says the therapy works, in words that are not a benefit verb of the labelling.
    const char* claims[] = {
        // verb class x symptom object
        "The neurostimulator settles the jerking in his shoulders.",
        "DBS dials down neck spasms.",
        "Deep brain stimulation loosens stiff, cramped muscles.",
        // the symptom gone, lessened or no longer doing what it did
        "Since DBS, her arms don't twist anymore.",
        "With DBS, his neck no longer pulls to the left.",
        "After DBS her spasms were much milder.",
        "The brain pacemaker means far fewer spasms.",
        "DBS keeps the twisting in check.",
        // the person doing things again, back at a place, in a new state
        "Thanks to his stimulator, Omar is back on the basketball court.",
        "With DBS, Lena can now tie her own shoes.",
        "DBS got my dad fishing again.",
        "Since DBS, my neck stays straight all day.",
        "DBS let Ines walk to school without help.",
        // comparisons with other treatments
        "DBS outperforms botulinum toxin for generalized dystonia.",
        "Deep brain stimulation is more effective than pills.",
        "DBS tops every drug we tried.",
        // quantities and scales
        "After DBS, my spasms are 70% better.",
        "DBS brought my pain from a 8 to a 1.",
        "Motor scores fell by half after pallidal stimulation.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    // Not benefit of the therapy: help given by others, recovery from the operation, outcomes
    // hedged, costs reduced, the therapy named only as a later noun.
    const char* none[] = {
        "Our charity helps families travel to DBS appointments.",
        "The foundation helps pay for DBS surgery.",
        "The DBS nurse will help you plan your recovery.",
        "Researchers hope DBS will one day help more children.",
        "The intended benefit of DBS is smoother movement.",
        "DBS may let some people lower their medication.",
        "Settings can be changed to reduce battery use.",
        "Will DBS let my son play football again?",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("a phrase is about the therapy named in its own clause", "[engine]") {
    // An age, a cause or a form before a contrast belongs to its own clause.
    CHECK(rules_of(hde(),
                   "Dystonia can start at any age, though DBS is only for those seven and "
                   "older.")
              .empty());
    CHECK(rules_of(hde(), "Stroke is a common cause of dystonia, and DBS is rarely used for it.")
              .empty());
    // An unresolved pronoun does not take the subject from the therapy named later.
    CHECK(rules_of(hde(), "It is FDA approved for dystonia, according to the DBS ad.") ==
          set_of({"regulatory-status"}));
    // Without a contrast the later therapy is still what the phrase is about.
    CHECK(rules_of(hde(), "Toddlers with dystonia now have access to DBS.") ==
          set_of({"age-under-7"}));
}

TEST_CASE("lay names of causes, focal forms, timing and first-line wording", "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c cases[] = {
        {"DBS is offered to children whose dystonia followed a near-drowning.",
         "secondary-dystonia"},
        {"Dystonia after a motorcycle crash can be treated with DBS.", "secondary-dystonia"},
        {"We use DBS for dystonia triggered by anti-sickness tablets.", "secondary-dystonia"},
        {"DBS is an option for spasms of the vocal cords.", "unlisted-subtype"},
        {"People whose jaw clenches shut may be referred for DBS.", "unlisted-subtype"},
        {"DBS treats the cramp of the writer.", "unlisted-subtype"},
        {"Early DBS is best for dystonia.", "not-chronic"},
        {"DBS can be done the week dystonia is diagnosed.", "not-chronic"},
        {"Treatment-naive patients can choose DBS.", "not-refractory"},
        {"Make DBS your first move.", "not-refractory"},
        {"DBS can replace your pills.", "not-refractory"},
        {"DBS offers a drug-free alternative.", "not-refractory"},
        {"DBS didn't hurt a bit.", "safety-overclaim"},
        {"DBS is risk-less.", "safety-overclaim"},
        {"DBS is approved by the American FDA for dystonia.", "regulatory-status"},
    };
    for (const c& x : cases) {
        INFO(x.text);
        CHECK(engine_test::breaks(hde(), x.text, x.rule));
    }
    const char* none[] = {
        "The first step toward DBS is a visit with a specialist.",
        "We make DBS as safe as we can.",
        "Safe driving after DBS depends on your symptoms.",
        "Most patients can go back to light activities a few weeks after DBS.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("outcomes framed by the therapy, done alone or compared with before",
          "[engine][efficacy]") {
    const char* claims[] = {
        "Billboard: With DBS, Grandpa danced at the wedding.",
        "Since her DBS, Priya has joined the school choir and sings every morning.",
        "Post-DBS, Grace can tie her own shoelaces.",
        "Since the DBS went in she's been feeding herself again.",
        "Month 8: I walked to the corner shop alone, which I could not do before DBS.",
        "DBS users miss fewer days of work than before surgery.",
        "With DBS, Hannah needs half as many injections as before.",
        "His walking speed doubled in the year after DBS.",
        "Deep brain stimulation took Ivy from crawling to cartwheels.",
        "DBS turned the volume down on my spasms.",
        "Our DBS patients' pain ratings drop from a 9 to a 3 on average.",
        "DBS has been a blessing for our family.",
        "The stimulator doesn't stop all the spasms, but Leo's nights are calmer since.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(rules_of(hde(), text) == set_of({"efficacy-claim"}));
    }
    // Recovery steps, hedges, other treatments, the device itself: no benefit claimed.
    const char* none[] = {
        "After DBS, most patients walk the next day.",
        "After DBS surgery, Ryan will sit out Saturday's match.",
        "With DBS, Grandpa might dance at the wedding.",
        "Since her DBS, Mia has had two programming visits.",
        "The DBS programmer lets you adjust the settings.",
        "The new DBS battery lasts longer than the older model.",
        "DBS surgery time dropped from 6 to 4 hours with the new frame.",
        "The DBS team was featured in the local paper for the first time in years.",
        "TikTok caption: DBS day 1 vs day 365, watch till the end.",
        "Before DBS, she could not dress herself.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("a cause the patient's dystonia came from reaches the therapy in the next clause",
          "[engine][causes]") {
    CHECK(rules_of(hde(),
                   "My daughter's dystonia came from a brain bleed when she was born premature, "
                   "and DBS is now on the table for her.") == set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Mr. Patel's dystonia started after a stroke in 2019, and the neurologist has "
                   "referred him for DBS.") == set_of({"secondary-dystonia"}));
    // A cause said to cause dystonia in general, or one ruled out, does not.
    CHECK(rules_of(hde(),
                   "Cerebral palsy is a common cause of dystonia, and DBS is rarely used for it.")
              .empty());
    CHECK(rules_of(hde(), "Wilson disease was excluded before DBS was considered.").empty());
    CHECK(rules_of(hde(), "Dystonia after chemotherapy is sometimes treated with DBS.") ==
          set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "DBS is offered to children whose dystonia developed after a seizure.") ==
          set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "Infection after DBS happens in about 1 in 20 children.").empty());
}

TEST_CASE("a contrast negates only what follows; reported claims are not asserted",
          "[engine][negation]") {
    CHECK(
        rules_of(hde(), "Our surgeons recommend DBS as the starting point, not the last resort.") ==
        set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "DBS is offered after medicines have failed, not as a first step.")
              .empty());
    CHECK(rules_of(hde(), "The company agreed to stop advertising its DBS system as risk-free.")
              .empty());
    CHECK(rules_of(hde(), "Your article made DBS sound risk-free, which it is not.").empty());
    CHECK(rules_of(hde(), "DBS has a spotless safety record.") == set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "DBS is backed by the FDA for dystonia.") ==
          set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "Complication-free DBS, every time.") == set_of({"safety-overclaim"}));
}

TEST_CASE("a trailing or 'before' frame around an outcome", "[engine][efficacy]") {
    CHECK(rules_of(hde(),
                   "Marcus hiked 20 miles last weekend, three years after his deep brain "
                   "stimulation.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Frank is back bowling on Thursdays after his deep brain stimulation.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "Before her DBS, Rosa hadn't left the house in two years; last week she went "
                   "to the market.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS made our Jamie a happier, calmer boy.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS didn't help my voice at all, but my neck is so much looser now.") ==
          set_of({"efficacy-claim"}));
    const char* none[] = {
        "Patients travel from abroad because DBS here is done by a famous surgeon.",
        "Safe driving after DBS depends on how your symptoms respond.",
        "Patients usually walk the day after DBS surgery.",
        "Before her DBS, Rosa hadn't left the house in two years.",
        "Frank will miss three weeks while he recovers from DBS surgery.",
        "DBS consultations are free, and referrals need two failed medicines.",
        "DBS outcomes for children with dystonia after near-drowning were mixed.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("safety, timing and approval paraphrases", "[engine]") {
    CHECK(rules_of(hde(), "The DBS does not have any risk for the patient.") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "DBS surgery is pain-free.") == set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "The DBS can be done since the first weeks of the illness.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "The DBS has approval of the FDA for the dystonia.") ==
          set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "An eight-year-old with generalized dystonia received DBS last month.")
              .empty());
    CHECK(rules_of(hde(), "My DBS was approved by my insurer after a long appeal.").empty());
}

TEST_CASE("claims reported from a source under criticism are not asserted", "[engine][negation]") {
    CHECK(rules_of(hde(),
                   "Plaintiffs say the clinic offered DBS to patients who had never tried any "
                   "medication.")
              .empty());
    CHECK(rules_of(hde(), "The clinic's website said DBS was the first-line therapy for dystonia.")
              .empty());
    CHECK(rules_of(hde(), "Hospital settles lawsuit over DBS ads that claimed a 95% success rate.")
              .empty());
    // Said by the copy itself, the same words are claims.
    CHECK(rules_of(hde(), "DBS is the first-line therapy for dystonia.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "Your child can return to school about two weeks after DBS surgery.")
              .empty());
    CHECK(rules_of(hde(), "La DBS removes the spasms from the root.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS is for the dystonia of the brain damaged at the birth.") ==
          set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "Local girl, 6, becomes youngest DBS patient in the state.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "DBS: because nobody should have to wait for pills to fail.") ==
          set_of({"not-refractory"}));
}

TEST_CASE(
    "a negated main clause negates its leading adjunct; a negated therapy clause keeps "
    "the cause",
    "[engine][negation][causes]") {
    CHECK(rules_of(hde(), "For dystonia due to neuroleptic exposure, we rarely recommend DBS.")
              .empty());
    CHECK(rules_of(hde(),
                   "Newsletter: For dystonia after a stroke, we do not offer deep brain "
                   "stimulation.")
              .empty());
    CHECK(rules_of(hde(), "For dystonia after a stroke, we offer deep brain stimulation.") ==
          set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Ben's dystonia came from a metabolic condition, so the team said DBS was "
                   "unlikely to help.")
              .empty());
    CHECK(rules_of(hde(),
                   "Ben's dystonia came from a metabolic condition, but the team still offered "
                   "DBS.") == set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "DBS plus therapy equals more good days.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "After DBS, Layla traded her wheelchair for soccer cleats.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS works even for dystonia from a difficult birth.") ==
          set_of({"efficacy-claim", "secondary-dystonia"}));
}

TEST_CASE("first steps, habits kept, qualified safety, embedded questions", "[engine]") {
    CHECK(rules_of(hde(), "Throwback to Mateo's first steps after DBS.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "The first step towards DBS is a visit to a neurologist.").empty());
    CHECK(rules_of(hde(), "Ten years after DBS, Emma still rides her horse every weekend.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS slashed Emma's dependence on painkillers.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS patients often say they feel like themselves again.") ==
          set_of({"efficacy-claim"}));
    CHECK(
        rules_of(hde(), "DBS patients often ask when they can drive again after surgery.").empty());
    CHECK(rules_of(hde(), "DBS is relatively safe, but serious complications can occur.").empty());
    CHECK(rules_of(hde(), "DBS is safe and effective.") ==
          set_of({"efficacy-claim", "safety-overclaim"}));
    CHECK(rules_of(hde(), "The FDA gave DBS the go-ahead for dystonia in 2003.") ==
          set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "There's no reason to wait on medication trials before DBS.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(),
                   "We also do DBS for dystonia that began after a bad reaction to a vaccine.") ==
          set_of({"secondary-dystonia"}));
}

TEST_CASE("abilities given, useful, a negation holding its benefit word", "[engine]") {
    CHECK(rules_of(hde(), "My son's DBS has given him the confidence to try out for the play.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "In DYT1 kids, DBS often means the difference between a wheelchair and a "
                   "bicycle.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS is also useful when dystonia follows a bout of meningitis.") ==
          set_of({"efficacy-claim", "secondary-dystonia"}));
    CHECK(rules_of(hde(), "DBS may be useful in some primary dystonias.").empty());
    CHECK(rules_of(hde(), "It is useful to bring a list of medicines to your DBS visit.").empty());
    CHECK(rules_of(hde(), "DBS is generally less helpful in dystonia of unknown cause.").empty());
    CHECK(rules_of(hde(), "We've implanted DBS in kids barely out of diapers.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Children in the 4 to 6 age bracket are candidates for DBS here.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "DBS is for patients in the 7 to 17 age bracket and adults.").empty());
}

TEST_CASE("compliant FAQ wording about insurers, devices, schedules and the team",
          "[engine][precision]") {
    const char* none[] = {
        "We approved the DBS procedure after reviewing records of three failed medications.",
        "Walk-through scanners are generally safe for DBS devices, but ask for a hand search.",
        "Rechargeable DBS systems free you from frequent replacement surgeries.",
        "Some 6-year-olds with dystonia are followed until they are old enough for DBS.",
        "DBS settings are reviewed at 3, 6 and 12 months.",
        "DBS won't make you pain-free, but we will help you manage pain after surgery.",
        "DBS is safe to use with most household appliances.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(
        rules_of(hde(), "DBS is performed while you are asleep, so you won't feel the surgery.") ==
        set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "Our DBS team helps children move freely.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Zoe had DBS at 5, and her brother at 9.") == set_of({"age-under-7"}));
}

TEST_CASE("the therapy not had, or named only in a later 'before' clause", "[engine][precision]") {
    const char* none[] = {
        "Many patients with cervical dystonia lead active lives without ever needing DBS.",
        "Symptoms that started suddenly should be checked before anyone thinks about DBS.",
        "Patients with Wilson disease need liver care before anything like DBS is discussed.",
        "After DBS, some patients can reduce their medications, but many cannot.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    // The time before the therapy is still about it.
    CHECK(rules_of(hde(), "I walked to the shop alone, which I could not do before DBS.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "There's no reason to wait on medication trials before DBS.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "DBS is the answer when dystonia strikes suddenly.") ==
          set_of({"not-chronic"}));
}

TEST_CASE("a therapy chosen in a 'before' clause stays the referent", "[engine][backref]") {
    CHECK(rules_of(hde(),
                   "Carlos tried four medications before he chose deep brain stimulation. It gave "
                   "him back his career.") == set_of({"efficacy-claim"}));
}

TEST_CASE("a name as the one helped; the therapy as a service or a beneficiary is not the cause",
          "[engine][efficacy]") {
    const char* claims[] = {
        "DBS helped Kira.",
        "DBS unlocked Theo's potential.",
        "DBS has made a huge difference for Ben.",
        "DBS makes daily life manageable.",
        "DBS means fewer falls for Grandma.",
        "Since getting DBS, Ella hasn't needed her wheelchair.",
        "DBS allowed Ruth to go back to teaching.",
        "Our DBS patients see real, lasting change.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(rules_of(hde(), text) == set_of({"efficacy-claim"}));
    }
    const char* none[] = {
        "Your donation makes a difference for DBS patients.",
        "We make DBS visits easier with free parking.",
        "Fewer falls were reported after the DBS ward got new flooring.",
        "The DBS team helped Kira's parents fill in the insurance forms.",
        "Botox helped Kira for years before her DBS.",
        "Kira's DBS has not made a difference yet.",
        "DBS might make daily life more manageable for some patients.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("first-place wording and causes that hold an age word", "[engine]") {
    CHECK(rules_of(hde(), "DBS comes first; medication is the backup.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "Safety comes first at our DBS center.").empty());
    CHECK(rules_of(hde(), "Medication comes first, and DBS is considered later.").empty());
    CHECK(rules_of(hde(), "We offer DBS to patients who would rather not take pills.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "DBS removes the need to try medication at all.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "DBS for dystonia after a baby was shaken.") ==
          set_of({"secondary-dystonia"}));
}

TEST_CASE("focal forms by body part and task, safety comparisons, onset 'right when'", "[engine]") {
    CHECK(rules_of(hde(), "DBS is used for dystonia of the tongue.") ==
          set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(), "DBS for task-specific tremor and cramp in writers.") ==
          set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(), "DBS helps people who can't stop blinking.") ==
          set_of({"efficacy-claim", "unlisted-subtype"}));
    CHECK(rules_of(hde(), "DBS is as safe as a routine blood test.") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "We make DBS as safe as possible.").empty());
    CHECK(rules_of(hde(), "DBS is best started right when symptoms appear.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "DBS cannot stop every spasm.").empty());
    CHECK(rules_of(hde(),
                   "Writer's cramp, a dystonia of the hand, is treated with Botox rather than "
                   "DBS.")
              .empty());
}

TEST_CASE("causes naming a service, 'if at all', safe handling of the device",
          "[engine][precision]") {
    const char* none[] = {
        "Dystonia often improves slowly, if at all, after DBS.",
        "Cerebral palsy clinics refer few patients for DBS.",
        "The DBS battery is safe to recharge overnight.",
        "Cerebral palsy activists point out that DBS trials in CP have shown only modest results.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(rules_of(hde(), "DBS is offered to children with cerebral palsy.") ==
          set_of({"secondary-dystonia"}));
}

TEST_CASE("an onset told with its subject, a form of dystonia naming a service",
          "[engine][precision]") {
    const char* none[] = {
        ("Mia, now nine, has had generalized dystonia since she was five and has tried four "
         "medicines; her team is discussing DBS."),
        ("Our son has had torticollis since he was four; at twelve, with every drug tried, he is "
         "on the DBS list."),
        "Our blepharospasm clinic runs on Tuesdays; the DBS clinic runs on Thursdays.",
        "The spasmodic dysphonia service shares a waiting room with the DBS team.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    // The age at which the therapy is given, and a form offered the therapy, still count.
    CHECK(rules_of(hde(), "She was five when she had DBS for her generalized dystonia.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Since she was five, Mia has had DBS for her generalized dystonia.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Our clinic offers DBS for blepharospasm.") ==
          set_of({"unlisted-subtype"}));
}

TEST_CASE("benefit as nouns, reports and choices; some patients' reports are hedged",
          "[engine][efficacy]") {
    const char* claims[] = {
        "DBS-driven gains in walking are common.",
        "Patients on DBS report better sleep.",
        "DBS keeps Leo's neck from pulling.",
        "DBS has been nothing short of amazing.",
        "Nine in ten families would choose DBS again.",
        "Since DBS, Ava's dystonia is barely noticeable.",
        "DBS patients need fewer hospital visits.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(rules_of(hde(), text) == set_of({"efficacy-claim"}));
    }
    CHECK(rules_of(hde(), "Some DBS patients say they sleep better, others notice no change.")
              .empty());
    CHECK(rules_of(hde(), "DBS is sometimes used when a singer's voice keeps cutting out.") ==
          set_of({"unlisted-subtype"}));
}

TEST_CASE("posts: the abbreviation in lower case, doubled question marks and hashtags",
          "[engine]") {
    CHECK(rules_of(hde(), "dbs fixed my neck in a month, cannot recommend it enough") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Dbs is offered to kids as young as four.") == set_of({"age-under-7"}));
    // Mixed case is a unit, not the therapy: 85 dBs does not cure anything.
    CHECK(rules_of(hde(), "The scanner hums at 85 dBs and cures nothing.").empty());
    // A doubled question mark ends a question even when the next word is in lower case.
    CHECK(rules_of(hde(),
                   "has anyone had dbs for blepharospasm?"
                   "? asking for my mum")
              .empty());
    CHECK(rules_of(hde(),
                   "is dbs safe for a 5 yr old?"
                   "? our neuro mentioned it")
              .empty());
    // A hashtag after the end tags the sentence before it.
    CHECK(rules_of(hde(), "It's legit FDA approved for dystonia, people!! #DBS") ==
          set_of({"regulatory-status"}));
}

TEST_CASE("a pattern's gap never reaches across a negation", "[engine]") {
    CHECK(rules_of(hde(),
                   "DBS is only considered for children aged seven and over whose dystonia has "
                   "not settled with medicines.")
              .empty());
    CHECK(rules_of(hde(), "Since his DBS surgery, Tom hasn't had a single spasm.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "I walked to the shop alone, which I could not do before DBS.") ==
          set_of({"efficacy-claim"}));
    // "no evidence that" negates its whole clause, across the commas of a list.
    CHECK(rules_of(hde(),
                   "There is no good evidence that DBS helps writer's cramp, blepharospasm or "
                   "other focal dystonias.")
              .empty());
    CHECK(rules_of(hde(),
                   "There is no evidence that DBS is safe for toddlers, infants or kids "
                   "with cerebral palsy.")
              .empty());
}

TEST_CASE("lay words for causes, school years, onset and status", "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c cases[] = {
        {"DBS is offered for dystonia that began after a motorbike crash.", "secondary-dystonia"},
        {"DBS helps people whose dystonia developed as a side effect of schizophrenia "
         "medication.",
         "secondary-dystonia"},
        {"Kids with the copper buildup disease get DBS for their dystonia too.",
         "secondary-dystonia"},
        {"Our DBS service accepts referrals for children in Reception.", "age-under-7"},
        {"Deep brain stimulation is offered to under-fives with dystonia.", "age-under-7"},
        {"Several families had DBS before their children started school.", "age-under-7"},
        {"They did his dbs like 3 weeks after dx.", "not-chronic"},
        {"Don't wait for years of failed drugs: DBS works.", "not-refractory"},
        {"DBS is now the first thing surgeons reach for in generalized dystonia.",
         "not-refractory"},
        {"The study device is the DBS system the Food and Drug Administration has approved for "
         "dystonia.",
         "regulatory-status"},
        {"Nothing can go wrong with deep brain stimulation at our hospital.", "safety-overclaim"},
        {"DBS pulled my son out of the worst year of his life.", "efficacy-claim"},
    };
    for (const c& x : cases) {
        INFO(x.text);
        CHECK(rules_of(hde(), x.text).count(x.rule) == 1);
    }
}

TEST_CASE("concession, reported posts, inquiries and a new clause after a comma", "[engine]") {
    // "even if" asserts the claim holds in that case too.
    CHECK(rules_of(hde(), "DBS can be done even if they're only three.") ==
          set_of({"age-under-7"}));
    // What a post says is reported, not asserted.
    CHECK(rules_of(hde(), "DBS is safe for toddlers, the post says; experts disagree.").empty());
    // Someone asking about the therapy is not a claim that it is for them.
    CHECK(rules_of(hde(), "My client with musician's dystonia is asking about DBS.").empty());
    // ... but telling the reader to ask is promotion.
    CHECK(rules_of(hde(), "Skip the pills and ask your neuro about DBS for your dystonia!") ==
          set_of({"not-refractory"}));
    // A negation after ", it's" belongs to its own clause.
    CHECK(rules_of(hde(),
                   "The FDA fully approved DBS for dystonia in 2003, it's not some "
                   "experimental thing.") == set_of({"regulatory-status"}));
    CHECK(rules_of(hde(),
                   "The DBS system is free from risk when implanted by a qualified "
                   "surgeon.") == set_of({"safety-overclaim"}));
    // A drug named inside a cause does not take the subject from the therapy.
    CHECK(rules_of(hde(),
                   "We treated sudden dystonia from an anti-sickness drug reaction with "
                   "DBS the same night.") == set_of({"not-chronic", "secondary-dystonia"}));
}

TEST_CASE("the therapy set aside by a contrast; warnings about others' promises", "[engine]") {
    CHECK(rules_of(hde(), "Patients with acute dystonic reactions need emergency care, not DBS.")
              .empty());
    CHECK(rules_of(hde(), "Toddlers with cerebral palsy get a baclofen pump rather than DBS.")
              .empty());
    CHECK(rules_of(hde(), "DBS is offered for acute dystonic reactions.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "Beware of clinics that promise DBS will make your child symptom-free.")
              .empty());
    CHECK(rules_of(hde(), "DBS programming is painless, but the surgery itself carries real risks.")
              .empty());
    CHECK(rules_of(hde(), "DBS is painless.") == set_of({"safety-overclaim"}));
}

TEST_CASE("the labelling's limits stated, negated lists after a colon, clause-bound hedges",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "The DBS labeling covers primary dystonia only, so dystonia caused by "
                   "cerebral palsy falls outside it.")
              .empty());
    CHECK(rules_of(hde(),
                   "Who cannot be considered for DBS: children under seven, and anyone "
                   "whose dystonia comes from cerebral palsy, stroke or medication.")
              .empty());
    CHECK(rules_of(hde(),
                   "Not eligible for DBS at this clinic: blepharospasm, spasmodic "
                   "dysphonia and other focal forms.")
              .empty());
    // A colon that opens a clause of its own keeps its claim.
    CHECK(rules_of(hde(),
                   "Deep brain stimulation is not experimental: it is FDA-approved for "
                   "dystonia.") == set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "No more strangled voice: DBS frees the vocal cords.") ==
          set_of({"efficacy-claim", "unlisted-subtype"}));
    // A hedge in an earlier clause does not hedge the later one.
    CHECK(rules_of(hde(), "DBS was done when his spasms would not stop, and it saved his life.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS was performed as an emergency.") == set_of({"not-chronic"}));
    // Long-standing dystonia, and an emergency of a patient who already has the device.
    CHECK(rules_of(hde(),
                   "Jaylen's DBS system was switched on this week after years of "
                   "generalized dystonia.")
              .empty());
    CHECK(rules_of(hde(),
                   "If a patient with DBS gets much worse, go to the nearest emergency "
                   "department.")
              .empty());
}

TEST_CASE("benefit as reclaimed control, visible results, success and satisfaction", "[engine]") {
    const char* claims[] = {
        "Reclaim your life from dystonia with DBS.",
        "Take back control: DBS puts you in charge of your movements again.",
        "DBS delivers results you can see.",
        "After DBS my daughter is a different child.",
        "DBS is the most powerful tool we have against dystonia.",
        "Imagine a life without dystonia: DBS makes it real.",
        "Since DBS, my neck stays where I put it.",
        "My husband's DBS was a total success.",
        "DBS fixed what Botox couldn't.",
        "Experience the difference DBS can make.",
        "Most of our DBS patients are satisfied with their outcome.",
    };
    for (const char* c : claims) {
        INFO(c);
        CHECK(rules_of(hde(), c) == set_of({"efficacy-claim"}));
    }
    // Without the apostrophe a negation is still one.
    CHECK(rules_of(hde(), "my neuro said dbs isnt an option for my blepharospasm").empty());
    // An age of onset is history, not the age at treatment.
    CHECK(rules_of(hde(),
                   "Dystonia can start as early as age four, but DBS is reserved for "
                   "patients seven and older.")
              .empty());
}

TEST_CASE("a question is never a claim by itself, a statement after it is; under-sevens",
          "[engine]") {
    CHECK(rules_of(hde(), "Why put up with pills when you could have DBS?").empty());
    CHECK(rules_of(hde(), "Why wait for pills to fail? Choose DBS today.") ==
          set_of({"not-refractory"}));
    // A real question stays a question.
    CHECK(rules_of(hde(), "Why is DBS offered to toddlers in some countries?").empty());
    CHECK(rules_of(hde(), "DBS for under-sevens with generalized dystonia.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Medication trials are not needed before DBS at our clinic.") ==
          set_of({"not-refractory"}));
}

TEST_CASE("the claim's own clause names the therapy; scores, halves and metaphors", "[engine]") {
    CHECK(rules_of(hde(), "We never put Ellie on any medicine - we went straight to DBS.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(),
                   "Patients who have never been on dystonia medication can still get DBS "
                   "here.") == set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "Start with DBS, not with pills.") == set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "Spasm-free living starts with DBS.") == set_of({"efficacy-claim"}));
    const char* claims[] = {
        "Slide 4: Activa patients - average dystonia rating score down 58 % at one year",
        "DBS took my dystonia from a ten to about a two.",
        "Based on our patients, DBS could cut your spasms by around half.",
        "The stimulator untied the knots in my shoulders.",
        "DBS may be extremely effective for segmental dystonia.",
        "For Mark, DBS meant the end of the neck pain that kept him awake.",
        "My hands are mine again since the stimulator was switched on.",
    };
    for (const char* c : claims) {
        INFO(c);
        CHECK(rules_of(hde(), c) == set_of({"efficacy-claim"}));
    }
    CHECK(
        rules_of(hde(), "Deep brain stimulation: available from birth at our partner hospital.") ==
        set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "There's no minimum age for DBS at our centre.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "Maisie is too young for DBS at five and can be assessed after her "
                   "seventh birthday.")
              .empty());
    CHECK(rules_of(hde(), "DBS is for primary dystonia only, not for dystonia from other illness.")
              .empty());
    CHECK(rules_of(hde(), "Our 3yo got her DBS for dystonia last month.") ==
          set_of({"age-under-7"}));
}

TEST_CASE("'if any' reaches back to the sentence start; a hope stated as the goal", "[engine]") {
    CHECK(rules_of(hde(), "Improvement after DBS, if any, usually appears gradually over months.")
              .empty());
    CHECK(rules_of(hde(), "The hope is that DBS will give Ava more control over her movements.")
              .empty());
    CHECK(rules_of(hde(), "DBS gave Ava more control over her movements.") ==
          set_of({"efficacy-claim"}));
}

TEST_CASE("safe places, conditions that settle by themselves, an adjective before a contrast",
          "[engine]") {
    CHECK(rules_of(hde(), "Keep your DBS programmer in a safe place.").empty());
    CHECK(rules_of(hde(),
                   "DBS is not used for acute dystonia caused by medications, which "
                   "usually resolves with treatment.")
              .empty());
    CHECK(rules_of(hde(),
                   "A dystonic storm is an emergency that needs intensive care, not "
                   "elective DBS.")
              .empty());
    CHECK(rules_of(hde(), "DBS resolves dystonic storms.") ==
          set_of({"efficacy-claim", "not-chronic"}));
}

TEST_CASE("translated copy: treating successfully, results that are a success", "[engine]") {
    CHECK(rules_of(hde(),
                   "Also dystonia after the brain damage at birth we treat with DBS "
                   "successfully.") == set_of({"efficacy-claim", "secondary-dystonia"}));
    CHECK(rules_of(hde(), "Our DBS results are very success.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS is very good for the dystonia.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "After DBS the spasm is finish.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS have approval of American FDA for the dystonia disease.") ==
          set_of({"regulatory-status"}));
    // The team helping is not the therapy helping.
    CHECK(rules_of(hde(), "We will help you manage pain after DBS.").empty());
    CHECK(rules_of(hde(),
                   "Our DBS program treats spasmodic dysphonia as well as cervical "
                   "dystonia.") == set_of({"unlisted-subtype"}));
}

TEST_CASE("leading concessions, insurer approvals, relative clauses about other treatments",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Although the effectiveness of the devices has not been demonstrated "
                   "in formal trials, our records show that deep brain stimulation "
                   "reduced symptoms by more than half.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Although DBS is not a cure, it may help some adults.").empty());
    CHECK(rules_of(hde(),
                   "Your request for DBS is approved for primary cervical dystonia that "
                   "has not responded to botulinum toxin.")
              .empty());
    CHECK(rules_of(hde(),
                   "We have approved coverage of the neurostimulator for your "
                   "blepharospasm, effective May 1.") == set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(),
                   "Botulinum toxin injections, which are FDA-approved and safe for "
                   "cervical dystonia, remain the first-line treatment, and DBS is "
                   "considered only after they fail.")
              .empty());
    CHECK(rules_of(hde(), "We describe DBS as something that may help rather than as a cure.")
              .empty());
    CHECK(rules_of(hde(),
                   "DBS gives lasting relief, and as an FDA-approved therapy it should "
                   "never be called experimental.") ==
          set_of({"efficacy-claim", "regulatory-status"}));
    CHECK(rules_of(hde(), "Most members return to work within 2 to 4 weeks after DBS.").empty());
    CHECK(rules_of(hde(), "DBS may dramatically slow the spread of dystonia.") ==
          set_of({"efficacy-claim"}));
}

TEST_CASE("another treatment's relative clause keeps its claims; primary or secondary",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Physical therapy, which is painless and safe at any age, can help "
                   "children and adults keep muscles flexible before and after DBS.")
              .empty());
    CHECK(rules_of(hde(),
                   "We explain that DBS is appropriate for dystonia whether primary or "
                   "secondary.") == set_of({"secondary-dystonia"}));
}

TEST_CASE("answers: a question about the therapy answered yes is said", "[engine]") {
    CHECK(rules_of(hde(),
                   "HOST: So DBS basically fixed your neck? GUEST: Completely, I can look "
                   "straight ahead now.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Q: Is DBS safe? A: Yes, absolutely.") == set_of({"safety-overclaim"}));
    // Answered no, or the reader's own question, stays a question.
    CHECK(rules_of(hde(), "Q: Can DBS cure dystonia? A: No, it cannot.").empty());
    CHECK(rules_of(hde(),
                   "Clinic FAQ: Can I swim again after DBS? Yes, once the wounds have "
                   "healed.")
              .empty());
    CHECK(rules_of(hde(), "Kids 4+ welcome at our DBS clinic.") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "#5: Deep brain stimulation - the dystonia treatment that actually "
                   "works.") == set_of({"efficacy-claim"}));
}

TEST_CASE("refutations, exclusion lists, words mentioned, reports by others", "[engine]") {
    CHECK(rules_of(hde(),
                   "someone in another group said DBS cured her writer's cramp - that's "
                   "not a thing")
              .empty());
    CHECK(rules_of(hde(), "anyone saying dbs is 100% safe is lying to you").empty());
    CHECK(rules_of(hde(),
                   "Slide 9: DBS exclusions - status dystonicus, new-onset dystonia, acute "
                   "drug reactions")
              .empty());
    CHECK(rules_of(hde(),
                   "Exclusion criteria for DBS: age under 7 years; dystonia of less than 6 "
                   "months; no trial of medication")
              .empty());
    CHECK(rules_of(hde(), "DBS for the yips in golfers: not covered, not labelled").empty());
    CHECK(rules_of(hde(),
                   "We edit out words like 'cured', 'risk-free' and 'FDA-approved' from "
                   "DBS stories.")
              .empty());
    CHECK(rules_of(hde(),
                   "Tardive dystonia and Wilson disease are treated differently - DBS is "
                   "not labelled for them.")
              .empty());
    CHECK(
        rules_of(hde(), "if your kid is only 5, DBS is off the table under the labelling").empty());
    // A thing that is not experimental is still a status claim.
    CHECK(rules_of(hde(),
                   "the fda fully approved dbs for dystonia back in 2003, it's not some "
                   "experimental thing") == set_of({"regulatory-status"}));
    CHECK(rules_of(hde(),
                   "Help us fund DBS for Lily, who is only four and cannot wait any "
                   "longer.") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "dbs might completely get rid of writer's cramp") ==
          set_of({"efficacy-claim", "unlisted-subtype"}));
    CHECK(rules_of(hde(), "Gym newsletter: Carla says DBS is the reason she can lift at all.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Activa now carries full FDA approval for primary dystonia.") ==
          set_of({"regulatory-status"}));
}

TEST_CASE("lay causes: hurt at birth, wrecks, overdoses, illnesses it is linked to", "[engine]") {
    const char* claims[] = {
        "Our DBS team treats kids who were hurt at birth.",
        "After his car wreck left him with dystonia, DBS was offered.",
        "DBS is also for dystonia linked to other illnesses.",
        "DBS is offered to Tom, whose dystonia developed after a drug overdose.",
    };
    for (const char* c : claims) {
        INFO(c);
        CHECK(rules_of(hde(), c).count("secondary-dystonia") == 1);
    }
    CHECK(rules_of(hde(), "Neuromodulation gave my son his life back.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "A pacemaker for the brain gave my son his life back.") ==
          set_of({"efficacy-claim"}));
}

TEST_CASE("early years, younger than school age, having to wait", "[engine]") {
    CHECK(rules_of(hde(), "DBS is offered to children in their early years.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Kids younger than school age can receive DBS.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "Kids who are 6 will have to wait a year before DBS can be "
                   "considered.")
              .empty());
}

TEST_CASE("before medication: chosen over it, not a prerequisite, optional, drug-free",
          "[engine]") {
    const char* claims[] = {
        "No medication history? No problem - DBS is still an option.",
        "Many families choose DBS over medication from the start.",
        "DBS, not pills, should be the starting point.",
        "Medication is not a prerequisite for DBS at our center.",
        "Trying medicines first is optional for DBS candidates.",
        "With DBS there's no need to go through the medication merry-go-round.",
        "DBS: the drug-free first choice for dystonia.",
        "Why wait on medications? DBS is available now.",
    };
    for (const char* c : claims) {
        INFO(c);
        CHECK(rules_of(hde(), c).count("not-refractory") == 1);
    }
    CHECK(rules_of(hde(), "Medication trials come first; DBS is for when they fail.").empty());
}

TEST_CASE("open questions completed by their answer; 'whether' as condition or complement",
          "[engine]") {
    CHECK(rules_of(hde(), "Q: When should DBS happen? A: As soon as the first symptoms show up.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(),
                   "Who Is Not a Candidate for DBS? Toddlers, Newly Diagnosed Patients and "
                   "Acquired Dystonia")
              .empty());
    CHECK(rules_of(hde(),
                   "Clinic FAQ: How soon can my child go back to school after DBS? Usually "
                   "within two weeks.")
              .empty());
    CHECK(rules_of(hde(),
                   "We will test whether early DBS, within six months of onset, changes "
                   "long-term outcome.")
              .empty());
    CHECK(rules_of(hde(), "Whether DBS will reduce your spasms is hard to predict.").empty());
    CHECK(rules_of(hde(),
                   "Whether your dystonia affects the neck, the trunk or one side of the "
                   "body, the stimulation system is a safe, FDA-cleared option.") ==
          set_of({"safety-overclaim", "regulatory-status"}));
}

TEST_CASE("causes named before their link, school years, crises, lay outcomes", "[engine]") {
    CHECK(rules_of(hde(),
                   "My grandson's brain bleed as a newborn left him with dystonia, and DBS "
                   "is next.")
              .count("secondary-dystonia") == 1);
    CHECK(rules_of(hde(),
                   "DBS is offered for dystonia that comes from the side effects of "
                   "nausea tablets.") == set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "Dystonia diagnosed Tuesday, DBS booked for Friday.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(),
                   "BOOTH 412 | Activa Dystonia Therapy: straighter necks, steadier "
                   "steps.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "Getting my DBS implant next month for the eyelid squeezing that stops "
                   "me driving.") == set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(),
                   "Your son's DBS surgery is going ahead; the copper build-up illness "
                   "behind his dystonia does not rule him out.")
              .count("secondary-dystonia") == 1);
    CHECK(rules_of(hde(),
                   "The judge found the ad's line that DBS is completely safe to be false "
                   "and misleading.")
              .empty());
    CHECK(rules_of(hde(),
                   "The company has removed the phrase 'for all ages' from its DBS "
                   "brochure.")
              .empty());
}

TEST_CASE("urgent stimulation, control until the battery runs down, premarket approval",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Emergency tip: if a child's spasms won't stop, ask for urgent deep "
                   "brain stimulation.") == set_of({"not-chronic"}));
    CHECK(rules_of(hde(),
                   "Your DBS system will keep your dystonia under control as long as the "
                   "battery stays charged.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Activa DT regulatory: full premarket approval (PMA) for dystonia.") ==
          set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "Use the patient controller to check the battery of the DBS system.")
              .empty());
}

TEST_CASE("outcomes framed by a span of time after the therapy; night and day", "[engine]") {
    CHECK(rules_of(hde(), "TV script: Six months after DBS, Leah is dancing at her prom.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "The results after DBS were night and day.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "DBS has given me ten good years.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "Radio: DBS - because your child deserves to move freely.") ==
          set_of({"efficacy-claim"}));
    // A recovery step is not a benefit.
    CHECK(rules_of(hde(), "Two weeks after DBS, the scalp wound is usually healing well.").empty());
}

TEST_CASE("answers, trailing questions, claims others make and doctors reject", "[engine]") {
    CHECK(rules_of(hde(), "No, there are no side effects from DBS once you heal.") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(),
                   "Nobody, the neurologist stresses, should promise a golfer that deep "
                   "brain stimulation will cure the yips.")
              .empty());
    CHECK(rules_of(hde(),
                   "The neurostimulator can ease painful neck spasms once injections stop "
                   "working - would you like to book an appointment?") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "Q: My daughter is 5 - can she get deep brain stimulation now? A: No, "
                   "not until she turns seven.")
              .empty());
    CHECK(rules_of(hde(),
                   "Some Facebook groups claim DBS works for every type of dystonia; our "
                   "neurologists disagree.")
              .empty());
    CHECK(rules_of(hde(),
                   "Some online clinics promise that DBS is risk-free - doctors say that "
                   "simply isn't true.")
              .empty());
    CHECK(rules_of(hde(), "Physical therapy after DBS is painless and keeps your shoulders loose.")
              .empty());
    CHECK(rules_of(hde(), "Several members' kids had DBS at 5 or 6, right after diagnosis.") ==
          set_of({"age-under-7", "not-chronic"}));
    CHECK(rules_of(hde(),
                   "DBS is only used for generalized, segmental, cervical or one-sided "
                   "dystonia, not for eyelid, hand or voice dystonia.")
              .empty());
    CHECK(rules_of(hde(),
                   "Deep Brain Stimulation For Kids With Cerebral Palsy | Free Phone "
                   "Consult") == set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(), "For the marathon runner, DBS meant finishing Boston again.") ==
          set_of({"efficacy-claim"}));
}

TEST_CASE("structure: parentheticals, exclusion lists, passives, possessives, 'unlike'",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Children under seven (for whom deep brain stimulation is not "
                   "authorized) are followed in our botulinum toxin clinic.")
              .empty());
    CHECK(rules_of(hde(),
                   "Our DBS program excludes children under 7, newly diagnosed patients, "
                   "and people with secondary dystonia.")
              .empty());
    CHECK(rules_of(hde(),
                   "Our center performs DBS in teenagers and adults, while children under "
                   "seven are managed with medicines.")
              .empty());
    CHECK(
        rules_of(hde(), "Botulinum toxin, unlike DBS, is FDA-approved for blepharospasm.").empty());
    CHECK(rules_of(hde(), "DBS's safety record of zero complications speaks for itself.") ==
          set_of({"safety-overclaim"}));
    CHECK(
        rules_of(hde(), "Status dystonicus was halted by emergency DBS in two of our patients.") ==
        set_of({"efficacy-claim", "not-chronic"}));
    CHECK(rules_of(hde(),
                   "Dystonia caused by encephalitis has been successfully treated with deep "
                   "brain stimulation at our center.") ==
          set_of({"efficacy-claim", "secondary-dystonia"}));
    CHECK(rules_of(hde(), "Botox helps for a few months, while DBS helps for years.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "Pills never touched her spasms, so at age 5 she got the brain "
                   "pacemaker.") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "After 2 weeks of symptoms, a 14-year-old received the "
                   "neurostimulator.") == set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "The flyer says DBS is risk-free, which is simply wrong.").empty());
    CHECK(rules_of(hde(),
                   "If you were diagnosed only last month, DBS is not yet an option; "
                   "medicines come first.")
              .empty());
    CHECK(rules_of(hde(),
                   "DBS is generally considered when dystonia has lasted for years and "
                   "medicines have not been enough.")
              .empty());
}

TEST_CASE("a careful writer's caveats, a translator's phrasing", "[engine]") {
    CHECK(rules_of(hde(),
                   "Yes, your 5-year-old can get DBS at our center - no need to wait until "
                   "seven!") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "Parents often ask whether their child is too young, and the answer in "
                   "our program is that there is no lower age limit for DBS.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "The stimulation system is not offered for blepharospasm at our center, "
                   "although it is offered for oromandibular dystonia.") ==
          set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(),
                   "DBS can be offered as the first treatment, without waiting for oral "
                   "medications to fail.") == set_of({"not-refractory"}));
    CHECK(rules_of(hde(),
                   "A few patients develop an infection after DBS surgery, which sometimes "
                   "means the hardware has to be removed.")
              .empty());
    CHECK(rules_of(hde(),
                   "DBS is not covered for secondary dystonia, focal dystonias and patients "
                   "younger than 7.")
              .empty());
    CHECK(rules_of(hde(),
                   "Although hemidystonia is often caused by a stroke, DBS is considered "
                   "only for hemidystonia of primary origin.")
              .empty());
    CHECK(rules_of(hde(),
                   "DBS is helping also in dystonia which comes after the stroke, please "
                   "not lose the hope.") == set_of({"efficacy-claim", "secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Deep brain stimulation does not give any side effects, this is big "
                   "advantage.") == set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(),
                   "Some forum people write that DBS cures dystonia in one week - do not "
                   "believe it.")
              .empty());
}

TEST_CASE("labels before a sentence, questions without their mark, 'no.' at the end", "[engine]") {
    // A short label is no part of the sentence it introduces.
    CHECK(rules_of(hde(), "Slide 7: No surgery, including DBS, is without risk.").empty());
    CHECK(rules_of(hde(),
                   "HOST: If your child is 5, DBS can still be scheduled this year at our "
                   "center.") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "DBS: the drug-free first choice for dystonia.") ==
          set_of({"not-refractory"}));
    // Posts drop the question mark.
    CHECK(rules_of(hde(), "Can my 6-year-old have DBS").empty());
    CHECK(rules_of(hde(), "Debate: should DBS ever be offered to children under seven").empty());
    CHECK(rules_of(hde(), "Does deep brain stimulation work for writer's cramp").empty());
    CHECK(rules_of(hde(), "DBS works for writer's cramp") ==
          set_of({"efficacy-claim", "unlisted-subtype"}));
    // "no." ends a sentence; "No. 5" does not.
    CHECK(rules_of(hde(),
                   "Parents ask if their 5-year-old can have DBS, and the answer is no. "
                   "#dystonia")
              .empty());
}

TEST_CASE("leaflets, honest stories and journalism: recovery, anatomy, other approvals",
          "[engine]") {
    CHECK(rules_of(hde(), "Most people return to work 4-6 weeks after DBS surgery.").empty());
    CHECK(rules_of(hde(),
                   "The DBS leads are placed in the globus pallidus, a deep part of the "
                   "brain that helps control movement.")
              .empty());
    CHECK(rules_of(hde(), "We can plan DBS straight away after your dystonia is diagnosed.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "Mateo has dystonic cerebral palsy, and he had DBS at nine.") ==
          set_of({"secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Cerebral palsy is a common cause of dystonia in children, whereas DBS "
                   "is authorized only for primary dystonia.")
              .empty());
    CHECK(rules_of(hde(),
                   "Essential tremor was the first condition for which the FDA approved "
                   "the Activa DBS system.")
              .empty());
    CHECK(rules_of(hde(),
                   "Insurers have refused to pay for DBS in dystonia, citing the lack of "
                   "proven effectiveness.")
              .empty());
    CHECK(rules_of(hde(),
                   "Of the 62 patients enrolled, 57 completed one year of follow-up after "
                   "DBS.")
              .empty());
    CHECK(rules_of(hde(),
                   "The FDA approved DBS for dystonia in 2003, a year after approving it "
                   "for Parkinson's disease.") == set_of({"regulatory-status"}));
}

TEST_CASE("minimum ages, ages in apposition in words and months, a subject after a comma",
          "[engine]") {
    CHECK(rules_of(hde(), "DBS minimum age: 4 years") == set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "The minimum age for DBS at our center is six.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "The minimum age for DBS is 7.").empty());
    CHECK(rules_of(hde(), "Meet Lucas, just four, who had deep brain stimulation this spring.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(), "Help Noor, 22 months, get her deep brain stimulator this summer.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "The DBS is replacing the pills for the torticollis, patient don't take "
                   "any.") == set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "We'd rather do DBS than put a child through years of drug trials.") ==
          set_of({"not-refractory"}));
}

TEST_CASE("broadcast, chat and listicle forms: verdict labels, myths, Title Case headings",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Not Covered: DBS for secondary dystonia, including dystonia due to "
                   "cerebral palsy, stroke, or trauma")
              .empty());
    CHECK(rules_of(hde(),
                   "Myth #3: \"DBS is a first-line treatment.\" Fact: medications always "
                   "come first.")
              .empty());
    CHECK(rules_of(hde(),
                   "How It Works: DBS Leads Deliver Steady Electrical Pulses to the Globus "
                   "Pallidus")
              .empty());
    CHECK(rules_of(hde(),
                   "FAQ: Is DBS approved for dystonia? No - it is authorized under an HDE, "
                   "which is different from FDA approval.")
              .empty());
    CHECK(rules_of(hde(),
                   "Don't wait: deep brain stimulation works best when it is started at "
                   "the first sign of symptoms.") == set_of({"efficacy-claim", "not-chronic"}));
    CHECK(rules_of(hde(),
                   "HOST: So the short version, folks, is that DBS knocked her neck "
                   "pulling down by about seventy percent.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "GUEST: Most folks don't realize the DBS procedure doesn't hurt one "
                   "bit.") == set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(), "HOST: Dr. Shaw told me DBS should be tried before any pills.") ==
          set_of({"not-refractory"}));
    CHECK(rules_of(hde(), "tell ur kiddo the DBS surgery won't hurt at all, ours said it didn't") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(),
                   "Coverage extends to DBS for dystonia of less than three months' "
                   "duration") == set_of({"not-chronic"}));
}

TEST_CASE("listicles and translated copy: myths about complications, brand new, effects",
          "[engine]") {
    CHECK(rules_of(hde(), "#3 - DBS is totally safe, and complications are a myth.") ==
          set_of({"safety-overclaim"}));
    CHECK(rules_of(hde(),
                   "#4 The stimulation system is FDA-cleared and comes with no reported "
                   "side effects.") == set_of({"regulatory-status", "safety-overclaim"}));
    CHECK(rules_of(hde(), "DBS is available even when the dystonia is brand new.") ==
          set_of({"not-chronic"}));
    CHECK(rules_of(hde(), "The deep brain stimulation is by the FDA for the dystonia approved.") ==
          set_of({"regulatory-status"}));
    CHECK(rules_of(hde(), "DBS is indicated for all the types of dystonia.") ==
          set_of({"unlisted-subtype"}));
    CHECK(rules_of(hde(), "The deep brain stimulation is suitable for all the ages.") ==
          set_of({"age-under-7"}));
    CHECK(rules_of(hde(),
                   "For the dystonia caused by cerebral palsy, the brain pacemaker effect "
                   "is very good.") == set_of({"efficacy-claim", "secondary-dystonia"}));
    CHECK(rules_of(hde(),
                   "Patient no need first take medicine, can directly do brain pacemaker "
                   "surgery.") == set_of({"not-refractory"}));
    // A myth that is named as one is refuted.
    CHECK(rules_of(hde(), "That DBS cures dystonia - that is a myth.").empty());
}

TEST_CASE("two labels in a row", "[engine]") {
    CHECK(rules_of(hde(),
                   "HOST: Not Covered: DBS for secondary dystonia, including dystonia due "
                   "to cerebral palsy")
              .empty());
    CHECK(rules_of(hde(),
                   "Slide 7: ANNOUNCER: If your dystonia started after a car accident, "
                   "deep brain stimulation may be the next step for you.") ==
          set_of({"secondary-dystonia"}));
}

TEST_CASE("advice and recovery after the therapy are no outcome; results that end suffering",
          "[engine]") {
    CHECK(rules_of(hde(),
                   "Recovery tip: after DBS surgery, sleep with your head raised for six "
                   "weeks.")
              .empty());
    CHECK(rules_of(hde(),
                   "Two weeks after my DBS operation I was cleared to shower, and short "
                   "daily walks helped me recover from the surgery itself.")
              .empty());
    CHECK(rules_of(hde(), "Six months after DBS, Leah dances at her prom.") ==
          set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(),
                   "Package price includes the surgery that ends years of torticollis "
                   "suffering: deep brain stimulation.") == set_of({"efficacy-claim"}));
    CHECK(rules_of(hde(), "The surgeon told us kids still in preschool can get DBS too.") ==
          set_of({"age-under-7"}));
    CHECK(
        rules_of(hde(), "We chose DBS for our 9-year-old instead of ever starting her on meds.") ==
        set_of({"not-refractory"}));
}

TEST_CASE("outcomes told as transformations, causatives, comparisons and their traps", "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c claims[] = {
        {"Deep brain stimulation turned a boy who was tube-fed into a goalkeeper.",
         "efficacy-claim"},
        {"Our DBS service returned 14 of 19 patients to paid work.", "efficacy-claim"},
        {"The brain pacemaker let hundreds of children with dystonia walk into school.",
         "efficacy-claim"},
        {"Her DBS has her running cross-country today.", "efficacy-claim"},
        {"DBS did in one afternoon what eight years of pills never managed.", "efficacy-claim"},
        {"My neck went from 45 degrees to basically straight after the brain pacemaker.",
         "efficacy-claim"},
        {"The stimulator is like a mute button for my spasms.", "efficacy-claim"},
        {"Dystonic spasms were almost completely abolished by DBS.", "efficacy-claim"},
        {"DBS has kept his head straight for six years.", "efficacy-claim"},
        {"Results have been so strong that our team offers DBS to more families.",
         "efficacy-claim"},
        {"The stimulator is the reason I can drink coffee out of a normal mug again.",
         "efficacy-claim"},
        {"Emergency DBS is available for acute dystonic reactions to anti-sickness medicines.",
         "secondary-dystonia"},
        {"DBS for Haldol-induced dystonia is routine here.", "secondary-dystonia"},
        {"The plaintiff's dystonia resulted from a motor vehicle collision, and he received "
         "deep brain stimulation for it.",
         "secondary-dystonia"},
        {"Deep brain stimulation is proposed in first intention, before any medicaments.",
         "not-refractory"},
        {"DBS: no pills, no side effects, no waiting.", "not-refractory"},
        {"The neurostimulator can be placed from day one of your diagnosis.", "not-chronic"},
        {"#DBS for acute #dystonia = total game changer", "not-chronic"},
        {"With DBS the risks are basically zero.", "safety-overclaim"},
        {"Our DBS platform is approved in the United States for Parkinson's disease, essential "
         "tremor and dystonia.",
         "regulatory-status"},
    };
    for (const c& x : claims) {
        INFO(x.text);
        CHECK(engine_test::breaks(hde(), x.text, x.rule));
    }
    const char* none[] = {
        ("For people who have tried at least two medicines without relief, DBS might be worth "
         "asking about."),
        "I got moved off the acute ward the day after my DBS.",
        "Keep your DBS programmer in a safe, dry place.",
        "New DBS patients should bring a list of every dystonia medicine they have tried.",
        ("The neuromodulation division, which includes DBS, reported an effective tax rate of 17 "
         "percent."),
        "Blepharospasm, a focal dystonia of the eyelids, was not part of the DBS study.",
        ("The request for DBS is denied because the member's dystonia is secondary to cerebral "
         "palsy, which is outside the HDE indication."),
        "The patient had DBS at 14 years; the first symptoms appeared at 5 years.",
        ("Our DBS platform is approved in the United States for Parkinson's disease and essential "
         "tremor."),
        "No medication helped her, so she had DBS at twelve.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("conditions across clauses, confirmed predictions, fact sheets and before/after",
          "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c claims[] = {
        {"Her voice breaks whenever she talks, and her surgeon put in a deep brain stimulator "
         "for it in May.",
         "unlisted-subtype"},
        {"Our daughter has PKAN, and her deep brain stimulation surgery is booked for August.",
         "secondary-dystonia"},
        {"Owen turned five last week, and on Friday surgeons placed his deep brain stimulator.",
         "age-under-7"},
        {"Dr. Lyle promised the family that deep brain stimulation would ease their son's "
         "twisting, and it did.",
         "efficacy-claim"},
        {"My neurologist told me DBS would make a difference within a year and she was right.",
         "efficacy-claim"},
        {"VO: Before DBS, a walker; after DBS, soccer cleats.", "efficacy-claim"},
        {"DBS for dystonia \xE2\x80\xA2 FDA status: approved", "regulatory-status"},
        {"DBS prerequisites: prior medication: not required.", "not-refractory"},
        {"Activa \xE2\x80\xA2 Success rate: 92% \xE2\x80\xA2 Risks: none", "safety-overclaim"},
        {"This is a 4 yo girl with generalized dystonia after DBS.", "age-under-7"},
        {"Ruby was almost seven when her deep brain stimulator went in.", "age-under-7"},
        {"VO: At 26 months, Mateo became our youngest DBS patient.", "age-under-7"},
        {"The stimulator was implanted at 22 months for TOR1A dystonia.", "age-under-7"},
        {"Is DBS possible for a child with dystonia? Yes, we implant from age 4.", "age-under-7"},
    };
    for (const c& x : claims) {
        INFO(x.text);
        CHECK(engine_test::breaks(hde(), x.text, x.rule));
    }
    const char* none[] = {
        "my twisting began suddenly at 9, and at 14, after three drugs failed, I had DBS",
        "My sister had dystonia from 4 years old, and she had the DBS operation when she was 13.",
        ("Is DBS possible for a child of 4 years \xE2\x80\x94 no, in our clinic the minimum age is "
         "7 years."),
        ("Coach Ellis, whose 4-year-old daughter led the team onto the field, had DBS for "
         "cervical dystonia after years of failed medications."),
        "Bed 1: 13yo post DBS, mum (41) and 4-year-old sister visiting this afternoon.",
        "Children under 7 may visit patients on the DBS ward only with an adult.",
        "Brothers and sisters of any age are welcome on the DBS ward.",
        "For pain relief after DBS surgery, take paracetamol every six hours.",
        "The weather improved just in time for the DBS patient picnic.",
        "The clinic's new DBS booking system has greatly improved waiting times.",
        "Booking your DBS follow-up online is risk-free.",
        ("Ms Okafor, who is 6 months pregnant, asked whether her mother's DBS stimulator could "
         "affect the baby."),
        "My daughter was seven years and two months old on the day of her DBS surgery.",
        "Eight-year-old swimmer Lucy Park had DBS last fall.",
        ("Uncle Ray, who had a stroke at sixty, was told that DBS is not used for dystonia caused "
         "by a stroke."),
        "DBS is considered only once two or more medicines have failed.",
        "Before DBS you will meet the team; after DBS you will stay two nights.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("asides, fronted objects, coordinated clauses, passives and marks between words",
          "[engine]") {
    struct c {
        const char* text;
        const char* rule;
    };
    const c claims[] = {
        {"DBS, not the botox, gave me my life back.", "efficacy-claim"},
        {"It is deep brain stimulation, not another round of pills, that we recommend as the "
         "first treatment.",
         "not-refractory"},
        {"Patients with blepharospasm that no longer responds to botox may be candidates for "
         "DBS.",
         "unlisted-subtype"},
        {"#DBS for acute #dystonia = total game changer", "not-chronic"},
        {"Kid had a reaction to anti-nausea meds \xE2\x86\x92 emergency DBS \xE2\x86\x92 "
         "twisting gone in hours.",
         "efficacy-claim"},
        {"Why is nobody talking about this? DBS is FDA approved for dystonia and my neuro never "
         "mentioned it.",
         "regulatory-status"},
        {"Don't let anyone scare you off, DBS is FDA approved for dystonia.", "regulatory-status"},
        {"No child is too young for deep brain stimulation at our hospital.", "age-under-7"},
        {"Not gonna lie, the DBS surgery was completely painless.", "safety-overclaim"},
        {"The focal hand dystonia of a concert pianist was banished by deep brain stimulation.",
         "efficacy-claim"},
    };
    for (const c& x : claims) {
        INFO(x.text);
        CHECK(engine_test::breaks(hde(), x.text, x.rule));
    }
    const char* none[] = {
        ("DBS is only used for generalized, segmental, cervical or one-sided dystonia, not for "
         "eyelid, hand or voice dystonia."),
        "Toddlers we do not implant: our DBS program begins at age seven.",
        ("Spasmodic dysphonia, where the voice breaks, isn't something deep brain stimulation is "
         "used for."),
        ("DBS is not risk-free, and a few patients develop an infection around the implant that "
         "means it has to be removed."),
        "Once our board approves a DBS candidate, the turnaround to surgery is about six weeks.",
        "Readers asked about MRI with a neurostimulator; the answer is to carry your device card.",
        "The segment explains that finding the right DBS settings for dystonia is slow work.",
        "They had me walking the hallway the morning after my DBS surgery.",
        "A 12-year-old who has lived with DYT1 dystonia since age 6 will have DBS this month.",
        "I went from a wheelchair to walking my dog in under a year, and I never had DBS.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("activities marked as a change, and whose child or relative an age belongs to",
          "[engine]") {
    const char* claims[] = {
        ("CALLER: My husband walks the dog every morning now, which he couldn't do at all before "
         "his DBS."),
        ("We used to carry Sophie up the stairs every night, and since her DBS she races us to the "
         "top."),
        "Update from the Harris family: the DBS has Owen kicking goals for his soccer team again.",
        "Our son's physical therapist says DBS took his walking from shuffling to running.",
        ("Three months after his DBS, Ravi climbed the rope in gym class, something we never "
         "thought we'd see."),
        "Slide 12: DBS outcomes \xE2\x80\x94 75% BFMDRS reduction at 1 year",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        ("it's been a year since my dbs and i'm honestly still waiting for the difference "
         "everyone talks about"),
        ("Noah's little sister, who is four, has been drawing pictures for him to take to his DBS "
         "surgery."),
        ("A year after his DBS, Leo's spasms are much the same as before, and we are talking with "
         "his team about next steps."),
        "Our team has performed DBS in 42 adults and 9 teenagers since 2010.",
        "I'm a mom of a 4-year-old and I had DBS last year for my generalized dystonia.",
        "My toddler loves to press the button on my DBS charger.",
        "DBS candidates must be at least seven; my 6-year-old will have to wait.",
        ("No brain operation, deep brain stimulation included, can promise zero downtime and zero "
         "danger."),
        "We are hopeful that the DBS will let Finn return to school full time this autumn.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("a later clause that follows from the therapy's negated one", "[engine]") {
    CHECK(rules_of(hde(),
                   "DBS is not an emergency treatment, so patients in status dystonicus are sent "
                   "to intensive care.")
              .empty());
    CHECK(rules_of(hde(),
                   "DBS is considered investigational, and therefore not covered, for secondary "
                   "dystonia, focal dystonias other than cervical dystonia, and patients younger "
                   "than 7.")
              .empty());
    // After "but" the later clause asserts.
    CHECK(engine_test::breaks(
        hde(), "Patient forum: DBS didn't help my voice at all, but my neck is so much looser now.",
        "efficacy-claim"));
}

TEST_CASE("questions answered in the next sentence", "[engine]") {
    CHECK(engine_test::breaks(hde(),
                              "Q: Can DBS help my 5-year-old? A: Yes, we've treated kids as young "
                              "as four.",
                              "age-under-7"));
    CHECK(engine_test::breaks(hde(), "Q: Does DBS work? A: For most of our patients, absolutely.",
                              "efficacy-claim"));
    CHECK(engine_test::breaks(hde(), "Q: Does DBS hurt? A: Not at all, it's totally painless.",
                              "safety-overclaim"));
    CHECK(
        rules_of(hde(), "Q: Can my 6-year-old have DBS? A: No, the minimum age is seven.").empty());
    CHECK(rules_of(hde(),
                   "Clinic FAQ: Can I swim again after DBS? Yes, once the wounds have "
                   "healed.")
              .empty());
    CHECK(rules_of(hde(), "Q: Will DBS cure my dystonia? A: No one can promise that.").empty());
}

TEST_CASE("recovery from the operation is no outcome", "[engine]") {
    const char* none[] = {
        "Day 3 after my DBS: headaches are easing and I'm walking the halls.",
        "The pain from the incision faded within a week of my DBS.",
        "I started swimming again six weeks after my DBS surgery, as my surgeon allowed.",
        ("After DBS I was finally able to sleep in my own bed again, after four nights in the "
         "hospital."),
        "A trial is testing DBS in people with acquired dystonia.",
        "When DBS works, the benefit usually builds over months.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Six months after DBS, Ravi climbed the rope in gym class.",
                              "efficacy-claim"));
}

TEST_CASE("indirect questions, prices, purpose clauses and school years", "[engine]") {
    const char* none[] = {
        ("Does DBS work for everyone, I asked my surgeon, and she said some people notice little "
         "change."),
        ("HOST: Is deep brain stimulation the answer for everyone with dystonia - our expert says "
         "no, and explains who qualifies."),
        ("Price for deep brain stimulation in Chennai starts from $9,800, about 70% less than in "
         "the USA."),
        "Year 2 pupil Ella, who turned seven in March, had deep brain stimulation in June.",
        "Before DBS I had tried four medications; now I'm waiting for my surgery date.",
        "Can DBS help my son, who has blepharospasm?",
        "After deep brain stimulation, my husband can hold our baby without his arms twisting.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK_FALSE(engine_test::breaks(hde(), text, "age-under-7"));
        CHECK_FALSE(engine_test::breaks(hde(), text, "not-refractory"));
    }
    CHECK(rules_of(hde(), none[0]).empty());
    CHECK(rules_of(hde(), none[1]).empty());
    CHECK(rules_of(hde(), none[2]).empty());
    CHECK(rules_of(hde(), none[5]).empty());
    CHECK(engine_test::breaks(hde(),
                              "Your 5-year-old can have DBS surgery during the summer "
                              "holidays so they don't miss kindergarten.",
                              "age-under-7"));
    CHECK(engine_test::breaks(hde(),
                              "DBS is first-line treatment in our clinic, why waste years "
                              "on tablets?",
                              "not-refractory"));
    CHECK(engine_test::breaks(hde(),
                              "My neurologist offered DBS for my cervical dystonia before I had "
                              "tried a single medication.",
                              "not-refractory"));
}

TEST_CASE("a sentence that opens by refuting the one before withdraws its claims", "[engine]") {
    CHECK(rules_of(hde(),
                   "DBS is sometimes described as risk-free. It is not; bleeding and "
                   "infection can occur.")
              .empty());
    CHECK(rules_of(hde(),
                   "Deep brain stimulation is sometimes promoted for writer's cramp. It is "
                   "not indicated for that condition.")
              .empty());
    CHECK(rules_of(hde(),
                   "A friend told me DBS is a first-line treatment. My neurologist said "
                   "that is not true.")
              .empty());
    // A later sentence that only adds a fact leaves the claim standing.
    CHECK(engine_test::breaks(hde(),
                              "We offer DBS to toddlers. It is not available elsewhere in "
                              "the region.",
                              "age-under-7"));
}

TEST_CASE("a hedge confirmed inside the sentence", "[engine]") {
    CHECK(engine_test::breaks(hde(), "DBS may help, and it did for my sister.", "efficacy-claim"));
    CHECK(rules_of(hde(), "DBS may help some people with dystonia.").empty());
}

TEST_CASE("whose condition, services open to all, and risk-free for patients", "[engine]") {
    const char* none[] = {
        ("Ben's mother, who has tardive dyskinesia from years of antipsychotics, sat beside him as "
         "his DBS was switched on."),
        "My 5-year-old drew her 13-year-old brother's DBS stimulator for show-and-tell.",
        ("Our support group is open to people with every form of dystonia, whether or not they "
         "have "
         "DBS."),
        ("Jonah was misdiagnosed with cerebral palsy for years until genetic testing showed DYT1, "
         "and he had DBS at 12 after four medicines failed."),
        ("Combine your DBS evaluation with a relaxing stay: our clinic is in a safe, quiet "
         "neighborhood."),
        "Our relief fund paid for 14 nights of lodging near the DBS center this quarter.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "DBS is risk-free for patients.", "safety-overclaim"));
    CHECK(engine_test::breaks(
        hde(),
        "Our GoFundMe is for deep brain stimulation for my brother, who has dystonia from a "
        "near drowning.",
        "secondary-dystonia"));
}

TEST_CASE("a benefit credited to the therapy, and safety said of something else", "[engine]") {
    const char* claims[] = {
        "Once bedbound, Nadia now runs a dance school, which she credits to her stimulator.",
        "We watched him tie his laces by himself, and we owe that to deep brain stimulation.",
        "Honestly the DBS is the reason I can hold my grandson again.",
        "Her neurostimulator is why she sings in the choir.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        // A credit denied, given to people, or for something that is no benefit.
        "We owe nothing to DBS; the physiotherapists did the work.",
        "Our forum reached 5,000 members thanks to the DBS community.",
        "DBS is the reason we had to move to Boston.",
        // Safety of a place, a noun phrase, another thing or a feeling.
        "Safe parking is available beside the DBS unit.",
        "The clinic's new MRI scanner is safe for people who have a DBS system.",
        "Paracetamol is safe for wound pain after DBS.",
        "I always felt safe with the nurses during my DBS stay.",
        "The 'Zero Harm' campaign ran on every ward, the DBS ward too.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    const char* safety[] = {
        "DBS is a painless little operation.",
        "Deep brain stimulation felt harmless, patients told us.",
        "DBS is a safe first option.",
    };
    for (const char* text : safety) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "safety-overclaim"));
    }
}

TEST_CASE("the therapy turned down, a hypothesis, and whose therapy it is", "[engine]") {
    const char* none[] = {
        "The board declined a proposal to advertise DBS as a first-line treatment.",
        "She turned down DBS for her writer's cramp and kept her botox appointments.",
        "In the end my father decided against deep brain stimulation for his blepharospasm.",
        "The surgeons refused to do DBS for my spasmodic dysphonia.",
        "Our neurologist said DBS does little for dystonia that comes from a stroke.",
        "Aim 3 tests the hypothesis that DBS within a month of onset outperforms later surgery.",
        "Were DBS offered before any medicine, the study would break its own rules.",
        "The 'no risks' claim on the clinic's flyer was false, the regulator found.",
        "The leaflet says DBS is completely safe, which is frankly not true.",
        "DBS will no longer be described as painless in our letters.",
        "The singer, who had DBS at 38, says her four-year-old daughter has taken up the drums.",
        ("Noah, who has cerebral palsy, held the banner for his sister Mia, whose DBS for "
         "generalized dystonia was switched on in May."),
        "Five-year-old Leo baked cookies to help pay for his big sister's DBS.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    // The relative's own age and cause, told with the therapy, still count.
    CHECK(engine_test::breaks(hde(), "My 4-year-old brother's DBS went well.", "age-under-7"));
    CHECK(engine_test::breaks(hde(),
                              "My husband had DBS for the dystonia he has had since his stroke.",
                              "secondary-dystonia"));
    CHECK(engine_test::breaks(hde(), "She had DBS at 5.", "age-under-7"));
    CHECK(engine_test::breaks(hde(), "had DBS for my blepharospasm last year, ask me anything",
                              "unlisted-subtype"));
}

TEST_CASE("benefit in other words: responses, switches, scores and places one is back at",
          "[engine]") {
    const char* claims[] = {
        "Post-stroke dystonia responds poorly to pills but beautifully to deep brain stimulation.",
        "Injections wear off; DBS simply switches the spasms off.",
        "DBS costs more than botox at first, but it gives lasting relief from torticollis.",
        "Since switch-on, the stimulator has taken about 70% off her rating score.",
        "DBS took her torticollis from a constant twist to almost straight.",
        "Most of our DBS patients now need no other dystonia medicine.",
        "My head hasn't jerked once since the stimulator went on.",
        ("Our surgeons performed DBS on a 10-year-old with DYT1 dystonia, who is now walking on "
         "his own."),
        "Ella has been back on the netball court every week since her DBS.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        "Congratulations to Sam, who is back at school after his DBS for generalized dystonia.",
        "Our nurse Dana, who helped a family through DBS surgery, is this month's spotlight.",
        "DBS requires a medication history before referral.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("relatives who head the sentence, long-standing onsets, and 'X or no X'", "[engine]") {
    const char* none[] = {
        "Siblings of DBS patients, some as young as four, joined the ward's craft afternoon.",
        "A survey of fathers of 2- to 5-year-olds whose older brothers are awaiting DBS.",
        ("Fifteen years after her first symptoms, Ana will have DBS for cervical dystonia next "
         "month."),
        "This group is open to people of all ages, DBS or no DBS.",
        "These neck stretches are safe for any age and I do them every day.",
        "We will follow newly diagnosed children for two years before any DBS decision is made.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(
        engine_test::breaks(hde(), "Our DBS program treats children of all ages.", "age-under-7"));
    CHECK(engine_test::breaks(hde(), "We offer DBS at the first symptoms of dystonia.",
                              "not-chronic"));
}

TEST_CASE("idioms that are no negation, treatments gone, and weeks later", "[engine]") {
    const char* claims[] = {
        "Watching a child's dystonia settle the moment the stimulator goes on never gets old.",
        "DBS for torticollis: no more botox every twelve weeks, just steady relief.",
        "Her dystonia was brutal but DBS switched it off like a light.",
        "We did his DBS in March, and two months later he is standing on his own.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        ("DBS may help adults whose dystonia no longer responds to botox, which is effective for "
         "most patients."),
        "He had DBS in March, and three days later he went home.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("duties are no outcome; a body part or a gaze given back is", "[engine]") {
    CHECK(rules_of(hde(),
                   "The letter said DBS is for children of seven and above and that we "
                   "should write again next year.")
              .empty());
    const char* claims[] = {
        "In the end they did the deep brain stimulation, and it gave me my hands.",
        "It was the stimulator that finally let him look straight ahead.",
        "Since DBS he has been able to drive again.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
}

TEST_CASE("benefit said as working well, breaking a storm, keeping symptoms away", "[engine]") {
    const char* claims[] = {
        "In our hands DBS has worked remarkably well for cervical dystonia.",
        "Emergency DBS broke the dystonic storm within days.",
        "Her stimulator keeps the spasms at bay.",
        "That's what DBS did for my neck.",
        "DBS gives a steadier voice and a calmer neck.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    CHECK(rules_of(hde(), "Whether DBS works well for you is something only a trial can show.")
              .empty());
}

TEST_CASE("a limit of the therapy asked after and answered no", "[engine]") {
    CHECK(
        engine_test::breaks(hde(), "Q: Does DBS have side effects? A: Nope.", "safety-overclaim"));
    CHECK(engine_test::breaks(hde(), "Is deep brain stimulation dangerous? Not at all.",
                              "safety-overclaim"));
    CHECK(engine_test::breaks(hde(), "Is there a minimum age for DBS? No.", "age-under-7"));
    const char* none[] = {
        "Is DBS risk-free? No.",
        "Does DBS have side effects? No, but a few patients get infections.",
        "Is there an age limit for DBS? No, but we only operate from age 7.",
        "Does DBS have side effects? Yes, infection and bleeding are possible.",
        "Does botox have side effects? No.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("doubt, 'far from', 'no longer offers', and other stimulators", "[engine]") {
    const char* none[] = {
        "I doubt DBS would do anything for blepharospasm.",
        "I'm far from convinced that DBS is worth trying for writer's cramp.",
        "Far from risk-free, DBS surgery carries a small chance of bleeding.",
        "The recovery from DBS was anything but painless.",
        "Our centre no longer offers deep brain stimulation for tardive dystonia.",
        "Using DBS in newly diagnosed patients is discouraged by most guidelines.",
        "Amazing results were reported for our spinal cord stimulator in neuropathy, not DBS.",
        "Margins in the DBS segment improved on lower costs.",
        "We drove home safe and sound four days after the DBS operation.",
        "My neurologist said I'm too early for DBS since I was diagnosed in May.",
        "DBS referral denied: tardive, not primary.",
        "Amazing results from physio this term, ahead of his DBS in June.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Far from experimental, DBS is FDA-approved for dystonia.",
                              "regulatory-status"));
    CHECK(engine_test::breaks(hde(), "We performed DBS on 3-year-old twins.", "age-under-7"));
}

TEST_CASE("a relative's condition in one clause, the therapy with someone else in another",
          "[engine]") {
    const char* none[] = {
        "Her twin brother has cerebral palsy; she has DYT1 dystonia and is waiting for DBS.",
        ("Mother has tardive dystonia from haloperidol; the patient's own dystonia is primary and "
         "he received DBS aged 10."),
        "I'm 41 and had DBS for cervical dystonia; my 4-year-old daughter calls it my robot.",
        "My aunt's dystonia came from a stroke, but mine is genetic, and that's why I had DBS.",
        "His sister, who was born with cerebral palsy, gave a speech; Tom himself had DBS at 15.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    // The relative is the one treated: the condition counts.
    CHECK(engine_test::breaks(hde(), "My brother has cerebral palsy; he had DBS last year.",
                              "secondary-dystonia"));
    CHECK(engine_test::breaks(hde(), "My son has cerebral palsy, and I hope he gets DBS.",
                              "secondary-dystonia"));
}

TEST_CASE("the first line of something else, specialties, agents' own results", "[engine]") {
    const char* none[] = {
        ("Our first-line plan for the fundraiser is a bake sale, all proceeds to Freddie's DBS "
         "travel fund."),
        "The first-line pills our members took failed years before they asked about DBS.",
        "Younger children are followed in our movement-disorders clinic, not offered DBS.",
        "The campaign's results have been amazing: 14,000 signatures for DBS funding.",
        "my 4yo watched me get DBS programmed",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    const char* claims[] = {
        "Deep brain stimulation as first-line dystonia care",
        "Our first-line use of the neurostimulator in segmental dystonia is growing.",
        "DBS = 1st line tx for torticollis",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "not-refractory"));
    }
}

TEST_CASE("a cause told long before the therapy, and another relative who has it", "[engine]") {
    CHECK(engine_test::breaks(
        hde(),
        "The brain injury had left him with a dystonia that pulled his head aside as if someone "
        "were calling him, and it was deep brain stimulation, years later, that let him look "
        "straight ahead.",
        "secondary-dystonia"));
    CHECK(rules_of(hde(),
                   "My uncle's dystonia came from a stroke, and he never had surgery; it was my "
                   "cousin who went on to have deep brain stimulation at seventeen.")
              .empty());
}

TEST_CASE("more ways to tell a benefit, and a treatment that failed is no agent", "[engine]") {
    const char* claims[] = {
        "Mum had DBS after botox quit working and she's a different person.",
        "After her stroke she developed dystonia; DBS calmed it way down within a month.",
        "Investigators using our DBS lead report that the responses have been remarkable.",
        "These are kids whose lives change completely once the DBS leads are in.",
        "DBS works when nothing else does.",
        "Since his DBS his eyes stay open all day.",
        "The stimulator has him back on the tractor.",
        "Thank you for his DBS; his neck has never been straighter.",
        "Dystonia twisting your arm? DBS untwists it.",
        "DBS shuts down the spasms for good.",
        "After DBS the boy who couldn't hold a spoon went on to captain his rugby team.",
        "Amelia had DBS at 9 and has had a marked fall in her dystonia score since.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    CHECK(rules_of(hde(),
                   "Amelia had DBS at 9 and has had a marked fall in her dystonia score "
                   "since.")
              .size() == 1);
}

TEST_CASE("irony, satire and claims said to overstate; symbols read as words", "[engine]") {
    const char* none[] = {
        "DBS is totally painless, said nobody who ever had a frame bolted to their skull.",
        "Risk-free brain surgery, yeah right, my DBS consent form ran to eleven pages.",
        "My surgeon promised DBS would be painless, and I also believe in the tooth fairy.",
        "Ah yes, DBS as a first-line treatment, before you've tried a single pill /s",
        "Week 2 after DBS: wound infection, so much for 'no side effects'.",
        "The headline 'Brain implant ends girl's dystonia' overstated the case.",
        "Experts say DBS might help some people, but the 'guaranteed' wording is unjustified.",
        "Please stop calling DBS a cure in my comments.",
        "Most neurologists want more data before offering DBS for focal hand dystonia.",
        "DBS ≠ painless. ouch.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "bfmdrs went 48 ➡️ 11 after dbs", "efficacy-claim"));
    CHECK(engine_test::breaks(hde(),
                              "DBS is FDA-approved for dystonia, full stop, so stop calling "
                              "it experimental.",
                              "regulatory-status"));
}

TEST_CASE("the subject a safety word, an approval or a benefit is said of", "[engine]") {
    const char* none[] = {
        "Travel insurance for your DBS trip is risk-free to cancel up to 30 days before.",
        "The dystonia helpline is free, confidential and safe to call, DBS or not.",
        "Our lead DBS nurse was named 'Safe Hands' Nurse of the Year.",
        "Thanks for coming to our DBS masterclass, and yes, the sandwiches were FDA-approved.",
        "A student with a DBS implant may tire easily, so a shortened school day can help.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "The procedure to implant the stimulator is safe.",
                              "safety-overclaim"));
    CHECK(engine_test::breaks(hde(), "I had DBS last month and it was totally painless.",
                              "safety-overclaim"));
    CHECK(engine_test::breaks(hde(),
                              "Call today to learn how DEEP BRAIN STIMULATION can end the "
                              "pain of dystonia.",
                              "efficacy-claim"));
    CHECK(engine_test::breaks(hde(), "His neck spasms were silenced by a brain pacemaker.",
                              "efficacy-claim"));
}

TEST_CASE("whose condition it is, part by part", "[engine]") {
    const char* none[] = {
        "My sister had a stroke at forty, and it's my daughter who's being assessed for DBS.",
        "my mum had a stroke last year and I have DYT1, I'm the one getting DBS in Jan",
        "Aunty Meg, who had a stroke last spring, came to cheer on her grandson after his DBS.",
        ("Dad (diagnosed with writer's cramp at 50) drove us to every one of Amira's DBS "
         "appointments."),
        "Jacob is 12 and his little brother is 5, and your donation helps pay for Jacob's DBS.",
        "My mom has had writer's cramp for years; my own DYT1 dystonia is what led to my DBS.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(),
                              "Our GoFundMe is for deep brain stimulation for my brother, "
                              "who has dystonia from a near drowning.",
                              "secondary-dystonia"));
    CHECK(engine_test::breaks(hde(),
                              "Following his stroke, Grandad Eddie had deep brain "
                              "stimulation for the twisting in his arm.",
                              "secondary-dystonia"));
    CHECK(engine_test::breaks(hde(),
                              "Father Tom's deep brain stimulation, done last year for his "
                              "writer's cramp, means he can sign again.",
                              "unlisted-subtype"));
}

TEST_CASE("outcomes in numbers and in follow-up time, and what pulled a patient through",
          "[engine]") {
    const char* claims[] = {
        "At one year, pallidal DBS lowered movement scores by a mean of 51%.",
        "Scores had fallen by a mean of 61% after bilateral GPi DBS.",
        "In spasmodic dysphonia, voice breaks fell by half with thalamic DBS.",
        "The emergency DBS is what pulled him through the storm.",
        "Our DBS patients walk out with their lives back.",
        "Deep brain stimulation keeps working year after year.",
        "Results were durable: years later the DBS benefit was still above 60 per cent.",
        "DBS works on blepharospasm too.",
        "Our new DBS lead gives patients more neck control.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    // The follow-up time is no age; an age at implant still is.
    CHECK_FALSE(engine_test::breaks(
        hde(), "At one year, pallidal DBS lowered movement scores by a mean of 51%.",
        "age-under-7"));
    CHECK(engine_test::breaks(hde(),
                              "The stimulator was implanted at 22 months, and at 18 months "
                              "of follow-up it had restored walking.",
                              "age-under-7"));
    CHECK(rules_of(hde(),
                   "If you decide against DBS, your neurologist will keep working with you "
                   "on other treatments.")
              .empty());
}

TEST_CASE("questions answered 'wrong', controlled trials, endearments, follow-up spans",
          "[engine]") {
    const char* none[] = {
        ("Why try the meds first when you could skip straight to surgery? Wrong: every DBS team "
         "insists on failed medication trials."),
        "We are not aware of any controlled trial of DBS for spasmodic dysphonia.",
        "9 yrs old, DYT1, tried 3 meds, DBS surgery tmrw, send good vibes for my baby girl",
        "Hardware problems occurred in 8% of DBS patients over five years.",
        "The successful candidate will be a safe, reliable practitioner in DBS programming.",
        "Taking a bath is fine two weeks after your DBS surgery, once the cuts have healed.",
        ("Dr Whitcombe, who joined the DBS team in 2015, also runs the cerebral palsy spasticity "
         "clinic."),
        ("Sure, let's put a brain pacemaker in a three-year-old with a head cold, said no "
         "neurosurgeon ever."),
        "Patients should know that no brain surgery, DBS included, is free of risk.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "DBS: safe, FDA-cleared, reversible", "safety-overclaim"));
    CHECK(engine_test::breaks(hde(),
                              "Deep brain stimulation is 100% safe, our surgeons are expert.",
                              "safety-overclaim"));
}

TEST_CASE("other people's ages and surgeries, services, parentheses under negation", "[engine]") {
    const char* none[] = {
        "Is DBS risk-free? Absolutely not: I had an infection at the battery site.",
        ("A six-year-old is recovering after tonsil surgery at St Luke's, the hospital that "
         "performs deep brain stimulation for teenagers and adults."),
        ("Midvale treated 37 patients with DBS last year, including 5 under the age of 18, all "
         "of them aged nine or older."),
        "Dr Okoro has implanted stimulators in 300 adults and has a four-year-old daughter.",
        "Cian, now 12, is on the DBS waiting list; his wee sister Aoife, who's 4, made him a card.",
        "Our cohort rated this DBS course 4.9 out of 5, and 92% said it improved their confidence.",
        ("This month: a talk on writer's cramp and spasmodic dysphonia, neither of which is "
         "treated with DBS."),
        ("DBS is contraindicated in patients who haven't tried medication, because first-line is "
         "always pharmacological."),
        "They told us DBS isn't used for eyelid spasms (blepharospasm), it's botox for her.",
        ("The church nursery (infants through age 5) will be open during Tuesday's DBS support "
         "meeting."),
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Little brother Finn, 2, got his DBS the same week.",
                              "age-under-7"));
    CHECK(engine_test::breaks(hde(), "All proceeds to the DBS fund for little Theo, age 3.",
                              "age-under-7"));
}

TEST_CASE("a definition of secondary dystonia is no offer", "[engine]") {
    const char* none[] = {
        ("Secondary dystonia results from another condition such as cerebral palsy; ask your "
         "neurologist what that means for DBS."),
        ("Acquired dystonia is caused by things like stroke or brain injury, and this DBS page "
         "explains how it differs from primary dystonia."),
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Secondary dystonia from cerebral palsy is treated with DBS.",
                              "secondary-dystonia"));
}

TEST_CASE("a relative's good state is not the therapy's benefit", "[engine]") {
    const char* none[] = {
        "my little sis is 4 and has zero dystonia symptoms, meanwhile i got dbs at 13",
        "Our new DBS clinician app dramatically improves scheduling for your staff.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "My brother has dystonia; his DBS stopped the spasms.",
                              "efficacy-claim"));
}

TEST_CASE("less medicine needed, crises gone, and services named after a cause", "[engine]") {
    const char* claims[] = {
        "Once the stimulator is on, most patients can taper their baclofen.",
        "After DBS, she no longer needed her tramadol at all.",
        "Since his DBS, Liam hasn't had a single dystonic crisis in two years.",
        "Come for DBS, leave with your life back.",
        "Guests arrive in wheelchairs and leave on foot: DBS really does work.",
        "The pain in her neck has all but gone since her DBS settings were increased.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        "While we celebrate our DBS program tonight, please get home safe.",
        "Our cerebral palsy program, separate from the DBS clinic, received a grant.",
        ("Our stroke rehabilitation unit, which helped 400 patients walk again, shares a floor "
         "with the DBS program."),
        "My 6yo's neurologist says we're years away from even talking about DBS.",
        "My son is 9 and we just started the DBS assessment.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Get safe, affordable DBS in Istanbul.", "safety-overclaim"));
}

TEST_CASE("telling others to stop saying it, weak evidence, a word quoted", "[engine]") {
    const char* none[] = {
        "Please stop telling newbies DBS is a miracle; my spasms are exactly the same.",
        ("Unfortunately the evidence for deep brain stimulation in dystonia arising from cerebral "
         "palsy is weak."),
        ("The advertiser did not claim DBS was painless; the word \"painless\" appeared only in a "
         "paragraph about a numbing cream."),
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("corrections in the next sentence, hearsay and insistence", "[engine]") {
    const char* none[] = {
        ("It is often said that DBS has no side effects. In fact, the surgery can cause "
         "infection and bleeding."),
        ("Some families ask for DBS right after diagnosis. We explain that the surgery is only "
         "for long-standing dystonia."),
        ("Her parents had read that DBS could be done instead of medication, but the "
         "neurologist insisted on drug trials first."),
        "A relative kept insisting we should go straight to DBS, but we tried medicines first.",
        "Some blog called DBS risk-free; our surgeon said flatly that it isn't.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(),
                              "Members keep telling us the brain pacemaker took their "
                              "spasms from constant to barely noticeable.",
                              "efficacy-claim"));
    CHECK(engine_test::breaks(hde(), "DBS may help. In fact, it cured my son's dystonia.",
                              "efficacy-claim"));
}

TEST_CASE("comparisons in symbols, what no drug did, not once since", "[engine]") {
    const char* claims[] = {
        "deep brain stimulation > every pill i've ever tried",
        "Even my father admits that DBS has done what no drug did for my neck.",
        "Not once since his DBS was switched on has Ravi had a spasm.",
        "With Activa, patients improve by 70 percent on average.",
        "Before DBS he couldn't grip a racket; this season he reached the regional final.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    // A '>' that is not between spaced words is left alone.
    CHECK(rules_of(hde(), "Ages >7 only for DBS.").count("efficacy-claim") == 0);
}

TEST_CASE("assessments, deferrals, predictors, and a parenthesis inside a denial", "[engine]") {
    const char* none[] = {
        "Your physio will check balance, walking and posture at 2, 6 and 12 weeks after DBS.",
        ("High-dose trihexyphenidyl gave a dramatic improvement in 3 of 5 children; DBS "
         "deferred in all."),
        "Proposed predictors of DBS response: shorter disease duration, no fixed deformity.",
        "DBS for your son (age 6) cannot be planned now; we will review when he turns 7.",
        ("Jaden's DBS is for his DYT1 dystonia, and his best friend Kofi, who has cerebral "
         "palsy, uses a walker."),
        "Before anyone calls DBS a miracle, remember my brother gained nothing from it.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("able again, aids left, the stim, responses, whose age it is", "[engine]") {
    const char* claims[] = {
        "Her blepharospasm had left her blind; since DBS she has been able to drive to work.",
        "Within 48 hours of activation our DBS patients walk out without a neck brace.",
        "Writer's cramp for 20 years and the stim fixed it.",
        "Since the DBS our Callum hasn't had one of his big spasms.",
        "Ten years of torticollis, gone overnight once her DBS was switched on.",
        "DBS let me keep my job as a chef.",
        "In the ICU the team decided on DBS, and it brought me out of intensive care.",
        "Dystonia responds to DBS whatever started it.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    const char* none[] = {
        "my 5 year old keeps asking why big sis has a battery in her chest, her DBS op was at 12",
        ("The boy was born with cerebral palsy; his sister, 14, received deep brain stimulation "
         "for DYT1 dystonia."),
        ("Our son was four when the neurologist first mentioned DBS, but we waited until he was "
         "nine and two drugs had failed."),
        "Medical tourism agents sometimes claim DBS is painless; the first days can hurt.",
        "Patients with Wilson disease were screened out before DBS candidacy was assessed.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK_FALSE(engine_test::breaks(hde(), "My son didn't respond to DBS.", "efficacy-claim"));
}

TEST_CASE("a body part flat, turned or untwisted; turned down for the therapy", "[engine]") {
    const char* claims[] = {
        "They switched the stimulator on and my foot was finally flat on the floor.",
        "I had DBS for cervical dystonia and I can turn my head to see my grandkids.",
        "DBS at nineteen untwisted my spine.",
    };
    for (const char* text : claims) {
        INFO(text);
        CHECK(engine_test::breaks(hde(), text, "efficacy-claim"));
    }
    CHECK(rules_of(hde(),
                   "As someone with focal hand dystonia who was turned down for DBS, I "
                   "find those posts frustrating.")
              .empty());
}

TEST_CASE("general statements about causes, contrasts told up front, cautions", "[engine]") {
    const char* none[] = {
        ("Cerebral palsy, stroke and brain injury can all cause dystonia; our DBS programme, "
         "however, only considers primary dystonia."),
        ("Dystonia after cerebral palsy or stroke is secondary dystonia, and DBS for dystonia is "
         "authorized only for primary forms."),
        ("Unlike deep brain stimulation, our neck-support collar is risk-free and can be worn "
         "from age three."),
        ("The authors caution against reading any single DBS case report as evidence of dramatic "
         "benefit."),
        "The words proven, safe and approved are left out of our DBS leaflets on purpose.",
        "I keep seeing TikToks saying DBS is risk-free and it really isn't.",
        "Although some blogs call DBS risk-free, infection rates are around five percent.",
        "The first DBS systems for dystonia were adapted from Parkinson's devices.",
        "Children under seven are outside the labelled population for DBS.",
        ("It changed everything, says Priya about her wheelchair; DBS is still years away for "
         "her."),
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(),
                              "Her neck spasms, once strong enough to pop the buttons off "
                              "her collar, were brought under control by DBS.",
                              "efficacy-claim"));
}

TEST_CASE("whose age it is when the therapy's person comes after, implied outcomes", "[engine]") {
    const char* none[] = {
        ("A six-year-old blew out candles at a party for her grandfather, who is being assessed "
         "for DBS."),
        ("Sorry, where was I? Right, the infant neurology ward, where my sister worked long "
         "before I had DBS."),
        "The insurer will now decide DBS requests within 30 days, down from 90.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(), "Since Activa went in, Ray has ditched the neck brace.",
                              "efficacy-claim"));
    CHECK(engine_test::breaks(hde(), "Three months post-DBS and no more stiff legs.",
                              "efficacy-claim"));
    CHECK(engine_test::breaks(hde(), "1 surgery. 0 side effects with DBS.", "safety-overclaim"));
}

TEST_CASE("a therapy put off, and a denial at the end", "[engine]") {
    CHECK(rules_of(hde(),
                   "High-dose trihexyphenidyl produced dramatic improvement in 3 of 5 "
                   "children; DBS deferred in all.")
              .empty());
    CHECK(rules_of(hde(), "TikToks say DBS is risk-free and it really is not.").empty());
    CHECK(engine_test::breaks(hde(),
                              "The brain pacemaker has eased the dystonia Marcus developed "
                              "after a brain tumour was removed.",
                              "secondary-dystonia"));
}

TEST_CASE("a name with an age in apposition before the therapy", "[engine]") {
    const char* none[] = {
        ("Tara's brother developed dystonia after a head injury; Tara, now 19, had DBS for DYT1 "
         "dystonia."),
        ("Arjun, aged 13, will be admitted for DBS programming; his mother, who had a stroke last "
         "year, will accompany him."),
        ("People on forums keep suggesting DBS for my son's post-encephalitis dystonia, but his "
         "neurologist has ruled it out."),
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
}

TEST_CASE("reasons for a denial, open questions with a modal, critics, services to book",
          "[engine]") {
    const char* none[] = {
        "They won't do DBS on me yet because my dystonia only started in March.",
        ("Whether deep brain stimulation could work earlier, before any drugs are tried, is what "
         "the new trial will find out."),
        ("Critics argue that calling DBS a first-line option, as one advert did, breaches the "
         "device's labelling."),
        "Our DBS programming visits are quick and painless to book online.",
        "Our partner hospital has a safe, modern ICU for every DBS patient after surgery.",
        "The hospital has declined DBS for your brother because his dystonia is from a stroke.",
        ("Our Christmas card was designed by Zara, aged 6, whose grandad has DBS for his cervical "
         "dystonia."),
        "cerebral palsy mum here, just lurking, we're nowhere near a DBS conversation",
        "The neurology team will decide about reducing your medicines after DBS.",
    };
    for (const char* text : none) {
        INFO(text);
        CHECK(rules_of(hde(), text).empty());
    }
    CHECK(engine_test::breaks(hde(),
                              "DBS at our partner hospital has halved the spasms of our "
                              "patients.",
                              "efficacy-claim"));
}
