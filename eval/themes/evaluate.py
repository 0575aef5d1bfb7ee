#!/usr/bin/env python3
"""Accuracy of the themes plugin, measured through `rapporteur annotate`.

Two measurements, both written to doc/evaluation-themes.md:

1. UPR issues.  Every recommendation of UPR Info's labelled database
   ($RP_SHARED/corpora/upr_info_recommendations_labelled) becomes one
   document; the plugin runs on them with scheme=upr-issues, and the set of
   upr-* labels it emits for a recommendation is compared with the set of
   UPR Info "Issue" labels (slugged by the DESIGN.md rule).  "Other" and
   "General" are ignored on both sides: UPR Info uses them for
   recommendations that name no specific issue, and the lexicon has no
   terms for them.  Scores are micro-averaged over (recommendation, label)
   pairs.  Sessions 1-17 (files 1-5, 6-9, 10-13, 14-17) were used to tune
   the lexicon; sessions 18-20 (file 17-20) are held out and reported
   separately: never tune on them.

2. Gold mentions.  eval/themes/gold-mentions.tsv lists clear-cut SDG and
   human-rights mentions in a few shared documents; recall is the share of
   them that the plugin (default lexicons) tags with the right label on an
   overlapping span.

Usage: evaluate.py [--rapporteur PATH] [--shared DIR] [--output FILE]
                   [--skip-upr] [--skip-gold] [--per-label]
       evaluate.py --errors LABEL [--limit N]
                   (for tuning: missed and wrong LABEL on sessions 1-17 only;
                   the held-out file is never shown)
Python 3 standard library only.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(os.path.dirname(HERE))
TUNING = ["1-5", "6-9", "10-13", "14-17"]
HELD_OUT = ["17-20"]  # sessions 18-20, despite the file name
IGNORED = {"upr-other", "upr-general"}


def slug(issue):
    """UPR Info issue name -> theme id (DESIGN.md rule)."""
    s = issue.lower().replace("'", "").replace("\u2019", "")
    return "upr-" + re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def read_upr(path):
    """Rows of a UPR Info export (Mac Roman, CR line ends): (text, gold set)."""
    rows = []
    with open(path, encoding="mac_roman", newline="") as f:
        for r in csv.DictReader(f):
            gold = {slug(x.strip()) for x in r["Issue"].split(",") if x.strip()}
            rows.append((r["Text"], gold - IGNORED))
    return rows


def run_annotate(rap, args, what):
    """Runs `rapporteur annotate ... --format jsonl` and yields its records."""
    cmd = [rap, "annotate", "--format", "jsonl", "-p", "themes"] + args
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("evaluate.py: %s failed (exit %d) on %s:\n%s"
                 % (" ".join(cmd[:6]), p.returncode, what, p.stderr.decode(errors="replace")))
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def upr_predictions(rap, rows, tmp, name):
    """Writes one file per recommendation plus a manifest and annotates them."""
    d = os.path.join(tmp, name)
    os.makedirs(d, exist_ok=True)
    man = os.path.join(d, "manifest.tsv")
    with open(man, "w", encoding="utf-8") as m:
        m.write("doc_id\tpath\n")
        for i, (text, _) in enumerate(rows):
            fn = "r%05d.txt" % i
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
            m.write("r%05d\t%s\n" % (i, fn))
    pred = collections.defaultdict(set)
    for rec in run_annotate(rap, ["-P", "themes.scheme=upr-issues", man], man):
        if rec.get("plugin") == "themes" and rec["label"].startswith("upr-"):
            pred[int(rec["doc"][1:])].add(rec["label"])
    return [pred[i] - IGNORED for i in range(len(rows))]


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.per = collections.defaultdict(lambda: [0, 0, 0])
        self.n = 0

    def add(self, pred, gold):
        self.n += 1
        for c in pred & gold:
            self.per[c][0] += 1
        for c in pred - gold:
            self.per[c][1] += 1
        for c in gold - pred:
            self.per[c][2] += 1
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @staticmethod
    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def micro(self):
        return self.prf(self.tp, self.fp, self.fn)

    def macro_f1(self):
        fs = [self.prf(*v)[2] for v in self.per.values() if v[0] + v[2] > 0]
        return sum(fs) / len(fs) if fs else 0.0


def show_errors(rap, shared, tmp, label, limit):
    """Prints recommendations of the tuning files where label was missed or
    wrongly given, with the gold labels; never looks at the held-out file."""
    base = os.path.join(shared, "corpora", "upr_info_recommendations_labelled")
    fn, fp = [], []
    for name in TUNING:
        rows = read_upr(os.path.join(base, "upr_info_sessions_%s.csv" % name))
        for (text, gold), pred in zip(rows, upr_predictions(rap, rows, tmp, name)):
            if label in gold and label not in pred:
                fn.append((name, text, sorted(gold)))
            elif label in pred and label not in gold:
                fp.append((name, text, sorted(gold)))
    for title, items in (("missed", fn), ("wrongly given", fp)):
        print("== %s %s: %d (showing %d)" % (label, title, len(items), min(limit, len(items))))
        step = max(1, len(items) // limit) if items else 1
        for name, text, gold in items[::step][:limit]:
            print("[%s] %s\n    gold: %s" % (name, text.strip(), ", ".join(gold)))


def evaluate_upr(rap, shared, tmp):
    base = os.path.join(shared, "corpora", "upr_info_recommendations_labelled")
    results = []
    for group, files in (("tuning", TUNING), ("held-out", HELD_OUT)):
        for name in files:
            path = os.path.join(base, "upr_info_sessions_%s.csv" % name)
            rows = read_upr(path)
            preds = upr_predictions(rap, rows, tmp, name)
            s = Score()
            for (text, gold), pred in zip(rows, preds):
                s.add(pred, gold)
            results.append((group, name, s))
            p, r, f = s.micro()
            print("UPR %-8s %-6s %5d recommendations  P %.3f  R %.3f  micro-F1 %.3f"
                  % (group, name, s.n, p, r, f))
    return results


def find_nth(data, quote, n):
    pos = -1
    for _ in range(n):
        pos = data.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


def evaluate_gold(rap, shared):
    gold_path = os.path.join(HERE, "gold-mentions.tsv")
    items = []
    group = "written with the lexicons"
    with open(gold_path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.startswith("#@ held-out"):
                group = "held-out"
            if line.startswith("#") or not line.strip():
                continue
            doc, quote, n, label = line.rstrip("\n").split("\t")
            items.append((lineno, doc, quote, int(n), label, group))
    by_doc = collections.defaultdict(list)
    for it in items:
        by_doc[it[1]].append(it)
    hits, misses = [], []
    for doc, its in sorted(by_doc.items()):
        path = os.path.join(shared, "corpora", doc)
        with open(path, "rb") as f:
            data = f.read()
        spans = collections.defaultdict(list)
        for rec in run_annotate(rap, [path], path):
            if rec.get("plugin") == "themes":
                spans[rec["label"]].append((rec["start"], rec["end"]))
        for lineno, _, quote, n, label, group in its:
            q = quote.encode("utf-8")
            pos = find_nth(data, q, n)
            if pos < 0:
                sys.exit("%s:%d: quote %r (occurrence %d) not found in %s"
                         % (gold_path, lineno, quote, n, doc))
            end = pos + len(q)
            ok = any(s < end and e > pos for s, e in spans[label])
            (hits if ok else misses).append((doc, quote, label, group))
    for g in sorted(set(x[3] for x in hits + misses)):
        h = sum(1 for x in hits if x[3] == g)
        t = h + sum(1 for x in misses if x[3] == g)
        print("gold mentions (%s): %d of %d found, recall %.3f" % (g, h, t, h / t))
    return hits, misses


def scheme_of(label):
    return "upr-issues" if label.startswith("upr-") else "sdg"


def write_report(out, upr, gold, per_label):
    L = []
    L.append("# Themes plugin: measured accuracy")
    L.append("")
    L.append("Generated by `make eval-themes` (eval/themes/evaluate.py) through")
    L.append("`rapporteur annotate -p themes --format jsonl`; do not edit by hand.")
    L.append("")
    if upr:
        L.append("## UPR Info issues (scheme upr-issues)")
        L.append("")
        L.append("Each UPR recommendation is one document. The plugin's upr-* labels")
        L.append("for it are compared with UPR Info's Issue labels; \"Other\" and")
        L.append("\"General\" are ignored on both sides (UPR Info's labels for")
        L.append("recommendations that name no specific issue). Micro-averaged over")
        L.append("(recommendation, label) pairs. The lexicon was tuned on sessions")
        L.append("1-17; sessions 18-20 (file 17-20) are held out and were never used")
        L.append("for tuning. Target: micro-F1 >= 0.70 on the held-out sessions.")
        L.append("")
        L.append("| set | file | recommendations | precision | recall | micro-F1 | macro-F1 |")
        L.append("|---|---|---:|---:|---:|---:|---:|")
        for group, name, s in upr:
            p, r, f = s.micro()
            L.append("| %s | %s | %d | %.3f | %.3f | **%.3f** | %.3f |"
                     % (group, name, s.n, p, r, f, s.macro_f1()))
        held = [s for g, _, s in upr if g == "held-out"]
        if held and per_label:
            s = held[0]
            L.append("")
            L.append("### Per issue, held-out sessions 18-20")
            L.append("")
            L.append("| label | gold | predicted | precision | recall | F1 |")
            L.append("|---|---:|---:|---:|---:|---:|")
            for c, (tp, fp, fn) in sorted(s.per.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
                p, r, f = Score.prf(tp, fp, fn)
                L.append("| %s | %d | %d | %.2f | %.2f | %.2f |" % (c, tp + fn, tp + fp, p, r, f))
        L.append("")
    if gold:
        hits, misses = gold
        total = len(hits) + len(misses)
        L.append("## Clear-cut mentions (eval/themes/gold-mentions.tsv)")
        L.append("")
        L.append("Mentions a reader tags without hesitation, listed by reading the")
        L.append("documents; found = an annotation with the gold label overlaps the")
        L.append("mention. Default lexicons (sdg + upr-issues). Target: recall >= 85%.")
        L.append("")
        L.append("Items marked held-out were written after the lexicons were final.")
        L.append("")
        L.append("| gold items | scheme | mentions | found | recall |")
        L.append("|---|---|---:|---:|---:|")
        for g in sorted(set(x[3] for x in hits + misses)):
            for sch in ("sdg", "upr-issues", None):
                sel = lambda x: x[3] == g and (sch is None or scheme_of(x[2]) == sch)
                h = sum(1 for x in hits if sel(x))
                m = sum(1 for x in misses if sel(x))
                if h + m:
                    L.append("| %s | %s | %d | %d | %s%.1f%%%s |"
                             % (g, sch or "all", h + m, h, "" if sch else "**",
                                100.0 * h / (h + m), "" if sch else "**"))
        L.append("| all | all | %d | %d | **%.1f%%** |"
                 % (total, len(hits), 100.0 * len(hits) / total if total else 0))
        if misses:
            L.append("")
            L.append("Missed:")
            L.append("")
            for doc, quote, label, g in misses:
                L.append("- %s (%s): \"%s\" -> %s" % (os.path.basename(doc), g, quote, label))
        L.append("")
    text = "\n".join(L)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, out)
    print("wrote %s" % out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rapporteur", default=os.environ.get("RAPPORTEUR", "./rapporteur"))
    ap.add_argument("--shared", default=os.environ.get("RP_SHARED", os.path.join(SRCDIR, "..", "shared")))
    ap.add_argument("--output", default=os.path.join(SRCDIR, "doc", "evaluation-themes.md"))
    ap.add_argument("--skip-upr", action="store_true")
    ap.add_argument("--skip-gold", action="store_true")
    ap.add_argument("--per-label", action="store_true", default=True)
    ap.add_argument("--errors", metavar="LABEL", help="show tuning-set errors for LABEL and exit")
    ap.add_argument("--limit", type=int, default=30)
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "corpora")):
        print("evaluate.py: %s/corpora not found (set RP_SHARED): skipped" % a.shared)
        return 0
    if a.errors:
        with tempfile.TemporaryDirectory(prefix="rp-eval-themes-") as tmp:
            show_errors(a.rapporteur, a.shared, tmp, a.errors, a.limit)
        return 0
    upr = gold = None
    with tempfile.TemporaryDirectory(prefix="rp-eval-themes-") as tmp:
        if not a.skip_upr:
            upr = evaluate_upr(a.rapporteur, a.shared, tmp)
        if not a.skip_gold:
            gold = evaluate_gold(a.rapporteur, a.shared)
    write_report(a.output, upr, gold, a.per_label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
