# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
"""The C API through Python's ctypes (standard library only): every function of dbslabel.h,
its error paths, and results that outlive the objects that made them.

Usage: test_capi.py LIBDBSLABEL_SO PROFILE_DIR
"""
import ctypes
import os
import sys
import threading
import unittest

LIB_PATH = None
PROFILE_DIR = None

OK, E_ARGUMENT, E_PROFILE, E_VALUE, E_RANGE = 0, 1, 2, 3, 4
PLAIN, MARKDOWN, HTML, AUTO = 0, 1, 2, 3
SEV_NONE, SEV_NOTE, SEV_WARNING, SEV_ERROR = 0, 1, 2, 3
MET, NOT_MET, UNKNOWN = 0, 1, 2
WITHIN, OUTSIDE, INSUFFICIENT = 0, 1, 2
CRITERIA = ["diagnosis", "age", "primary", "subtype", "chronic", "refractory", "consistency"]


class Span(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t)
                for n in ("offset", "length", "line", "column", "end_line", "end_column")]


class Finding(ctypes.Structure):
    _fields_ = [
        ("rule", ctypes.c_char_p),
        ("severity", ctypes.c_int),
        ("severity_name", ctypes.c_char_p),
        ("clause", ctypes.c_char_p),
        ("clause_text", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("excerpt", ctypes.c_void_p),
        ("excerpt_length", ctypes.c_size_t),
        ("path", ctypes.c_char_p),
        ("span", Span),
        ("suppressed", ctypes.c_int),
        ("suppression_reason", ctypes.c_char_p),
    ]


class Criterion(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("status", ctypes.c_int),
        ("status_name", ctypes.c_char_p),
        ("evidence", ctypes.c_char_p),
        ("clause", ctypes.c_char_p),
        ("clause_text", ctypes.c_char_p),
    ]


class Record(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_char_p),
        ("verdict", ctypes.c_int),
        ("verdict_name", ctypes.c_char_p),
        ("reference_date", ctypes.c_char_p),
        ("dbs_claimed", ctypes.c_int),
        ("rule", ctypes.c_char_p),
        ("severity", ctypes.c_int),
        ("message", ctypes.c_char_p),
    ]


def load(path):
    lib = ctypes.CDLL(path)
    vp, pp, sz, st = ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t, ctypes.c_int
    msg = ctypes.POINTER(ctypes.c_void_p)  # char** (kept as a raw pointer so it can be freed)
    sigs = {
        "dbslabel_version": (ctypes.c_char_p, []),
        "dbslabel_status_string": (ctypes.c_char_p, [st]),
        "dbslabel_string_free": (None, [vp]),
        "dbslabel_checker_new": (st, [ctypes.c_char_p, pp, msg]),
        "dbslabel_checker_free": (None, [vp]),
        "dbslabel_checker_profile_name": (ctypes.c_char_p, [vp]),
        "dbslabel_check": (st, [vp, ctypes.c_char_p, sz, st, ctypes.c_char_p, pp]),
        "dbslabel_findings_count": (sz, [vp]),
        "dbslabel_findings_get": (st, [vp, sz, ctypes.POINTER(ctypes.POINTER(Finding))]),
        "dbslabel_findings_free": (None, [vp]),
        "dbslabel_assessor_new": (st, [ctypes.c_char_p, ctypes.c_char_p, pp, msg]),
        "dbslabel_assessor_free": (None, [vp]),
        "dbslabel_patient_new": (st, [pp]),
        "dbslabel_patient_set": (st, [vp, ctypes.c_char_p, ctypes.c_char_p, msg]),
        "dbslabel_patient_add": (st, [vp, ctypes.c_char_p, ctypes.c_char_p, msg]),
        "dbslabel_patient_clear": (None, [vp]),
        "dbslabel_patient_free": (None, [vp]),
        "dbslabel_assess": (st, [vp, vp, pp, msg]),
        "dbslabel_assessment_record": (st, [vp, ctypes.POINTER(ctypes.POINTER(Record))]),
        "dbslabel_assessment_criterion_count": (sz, [vp]),
        "dbslabel_assessment_criterion": (st, [vp, sz, ctypes.POINTER(ctypes.POINTER(Criterion))]),
        "dbslabel_assessment_free": (None, [vp]),
    }
    for name, (res, args) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
    return lib


class Api:
    """Thin Python wrappers that raise nothing themselves: they return (status, value, message)."""

    def __init__(self, lib):
        self.lib = lib

    def take_message(self, raw):
        if not raw.value:
            return None
        text = ctypes.string_at(raw.value).decode()
        self.lib.dbslabel_string_free(raw.value)
        return text

    def new(self, fn, *args):
        out, raw = ctypes.c_void_p(), ctypes.c_void_p()
        status = fn(*args, ctypes.byref(out), ctypes.byref(raw))
        return status, out.value, self.take_message(raw)

    def checker(self, profile):
        return self.new(self.lib.dbslabel_checker_new, profile)

    def assessor(self, profile, as_of):
        return self.new(self.lib.dbslabel_assessor_new, profile, as_of)

    def check(self, checker, text, fmt=PLAIN, path=None):
        out = ctypes.c_void_p()
        status = self.lib.dbslabel_check(checker, text, len(text) if text is not None else 0,
                                         fmt, path, ctypes.byref(out))
        return status, out.value

    def findings(self, handle):
        result = []
        for i in range(self.lib.dbslabel_findings_count(handle)):
            p = ctypes.POINTER(Finding)()
            assert self.lib.dbslabel_findings_get(handle, i, ctypes.byref(p)) == OK
            f = p.contents
            result.append({
                "rule": f.rule.decode(), "severity": f.severity,
                "severity_name": f.severity_name.decode(), "clause": f.clause.decode(),
                "clause_text": f.clause_text.decode(), "message": f.message.decode(),
                "excerpt": ctypes.string_at(f.excerpt, f.excerpt_length),
                "path": f.path.decode(), "offset": f.span.offset, "length": f.span.length,
                "line": f.span.line, "column": f.span.column, "end_line": f.span.end_line,
                "end_column": f.span.end_column, "suppressed": f.suppressed,
                "reason": f.suppression_reason.decode(),
            })
        return result

    def set(self, patient, field, value, fn=None):
        raw = ctypes.c_void_p()
        fn = fn or self.lib.dbslabel_patient_set
        status = fn(patient, field, value, ctypes.byref(raw))
        return status, self.take_message(raw)

    def assess(self, assessor, patient):
        return self.new(self.lib.dbslabel_assess, assessor, patient)

    def record(self, assessment):
        p = ctypes.POINTER(Record)()
        assert self.lib.dbslabel_assessment_record(assessment, ctypes.byref(p)) == OK
        r = p.contents
        return {"id": r.id.decode(), "verdict": r.verdict, "verdict_name": r.verdict_name.decode(),
                "reference_date": r.reference_date.decode(), "dbs_claimed": r.dbs_claimed,
                "rule": r.rule.decode(), "severity": r.severity, "message": r.message.decode()}

    def criteria(self, assessment):
        result = []
        for i in range(self.lib.dbslabel_assessment_criterion_count(assessment)):
            p = ctypes.POINTER(Criterion)()
            assert self.lib.dbslabel_assessment_criterion(assessment, i, ctypes.byref(p)) == OK
            c = p.contents
            result.append({"name": c.name.decode(), "status": c.status,
                           "status_name": c.status_name.decode(), "evidence": c.evidence.decode(),
                           "clause": c.clause.decode(), "clause_text": c.clause_text.decode()})
        return result


class CApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lib = load(LIB_PATH)
        cls.api = Api(cls.lib)

    def test_version_and_status_strings(self):
        self.assertRegex(self.lib.dbslabel_version().decode(), r"^\d+\.\d+\.\d+$")
        self.assertEqual(self.lib.dbslabel_status_string(OK), b"ok")
        for s in range(1, 7):
            self.assertTrue(self.lib.dbslabel_status_string(s))
        self.assertEqual(self.lib.dbslabel_status_string(99), b"unknown status")
        self.lib.dbslabel_string_free(None)

    def test_checker_errors(self):
        status, handle, message = self.api.checker(b"no-such-profile")
        self.assertEqual((status, handle), (E_PROFILE, None))
        self.assertIn("no-such-profile", message)
        path = os.path.join(PROFILE_DIR, "unknown-key.toml").encode()
        status, handle, message = self.api.checker(path)
        self.assertEqual(status, E_PROFILE)
        self.assertIn("unknown-key.toml:3:1: unknown key 'minimum_age'", message)
        raw = ctypes.c_void_p()
        self.assertEqual(self.lib.dbslabel_checker_new(None, None, ctypes.byref(raw)), E_ARGUMENT)
        self.assertEqual(self.api.take_message(raw), "out is NULL")
        self.lib.dbslabel_checker_free(None)
        self.assertEqual(self.lib.dbslabel_checker_profile_name(None), b"")

    def test_check_and_findings(self):
        status, checker, message = self.api.checker(None)
        self.assertEqual((status, message), (OK, None))
        self.assertEqual(self.lib.dbslabel_checker_profile_name(checker), b"dystonia-hde")
        copy = ("Deep brain stimulation for dystonia\n\n"
                "DBS is completely safe for toddlers. Über.\n").encode()
        self.assertEqual(self.api.check(None, copy)[0], E_ARGUMENT)
        self.assertEqual(self.lib.dbslabel_check(checker, copy, len(copy), PLAIN, None, None),
                         E_ARGUMENT)
        self.assertEqual(self.lib.dbslabel_check(checker, None, 3, PLAIN, None,
                                                 ctypes.byref(ctypes.c_void_p())), E_ARGUMENT)
        self.assertEqual(self.api.check(checker, copy, fmt=17)[0], E_ARGUMENT)
        status, found = self.api.check(checker, copy, path=b"ad.txt")
        self.assertEqual(status, OK)
        self.lib.dbslabel_checker_free(checker)  # findings outlive their checker
        items = self.api.findings(found)
        rules = {f["rule"] for f in items}
        self.assertTrue({"safety-overclaim", "age-under-7", "missing-hde-statement"} <= rules)
        for f in items:
            self.assertEqual(f["path"], "ad.txt")
            self.assertEqual(copy[f["offset"]:f["offset"] + f["length"]], f["excerpt"])
            self.assertGreaterEqual(f["line"], 1)
            self.assertTrue(f["message"])
            self.assertEqual(f["suppressed"], 0)
        age = next(f for f in items if f["rule"] == "age-under-7")
        self.assertEqual((age["severity"], age["severity_name"], age["clause"]),
                         (SEV_ERROR, "error", "age"))
        self.assertIn("seven years of age", age["clause_text"])
        self.assertEqual((age["line"], age["excerpt"]), (3, b"toddlers"))
        self.assertEqual(age["end_column"] - age["column"] + 1, len("toddlers"))
        p = ctypes.POINTER(Finding)()
        n = self.lib.dbslabel_findings_count(found)
        self.assertEqual(self.lib.dbslabel_findings_get(found, n, ctypes.byref(p)), E_RANGE)
        self.assertEqual(self.lib.dbslabel_findings_get(None, 0, ctypes.byref(p)), E_ARGUMENT)
        self.assertEqual(self.lib.dbslabel_findings_get(found, 0, None), E_ARGUMENT)
        self.assertEqual(self.lib.dbslabel_findings_count(None), 0)
        self.lib.dbslabel_findings_free(found)
        self.lib.dbslabel_findings_free(None)

    def test_formats_and_profile_file(self):
        path = os.path.join(PROFILE_DIR, "pma-clinic.toml").encode()
        status, checker, _ = self.api.checker(path)
        self.assertEqual(status, OK)
        self.assertEqual(self.lib.dbslabel_checker_profile_name(checker), b"pma-clinic")
        md = b"# DBS\n\n```\nDBS cures toddlers.\n```\n\nDBS is a first-line treatment.\n"
        for fmt, name, want_age in ((AUTO, b"x.md", False), (MARKDOWN, None, False),
                                    (PLAIN, None, True)):
            status, found = self.api.check(checker, md, fmt, name)
            self.assertEqual(status, OK)
            rules = {f["rule"] for f in self.api.findings(found)}
            self.assertIn("not-refractory", rules)
            self.assertEqual("age-under-7" in rules, want_age, (fmt, rules))
            self.lib.dbslabel_findings_free(found)
        html = b"<p>DBS is FDA-approved for dystonia.</p><script>DBS cures all.</script>"
        status, found = self.api.check(checker, html, HTML)
        self.assertIn("regulatory-status", {f["rule"] for f in self.api.findings(found)})
        self.lib.dbslabel_findings_free(found)
        status, found = self.api.check(checker, b"DBS \x00\xff is safe for infants")
        self.assertEqual(status, OK)
        self.lib.dbslabel_findings_free(found)
        self.lib.dbslabel_checker_free(checker)

    def test_threads_share_a_checker(self):
        status, checker, _ = self.api.checker(b"dystonia-hde")
        copy = b"DBS is a proven first-line treatment for toddlers with cerebral palsy."
        counts, lock = [], threading.Lock()

        def work():
            for _ in range(10):
                st, found = self.api.check(checker, copy)
                n = self.lib.dbslabel_findings_count(found)
                self.lib.dbslabel_findings_free(found)
                with lock:
                    counts.append((st, n))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.lib.dbslabel_checker_free(checker)
        self.assertEqual(len(counts), 40)
        self.assertEqual(len(set(counts)), 1)
        self.assertEqual(counts[0][0], OK)
        self.assertGreaterEqual(counts[0][1], 4)

    def test_records(self):
        lib, api = self.lib, self.api
        status, _, message = api.assessor(None, b"2024-02-30")
        self.assertEqual(status, E_VALUE)
        self.assertIn("2024-02-30", message)
        self.assertEqual(api.assessor(b"nope", None)[0], E_PROFILE)
        self.assertEqual(lib.dbslabel_assessor_new(None, None, None, None), E_ARGUMENT)
        status, today, _ = api.assessor(None, None)
        self.assertEqual(status, OK)
        lib.dbslabel_assessor_free(today)
        lib.dbslabel_assessor_free(None)
        status, assessor, _ = api.assessor(b"dystonia-hde", b"2024-06-01")
        self.assertEqual(status, OK)

        self.assertEqual(lib.dbslabel_patient_new(None), E_ARGUMENT)
        patient = ctypes.c_void_p()
        self.assertEqual(lib.dbslabel_patient_new(ctypes.byref(patient)), OK)
        self.assertEqual(api.set(None, b"id", b"P1")[0], E_ARGUMENT)
        self.assertEqual(api.set(patient, None, b"P1")[0], E_ARGUMENT)
        status, message = api.set(patient, b"shoe_size", b"9")
        self.assertEqual(status, E_ARGUMENT)
        self.assertIn("shoe_size", message)
        self.assertEqual(api.set(patient, b"birth_date", b"2019-13-01"),
                         (E_VALUE, "birth_date '2019-13-01' is not a date"))
        self.assertEqual(api.set(patient, b"reference_date", b"2024-05")[0], E_VALUE)
        self.assertEqual(api.set(patient, b"duration_months", b"long")[0], E_VALUE)
        add = lib.dbslabel_patient_add
        self.assertEqual(api.set(patient, b"etiology", b"primary", add)[0], E_ARGUMENT)
        self.assertEqual(api.set(patient, b"diagnosis_codes", None, add)[0], E_ARGUMENT)
        status, _, message = api.assess(assessor, patient)
        self.assertEqual((status, message), (E_VALUE, "missing id"))
        self.assertEqual(api.assess(None, patient)[0], E_ARGUMENT)
        self.assertEqual(api.assess(assessor, None)[0], E_ARGUMENT)

        fields = {
            b"id": b"P0001", b"birth_date": b"2010-03-14", b"age_years": b"14",
            b"reference_date": b"2024-05-01", b"diagnosis_codes": b"G24.1",
            b"etiology": b"primary", b"distribution": b"generalized", b"focal_site": b"",
            b"onset_date": b"2016-01", b"duration_months": b"", b"failed_medications":
            b"trihexyphenidyl;baclofen", b"drug_refractory": b"yes", b"dbs_claimed": b"yes",
        }
        for k, v in fields.items():
            self.assertEqual(api.set(patient, k, v), (OK, None), k)
        self.assertEqual(api.set(patient, b"failed_medications", b"clonazepam", add), (OK, None))
        status, assessment, _ = api.assess(assessor, patient)
        self.assertEqual(status, OK)
        record = api.record(assessment)
        self.assertEqual((record["id"], record["verdict"], record["verdict_name"]),
                         ("P0001", WITHIN, "within"))
        self.assertEqual(record["reference_date"], "2024-05-01")
        self.assertEqual((record["rule"], record["severity"]), ("", SEV_NONE))
        criteria = api.criteria(assessment)
        self.assertEqual([c["name"] for c in criteria], CRITERIA)
        self.assertTrue(all(c["status"] == MET and c["status_name"] == "met" for c in criteria))
        self.assertIn("age 14", criteria[1]["evidence"])
        self.assertIn("seven years", criteria[1]["clause_text"])
        self.assertIn("3 failed trials", criteria[5]["evidence"])
        p = ctypes.POINTER(Criterion)()
        self.assertEqual(lib.dbslabel_assessment_criterion(assessment, 7, ctypes.byref(p)),
                         E_RANGE)
        self.assertEqual(lib.dbslabel_assessment_criterion(None, 0, ctypes.byref(p)), E_ARGUMENT)
        self.assertEqual(lib.dbslabel_assessment_record(None, None), E_ARGUMENT)
        self.assertEqual(lib.dbslabel_assessment_criterion_count(None), 0)
        lib.dbslabel_assessment_free(assessment)
        lib.dbslabel_assessment_free(None)

        lib.dbslabel_patient_clear(patient)
        lib.dbslabel_patient_clear(None)
        for k, v in ((b"id", b"P0002"), (b"birth_date", b"2019-01-01"),
                     (b"diagnosis_codes", b"G24.1;G80.3"), (b"dbs_claimed", b"no")):
            self.assertEqual(api.set(patient, k, v), (OK, None))
        status, assessment, _ = api.assess(assessor, patient)
        lib.dbslabel_assessor_free(assessor)  # the assessment outlives both
        lib.dbslabel_patient_free(patient)
        lib.dbslabel_patient_free(None)
        record = api.record(assessment)
        self.assertEqual((record["verdict"], record["dbs_claimed"]), (OUTSIDE, 0))
        self.assertEqual(record["reference_date"], "2024-06-01")
        self.assertEqual(record["rule"], "")  # DBS not claimed: no finding
        criteria = api.criteria(assessment)
        self.assertEqual(criteria[1]["status"], NOT_MET)
        self.assertEqual(criteria[2]["status_name"], "not_met")
        self.assertEqual(criteria[4]["status"], UNKNOWN)
        lib.dbslabel_assessment_free(assessment)


if __name__ == "__main__":
    LIB_PATH, PROFILE_DIR = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0], "-v"])
