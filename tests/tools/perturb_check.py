#!/usr/bin/env python3
"""Robustness of dbslabel's sentence judgements to the form copy takes around a sentence.
Every row of the given TSVs (text, labels, ...) is checked as written and in variants that must
not change what it claims: after a speaker label ("HOST: "), after a slide label ("Slide 7: "),
in curly quotes, followed by an emoji and a hashtag, all in lower case. Counts the variants whose rules differ
from the row's own result.
Usage: perturb_check.py TSV... [--bin PATH] [--max-changed F]
Last line printed: the figures. Exit 0 when the changed share is <= --max-changed."""
import argparse, csv, json, os, shutil, subprocess, sys, tempfile

RULES = {"efficacy-claim", "age-under-7", "secondary-dystonia", "unlisted-subtype",
         "not-refractory", "not-chronic", "safety-overclaim", "regulatory-status"}

VARIANTS = {
    "host": lambda t: "HOST: " + t,
    "slide": lambda t: "Slide 7: " + t,
    "quoted": lambda t: "\u201c" + t + "\u201d",
    "hashtag": lambda t: t + " \U0001F499 #dystonia",
    "lower-case": lambda t: t.lower(),
}


def load(paths):
    texts = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                texts.append(row["text"])
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tsv", nargs="+")
    ap.add_argument("--bin", default="build/tools/dbslabel")
    ap.add_argument("--max-changed", type=float, default=1.0)
    a = ap.parse_args()
    if not os.access(a.bin, os.X_OK):
        print(f"no executable at {a.bin}")
        return 1
    texts = load(a.tsv)
    d = tempfile.mkdtemp(prefix="dbslabel-perturb-")
    try:
        files = {}  # path -> (row, variant)
        for i, text in enumerate(texts):
            for name, make in [("as-written", lambda t: t)] + list(VARIANTS.items()):
                p = os.path.join(d, f"r{i:05d}-{name}.txt")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(make(text) + "\n")
                files[p] = (i, name)
        p = subprocess.run([a.bin, "text", "--format", "jsonl", "--fail-level", "none", d],
                           capture_output=True, text=True, timeout=600)
        got = {key: set() for key in files.values()}
        for line in p.stdout.splitlines():
            try:
                f = json.loads(line)
            except ValueError:
                continue
            path = f.get("path", "")
            key = files.get(path) or files.get(os.path.join(d, os.path.basename(path)))
            if key and f.get("rule") in RULES:
                got[key].add(f["rule"])
        if not any(got.values()):
            print(f"no findings at all (exit {p.returncode}): {p.stderr[:300]!r}")
            return 1
        changed = 0
        total = 0
        for i, text in enumerate(texts):
            base = got[(i, "as-written")]
            for name in VARIANTS:
                total += 1
                if got[(i, name)] != base:
                    changed += 1
                    print(f"{name}\tas-written={','.join(sorted(base)) or 'none'}\t"
                          f"variant={','.join(sorted(got[(i, name)])) or 'none'}\t{text}")
        share = changed / max(1, total)
        print(f"rows={len(texts)} variants={total} changed={changed} share={share:.4f}")
        return 0 if share <= a.max_changed else 1
    finally:
        shutil.rmtree(d, ignore_errors=True)


sys.exit(main())
