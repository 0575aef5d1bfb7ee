/*
 * lex_dic.c -- reader of LIWC dictionaries (.dic, LIWC2001 to LIWC2015,
 * also read by LIWC-22 and quanteda).
 *
 *     %
 *     1	rec_strong
 *     3	actor	Actors          (an optional label after the name)
 *     	31	actor_un        (leading TABs: nested under the category above)
 *     %
 *     urge*	1
 *     calls upon	1
 *     ohchr	3	31
 *
 * The legend lies between two % lines; entries follow, a pattern then one
 * or more category numbers (any white space; with a TAB on the line the
 * pattern is what comes before the first TAB, so phrases keep their
 * spaces).  LIWC words are exact (LIWC codes stems as `abandon*`), a
 * trailing * is a prefix, and spaces make a phrase.  LIWC2007 context codes
 * (`(02 134)125/464`, `<of>131`) are dropped with a warning, like quanteda
 * does.  Duplicate patterns are merged (union of their categories).  Files
 * that are not UTF-8 are read as Windows-1252, with a warning.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lex_int.h"

static const uint16_t cp1252[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

static char *from_cp1252(const char *s, size_t n, size_t *outlen)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_reserve(&b, n * 3 + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c < 0x80) {
            rp_buf_addc(&b, (char)c);
            continue;
        }
        unsigned cp = c < 0xa0 ? cp1252[c - 0x80] : c;
        if (cp < 0x800) {
            rp_buf_addc(&b, (char)(0xc0 | (cp >> 6)));
            rp_buf_addc(&b, (char)(0x80 | (cp & 0x3f)));
        } else {
            rp_buf_addc(&b, (char)(0xe0 | (cp >> 12)));
            rp_buf_addc(&b, (char)(0x80 | ((cp >> 6) & 0x3f)));
            rp_buf_addc(&b, (char)(0x80 | (cp & 0x3f)));
        }
    }
    *outlen = b.len;
    return b.data ? b.data : rp_xstrdup("");
}

static unsigned col_of(const char *line, const char *p)
{
    unsigned c = 1;
    for (const char *q = line; q < p; q++)
        c += ((unsigned char)*q & 0xc0) != 0x80;
    return c;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int all_digits(const char *s, const char *e)
{
    if (s == e)
        return 0;
    for (; s < e; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* Does a white-space separated field look like a category number or a
 * LIWC2007 context code rather than a word of the pattern? */
static int idlike(const char *s, const char *e)
{
    if (all_digits(s, e))
        return 1;
    for (const char *q = s; q < e; q++)
        if (*q == '(' || *q == ')' || *q == '<' || *q == '>' || *q == '/')
            return 1;
    return 0;
}

typedef struct pending {
    const char *term;
    size_t len;
    unsigned line, col;
    RP_VEC(uint32_t) cats;
} pending;

typedef struct dic {
    lx_builder *b;
    const char *path;
    RP_VEC(uint32_t) bynum; /* category number -> cat index + 1 */
    RP_VEC(pending) pend;
    lx_strtab terms;        /* pattern -> pending index + 1 */
} dic;

static int legend_line(dic *d, unsigned lineno, const char *line, const char *e, uint32_t *last,
                       size_t *depth_n)
{
    lx_builder *b = d->b;
    const char *s = line;
    size_t depth = 0;
    while (s < e && *s == '\t') {
        depth++;
        s++;
    }
    while (s < e && is_ws(*s))
        s++;
    const char *ns = s;
    while (s < e && *s >= '0' && *s <= '9')
        s++;
    if (s == ns || s - ns > 9)
        return lx_fail(b, d->path, lineno, col_of(line, ns),
                       "expected <number><TAB><category name> in the legend (or %% to end it)");
    unsigned long num = strtoul(ns, NULL, 10);
    /* categories are indexed by number: bound it (LIWC's go to a few
     * thousand) so a stray 999999999 cannot ask for gigabytes */
    if (num > 1000000)
        return lx_fail(b, d->path, lineno, col_of(line, ns), "category number %lu is too large (at most 1000000)",
                       num);
    const char *ms = s;
    while (ms < e && is_ws(*ms))
        ms++;
    /* NAME, or NAME<TAB>Label (some LIWC2015 files give both) */
    const char *tab = ms < e ? memchr(ms, '\t', (size_t)(e - ms)) : NULL;
    const char *me = tab ? tab : e, *ls = NULL, *le = NULL;
    while (me > ms && is_ws(me[-1]))
        me--;
    if (tab) {
        ls = tab + 1;
        le = e;
        while (ls < le && is_ws(*ls))
            ls++;
        while (le > ls && is_ws(le[-1]))
            le--;
    }
    if (ms == me || ms == s)
        return lx_fail(b, d->path, lineno, col_of(line, ms), "expected a category name after the number");
    if (depth >= 16)
        return lx_fail(b, d->path, lineno, 1, "legend nested deeper than 16 levels");
    if (depth > *depth_n)
        return lx_fail(b, d->path, lineno, 1, "category nested %zu levels under a category of level %zu",
                       depth, *depth_n ? *depth_n - 1 : 0);
    if (num < d->bynum.n && d->bynum.v[num])
        return lx_fail(b, d->path, lineno, col_of(line, ns), "category number %lu appears twice in the legend", num);
    uint32_t c = lx_cat_find(b, ms, (size_t)(me - ms));
    if (c != RP_NONE)
        lx_warn(b, d->path, lineno, col_of(line, ms), "category name \"%.*s\" used twice in the legend",
                (int)(me - ms), ms);
    c = lx_cat(b, ms, (size_t)(me - ms));
    if (ls && ls < le)
        b->cats.v[c].cat.label = lx_strdup(b, ls, (size_t)(le - ls));
    if (depth > 0 && b->cats.v[c].cat.parent == RP_NONE && last[depth - 1] != c)
        b->cats.v[c].cat.parent = last[depth - 1];
    last[depth] = c;
    *depth_n = depth + 1;
    while (d->bynum.n <= num)
        RP_VEC_PUSH(d->bynum) = 0;
    d->bynum.v[num] = c + 1;
    return 0;
}

static int entry_line(dic *d, unsigned lineno, const char *line, const char *e)
{
    lx_builder *b = d->b;
    const char *s = line;
    while (s < e && is_ws(*s))
        s++;
    while (e > s && is_ws(e[-1]))
        e--;
    const char *ps = s, *pe, *ids;
    const char *tab = memchr(s, '\t', (size_t)(e - s));
    if (tab) {
        pe = tab;
        ids = tab + 1;
    } else {
        /* the trailing fields that look like numbers are the categories */
        const char *q = e;
        ids = e;
        while (q > s) {
            const char *fe = q;
            while (fe > s && is_ws(fe[-1]))
                fe--;
            const char *fs = fe;
            while (fs > s && !is_ws(fs[-1]))
                fs--;
            if (fs == s || !idlike(fs, fe))
                break;
            ids = fs;
            q = fs;
        }
        pe = ids;
    }
    while (pe > ps && is_ws(pe[-1]))
        pe--;
    if (ps == pe)
        return lx_fail(b, d->path, lineno, col_of(line, ps), "expected a word or pattern before the category numbers");
    uint32_t cats[256];
    size_t nc = 0;
    int context = 0;
    const char *q = ids;
    while (q < e) {
        if (is_ws(*q)) {
            q++;
            continue;
        }
        if (*q == '(' || *q == '<') {
            char close = *q == '(' ? ')' : '>';
            const char *m = memchr(q, close, (size_t)(e - q));
            if (!m)
                return lx_fail(b, d->path, lineno, col_of(line, q), "unclosed '%c' in a context code", *q);
            q = m + 1;
            while (q < e && !is_ws(*q))
                q++;
            context = 1;
            continue;
        }
        const char *fs = q;
        while (q < e && !is_ws(*q))
            q++;
        if (all_digits(fs, q) && q - fs <= 9) {
            unsigned long num = strtoul(fs, NULL, 10);
            if (num >= d->bynum.n || !d->bynum.v[num])
                return lx_fail(b, d->path, lineno, col_of(line, fs), "category %.*s is not in the legend",
                               (int)(q - fs), fs);
            if (nc == sizeof cats / sizeof *cats)
                return lx_fail(b, d->path, lineno, col_of(line, fs), "more than %zu categories on one line",
                               sizeof cats / sizeof *cats);
            cats[nc++] = d->bynum.v[num] - 1;
        } else if (memchr(fs, '/', (size_t)(q - fs))) {
            context = 1;
        } else {
            return lx_fail(b, d->path, lineno, col_of(line, fs), "expected a category number, got \"%.*s\"",
                           (int)(q - fs), fs);
        }
    }
    if (context)
        lx_warn(b, d->path, lineno, col_of(line, ids), "LIWC2007 context code dropped (not supported)");
    if (nc == 0) {
        if (context)
            return 0;
        return lx_fail(b, d->path, lineno, col_of(line, e), "expected a category number after the pattern");
    }
    size_t pl = (size_t)(pe - ps);
    uint32_t k = lx_strtab_find(&d->terms, ps, pl);
    pending *p;
    if (k) {
        p = &d->pend.v[k - 1];
    } else {
        lx_strtab_add(&d->terms, ps, pl);
        p = &RP_VEC_PUSH(d->pend);
        memset(p, 0, sizeof *p);
        p->term = ps;
        p->len = pl;
        p->line = lineno;
        p->col = col_of(line, ps);
    }
    for (size_t i = 0; i < nc; i++)
        RP_VEC_PUSH(p->cats) = cats[i];
    return 0;
}

int lx_read_dic(lx_builder *b, const char *path)
{
    size_t len;
    char *raw = lx_read(b, path, &len, 0);
    if (!raw)
        return -1;
    char *text = raw;
    if (lx_utf8_bad(raw, len) != (size_t)-1) {
        text = from_cp1252(raw, len, &len);
        free(raw);
        lx_warn(b, path, 0, 0, "not UTF-8: read as Windows-1252");
    }
    dic d;
    memset(&d, 0, sizeof d);
    d.b = b;
    d.path = path;
    lx_strtab_init(&d.terms, b->arena);
    uint32_t last[16];
    size_t depth_n = 0;
    int state = 0, rc = 0;
    const char *s = text, *end = text + len;
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        s += 3;
    unsigned lineno = 0;
    while (s < end && rc == 0) {
        lineno++;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        const char *line = s;
        s = nl ? nl + 1 : end;
        const char *t = line, *te = e;
        while (t < te && is_ws(*t))
            t++;
        while (te > t && is_ws(te[-1]))
            te--;
        if (t == te)
            continue;
        if (memchr(line, '\0', (size_t)(e - line))) {
            rc = lx_fail(b, path, lineno, 1, "NUL byte in a lexicon line");
            break;
        }
        int pct = te - t == 1 && *t == '%';
        if (state == 0) {
            if (!pct)
                rc = lx_fail(b, path, lineno, col_of(line, t), "expected %% to open the category legend");
            state = 1;
        } else if (state == 1) {
            if (pct)
                state = 2;
            else
                rc = legend_line(&d, lineno, line, e, last, &depth_n);
        } else {
            if (pct)
                rc = lx_fail(b, path, lineno, col_of(line, t), "unexpected %% after the legend");
            else
                rc = entry_line(&d, lineno, line, e);
        }
    }
    if (rc == 0 && state < 2)
        rc = lx_fail(b, path, lineno ? lineno : 1, 1, "expected %% to %s the category legend",
                     state == 0 ? "open" : "close");
    unsigned char *marks = rp_xcalloc(b->cats.n + 1, 1);
    for (size_t i = 0; i < d.pend.n; i++) {
        pending *p = &d.pend.v[i];
        /* a pattern given on several lines: the union of its categories,
         * in order of first mention */
        size_t w = 0;
        for (size_t k = 0; k < p->cats.n; k++)
            if (!marks[p->cats.v[k]]) {
                marks[p->cats.v[k]] = 1;
                p->cats.v[w++] = p->cats.v[k];
            }
        for (size_t k = 0; k < w; k++)
            marks[p->cats.v[k]] = 0;
        if (rc == 0)
            lx_entry(b, path, p->line, p->col, p->term, p->len, p->cats.v, w, LX_SYN_EXACT);
        RP_VEC_FREE(p->cats);
    }
    free(marks);
    RP_VEC_FREE(d.pend);
    RP_VEC_FREE(d.bynum);
    lx_strtab_free(&d.terms);
    free(text);
    return rc;
}
