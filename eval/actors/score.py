#!/usr/bin/env python3
"""Score the actors plugin against the hand-written gold files.

Runs `rapporteur annotate -p actors` on every document a gold file names
(gold/*.tsv, made from gold/*.list by mkgold.py; the documents are read
from RP_SHARED) and prints precision and recall per kind (country,
organization, group, person-role) and overall.

A system mention matches a gold mention when the label (the canonical id)
is the same and the spans overlap ("lenient"; each mention matches at most
once); "strict" also requires the same byte offsets.  Gold files with a
`# region` line were read only over those bytes: system mentions outside
them are not scored.  Targets (issue 5): countries recall >= 95% with the
right ISO3, actors overall >= 90%.

    score.py [--rapporteur PATH] [--errors] [--check] [GOLD.tsv ...]

--errors lists every miss and false alarm; --check exits 1 when a target
is missed.  Exits 77 (skip) when ../shared is absent.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("country", "organization", "group", "person-role")


def read_gold(paths):
    docs = {}  # doc -> {"file":..., "region":(s,e)|None, "gold":[...]}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    continue
                parts = line.split("\t")
                if line.startswith("# file\t"):
                    docs.setdefault(parts[1], {"gold": [], "region": None})["file"] = parts[2]
                elif line.startswith("# role\t"):
                    docs.setdefault(parts[1], {"gold": [], "region": None})["role"] = parts[2]
                elif line.startswith("# region\t"):
                    docs.setdefault(parts[1], {"gold": [], "region": None})["region"] = (
                        int(parts[2]), int(parts[3]))
                elif line.startswith("#"):
                    continue
                else:
                    doc, s, e, ident, kind, text = parts[:6]
                    d = docs.setdefault(doc, {"gold": [], "region": None})
                    d["gold"].append({"start": int(s), "end": int(e), "label": ident,
                                      "kind": kind, "text": text})
    return docs


def run_system(rap, path, doc):
    cmd = [rap, "annotate", "-p", "actors", "--quiet", path]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"score.py: {' '.join(cmd)} failed ({r.returncode}): "
                 f"{r.stderr.decode('utf-8', 'replace').strip()}")
    out = []
    for line in r.stdout.decode("utf-8").splitlines():
        a = json.loads(line)
        if a.get("plugin") != "actors":
            continue
        out.append({"start": a["start"], "end": a["end"], "label": a["label"],
                    "kind": (a.get("attrs") or {}).get("kind", "?"), "text": a.get("text", ""),
                    "doc": a.get("doc")})
    return out


def match(gold, system, strict):
    """One-to-one matching: same label, overlapping (or equal) spans."""
    used = [False] * len(system)
    by_label = defaultdict(list)
    for i, s in enumerate(system):
        by_label[s["label"]].append(i)
    pairs = []
    for gi, g in enumerate(gold):
        best = None
        for si in by_label.get(g["label"], ()):
            s = system[si]
            if used[si]:
                continue
            ok = (s["start"] == g["start"] and s["end"] == g["end"]) if strict else \
                (s["start"] < g["end"] and g["start"] < s["end"])
            if ok and (best is None or abs(s["start"] - g["start"]) < abs(system[best]["start"] - g["start"])):
                best = si
        if best is not None:
            used[best] = True
            pairs.append((gi, best))
    return pairs


def prf(tp, ng, ns):
    p = tp / ns if ns else 1.0
    r = tp / ng if ng else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    top = os.path.join(HERE, "..", "..")
    ap.add_argument("--rapporteur", default=os.environ.get("RAPPORTEUR", os.path.join(top, "rapporteur")))
    ap.add_argument("--shared", default=os.environ.get("RP_SHARED", os.path.join(top, "..", "shared")))
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--output", help="also write the figures as Markdown to this file")
    ap.add_argument("gold", nargs="*")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "corpora")):
        print(f"score.py: SKIP: no shared corpora at {a.shared} (set RP_SHARED)")
        sys.exit(77)
    paths = a.gold or sorted(glob.glob(os.path.join(HERE, "gold", "*.tsv")))
    docs = read_gold(paths)

    tot = {m: defaultdict(lambda: [0, 0, 0]) for m in ("lenient", "strict")}  # kind -> [tp, gold, sys]
    iso_ok = iso_n = 0
    per_doc = []
    per_role = {}
    for doc in sorted(docs):
        d = docs[doc]
        system = run_system(a.rapporteur, os.path.join(a.shared, d["file"]), doc)
        if d["region"]:
            rs, re_ = d["region"]
            system = [s for s in system if s["start"] >= rs and s["end"] <= re_]
        gold = d["gold"]
        for mode in ("lenient", "strict"):
            pairs = match(gold, system, mode == "strict")
            t = tot[mode]
            for g in gold:
                t[g["kind"]][1] += 1
                t["all"][1] += 1
            for s in system:
                t[s["kind"]][2] += 1
                t["all"][2] += 1
            for gi, si in pairs:
                t[gold[gi]["kind"]][0] += 1
                t["all"][0] += 1
            if mode == "lenient":
                matched_g = {gi for gi, _ in pairs}
                matched_s = {si for _, si in pairs}
                for gi, g in enumerate(gold):
                    if g["kind"] == "country":
                        iso_n += 1
                        iso_ok += gi in matched_g
                if a.errors:
                    for gi, g in enumerate(gold):
                        if gi not in matched_g:
                            print(f"MISS  {doc}:{g['start']}-{g['end']}\t{g['label']}\t{g['text']}")
                    for si, s in enumerate(system):
                        if si not in matched_s:
                            print(f"FALSE {doc}:{s['start']}-{s['end']}\t{s['label']}\t{s['text']}")
        ntp = len(match(gold, system, False))
        dp, dr, _ = prf(ntp, len(gold), len(system))
        role = d.get("role", "held-out")
        per_doc.append(f"{doc:<44}{role:<10}{len(gold):>6}{len(system):>8}{dp:>8.1%}{dr:>8.1%}")
        r = per_role.setdefault(role, [0, 0, 0])
        r[0] += ntp
        r[1] += len(gold)
        r[2] += len(system)

    lines = []

    def out(line=""):
        lines.append(line)

    out(f"{'document':<44}{'gold':<10}{'gold':>6}{'system':>8}{'P':>8}{'R':>8}   (lenient)".replace("gold      ", "role      ", 1))
    for line in per_doc:
        out(line)
    for role in ("tuned", "held-out", "blind"):
        if role in per_role:
            tp, ng, ns = per_role[role]
            p, r, _ = prf(tp, ng, ns)
            out(f"{'all ' + role + ' documents':<44}{'':<10}{ng:>6}{ns:>8}{p:>8.1%}{r:>8.1%}")
    out()
    out(f"{'kind':<14}{'gold':>6}{'system':>8}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}   (lenient: same id, overlapping span)")
    t = tot["lenient"]
    for k in KINDS + ("all",):
        tp, ng, ns = t[k]
        p, r, f = prf(tp, ng, ns)
        out(f"{k:<14}{ng:>6}{ns:>8}{tp:>7}{p:>8.1%}{r:>8.1%}{f:>8.1%}")
    tp, ng, ns = tot["strict"]["all"]
    p, r, f = prf(tp, ng, ns)
    out(f"{'all, strict':<14}{ng:>6}{ns:>8}{tp:>7}{p:>8.1%}{r:>8.1%}{f:>8.1%}   (same id, same offsets)")
    iso_r = iso_ok / iso_n if iso_n else 1.0
    _, all_r, _ = prf(*t["all"])
    all_p, _, _ = prf(*t["all"])
    out()
    out(f"countries with the right ISO3: {iso_ok}/{iso_n} = {iso_r:.1%} (target >= 95%)")
    out(f"actors overall: precision {all_p:.1%}, recall {all_r:.1%} (target >= 90%)")
    if a.output:  # written before printing: a closed pipe must not lose it
        with open(a.output, "w", encoding="utf-8") as f:
            f.write("# Accuracy of the actors plugin\n\n"
                    "Generated by `make eval-actors` (eval/actors/score.py); do not edit.\n"
                    "Gold: " + ", ".join(f"{d} ({len(docs[d]['gold'])} mentions)" for d in sorted(docs))
                    + ". See eval/actors/README.md for how the gold was written and scored.\n\n```\n")
            f.write("\n".join(lines).strip("\n") + "\n```\n")
    print("\n".join(lines))
    if a.check and (iso_r < 0.95 or all_r < 0.90 or all_p < 0.90):
        sys.exit(1)


if __name__ == "__main__":
    main()
