#!/bin/sh
# manifests.sh -- issue 8: bad manifests. Each problem is one line
# "manifest:line[:column]: what"; the good rows are still processed; the
# closing line counts the skipped rows; exit 1 (bad input) or 2 (a missing
# file); --strict stops at the first problem.
. "${RP_SRCDIR:-.}/tests/robust/lib.sh"
plug="--plugin-dir $RP_BUILDDIR/tests/loader -p good -P good.word=water"
cd "$scratch"
echo "water a" > a.txt
echo "water b" > b.txt
echo "water c" > c.txt
tab=$(printf '\t')

tcase "missing columns"
printf 'doc_id\tyear\na\t2020\n' > nopath.tsv
rp annotate $plug nopath.tsv
expect_rc 1
expect_err "rapporteur: nopath.tsv:1: the header has no path column (a manifest needs doc_id and path)"
expect_err "rapporteur: annotate: no documents to analyse"
expect_err_lines 2
printf 'path\tyear\na.txt\t2020\n' > noid.tsv
rp annotate $plug noid.tsv a.txt
expect_rc 1
expect_err "rapporteur: noid.tsv:1: the header has no doc_id column"
expect_err "rapporteur: 1 document done, 1 skipped, 0 plugin errors"
expect_out_lines 1 '"doc":"a"'

tcase "rows with missing fields, bad paths, empty fields"
printf 'doc_id\tpath\tyear\na\ta.txt\t2020\nb\tb.txt\nx\tmissing.txt\t2021\nd\t.\t2022\n\tc.txt\t1\ne\t\t1\nc\tc.txt\t2023\n' > bad.tsv
rp annotate $plug bad.tsv
expect_rc 2
expect_err "rapporteur: bad.tsv:3: 2 fields, the header has 3"
expect_err "rapporteur: bad.tsv:4: doc \"x\": missing.txt: No such file or directory"
expect_err "rapporteur: bad.tsv:5: doc \"d\": .: not a regular file"
expect_err "rapporteur: bad.tsv:6: empty doc_id"
expect_err "rapporteur: bad.tsv:7: empty path"
expect_err "rapporteur: 2 documents done, 5 skipped, 0 plugin errors"
expect_err_lines 6
expect_out_lines 2
expect_out_lines 1 '^\{"doc":"a",.*"year":"2020"'
expect_out_lines 1 '^\{"doc":"c",.*"year":"2023"'
rp annotate $plug --strict bad.tsv
expect_rc 1
expect_err "rapporteur: bad.tsv:3: 2 fields, the header has 3"
expect_err_lines 1
expect_out_lines 0

tcase "duplicate doc ids"
printf 'doc_id\tpath\na\ta.txt\na\tb.txt\nc\tc.txt\n' > dup.tsv
rp annotate $plug dup.tsv
expect_rc 1
expect_err "rapporteur: dup.tsv:3: duplicate doc id \"a\" (first from dup.tsv:2); skipped"
expect_err "rapporteur: 2 documents done, 1 skipped, 0 plugin errors"
expect_out_lines 2
expect_out_lines 1 '"doc":"a","plugin":"good","label":"hit","start":0,"end":5'
# the same id from a manifest and a loose file
rp annotate $plug dup.tsv "$scratch/c.txt"
expect_rc 1
expect_err "rapporteur: $scratch/c.txt: duplicate doc id \"c\" (first from dup.tsv:4); skipped"

tcase "quoted fields"
printf 'doc_id\tpath\ttitle\n"a"\ta.txt\t"Report, ""quoted""\ttitle"\n"b\tb.txt\tbroken\nc\tc.txt\t"x"y\n' > quoted.tsv
rp annotate $plug quoted.tsv
expect_rc 1
expect_err "rapporteur: quoted.tsv:3:1: unterminated or misplaced quote"
expect_err "rapporteur: quoted.tsv:4:12: unterminated or misplaced quote"
expect_err "rapporteur: 1 document done, 2 skipped, 0 plugin errors"
expect_out_lines 1 '^\{"doc":"a",.*"title":"Report, \\"quoted\\"\\ttitle",'

tcase "empty manifest, binary manifest, missing manifest"
: > empty.tsv
rp annotate $plug empty.tsv a.txt
expect_rc 1
expect_err "rapporteur: empty.tsv: empty manifest (expected a header with doc_id and path)"
expect_out_lines 1
printf 'doc_id\tpath\0\n' > nul.tsv
rp annotate $plug nul.tsv a.txt
expect_rc 1
expect_err "rapporteur: nul.tsv: not a text file (NUL byte)"
rp annotate $plug nosuch.tsv a.txt
expect_rc 2
expect_err "rapporteur: nosuch.tsv: No such file or directory"
expect_out_lines 1

tcase "CRLF, BOM and comments are fine"
printf '\357\273\277doc_id\tpath\r\n# a comment\r\n\r\na\ta.txt\r\n' > crlf.tsv
rp annotate $plug crlf.tsv
expect_rc 0
expect_err_lines 0
expect_out_lines 1 '"doc":"a"'
: "$tab"
finish
