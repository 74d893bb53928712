#!/usr/bin/env python3
"""Runs archlint over the catalogue and the test models in every format that
tools read, and checks what it writes: JSON against docs/json-format.schema.json,
SARIF against the SARIF 2.1.0 schema (../shared/schemas, beside the repository),
JUnit XML by parsing it and counting. Exits 77 (skipped) with a message when the
jsonschema module is missing, or when the SARIF schema is (after the rest passed).

archlint diff --format json is validated against docs/diff-format.schema.json.

Usage: validate.py ARCHLINT SOURCE_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77

try:
    import jsonschema
except ImportError:
    print("SKIP: the python3 jsonschema module is missing (Debian: python3-jsonschema); "
          "SARIF and JSON output not validated")
    sys.exit(SKIP)

archlint, src = sys.argv[1], os.path.abspath(sys.argv[2])
failures = []
checked = {"json": 0, "sarif": 0, "junit": 0, "diff": 0}


def fail(what, message):
    failures.append(f"{what}: {message}")


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


json_schema = load_schema(os.path.join(src, "docs", "json-format.schema.json"))
diff_schema = load_schema(os.path.join(src, "docs", "diff-format.schema.json"))
sarif_path = os.path.join(os.path.dirname(src), "shared", "schemas", "sarif-schema-2.1.0.json")
sarif_schema = load_schema(sarif_path) if os.path.exists(sarif_path) else None


def run(args, stdin=None):
    """archlint's output and exit status; the run must not be a usage error."""
    done = subprocess.run([archlint, *args], input=stdin, capture_output=True, cwd=src, check=False)
    return done.stdout.decode("utf-8"), done.returncode


def schema_errors(validator, document):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(document)]


def load_valid(what, text, validator, name):
    """The JSON document `text`, its errors against `validator` reported; None when it is no JSON."""
    try:
        doc = json.loads(text)
    except ValueError as e:
        return fail(what, f"not JSON: {e}")
    for error in schema_errors(validator, doc):
        fail(what, f"{name} schema: {error}")
    return doc


def check_json(what, text):
    checked["json"] += 1
    doc = load_valid(what, text, json_schema, "JSON")
    if doc is None:
        return None
    for entry in doc.get("files", []):
        if "[" in entry.get("file", "") and entry.get("page") is None and entry.get("block") is None:
            fail(what, f"file {entry['file']!r} holds a page")
    return doc


def check_sarif(what, text, doc):
    """Valid SARIF 2.1.0 that says what the JSON document `doc` says."""
    checked["sarif"] += 1
    log = json.loads(text)
    if sarif_schema:
        for error in schema_errors(sarif_schema, log):
            fail(what, f"SARIF schema: {error}")
    if len(log["runs"]) != 1:
        return fail(what, f"{len(log['runs'])} runs")
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    if ids != sorted(set(ids)):
        fail(what, "rules not unique and sorted")
    findings = [(f, entry) for entry in doc["files"] for f in entry["findings"]]
    results = run_["results"]
    if len(results) != len(findings):
        return fail(what, f"{len(results)} results for {len(findings)} findings")
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for result, (finding, entry) in zip(results, findings):
        location = result["locations"][0]["physicalLocation"]
        want = (finding["rule"], levels[finding["severity"]], finding["line"], finding["waived"])
        got = (result["ruleId"], result["level"], location["region"]["startLine"], "suppressions" in result)
        if got != want:
            fail(what, f"result {got} for finding {want}")
        if ids[result["ruleIndex"]] != result["ruleId"]:
            fail(what, f"ruleIndex {result['ruleIndex']} is not {result['ruleId']}")
        if " " not in entry["file"] and location["artifactLocation"]["uri"] != entry["file"]:
            fail(what, f"uri {location['artifactLocation']['uri']} for file {entry['file']}")
        if finding["waived"] and result["suppressions"][0]["justification"] != finding["reason"]:
            fail(what, f"suppression without the reason of {finding['rule']}")


def check_junit(what, text, doc, status):
    """Well-formed JUnit whose counts add up and that fails when check does."""
    checked["junit"] += 1
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        return fail(what, f"not XML: {e}")
    if root.tag != "testsuites":
        return fail(what, f"root is <{root.tag}>")
    suites = root.findall("testsuite")
    if len(suites) != len(doc["files"]):
        fail(what, f"{len(suites)} suites for {len(doc['files'])} models")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for suite in suites:
        cases = suite.findall("testcase")
        counts = {"tests": len(cases),
                  "failures": sum(1 for c in cases if c.find("failure") is not None),
                  "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
        for key, n in counts.items():
            totals[key] += n
            if int(suite.get(key)) != n:
                fail(what, f"suite {suite.get('name')}: {key}={suite.get(key)}, counted {n}")
        names = [c.get("name") for c in cases]
        if len(names) != len(set(names)):
            fail(what, f"suite {suite.get('name')}: a rule twice")
    for key, n in totals.items():
        if int(root.get(key)) != n:
            fail(what, f"testsuites {key}={root.get(key)}, counted {n}")
    if status in (0, 1) and (totals["failures"] > 0) != (status == 1):
        fail(what, f"{totals['failures']} failures, but check exits {status}")


def check_formats(what, args, stdin=None):
    """One input in JSON, SARIF and JUnit: each valid, all three agreeing."""
    text, status = run(["check", "--format", "json", *args], stdin)
    if status not in (0, 1, 2):
        return fail(what, f"exit {status}")
    doc = check_json(f"{what} (json)", text)
    if doc is None:
        return
    sarif, _ = run(["check", "--format", "sarif", *args], stdin)
    check_sarif(f"{what} (sarif)", sarif, doc)
    again, _ = run(["check", "--format", "sarif", *args], stdin)
    if again != sarif:
        fail(what, "SARIF differs between two runs")
    junit, status = run(["check", "--format", "junit", *args], stdin)
    check_junit(f"{what} (junit)", junit, doc, status)


def rel(path):
    return os.path.relpath(path, src)


# The catalogue, as a folder (one run for all) and model by model.
check_formats("models/", ["models"])
for model in sorted(glob.glob(os.path.join(src, "models", "*.dot"))):
    check_formats(rel(model), [rel(model)])
# Every rule fixture as one folder run, and each on its own in JSON.
check_formats("tests/rules/", ["tests/rules"])
for fixture in sorted(glob.glob(os.path.join(src, "tests", "rules", "**", "*.dot"), recursive=True)):
    check_json(rel(fixture), run(["check", "--format", "json", "--fail-on", "info", rel(fixture)])[0])
# Waivers: waived and expired ones; fail levels.
waivers = ["tests/rules/waivers/waived.dot", "tests/rules/waivers/expired.dot"]
check_formats("waivers", ["--today", "2027-01-01", *waivers])
check_formats("waivers, fail on info", ["--fail-on", "info", "--today", "2027-01-01", *waivers])
check_formats("waivers, fail never", ["--fail-on", "never", *waivers])
check_formats("a waived reason with ; and :", ["tests/cli/waivers/reason-with-semicolons.dot"])
# Pictures: draw.io pages, Mermaid, Markdown blocks.
check_formats("draw.io pages", ["tests/cli/diagrams/shop.drawio"])
check_formats("one draw.io page", ["--page", "Back office", "tests/cli/diagrams/shop.drawio"])
check_formats("mermaid", ["tests/cli/diagrams/flow.mmd"])
check_formats("markdown blocks", ["tests/fixtures/mermaid/blocks.md"])
# Pattern rules, from --rules and from an archlint.toml.
check_formats("pattern rules", ["--rules", "tests/patterns/rules", "tests/patterns/model.dot"])
check_formats("pattern rules of a config", ["--config", "tests/patterns/project/archlint.toml",
                                            "tests/patterns/model.dot"])
# A folder with broken files; selection; standard input; a path with a space.
check_formats("folder with broken files", ["tests/cli/folder"])
check_formats("selected rules", ["--select", "performance", "--min-severity", "warning", "tests/cli/folder/quiet"])
with open(os.path.join(src, "tests/cli/folder/quiet/reads.dot"), "rb") as f:
    check_formats("standard input", ["-"], f.read())
with tempfile.TemporaryDirectory() as work:
    spaced = os.path.join(work, "a model.dot")
    with open(os.path.join(src, "tests/rules/performance-read-cache/fires.dot"), "rb") as f, open(spaced, "wb") as out:
        out.write(f.read())
    check_formats("a path with a space", [spaced])
    sarif, _ = run(["check", "--format", "sarif", spaced])
    uri = json.loads(sarif)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    if not uri.endswith("a%20model.dot"):
        fail("a path with a space", f"uri {uri}")

    # report writes the same formats into its folder.
    out = os.path.join(work, "out")
    _, status = run(["report", "--format", "json,sarif,junit", "models", "-o", out])
    written = sorted(os.listdir(out)) if os.path.isdir(out) else []
    if status != 0 or written != ["findings.json", "findings.sarif", "junit.xml"]:
        fail("report --format json,sarif,junit", f"exit {status}, wrote {written}")
    else:
        with open(os.path.join(out, "findings.json"), encoding="utf-8") as f:
            doc = check_json("report findings.json", f.read())
        with open(os.path.join(out, "findings.sarif"), encoding="utf-8") as f:
            check_sarif("report findings.sarif", f.read(), doc)
        with open(os.path.join(out, "junit.xml"), encoding="utf-8") as f:
            check_junit("report junit.xml", f.read(), doc, None)

# archlint diff: both ways between two versions of the URL shortener, a
# model against itself, and every catalogue model against the first one.
def check_diff(what, old, new):
    checked["diff"] += 1
    text, status = run(["diff", "--format", "json", old, new])
    if status not in (0, 1):
        return fail(what, f"exit {status}")
    doc = load_valid(what, text, diff_schema, "diff")
    if doc is not None and doc["summary"]["fails"] != (status == 1):
        fail(what, f"fails={doc['summary']['fails']} but exit {status}")


pair = ["tests/fixtures/diff/before.dot", "tests/fixtures/diff/after.dot"]
check_diff("diff before after", *pair)
check_diff("diff after before", *reversed(pair))
models = sorted(rel(m) for m in glob.glob(os.path.join(src, "models", "*.dot")))
for model in models:
    check_diff(f"diff {models[0]} {model}", models[0], model)

for failure in failures:
    print("FAIL", failure)
print(f"{checked['json']} JSON, {checked['sarif']} SARIF, {checked['junit']} JUnit and {checked['diff']} diff outputs checked, "
      f"{len(failures)} failures")
if failures:
    sys.exit(1)
if not sarif_schema:
    print(f"SKIP: the SARIF 2.1.0 schema is not at {sarif_path}; SARIF output was not validated against it")
    sys.exit(SKIP)
