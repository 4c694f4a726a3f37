/* dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
 * SPDX-License-Identifier: MIT */

/** \file dbslabel.h
 * The C API of dbslabel, for hosts that are not C++ (C, C#, Java through JNI, Python through
 * ctypes). Plain C: compiles as C99 and as C++. Link with the shared library libdbslabel.so
 * (CMake target dbslabel::c); it exports only the dbslabel_ functions declared here.
 *
 * Everything is an opaque handle made by a dbslabel_*_new function and released by the
 * matching dbslabel_*_free function. Functions that can fail return a dbslabel_status
 * (DBSLABEL_OK is 0) and, where they take one, set `*error_message` to a message the caller
 * releases with dbslabel_string_free() (NULL on success; pass NULL when no message is wanted).
 * No C++ exception ever leaves a function of this API.
 *
 *     dbslabel_checker* checker = NULL;
 *     char* why = NULL;
 *     if (dbslabel_checker_new("dystonia-hde", &checker, &why) != DBSLABEL_OK) {
 *         fprintf(stderr, "%s\n", why);
 *         dbslabel_string_free(why);
 *         return 1;
 *     }
 *     const char* copy = "DBS is safe for toddlers.";
 *     dbslabel_findings* found = NULL;
 *     dbslabel_check(checker, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, "ad.txt", &found);
 *     for (size_t i = 0; i < dbslabel_findings_count(found); ++i) {
 *         const dbslabel_finding* f = NULL;
 *         dbslabel_findings_get(found, i, &f);
 *         printf("%zu:%zu %s (%s) %s\n", f->span.line, f->span.column, f->rule, f->clause,
 *                f->message);
 *     }
 *     dbslabel_findings_free(found);
 *     dbslabel_checker_free(checker);
 *
 * Thread safety is stated for every function. In short: checkers and assessors are immutable
 * and may be used from any number of threads at once; findings and assessments are immutable
 * results that may be read from many threads; a patient is a builder that one thread at a time
 * may change.
 *
 * ABI: the soname changes when the project's major version does. Within one soname, functions
 * and enumerators are only added, and the structs the library hands out (dbslabel_finding,
 * dbslabel_criterion, dbslabel_record) only grow at their end; callers never allocate them.
 * Enumerations travel as `int` in arguments and struct fields, so a host may pass any number
 * and get DBSLABEL_ERROR_ARGUMENT back, never undefined behaviour. */
#ifndef DBSLABEL_DBSLABEL_H
#define DBSLABEL_DBSLABEL_H

#include <stddef.h>

#if defined(DBSLABEL_C_BUILDING) && (defined(__GNUC__) || defined(__clang__))
#define DBSLABEL_C_EXPORT __attribute__((visibility("default")))
#else
#define DBSLABEL_C_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** What a function returns. Numbers are stable. */
typedef enum dbslabel_status {
    DBSLABEL_OK = 0,
    DBSLABEL_ERROR_ARGUMENT = 1, /**< a NULL handle or pointer, an unknown name or enumerator */
    DBSLABEL_ERROR_PROFILE = 2,  /**< no such built-in profile, or a profile file is unusable */
    DBSLABEL_ERROR_VALUE = 3,    /**< a patient field's value cannot be read (a bad date) */
    DBSLABEL_ERROR_RANGE = 4,    /**< an index past the end */
    DBSLABEL_ERROR_MEMORY = 5,   /**< out of memory */
    DBSLABEL_ERROR_INTERNAL = 6  /**< anything else; the message says what */
} dbslabel_status;

/** How a text buffer is read. Numbers are stable. */
typedef enum dbslabel_input_format {
    DBSLABEL_INPUT_PLAIN = 0,
    DBSLABEL_INPUT_MARKDOWN = 1,
    DBSLABEL_INPUT_HTML = 2,
    DBSLABEL_INPUT_AUTO = 3 /**< by the path's extension (.md Markdown, .html HTML, else plain) */
} dbslabel_input_format;

/** A finding's severity. Ordered: none < note < warning < error. */
typedef enum dbslabel_severity {
    DBSLABEL_SEVERITY_NONE = 0,
    DBSLABEL_SEVERITY_NOTE = 1,
    DBSLABEL_SEVERITY_WARNING = 2,
    DBSLABEL_SEVERITY_ERROR = 3
} dbslabel_severity;

/** One record criterion's outcome. */
typedef enum dbslabel_criterion_status {
    DBSLABEL_CRITERION_MET = 0,
    DBSLABEL_CRITERION_NOT_MET = 1,
    DBSLABEL_CRITERION_UNKNOWN = 2
} dbslabel_criterion_status;

/** A record's verdict. */
typedef enum dbslabel_verdict {
    DBSLABEL_VERDICT_WITHIN = 0,
    DBSLABEL_VERDICT_OUTSIDE = 1,
    DBSLABEL_VERDICT_INSUFFICIENT = 2
} dbslabel_verdict;

/** The number of record criteria (diagnosis, age, primary, subtype, chronic, refractory,
 * consistency, in that order). */
#define DBSLABEL_CRITERION_COUNT 7

/** Where a finding lies: `offset`/`length` in bytes of the buffer checked; `line`/`column` of
 * its first and `end_line`/`end_column` of its last character (1-based, inclusive; columns in
 * Unicode code points). */
typedef struct dbslabel_span {
    size_t offset;
    size_t length;
    size_t line;
    size_t column;
    size_t end_line;
    size_t end_column;
} dbslabel_span;

/** One claim beyond the indication. Strings are NUL-terminated UTF-8 (never NULL; "" when
 * empty) owned by the dbslabel_findings they came from. */
typedef struct dbslabel_finding {
    const char* rule;          /**< rule id as RULES.md names it ("age-under-7") */
    int severity;              /**< a dbslabel_severity */
    const char* severity_name; /**< "error", "warning", "note" or "none" */
    const char* clause;        /**< clause id of the indication ("age") */
    const char* clause_text;   /**< the labelling's words for that clause ("" when none) */
    const char* message;       /**< one sentence saying what is claimed */
    const char* excerpt;       /**< the source bytes at the span (may hold NUL bytes) */
    size_t excerpt_length;     /**< bytes in `excerpt` */
    const char* path;          /**< the path given to dbslabel_check ("" when none) */
    dbslabel_span span;
    int suppressed;                 /**< nonzero: waived by an inline suppression */
    const char* suppression_reason; /**< the reason given with the suppression */
} dbslabel_finding;

/** One record criterion. Strings are owned by the dbslabel_assessment they came from. */
typedef struct dbslabel_criterion {
    const char* name;        /**< "diagnosis", "age", "primary", "subtype", "chronic", ... */
    int status;              /**< a dbslabel_criterion_status */
    const char* status_name; /**< "met", "not_met" or "unknown" */
    const char* evidence;    /**< the field or code that decided it ("" when nothing) */
    const char* clause;      /**< clause id it rests on ("" for consistency) */
    const char* clause_text; /**< the labelling's words for that clause ("" when none) */
} dbslabel_criterion;

/** A record's verdict. Strings are owned by the dbslabel_assessment they came from. */
typedef struct dbslabel_record {
    const char* id;             /**< the patient's id */
    int verdict;                /**< a dbslabel_verdict */
    const char* verdict_name;   /**< "within", "outside" or "insufficient" */
    const char* reference_date; /**< YYYY-MM-DD the patient was judged at */
    int dbs_claimed;            /**< nonzero: the record claims DBS (dbs_claimed not "no") */
    /** "record-outside" or "record-insufficient" when the record is a finding, else "". */
    const char* rule;
    int severity;        /**< a dbslabel_severity: error, warning, or none when no finding */
    const char* message; /**< the finding's message ("" when no finding) */
} dbslabel_record;

typedef struct dbslabel_checker dbslabel_checker;
typedef struct dbslabel_findings dbslabel_findings;
typedef struct dbslabel_assessor dbslabel_assessor;
typedef struct dbslabel_patient dbslabel_patient;
typedef struct dbslabel_assessment dbslabel_assessment;

/* ---- Library ------------------------------------------------------------------------------ */

/** The library's version, "MAJOR.MINOR.PATCH" (static storage). Never fails; thread-safe. */
DBSLABEL_C_EXPORT const char* dbslabel_version(void);

/** A short English description of `status`, a dbslabel_status (static storage; "unknown status" for
 * a number that is not one). Never fails; thread-safe. */
DBSLABEL_C_EXPORT const char* dbslabel_status_string(int status);

/** Releases a string the library gave out (an error message). NULL is ignored. Never fails;
 * thread-safe (for different strings). */
DBSLABEL_C_EXPORT void dbslabel_string_free(char* s);

/* ---- Checking copy ------------------------------------------------------------------------ */

/** Makes a checker for the profile `profile`: NULL or "" for the default (dystonia-hde), a
 * built-in name ("dystonia-hde", "dystonia-pma"), or the path of a TOML profile file. On
 * success sets `*out` (release it with dbslabel_checker_free). Returns DBSLABEL_ERROR_ARGUMENT
 * when `out` is NULL, DBSLABEL_ERROR_PROFILE with a message naming file:line:column when the
 * profile is unknown or broken. Thread-safe. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_checker_new(const char* profile, dbslabel_checker** out,
                                                       char** error_message);

/** Releases a checker. NULL is ignored. Findings made by it stay valid. Not thread-safe with
 * other calls on the same checker; thread-safe otherwise. */
DBSLABEL_C_EXPORT void dbslabel_checker_free(dbslabel_checker* checker);

/** The name of the checker's profile (owned by the checker), or "" for NULL. Never fails;
 * thread-safe. */
DBSLABEL_C_EXPORT const char* dbslabel_checker_profile_name(const dbslabel_checker* checker);

/** Checks `length` bytes of copy at `text` (UTF-8; NUL bytes and invalid UTF-8 are allowed),
 * read as `format` (a dbslabel_input_format); `path` (may be NULL) is copied into each finding and
 * picks the format for DBSLABEL_INPUT_AUTO. On success sets `*out` to the findings in source order
 * (release them with dbslabel_findings_free). Returns DBSLABEL_ERROR_ARGUMENT for a NULL checker or
 * `out`, a NULL `text` with a nonzero length, or an unknown format. Thread-safe: any number of
 * threads may check with one checker at once. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_check(const dbslabel_checker* checker, const char* text,
                                                 size_t length, int format, const char* path,
                                                 dbslabel_findings** out);

/** The number of findings, or 0 for NULL. Never fails; thread-safe. */
DBSLABEL_C_EXPORT size_t dbslabel_findings_count(const dbslabel_findings* findings);

/** Sets `*out` to finding `index` (valid until the findings are released). Returns
 * DBSLABEL_ERROR_ARGUMENT for NULL arguments, DBSLABEL_ERROR_RANGE when `index` is not below
 * the count. Thread-safe: findings never change. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_findings_get(const dbslabel_findings* findings,
                                                        size_t index, const dbslabel_finding** out);

/** Releases findings. NULL is ignored. Not thread-safe with other calls on the same findings;
 * thread-safe otherwise. */
DBSLABEL_C_EXPORT void dbslabel_findings_free(dbslabel_findings* findings);

/* ---- Records ------------------------------------------------------------------------------ */

/** Makes a record assessor for `profile` (as dbslabel_checker_new reads it). `as_of` is the
 * reference date (YYYY-MM-DD) for patients that give none; NULL or "" means today (UTC).
 * On success sets `*out` (release it with dbslabel_assessor_free). Returns
 * DBSLABEL_ERROR_ARGUMENT when `out` is NULL, DBSLABEL_ERROR_VALUE when `as_of` is not a date,
 * DBSLABEL_ERROR_PROFILE when the profile is unknown or broken. Thread-safe. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_assessor_new(const char* profile, const char* as_of,
                                                        dbslabel_assessor** out,
                                                        char** error_message);

/** Releases an assessor. NULL is ignored. Assessments made by it stay valid. Not thread-safe
 * with other calls on the same assessor; thread-safe otherwise. */
DBSLABEL_C_EXPORT void dbslabel_assessor_free(dbslabel_assessor* assessor);

/** Makes an empty patient (every field absent; dbs_claimed yes). Release it with
 * dbslabel_patient_free. Returns DBSLABEL_ERROR_ARGUMENT when `out` is NULL. Thread-safe. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_patient_new(dbslabel_patient** out);

/** Sets field `field` of the patient from `value`, written as a CSV cell of CONTRACT.md
 * "Records input" (the same conversion the record readers use): `field` is one of id,
 * birth_date, age_years, reference_date, diagnosis_codes, etiology, distribution, focal_site,
 * onset_date, duration_months, failed_medications, drug_refractory, dbs_claimed. List fields
 * take a `;`-separated list. The new value replaces the old; NULL or a blank value makes the
 * field absent again. Returns DBSLABEL_ERROR_ARGUMENT for a NULL patient or field or an
 * unknown field name, DBSLABEL_ERROR_VALUE (with the readers' message, e.g. "birth_date
 * '2019-13-01' is not a date") when the value cannot be read; the patient is then unchanged.
 * Not thread-safe for one patient; thread-safe for different patients. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_patient_set(dbslabel_patient* patient, const char* field,
                                                       const char* value, char** error_message);

/** Appends one item to a list field (diagnosis_codes or failed_medications), as one element of
 * a JSON array; the item may contain ';'. Returns DBSLABEL_ERROR_ARGUMENT for NULL arguments,
 * an unknown field or a field that is not a list. Not thread-safe for one patient. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_patient_add(dbslabel_patient* patient, const char* field,
                                                       const char* item, char** error_message);

/** Makes every field of the patient absent again. NULL is ignored. Not thread-safe for one
 * patient. */
DBSLABEL_C_EXPORT void dbslabel_patient_clear(dbslabel_patient* patient);

/** Releases a patient. NULL is ignored. Not thread-safe for one patient. */
DBSLABEL_C_EXPORT void dbslabel_patient_free(dbslabel_patient* patient);

/** Judges `patient` against the assessor's profile, at the patient's reference_date or else
 * the assessor's as-of date. On success sets `*out` (release it with
 * dbslabel_assessment_free). Returns DBSLABEL_ERROR_ARGUMENT for NULL arguments,
 * DBSLABEL_ERROR_VALUE ("missing id") when the patient has no id, as the readers do.
 * Thread-safe for one assessor from many threads, as long as no thread changes `patient`. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_assess(const dbslabel_assessor* assessor,
                                                  const dbslabel_patient* patient,
                                                  dbslabel_assessment** out, char** error_message);

/** Sets `*out` to the record's verdict (valid until the assessment is released). Returns
 * DBSLABEL_ERROR_ARGUMENT for NULL arguments. Thread-safe: assessments never change. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_assessment_record(const dbslabel_assessment* assessment,
                                                             const dbslabel_record** out);

/** The number of criteria (DBSLABEL_CRITERION_COUNT), or 0 for NULL. Never fails;
 * thread-safe. */
DBSLABEL_C_EXPORT size_t dbslabel_assessment_criterion_count(const dbslabel_assessment* assessment);

/** Sets `*out` to criterion `index` (0 diagnosis ... 6 consistency; valid until the
 * assessment is released). Returns DBSLABEL_ERROR_ARGUMENT for NULL arguments,
 * DBSLABEL_ERROR_RANGE for an index not below the count. Thread-safe. */
DBSLABEL_C_EXPORT dbslabel_status dbslabel_assessment_criterion(
    const dbslabel_assessment* assessment, size_t index, const dbslabel_criterion** out);

/** Releases an assessment. NULL is ignored. Not thread-safe for one assessment. */
DBSLABEL_C_EXPORT void dbslabel_assessment_free(dbslabel_assessment* assessment);

#ifdef __cplusplus
}
#endif

#endif /* DBSLABEL_DBSLABEL_H */
