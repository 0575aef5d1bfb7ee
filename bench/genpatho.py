#!/usr/bin/python3
"""genpatho.py DIR -- writes the pathological inputs of the benchmark:
one 20 MB line of words with no line break, a 10 MB "word" with no
separator, 200,000 tiny numbered paragraphs, and long runs of footnote
markers. Deterministic."""
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
