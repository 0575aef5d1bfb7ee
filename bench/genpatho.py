#!/usr/bin/python3
"""genpatho.py DIR -- writes the pathological inputs of the benchmark:
one 20 MB line of words with no line break, a 100 MB line with no space at
all (issue 8), a 10 MB "word" with no separator, 200,000 tiny numbered
paragraphs, long runs of footnote markers (superscripts, and [n] runs),
and 10 MB of text full of invalid UTF-8 (Latin-1 bytes, stray continuation
bytes, overlong forms, encoded surrogates). Deterministic. tests/robust/
big-inputs.sh runs smaller versions of these in make check."""
import os
import sys

d = sys.argv[1]
os.makedirs(d, exist_ok=True)
words = ("the General Assembly calls upon all Member States to ensure gender equality "
         "and to ratify the Convention on the Rights of the Child, ").split()


def write(name, text):
    with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


line = " ".join(words[i % len(words)] for i in range(20_000_000 // 7))
write("one-20MB-line", line[:20_000_000] + "\n")
write("one-10MB-word", "a" * 10_000_000 + "\n")
write("200k-tiny-paragraphs", "".join(f"{i}. Women.\n" for i in range(1, 200_001)))
write("footnote-marker-runs", ("rights" + "¹²³⁴⁵⁶⁷⁸⁹⁰" * 50 + " ") * 20000 + "\n")
nospace = "".join(words)
write("one-100MB-line-no-spaces", (nospace * (100_000_000 // len(nospace) + 1))[:100_000_000] + "\n")
write("bracket-footnote-runs", ("rights" + "".join(f"[{i}]" for i in range(200)) + " and ") * 10000 + "\n")
chunk = (" ".join(words)).encode() + b" caf\xe9 na\xefve \x80\xbf \xc0\xaf \xed\xa0\x80 "
with open(os.path.join(d, "invalid-utf8-10MB.txt"), "wb") as f:
    f.write((chunk * (10_000_000 // len(chunk) + 1))[:10_000_000] + b"\n")
