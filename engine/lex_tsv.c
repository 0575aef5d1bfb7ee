/*
 * lex_tsv.c -- reader of plain TSV lexicons, `category<TAB>term` per line,
 * with the rules written at the top of ../shared/bench/themes.tsv (and
 * implemented by its Python reference, py_pystemmer.py): lines that are
 * blank or start with '#' are skipped, only the first two fields count,
 * the term is stripped and lowered, a trailing '*' makes the rest a prefix
 * of the lowered token, anything else is split into runs of letters and
 * digits and stemmed.  TSV lexicons match in the "simple" token mode.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lex_int.h"

int lx_read_tsv(lx_builder *b, const char *path)
{
    size_t len;
    char *text = lx_read(b, path, &len, 1);
    if (!text)
        return -1;
    int rc = 0;
    const char *s = text, *end = text + len;
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        s += 3;
    unsigned lineno = 0;
    while (s < end) {
        lineno++;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        const char *line = s;
        s = nl ? nl + 1 : end;
        if (line[0] == '#')
            continue;
        /* Python's `not line.strip()`: nothing but (Unicode) white space */
        int blank = 1;
        for (const char *q = line; q < e && blank;) {
            int32_t cp;
            q += lx_decode(q, (size_t)(e - q), &cp);
            blank = lx_is_space(cp);
        }
        if (blank)
            continue;
        if (memchr(line, '\0', (size_t)(e - line))) {
            rc = lx_fail(b, path, lineno, 1, "NUL byte in a lexicon line");
            break;
        }
        const char *tab = memchr(line, '\t', (size_t)(e - line));
        if (!tab) {
            unsigned l, c;
            lx_linecol(line, (size_t)(e - line), &l, &c);
            rc = lx_fail(b, path, lineno, c, "expected CATEGORY<TAB>TERM (no TAB on this line)");
            break;
        }
        if (tab == line) {
            rc = lx_fail(b, path, lineno, 1, "expected a category name before the TAB");
            break;
        }
        const char *ts = tab + 1;
        const char *te = memchr(ts, '\t', (size_t)(e - ts));
        if (!te) {
            te = e;
            if (te > ts && te[-1] == '\r')
                te--;
        }
        unsigned l, col;
        lx_linecol(line, (size_t)(ts - line), &l, &col);
        uint32_t cat = lx_cat(b, line, (size_t)(tab - line));
        lx_entry(b, path, lineno, col, ts, (size_t)(te - ts), &cat, 1, LX_SYN_SIMPLE);
    }
    free(text);
    return rc;
}
