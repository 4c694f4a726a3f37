/* dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
 * SPDX-License-Identifier: MIT */

/* The C API from C99: every function of dbslabel.h, its error paths, results that outlive
 * their checker, and one checker shared by several threads.
 * Usage: test_capi PROFILE_DIR (the folder of tests/data/profiles). */
#include <dbslabel/dbslabel.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                              \
        }                                                                            \
    } while (0)

#define CHECK_STATUS(expr, want)                                                                  \
    do {                                                                                          \
        dbslabel_status got_ = (expr);                                                            \
        if (got_ != (want)) {                                                                     \
            fprintf(stderr, "%s:%d: %s returned %d (%s), wanted %d\n", __FILE__, __LINE__, #expr, \
                    (int)got_, dbslabel_status_string(got_), (int)(want));                        \
            ++failures;                                                                           \
        }                                                                                         \
    } while (0)

static const char* profile_dir = ".";

static int has_rule(const dbslabel_findings* found, const char* rule) {
    size_t i;
    for (i = 0; i < dbslabel_findings_count(found); ++i) {
        const dbslabel_finding* f = NULL;
        if (dbslabel_findings_get(found, i, &f) == DBSLABEL_OK && strcmp(f->rule, rule) == 0)
            return 1;
    }
    return 0;
}

static void test_library(void) {
    char* s;
    CHECK(strcmp(dbslabel_version(), "") != 0);
    CHECK(strchr(dbslabel_version(), '.') != NULL);
    CHECK(strcmp(dbslabel_status_string(DBSLABEL_OK), "ok") == 0);
    CHECK(strcmp(dbslabel_status_string(DBSLABEL_ERROR_ARGUMENT), "invalid argument") == 0);
    CHECK(strlen(dbslabel_status_string(DBSLABEL_ERROR_PROFILE)) > 0);
    CHECK(strlen(dbslabel_status_string(DBSLABEL_ERROR_VALUE)) > 0);
    CHECK(strlen(dbslabel_status_string(DBSLABEL_ERROR_RANGE)) > 0);
    CHECK(strlen(dbslabel_status_string(DBSLABEL_ERROR_MEMORY)) > 0);
    CHECK(strlen(dbslabel_status_string(DBSLABEL_ERROR_INTERNAL)) > 0);
    CHECK(strcmp(dbslabel_status_string(42), "unknown status") == 0);
    dbslabel_string_free(NULL);
    /* A message from the library is freed with dbslabel_string_free. */
    s = NULL;
    CHECK_STATUS(dbslabel_checker_new("no-such-profile", NULL, &s), DBSLABEL_ERROR_ARGUMENT);
    CHECK(s != NULL);
    dbslabel_string_free(s);
}

static void test_checker_errors(void) {
    dbslabel_checker* c = NULL;
    char* why = NULL;
    char path[4096];

    CHECK_STATUS(dbslabel_checker_new("no-such-profile", &c, &why), DBSLABEL_ERROR_PROFILE);
    CHECK(c == NULL);
    CHECK(why != NULL && strstr(why, "no-such-profile") != NULL);
    dbslabel_string_free(why);

    snprintf(path, sizeof path, "%s/unknown-key.toml", profile_dir);
    why = NULL;
    CHECK_STATUS(dbslabel_checker_new(path, &c, &why), DBSLABEL_ERROR_PROFILE);
    CHECK(why != NULL && strstr(why, "unknown-key.toml:3:1: unknown key 'minimum_age'") != NULL);
    dbslabel_string_free(why);

    /* No message wanted: NULL is fine. */
    CHECK_STATUS(dbslabel_checker_new("no-such-profile", &c, NULL), DBSLABEL_ERROR_PROFILE);

    dbslabel_checker_free(NULL);
    CHECK(strcmp(dbslabel_checker_profile_name(NULL), "") == 0);
}

static void test_check(void) {
    static const char copy[] =
        "Deep brain stimulation for dystonia\n"
        "\n"
        "DBS is completely safe for toddlers.\n";
    dbslabel_checker* c = NULL;
    dbslabel_findings* found = NULL;
    const dbslabel_finding* f = NULL;
    char* why = NULL;
    size_t i, n;

    CHECK_STATUS(dbslabel_checker_new(NULL, &c, &why), DBSLABEL_OK);
    CHECK(why == NULL);
    CHECK(strcmp(dbslabel_checker_profile_name(c), "dystonia-hde") == 0);

    /* Argument errors. */
    CHECK_STATUS(dbslabel_check(NULL, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, NULL, &found),
                 DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_check(c, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, NULL, NULL),
                 DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_check(c, NULL, 5, DBSLABEL_INPUT_PLAIN, NULL, &found),
                 DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_check(c, copy, strlen(copy), 99, NULL, &found), DBSLABEL_ERROR_ARGUMENT);
    CHECK(found == NULL);

    /* Empty input: no findings. */
    CHECK_STATUS(dbslabel_check(c, NULL, 0, DBSLABEL_INPUT_PLAIN, NULL, &found), DBSLABEL_OK);
    CHECK(found != NULL && dbslabel_findings_count(found) == 0);
    dbslabel_findings_free(found);
    found = NULL;

    CHECK_STATUS(dbslabel_check(c, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, "ad.txt", &found),
                 DBSLABEL_OK);
    /* The findings outlive the checker. */
    dbslabel_checker_free(c);
    c = NULL;
    n = dbslabel_findings_count(found);
    CHECK(n >= 2);
    CHECK(has_rule(found, "safety-overclaim"));
    CHECK(has_rule(found, "age-under-7"));
    CHECK(has_rule(found, "missing-hde-statement"));
    for (i = 0; i < n; ++i) {
        CHECK_STATUS(dbslabel_findings_get(found, i, &f), DBSLABEL_OK);
        CHECK(f != NULL);
        if (f == NULL) continue;
        CHECK(strcmp(f->path, "ad.txt") == 0);
        CHECK(f->span.offset + f->span.length <= strlen(copy));
        CHECK(f->excerpt_length == f->span.length);
        CHECK(memcmp(copy + f->span.offset, f->excerpt, f->excerpt_length) == 0);
        CHECK(f->span.line >= 1 && f->span.column >= 1);
        CHECK(f->span.end_line >= f->span.line);
        CHECK(strlen(f->message) > 0);
        CHECK(f->suppressed == 0 && strcmp(f->suppression_reason, "") == 0);
        if (strcmp(f->rule, "age-under-7") == 0) {
            CHECK(f->severity == DBSLABEL_SEVERITY_ERROR);
            CHECK(strcmp(f->severity_name, "error") == 0);
            CHECK(strcmp(f->clause, "age") == 0);
            CHECK(strstr(f->clause_text, "seven years of age") != NULL);
            CHECK(f->span.line == 3);
            CHECK(strcmp(f->excerpt, "toddlers") == 0);
        }
        if (strcmp(f->rule, "safety-overclaim") == 0) {
            CHECK(f->severity == DBSLABEL_SEVERITY_WARNING);
            CHECK(strcmp(f->clause, "device") == 0);
        }
    }
    CHECK_STATUS(dbslabel_findings_get(found, n, &f), DBSLABEL_ERROR_RANGE);
    CHECK(f == NULL);
    CHECK_STATUS(dbslabel_findings_get(NULL, 0, &f), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_findings_get(found, 0, NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK(dbslabel_findings_count(NULL) == 0);
    dbslabel_findings_free(found);
    dbslabel_findings_free(NULL);
}

static void test_formats(void) {
    static const char md[] =
        "# Deep brain stimulation\n"
        "\n"
        "```\nDBS cures toddlers.\n```\n"
        "\n"
        "DBS is a first-line treatment.\n";
    static const char nul[] = "DBS is safe\0 for infants.";
    static const char bad_utf8[] = "DBS \xff\xfe is safe";
    dbslabel_checker* c = NULL;
    dbslabel_findings* found = NULL;
    char path[4096];
    const dbslabel_finding* f = NULL;

    snprintf(path, sizeof path, "%s/pma-clinic.toml", profile_dir);
    CHECK_STATUS(dbslabel_checker_new(path, &c, NULL), DBSLABEL_OK);
    CHECK(strcmp(dbslabel_checker_profile_name(c), "pma-clinic") == 0);
    dbslabel_checker_free(c);

    CHECK_STATUS(dbslabel_checker_new("dystonia-hde", &c, NULL), DBSLABEL_OK);
    /* Markdown: the code block is not copy; AUTO picks Markdown from the path. */
    CHECK_STATUS(dbslabel_check(c, md, strlen(md), DBSLABEL_INPUT_AUTO, "page.md", &found),
                 DBSLABEL_OK);
    CHECK(has_rule(found, "not-refractory"));
    CHECK(!has_rule(found, "age-under-7"));
    dbslabel_findings_free(found);
    CHECK_STATUS(dbslabel_check(c, md, strlen(md), DBSLABEL_INPUT_MARKDOWN, NULL, &found),
                 DBSLABEL_OK);
    CHECK(!has_rule(found, "age-under-7"));
    CHECK_STATUS(dbslabel_findings_get(found, 0, &f), DBSLABEL_OK);
    CHECK(f != NULL && strcmp(f->path, "") == 0);
    dbslabel_findings_free(found);
    /* Read as plain text, the code block is copy. */
    CHECK_STATUS(dbslabel_check(c, md, strlen(md), DBSLABEL_INPUT_PLAIN, NULL, &found),
                 DBSLABEL_OK);
    CHECK(has_rule(found, "age-under-7"));
    dbslabel_findings_free(found);
    CHECK_STATUS(dbslabel_check(c, "<p>DBS is FDA-approved for dystonia.</p>", 40,
                                DBSLABEL_INPUT_HTML, "a.html", &found),
                 DBSLABEL_OK);
    CHECK(has_rule(found, "regulatory-status"));
    dbslabel_findings_free(found);
    /* NUL bytes and invalid UTF-8 are data. */
    CHECK_STATUS(dbslabel_check(c, nul, sizeof nul - 1, DBSLABEL_INPUT_PLAIN, NULL, &found),
                 DBSLABEL_OK);
    dbslabel_findings_free(found);
    CHECK_STATUS(dbslabel_check(c, bad_utf8, strlen(bad_utf8), DBSLABEL_INPUT_PLAIN, NULL, &found),
                 DBSLABEL_OK);
    dbslabel_findings_free(found);
    dbslabel_checker_free(c);
}

struct thread_job {
    const dbslabel_checker* checker;
    size_t count;
    dbslabel_status status;
};

static void* check_in_thread(void* arg) {
    static const char copy[] =
        "DBS is a proven first-line treatment for toddlers with cerebral palsy.";
    struct thread_job* job = (struct thread_job*)arg;
    int k;
    for (k = 0; k < 20; ++k) {
        dbslabel_findings* found = NULL;
        job->status =
            dbslabel_check(job->checker, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, NULL, &found);
        job->count = dbslabel_findings_count(found);
        dbslabel_findings_free(found);
        if (job->status != DBSLABEL_OK) break;
    }
    return NULL;
}

static void test_threads(void) {
    enum { n = 4 };
    pthread_t threads[n];
    struct thread_job jobs[n];
    dbslabel_checker* c = NULL;
    int i;
    CHECK_STATUS(dbslabel_checker_new(NULL, &c, NULL), DBSLABEL_OK);
    for (i = 0; i < n; ++i) {
        jobs[i].checker = c;
        jobs[i].count = 0;
        jobs[i].status = DBSLABEL_ERROR_INTERNAL;
        CHECK(pthread_create(&threads[i], NULL, check_in_thread, &jobs[i]) == 0);
    }
    for (i = 0; i < n; ++i) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        CHECK(jobs[i].status == DBSLABEL_OK);
        CHECK(jobs[i].count == jobs[0].count);
    }
    CHECK(jobs[0].count >= 4);
    dbslabel_checker_free(c);
}

static void set_field(dbslabel_patient* p, const char* field, const char* value) {
    char* why = NULL;
    dbslabel_status st = dbslabel_patient_set(p, field, value, &why);
    if (st != DBSLABEL_OK) {
        fprintf(stderr, "setting %s='%s' failed: %s\n", field, value, why ? why : "?");
        ++failures;
    }
    dbslabel_string_free(why);
}

static const dbslabel_criterion* criterion(const dbslabel_assessment* a, size_t i) {
    const dbslabel_criterion* c = NULL;
    CHECK_STATUS(dbslabel_assessment_criterion(a, i, &c), DBSLABEL_OK);
    return c;
}

static void test_records(void) {
    static const char* names[DBSLABEL_CRITERION_COUNT] = {
        "diagnosis", "age", "primary", "subtype", "chronic", "refractory", "consistency"};
    dbslabel_assessor* as = NULL;
    dbslabel_patient* p = NULL;
    dbslabel_assessment* a = NULL;
    const dbslabel_record* r = NULL;
    const dbslabel_criterion* c = NULL;
    char* why = NULL;
    size_t i;

    /* Assessor errors. */
    CHECK_STATUS(dbslabel_assessor_new(NULL, NULL, NULL, &why), DBSLABEL_ERROR_ARGUMENT);
    dbslabel_string_free(why);
    why = NULL;
    CHECK_STATUS(dbslabel_assessor_new(NULL, "2024-02-30", &as, &why), DBSLABEL_ERROR_VALUE);
    CHECK(as == NULL && why != NULL && strstr(why, "2024-02-30") != NULL);
    dbslabel_string_free(why);
    why = NULL;
    CHECK_STATUS(dbslabel_assessor_new("nope", "2024-01-01", &as, &why), DBSLABEL_ERROR_PROFILE);
    dbslabel_string_free(why);
    dbslabel_assessor_free(NULL);
    /* Today as the reference date. */
    CHECK_STATUS(dbslabel_assessor_new(NULL, NULL, &as, NULL), DBSLABEL_OK);
    dbslabel_assessor_free(as);
    CHECK_STATUS(dbslabel_assessor_new("dystonia-hde", "2024-06-01", &as, NULL), DBSLABEL_OK);

    /* Patient errors. */
    CHECK_STATUS(dbslabel_patient_new(NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_patient_new(&p), DBSLABEL_OK);
    CHECK_STATUS(dbslabel_patient_set(NULL, "id", "P1", NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_patient_set(p, NULL, "P1", NULL), DBSLABEL_ERROR_ARGUMENT);
    why = NULL;
    CHECK_STATUS(dbslabel_patient_set(p, "shoe_size", "9", &why), DBSLABEL_ERROR_ARGUMENT);
    CHECK(why != NULL && strstr(why, "shoe_size") != NULL);
    dbslabel_string_free(why);
    why = NULL;
    CHECK_STATUS(dbslabel_patient_set(p, "birth_date", "2019-13-01", &why), DBSLABEL_ERROR_VALUE);
    CHECK(why != NULL && strcmp(why, "birth_date '2019-13-01' is not a date") == 0);
    dbslabel_string_free(why);
    CHECK_STATUS(dbslabel_patient_set(p, "age_years", "seven", NULL), DBSLABEL_ERROR_VALUE);
    CHECK_STATUS(dbslabel_patient_set(p, "dbs_claimed", "maybe", NULL), DBSLABEL_ERROR_VALUE);
    CHECK_STATUS(dbslabel_patient_add(p, "etiology", "primary", NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_patient_add(p, NULL, "x", NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_patient_add(NULL, "diagnosis_codes", "G24.1", NULL),
                 DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_patient_add(p, "diagnosis_codes", NULL, NULL), DBSLABEL_ERROR_ARGUMENT);

    /* No id: an input error, as the readers make it. */
    why = NULL;
    CHECK_STATUS(dbslabel_assess(as, p, &a, &why), DBSLABEL_ERROR_VALUE);
    CHECK(a == NULL && why != NULL && strcmp(why, "missing id") == 0);
    dbslabel_string_free(why);
    CHECK_STATUS(dbslabel_assess(NULL, p, &a, NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_assess(as, NULL, &a, NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_assess(as, p, NULL, NULL), DBSLABEL_ERROR_ARGUMENT);

    /* Within: every field set. The rejected birth date above left the field absent. */
    set_field(p, "id", "P0001");
    set_field(p, "birth_date", "2010-03-14");
    set_field(p, "age_years", "14");
    set_field(p, "reference_date", "2024-05-01");
    set_field(p, "diagnosis_codes", "G24.1");
    set_field(p, "etiology", "primary");
    set_field(p, "distribution", "generalized");
    set_field(p, "focal_site", "");
    set_field(p, "onset_date", "2016-01");
    set_field(p, "duration_months", "");
    set_field(p, "failed_medications", "trihexyphenidyl;baclofen");
    set_field(p, "drug_refractory", "yes");
    set_field(p, "dbs_claimed", "yes");
    CHECK_STATUS(dbslabel_patient_add(p, "failed_medications", "clonazepam; 0.5 mg", NULL),
                 DBSLABEL_OK);
    CHECK_STATUS(dbslabel_assess(as, p, &a, NULL), DBSLABEL_OK);
    CHECK_STATUS(dbslabel_assessment_record(a, &r), DBSLABEL_OK);
    CHECK(r != NULL);
    if (r != NULL) {
        CHECK(strcmp(r->id, "P0001") == 0);
        CHECK(r->verdict == DBSLABEL_VERDICT_WITHIN);
        CHECK(strcmp(r->verdict_name, "within") == 0);
        CHECK(strcmp(r->reference_date, "2024-05-01") == 0);
        CHECK(r->dbs_claimed == 1);
        CHECK(strcmp(r->rule, "") == 0 && strcmp(r->message, "") == 0);
        CHECK(r->severity == DBSLABEL_SEVERITY_NONE);
    }
    CHECK(dbslabel_assessment_criterion_count(a) == DBSLABEL_CRITERION_COUNT);
    CHECK(dbslabel_assessment_criterion_count(NULL) == 0);
    for (i = 0; i < DBSLABEL_CRITERION_COUNT; ++i) {
        c = criterion(a, i);
        if (c == NULL) continue;
        CHECK(strcmp(c->name, names[i]) == 0);
        CHECK(c->status == DBSLABEL_CRITERION_MET);
        CHECK(strcmp(c->status_name, "met") == 0);
        if (i == 1) {
            CHECK(strstr(c->evidence, "age 14") != NULL);
            CHECK(strcmp(c->clause, "age") == 0);
            CHECK(strstr(c->clause_text, "seven years") != NULL);
        }
        if (i == 5) CHECK(strstr(c->evidence, "3 failed trials") != NULL);
        if (i == 6) CHECK(strcmp(c->clause, "") == 0 && strcmp(c->clause_text, "") == 0);
    }
    CHECK_STATUS(dbslabel_assessment_criterion(a, DBSLABEL_CRITERION_COUNT, &c),
                 DBSLABEL_ERROR_RANGE);
    CHECK(c == NULL);
    CHECK_STATUS(dbslabel_assessment_criterion(NULL, 0, &c), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_assessment_criterion(a, 0, NULL), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_assessment_record(NULL, &r), DBSLABEL_ERROR_ARGUMENT);
    CHECK_STATUS(dbslabel_assessment_record(a, NULL), DBSLABEL_ERROR_ARGUMENT);
    dbslabel_assessment_free(a);
    dbslabel_assessment_free(NULL);

    /* Outside: a five-year-old with cerebral palsy; the assessment outlives its assessor and
     * its patient. */
    dbslabel_patient_clear(p);
    dbslabel_patient_clear(NULL);
    set_field(p, "id", "P0002");
    set_field(p, "birth_date", "2019-01-01");
    set_field(p, "diagnosis_codes", "G24.1;G80.3");
    set_field(p, "distribution", "generalized");
    CHECK_STATUS(dbslabel_assess(as, p, &a, NULL), DBSLABEL_OK);
    dbslabel_assessor_free(as);
    dbslabel_patient_free(p);
    dbslabel_patient_free(NULL);
    CHECK_STATUS(dbslabel_assessment_record(a, &r), DBSLABEL_OK);
    if (r != NULL) {
        CHECK(r->verdict == DBSLABEL_VERDICT_OUTSIDE);
        CHECK(strcmp(r->reference_date, "2024-06-01") == 0);
        CHECK(strcmp(r->rule, "record-outside") == 0);
        CHECK(r->severity == DBSLABEL_SEVERITY_ERROR);
        CHECK(strstr(r->message, "age not_met") != NULL);
    }
    c = criterion(a, 1);
    CHECK(c != NULL && c->status == DBSLABEL_CRITERION_NOT_MET);
    c = criterion(a, 2);
    CHECK(c != NULL && c->status == DBSLABEL_CRITERION_NOT_MET);
    c = criterion(a, 4);
    CHECK(c != NULL && c->status == DBSLABEL_CRITERION_UNKNOWN);
    dbslabel_assessment_free(a);
}

int main(int argc, char** argv) {
    if (argc > 1) profile_dir = argv[1];
    test_library();
    test_checker_errors();
    test_check();
    test_formats();
    test_threads();
    test_records();
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    printf("C API: all checks passed\n");
    return 0;
}
