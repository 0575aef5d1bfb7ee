#!/usr/bin/env python3
"""Trains the recommendations plugin's action-category model.

The model (lexicons/recommendations/category.model) is a multinomial
logistic regression over features of ONE recommended action that the
plugin itself names: `rapporteur annotate -P recommendations.features=yes`
writes them into attrs.features (v:LEMMA, c:RULE_CATEGORY, a:ADVERB,
v2:LEMMA, vt:LEMMA, by:LEMMA, h:STEM, vh:LEMMA|STEM, d:ARTICLE, w:STEM, neg:yes,
nby:N, nv2:N; see doc/recommendations.md), so the C code and this script can never disagree
on what a feature is.

Data: UPR Info's labelled recommendations, sessions 1-17 ONLY (files 1-5,
6-9, 10-13, 14-17).  upr_info_sessions_17-20.csv (sessions 18-20) is the
held-out file of eval/upr/evaluate.py: this script never opens it.  Each
recommendation is one document; its first annotated action (as in
evaluate.py) is one training example with UPR Info's Action as the class.

Choosing: feature families and the L2 strength are chosen by 4-fold
cross-validation, one tuning file held out at a time (--cv); then the model
is trained on the four files and written with the weights rounded, rows
whose weights are all small dropped.  As the held-out sessions come after
all the tuning ones, a change is also judged by temporal validation
(--temporal; printed on every run and written into the model's header):
(a) trained on 1-5, 6-9, 10-13 and scored on 14-17, (b) trained on 1-5,
6-9 and scored on 10-13.  --recency H (half-life in sessions) and
--file-weights weight later sessions more; neither helped (README.md), so
the default is unweighted.  --list-disagreements prints the tuning
recommendations the cross-validated model gets wrong.

Training: stochastic gradient descent on the log loss with L2, AdaGrad step
sizes, examples shuffled with a fixed seed (--seed), a fixed number of
epochs: the same data gives the same file.  Python 3 standard library only.

Usage:
    train_category.py [--rapporteur PATH] [--shared DIR] [--out FILE] [--cache FILE]
                      [--cv | --temporal | --list-disagreements [GOLD,PRED]]
                      [--families F,...] [--l2 X] [--recency H] [--file-weights W,W,W,W]
"""
import argparse
import collections
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import evaluate  # noqa: E402  (read_upr, the file names)

CATS = ["1", "2", "3", "4", "5"]
ALL_FAMILIES = ["v", "c", "a", "v2", "vt", "by", "h", "vh", "d", "w", "neg", "nby", "nv2"]


def write_docs(shared, tmp):
    """One document per tuning recommendation; the manifest's path and the
    rows per file."""
    docs = os.path.join(tmp, "docs")
    os.makedirs(docs)
    manifest = os.path.join(tmp, "train.tsv")
    rows = {}
    with open(manifest, "w", encoding="utf-8") as m:
        m.write("doc_id\tpath\n")
        for fi, name in enumerate(evaluate.TUNE):
            assert name != evaluate.REPORT
            rows[name] = evaluate.read_upr(os.path.join(shared, evaluate.UPR_DIR, name))
            for i, r in enumerate(rows[name]):
                doc_id = f"f{fi}-{i}"
                path = os.path.join(docs, doc_id + ".txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(re.sub(r"\s+", " ", r["Text"]).strip() + "\n")
                m.write(f"{doc_id}\t{path}\n")
    return manifest, rows


def first_actions(rap, manifest, options):
    """doc id -> the first annotation of rapporteur annotate with options."""
    cmd = [rap, "annotate", "-p", "recommendations", "--format", "jsonl", "--quiet",
           "--meta", "none"]
    for o in options:
        cmd += ["-P", "recommendations." + o]
    p = subprocess.run(cmd + [manifest], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit(f"train_category.py: rapporteur annotate failed (exit {p.returncode})")
    first = {}
    for line in p.stdout.decode("utf-8").splitlines():
        rec = json.loads(line)
        d = rec["doc"]
        if d not in first or rec["start"] < first[d]["start"]:
            first[d] = rec
    return first


def check_parity(rap, shared, model_path, ex, m, families):
    """How many first actions of the tuning files the plugin, loading the
    written model, puts in the category this script predicts."""
    with tempfile.TemporaryDirectory(prefix="rp-train-") as tmp:
        manifest, _ = write_docs(shared, tmp)
        first = first_actions(rap, manifest, ["model=" + os.path.abspath(model_path)])
    same = total = 0
    for fi, name in enumerate(evaluate.TUNE):
        for i, (f, _, _) in enumerate(ex[name]):
            rec = first.get(f"f{fi}-{i}")
            if f is None or rec is None:
                continue
            total += 1
            same += rec["attrs"]["category"] == m.predict(select(f, families))
    return same, total


def examples(rap, shared, tmp):
    """Per tuning file: a list of (features, gold, session) for its
    recommendations; features is None when the plugin finds no action."""
    manifest, rows = write_docs(shared, tmp)
    first = first_actions(rap, manifest, ["features=yes", "model=none"])
    out = {}
    for fi, name in enumerate(evaluate.TUNE):
        ex = []
        for i, r in enumerate(rows[name]):
            rec = first.get(f"f{fi}-{i}")
            feats = rec["attrs"]["features"].split(" ") if rec else None
            ex.append((feats, r["Action"], int(r["Session"])))
        out[name] = ex
    return out


def family(f):
    return f.split(":", 1)[0]


def select(feats, families):
    return [f for f in feats if family(f) in families]


class Model:
    """Multinomial logistic regression: weights[feature] = 5 floats."""

    def __init__(self):
        self.bias = [0.0] * 5
        self.w = {}

    def scores(self, feats):
        s = list(self.bias)
        for f in feats:
            row = self.w.get(f)
            if row is not None:
                for c in range(5):
                    s[c] += row[c]
        return s

    def predict(self, feats):
        s = self.scores(feats)
        return CATS[max(range(5), key=lambda c: s[c])]


def weigh(ex, names, recency=0.0, file_weights=None):
    """The training examples of the files names: [(features, gold, weight)],
    those with an action only.  Unweighted (every weight 1) unless
    recency (a half-life in sessions: an example weighs 0.5 ** ((S - s) /
    recency), S the latest session among names) or file_weights (tuning
    file -> weight) is given; the weights are scaled to a mean of 1, so
    the L2 strength means the same."""
    data = []
    for n in names:
        fw = 1.0 if file_weights is None else file_weights[n]
        for f, g, s in ex[n]:
            if f is not None and fw > 0:
                data.append((f, g, s, fw))
    last = max(s for _, _, s, _ in data)
    out = []
    for f, g, s, fw in data:
        w = fw * (0.5 ** ((last - s) / recency) if recency > 0 else 1.0)
        out.append((f, g, w))
    mean = sum(w for _, _, w in out) / len(out)
    return [(f, g, w / mean) for f, g, w in out]


def train(data, families, l2, epochs, seed, min_count):
    """data: [(features, gold, weight)] with features not None (weigh()).
    Averaged SGD: the weights returned are the mean of the weights after
    every step; an example's log-loss gradient is multiplied by its
    weight.  min_count counts recommendations, unweighted."""
    data = [(select(f, families), CATS.index(g), w) for f, g, w in data]
    counts = collections.Counter(x for f, _, _ in data for x in set(f))
    keep = {x for x, n in counts.items() if n >= min_count}
    data = [([x for x in f if x in keep], g, w) for f, g, w in data]
    m = Model()
    u = {}           # sum of t * update per feature (for the average)
    ub = [0.0] * 5
    g2 = {}          # AdaGrad accumulators per feature
    gb = [1e-8] * 5
    rate = 0.3
    rng = random.Random(seed)
    order = list(range(len(data)))
    t = 1
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, gold, wt = data[i]
            s = m.scores(feats)
            mx = max(s)
            e = [math.exp(v - mx) for v in s]
            z = sum(e)
            grad = [e[c] / z for c in range(5)]
            grad[gold] -= 1.0
            if wt != 1.0:
                grad = [wt * x for x in grad]
            for c in range(5):
                gb[c] += grad[c] * grad[c]
                d = rate * grad[c] / math.sqrt(gb[c])
                m.bias[c] -= d
                ub[c] -= t * d
            for x in feats:
                row = m.w.get(x)
                if row is None:
                    row = m.w[x] = [0.0] * 5
                    g2[x] = [1e-8] * 5
                    u[x] = [0.0] * 5
                acc, ux = g2[x], u[x]
                for c in range(5):
                    gc = grad[c] + l2 * row[c] / counts[x]
                    acc[c] += gc * gc
                    d = rate * gc / math.sqrt(acc[c])
                    row[c] -= d
                    ux[c] -= t * d
            t += 1
    m.bias = [m.bias[c] - ub[c] / t for c in range(5)]
    for x, row in m.w.items():
        m.w[x] = [row[c] - u[x][c] / t for c in range(5)]
    return m


def accuracy(m, ex, families):
    """Agreement over ALL recommendations (no action = wrong), as evaluate.py."""
    ok = 0
    for f, g, _ in ex:
        if f is not None and m.predict(select(f, families)) == g:
            ok += 1
    return ok / len(ex)


def rule_accuracy(ex):
    ok = sum(1 for f, g, _ in ex if f is not None and f"c:{g}" in f)
    return ok / len(ex)


def prune(m, threshold):
    """The model as written: weights rounded to 3 decimals, rows whose
    weights are all below threshold in absolute value dropped."""
    p = Model()
    p.bias = [round(x, 3) for x in m.bias]
    for f, w in m.w.items():
        r = [round(x, 3) for x in w]
        if max(abs(x) for x in r) >= threshold:
            p.w[f] = r
    return p


def cross_validate(ex, families, l2, epochs, seed, min_count, threshold, **wkw):
    """Agreement on each tuning file of the (pruned) model trained on the
    three others (weighted as weigh(**wkw))."""
    accs = []
    for held in evaluate.TUNE:
        tr = weigh(ex, [n for n in evaluate.TUNE if n != held], **wkw)
        m = prune(train(tr, families, l2, epochs, seed, min_count), threshold)
        accs.append(accuracy(m, ex[held], families))
    return accs


# Temporal validation: train on earlier tuning files, score the next one,
# as the held-out file (sessions 18-20) follows all the tuning files.
TEMPORAL = [("a", evaluate.TUNE[:3], evaluate.TUNE[3]),   # 1-13 -> 14-17
            ("b", evaluate.TUNE[:2], evaluate.TUNE[2])]   # 1-9 -> 10-13


def temporal(ex, families, l2, epochs, seed, min_count, threshold, **wkw):
    """Agreement of (a) the model trained on 1-5, 6-9, 10-13 on 14-17 and
    (b) the model trained on 1-5, 6-9 on 10-13 (pruned, weighted as
    weigh(**wkw))."""
    accs = []
    for _, names, held in TEMPORAL:
        m = prune(train(weigh(ex, names, **wkw), families, l2, epochs, seed, min_count),
                  threshold)
        accs.append(accuracy(m, ex[held], families))
    return accs


def list_disagreements(ex, shared, families, l2, epochs, seed, min_count, threshold,
                       pair=None, **wkw):
    """Prints the tuning recommendations whose cross-validated category (the
    model trained on the three other tuning files) differs from UPR
    Info's: file, session, UPR Info's code, the model's, the lemma, the
    text.  pair = (gold, predicted) keeps one cell.  Tuning files only."""
    for held in evaluate.TUNE:
        rows = evaluate.read_upr(os.path.join(shared, evaluate.UPR_DIR, held))
        tr = weigh(ex, [n for n in evaluate.TUNE if n != held], **wkw)
        m = prune(train(tr, families, l2, epochs, seed, min_count), threshold)
        for (f, g, s), r in zip(ex[held], rows):
            p = m.predict(select(f, families)) if f is not None else "none"
            if p == g or (pair and (g, p) != pair):
                continue
            lemma = next((x[2:] for x in f if x.startswith("v:")), "-") if f else "-"
            text = re.sub(r"\s+", " ", r["Text"]).strip()
            print(f"{held[len('upr_info_sessions_'):-4]}\t{s}\t{g}\t{p}\t{lemma}\t{text}")


def write_model(m, path, families, l2, epochs, seed, min_count, cv, threshold,
                tv=None, recency=0.0, file_weights=None):
    rows = list(prune(m, threshold).w.items())
    fam_order = {f: i for i, f in enumerate(ALL_FAMILIES)}
    rows.sort(key=lambda t: (fam_order[family(t[0])], t[0]))
    fmt = lambda r: " ".join(f"{x:g}" for x in r)  # noqa: E731
    L = ["# category.model -- the recommendations plugin's UPR Info action-category",
         "# model (1 minimal, 2 continuing, 3 considering, 4 general, 5 specific).",
         "#",
         "# Written by eval/upr/train_category.py; do not edit by hand.  A multinomial",
         "# logistic regression: the category of a recommended action is the arg-max",
         "# over the five columns of @bias plus the rows of the features the action",
         "# has (doc/recommendations.md lists the features).  Lines: FEATURE<TAB>five",
         "# weights for categories 1 2 3 4 5; `#` starts a comment.",
         "#",
         "# Trained on UPR Info sessions 1-17 only (upr_info_sessions_1-5, 6-9, 10-13,",
         "# 14-17); sessions 18-20 (upr_info_sessions_17-20.csv) were never read.",
         f"# Families: {' '.join(families)}; L2 {l2}; {epochs} epochs; seed {seed};",
         f"# features seen in at least {min_count} recommendations; rows whose weights",
         f"# are all below {threshold} in absolute value dropped.",
         "# Weighting: " + (f"recency half-life {recency:g} sessions"
                            if recency > 0 else "none (every recommendation 1)")
         + ("" if file_weights is None else "; files "
            + ", ".join(f"{n[len('upr_info_sessions_'):-4]} {w:g}"
                        for n, w in file_weights.items())) + ".",
         "# Cross-validation (train on three tuning files, score the fourth): "
         + ", ".join(f"{n[len('upr_info_sessions_'):-4]} {100 * a:.1f}%"
                     for n, a in zip(evaluate.TUNE, cv)) + "."]
    if tv is not None:
        L.append(f"# Temporal validation (train on earlier tuning files, score the next): "
                 f"1-13 -> 14-17 {100 * tv[0]:.2f}%, 1-9 -> 10-13 {100 * tv[1]:.2f}%;")
        L.append(f"# mean {50 * (tv[0] + tv[1]):.2f}%.")
    L += ["@classes\t1 2 3 4 5",
         "@bias\t" + fmt(prune(m, threshold).bias)]
    for f, r in rows:
        L.append(f"{f}\t{fmt(r)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    return len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rapporteur", default=os.path.join(TOP, "rapporteur"))
    ap.add_argument("--shared", default=os.environ.get("RP_SHARED",
                                                       os.path.join(TOP, "..", "shared")))
    ap.add_argument("--out", default=os.path.join(TOP, "lexicons", "recommendations",
                                                  "category.model"))
    ap.add_argument("--families", default="v,c,a,v2,vt,by,h,vh,d,w,neg,nby,nv2")
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=20260)
    ap.add_argument("--recency", type=float, default=0.0, metavar="H",
                    help="weight a training recommendation 0.5 ** ((S - s) / H), s its "
                         "session, S the latest session trained on (0: unweighted)")
    ap.add_argument("--file-weights", metavar="W1,W2,W3,W4",
                    help="weights of the tuning files 1-5, 6-9, 10-13, 14-17 "
                         "(0 leaves a file out); default all 1")
    ap.add_argument("--cv", action="store_true",
                    help="cross-validate a grid of L2 strengths and pruning thresholds "
                         "instead of writing")
    ap.add_argument("--temporal", action="store_true",
                    help="print the 4-fold cross-validation and the temporal validation "
                         "(a) 1-13 -> 14-17, (b) 1-9 -> 10-13 of these settings, and stop")
    ap.add_argument("--list-disagreements", nargs="?", const="", metavar="GOLD,PRED",
                    help="list the tuning recommendations the cross-validated model "
                         "puts in another category than UPR Info (only the cell "
                         "GOLD,PRED if given), and stop; never reads the held-out file")
    ap.add_argument("--cache", help="read/write the extracted examples here (JSON)")
    a = ap.parse_args()
    if a.cache and os.path.exists(a.cache):
        with open(a.cache, encoding="utf-8") as f:
            ex = json.load(f)
        if any(len(e) != 3 for n in evaluate.TUNE for e in ex[n]):
            sys.exit(f"train_category.py: {a.cache}: an older cache (no sessions); remove it")
    else:
        with tempfile.TemporaryDirectory(prefix="rp-train-") as tmp:
            ex = examples(a.rapporteur, a.shared, tmp)
        if a.cache:
            with open(a.cache, "w", encoding="utf-8") as f:
                json.dump(ex, f)
    families = a.families.split(",")
    fw = None
    if a.file_weights:
        ws = [float(x) for x in a.file_weights.split(",")]
        if len(ws) != len(evaluate.TUNE):
            sys.exit("train_category.py: --file-weights needs four weights")
        fw = dict(zip(evaluate.TUNE, ws))
    wkw = {"recency": a.recency, "file_weights": fw}
    hp = (families, a.l2, a.epochs, a.seed, a.min_count)
    if a.list_disagreements is not None:
        pair = tuple(a.list_disagreements.split(",")) if a.list_disagreements else None
        list_disagreements(ex, a.shared, *hp, a.threshold, pair=pair, **wkw)
        return 0
    print("rules:", ", ".join(f"{100 * rule_accuracy(ex[n]):.1f}%" for n in evaluate.TUNE))
    if a.cv:
        grid = [(l2, th) for l2 in (1.0, 2.0, 5.0) for th in (0.1, 0.2, 0.3)]
        for l2, th in grid:
            accs = cross_validate(ex, families, l2, a.epochs, a.seed, a.min_count, th, **wkw)
            print(f"cv families={','.join(families)} l2={l2} threshold={th}: "
                  + ", ".join(f"{100 * x:.1f}%" for x in accs)
                  + f"  mean {100 * sum(accs) / len(accs):.2f}%", flush=True)
        return 0
    cv = cross_validate(ex, *hp, a.threshold, **wkw)
    print("cv:", ", ".join(f"{100 * x:.2f}%" for x in cv)
          + f"  mean {100 * sum(cv) / len(cv):.2f}%", flush=True)
    tv = temporal(ex, *hp, a.threshold, **wkw)
    print(f"temporal: (a) 1-13 -> 14-17 {100 * tv[0]:.2f}%, (b) 1-9 -> 10-13 "
          f"{100 * tv[1]:.2f}%  mean {50 * (tv[0] + tv[1]):.2f}%", flush=True)
    if a.temporal:
        return 0
    m = train(weigh(ex, evaluate.TUNE, **wkw), *hp)
    n = write_model(m, a.out, *hp[:5], cv, a.threshold, tv=tv, **wkw)
    pm = prune(m, a.threshold)
    print(f"wrote {a.out}: {n} features; training agreement "
          + ", ".join(f"{100 * accuracy(pm, ex[x], families):.1f}%" for x in evaluate.TUNE))
    same, total = check_parity(a.rapporteur, a.shared, a.out, ex, pm, families)
    print(f"the plugin with this model agrees with this script on {same} of {total} "
          "first actions")
    if same != total:
        print("train_category.py: the plugin and the trainer disagree", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
