// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "records_helpers.hpp"

using namespace dbslabel;
using dbslabel::detail::record_format;
using dbslabel::test::read_string;

namespace {

const char* const bundle = R"({
  "resourceType": "Bundle", "type": "collection",
  "entry": [
    {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Condition", "id": "c1",
      "subject": {"reference": "urn:uuid:p1"},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G24.3"}]},
      "onsetDateTime": "2019-05-01T08:00:00Z"}},
    {"fullUrl": "urn:uuid:p1", "resource": {"resourceType": "Patient", "id": "A",
      "birthDate": "2010-04"}},
    {"resource": {"resourceType": "Condition", "id": "c2",
      "subject": {"reference": "Patient/A"},
      "verificationStatus": {"coding": [{"code": "refuted"}]},
      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G80.9"}]}}},
    {"resource": {"resourceType": "Condition", "id": "c3",
      "subject": {"reference": "Patient/A"},
      "code": {"coding": [{"system": "http://snomed.info/sct", "code": "15802004"}]},
      "onsetDateTime": "2018"}},
    {"resource": {"resourceType": "MedicationStatement", "id": "m1", "status": "stopped",
      "statusReason": [{"text": "ineffective"}], "subject": {"reference": "Patient/A"},
      "medicationCodeableConcept": {"coding": [{"system":
        "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "10811"}]}}},
    {"resource": {"resourceType": "MedicationRequest", "id": "m2", "status": "entered-in-error",
      "subject": {"reference": "Patient/A"}, "medicationCodeableConcept": {"text": "x"}}},
    {"resource": {"resourceType": "MedicationRequest", "id": "m3", "status": "active",
      "subject": {"reference": "Patient/B"}, "medicationCodeableConcept": {"text": "baclofen"}}},
    {"resource": {"resourceType": "Procedure", "id": "x1", "status": "completed",
      "subject": {"reference": "Patient/A"}, "performedDateTime": "2024-09-15T10:00:00+02:00"}},
    {"resource": {"resourceType": "Patient", "id": "B"}},
    {"resource": {"resourceType": "Patient", "id": "C", "birthDate": "2019-02-30"}},
    {"resource": {"resourceType": "Condition", "id": "c9",
      "subject": {"reference": "Patient/nobody"}}}
  ]})";

}  // namespace

TEST_CASE("FHIR: a Bundle maps onto patients", "[records][fhir]") {
    const auto r = read_string(bundle, record_format::fhir);
    CHECK(r.read == 3);
    REQUIRE(r.records.size() == 2);
    const patient& a = r.records[0].p;
    CHECK(r.records[0].line == 0);
    CHECK(a.id == "A");
    CHECK(a.birth_date == partial_date{2010, 4, 0});
    // G24.3 linked by fullUrl, SNOMED dystonia by Patient/A; the refuted G80.9 is ignored.
    CHECK(a.diagnosis_codes ==
          std::vector<code>{{code_system::icd10cm, "G24.3"}, {code_system::snomed, "15802004"}});
    CHECK(a.onset_date == partial_date{2018, 0, 0});  // the earliest dystonia onset
    REQUIRE(a.medications.size() == 1);
    CHECK(a.medications[0].failed);
    CHECK(a.medications[0].name == "rxnorm:10811");
    CHECK(a.reference_date == date{2024, 9, 15});
    const patient& b = r.records[1].p;
    REQUIRE(b.medications.size() == 1);
    CHECK_FALSE(b.medications[0].failed);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "Patient/C: birthDate '2019-02-30' is not a date");
    CHECK(r.notes.size() == 1);  // the Condition for Patient/nobody

    const assessment ja = assess(a, builtin_profile(), dbslabel::test::as_of);
    CHECK(ja.result == verdict::within);
    const assessment jb = assess(b, builtin_profile(), dbslabel::test::as_of);
    CHECK(jb[criterion::refractory].status == criterion_status::not_met);
    CHECK(jb[criterion::diagnosis].status == criterion_status::unknown);
}

TEST_CASE("FHIR: a single Patient, and inputs that are no FHIR", "[records][fhir]") {
    const auto one = read_string(R"({"resourceType": "Patient", "id": "S", "birthDate": "1990"})",
                                 record_format::fhir);
    REQUIRE(one.records.size() == 1);
    CHECK(one.records[0].p.birth_date == partial_date{1990, 0, 0});
    for (const char* bad :
         {"{not json", "[1]", R"({"id": "x"})", R"({"resourceType": "Condition", "id": "c"})",
          R"({"resourceType": "Patient"})"}) {
        INFO(bad);
        const auto r = read_string(bad, record_format::fhir);
        CHECK(r.read == 1);
        CHECK(r.errors.size() == 1);
        CHECK(r.records.empty());
    }
}
