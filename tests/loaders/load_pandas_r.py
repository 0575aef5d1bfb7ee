#!/usr/bin/env python3
"""Loads the outputs of annotate and count with the one-liners doc/outputs.md
gives researchers: pandas.read_csv / read_json(lines=True) when python3-pandas
is installed, and R's read.csv / read.delim when r-base-core is installed (plus
jsonlite::stream_in when the jsonlite package is there). Checks row counts,
column names and types against the standard-library reading of the same files.
Skips (exit 77) with a message when neither pandas nor R is installed.

Environment (set by make check): RAPPORTEUR, RP_SRCDIR.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

RAP = os.environ.get("RAPPORTEUR", "./rapporteur")
SRC = os.environ.get("RP_SRCDIR", ".")
MANIFEST = os.path.join(SRC, "corpora", "manifest.tsv")
# the loader's test plugin "good" (tags "water"), then the shipped plugins
PLUGINS = [["--plugin-dir", "tests/loader", "-p", "good", "-P", "good.word=water"], []]
ARGS = PLUGINS[0]
FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL:", what)


def make(d, name, *args):
    path = os.path.join(d, name)
    p = subprocess.run([RAP, args[0], *ARGS, *args[1:], "-o", path, MANIFEST], capture_output=True)
    if p.returncode:
        sys.exit(f"rapporteur {' '.join(args)} failed: {p.stderr.decode()}")
    return path


def main():
    global ARGS
    # pandas may live in another python3 than the first on PATH (Debian's
    # python3-pandas is for /usr/bin/python3): run there when it does
    try:
        import pandas  # noqa: F401
    except ImportError:
        for py in ("/usr/bin/python3", shutil.which("python3")):
            if (py and os.path.exists(py) and os.path.realpath(py) != os.path.realpath(sys.executable)
                    and not os.environ.get("RP_LOADERS_REEXEC")
                    and subprocess.run([py, "-c", "import pandas"], capture_output=True).returncode == 0):
                os.environ["RP_LOADERS_REEXEC"] = "1"
                os.execv(py, [py, os.path.abspath(__file__)])
    rc = 0
    for ARGS in PLUGINS:
        print("plugins:", " ".join(ARGS) or "(the shipped defaults)")
        rc = check_loaders()
        if rc == 77:
            return rc
    return 1 if FAILS else rc


def check_loaders():
    try:
        import pandas as pd
    except ImportError:
        pd = None
    rscript = shutil.which("Rscript")
    if pd is None and rscript is None:
        print("SKIP: neither python3-pandas nor r-base-core is installed "
              "(apt-get install python3-pandas r-base-core)")
        return 77
    with tempfile.TemporaryDirectory() as d:
        jl = make(d, "a.jsonl", "annotate")
        cs = make(d, "a.csv", "annotate", "--format", "csv")
        ts = make(d, "a.tsv", "annotate", "--format", "tsv")
        long = make(d, "n.tsv", "count")
        wide = make(d, "w.csv", "count", "--wide", "--format", "csv", "--by", "year")
        with open(jl, encoding="utf-8") as f:
            recs = [json.loads(l) for l in f.read().split("\n")[:-1]]
        n = len(recs)
        check(n > 0, "no annotations")
        if pd is None:
            print("SKIP pandas: python3-pandas is not installed")
        else:
            a = pd.read_json(jl, lines=True)
            check(len(a) == n and {"doc", "label", "start", "end", "text", "para", "sentence", "attrs"} <= set(a.columns),
                  f"read_json: {len(a)} rows, columns {list(a.columns)}")
            check(str(a["start"].dtype).startswith("int"), f"read_json: start is {a['start'].dtype}")
            c = pd.read_csv(cs)
            check(c.shape[0] == n and list(c.columns[:3]) == ["doc", "plugin", "label"], f"read_csv: {c.shape}")
            check(str(c["end"].dtype).startswith("int") and str(c["year"].dtype).startswith("int"),
                  f"read_csv types: {c.dtypes.to_dict()}")
            check(list(c["text"]) == [r["text"] for r in recs], "read_csv: text differs from JSON Lines")
            t = pd.read_csv(ts, sep="\t")
            check(t.shape == c.shape, f"read_csv(sep=tab): {t.shape} vs {c.shape}")
            nl = pd.read_csv(long, sep="\t")
            check(int(nl["n"].sum()) == n, "pandas: count's n does not sum to the annotations")
            w = pd.read_csv(wide)
            check(w.columns[0] == "year" and int(w.drop(columns="year").to_numpy().sum()) == n,
                  f"pandas: wide table {list(w.columns)}")
            print(f"pandas {pd.__version__}: {n} annotations read from JSON Lines, CSV and TSV")
        if rscript is None:
            print("SKIP R: r-base-core is not installed")
        else:
            prog = f"""
a <- read.csv("{cs}", stringsAsFactors = FALSE, encoding = "UTF-8")
t <- read.delim("{ts}", stringsAsFactors = FALSE, encoding = "UTF-8")
n <- read.delim("{long}")
w <- read.csv("{wide}")
cat(nrow(a), nrow(t), ncol(a) == ncol(t), is.numeric(a$start), sum(n$n), sum(w[, -1]), "\\n")
if (requireNamespace("jsonlite", quietly = TRUE)) {{
  j <- jsonlite::stream_in(file("{jl}"), verbose = FALSE)
  cat("json", nrow(j), "\\n")
}}
"""
            p = subprocess.run([rscript, "-e", prog], capture_output=True, text=True)
            check(p.returncode == 0, f"R failed: {p.stderr}")
            out = p.stdout.split()
            check(out[:6] == [str(n), str(n), "TRUE", "TRUE", str(n), str(n)], f"R read: {p.stdout}")
            if "json" in out:
                check(out[out.index("json") + 1] == str(n), f"jsonlite: {p.stdout}")
            print(f"R: {n} annotations read with read.csv and read.delim")
    return 0


if __name__ == "__main__":
    sys.exit(main())
