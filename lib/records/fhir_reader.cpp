// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// FHIR R4: a Bundle (any type) or a single resource. One Patient is one record. Conditions,
// MedicationStatements, MedicationRequests and Procedures join their Patient through
// `subject` (or `patient`) references, `Patient/<id>` or the Patient entry's fullUrl, in any
// order in the Bundle. The document is parsed whole: its resources refer to each other.
#include <istream>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include <dbslabel/vocabulary.hpp>

#include "records/record_readers.hpp"

namespace dbslabel::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

std::string_view str(element e, std::string_view key) {
    std::string_view s;
    if (e.is_object() && e[key].get_string().get(s) == simdjson::SUCCESS) return s;
    return {};
}

// The date part of a FHIR date or dateTime ("2019-05-01T10:00:00Z" -> "2019-05-01").
std::string_view date_part(std::string_view s) {
    const std::size_t t = s.find('T');
    return t == std::string_view::npos ? s : s.substr(0, t);
}

code_system system_of(std::string_view uri) {
    if (uri == "http://hl7.org/fhir/sid/icd-10-cm" || uri == "http://hl7.org/fhir/sid/icd-10")
        return code_system::icd10cm;
    if (uri == "http://snomed.info/sct") return code_system::snomed;
    if (uri == "http://www.nlm.nih.gov/research/umls/rxnorm") return code_system::rxnorm;
    return code_system::other;
}

// The codes of a CodeableConcept.
std::vector<code> codes_of(element cc) {
    std::vector<code> out;
    array codings;
    if (!cc.is_object() || cc["coding"].get_array().get(codings)) return out;
    for (element coding : codings) {
        std::string_view value = str(coding, "code");
        if (trim(value).empty()) continue;
        const code_system sys = system_of(str(coding, "system"));
        if (sys == code_system::other) {
            std::string_view system = str(coding, "system");
            out.push_back({code_system::other, std::string(system.empty() ? "" : system) +
                                                   (system.empty() ? "" : "|") +
                                                   std::string(trim(value))});
        } else {
            code c = parse_code(std::string(to_string(sys)) + ':' + std::string(value));
            out.push_back(std::move(c));
        }
    }
    return out;
}

// The first code of a CodeableConcept (or array of them) in `element`, for verification and
// clinical statuses.
std::string_view first_code(element cc) {
    array codings;
    if (cc.is_object() && !cc["coding"].get_array().get(codings))
        for (element coding : codings)
            if (std::string_view c = str(coding, "code"); !c.empty()) return c;
    return {};
}

// What a CodeableConcept (or an array of them) says in words: its text, else a display;
// "" when it has only codes.
std::string words_of(element cc) {
    array items;
    if (!cc.get_array().get(items)) {
        std::string all;
        for (element c : items) {
            const std::string w = words_of(c);
            if (w.empty()) continue;
            if (!all.empty()) all += "; ";
            all += w;
        }
        return all;
    }
    if (!cc.is_object()) return {};
    if (std::string_view t = str(cc, "text"); !t.empty()) return std::string(t);
    array codings;
    if (!cc["coding"].get_array().get(codings))
        for (element coding : codings) {
            if (std::string_view d = str(coding, "display"); !d.empty()) return std::string(d);
        }
    return {};
}

struct slot {
    patient p;
    std::string error;
};

class fhir_reader {
  public:
    fhir_reader(std::string_view path, record_sink& sink) : path_(path), sink_(sink) {}

    std::size_t read(std::istream& in) {
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        simdjson::padded_string json(text);
        text.clear();
        text.shrink_to_fit();
        simdjson::dom::parser parser;
        element root;
        if (const auto error = parser.parse(json).get(root)) {
            return fail(std::string("not JSON: ") + simdjson::error_message(error));
        }
        if (!root.is_object() || str(root, "resourceType").empty())
            return fail("not a FHIR resource (no resourceType)");

        std::vector<std::pair<std::string_view, element>> resources;  // (fullUrl, resource)
        if (str(root, "resourceType") == "Bundle") {
            array entries;
            if (!root["entry"].get_array().get(entries))
                for (element entry : entries) {
                    element resource;
                    if (entry.is_object() && !entry["resource"].get(resource) &&
                        resource.is_object())
                        resources.emplace_back(str(entry, "fullUrl"), resource);
                }
        } else {
            resources.emplace_back(std::string_view{}, root);
        }

        for (const auto& [full_url, r] : resources)
            if (str(r, "resourceType") == "Patient") add_patient(full_url, r);
        if (slots_.empty()) return fail("no Patient resource: nothing to judge");
        for (const auto& [full_url, r] : resources) {
            const std::string_view type = str(r, "resourceType");
            if (type == "Condition")
                add_condition(r);
            else if (type == "MedicationStatement" || type == "MedicationRequest")
                add_medication(r, type);
            else if (type == "Procedure")
                add_procedure(r);
        }
        for (slot& s : slots_) {
            if (s.error.empty())
                sink_.on_record(s.p, 0);
            else
                sink_.on_error({std::string(path_), 0, s.error});
        }
        return slots_.size();
    }

  private:
    std::size_t fail(std::string message) {
        sink_.on_error({std::string(path_), 0, std::move(message)});
        return 1;
    }

    void add_patient(std::string_view full_url, element r) {
        slot s;
        s.p.id = std::string(trim(str(r, "id")));
        if (s.p.id.empty()) {
            s.error = "a Patient without an id";
            if (!full_url.empty()) s.error += " (" + std::string(full_url) + ")";
        }
        if (std::string_view birth = str(r, "birthDate"); !birth.empty()) {
            partial_date d;
            if (parse_partial_date(trim(birth), d))
                s.p.birth_date = d;
            else if (s.error.empty())
                s.error =
                    "Patient/" + s.p.id + ": birthDate '" + std::string(birth) + "' is not a date";
        }
        const std::size_t index = slots_.size();
        if (!s.p.id.empty()) {
            const std::string key = "Patient/" + s.p.id;
            if (!by_ref_.emplace(key, index).second)
                sink_.on_note({std::string(path_), 0,
                               "Patient id '" + s.p.id + "' repeats; references go to the first"});
        }
        if (!full_url.empty()) by_ref_.emplace(std::string(full_url), index);
        slots_.push_back(std::move(s));
    }

    slot* subject_of(element r, std::string_view type) {
        std::string_view ref;
        element subject;
        if (!r["subject"].get(subject)) ref = str(subject, "reference");
        if (ref.empty() && !r["patient"].get(subject)) ref = str(subject, "reference");
        if (auto it = by_ref_.find(std::string(ref)); it != by_ref_.end())
            return &slots_[it->second];
        // An absolute reference to a Patient whose entry has another base URL.
        if (const std::size_t at = ref.rfind("Patient/"); at != std::string_view::npos)
            if (auto it = by_ref_.find(std::string(ref.substr(at))); it != by_ref_.end())
                return &slots_[it->second];
        sink_.on_note({std::string(path_), 0,
                       std::string(type) + '/' + std::string(str(r, "id")) +
                           (ref.empty() ? " names no subject"
                                        : " refers to '" + std::string(ref) +
                                              "', which is no Patient in this input") +
                           "; ignored"});
        return nullptr;
    }

    void add_condition(element r) {
        element status;
        if (!r["verificationStatus"].get(status)) {
            const std::string_view v = first_code(status);
            if (v == "refuted" || v == "entered-in-error") return;
        }
        slot* s = subject_of(r, "Condition");
        if (s == nullptr) return;
        element cc;
        std::vector<code> codes;
        if (!r["code"].get(cc)) codes = codes_of(cc);
        bool dystonia = false;
        for (code& c : codes) {
            dystonia = dystonia || (code_roles(c) & role_dystonia) != 0;
            s->p.diagnosis_codes.push_back(std::move(c));
        }
        std::string_view onset = str(r, "onsetDateTime");
        element period;
        if (onset.empty() && !r["onsetPeriod"].get(period)) onset = str(period, "start");
        if (!dystonia || onset.empty()) return;
        partial_date d;
        if (!parse_partial_date(trim(date_part(onset)), d)) {
            if (s->error.empty())
                s->error = "Condition/" + std::string(str(r, "id")) + ": onsetDateTime '" +
                           std::string(onset) + "' is not a date";
            return;
        }
        // Several dystonia Conditions: the earliest onset counts.
        if (!s->p.onset_date || d.earliest() < s->p.onset_date->earliest()) s->p.onset_date = d;
    }

    void add_medication(element r, std::string_view type) {
        const std::string_view status = str(r, "status");
        if (status == "entered-in-error") return;
        slot* s = subject_of(r, type);
        if (s == nullptr) return;
        medication m;
        element cc;
        if (!r["medicationCodeableConcept"].get(cc)) {
            m.name = words_of(cc);
            for (const code& c : codes_of(cc))
                if (m.name.empty()) m.name = to_string(c);
        }
        element reference;
        if (m.name.empty() && !r["medicationReference"].get(reference))
            m.name = std::string(str(reference, "reference"));
        if (m.name.empty()) m.name = std::string(type) + '/' + std::string(str(r, "id"));
        element reason;
        if (!r["statusReason"].get(reason)) m.reason = words_of(reason);
        const bool has_reason =
            !r["statusReason"].error() && !(reason.is_array() && reason.get_array().size() == 0);
        m.failed = status == "stopped" && has_reason;
        s->p.medications.push_back(std::move(m));
    }

    void add_procedure(element r) {
        const std::string_view status = str(r, "status");
        if (status == "entered-in-error" || status == "not-done") return;
        slot* s = subject_of(r, "Procedure");
        if (s == nullptr) return;
        std::string_view performed = str(r, "performedDateTime");
        element period;
        if (performed.empty() && !r["performedPeriod"].get(period))
            performed = str(period, "start");
        if (performed.empty()) return;
        date d;
        if (!parse_date(trim(date_part(performed)), d)) {
            if (s->error.empty())
                s->error = "Procedure/" + std::string(str(r, "id")) + ": performed date '" +
                           std::string(performed) + "' is not a full date";
            return;
        }
        // Several Procedures: the latest is the one the record is about.
        if (!s->p.reference_date || *s->p.reference_date < d) s->p.reference_date = d;
    }

    std::string_view path_;
    record_sink& sink_;
    std::vector<slot> slots_;
    std::unordered_map<std::string, std::size_t> by_ref_;
};

}  // namespace

std::size_t read_fhir(std::istream& in, std::string_view path, record_sink& sink) {
    fhir_reader reader(path, sink);
    return reader.read(in);
}

}  // namespace dbslabel::detail
