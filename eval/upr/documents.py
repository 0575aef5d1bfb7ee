#!/usr/bin/env python3
"""Scores the recommendations plugin on UPR recommendations in their own
documents, and writes doc/evaluation-documents.md.

evaluate.py scores the action category on UPR Info's rows, each one a
one-line document.  Researchers run the plugin on the reports themselves:
a UPR Working Group report of some 40 pages whose recommendations are
numbered list items ("119.120. Ensure that ... (Slovakia);") under an
opening sentence that names the State under review and its response, with
the narrative of the interactive dialogue before them.  This script
measures what that context changes, on the same recommendations:

- Items: the numbered items ("NN.M." at the start of a line, with the
  lines that continue them) of the reports in
  ../shared/corpora/upr_working_group_reports.  An item is scored when its
  text, without the recommending States in parentheses, equals (case,
  punctuation and spacing aside) the text of rows of the tuning files
  (sessions 1-17) of UPR Info's database with one Action code, for the
  State the report is about, in a session of the report's year or the year
  next to it.  The held-out file (sessions 18-20) is never read, so the
  reports of 2014 give no scored item.
- Category: the first annotation inside the item against UPR Info's
  Action; the same rows as one-line documents (what evaluate.py does) are
  scored alongside, and every item on which the two runs differ is listed.
  The rows are in the model's training data: the figures measure the
  document context, not accuracy on unseen data (doc/evaluation.md has
  that).
- Addressee: the first annotation's attrs.addressee against the ISO3 code
  of the State under review (UPR Info's To).
- Recommending States: its attrs.from against the ISO3 codes of UPR
  Info's From for the matched rows (one row per recommending State).
- Response: its attrs.response (supported / noted / pending) against UPR
  Info's Response (Accepted / Noted); items of "will be examined" lists
  are counted apart, since UPR Info records the later answer.

Country names become ISO3 codes through the actors plugin itself.

Usage:
    documents.py [--rapporteur PATH] [--shared DIR] [--out FILE]

Python 3 standard library only.  Exit status 0, or 2 when the data or the
command is missing.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import evaluate  # noqa: E402  (read_upr, the tuning file names)

WG_DIR = "corpora/upr_working_group_reports"
ITEM = re.compile(rb"^[ \t]*(\d{1,3})\.(\d{1,3})\.?[ \t]+(\S.*)$")
RESPONSE = {"Accepted": "supported", "Noted": "noted"}


def norm(text):
    """A recommendation's words for matching: lower case, letters and
    digits only, the recommending States in parentheses at the end
    dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip()
    text = re.sub(r"(\s*\([^()]*(\([^()]*\))?[^()]*\)\s*[;.,]?)+\s*$", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def session_year(row):
    """The year of a UPR Working Group session (1-3: 2008, 4-6: 2009, ...,
    13-14: 2012, 15-17: 2013), or 0."""
    try:
        n = int(row["Session"])
    except ValueError:
        return 0
    return 2008 + (n - 1) // 3 if n <= 14 else 2013 if n <= 17 else 2014 + (n - 18) // 3


def letters(name):
    return re.sub(r"[^a-z]", "", name.lower())


def items_of(path):
    """The numbered items of a report: [start, end, text] with byte
    offsets (end exclusive); an item goes on over the non-blank lines that
    follow it and are not items themselves."""
    data = open(path, "rb").read()
    found, pos = [], 0
    for line in data.split(b"\n"):
        m = ITEM.match(line)
        if m:
            found.append([pos, pos + len(line), m.group(3).decode("utf-8")])
        elif found and found[-1][1] == pos - 1 and line.strip():
            found[-1][1] = pos + len(line)
            found[-1][2] += " " + line.decode("utf-8").strip()
        pos += len(line) + 1
    return found


def norm_map(data):
    """The report's words as norm() writes them, and for each character the
    byte offset it comes from."""
    text = data.decode("utf-8", "replace")
    chars, where, pos = [], [], 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        c = ch.lower() if ch.isascii() else ch
        if ch == "\u2019" or ch == "\u2018":
            c = "'"
        if ("a" <= c <= "z") or ("0" <= c <= "9"):
            chars.append(c)
            where.append(pos)
        elif chars and chars[-1] != " ":
            chars.append(" ")
            where.append(pos)
        pos += n
    return "".join(chars), where


def list_start(hay):
    """Where a report's conclusions start in hay (its section "Conclusions
    and/or recommendations"; the narrative before it reports the dialogue
    in the past tense), or None."""
    best = None
    for phrase in (" conclusions and or recommendations ", " conclusions and recommendations "):
        i = len(hay)
        while True:
            i = hay.rfind(phrase, 0, i)
            if i < 0:
                break
            # not the closing disclaimer ("All conclusions and/or
            # recommendations contained in the present report ...")
            if not hay.startswith("contained", i + len(phrase)):
                best = i if best is None else max(best, i)
                break
    return best


def find_words(hay, where, words, lo=0):
    """The byte span of the last whole-word occurrence of words in hay at
    or after lo, or None."""
    i = len(hay)
    while i > lo:
        i = hay.rfind(words, lo, i)
        if i < 0:
            return None
        j = i + len(words)
        if (i == 0 or hay[i - 1] == " ") and (j == len(hay) or hay[j] == " "):
            return where[i], where[j - 1] + 1
    return None


def run(rap, plugin, inputs):
    cmd = [rap, "annotate", "-p", plugin, "--quiet", "--meta", "none"] + inputs
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit(f"documents.py: {' '.join(cmd[:4])} ... failed (exit {p.returncode})")
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line.strip()]


def iso3_of(rap, names, tmp):
    """Country name -> ISO3, as the actors plugin reads it (None if it
    finds no country)."""
    d = os.path.join(tmp, "names")
    os.makedirs(d)
    names = sorted(names)
    with open(os.path.join(d, "m.tsv"), "w", encoding="utf-8") as m:
        m.write("doc_id\tpath\n")
        for i, n in enumerate(names):
            with open(os.path.join(d, f"{i}.txt"), "w", encoding="utf-8") as f:
                f.write(n + "\n")
            m.write(f"n{i}\t{i}.txt\n")
    code = {}
    for a in run(rap, "actors", [os.path.join(d, "m.tsv")]):
        i = int(a["doc"][1:])
        if a["attrs"].get("kind") == "country" and names[i] not in code:
            code[names[i]] = a["label"]
    return {n: code.get(n) for n in names}


def pct(k, n):
    return f"{100.0 * k / n:.1f}%" if n else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rapporteur", default=os.path.join(TOP, "rapporteur"))
    ap.add_argument("--shared", default=os.environ.get("RP_SHARED",
                                                       os.path.join(TOP, "..", "shared")))
    ap.add_argument("--out", default=os.path.join(TOP, "doc", "evaluation-documents.md"))
    a = ap.parse_args()
    wg = os.path.join(a.shared, WG_DIR)
    if not os.path.isdir(wg):
        sys.stderr.write(f"documents.py: {wg}: not found (set --shared or RP_SHARED)\n")
        return 2
    if not os.access(a.rapporteur, os.X_OK):
        sys.stderr.write(f"documents.py: {a.rapporteur}: not built\n")
        return 2

    rows = collections.defaultdict(list)  # (State under review, words) -> rows
    for name in evaluate.TUNE:
        assert name != evaluate.REPORT
        for r in evaluate.read_upr(os.path.join(a.shared, evaluate.UPR_DIR, name)):
            rows[(letters(r["To"]), norm(r["Text"]))].append(r)
    by_state = collections.defaultdict(list)  # State -> its (words, rows)
    for (st, words), rs in rows.items():
        by_state[st].append((words, rs))

    reports, items, grouped = [], [], []
    n_items = n_ambiguous = 0
    for f in sorted(os.listdir(wg)):
        if not f.endswith(".txt"):
            continue
        state = re.sub(r"\d+$", "", f[:-4])
        year = int(re.sub(r"^\D+", "", f[:-4]) or 0)
        found = items_of(os.path.join(wg, f))
        n_items += len(found)
        k = 0
        taken = []  # the byte spans of the items scored
        for start, end, text in found:
            # the rows of this review: a State reviewed twice may hear the
            # same words in both cycles
            rs = [r for r in rows.get((state, norm(text)), ()) if abs(session_year(r) - year) <= 1]
            if not rs:
                continue
            if len({r["Action"] for r in rs}) != 1:
                n_ambiguous += 1
                continue
            items.append({"doc": f[:-4], "start": start, "end": end, "rows": rs})
            taken.append((start, end))
            k += 1
        # the other recommendations of this review found by their words: a
        # part of an item that groups several ("3. Consider ratifying ICRPD
        # (Jordan); ratify as soon as possible ICRPD (Chile, China);")
        hay, where = norm_map(open(os.path.join(wg, f), "rb").read())
        lo = list_start(hay)
        for words, rs in by_state.get(state, ()) if lo is not None else ():
            rs = [r for r in rs if abs(session_year(r) - year) <= 1]
            if not rs or len(words) < 16 or len({r["Action"] for r in rs}) != 1:
                continue
            span = find_words(hay, where, words, lo)
            if span is None or any(b < span[1] and span[0] < e for b, e in taken):
                continue
            grouped.append({"doc": f[:-4], "start": span[0], "end": span[1], "rows": rs})
            k += 1
        if k:
            reports.append(os.path.join(wg, f))
    if not items:
        sys.stderr.write("documents.py: no report item matched the tuning files\n")
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        by_doc = collections.defaultdict(list)
        for x in run(a.rapporteur, "recommendations", reports):
            by_doc[x["doc"]].append(x)
        # the same rows as one-line documents
        d = os.path.join(tmp, "rows")
        os.makedirs(d)
        with open(os.path.join(d, "m.tsv"), "w", encoding="utf-8") as m:
            m.write("doc_id\tpath\n")
            for i, it in enumerate(items + grouped):
                with open(os.path.join(d, f"{i}.txt"), "w", encoding="utf-8") as f:
                    f.write(it["rows"][0]["Text"])
                m.write(f"r{i}\t{i}.txt\n")
        one = {}
        for x in run(a.rapporteur, "recommendations", [os.path.join(d, "m.tsv")]):
            if x["doc"] not in one or x["start"] < one[x["doc"]]["start"]:
                one[x["doc"]] = x
        names = {r["To"] for it in items + grouped for r in it["rows"]} | \
                {r["From"] for it in items + grouped for r in it["rows"]}
        iso = iso3_of(a.rapporteur, names, tmp)

    def score(its, first):
        """Agreement of the first annotation in each span, in the report
        and as a one-line row (one.get(f"r{first + i}"))."""
        m = collections.Counter()
        differ = []
        for i, it in enumerate(its):
            code = it["rows"][0]["Action"]
            inside = sorted((x for x in by_doc[it["doc"]] if it["start"] <= x["start"] < it["end"]),
                            key=lambda x: x["start"])
            dx = inside[0] if inside else None
            ox = one.get(f"r{first + i}")
            dc = dx["attrs"].get("category") if dx else None
            oc = ox["attrs"].get("category") if ox else None
            m["cat_doc"] += dc == code
            m["cat_one"] += oc == code
            m["none_doc"] += dx is None
            m["none_one"] += ox is None
            if (dx and (dx["label"], dc)) != (ox and (ox["label"], oc)):
                differ.append((it, code, dx, ox))
            if not dx:
                continue
            m["with"] += 1
            m["addr"] += dx["attrs"].get("addressee") == iso[it["rows"][0]["To"]]
            want = {iso[r["From"]] or r["From"] for r in it["rows"]}
            got = set(filter(None, dx["attrs"].get("from", "").split(",")))
            m["from_exact"] += got == want
            m["from_has"] += bool(want & got)
            r = dx["attrs"].get("response")
            if r == "pending":
                m["pending"] += 1
            elif r is None:
                m["no_response"] += 1
            else:
                want_r = {RESPONSE.get(x["Response"]) for x in it["rows"]}
                if len(want_r) == 1 and None not in want_r:
                    m["resp_n"] += 1
                    m["resp"] += r in want_r
        return m, differ

    n = len(items)
    mi, differ = score(items, 0)
    mg, differ_g = score(grouped, n)

    out = []
    w = out.append
    w("# The recommendations plugin on UPR reports")
    w("")
    w("Written by `eval/upr/documents.py` (`make eval-upr-docs`); do not edit by hand.")
    w("")
    w("UPR Info's rows are recommendations taken out of the Working Group reports; "
      "`doc/evaluation.md` scores the plugin on them as one-line documents. Here the "
      "same recommendations are found in the reports themselves "
      "(`../shared/corpora/upr_working_group_reports`): numbered list items after an "
      "opening sentence that names the State under review and its response, with some "
      "40 pages of narrative before them. Each item is matched to the rows of the tuning "
      "files (sessions 1-17) with the same words for the same State; the held-out file is "
      "not read. Those rows trained the category model, so the category figures are "
      "in-sample: what they measure is what the document around a recommendation "
      "changes, not accuracy on unseen rows.")
    w("")
    n_item_reports = len({it["doc"] for it in items})
    w(f"- Reports with scored items: {n_item_reports}; numbered items found in all "
      f"reports: {n_items}; matched to rows with one Action code: **{n}** (left out: "
      f"{n_ambiguous} whose rows have different codes).")
    w("")

    def tables(m, count, unit):
        w("| measure | in the report | as one-line documents |")
        w("|---|---:|---:|")
        w(f"| category agrees with UPR Info | {pct(m['cat_doc'], count)} ({m['cat_doc']}) | "
          f"{pct(m['cat_one'], count)} ({m['cat_one']}) |")
        w(f"| no action found | {m['none_doc']} | {m['none_one']} |")
        w("")
        w(f"The first action found in {unit} (of {m['with']} with one):")
        w("")
        w("| attribute | agrees with UPR Info | of |")
        w("|---|---:|---:|")
        w(f"| addressee = the State under review | {pct(m['addr'], m['with'])} | {m['with']} |")
        w(f"| from = the recommending States, exactly | {pct(m['from_exact'], m['with'])} | "
          f"{m['with']} |")
        w(f"| from includes a recommending State | {pct(m['from_has'], m['with'])} | {m['with']} |")
        w(f"| response, where the list gives one (supported / noted) | {pct(m['resp'], m['resp_n'])} | "
          f"{m['resp_n']} |")
        w("")
        w(f"Response `pending` (a \"will be examined\" list; UPR Info has the later answer): "
          f"{m['pending']}; no response (none found, or the list states none): "
          f"{m['no_response']}.")
        w("")

    def differences(diffs, unit):
        w(f"{unit} where the report and the one-line row give a different first action or "
          f"category ({len(diffs)}):")
        w("")
        if diffs:
            w("| report | byte | UPR Info | in the report | one-line | recommendation |")
            w("|---|---:|---:|---|---|---|")
            for it, code, dx, ox in diffs:
                text = it["rows"][0]["Text"]
                text = (text[:90] + "...") if len(text) > 90 else text
                text = text.replace("|", "/")
                f = lambda x: f"{x['label']} ({x['attrs'].get('category')})" if x else "none"
                w(f"| {it['doc']} | {it['start']} | {code} | {f(dx)} | {f(ox)} | {text} |")
        else:
            w("None.")
        w("")

    tables(mi, n, "an item")
    differences(differ, "Items")

    ng = len(grouped)
    w("## Recommendations grouped in one item")
    w("")
    w("The reports of 2008-2011 often group several recommendations in one numbered "
      "item, each closed by its own recommending States (\"3. Consider ratifying ICRPD "
      "(Jordan); ratify as soon as possible ICRPD (Chile, China);\"), which UPR Info "
      "splits into rows. Here every other tuning row of the report's review (same State, "
      "a session of the report's year, at least 16 characters of words, one Action "
      "code) is looked for by its words in the report's conclusions (from its section "
      "\"Conclusions and/or recommendations\"), outside the items above; the first "
      "action inside the words found is scored, and the row itself as a one-line "
      "document beside it. Rows whose words the report words otherwise are not found.")
    w("")
    w(f"- Rows found: **{ng}** in {len({it['doc'] for it in grouped})} reports.")
    w("")
    tables(mg, ng, "the words of a row")
    differences(differ_g, "Rows")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"documents.py: {n} items and {ng} grouped rows in {len(reports)} reports; wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
