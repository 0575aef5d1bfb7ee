#!/usr/bin/env python3
"""The benchmark's contract: on a corpus from ../shared/bench/make-corpus.py,

    rapporteur count -p themes --lexicon ../shared/bench/themes.tsv --overlap all \
        --wide --format tsv DIR

prints the same table, cell for cell, as the reference peer
../shared/bench/peers/py_pystemmer.py (header `doc<TAB>health<TAB>climate...`,
one row per document). Skips (exit 77) with a message when ../shared (RP_SHARED)
is absent or no python3 with the Stemmer module (python3-stemmer) is found.

Environment (set by make check): RAPPORTEUR, RP_SHARED.
"""
import os
import shutil
import subprocess
import sys
import tempfile

RAP = os.environ.get("RAPPORTEUR", "./rapporteur")
SHARED = os.environ.get("RP_SHARED", "")


def python_with_stemmer():
    for py in (sys.executable, shutil.which("python3"), "/usr/bin/python3"):
        if py and os.path.exists(py) and subprocess.run(
                [py, "-c", "import Stemmer"], capture_output=True).returncode == 0:
            return py
    return None


def main():
    bench = os.path.join(SHARED, "bench")
    if not SHARED or not os.path.exists(os.path.join(bench, "themes.tsv")):
        print(f"SKIP: no ../shared/bench (RP_SHARED={SHARED!r})")
        return 77
    py = python_with_stemmer()
    if not py:
        print("SKIP: no python3 with the Stemmer module (apt-get install python3-stemmer)")
        return 77
    with tempfile.TemporaryDirectory() as d:
        corpus = os.path.join(d, "corpus")
        subprocess.run([py, os.path.join(bench, "make-corpus.py"), "--total-mb", "2", "--out", corpus],
                       check=True, capture_output=True)
        ref = subprocess.run([py, os.path.join(bench, "peers", "py_pystemmer.py"), corpus,
                              os.path.join(bench, "themes.tsv")], check=True, capture_output=True).stdout
        p = subprocess.run([RAP, "count", "-p", "themes", "--lexicon", os.path.join(bench, "themes.tsv"),
                            "--overlap", "all", "--wide", "--format", "tsv", corpus], capture_output=True)
        if p.returncode:
            print("FAIL: rapporteur count failed:", p.stderr.decode())
            return 1
        got = p.stdout
        if got == ref:
            rows = ref.decode().count("\n") - 1
            print(f"identical tables: {rows} documents x {len(ref.decode().split(chr(10))[0].split(chr(9))) - 1} themes")
            return 0
        r = [l.split("\t") for l in ref.decode().split("\n")]
        g = [l.split("\t") for l in got.decode().split("\n")]
        if r[0] != g[0]:
            print("FAIL: headers differ:\n  peer:       ", r[0], "\n  rapporteur: ", g[0])
            return 1
        if len(r) != len(g):
            print(f"FAIL: {len(g) - 2} rows, the peer has {len(r) - 2}")
        shown = 0
        for rr, gg in zip(r[1:], g[1:]):
            for k, (a, b) in enumerate(zip(rr, gg)):
                if a != b and shown < 20:
                    print(f"FAIL: {rr[0]} {r[0][k]}: peer {a}, rapporteur {b}")
                    shown += 1
        return 1


if __name__ == "__main__":
    sys.exit(main())
