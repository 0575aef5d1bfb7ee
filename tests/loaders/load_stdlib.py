#!/usr/bin/env python3
"""Loads every output of `rapporteur annotate` and `rapporteur count` with
python3's standard library (json, csv) the way a researcher would, and checks
that they agree: same rows in every format, typed JSON fields, offsets that cut
the text back out of the source, the same columns on every CSV/TSV row
(Stata-safe names), count's sum of n equal to annotate's number of records,
brat character offsets, CoNLL-U column counts, and that a failed -o run leaves
no file behind.

Runs on the project's sample corpus (corpora/manifest.tsv). Environment (set by
make check): RAPPORTEUR, RP_SRCDIR.
"""
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile

RAP = os.environ.get("RAPPORTEUR", "./rapporteur")
SRC = os.environ.get("RP_SRCDIR", ".")
MANIFEST = os.path.join(SRC, "corpora", "manifest.tsv")
STATA = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL:", what)
    return cond


# The plugins to run: the loader's test plugin "good" (built by make check;
# tags "water", attribute n) and, where they load, the shipped plugins.
PLUGINS = [["--plugin-dir", "tests/loader", "-p", "good", "-P", "good.word=water"]]
ARGS = PLUGINS[0]


def run(*args, ok=True):
    cmd, rest = args[0], list(args[1:])
    p = subprocess.run([RAP, cmd, *ARGS, *rest], capture_output=True)
    if ok and p.returncode != 0:
        sys.exit(f"rapporteur {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()}")
    return p


def sources():
    """doc id -> bytes of the file, from the manifest."""
    out = {}
    with open(MANIFEST, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            with open(os.path.join(os.path.dirname(MANIFEST), row["path"]), "rb") as g:
                out[row["doc_id"]] = g.read()
    return out


def main():
    global ARGS
    if not os.path.exists(MANIFEST):
        print(f"SKIP: no sample corpus at {MANIFEST}")
        return 77
    shipped = subprocess.run([RAP, "annotate", MANIFEST], capture_output=True)
    if shipped.returncode == 0:
        PLUGINS.append([])
    else:
        print("note: the shipped plugins do not run yet:", shipped.stderr.decode().strip()[:200])
    for args in PLUGINS:
        ARGS = args
        print("plugins:", " ".join(args) or "(the shipped defaults)")
        check_outputs(sources())
    print(f"{len(FAILS)} problems")
    return 1 if FAILS else 0


def check_outputs(src):
    # ---- JSON Lines
    js = run("annotate", "-j", "3", MANIFEST).stdout.decode("utf-8")
    recs = [json.loads(line) for line in js.split("\n")[:-1]]
    check(len(recs) > 0, "annotate wrote no records on the sample corpus")
    for r in recs:
        for k, t in (("doc", str), ("plugin", str), ("label", str), ("start", int), ("end", int),
                     ("text", str), ("sentence", int), ("attrs", dict)):
            if not check(isinstance(r.get(k), t), f"jsonl {k} is not {t.__name__}: {r}"):
                return
        check(r["para"] is None or isinstance(r["para"], str), f"jsonl para: {r}")
        check(all(isinstance(v, str) for v in r["attrs"].values()), f"jsonl attrs: {r}")
        check(r["year"] == "2031" and "body" in r, f"jsonl lacks manifest columns: {r}")
        cut = src[r["doc"]][r["start"]:r["end"]].decode("utf-8", "replace")
        check(cut == r["text"], f"offsets do not cut the text back out: {r} vs {cut!r}")
    js1 = run("annotate", "-j", "1", MANIFEST).stdout.decode("utf-8")
    check(js1 == js, "annotate output differs between -j 1 and -j 3")

    # ---- CSV and TSV: the same rows, the same columns on every row
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        text = run("annotate", "--format", fmt, MANIFEST).stdout.decode("utf-8")
        if fmt == "csv":
            check("\r\n" in text, "csv lines do not end in CRLF (RFC 4180)")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
        header, body = rows[0], rows[1:]
        check(len(body) == len(recs), f"{fmt}: {len(body)} rows, jsonl has {len(recs)}")
        check(all(len(r) == len(header) for r in body), f"{fmt}: rows with a different column count")
        check(len(set(header)) == len(header), f"{fmt}: duplicate column names {header}")
        check(all(STATA.match(h) for h in header), f"{fmt}: column names unsafe for Stata: {header}")
        check(header[:8] == ["doc", "plugin", "label", "start", "end", "text", "para", "sentence"],
              f"{fmt}: header starts {header[:8]}")
        check("year" in header and "symbol" in header, f"{fmt}: no manifest columns in {header}")
        for j, r in zip(recs, body):
            row = dict(zip(header, r))
            same = (row["doc"] == j["doc"] and row["label"] == j["label"] and
                    int(row["start"]) == j["start"] and int(row["end"]) == j["end"] and
                    row["sentence"] == str(j["sentence"]) and row["para"] == (j["para"] or ""))
            if fmt == "csv":
                same = same and row["text"] == j["text"]
            for k, v in j["attrs"].items():
                col = "attr_" + re.sub(r"[^A-Za-z0-9_]", "_", k)[:27]
                same = same and row.get(col) == v
            if not check(same, f"{fmt} row differs from jsonl: {row} vs {j}"):
                break

    # ---- --meta chooses the columns
    one = json.loads(run("annotate", "--meta", "year", MANIFEST).stdout.decode().split("\n")[:-1][0])
    check("year" in one and "body" not in one, f"--meta year: {one}")
    p = run("annotate", "--meta", "nosuch", MANIFEST, ok=False)
    check(p.returncode == 1 and b"nosuch" in p.stderr, "--meta with an unknown column is not an error")

    # ---- count agrees with annotate, and does not depend on -j
    for opts in ([], ["--wide"], ["--by", "section", "--complete"]):
        a, b = run("count", "-j", "1", *opts, MANIFEST).stdout, run("count", "-j", "3", *opts, MANIFEST).stdout
        check(a == b, f"count {' '.join(opts)} differs between -j 1 and -j 3")
    long = list(csv.DictReader(io.StringIO(run("count", MANIFEST).stdout.decode()), delimiter="\t"))
    check(sum(int(r["n"]) for r in long) == len(recs),
          f"count: sum of n {sum(int(r['n']) for r in long)} != {len(recs)} annotations")
    for r in long:
        check(int(r["tokens"]) > 0 and abs(float(r["per_1000"]) - int(r["n"]) * 1000 / int(r["tokens"])) < 1e-3,
              f"count: per_1000 wrong in {r}")
    wide = list(csv.reader(io.StringIO(run("count", "--wide", "--format", "csv", MANIFEST).stdout.decode())))
    check(wide[0][0] == "doc" and len(wide) == 1 + len(src), f"count --wide: header {wide[0]}, {len(wide)} rows")
    check(sum(int(x) for r in wide[1:] for x in r[1:]) == len(recs), "count --wide: sum differs from annotate")
    for plugin in sorted({r["plugin"] for r in recs}):
        n = sum(1 for r in recs if r["plugin"] == plugin)
        sel = list(csv.DictReader(io.StringIO(run("count", "--plugin", plugin, MANIFEST).stdout.decode()), delimiter="\t"))
        check(sum(int(r["n"]) for r in sel) == n, f"count --plugin {plugin}: sum != {n}")
        a = run("annotate", "--plugin", plugin, MANIFEST).stdout.decode().split("\n")[:-1]
        check(len(a) == n, f"annotate --plugin {plugin}: {len(a)} records, expected {n}")
    comp = list(csv.DictReader(io.StringIO(run("count", "--complete", MANIFEST).stdout.decode()), delimiter="\t"))
    labels = {(r["plugin"], r["label"]) for r in comp}
    check(len(comp) == len(labels) * len(src), f"count --complete: {len(comp)} rows, not {len(labels)} x {len(src)}")
    check(sum(int(r["n"]) for r in comp) == len(recs), "count --complete: sum differs")
    by = list(csv.DictReader(io.StringIO(run("count", "--by", "body", MANIFEST).stdout.decode()), delimiter="\t"))
    check(sum(int(r["n"]) for r in by) == len(recs) and {r["body"] for r in by} <= {"GA", "HRC"},
          "count --by body: wrong groups or sum")
    sec = list(csv.DictReader(io.StringIO(run("count", "--by", "section", MANIFEST).stdout.decode()), delimiter="\t"))
    check(sum(int(r["n"]) for r in sec) == len(recs), "count --by section: sum differs")

    # ---- brat: .txt copies and character offsets
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "brat")
        run("annotate", "--format", "brat", "-o", out, MANIFEST)
        check(os.path.exists(os.path.join(out, "annotation.conf")), "brat: no annotation.conf")
        n_ann = 0
        for doc, data in src.items():
            with open(os.path.join(out, doc + ".txt"), "rb") as f:
                check(f.read() == data, f"brat: {doc}.txt is not a copy of the source")
            text = data.decode("utf-8")
            with open(os.path.join(out, doc + ".ann"), encoding="utf-8") as f:
                for line in f:
                    if not line.startswith("T"):
                        continue
                    n_ann += 1
                    tid, mid, surface = line.rstrip("\n").split("\t")
                    frags = [tuple(map(int, x.split())) for x in mid.split(" ", 1)[1].split(";")]
                    cut = " ".join(text[a:b] for a, b in frags)
                    check(cut == surface, f"brat: {doc} {tid} offsets give {cut!r}, not {surface!r}")
        check(n_ann == len(recs), f"brat: {n_ann} T lines, {len(recs)} annotations")

    # ---- CoNLL-U Plus
    cu = run("annotate", "--format", "conllu", MANIFEST).stdout.decode("utf-8").split("\n")
    cols = cu[0].split(" = ", 1)[1].split()
    check(cols[:10] == "ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC".split(), f"conllu columns {cols}")
    rows = [l.split("\t") for l in cu[1:] if l and not l.startswith("#")]
    check(rows and all(len(r) == len(cols) for r in rows), "conllu: rows with the wrong number of columns")
    check(sum(1 for r in rows for c in r[10:] for x in c.split(";") if x.startswith("B-")) == len(recs),
          "conllu: B- tags differ from the number of annotations")

    # ---- --provenance: versions, plugins, lexicons, inputs with sha256
    with tempfile.TemporaryDirectory() as d:
        pv = os.path.join(d, "prov.json")
        run("annotate", "--provenance", pv, MANIFEST)
        with open(pv, encoding="utf-8") as f:
            prov = json.load(f)
        for k in ("rapporteur", "command", "argv", "options", "plugins", "lexicons", "inputs",
                  "results", "start", "end"):
            check(k in prov, f"provenance lacks {k}")
        check(prov["results"]["annotations"] == len(recs), f"provenance: {prov['results']}")
        check(all(p["name"] and p["version"] and p["path"] for p in prov["plugins"]), "provenance plugins")
        check(all(l["checksum"].startswith("sha256:") for l in prov["lexicons"]), "provenance lexicons")
        byid = {i["doc"]: i for i in prov["inputs"]}
        check(set(byid) == set(src), f"provenance inputs {sorted(byid)}")
        for doc, data in src.items():
            check(byid[doc]["bytes"] == len(data) and
                  byid[doc]["sha256"] == "sha256:" + hashlib.sha256(data).hexdigest(),
                  f"provenance: size or sha256 of {doc} wrong")

        # segment and tokens share the driver: the same record of inputs
        p = subprocess.run([RAP, "segment", "--provenance", pv, MANIFEST], capture_output=True)
        check(p.returncode == 0, f"segment --provenance: {p.stderr.decode()}")
        with open(pv, encoding="utf-8") as f:
            prov = json.load(f)
        check(prov["command"] == "segment" and prov["plugins"] == [],
              f"segment provenance: {prov['command']} {prov['plugins']}")
        check({i["doc"]: i["bytes"] for i in prov["inputs"]} == {d: len(b) for d, b in src.items()},
              "segment provenance: inputs differ")

    # ---- -o is atomic: a failing run leaves nothing behind
    with tempfile.TemporaryDirectory() as d:
        target = os.path.join(d, "out.jsonl")
        p = run("annotate", "--strict", "-o", target, MANIFEST, os.path.join(d, "missing.txt"), ok=False)
        check(p.returncode != 0 and not os.path.exists(target), "a failed run left its -o file")
        check(os.listdir(d) == [], f"a failed run left files: {os.listdir(d)}")
        run("annotate", "-o", target, MANIFEST)
        with open(target, encoding="utf-8") as f:
            check(f.read() == js, "-o FILE differs from standard output")

    print(f"  {len(recs)} annotations checked in every format")


if __name__ == "__main__":
    sys.exit(main())
