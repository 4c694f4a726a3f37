// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The C API (include/dbslabel/dbslabel.h) over the C++ library. Every entry point that can
// fail runs its body through guarded(), which turns every exception into a status and a
// message, so nothing C++ crosses into the host. Results own the strings the C structs point
// at: the structs are filled once, when the result is made, and never change afterwards, which
// is what makes reading them from many threads safe.
#include "dbslabel/dbslabel.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <dbslabel/assessment.hpp>
#include <dbslabel/checker.hpp>
#include <dbslabel/error.hpp>
#include <dbslabel/profile_file.hpp>
#include <dbslabel/version.hpp>

#include "app/records_command.hpp"
#include "records/fields.hpp"

struct dbslabel_checker {
    explicit dbslabel_checker(const dbslabel::profile& p) : checker(p) {}
    dbslabel::text_checker checker;
};

struct dbslabel_findings {
    std::vector<dbslabel::finding> items;
    std::deque<std::string> clause_texts;  // copies: findings outlive their checker
    std::vector<dbslabel_finding> views;
};

struct dbslabel_assessor {
    dbslabel::profile prof;
    dbslabel::date as_of;
};

struct dbslabel_patient {
    dbslabel::patient value;
};

struct dbslabel_assessment {
    std::string reference_date, rule, message;
    dbslabel::detail::record_output out;
    std::vector<std::string> clause_texts;
    dbslabel_record record{};
    dbslabel_criterion criteria[DBSLABEL_CRITERION_COUNT]{};
};

namespace {

// A message for the host, allocated with malloc so that a failing allocation here cannot
// throw; NULL when even that fails.
char* copy_message(std::string_view s) noexcept {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p == nullptr) return nullptr;
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

dbslabel_status fail(dbslabel_status status, std::string_view message,
                     char** error_message) noexcept {
    if (error_message != nullptr) *error_message = copy_message(message);
    return status;
}

// Runs `body` (which returns a status and may set the message itself) and maps every
// exception to a status.
template <class Body>
dbslabel_status guarded(char** error_message, Body&& body) noexcept {
    if (error_message != nullptr) *error_message = nullptr;
    try {
        return body();
    } catch (const dbslabel::config_error& e) {
        return fail(DBSLABEL_ERROR_PROFILE, e.what(), error_message);
    } catch (const dbslabel::usage_error& e) {
        return fail(DBSLABEL_ERROR_ARGUMENT, e.what(), error_message);
    } catch (const std::bad_alloc&) {
        return fail(DBSLABEL_ERROR_MEMORY, "out of memory", error_message);
    } catch (const std::exception& e) {
        return fail(DBSLABEL_ERROR_INTERNAL, e.what(), error_message);
    } catch (...) {
        return fail(DBSLABEL_ERROR_INTERNAL, "unknown error", error_message);
    }
}

dbslabel::profile profile_for(const char* name) {
    if (name == nullptr || *name == '\0') return dbslabel::builtin_profile();
    return dbslabel::resolve_profile(name);
}

const std::string& clause_text_of(const dbslabel::profile& p, std::string_view id,
                                  const std::string& none) {
    const dbslabel::clause* c = id.empty() ? nullptr : p.find_clause(id);
    return c != nullptr ? c->text : none;
}

dbslabel::date today_utc() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{now};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Copies field `f` of `from` into `to` (the one field a scratch builder has just read).
void copy_field(dbslabel::detail::field_id f, const dbslabel::patient& from,
                dbslabel::patient& to) {
    using dbslabel::detail::field_id;
    switch (f) {
        case field_id::id:
            to.id = from.id;
            break;
        case field_id::birth_date:
            to.birth_date = from.birth_date;
            break;
        case field_id::age_years:
            to.age_years = from.age_years;
            break;
        case field_id::reference_date:
            to.reference_date = from.reference_date;
            break;
        case field_id::diagnosis_codes:
            to.diagnosis_codes = from.diagnosis_codes;
            break;
        case field_id::etiology:
            to.etiology = from.etiology;
            break;
        case field_id::distribution:
            to.distribution = from.distribution;
            break;
        case field_id::focal_site:
            to.focal_site = from.focal_site;
            break;
        case field_id::onset_date:
            to.onset_date = from.onset_date;
            break;
        case field_id::duration_months:
            to.duration_months = from.duration_months;
            break;
        case field_id::failed_medications:
            to.medications = from.medications;
            break;
        case field_id::drug_refractory:
            to.drug_refractory = from.drug_refractory;
            break;
        case field_id::dbs_claimed:
            to.dbs_claimed = from.dbs_claimed;
            break;
    }
}

bool lookup_field(const char* name, dbslabel::detail::field_id& out) {
    if (name == nullptr) return false;
    const auto f = dbslabel::detail::field_by_name(name);
    if (!f) return false;
    out = *f;
    return true;
}

}  // namespace

extern "C" {

const char* dbslabel_version(void) {
    return dbslabel::version_string;
}

const char* dbslabel_status_string(int status) {
    switch (status) {
        case DBSLABEL_OK:
            return "ok";
        case DBSLABEL_ERROR_ARGUMENT:
            return "invalid argument";
        case DBSLABEL_ERROR_PROFILE:
            return "profile error";
        case DBSLABEL_ERROR_VALUE:
            return "value cannot be read";
        case DBSLABEL_ERROR_RANGE:
            return "index out of range";
        case DBSLABEL_ERROR_MEMORY:
            return "out of memory";
        case DBSLABEL_ERROR_INTERNAL:
            return "internal error";
    }
    return "unknown status";
}

void dbslabel_string_free(char* s) {
    std::free(s);
}

// ---- Checking copy ---------------------------------------------------------------------------

dbslabel_status dbslabel_checker_new(const char* profile, dbslabel_checker** out,
                                     char** error_message) {
    return guarded(error_message, [&] {
        if (out == nullptr) return fail(DBSLABEL_ERROR_ARGUMENT, "out is NULL", error_message);
        *out = nullptr;
        *out = new dbslabel_checker(profile_for(profile));
        return DBSLABEL_OK;
    });
}

void dbslabel_checker_free(dbslabel_checker* checker) {
    delete checker;
}

const char* dbslabel_checker_profile_name(const dbslabel_checker* checker) {
    return checker != nullptr ? checker->checker.get_profile().name.c_str() : "";
}

dbslabel_status dbslabel_check(const dbslabel_checker* checker, const char* text, size_t length,
                               int format, const char* path, dbslabel_findings** out) {
    return guarded(nullptr, [&] {
        if (out == nullptr || checker == nullptr || (text == nullptr && length != 0))
            return DBSLABEL_ERROR_ARGUMENT;
        *out = nullptr;
        const std::string_view where = path != nullptr ? path : "";
        dbslabel::input_format f{};
        switch (format) {
            case DBSLABEL_INPUT_PLAIN:
                f = dbslabel::input_format::plain;
                break;
            case DBSLABEL_INPUT_MARKDOWN:
                f = dbslabel::input_format::markdown;
                break;
            case DBSLABEL_INPUT_HTML:
                f = dbslabel::input_format::html;
                break;
            case DBSLABEL_INPUT_AUTO:
                f = dbslabel::format_for_path(where);
                break;
            default:
                return DBSLABEL_ERROR_ARGUMENT;
        }
        auto result = std::make_unique<dbslabel_findings>();
        result->items =
            checker->checker.check(std::string_view(text != nullptr ? text : "", length), f, where);
        const dbslabel::profile& prof = checker->checker.get_profile();
        static const std::string none;
        result->views.reserve(result->items.size());
        for (const dbslabel::finding& item : result->items) {
            dbslabel_finding v{};
            v.rule = item.rule.c_str();
            v.severity = static_cast<int>(item.level);
            v.severity_name = dbslabel::to_string(item.level).data();
            v.clause = item.clause.c_str();
            v.clause_text =
                result->clause_texts.emplace_back(clause_text_of(prof, item.clause, none)).c_str();
            v.message = item.message.c_str();
            v.excerpt = item.excerpt.c_str();
            v.excerpt_length = item.excerpt.size();
            v.path = item.path.c_str();
            v.span = {item.where.offset, item.where.length,   item.where.line,
                      item.where.column, item.where.end_line, item.where.end_column};
            v.suppressed = item.suppressed ? 1 : 0;
            v.suppression_reason = item.suppression_reason.c_str();
            result->views.push_back(v);
        }
        *out = result.release();
        return DBSLABEL_OK;
    });
}

size_t dbslabel_findings_count(const dbslabel_findings* findings) {
    return findings != nullptr ? findings->views.size() : 0;
}

dbslabel_status dbslabel_findings_get(const dbslabel_findings* findings, size_t index,
                                      const dbslabel_finding** out) {
    if (findings == nullptr || out == nullptr) return DBSLABEL_ERROR_ARGUMENT;
    *out = nullptr;
    if (index >= findings->views.size()) return DBSLABEL_ERROR_RANGE;
    *out = &findings->views[index];
    return DBSLABEL_OK;
}

void dbslabel_findings_free(dbslabel_findings* findings) {
    delete findings;
}

// ---- Records ---------------------------------------------------------------------------------

dbslabel_status dbslabel_assessor_new(const char* profile, const char* as_of,
                                      dbslabel_assessor** out, char** error_message) {
    return guarded(error_message, [&] {
        if (out == nullptr) return fail(DBSLABEL_ERROR_ARGUMENT, "out is NULL", error_message);
        *out = nullptr;
        dbslabel::date when = today_utc();
        if (as_of != nullptr && *as_of != '\0' && !dbslabel::parse_date(as_of, when))
            return fail(DBSLABEL_ERROR_VALUE,
                        "as_of '" + std::string(as_of) + "' is not a date (YYYY-MM-DD)",
                        error_message);
        auto a = std::make_unique<dbslabel_assessor>();
        a->prof = profile_for(profile);
        a->as_of = when;
        *out = a.release();
        return DBSLABEL_OK;
    });
}

void dbslabel_assessor_free(dbslabel_assessor* assessor) {
    delete assessor;
}

dbslabel_status dbslabel_patient_new(dbslabel_patient** out) {
    return guarded(nullptr, [&] {
        if (out == nullptr) return DBSLABEL_ERROR_ARGUMENT;
        *out = new dbslabel_patient();
        return DBSLABEL_OK;
    });
}

dbslabel_status dbslabel_patient_set(dbslabel_patient* patient, const char* field,
                                     const char* value, char** error_message) {
    return guarded(error_message, [&] {
        dbslabel::detail::field_id f{};
        if (patient == nullptr)
            return fail(DBSLABEL_ERROR_ARGUMENT, "patient is NULL", error_message);
        if (!lookup_field(field, f))
            return fail(DBSLABEL_ERROR_ARGUMENT,
                        field == nullptr ? std::string("field is NULL")
                                         : "unknown field '" + std::string(field) + "'",
                        error_message);
        // A scratch builder reads the value as the CSV reader would; only a value it accepts
        // is copied in, so a rejected value leaves the patient as it was.
        dbslabel::detail::patient_builder scratch;
        scratch.reset();
        scratch.set_text(f, value != nullptr ? value : "");
        if (!scratch.error().empty())
            return fail(DBSLABEL_ERROR_VALUE, scratch.error(), error_message);
        copy_field(f, scratch.result(), patient->value);
        return DBSLABEL_OK;
    });
}

dbslabel_status dbslabel_patient_add(dbslabel_patient* patient, const char* field, const char* item,
                                     char** error_message) {
    return guarded(error_message, [&] {
        dbslabel::detail::field_id f{};
        if (patient == nullptr || item == nullptr)
            return fail(DBSLABEL_ERROR_ARGUMENT, "patient or item is NULL", error_message);
        if (!lookup_field(field, f) || !dbslabel::detail::is_list_field(f))
            return fail(DBSLABEL_ERROR_ARGUMENT,
                        field == nullptr ? std::string("field is NULL")
                                         : "'" + std::string(field) + "' is not a list field",
                        error_message);
        dbslabel::detail::patient_builder scratch;
        scratch.reset();
        scratch.add_item(f, item);
        if (!scratch.error().empty())
            return fail(DBSLABEL_ERROR_VALUE, scratch.error(), error_message);
        const dbslabel::patient& got = scratch.result();
        dbslabel::patient& p = patient->value;
        if (f == dbslabel::detail::field_id::diagnosis_codes)
            p.diagnosis_codes.insert(p.diagnosis_codes.end(), got.diagnosis_codes.begin(),
                                     got.diagnosis_codes.end());
        else
            p.medications.insert(p.medications.end(), got.medications.begin(),
                                 got.medications.end());
        return DBSLABEL_OK;
    });
}

void dbslabel_patient_clear(dbslabel_patient* patient) {
    // Assigning a default patient releases the old strings and allocates nothing.
    if (patient != nullptr) patient->value = dbslabel::patient{};
}

void dbslabel_patient_free(dbslabel_patient* patient) {
    delete patient;
}

dbslabel_status dbslabel_assess(const dbslabel_assessor* assessor, const dbslabel_patient* patient,
                                dbslabel_assessment** out, char** error_message) {
    return guarded(error_message, [&] {
        if (assessor == nullptr || patient == nullptr || out == nullptr)
            return fail(DBSLABEL_ERROR_ARGUMENT, "assessor, patient or out is NULL", error_message);
        *out = nullptr;
        const dbslabel::patient& p = patient->value;
        if (p.id.empty()) return fail(DBSLABEL_ERROR_VALUE, "missing id", error_message);
        const dbslabel::assessment a = dbslabel::assess(p, assessor->prof, assessor->as_of);

        auto r = std::make_unique<dbslabel_assessment>();
        r->out = dbslabel::detail::to_record_output(p, a, "", 0);
        r->reference_date = dbslabel::to_string(a.reference_date);
        dbslabel::finding f;
        const bool is_finding = dbslabel::detail::record_finding(p, a, "", 0, f);
        r->rule = is_finding ? f.rule : "";
        r->message = is_finding ? f.message : "";

        dbslabel_record& rec = r->record;
        rec.id = r->out.id.c_str();
        rec.verdict = static_cast<int>(a.result);
        rec.verdict_name = r->out.verdict.c_str();
        rec.reference_date = r->reference_date.c_str();
        rec.dbs_claimed = p.dbs_claimed ? 1 : 0;
        rec.rule = r->rule.c_str();
        rec.severity = static_cast<int>(is_finding ? f.level : dbslabel::severity::none);
        rec.message = r->message.c_str();

        static const std::string none;
        r->clause_texts.reserve(r->out.criteria.size());
        for (const dbslabel::detail::criterion_output& c : r->out.criteria)
            r->clause_texts.push_back(clause_text_of(assessor->prof, c.clause, none));
        for (std::size_t i = 0; i < DBSLABEL_CRITERION_COUNT && i < r->out.criteria.size(); ++i) {
            const dbslabel::detail::criterion_output& c = r->out.criteria[i];
            dbslabel_criterion& v = r->criteria[i];
            v.name = c.name.c_str();
            v.status = static_cast<int>(a.criteria[i].status);
            v.status_name = c.status.c_str();
            v.evidence = c.evidence.c_str();
            v.clause = c.clause.c_str();
            v.clause_text = r->clause_texts[i].c_str();
        }
        *out = r.release();
        return DBSLABEL_OK;
    });
}

dbslabel_status dbslabel_assessment_record(const dbslabel_assessment* assessment,
                                           const dbslabel_record** out) {
    if (assessment == nullptr || out == nullptr) return DBSLABEL_ERROR_ARGUMENT;
    *out = &assessment->record;
    return DBSLABEL_OK;
}

size_t dbslabel_assessment_criterion_count(const dbslabel_assessment* assessment) {
    return assessment != nullptr ? DBSLABEL_CRITERION_COUNT : 0;
}

dbslabel_status dbslabel_assessment_criterion(const dbslabel_assessment* assessment, size_t index,
                                              const dbslabel_criterion** out) {
    if (assessment == nullptr || out == nullptr) return DBSLABEL_ERROR_ARGUMENT;
    *out = nullptr;
    if (index >= DBSLABEL_CRITERION_COUNT) return DBSLABEL_ERROR_RANGE;
    *out = &assessment->criteria[index];
    return DBSLABEL_OK;
}

void dbslabel_assessment_free(dbslabel_assessment* assessment) {
    delete assessment;
}

}  // extern "C"
