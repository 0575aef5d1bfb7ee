#!/usr/bin/python3
"""genlex.py N -- writes a native rapporteur lexicon of N entries to stdout,
for the load-time benchmark: 1,000 categories, a mix of single stems,
two- and three-word phrases and prefix globs over pseudo-words, with a few
attributes. Deterministic (same N, same bytes)."""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(7)
syll = ["ba", "ri", "to", "mun", "sel", "da", "ve", "kor", "li", "nam", "pe", "stra", "gu", "on", "tic"]


def word():
    return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))


out = sys.stdout
out.write("@scheme bench100k\n@version 1\n@language en\n")
for c in range(1000):
    out.write(f"@category c{c}\tCategory {c}\n")
for i in range(n):
    kind = i % 10
    if kind < 6:
        term = word()
    elif kind < 9:
        term = " ".join(word() for _ in range(2 + kind % 2))
    else:
        term = word()[:5] + "*"
    extra = f"\tweight=0.5" if i % 50 == 0 else ""
    out.write(f"c{i % 1000}\t{term}{extra}\n")
