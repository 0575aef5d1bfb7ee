#!/bin/sh
# lexicons.sh -- issue 8: hostile lexicons. A malformed lexicon is one line
# "file:line:column: what" and exit 1 before any document is read; a
# catastrophic regex hits the match limit, is reported with the lexicon
# line and the document, and the run goes on; a non-UTF-8 LIWC dictionary
# is read as Windows-1252 with a warning.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
cd "$scratch"
echo "The pandemic hit water supplies." > doc.txt

tcase "bad syntax in each format"
printf 'health\tpandemic\nbroken line without tab\n' > bad.lex
printf '@colour red\n' > hdr.lex
printf 'cat\tre:(unclosed\n' > re.lex
printf 'a:\n  - [unclosed\n' > bad.yml
printf '%%\n1\tpos\n%%\nword\t7\n' > bad.dic
printf 'cat\tterm\nbroken' > bad.tsv
for f in bad.lex hdr.lex re.lex bad.yml bad.dic bad.tsv; do
    rp annotate -p themes --lexicon "$f" doc.txt
    expect_rc 1
    expect_err_lines 1
    expect_out_lines 0
    rp lexicon check "$f"
    expect_rc 1
done
rp annotate -p themes --lexicon bad.lex doc.txt
expect_err "rapporteur: --lexicon bad.lex:2:24: expected CATEGORY<TAB>TERM"
rp annotate -p themes --lexicon hdr.lex doc.txt
expect_err "rapporteur: --lexicon hdr.lex:1:1: unknown header @colour"
rp annotate -p themes --lexicon re.lex doc.txt
expect_err "rapporteur: --lexicon re.lex:1:17: bad regex: missing closing parenthesis"
rp annotate -p themes --lexicon bad.yml doc.txt
expect_err "rapporteur: --lexicon bad.yml:3:1: YAML: did not find expected ',' or ']'"
rp annotate -p themes --lexicon bad.dic doc.txt
expect_err "rapporteur: --lexicon bad.dic:4:6: category 7 is not in the legend"
rp annotate -p themes --lexicon bad.tsv doc.txt
expect_err "rapporteur: --lexicon bad.tsv:2:7: expected CATEGORY<TAB>TERM (no TAB on this line)"
rp count -p themes --lexicon bad.lex doc.txt
expect_rc 1
expect_err "rapporteur: --lexicon bad.lex:2:24: expected CATEGORY<TAB>TERM"

tcase "a LIWC category number too large to index (fuzz_lexicon out-of-memory)"
printf '%%\n777777777\tx\n%%\nw\t777777777\n' > huge.dic
rp annotate -p themes --lexicon huge.dic doc.txt
expect_rc 1
expect_err "rapporteur: --lexicon huge.dic:2:1: category number 777777777 is too large (at most 1000000)"
expect_err_lines 1

tcase "a missing lexicon is an environment error"
rp annotate -p themes --lexicon nosuch.lex doc.txt
expect_rc 2
expect_err "nosuch.lex: No such file or directory"

tcase "a line longer than 1 MB"
python3 -c "import sys; sys.stdout.write('cat\t' + 'a' * (1100 * 1024) + '\n')" > long.lex
rp annotate -p themes --lexicon long.lex doc.txt
expect_rc 1
expect_err "rapporteur: --lexicon long.lex:1:1: line longer than 1 MB (1126404 bytes)"
# a line just under the limit is fine
python3 -c "import sys; sys.stdout.write('cat\tpandemic\n#' + 'a' * (1000 * 1024) + '\n')" > longok.lex
rp annotate -p themes --lexicon longok.lex doc.txt
expect_rc 0
expect_out_lines 1 '"label":"cat"'

tcase "non-UTF-8 encodings"
printf 'cat\tcaf\351\n' > latin.lex
rp annotate -p themes --lexicon latin.lex doc.txt
expect_rc 1
expect_err "rapporteur: --lexicon latin.lex:1:8: invalid UTF-8 at byte offset 7 (lexicons must be UTF-8)"
printf '\377\376c\0a\0t\0\n\0' > utf16.lex
rp annotate -p themes --lexicon utf16.lex doc.txt
expect_rc 1
expect_err_lines 1
expect_err "utf16.lex:1:"
cp "$RP_SRCDIR/tests/data/lexicons/cp1252.dic" .
rp lexicon check cp1252.dic
expect_rc 0
expect_err "rapporteur: warning: cp1252.dic: not UTF-8: read as Windows-1252"

tcase "catastrophic regex: (a+)+\$ on a long line hits the match limit"
printf 'slow\tre:(a+)+$\nfast\tpandemic\n' > cat.lex
python3 -c "import sys; sys.stdout.write('a' * 200000 + '!\n')" > aaa.txt
NOVG=1
start=$(date +%s)
rp annotate -p themes --lexicon cat.lex aaa.txt doc.txt
end=$(date +%s)
NOVG=0
expect_rc 0
expect_err "rapporteur: warning: cat.lex:1: regex stopped in document aaa at byte 0: match limit exceeded (its other matches in this document are skipped)"
expect_err_lines 1
expect_out_lines 1 '"doc":"doc","plugin":"themes","label":"fast"'
checks=$((checks + 1))
[ $((end - start)) -le 20 ] || fail "took $((end - start)) s (the match limit should stop it at once)"

tcase "the shipped lexicons check clean: no duplicate entry, no warning"
for f in "$RP_SRCDIR"/lexicons/*.lex "$RP_SRCDIR"/lexicons/*/*.lex; do
    rp lexicon check "$f"
    expect_rc 0
    expect_err_lines 0
done

finish
