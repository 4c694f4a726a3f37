#!/usr/bin/env python3
# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
"""Runs dbslabel with --format sarif and checks the log two ways:
  1. against the official SARIF 2.1.0 JSON schema (shipped in the npm package
     @microsoft/sarif-multitool-linux as sarif-2.1.0.json), with python3's jsonschema;
  2. with Microsoft's SARIF Multitool: `validate FILE --rule-kind Gh;Sarif -o OUT`, expecting
     no result in OUT. The tool's binary is called directly, without a shell, so the ';' in
     the rule kind reaches it unsplit (the npm wrapper script runs it through a shell).
The Multitool is installed with npm into --npm-dir when it is missing.

Usage: validate_sarif.py --bin BIN --npm-dir DIR [--workdir DIR] -- ARGS...
Exit status 0 when both checks pass, 1 otherwise."""
import argparse
import json
import os
import stat
import subprocess
import sys

PACKAGE = "@microsoft/sarif-multitool@5.7.0"


def tool_dir(npm_dir):
    return os.path.join(npm_dir, "node_modules", "@microsoft", "sarif-multitool-linux")


def ensure_tool(npm_dir):
    d = tool_dir(npm_dir)
    exe = os.path.join(d, "Sarif.Multitool")
    if not os.path.exists(exe):
        os.makedirs(npm_dir, exist_ok=True)
        print(f"installing {PACKAGE} into {npm_dir}", flush=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", npm_dir, PACKAGE],
                       check=True)
    # npm may skip the package's postinstall step that makes the binary executable.
    os.chmod(exe, os.stat(exe).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return exe, os.path.join(d, "sarif-2.1.0.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--npm-dir", required=True)
    ap.add_argument("--workdir", default=".")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    args = a.args[1:] if a.args[:1] == ["--"] else a.args

    run = subprocess.run([a.bin] + args, cwd=a.workdir, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"dbslabel exited {run.returncode}: {run.stderr}")
        return 1
    os.makedirs(a.npm_dir, exist_ok=True)
    log_path = os.path.join(a.npm_dir, "dbslabel.sarif")
    with open(log_path, "w", encoding="utf-8") as f:
        f.write(run.stdout)
    log = json.loads(run.stdout)
    results = log["runs"][0]["results"]
    print(f"{len(results)} results, "
          f"{sum(1 for r in results if r.get('suppressions'))} suppressed")
    if not results:
        print("expected results in the sample log")
        return 1

    exe, schema_path = ensure_tool(a.npm_dir)
    import jsonschema  # noqa: E402  (only needed here)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print(f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if errors:
        return 1
    print("schema: valid against", os.path.basename(schema_path))

    out = os.path.join(a.npm_dir, "multitool-out.sarif")
    if os.path.exists(out):
        os.remove(out)
    mt = subprocess.run([exe, "validate", log_path, "--rule-kind", "Gh;Sarif", "-o", out],
                        capture_output=True, text=True)
    print(mt.stdout[-2000:])
    if mt.returncode != 0 or not os.path.exists(out):
        print(f"multitool exited {mt.returncode}: {mt.stderr[-2000:]}")
        return 1
    with open(out, encoding="utf-8-sig") as f:
        found = json.load(f)["runs"][0].get("results", [])
    for r in found:
        print(f"multitool: {r.get('ruleId')} {r.get('level', 'warning')}: "
              f"{r.get('message', {}).get('arguments')}")
    if found:
        return 1
    print("multitool: no result (rule kinds Gh and Sarif)")
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
