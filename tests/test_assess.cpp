// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include <dbslabel/assessment.hpp>

#include "records_helpers.hpp"

using namespace dbslabel;
using dbslabel::test::as_of;
using dbslabel::test::within_patient;
using S = criterion_status;

namespace {

assessment judge(const patient& p, const profile& prof = builtin_profile()) {
    return assess(p, prof, as_of);
}

S status(const patient& p, criterion c, const profile& prof = builtin_profile()) {
    return judge(p, prof)[c].status;
}

}  // namespace

TEST_CASE("the baseline patient is within", "[assess]") {
    const assessment a = judge(within_patient());
    CHECK(a.result == verdict::within);
    for (const criterion_result& c : a.criteria) {
        INFO(to_string(c.name));
        CHECK(c.status == S::met);
        CHECK(c.clause == clause_of(c.name));
    }
    CHECK(a[criterion::diagnosis].evidence == "G24.1");
    CHECK(a[criterion::age].evidence == "age 16 on 2026-06-01 (born 2010-03-14)");
    CHECK(a.reference_date == as_of);
}

TEST_CASE("diagnosis: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    p.diagnosis_codes = {parse_code("snomed:15802004")};
    CHECK(status(p, criterion::diagnosis) == S::met);
    p.diagnosis_codes = {parse_code("G25.0"), parse_code("F32.9")};
    CHECK(status(p, criterion::diagnosis) == S::not_met);
    CHECK(judge(p).result == verdict::outside);
    p.diagnosis_codes.clear();
    CHECK(status(p, criterion::diagnosis) == S::unknown);
    // Etiology and distribution alone are not a diagnosis.
    CHECK(judge(p).result == verdict::insufficient);
}

TEST_CASE("age: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    p.birth_date = partial_date{2019, 6, 1};  // 7 on the as-of date
    CHECK(status(p, criterion::age) == S::met);
    p.birth_date = partial_date{2019, 6, 2};  // 7 the day after
    CHECK(status(p, criterion::age) == S::not_met);
    p.birth_date.reset();
    CHECK(status(p, criterion::age) == S::unknown);
    p.age_years = 6.5;  // fractional ages count as they are
    CHECK(status(p, criterion::age) == S::not_met);
    p.age_years = 7.0;
    CHECK(status(p, criterion::age) == S::met);
}

TEST_CASE("age: leap-day births and partial birth dates", "[assess][dates]") {
    patient p = within_patient();
    p.birth_date = partial_date{2016, 2, 29};
    p.reference_date = date{2023, 2, 28};
    CHECK(status(p, criterion::age) == S::not_met);
    p.reference_date = date{2023, 3, 1};
    CHECK(status(p, criterion::age) == S::met);
    p.reference_date.reset();
    // Straddling the 7th birthday on 2026-06-01: born 2019 could be 6 or 7.
    p.birth_date = partial_date{2019, 0, 0};
    CHECK(status(p, criterion::age) == S::unknown);
    CHECK(judge(p)[criterion::age].evidence == "age 6 or 7 on 2026-06-01 (born 2019)");
    p.birth_date = partial_date{2019, 5, 0};  // 7 whichever day in May
    CHECK(status(p, criterion::age) == S::met);
    p.birth_date = partial_date{2019, 6, 0};  // 1 June: 7; 2-30 June: 6
    CHECK(status(p, criterion::age) == S::unknown);
    p.birth_date = partial_date{2019, 7, 0};
    CHECK(status(p, criterion::age) == S::not_met);
    p.birth_date = partial_date{2018, 0, 0};
    CHECK(status(p, criterion::age) == S::met);
    p.birth_date = partial_date{2020, 0, 0};
    CHECK(status(p, criterion::age) == S::not_met);
}

TEST_CASE("age: per-subtype minimum ages of the profile", "[assess]") {
    const profile pma = builtin_profile("dystonia-pma");  // 18; generalized from 12
    patient p = within_patient();
    p.birth_date = partial_date{2012, 1, 1};  // 14
    p.distribution = distribution_kind::generalized;
    CHECK(status(p, criterion::age, pma) == S::met);
    p.distribution = distribution_kind::cervical;
    p.diagnosis_codes = {parse_code("G24.3")};
    CHECK(status(p, criterion::age, pma) == S::not_met);
    CHECK(status(p, criterion::age) == S::met);  // HDE: 7 for every subtype
    // Subtype unknown: 14 is enough for generalized but not for the others.
    p.distribution = distribution_kind::absent;
    p.diagnosis_codes = {parse_code("G24.1")};
    CHECK(status(p, criterion::age, pma) == S::unknown);
    p.birth_date = partial_date{2000, 1, 1};
    CHECK(status(p, criterion::age, pma) == S::met);
    p.birth_date = partial_date{2016, 1, 1};  // 10: under every minimum
    CHECK(status(p, criterion::age, pma) == S::not_met);
    // PMA does not list hemidystonia.
    p = within_patient();
    p.distribution = distribution_kind::hemidystonia;
    CHECK(status(p, criterion::subtype, pma) == S::not_met);
    CHECK(status(p, criterion::subtype) == S::met);
}

TEST_CASE("primary: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    p.etiology = etiology_kind::absent;
    CHECK(status(p, criterion::primary) == S::met);  // G24.1
    p.diagnosis_codes = {parse_code("G24.9")};
    CHECK(status(p, criterion::primary) == S::unknown);
    p.etiology = etiology_kind::unknown;
    CHECK(status(p, criterion::primary) == S::unknown);
    p.etiology = etiology_kind::primary;
    CHECK(status(p, criterion::primary) == S::met);
    p.etiology = etiology_kind::secondary;
    CHECK(status(p, criterion::primary) == S::not_met);
    for (const char* cause :
         {"G24.02", "G24.09", "G80.3", "I69.398", "E83.01", "snomed:128188000"}) {
        INFO(cause);
        p.etiology = etiology_kind::absent;
        p.diagnosis_codes = {parse_code("G24.1"), parse_code(cause)};
        CHECK(status(p, criterion::primary) == S::not_met);
        CHECK(status(p, criterion::consistency) == S::met);  // codes are not compared
        p.etiology = etiology_kind::primary;
        CHECK(status(p, criterion::consistency) == S::not_met);
    }
    p.etiology = etiology_kind::absent;
    p.diagnosis_codes = {parse_code("G24.8"), parse_code("G800")};  // G80.0 written without dot
    CHECK(status(p, criterion::primary) == S::not_met);
}

TEST_CASE("subtype: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    for (auto d : {distribution_kind::generalized, distribution_kind::segmental,
                   distribution_kind::hemidystonia, distribution_kind::cervical}) {
        p.distribution = d;
        CHECK(status(p, criterion::subtype) == S::met);
    }
    p.distribution = distribution_kind::focal;
    p.focal_site = "neck";
    CHECK(status(p, criterion::subtype) == S::met);
    p.focal_site = "eyelids";
    CHECK(status(p, criterion::subtype) == S::not_met);
    p.distribution = distribution_kind::multifocal;
    CHECK(status(p, criterion::subtype) == S::not_met);
    p.distribution = distribution_kind::absent;
    CHECK(status(p, criterion::subtype) == S::unknown);  // G24.1 says nothing of it
    p.diagnosis_codes = {parse_code("G24.9")};
    CHECK(status(p, criterion::subtype) == S::unknown);
    p.diagnosis_codes = {parse_code("G24.8")};
    CHECK(status(p, criterion::subtype) == S::unknown);
    for (const char* focal : {"G24.4", "G24.5", "G25.89"}) {
        p.diagnosis_codes = {parse_code("G24.8"), parse_code(focal)};
        CHECK(status(p, criterion::subtype) == S::not_met);
    }
    p.diagnosis_codes = {parse_code("G24.3"), parse_code("G24.5")};  // any listed one is enough
    CHECK(status(p, criterion::subtype) == S::met);
}

TEST_CASE("chronic: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    p.onset_date = partial_date{2025, 12, 1};  // exactly 6 months
    CHECK(status(p, criterion::chronic) == S::met);
    p.onset_date = partial_date{2025, 12, 2};
    CHECK(status(p, criterion::chronic) == S::not_met);
    p.onset_date = partial_date{2025, 11, 0};
    CHECK(status(p, criterion::chronic) == S::met);
    p.onset_date = partial_date{2025, 12, 0};  // 1 Dec is 6 months, 2-31 Dec less
    CHECK(status(p, criterion::chronic) == S::unknown);
    p.onset_date = partial_date{2026, 1, 0};
    CHECK(status(p, criterion::chronic) == S::not_met);
    p.onset_date.reset();
    CHECK(status(p, criterion::chronic) == S::unknown);
    p.duration_months = 6;
    CHECK(status(p, criterion::chronic) == S::met);
    p.duration_months = 5.5;
    CHECK(status(p, criterion::chronic) == S::not_met);
    profile twelve = builtin_profile();
    twelve.chronic_months = 12;
    p.duration_months = 8;
    CHECK(status(p, criterion::chronic, twelve) == S::not_met);
}

TEST_CASE("refractory: met, not_met, unknown", "[assess]") {
    patient p = within_patient();
    CHECK(judge(p)[criterion::refractory].evidence == "1 failed trial (trihexyphenidyl)");
    p.medications = {{"rxnorm:10811", true, ""}};
    CHECK(judge(p)[criterion::refractory].evidence ==
          "1 failed trial (rxnorm:10811 (trihexyphenidyl))");
    p.medications.clear();
    CHECK(status(p, criterion::refractory) == S::unknown);
    p.drug_refractory = answer::yes;
    CHECK(status(p, criterion::refractory) == S::met);
    p.drug_refractory = answer::no;
    CHECK(status(p, criterion::refractory) == S::not_met);
    p.drug_refractory = answer::unknown;
    CHECK(status(p, criterion::refractory) == S::unknown);
    p.medications = {{"trihexyphenidyl", false, ""}};  // history given, nothing failed
    CHECK(status(p, criterion::refractory) == S::not_met);
    profile two = builtin_profile();
    two.failed_trials = 2;
    p.medications = {{"a", true, ""}, {"b", true, ""}};
    CHECK(status(p, criterion::refractory, two) == S::met);
    p.medications.pop_back();
    CHECK(status(p, criterion::refractory, two) == S::unknown);
}

TEST_CASE("consistency: met and not_met", "[assess][dates]") {
    patient p = within_patient();
    p.age_years = 16;  // agrees with 2010-03-14
    CHECK(status(p, criterion::consistency) == S::met);
    p.age_years = 15;
    CHECK(status(p, criterion::consistency) == S::not_met);
    p.age_years = 16.9;
    CHECK(status(p, criterion::consistency) == S::met);
    // With a partial birth date the stated age must be one it allows.
    p.birth_date = partial_date{2019, 0, 0};
    p.onset_date = partial_date{2023, 1, 0};
    p.age_years = 7;
    CHECK(status(p, criterion::consistency) == S::met);
    p.age_years = 8;
    CHECK(status(p, criterion::consistency) == S::not_met);
    p = within_patient();
    p.onset_date = partial_date{2009, 12, 0};  // before birth
    CHECK(status(p, criterion::consistency) == S::not_met);
    p.onset_date = partial_date{2010, 0, 0};  // may be after birth
    CHECK(status(p, criterion::consistency) == S::met);
    p.onset_date = partial_date{2026, 7, 1};  // after the reference date
    CHECK(status(p, criterion::consistency) == S::not_met);
    CHECK(status(p, criterion::chronic) == S::not_met);
    p = within_patient();
    p.birth_date = partial_date{2026, 9, 1};  // born after the reference date
    CHECK(status(p, criterion::consistency) == S::not_met);
    CHECK(status(p, criterion::age) == S::not_met);
    // A reference date after the as-of date is fine.
    p = within_patient();
    p.reference_date = date{2027, 1, 1};
    CHECK(judge(p).result == verdict::within);
    CHECK(judge(p).reference_date == date{2027, 1, 1});
}

TEST_CASE("odd data never throws and is never used", "[assess]") {
    patient p = within_patient();
    p.birth_date = partial_date{2019, 2, 30};
    p.onset_date = partial_date{-5, 14, 0};
    p.age_years = std::numeric_limits<double>::quiet_NaN();
    p.duration_months = -3;
    p.reference_date = date{2024, 13, 1};
    p.diagnosis_codes.push_back(code{code_system::other, ""});
    const assessment a = judge(p);
    CHECK(a[criterion::consistency].status == S::not_met);
    CHECK(a[criterion::age].status == S::unknown);
    CHECK(a.result == verdict::outside);
    CHECK(assess(within_patient(), builtin_profile(), date{}).result == verdict::insufficient);
    const profile prof = builtin_profile();
    STATIC_REQUIRE(noexcept(assess(p, prof, as_of)));
}

TEST_CASE("the vocabulary classifies codes", "[vocabulary]") {
    CHECK(lookup_code(parse_code("G24.02"))->code == "G24.0");
    CHECK((code_roles(parse_code("G24.02")) & role_secondary_cause) != 0);
    CHECK((code_roles(parse_code("G24.3")) & role_listed_subtype) != 0);
    CHECK(lookup_code(parse_code("G24.3"))->subtype == "cervical");
    CHECK(code_roles(parse_code("G800")) == role_secondary_cause);
    CHECK(lookup_code(parse_code("G8")) == nullptr);
    CHECK(lookup_code(parse_code("I6")) == nullptr);
    CHECK(code_roles(parse_code("G25.0")) == 0);
    CHECK(code_roles(parse_code("G25.89")) == role_unlisted_subtype);
    CHECK(code_roles(parse_code("snomed:15802004")) == role_dystonia);
    CHECK(code_roles(parse_code("15802004")) == 0);  // a bare code is ICD-10-CM
    CHECK(lookup_code(parse_code("rxnorm:1292"))->label == "baclofen");
}
