#!/usr/bin/env python3
"""Scores the recommendations plugin and writes doc/evaluation.md.

Two measures, both through the real command line (`rapporteur annotate -p
recommendations --format jsonl`):

1. UPR action category.  Every recommendation of UPR Info's labelled
   database (../shared/corpora/upr_info_recommendations_labelled) becomes
   one document; the category of its FIRST action (the earliest
   annotation) is compared with UPR Info's Action code.  The plugin's
   lexicons were tuned on sessions 1-17 (files 1-5, 6-9, 10-13, 14-17);
   the figure to report is sessions 18-20 (upr_info_sessions_17-20.csv),
   which was never used for tuning.  For comparison the script also scores
   the first-word baseline: each first word's most frequent category in the
   tuning files.

2. Recommendation sentences in the seed report.  eval/upr/
   seed_recommendations.tsv lists, as byte ranges, the sentences of
   ../shared/corpora/seed/sg-report-international-cooperation-2021.txt that
   recommend an action (read by hand; see README.md).  A gold sentence is
   found when an annotation starts inside it; a predicted sentence (an
   engine sentence with at least one annotation) is correct when its
   annotations start inside a gold sentence.

Usage:
    evaluate.py [--rapporteur PATH] [--shared DIR] [--out FILE] [--jobs N]
    evaluate.py --list-none [--rapporteur PATH] [--shared DIR]

--list-none prints the recommendations of the TUNING files in which the
plugin finds no action (file, UPR Info's code, text) and stops: what to
look at when extending the rules.  It never reads the held-out file.

Python 3 standard library only.  Exit status 0, or 2 when the data or the
command is missing.
"""
import argparse
import collections
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

UPR_DIR = "corpora/upr_info_recommendations_labelled"
TUNE = ["upr_info_sessions_1-5.csv", "upr_info_sessions_6-9.csv",
        "upr_info_sessions_10-13.csv", "upr_info_sessions_14-17.csv"]
REPORT = "upr_info_sessions_17-20.csv"
SEED = "corpora/seed/sg-report-international-cooperation-2021.txt"
GOLD = os.path.join(HERE, "seed_recommendations.tsv")
CATS = ["1", "2", "3", "4", "5"]


def read_upr(path):
    """Rows of a UPR Info CSV (Mac Roman, CR line ends)."""
    with open(path, encoding="mac_roman", newline="") as f:
        data = f.read()
    data = data.replace("\r\n", "\n").replace("\r", "\n")
    return list(csv.DictReader(io.StringIO(data)))


def first_word(text):
    m = re.search(r"[A-Za-z]+", text)
    return m.group(0).lower() if m else ""


def annotate(rap, inputs, jobs, extra=()):
    """Runs rapporteur annotate; returns the JSON records and the wall time."""
    cmd = [rap, "annotate", "-p", "recommendations", "--format", "jsonl", "--quiet",
           "--meta", "none"]
    if jobs:
        cmd += ["-j", str(jobs)]
    cmd += list(extra) + list(inputs)
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.monotonic() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit(f"evaluate.py: {' '.join(cmd[:6])} ... failed (exit {p.returncode})")
    recs = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line.strip()]
    return recs, dt


def score_upr(rap, shared, jobs, tmp):
    """Per file: rows, agreement, coverage, baseline; confusion matrices."""
    files = TUNE + [REPORT]
    rows = {}
    for name in files:
        path = os.path.join(shared, UPR_DIR, name)
        if not os.path.exists(path):
            sys.exit(f"evaluate.py: {path}: not found (set --shared)")
        rows[name] = read_upr(path)

    # The first-word baseline, learned on the tuning files only.
    fw = collections.defaultdict(collections.Counter)
    for name in TUNE:
        for r in rows[name]:
            fw[first_word(r["Text"])][r["Action"]] += 1
    majority = {w: c.most_common(1)[0][0] for w, c in fw.items()}
    overall = collections.Counter(r["Action"] for n in TUNE for r in rows[n]).most_common(1)[0][0]

    # One document per recommendation, one manifest for all.
    docs = os.path.join(tmp, "upr")
    os.makedirs(docs)
    manifest = os.path.join(tmp, "upr.tsv")
    total_bytes = 0
    with open(manifest, "w", encoding="utf-8") as m:
        m.write("doc_id\tpath\n")
        for fi, name in enumerate(files):
            for i, r in enumerate(rows[name]):
                doc_id = f"f{fi}-{i}"
                text = re.sub(r"\s+", " ", r["Text"]).strip() + "\n"
                path = os.path.join(docs, doc_id + ".txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                total_bytes += len(text.encode("utf-8"))
                m.write(f"{doc_id}\t{path}\n")
    recs, dt = annotate(rap, [manifest], jobs)
    first = {}
    for rec in recs:
        d = rec["doc"]
        if d not in first or rec["start"] < first[d]["start"]:
            first[d] = rec

    result = {"files": [], "confusion": {}, "seconds": dt, "bytes": total_bytes,
              "annotations": len(recs), "disagree": collections.Counter()}
    for fi, name in enumerate(files):
        n = ok = covered = base_ok = 0
        conf = collections.Counter()
        for i, r in enumerate(rows[name]):
            gold = r["Action"]
            rec = first.get(f"f{fi}-{i}")
            pred = rec["attrs"].get("category") if rec else None
            n += 1
            covered += rec is not None
            ok += pred == gold
            base_ok += majority.get(first_word(r["Text"]), overall) == gold
            conf[(gold, pred or "none")] += 1
            if name == REPORT and pred != gold:
                result["disagree"][(rec["label"] if rec else "(none)", pred or "none", gold)] += 1
        result["files"].append({"name": name, "n": n, "agree": ok, "covered": covered,
                                "baseline": base_ok, "report": name == REPORT})
        result["confusion"][name] = conf
    return result


def score_seed(rap, shared, jobs):
    path = os.path.join(shared, SEED)
    if not os.path.exists(path):
        sys.exit(f"evaluate.py: {path}: not found (set --shared)")
    data = open(path, "rb").read()
    gold = []
    with open(GOLD, encoding="utf-8") as f:
        for line in f:
            if not line[:1].isdigit():
                continue
            para, start, end, sha, note = line.rstrip("\n").split("\t", 4)
            start, end = int(start), int(end)
            if hashlib.sha1(data[start:end]).hexdigest()[:8] != sha:
                sys.exit(f"evaluate.py: {GOLD}: paragraph {para} [{start},{end}) does not match "
                         f"the seed file any more")
            gold.append((start, end, para, note))
    recs, _ = annotate(rap, [path], jobs)
    hit = set()
    pred = collections.defaultdict(list)  # engine sentence -> gold index or None
    for rec in recs:
        g = next((i for i, (s, e, _, _) in enumerate(gold) if s <= rec["start"] < e), None)
        if g is not None:
            hit.add(g)
        pred[rec["sentence"]].append((g, rec))
    correct = sum(1 for v in pred.values() if any(g is not None for g, _ in v))
    misses = [gold[i] for i in range(len(gold)) if i not in hit]
    false = [v[0][1] for v in pred.values() if all(g is None for g, _ in v)]
    return {"gold": len(gold), "found": len(hit), "predicted": len(pred), "correct": correct,
            "misses": misses, "false": false, "annotations": len(recs)}


def list_none(rap, shared, jobs):
    """Prints the tuning recommendations without an annotation."""
    with tempfile.TemporaryDirectory(prefix="rp-eval-") as tmp:
        manifest = os.path.join(tmp, "tune.tsv")
        rows = {}
        with open(manifest, "w", encoding="utf-8") as m:
            m.write("doc_id\tpath\n")
            for fi, name in enumerate(TUNE):
                rows[name] = read_upr(os.path.join(shared, UPR_DIR, name))
                for i, r in enumerate(rows[name]):
                    path = os.path.join(tmp, f"f{fi}-{i}.txt")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(re.sub(r"\s+", " ", r["Text"]).strip() + "\n")
                    m.write(f"f{fi}-{i}\t{path}\n")
        recs, _ = annotate(rap, [manifest], jobs)
    found = {rec["doc"] for rec in recs}
    n = 0
    for fi, name in enumerate(TUNE):
        for i, r in enumerate(rows[name]):
            if f"f{fi}-{i}" not in found:
                n += 1
                print(f"{name}\t{r['Action']}\t{re.sub(chr(92) + 's+', ' ', r['Text']).strip()}")
    total = sum(len(v) for v in rows.values())
    print(f"{n} of {total} tuning recommendations without an action", file=sys.stderr)


def model_cv():
    """The cross-validation line of the shipped category model, or None."""
    path = os.path.join(TOP, "lexicons", "recommendations", "category.model")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# Cross-validation"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def write_md(out, upr, seed, cmdline):
    L = []
    L.append("# Evaluation of the recommendations plugin")
    L.append("")
    L.append("Written by `eval/upr/evaluate.py` (`make eval-upr`); do not edit by hand.")
    L.append("Command: `" + cmdline + "`.")
    L.append("")
    L.append("## 1. UPR Info action category (1-5)")
    L.append("")
    L.append("Each recommendation of UPR Info's database is one document; the category of its "
             "first annotated action is compared with UPR Info's Action code. The lexicons and "
             "the category model (`lexicons/recommendations/category.model`, trained by "
             "`eval/upr/train_category.py`) were tuned and trained on sessions 1-17 only, so the "
             "tuning rows below are in-sample; **sessions 18-20 were never used for tuning or "
             "training**. Baseline: the most frequent category of the recommendation's first "
             "word in the tuning files.")
    L.append("")
    L.append("| file | sessions | recommendations | with an action | agreement | first-word baseline |")
    L.append("|---|---|---:|---:|---:|---:|")
    for f in upr["files"]:
        sess = "18-20 (report)" if f["report"] else f["name"][len("upr_info_sessions_"):-4] + " (tuning)"
        agree = pct(f["agree"], f["n"])
        if f["report"]:
            agree = f"**{agree}**"
        L.append(f"| {f['name']} | {sess} | {f['n']} | {pct(f['covered'], f['n'])} | {agree} | "
                 f"{pct(f['baseline'], f['n'])} |")
    L.append("")
    cv = model_cv()
    if cv:
        L.append("Out of sample on the tuning files (the model trained on three of them, "
                 "scored on the fourth; from the model file's header): " + cv)
        L.append("")
    rep = next(f for f in upr["files"] if f["report"])
    conf = upr["confusion"][REPORT]
    L.append(f"Confusion on sessions 18-20 ({rep['n']} recommendations; rows: UPR Info, "
             "columns: plugin; `none`: no action found):")
    L.append("")
    L.append("| UPR Info \\ plugin | 1 | 2 | 3 | 4 | 5 | none | total |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for g in CATS:
        cells = [conf[(g, p)] for p in CATS + ["none"]]
        L.append(f"| {g} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    L.append("")
    L.append("Most frequent disagreements on sessions 18-20 (first action's lemma, plugin's "
             "category, UPR Info's):")
    L.append("")
    L.append("| lemma | plugin | UPR Info | recommendations |")
    L.append("|---|---:|---:|---:|")
    for (lemma, pred, gold), n in upr["disagree"].most_common(12):
        L.append(f"| {lemma} | {pred} | {gold} | {n} |")
    L.append("")
    L.append("The same wording gets different codes in UPR Info's data: \"continue\" is 2 in "
             "90% of the tuning recommendations and 4 or 5 in the rest, \"take (necessary) "
             "measures\" 4 in 93%, \"adopt (legislative) measures\" 4 or 5 about evenly; the "
             "model learns the cues that do separate them (\"continue and strengthen\", "
             "\"including by adopting\", the object's words), and most disagreements left are of "
             "the kind no wording separates.")
    L.append("")
    mb = upr["bytes"] / 1e6
    L.append(f"Run: {upr['annotations']} annotations on {sum(f['n'] for f in upr['files'])} "
             f"one-line documents ({mb:.1f} MB).")
    L.append("")
    L.append("## 2. Recommendation sentences in the seed report")
    L.append("")
    L.append("Gold: `eval/upr/seed_recommendations.tsv`, the sentences of "
             "`seed/sg-report-international-cooperation-2021.txt` that recommend an action "
             "(guideline in `eval/upr/README.md`).")
    L.append("")
    L.append("| gold sentences | found | recall | predicted sentences | correct | precision |")
    L.append("|---:|---:|---:|---:|---:|---:|")
    L.append(f"| {seed['gold']} | {seed['found']} | {pct(seed['found'], seed['gold'])} | "
             f"{seed['predicted']} | {seed['correct']} | {pct(seed['correct'], seed['predicted'])} |")
    L.append("")
    if seed["misses"]:
        L.append("Missed gold sentences (paragraph: what the sentence does):")
        L.append("")
        for s, e, para, note in seed["misses"]:
            L.append(f"- para {para}, bytes {s}-{e}: {note}")
        L.append("")
    if seed["false"]:
        L.append("Sentences annotated but not in the gold:")
        L.append("")
        for r in seed["false"]:
            L.append(f"- para {r.get('para')}, byte {r['start']}: `{r['label']}` "
                     f"(cue `{r['attrs'].get('cue')}`)")
        L.append("")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rapporteur", default=os.environ.get("RAPPORTEUR",
                                                           os.path.join(TOP, "rapporteur")))
    ap.add_argument("--shared", default=os.environ.get("RP_SHARED",
                                                       os.path.join(TOP, "..", "shared")))
    ap.add_argument("--out", default=os.path.join(TOP, "doc", "evaluation.md"))
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--list-none", action="store_true",
                    help="list the tuning files' recommendations without an action and stop")
    a = ap.parse_args()
    if not os.path.exists(a.rapporteur):
        print(f"evaluate.py: {a.rapporteur}: not found (build first or set --rapporteur)",
              file=sys.stderr)
        return 2
    if a.list_none:
        list_none(a.rapporteur, a.shared, a.jobs)
        return 0
    with tempfile.TemporaryDirectory(prefix="rp-eval-") as tmp:
        upr = score_upr(a.rapporteur, a.shared, a.jobs, tmp)
    seed = score_seed(a.rapporteur, a.shared, a.jobs)
    write_md(a.out, upr, seed, "python3 eval/upr/evaluate.py")
    for f in upr["files"]:
        tag = "REPORT" if f["report"] else "tuning"
        print(f"{tag:6} {f['name']:30} n={f['n']:5} agreement={pct(f['agree'], f['n']):>6} "
              f"covered={pct(f['covered'], f['n']):>6} baseline={pct(f['baseline'], f['n']):>6}")
    print(f"upr    {upr['annotations']} annotations, {upr['bytes'] / 1e6:.1f} MB in "
          f"{upr['seconds']:.1f} s wall time")
    print(f"seed   recall {seed['found']}/{seed['gold']} = {pct(seed['found'], seed['gold'])}, "
          f"precision {seed['correct']}/{seed['predicted']} = "
          f"{pct(seed['correct'], seed['predicted'])}")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
