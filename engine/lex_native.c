/*
 * lex_native.c -- reader of the native lexicon format (.lex), the one
 * doc/lexicon-format.md specifies: @header lines, @category declarations
 * with labels, attributes and parents, @include of other files (relative
 * to the including file; cycles are an error), and entry lines
 * CATEGORY[,CATEGORY...]<TAB>TERM[<TAB>key=value...].  Terms stay as
 * written here; lexicon.c compiles them.
 */
#include "config.h"

#include <errno.h>
#include <libstemmer.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "lex_int.h"

/* 1-based column (in characters) of p on a line starting at line. */
static unsigned col_of(const char *line, const char *p)
{
    unsigned c = 1;
    for (const char *q = line; q < p; q++)
        c += ((unsigned char)*q & 0xc0) != 0x80;
    return c;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Trims blanks from both ends of [*s, *e). */
static void trim(const char **s, const char **e)
{
    while (*s < *e && is_blank(**s))
        (*s)++;
    while (*e > *s && is_blank((*e)[-1]))
        (*e)--;
}

typedef struct field {
    const char *s, *e;
} field;

/* Splits [s, e) at TABs into at most max fields; returns the count. */
static size_t split_tabs(const char *s, const char *e, field *f, size_t max)
{
    size_t n = 0;
    while (n < max) {
        const char *t = memchr(s, '\t', (size_t)(e - s));
        f[n].s = s;
        f[n].e = t ? t : e;
        n++;
        if (!t)
            break;
        s = t + 1;
    }
    return n;
}

#define MAX_FIELDS 64

static int parse_attrs(lx_builder *b, const char *file, unsigned lineno, const char *line,
                       field *f, size_t n, lx_raw *r, uint32_t cat, int is_cat)
{
    for (size_t i = 0; i < n; i++) {
        const char *s = f[i].s, *e = f[i].e;
        trim(&s, &e);
        if (s == e)
            continue;
        const char *eq = memchr(s, '=', (size_t)(e - s));
        if (!eq || eq == s)
            return lx_fail(b, file, lineno, col_of(line, s), "expected key=value, got \"%.*s\"",
                           (int)(e - s), s);
        const char *ks = s, *ke = eq, *vs = eq + 1, *ve = e;
        trim(&ks, &ke);
        trim(&vs, &ve);
        size_t kl = (size_t)(ke - ks);
        if (is_cat) {
            if (kl == 6 && memcmp(ks, "parent", 6) == 0) {
                uint32_t p = lx_cat_find(b, vs, (size_t)(ve - vs));
                if (p == RP_NONE)
                    return lx_fail(b, file, lineno, col_of(line, vs),
                                   "unknown parent category \"%.*s\" (declare it first)", (int)(ve - vs), vs);
                if (p == cat)
                    return lx_fail(b, file, lineno, col_of(line, vs), "a category cannot be its own parent");
                b->cats.v[cat].cat.parent = p;
                continue;
            }
            rp_kv *kv = &RP_VEC_PUSH(b->cattrs);
            kv->key = lx_strdup(b, ks, kl);
            kv->value = lx_strdup(b, vs, (size_t)(ve - vs));
            b->cats.v[cat].cat.n_attrs++;
            continue;
        }
        if (kl == 4 && memcmp(ks, "case", 4) == 0) {
            size_t vl = (size_t)(ve - vs);
            if (vl == 3 && memcmp(vs, "yes", 3) == 0)
                r->flags |= RP_LEX_CASE;
            else if (!(vl == 2 && memcmp(vs, "no", 2) == 0))
                return lx_fail(b, file, lineno, col_of(line, vs), "expected case=yes or case=no");
            continue;
        }
        if (kl == 3 && memcmp(ks, "not", 3) == 0) {
            if (ve == vs)
                return lx_fail(b, file, lineno, col_of(line, vs), "expected a phrase after not=");
            r->not_ = lx_strdup(b, vs, (size_t)(ve - vs));
            r->not_col = col_of(line, vs);
            continue;
        }
        if (kl == 6 && memcmp(ks, "weight", 6) == 0) {
            char tmp[64];
            size_t vl = (size_t)(ve - vs);
            char *end = NULL;
            double w = -1;
            if (vl > 0 && vl < sizeof tmp) {
                memcpy(tmp, vs, vl);
                tmp[vl] = '\0';
                errno = 0;
                w = strtod(tmp, &end);
            }
            if (vl == 0 || vl >= sizeof tmp || *end || errno || !(w >= 0 && w <= 1e6))
                return lx_fail(b, file, lineno, col_of(line, vs),
                               "expected a weight between 0 and 1000000, got \"%.*s\"", (int)vl, vs);
            r->weight_milli = (uint32_t)(w * 1000.0 + 0.5);
            continue;
        }
        rp_kv *kv = &RP_VEC_PUSH(b->attrs);
        kv->key = lx_strdup(b, ks, kl);
        kv->value = lx_strdup(b, vs, (size_t)(ve - vs));
        r->n_attrs++;
    }
    return 0;
}

static int read_file(lx_builder *b, const char *path, int top);

static int header(lx_builder *b, const char *file, unsigned lineno, const char *line,
                  const char *s, const char *e, int top)
{
    const char *ne = s + 1;
    while (ne < e && !is_blank(*ne))
        ne++;
    size_t nl = (size_t)(ne - s - 1);
    const char *name = s + 1;
    const char *vs = ne, *ve = e;
    trim(&vs, &ve);
    size_t vl = (size_t)(ve - vs);
#define IS(lit) (nl == sizeof(lit) - 1 && memcmp(name, lit, nl) == 0)
    if (IS("category")) {
        field f[MAX_FIELDS];
        size_t n = split_tabs(vs, ve, f, MAX_FIELDS);
        const char *is = f[0].s, *ie = f[0].e;
        trim(&is, &ie);
        if (is == ie)
            return lx_fail(b, file, lineno, col_of(line, vs), "expected @category ID<TAB>Label");
        uint32_t known = lx_cat_find(b, is, (size_t)(ie - is));
        if (known != RP_NONE && b->cats.v[known].declared) {
            lx_warn(b, file, lineno, col_of(line, is), "category \"%.*s\" declared again (first on line %u)",
                    (int)(ie - is), is, b->cats.v[known].line);
            return 0;
        }
        uint32_t c = lx_cat(b, is, (size_t)(ie - is));
        lx_bcat *bc = &b->cats.v[c];
        bc->declared = 1;
        bc->line = lineno;
        if (n > 1) {
            const char *ls = f[1].s, *le = f[1].e;
            trim(&ls, &le);
            if (ls < le)
                bc->cat.label = lx_strdup(b, ls, (size_t)(le - ls));
        }
        b->cats.v[c].attr_first = (uint32_t)b->cattrs.n;
        b->cats.v[c].cat.n_attrs = 0;
        return n > 2 ? parse_attrs(b, file, lineno, line, f + 2, n - 2, NULL, c, 1) : 0;
    }
    if (vl == 0)
        return lx_fail(b, file, lineno, col_of(line, ve), "expected a value after @%.*s", (int)nl, name);
    if (IS("include")) {
        char *target;
        const char *slash = strrchr(file, '/');
        if (vs[0] == '/' || !slash) {
            target = rp_xstrndup(vs, vl);
        } else {
            size_t dl = (size_t)(slash - file) + 1;
            target = rp_xmalloc(dl + vl + 1);
            memcpy(target, file, dl);
            memcpy(target + dl, vs, vl);
            target[dl + vl] = '\0';
        }
        char *real = realpath(target, NULL);
        if (!real) {
            int rc = lx_fail(b, file, lineno, col_of(line, vs), "cannot include %s: %s", target, strerror(errno));
            free(target);
            return rc;
        }
        for (size_t i = 0; i < b->stack.n; i++) {
            if (strcmp(b->stack.v[i], real) == 0) {
                int rc = lx_fail(b, file, lineno, col_of(line, vs), "include cycle: %s is already being read", target);
                free(target);
                free(real);
                return rc;
            }
        }
        free(real);
        b->n_includes++;
        char *kept = lx_strdup(b, target, strlen(target));
        free(target);
        return read_file(b, kept, 0);
    }
    char *val = lx_strdup(b, vs, vl);
    if (IS("scheme")) {
        if (top || !b->scheme)
            b->scheme = val;
    } else if (IS("title")) {
        if (top || !b->title)
            b->title = val;
    } else if (IS("version")) {
        if (top || !b->version)
            b->version = val;
    } else if (IS("language")) {
        struct sb_stemmer *st = strcmp(val, "none") == 0 ? NULL : sb_stemmer_new(val, NULL);
        if (!st && strcmp(val, "none") != 0)
            return lx_fail(b, file, lineno, col_of(line, vs),
                           "no Snowball stemmer for language '%s' (expected a code such as en or fr, or none)", val);
        if (st)
            sb_stemmer_delete(st);
        if (b->lang && strcmp(b->lang, val) != 0)
            return lx_fail(b, file, lineno, col_of(line, vs), "@language %s conflicts with @language %s set before",
                           val, b->lang);
        b->lang = val;
    } else if (IS("tokens")) {
        int m;
        if (strcmp(val, "engine") == 0)
            m = LX_ENGINE;
        else if (strcmp(val, "simple") == 0)
            m = LX_SIMPLE;
        else
            return lx_fail(b, file, lineno, col_of(line, vs), "expected @tokens engine or @tokens simple");
        if (b->mode_set && b->mode != m)
            return lx_fail(b, file, lineno, col_of(line, vs), "@tokens %s conflicts with the mode set before", val);
        if (b->raws.n > 0 && !b->mode_set && b->mode != m)
            return lx_fail(b, file, lineno, col_of(line, vs), "@tokens must come before the first entry");
        b->mode = m;
        b->mode_set = 1;
    } else {
        return lx_fail(b, file, lineno, col_of(line, s),
                       "unknown header @%.*s (expected @scheme, @title, @version, @language, @tokens, @include or @category)",
                       (int)nl, name);
    }
#undef IS
    return 0;
}

static int entry(lx_builder *b, const char *file, unsigned lineno, const char *line, const char *s,
                 const char *e)
{
    field f[MAX_FIELDS];
    size_t n = split_tabs(s, e, f, MAX_FIELDS);
    if (n < 2)
        return lx_fail(b, file, lineno, col_of(line, e), "expected CATEGORY<TAB>TERM");
    if (n == MAX_FIELDS && memchr(f[n - 1].s, '\t', (size_t)(f[n - 1].e - f[n - 1].s)))
        return lx_fail(b, file, lineno, col_of(line, f[n - 1].s), "too many fields (at most %d)", MAX_FIELDS);
    /* categories */
    uint32_t cats[MAX_FIELDS];
    size_t nc = 0;
    const char *p = f[0].s;
    for (;;) {
        const char *comma = memchr(p, ',', (size_t)(f[0].e - p));
        const char *cs = p, *ce = comma ? comma : f[0].e;
        trim(&cs, &ce);
        if (cs == ce)
            return lx_fail(b, file, lineno, col_of(line, cs), "expected a category name");
        if (nc == MAX_FIELDS)
            return lx_fail(b, file, lineno, col_of(line, cs), "too many categories (at most %d)", MAX_FIELDS);
        cats[nc++] = lx_cat(b, cs, (size_t)(ce - cs));
        if (!comma)
            break;
        p = comma + 1;
    }
    const char *ts = f[1].s, *te = f[1].e;
    trim(&ts, &te);
    if (ts == te)
        return lx_fail(b, file, lineno, col_of(line, f[1].s), "expected a term after the TAB");
    lx_raw *r = lx_entry(b, file, lineno, col_of(line, ts), ts, (size_t)(te - ts), cats, nc, LX_SYN_NATIVE);
    return parse_attrs(b, file, lineno, line, f + 2, n - 2, r, 0, 0);
}

static int read_file(lx_builder *b, const char *path, int top)
{
    size_t len;
    char *text = lx_read(b, path, &len, 1);
    if (!text)
        return -1;
    char *real = realpath(path, NULL);
    RP_VEC_PUSH(b->stack) = real ? real : rp_xstrdup(path);
    const char *file = top ? b->path : path;
    int rc = 0;
    const char *s = text, *end = text + len;
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        s += 3;
    unsigned lineno = 0;
    while (s < end && rc == 0) {
        lineno++;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        const char *line = s;
        if (e > s && e[-1] == '\r')
            e--;
        const char *q = s;
        while (q < e && is_blank(*q))
            q++;
        if (q < e && *q != '#') {
            if (memchr(s, '\0', (size_t)(e - s)))
                rc = lx_fail(b, file, lineno, col_of(line, memchr(s, '\0', (size_t)(e - s))), "NUL byte in a lexicon line");
            else if (*q == '@')
                rc = header(b, file, lineno, line, q, e, top);
            else
                rc = entry(b, file, lineno, line, s, e);
        }
        s = nl ? nl + 1 : end;
    }
    free(text);
    free(b->stack.v[--b->stack.n]);
    return rc;
}

int lx_read_native(lx_builder *b, const char *path)
{
    return read_file(b, path, 1);
}
