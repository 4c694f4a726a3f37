#!/usr/bin/env python3
"""Generates a records CSV for benchmarks and accounting tests: seeded, a realistic mix of
within, outside and insufficient patients, and a share of corrupt rows of assorted kinds (bad
dates, missing ids, wrong field counts, non-numeric ages, unclosed quotes at the very end).

Usage: gen_records.py OUT --rows N [--seed S] [--corrupt FRACTION]
Prints 'rows=N corrupt=C' to stderr; corrupt row lines are listed in OUT.corrupt when
--list-corrupt is given."""
import argparse, random, sys

HEADER = ["id", "birth_date", "age_years", "reference_date", "diagnosis_codes", "etiology",
          "distribution", "focal_site", "onset_date", "duration_months", "failed_medications",
          "drug_refractory", "dbs_claimed", "notes"]
CODES = ["G24.1", "G24.2", "G24.3", "icd10cm:G24.3", "G24.4", "G24.5", "G24.9", "G24.8",
         "G80.3", "I69.398", "G24.02", "E83.01", "snomed:15802004"]
ETIO = ["primary", "secondary", "unknown", ""]
DIST = ["generalized", "segmental", "hemidystonia", "cervical", "focal", "multifocal", ""]
SITES = ["neck", "eyelids", "hand", "larynx", "jaw"]
MEDS = ["trihexyphenidyl", "baclofen", "clonazepam", "rxnorm:1292", "tetrabenazine", "levodopa"]


def row(rng, i):
    by = rng.randint(1940, 2022)
    birth = f"{by}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.1:
        birth = str(by)
    onset_y = min(2026, by + rng.randint(1, 40))
    onset = f"{onset_y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    dist = rng.choice(DIST)
    return [f"P{i:08d}", birth if rng.random() < 0.95 else "",
            "", "2026-03-01" if rng.random() < 0.5 else "",
            ";".join(rng.sample(CODES, rng.randint(0, 2))), rng.choice(ETIO), dist,
            rng.choice(SITES) if dist == "focal" else "", onset if rng.random() < 0.9 else "",
            "", ";".join(rng.sample(MEDS, rng.randint(0, 2))),
            rng.choice(["yes", "no", "", ""]), rng.choice(["yes", "yes", "yes", "no"]),
            '"seen in clinic, notes ""ok"""' if rng.random() < 0.05 else ""]


def corrupt(rng, r):
    kind = rng.randrange(5)
    if kind == 0:
        r[1] = rng.choice(["2019-13-01", "2023-02-30", "01/06/2019", "0000-00-00"])
    elif kind == 1:
        r[0] = ""
    elif kind == 2:
        r.append("extra")
    elif kind == 3:
        r[1] = ""
        r[2] = rng.choice(["seven", "NaN?", "x"])
    else:
        r.pop()
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corrupt", type=float, default=0.01)
    ap.add_argument("--list-corrupt", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    bad_lines = []
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\n")
        line = 2
        for i in range(a.rows):
            r = row(rng, i)
            if rng.random() < a.corrupt:
                r = corrupt(rng, r)
                bad_lines.append(line)
            f.write(",".join(r) + "\n")
            line += 1
    if a.list_corrupt:
        with open(a.out + ".corrupt", "w") as f:
            f.write("\n".join(map(str, bad_lines)) + "\n")
    print(f"rows={a.rows} corrupt={len(bad_lines)}", file=sys.stderr)


if __name__ == "__main__":
    main()
