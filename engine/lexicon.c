/*
 * lexicon.c -- the lexicon model: what every reader fills (the builder),
 * the compiler that turns raw terms into interned, indexed elements, the
 * shared cache, and the per-entry hit report.
 *
 * A term is compiled once, at load time: split into pieces the way the
 * engine's tokenizer splits text (maximal runs of letters, digits and
 * marks, each CJK ideograph alone), folded with rp_fold (or lowered like
 * Python's str.lower() in the "simple" token mode of themes.tsv), and
 * stemmed with a private Snowball stemmer for the lexicon's language.  All
 * stems, words and glob prefixes go into one interning table; each entry
 * is indexed by its first element (stem id, word id, prefix id by prefix
 * length, or the short list of general globs).  Phrases also go into a
 * trie over element classes (build_trie), with lookups that give the
 * classes a form continues a phrase with.  The matcher (matcher.c)
 * resolves each distinct document form against these indexes once and
 * memoises the result, so matching costs O(1) per piece whatever the
 * lexicon's size, and a phrase costs one trie step per piece it spans
 * however many phrases share its first word.  After lx_compile the
 * lexicon is read-only, except for the atomic hit counters.
 */
#include "config.h"

#include <errno.h>
#include <libstemmer.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lex_int.h"
#include "text.h"

#define LX_MAX_LINE (1u << 20)

/* ---- small helpers ---------------------------------------------------- */

static void vreport(char *out, size_t outlen, const char *file, unsigned line, unsigned col,
                    const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (line == 0)
        snprintf(out, outlen, "%s: %s", file, msg);
    else
        snprintf(out, outlen, "%s:%u:%u: %s", file, line, col ? col : 1, msg);
}

int lx_fail(lx_builder *b, const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (b->err && b->errlen)
        vreport(b->err, b->errlen, file, line, col, fmt, ap);
    va_end(ap);
    return -1;
}

void lx_warn(lx_builder *b, const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
    char out[1400];
    va_list ap;
    b->n_warnings++;
    if (b->quiet)
        return;
    va_start(ap, fmt);
    vreport(out, sizeof out, file, line, col, fmt, ap);
    va_end(ap);
    rp_warn("%s", out);
}

char *lx_strdup(lx_builder *b, const char *s, size_t n)
{
    return rp_arena_strndup(b->arena, s, n);
}

size_t lx_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    int32_t v, min;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2; v = c & 0x1f; min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3; v = c & 0x0f; min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        *cp = -1;
        return 1;
    }
    if (n < len) {
        *cp = -1;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xc0) != 0x80) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return len;
}

size_t lx_utf8_bad(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = lx_decode(s + i, n - i, &cp);
        if (cp < 0)
            return i;
        i += k;
    }
    return (size_t)-1;
}

void lx_linecol(const char *s, size_t off, unsigned *line, unsigned *col)
{
    unsigned l = 1, c = 1;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)s[i] & 0xc0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

int lx_is_alnum(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

int lx_is_piece_char(int32_t cp)
{
    if (cp < 0x80 || lx_is_alnum(cp))
        return lx_is_alnum(cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

int lx_is_han(int32_t cp)
{
    return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
           (cp >= 0x20000 && cp <= 0x323af) || (cp >= 0xf900 && cp <= 0xfaff);
}

static void buf_add_cp(rp_buf *b, int32_t cp)
{
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    rp_buf_add(b, tmp, (size_t)k);
}

static int is_cased(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT;
}

static int is_case_ignorable(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK || cp == '\'' || cp == '.' ||
           cp == ':' || cp == 0x2019;
}

/* Python's str.lower(): the full lower-case mapping, i.e. the simple
 * mapping plus U+0130 -> "i\u0307" and the final-sigma rule. Invalid bytes
 * are copied as they are. */
void lx_pylower(const char *s, size_t n, rp_buf *out)
{
    rp_buf_reset(out);
    rp_buf_reserve(out, n + 1);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            rp_buf_addc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            i++;
            continue;
        }
        int32_t cp;
        size_t k = lx_decode(s + i, n - i, &cp);
        if (cp < 0) {
            rp_buf_addc(out, (char)c);
            i++;
            continue;
        }
        if (cp == 0x130) {
            rp_buf_add(out, "i\xcc\x87", 3);
        } else if (cp == 0x3a3) {
            /* final sigma: preceded by a cased letter, not followed by one
             * (case-ignorable characters skipped on both sides) */
            int before = 0, after = 0;
            size_t j = i;
            while (j > 0) {
                size_t p = j - 1;
                while (p > 0 && ((unsigned char)s[p] & 0xc0) == 0x80)
                    p--;
                int32_t q;
                lx_decode(s + p, n - p, &q);
                j = p;
                if (q >= 0 && is_case_ignorable(q))
                    continue;
                before = q >= 0 && is_cased(q);
                break;
            }
            for (size_t m = i + k; m < n;) {
                int32_t q;
                size_t kk = lx_decode(s + m, n - m, &q);
                m += kk;
                if (q >= 0 && is_case_ignorable(q))
                    continue;
                after = q >= 0 && is_cased(q);
                break;
            }
            buf_add_cp(out, before && !after ? 0x3c2 : 0x3c3);
        } else {
            buf_add_cp(out, utf8proc_tolower(cp));
        }
        i += k;
    }
    if (!out->data)
        rp_buf_add(out, "", 0);
}

int lx_glob_match(const char *pat, size_t pn, const char *s, size_t sn)
{
    size_t p = 0, i = 0, star_p = (size_t)-1, star_i = 0;
    while (i < sn) {
        if (p < pn && pat[p] == '*') {
            star_p = ++p;
            star_i = i;
            continue;
        }
        if (p < pn && pat[p] == '?') {
            int32_t cp;
            i += lx_decode(s + i, sn - i, &cp);
            p++;
            continue;
        }
        if (p < pn && pat[p] == s[i]) {
            p++;
            i++;
            continue;
        }
        if (star_p == (size_t)-1)
            return 0;
        /* let the last star swallow one more character */
        int32_t cp;
        star_i += lx_decode(s + star_i, sn - star_i, &cp);
        i = star_i;
        p = star_p;
    }
    while (p < pn && pat[p] == '*')
        p++;
    return p == pn;
}

const char *lx_elem_kind_name(uint32_t kind)
{
    switch (kind) {
    case LX_E_STEM: return "stem";
    case LX_E_WORD: return "word";
    case LX_E_PREFIX: return "prefix";
    case LX_E_GLOB: return "glob";
    default: return "?";
    }
}

const char *lx_type_name(uint32_t type)
{
    switch (type) {
    case RP_LEX_STEM: return "stem";
    case RP_LEX_WORD: return "word";
    case RP_LEX_GLOB: return "glob";
    case RP_LEX_PHRASE: return "phrase";
    case RP_LEX_REGEX: return "regex";
    default: return "?";
    }
}

/* ---- interning -------------------------------------------------------- */

void lx_strtab_init(lx_strtab *t, rp_arena *arena)
{
    memset(t, 0, sizeof *t);
    t->arena = arena;
    t->cap = 64;
    t->slots = rp_xcalloc(t->cap, sizeof *t->slots);
    RP_VEC_PUSH(t->strs) = NULL;
    RP_VEC_PUSH(t->lens) = 0;
}

void lx_strtab_free(lx_strtab *t)
{
    free(t->slots);
    RP_VEC_FREE(t->strs);
    RP_VEC_FREE(t->lens);
    t->slots = NULL;
}

uint32_t lx_strtab_find(const lx_strtab *t, const char *s, size_t n)
{
    if (!t->slots)
        return 0;
    size_t mask = t->cap - 1, h = (size_t)rp_hash64(s, n) & mask;
    for (;;) {
        uint32_t id = t->slots[h];
        if (id == 0)
            return 0;
        if (t->lens.v[id] == n && memcmp(t->strs.v[id], s, n) == 0)
            return id;
        h = (h + 1) & mask;
    }
}

static void strtab_grow(lx_strtab *t)
{
    size_t ncap = t->cap * 2, mask = ncap - 1;
    uint32_t *ns = rp_xcalloc(ncap, sizeof *ns);
    for (size_t id = 1; id < t->strs.n; id++) {
        size_t h = (size_t)rp_hash64(t->strs.v[id], t->lens.v[id]) & mask;
        while (ns[h])
            h = (h + 1) & mask;
        ns[h] = (uint32_t)id;
    }
    free(t->slots);
    t->slots = ns;
    t->cap = ncap;
}

uint32_t lx_strtab_add(lx_strtab *t, const char *s, size_t n)
{
    uint32_t id = lx_strtab_find(t, s, n);
    if (id)
        return id;
    if ((t->strs.n + 1) * 2 > t->cap)
        strtab_grow(t);
    id = (uint32_t)t->strs.n;
    RP_VEC_PUSH(t->strs) = rp_arena_strndup(t->arena, s, n);
    RP_VEC_PUSH(t->lens) = (uint32_t)n;
    size_t mask = t->cap - 1, h = (size_t)rp_hash64(s, n) & mask;
    while (t->slots[h])
        h = (h + 1) & mask;
    t->slots[h] = id;
    return id;
}

/* ---- builder ---------------------------------------------------------- */

uint32_t lx_cat_find(lx_builder *b, const char *id, size_t n)
{
    uint32_t k = lx_strtab_find(&b->catnames, id, n);
    return k ? k - 1 : RP_NONE;
}

uint32_t lx_cat(lx_builder *b, const char *id, size_t n)
{
    uint32_t k = lx_strtab_find(&b->catnames, id, n);
    if (k)
        return k - 1;
    k = lx_strtab_add(&b->catnames, id, n);
    lx_bcat *c = &RP_VEC_PUSH(b->cats);
    memset(c, 0, sizeof *c);
    c->cat.id = b->catnames.strs.v[k];
    c->cat.label = c->cat.id;
    c->cat.parent = RP_NONE;
    return k - 1;
}

lx_raw *lx_entry(lx_builder *b, const char *file, uint32_t line, uint32_t col, const char *term,
                 size_t term_len, const uint32_t *cats, size_t n_cats, int syntax)
{
    lx_raw *r = &RP_VEC_PUSH(b->raws);
    memset(r, 0, sizeof *r);
    r->term = lx_strdup(b, term, term_len);
    r->file = file;
    r->line = line;
    r->col = col;
    r->cat_first = (uint32_t)b->catidx.n;
    for (size_t i = 0; i < n_cats; i++) {
        int dup = 0;
        /* readers that pass many categories (a .dicx row) pass them unique */
        for (size_t j = r->cat_first; j < b->catidx.n && n_cats <= 256; j++)
            dup |= b->catidx.v[j] == cats[i];
        if (!dup)
            RP_VEC_PUSH(b->catidx) = cats[i];
    }
    r->n_cats = (uint32_t)(b->catidx.n - r->cat_first);
    r->attr_first = (uint32_t)b->attrs.n;
    r->weight_milli = 1000;
    r->syntax = syntax;
    return r;
}

char *lx_read(lx_builder *b, const char *path, size_t *len, int utf8)
{
    char *s = rp_read_file(path, len);
    if (!s) {
        lx_fail(b, path, 0, 0, "cannot read: %s", strerror(errno));
        return NULL;
    }
    rp_buf_add(&b->bytes, s, *len);
    size_t start = 0;
    unsigned line = 1;
    for (size_t i = 0; i <= *len; i++) {
        if (i == *len || s[i] == '\n') {
            if (i - start > LX_MAX_LINE) {
                lx_fail(b, path, line, 1, "line longer than 1 MB (%zu bytes)", i - start);
                free(s);
                return NULL;
            }
            start = i + 1;
            line++;
        }
    }
    if (utf8) {
        size_t bad = lx_utf8_bad(s, *len);
        if (bad != (size_t)-1) {
            unsigned l, c;
            lx_linecol(s, bad, &l, &c);
            lx_fail(b, path, l, c, "invalid UTF-8 at byte offset %zu (lexicons must be UTF-8)", bad);
            free(s);
            return NULL;
        }
    }
    return s;
}

/* ---- compiling terms -------------------------------------------------- */

typedef struct compiler {
    lx_builder *b;
    rp_lexicon *lex;
    struct sb_stemmer *stemmer;
    RP_VEC(lx_elem) elems;
    RP_VEC(lx_seq) nots;
    rp_buf tmp, tmp2;
    uint32_t punct; /* a clause-ending mark since the last piece pushed */
} compiler;

int lx_ends_clause(int32_t cp)
{
    switch (cp) {
    case ',': case ';': case ':': case '(': case ')': case '[': case ']': case '{': case '}':
    case '!': case '?': case '"': case 0xAB: case 0xBB: case 0x2013: case 0x2014: case 0x201C:
    case 0x201D: case 0x201E: case 0x2039: case 0x203A:
        return 1;
    default:
        return 0;
    }
}

int lx_is_space(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
        (cp >= 0x1c && cp <= 0x1f) || cp == 0x85)
        return 1;
    if (cp < 0x80)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

/* Folds (engine) or lowers (simple) s[0..n) into c->tmp. */
static void normalise(compiler *c, const char *s, size_t n)
{
    if (c->lex->mode == LX_SIMPLE) {
        lx_pylower(s, n, &c->tmp);
        return;
    }
    size_t fl;
    char *f = rp_fold(s, n, &fl);
    rp_buf_reset(&c->tmp);
    rp_buf_add(&c->tmp, f, fl);
    free(f);
}

static void stem_into(compiler *c, const char *s, size_t n, rp_buf *out)
{
    rp_buf_reset(out);
    const sb_symbol *r = c->stemmer ? sb_stemmer_stem(c->stemmer, (const sb_symbol *)s, (int)n) : NULL;
    if (r)
        rp_buf_add(out, r, (size_t)sb_stemmer_length(c->stemmer));
    else
        rp_buf_add(out, s, n);
}

static void push_elem(compiler *c, uint32_t kind, const char *surface, size_t sn)
{
    rp_arena *a = &c->lex->arena;
    lx_elem *e = &RP_VEC_PUSH(c->elems);
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->after_punct = c->punct;
    c->punct = 0;
    e->surface = rp_arena_strndup(a, surface, sn);
    e->surface_len = (uint32_t)sn;
    normalise(c, surface, sn);
    const char *f = c->tmp.data;
    size_t fl = c->tmp.len;
    switch (kind) {
    case LX_E_STEM:
        e->pat = rp_arena_strndup(a, f, fl);
        e->pat_len = (uint32_t)fl;
        stem_into(c, f, fl, &c->tmp2);
        e->sid = lx_strtab_add(&c->lex->strs, c->tmp2.data, c->tmp2.len);
        break;
    case LX_E_WORD:
        e->sid = lx_strtab_add(&c->lex->strs, f, fl);
        e->pat = c->lex->strs.strs.v[e->sid];
        e->pat_len = (uint32_t)fl;
        break;
    case LX_E_PREFIX:
        /* f ends with the '*' */
        e->sid = lx_strtab_add(&c->lex->strs, f, fl - 1);
        e->pat = c->lex->strs.strs.v[e->sid];
        e->pat_len = (uint32_t)fl - 1;
        e->surface_len = (uint32_t)sn - 1;
        break;
    default:
        e->pat = rp_arena_strndup(a, f, fl);
        e->pat_len = (uint32_t)fl;
        break;
    }
}

/* Kind of a piece that may hold wildcards. */
static uint32_t glob_kind(const char *s, size_t n)
{
    size_t stars = 0, q = 0;
    for (size_t i = 0; i < n; i++) {
        stars += s[i] == '*';
        q += s[i] == '?';
    }
    if (stars == 0 && q == 0)
        return 0;
    if (q == 0 && stars == 1 && s[n - 1] == '*' && n > 1)
        return LX_E_PREFIX;
    return LX_E_GLOB;
}

/* Splits one word (no white space) into pieces and pushes their
 * elements: `kind` for plain pieces; pieces with wildcards are globs. */
static void compile_word(compiler *c, const char *w, size_t n, uint32_t kind, int globs)
{
    int simple = c->lex->mode == LX_SIMPLE;
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = lx_decode(w + i, n - i, &cp);
        int wild = globs && (cp == '*' || cp == '?');
        int in = wild || (simple ? lx_is_alnum(cp) : lx_is_piece_char(cp));
        if (!in) {
            c->punct |= (uint32_t)lx_ends_clause(cp);
            i += k;
            continue;
        }
        size_t start = i;
        if (!simple && !wild && lx_is_han(cp)) {
            i += k;
        } else {
            while (i < n) {
                k = lx_decode(w + i, n - i, &cp);
                wild = globs && (cp == '*' || cp == '?');
                if (!(wild || (simple ? lx_is_alnum(cp) : lx_is_piece_char(cp))) ||
                    (!simple && lx_is_han(cp)))
                    break;
                i += k;
            }
        }
        uint32_t gk = globs ? glob_kind(w + start, i - start) : 0;
        if (gk == 0 && globs && i - start == 1 && w[start] == '*')
            gk = LX_E_GLOB;
        push_elem(c, gk ? gk : kind, w + start, i - start);
    }
}

/* Compiles a term into elements [first, first+n) in c->elems. */
static void compile_term(compiler *c, const char *term, int syntax, lx_seq *out)
{
    out->first = (uint32_t)c->elems.n;
    c->punct = 0;
    size_t n = strlen(term);
    if (syntax == LX_SYN_SIMPLE) {
        /* themes.tsv: strip, lower; a trailing '*' makes the whole rest a
         * prefix of the lowered token; otherwise split and stem. */
        size_t s = 0, e = n;
        while (s < e) {
            int32_t cp;
            size_t k = lx_decode(term + s, e - s, &cp);
            if (!lx_is_space(cp))
                break;
            s += k;
        }
        while (e > s) {
            size_t p = e - 1;
            while (p > s && ((unsigned char)term[p] & 0xc0) == 0x80)
                p--;
            int32_t cp;
            lx_decode(term + p, e - p, &cp);
            if (!lx_is_space(cp))
                break;
            e = p;
        }
        lx_pylower(term + s, e - s, &c->tmp2);
        char *low = rp_xstrndup(c->tmp2.data, c->tmp2.len);
        size_t ln = c->tmp2.len;
        if (ln > 0 && low[ln - 1] == '*') {
            lx_elem *el = &RP_VEC_PUSH(c->elems);
            memset(el, 0, sizeof *el);
            el->kind = LX_E_PREFIX;
            el->sid = lx_strtab_add(&c->lex->strs, low, ln - 1);
            el->pat = c->lex->strs.strs.v[el->sid];
            el->pat_len = (uint32_t)ln - 1;
            el->surface = el->pat;
            el->surface_len = el->pat_len;
        } else {
            /* lowered already: the pieces lower to themselves */
            compile_word(c, low, ln, LX_E_STEM, 0);
        }
        free(low);
        out->n = (uint32_t)(c->elems.n - out->first);
        return;
    }
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = lx_decode(term + i, n - i, &cp);
        if (lx_is_space(cp)) {
            i += k;
            continue;
        }
        size_t start = i;
        while (i < n) {
            k = lx_decode(term + i, n - i, &cp);
            if (lx_is_space(cp))
                break;
            i += k;
        }
        const char *w = term + start;
        size_t wn = i - start;
        if (syntax == LX_SYN_NATIVE && w[0] == '=' && wn > 1)
            compile_word(c, w + 1, wn - 1, LX_E_WORD, 0);
        else
            compile_word(c, w, wn, syntax == LX_SYN_NATIVE ? LX_E_STEM : LX_E_WORD, 1);
    }
    out->n = (uint32_t)(c->elems.n - out->first);
}

/* JIT-compile regexes, except under valgrind: the JIT's vector code reads
 * a few bytes past the end of the subject (harmless, within the page),
 * which memcheck reports; the interpreter gives the same matches. */
static int jit_wanted(void)
{
    const char *pre = getenv("LD_PRELOAD");
    return !(pre && strstr(pre, "vgpreload"));
}

static int compile_regex(compiler *c, const lx_raw *r, uint32_t entry)
{
    const char *pat = r->term + 3;
    int code;
    PCRE2_SIZE off;
    uint32_t opts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (!(r->flags & RP_LEX_CASE))
        opts |= PCRE2_CASELESS;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        unsigned l, col;
        lx_linecol(pat, off, &l, &col);
        return lx_fail(c->b, r->file, r->line, r->col + 3 + col - 1, "bad regex: %s", (const char *)msg);
    }
    if (jit_wanted())
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* else the interpreter runs it */
    rp_lexicon *lex = c->lex;
    lex->n_regexes++;
    lex->regexes = rp_xrealloc(lex->regexes, lex->n_regexes * sizeof *lex->regexes);
    lex->regexes[lex->n_regexes - 1] = re;
    lex->regex_entry = rp_xrealloc(lex->regex_entry, lex->n_regexes * sizeof *lex->regex_entry);
    lex->regex_entry[lex->n_regexes - 1] = entry;
    return (int)(lex->n_regexes - 1);
}

/* Builds a CSR index from (key, entry) pairs. */
static void build_index(lx_index *ix, uint32_t n_keys, const uint32_t *keys, const uint32_t *vals,
                        size_t n)
{
    ix->n_keys = n_keys;
    ix->off = rp_xcalloc((size_t)n_keys + 2, sizeof *ix->off);
    ix->pool = rp_xmalloc((n ? n : 1) * sizeof *ix->pool);
    for (size_t i = 0; i < n; i++)
        ix->off[keys[i] + 1]++;
    for (uint32_t k = 0; k < n_keys + 1; k++)
        ix->off[k + 1] += ix->off[k];
    uint32_t *fill = rp_xmalloc(((size_t)n_keys + 1) * sizeof *fill);
    memcpy(fill, ix->off, ((size_t)n_keys + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++)
        ix->pool[fill[keys[i]]++] = vals[i];
    free(fill);
}

/* The class of element el: one id per distinct (kind, key), where the key
 * is the interned stem, word or prefix, or the interned glob pattern. */
static uint32_t elem_class(rp_lexicon *lex, lx_strtab *classes, const lx_elem *el)
{
    uint32_t key[2];
    key[0] = el->kind;
    key[1] = el->kind == LX_E_GLOB ? lx_strtab_add(&lex->strs, el->pat, el->pat_len) : el->sid;
    return lx_strtab_add(classes, (const char *)key, sizeof key);
}

typedef struct tedge3 {
    uint32_t parent, cls, node;
} tedge3;

static int cmp_tedge3(const void *a, const void *b)
{
    const tedge3 *x = a, *y = b;
    if (x->parent != y->parent)
        return x->parent < y->parent ? -1 : 1;
    return x->cls < y->cls ? -1 : x->cls > y->cls;
}

/* Builds the phrase trie and the class lookups of continuation elements
 * (lex_int.h). Linear in the phrases' elements, plus a sort of the edges. */
static void build_trie(rp_lexicon *lex)
{
    size_t ne = lex->info.n_entries ? lex->info.n_entries : 0;
    size_t n_phr = 0;
    for (size_t i = 0; i < ne; i++)
        n_phr += lex->cent[i].regex == RP_NONE && lex->cent[i].n_elems > 1;
    if (n_phr == 0)
        return;
    rp_arena tmp_arena;
    rp_arena_init(&tmp_arena, 1 << 12);
    lx_strtab classes, kids;
    lx_strtab_init(&classes, &tmp_arena);
    lx_strtab_init(&kids, &tmp_arena);
    RP_VEC(tedge3) edges = {0};
    RP_VEC(uint32_t) end_of = {0};   /* per entry: its last node (0 if none) */
    RP_VEC(uint32_t) cont = {0};     /* element indexes of continuation elements */
    RP_VEC(uint32_t) cross = {0};    /* nodes a phrase reaches across punctuation */
    lex->phrase_node = rp_xcalloc(ne, sizeof *lex->phrase_node);
    uint32_t n_nodes = 1;
    for (size_t i = 0; i < ne; i++) {
        const lx_centry *ce = &lex->cent[i];
        RP_VEC_PUSH(end_of) = 0;
        if (ce->regex != RP_NONE || ce->n_elems < 2)
            continue;
        uint32_t node = 0;
        for (uint32_t k = 0; k < ce->n_elems; k++) {
            const lx_elem *el = &lex->elems[ce->elem_first + k];
            uint32_t key[2] = {node, elem_class(lex, &classes, el)};
            uint32_t id = lx_strtab_find(&kids, (const char *)key, sizeof key);
            if (!id) {
                id = lx_strtab_add(&kids, (const char *)key, sizeof key);
                tedge3 *t = &RP_VEC_PUSH(edges);
                t->parent = node;
                t->cls = key[1];
                t->node = n_nodes++;
            }
            node = edges.v[id - 1].node;
            if (el->after_punct && k > 0)
                RP_VEC_PUSH(cross) = node;
            if (k == 0)
                lex->phrase_node[i] = node;
            else
                RP_VEC_PUSH(cont) = ce->elem_first + k;
        }
        end_of.v[i] = node;
    }
    /* nodes: children (edges sorted by parent, class), terminals */
    lx_tnode *nodes = rp_xcalloc(n_nodes, sizeof *nodes);
    if (edges.n > 1) /* no phrase: no vector */
        qsort(edges.v, edges.n, sizeof *edges.v, cmp_tedge3);
    lex->trie_edges = rp_xmalloc((edges.n ? edges.n : 1) * sizeof *lex->trie_edges);
    for (size_t k = 0; k < edges.n; k++) {
        lx_tnode *p = &nodes[edges.v[k].parent];
        if (p->n_kids++ == 0)
            p->kid_first = (uint32_t)k;
        lex->trie_edges[k].cls = edges.v[k].cls;
        lex->trie_edges[k].node = edges.v[k].node;
    }
    for (size_t i = 0; i < ne; i++)
        nodes[end_of.v[i]].n_terms += end_of.v[i] != 0;
    uint32_t acc = 0;
    for (uint32_t k = 0; k < n_nodes; k++) {
        nodes[k].term_first = acc;
        acc += nodes[k].n_terms;
        nodes[k].n_terms = 0;
    }
    lex->trie_terms = rp_xmalloc((acc ? acc : 1) * sizeof *lex->trie_terms);
    for (size_t i = 0; i < ne; i++)
        if (end_of.v[i]) {
            lx_tnode *t = &nodes[end_of.v[i]];
            lex->trie_terms[t->term_first + t->n_terms++] = (uint32_t)i;
        }
    lex->trie_nodes = nodes;
    lex->n_trie_nodes = n_nodes;
    lex->trie_cross = rp_xcalloc(n_nodes, 1);
    for (size_t k = 0; k < cross.n; k++)
        lex->trie_cross[cross.v[k]] = 1;
    RP_VEC_FREE(cross);
    /* continuation classes, found from a form's string ids */
    uint32_t nk = (uint32_t)lex->strs.strs.n;
    lex->n_cls_keys = nk;
    lex->cls_stem = rp_xcalloc(nk, sizeof *lex->cls_stem);
    lex->cls_word = rp_xcalloc(nk, sizeof *lex->cls_word);
    lex->cls_prefix = rp_xcalloc(nk, sizeof *lex->cls_prefix);
    RP_VEC(uint32_t) plens = {0}, gel = {0}, gcls = {0};
    for (size_t k = 0; k < cont.n; k++) {
        const lx_elem *el = &lex->elems[cont.v[k]];
        uint32_t c = elem_class(lex, &classes, el);
        int seen = 0;
        switch (el->kind) {
        case LX_E_STEM:
            lex->cls_stem[el->sid] = c;
            break;
        case LX_E_WORD:
            lex->cls_word[el->sid] = c;
            break;
        case LX_E_PREFIX:
            lex->cls_prefix[el->sid] = c;
            for (size_t j = 0; j < plens.n && !seen; j++)
                seen = plens.v[j] == el->pat_len;
            if (!seen)
                RP_VEC_PUSH(plens) = el->pat_len;
            break;
        default:
            for (size_t j = 0; j < gcls.n && !seen; j++)
                seen = gcls.v[j] == c;
            if (!seen) {
                RP_VEC_PUSH(gel) = cont.v[k];
                RP_VEC_PUSH(gcls) = c;
            }
            break;
        }
    }
    lex->cont_prefix_lens = plens.v;
    lex->n_cont_prefix_lens = plens.n;
    lex->cont_glob_elem = gel.v;
    lex->cont_glob_cls = gcls.v;
    lex->n_cont_globs = gel.n;
    RP_VEC_FREE(edges);
    RP_VEC_FREE(end_of);
    RP_VEC_FREE(cont);
    lx_strtab_free(&classes);
    lx_strtab_free(&kids);
    rp_arena_free(&tmp_arena);
}

/* Warns about entries that compile exactly like an earlier one: in the
 * same category they count twice under overlap=all. */
static void find_duplicates(lx_builder *b, rp_lexicon *lex)
{
    uint32_t ne = (uint32_t)b->raws.n;
    lex->dup_of = rp_xmalloc((ne ? ne : 1) * sizeof *lex->dup_of);
    rp_arena tmp_arena;
    rp_arena_init(&tmp_arena, 1 << 14);
    lx_strtab sigs;
    lx_strtab_init(&sigs, &tmp_arena);
    RP_VEC(uint32_t) first = {0};
    unsigned n_dup = 0, first_line = 0, first_col = 0;
    const char *first_file = b->path;
    rp_buf sig;
    rp_buf_init(&sig);
    for (uint32_t i = 0; i < ne; i++) {
        const rp_lexentry *e = &lex->entries[i];
        const lx_centry *ce = &lex->cent[i];
        lex->dup_of[i] = RP_NONE;
        if (ce->n_elems == 0 && ce->regex == RP_NONE)
            continue;
        rp_buf_reset(&sig);
        rp_buf_add(&sig, &e->flags, sizeof e->flags);
        if (ce->regex != RP_NONE)
            rp_buf_adds(&sig, e->term);
        for (uint32_t k = 0; k < ce->n_elems; k++) {
            const lx_elem *el = &lex->elems[ce->elem_first + k];
            rp_buf_addc(&sig, (char)el->kind);
            if (el->kind == LX_E_GLOB)
                rp_buf_add(&sig, el->pat, el->pat_len + 1);
            else
                rp_buf_add(&sig, &el->sid, sizeof el->sid);
            if (e->flags & RP_LEX_CASE)
                rp_buf_add(&sig, el->surface, el->surface_len + 1);
        }
        for (uint32_t k = 0; k < ce->n_not; k++) {
            const lx_seq *s = &lex->nots[ce->not_first + k];
            rp_buf_addc(&sig, '|');
            for (uint32_t j = 0; j < s->n; j++) {
                const lx_elem *el = &lex->elems[s->first + j];
                rp_buf_addc(&sig, (char)el->kind);
                rp_buf_add(&sig, el->pat, el->pat_len + 1);
            }
        }
        uint32_t id = lx_strtab_find(&sigs, sig.data, sig.len);
        if (!id) {
            lx_strtab_add(&sigs, sig.data, sig.len);
            RP_VEC_PUSH(first) = i;
            continue;
        }
        uint32_t j = first.v[id - 1];
        lex->dup_of[i] = j;
        const rp_lexentry *o = &lex->entries[j];
        int shared = 0;
        for (uint32_t x = 0; x < e->n_cats; x++)
            for (uint32_t y = 0; y < o->n_cats; y++)
                shared |= e->cats[x] == o->cats[y];
        if (!shared)
            continue; /* the same term in another category is normal */
        if (!b->each_duplicate) {
            if (n_dup++ == 0) {
                first_file = ce->file;
                first_line = e->line;
                first_col = ce->col;
            }
            continue;
        }
        if (o->weight_milli != e->weight_milli)
            lx_warn(b, ce->file, e->line, ce->col, "conflicting entry: \"%s\" compiles like line %u but has another weight",
                    e->term, o->line);
        else
            lx_warn(b, ce->file, e->line, ce->col, "duplicate entry: \"%s\" compiles like line %u (%s)", e->term,
                    o->line, strcmp(e->term, o->term) == 0 ? "same term" : "same after folding and stemming");
    }
    if (n_dup)
        lx_warn(b, first_file, first_line, first_col,
                "%u entr%s compile%s like an earlier entry of the same category (see rapporteur lexicon check %s)",
                n_dup, n_dup == 1 ? "y" : "ies", n_dup == 1 ? "s" : "", b->path);
    lex->n_warnings = b->n_warnings;
    rp_buf_free(&sig);
    RP_VEC_FREE(first);
    lx_strtab_free(&sigs);
    rp_arena_free(&tmp_arena);
}

const char *lx_never_reason(const rp_lexicon *lex, uint32_t entry)
{
    const lx_centry *ce = &lex->cent[entry];
    if (ce->regex != RP_NONE)
        return NULL;
    if (ce->n_elems == 0)
        return "no letters or digits: it compiles to nothing";
    for (uint32_t k = 0; k < ce->n_elems; k++) {
        const lx_elem *el = &lex->elems[ce->elem_first + k];
        if (el->kind != LX_E_PREFIX && el->kind != LX_E_GLOB)
            continue;
        for (size_t i = 0; i < el->pat_len;) {
            int32_t cp;
            i += lx_decode(el->pat + i, el->pat_len - i, &cp);
            if (cp == '*' || cp == '?')
                continue;
            if (lex->mode == LX_SIMPLE ? !lx_is_alnum(cp) : !lx_is_piece_char(cp))
                return "its pattern holds a character that never occurs inside a word";
        }
    }
    for (uint32_t a = 0; a < ce->n_not; a++) {
        const lx_seq *s = &lex->nots[ce->not_first + a];
        if (s->n != ce->n_elems)
            continue;
        int same = 1;
        for (uint32_t k = 0; k < s->n && same; k++) {
            const lx_elem *x = &lex->elems[s->first + k], *y = &lex->elems[ce->elem_first + k];
            same = x->kind == y->kind && x->pat_len == y->pat_len && memcmp(x->pat, y->pat, x->pat_len) == 0;
        }
        if (same)
            return "its own not= phrase excludes every match";
    }
    return NULL;
}

static void builder_free(lx_builder *b)
{
    RP_VEC_FREE(b->cats);
    lx_strtab_free(&b->catnames);
    RP_VEC_FREE(b->catidx);
    RP_VEC_FREE(b->attrs);
    RP_VEC_FREE(b->cattrs);
    RP_VEC_FREE(b->raws);
    rp_buf_free(&b->bytes);
    for (size_t i = 0; i < b->stack.n; i++)
        free(b->stack.v[i]);
    RP_VEC_FREE(b->stack);
}

rp_lexicon *lx_compile(lx_builder *b, const char *format)
{
    rp_lexicon *lex = rp_xcalloc(1, sizeof *lex);
    lex->arena = *b->arena; /* take over the builder's strings */
    b->arena = &lex->arena;
    b->catnames.arena = &lex->arena;
    lex->mode = b->mode;
    lex->format = rp_xstrdup(format);
    lex->n_warnings = b->n_warnings;
    lex->n_includes = b->n_includes;
    lx_strtab_init(&lex->strs, &lex->arena);

    compiler c;
    memset(&c, 0, sizeof c);
    c.b = b;
    c.lex = lex;
    const char *lang = b->lang ? b->lang : "en";
    /* libstemmer knows ISO 639-1 codes ("en") and names ("english") alike */
    c.stemmer = strcmp(lang, "none") == 0 ? NULL : sb_stemmer_new(lang, NULL);
    if (!c.stemmer && strcmp(lang, "none") != 0) {
        lx_fail(b, b->path, 0, 0, "no Snowball stemmer for language '%s'", lang);
        goto fail;
    }

    /* categories */
    size_t nc = b->cats.n;
    lex->cats = rp_xcalloc(nc ? nc : 1, sizeof *lex->cats);
    lex->attrs = rp_xmalloc((b->attrs.n + b->cattrs.n + 1) * sizeof *lex->attrs);
    if (b->attrs.n)
        memcpy(lex->attrs, b->attrs.v, b->attrs.n * sizeof *lex->attrs);
    if (b->cattrs.n)
        memcpy(lex->attrs + b->attrs.n, b->cattrs.v, b->cattrs.n * sizeof *lex->attrs);
    for (size_t i = 0; i < nc; i++) {
        lex->cats[i] = b->cats.v[i].cat;
        lex->cats[i].attrs = lex->cats[i].n_attrs ? lex->attrs + b->attrs.n + b->cats.v[i].attr_first : NULL;
    }
    lex->catidx = rp_xmalloc((b->catidx.n + 1) * sizeof *lex->catidx);
    if (b->catidx.n)
        memcpy(lex->catidx, b->catidx.v, b->catidx.n * sizeof *lex->catidx);

    /* entries */
    size_t ne = b->raws.n;
    lex->entries = rp_xcalloc(ne ? ne : 1, sizeof *lex->entries);
    lex->cent = rp_xcalloc(ne ? ne : 1, sizeof *lex->cent);
    for (size_t i = 0; i < ne; i++) {
        const lx_raw *r = &b->raws.v[i];
        rp_lexentry *e = &lex->entries[i];
        lx_centry *ce = &lex->cent[i];
        e->term = r->term;
        e->flags = r->flags;
        e->line = r->line;
        e->n_cats = r->n_cats;
        e->cats = lex->catidx + r->cat_first;
        e->n_attrs = r->n_attrs;
        e->attrs = r->n_attrs ? lex->attrs + r->attr_first : NULL;
        e->weight_milli = r->weight_milli;
        ce->col = r->col;
        ce->file = r->file;
        ce->regex = RP_NONE;
        if (r->syntax == LX_SYN_NATIVE && strncmp(r->term, "re:", 3) == 0) {
            int k = compile_regex(&c, r, (uint32_t)i);
            if (k < 0)
                goto fail;
            ce->regex = (uint32_t)k;
            e->type = RP_LEX_REGEX;
            if (r->not_) {
                lx_fail(b, r->file, r->line, r->not_col, "not= cannot be used with a regex entry");
                goto fail;
            }
            continue;
        }
        lx_seq s;
        compile_term(&c, r->term, r->syntax, &s);
        ce->elem_first = s.first;
        ce->n_elems = s.n;
        if (s.n > 1)
            e->type = RP_LEX_PHRASE;
        else if (s.n == 1)
            e->type = c.elems.v[s.first].kind == LX_E_STEM   ? RP_LEX_STEM
                      : c.elems.v[s.first].kind == LX_E_WORD ? RP_LEX_WORD
                                                             : RP_LEX_GLOB;
        else
            e->type = r->syntax == LX_SYN_EXACT ? RP_LEX_WORD : RP_LEX_STEM;
        if (r->not_) {
            ce->not_first = (uint32_t)c.nots.n;
            const char *p = r->not_;
            for (;;) {
                const char *bar = strchr(p, '|');
                size_t len = bar ? (size_t)(bar - p) : strlen(p);
                char *alt = rp_xstrndup(p, len);
                lx_seq as;
                compile_term(&c, alt, r->syntax == LX_SYN_SIMPLE ? LX_SYN_NATIVE : r->syntax, &as);
                free(alt);
                if (as.n)
                    RP_VEC_PUSH(c.nots) = as;
                if (!bar)
                    break;
                p = bar + 1;
            }
            ce->n_not = (uint32_t)(c.nots.n - ce->not_first);
        }
    }
    lex->elems = c.elems.v;
    lex->n_elems = c.elems.n;
    c.elems.v = NULL;
    lex->nots = c.nots.v;
    lex->n_nots = c.nots.n;
    c.nots.v = NULL;

    /* index entries by their first element */
    {
        RP_VEC(uint32_t) keys[4] = {{0}}, vals[4] = {{0}};
        RP_VEC(uint32_t) gens = {0};
        RP_VEC(uint32_t) lens[2] = {{0}};
        for (size_t i = 0; i < ne; i++) {
            const lx_centry *ce = &lex->cent[i];
            if (ce->n_elems == 0)
                continue;
            const lx_elem *el = &lex->elems[ce->elem_first];
            int k = el->kind == LX_E_STEM ? 0 : el->kind == LX_E_WORD ? 1 : el->kind == LX_E_PREFIX ? 2 : 3;
            uint32_t key = el->sid, len = el->pat_len;
            if (k == 3) {
                /* a glob with a literal head ("ab*cd") is indexed by that
                 * head, like a prefix, then checked whole; only globs that
                 * start with a wildcard are tried on every new form */
                len = (uint32_t)strcspn(el->pat, "*?");
                if (len == 0) {
                    RP_VEC_PUSH(gens) = (uint32_t)i;
                    continue;
                }
                key = lx_strtab_add(&lex->strs, el->pat, len);
            }
            RP_VEC_PUSH(keys[k]) = key;
            RP_VEC_PUSH(vals[k]) = (uint32_t)i;
            if (k >= 2) {
                int seen = 0;
                for (size_t j = 0; j < lens[k - 2].n && !seen; j++)
                    seen = lens[k - 2].v[j] == len;
                if (!seen)
                    RP_VEC_PUSH(lens[k - 2]) = len;
            }
        }
        uint32_t nk = (uint32_t)lex->strs.strs.n;
        build_index(&lex->first_stem, nk, keys[0].v, vals[0].v, keys[0].n);
        build_index(&lex->first_word, nk, keys[1].v, vals[1].v, keys[1].n);
        build_index(&lex->first_prefix, nk, keys[2].v, vals[2].v, keys[2].n);
        build_index(&lex->first_glob, nk, keys[3].v, vals[3].v, keys[3].n);
        for (int k = 0; k < 4; k++) {
            RP_VEC_FREE(keys[k]);
            RP_VEC_FREE(vals[k]);
        }
        lex->gen_globs = gens.v;
        lex->n_gen_globs = gens.n;
        lex->prefix_lens = lens[0].v;
        lex->n_prefix_lens = lens[0].n;
        lex->glob_lens = lens[1].v;
        lex->n_glob_lens = lens[1].n;
    }

    find_duplicates(b, lex);

    /* info */
    char sum[72];
    rp_sha256_hex(b->bytes.data ? b->bytes.data : "", b->bytes.len, sum);
    lex->info.path = rp_arena_strndup(&lex->arena, b->path, strlen(b->path));
    if (b->scheme) {
        lex->info.scheme = b->scheme;
    } else {
        const char *base = strrchr(b->path, '/');
        base = base ? base + 1 : b->path;
        const char *dot = strrchr(base, '.');
        lex->info.scheme = rp_arena_strndup(&lex->arena, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
    }
    lex->info.version = b->version ? b->version : "";
    lex->title = b->title;
    lex->info.lang = rp_arena_strndup(&lex->arena, lang, strlen(lang));
    lex->info.checksum = rp_arena_strndup(&lex->arena, sum, strlen(sum));
    lex->info.cats = lex->cats;
    lex->info.n_cats = (uint32_t)nc;
    lex->info.entries = lex->entries;
    lex->info.n_entries = (uint32_t)ne;
    lex->hits = rp_xcalloc(ne ? ne : 1, sizeof *lex->hits);
    build_trie(lex);

    if (c.stemmer)
        sb_stemmer_delete(c.stemmer);
    rp_buf_free(&c.tmp);
    rp_buf_free(&c.tmp2);
    builder_free(b);
    return lex;
fail:
    if (c.stemmer)
        sb_stemmer_delete(c.stemmer);
    rp_buf_free(&c.tmp);
    rp_buf_free(&c.tmp2);
    RP_VEC_FREE(c.elems);
    RP_VEC_FREE(c.nots);
    builder_free(b);
    rp_lexicon_free(lex);
    return NULL;
}

/* ---- loading ---------------------------------------------------------- */

static const char *format_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot)
        return NULL;
    dot++;
    if (strcasecmp(dot, "lex") == 0) return "lex";
    if (strcasecmp(dot, "tsv") == 0) return "tsv";
    if (strcasecmp(dot, "dic") == 0) return "dic";
    if (strcasecmp(dot, "dicx") == 0) return "dicx";
    if (strcasecmp(dot, "yml") == 0 || strcasecmp(dot, "yaml") == 0) return "yaml";
    return NULL;
}

rp_lexicon *rp_lexicon_load(const char *path, const char *format, const char *lang, char *err,
                            size_t errlen)
{
    return lx_load(path, format, lang, 0, err, errlen);
}

rp_lexicon *lx_load(const char *path, const char *format, const char *lang, int each_duplicate,
                    char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    const char *fmt = format ? format : format_of(path);
    if (!fmt || (strcmp(fmt, "lex") && strcmp(fmt, "tsv") && strcmp(fmt, "dic") &&
                 strcmp(fmt, "dicx") && strcmp(fmt, "yaml") && strcmp(fmt, "yml"))) {
        snprintf(err, errlen, "%s: unknown lexicon format%s%s (expected .lex, .tsv, .dic, .dicx, .yml or .yaml)",
                 path, format ? " " : "", format ? format : "");
        return NULL;
    }
    if (strcmp(fmt, "yml") == 0)
        fmt = "yaml";
    rp_arena arena;
    rp_arena_init(&arena, 1 << 16);
    lx_builder b;
    memset(&b, 0, sizeof b);
    b.path = rp_arena_strndup(&arena, path, strlen(path)); /* entries point at it */
    path = b.path;
    b.err = err;
    b.errlen = errlen;
    b.arena = &arena;
    b.quiet = getenv("RP_LEXICON_QUIET") != NULL;
    b.each_duplicate = each_duplicate;
    lx_strtab_init(&b.catnames, &arena);
    b.mode = strcmp(fmt, "tsv") == 0 ? LX_SIMPLE : LX_ENGINE;
    int rc;
    if (strcmp(fmt, "lex") == 0)
        rc = lx_read_native(&b, path);
    else if (strcmp(fmt, "tsv") == 0)
        rc = lx_read_tsv(&b, path);
    else if (strcmp(fmt, "dic") == 0)
        rc = lx_read_dic(&b, path);
    else if (strcmp(fmt, "dicx") == 0)
        rc = lx_read_dicx(&b, path);
    else
        rc = lx_read_yaml(&b, path);
    if (rc != 0) {
        builder_free(&b);
        rp_arena_free(&arena);
        return NULL;
    }
    if (lang)
        b.lang = lang;
    return lx_compile(&b, fmt);
}

rp_lexicon *lx_compile_term(const rp_lexicon *like, const char *term, char *err, size_t errlen)
{
    rp_arena arena;
    rp_arena_init(&arena, 1 << 12);
    lx_builder b;
    memset(&b, 0, sizeof b);
    b.path = "TERM";
    b.err = err;
    b.errlen = errlen;
    b.arena = &arena;
    b.quiet = 1;
    lx_strtab_init(&b.catnames, &arena);
    b.mode = like->mode;
    b.lang = like->info.lang;
    int syntax = strcmp(like->format, "lex") == 0 ? LX_SYN_NATIVE
                 : strcmp(like->format, "tsv") == 0 ? LX_SYN_SIMPLE
                                                    : LX_SYN_EXACT;
    uint32_t cat = lx_cat(&b, "term", 4);
    lx_entry(&b, "TERM", 1, 1, term, strlen(term), &cat, 1, syntax);
    return lx_compile(&b, like->format);
}

void rp_lexicon_free(rp_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->n_regexes; i++)
        pcre2_code_free(lex->regexes[i]);
    free(lex->regexes);
    free(lex->regex_entry);
    free(lex->cats);
    free(lex->entries);
    free(lex->cent);
    free(lex->catidx);
    free(lex->attrs);
    free(lex->elems);
    free(lex->nots);
    free(lex->dup_of);
    lx_strtab_free(&lex->strs);
    free(lex->first_stem.off);
    free(lex->first_stem.pool);
    free(lex->first_word.off);
    free(lex->first_word.pool);
    free(lex->first_prefix.off);
    free(lex->first_prefix.pool);
    free(lex->prefix_lens);
    free(lex->glob_lens);
    free(lex->first_glob.off);
    free(lex->first_glob.pool);
    free(lex->gen_globs);
    free(lex->trie_nodes);
    free(lex->trie_cross);
    free(lex->trie_edges);
    free(lex->trie_terms);
    free(lex->phrase_node);
    free(lex->cls_stem);
    free(lex->cls_word);
    free(lex->cls_prefix);
    free(lex->cont_prefix_lens);
    free(lex->cont_glob_elem);
    free(lex->cont_glob_cls);
    free((void *)lex->hits);
    free(lex->format);
    free(lex->cache_key);
    rp_arena_free(&lex->arena);
    free(lex);
}

const rp_lexinfo *rp_lexicon_info(const rp_lexicon *lex)
{
    return lex ? &lex->info : NULL;
}

int rp_overlap_parse(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "all") == 0)
        return RP_OVERLAP_ALL;
    if (strcmp(name, "longest") == 0)
        return RP_OVERLAP_LONGEST;
    if (strcmp(name, "longest-per-category") == 0)
        return RP_OVERLAP_LONGEST_PER_CAT;
    return -1;
}

/* ---- cache ------------------------------------------------------------ */

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static RP_VEC(rp_lexicon *) cache;

const rp_lexicon *rp_lexcache_open(const char *path, const char *lang, char *err, size_t errlen)
{
    char *real = realpath(path, NULL);
    if (!real) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t rl = strlen(real), ll = lang ? strlen(lang) : 0;
    char *key = rp_xmalloc(rl + ll + 2);
    memcpy(key, real, rl);
    key[rl] = '\t';
    memcpy(key + rl + 1, lang ? lang : "", ll + 1);
    free(real);
    pthread_mutex_lock(&cache_lock);
    for (size_t i = 0; i < cache.n; i++) {
        if (strcmp(cache.v[i]->cache_key, key) == 0) {
            atomic_fetch_add(&cache.v[i]->refs, 1);
            rp_lexicon *hit = cache.v[i];
            pthread_mutex_unlock(&cache_lock);
            free(key);
            return hit;
        }
    }
    rp_lexicon *lex = rp_lexicon_load(path, NULL, lang, err, errlen);
    if (lex) {
        lex->cache_key = key;
        atomic_store(&lex->refs, 1);
        RP_VEC_PUSH(cache) = lex;
    } else {
        free(key);
    }
    pthread_mutex_unlock(&cache_lock);
    return lex;
}

void rp_lexcache_close(const rp_lexicon *lex)
{
    /* The lexicon stays cached (and its hit counters readable for
     * --lexicon-report) until rp_lexcache_clear(). */
    if (lex)
        atomic_fetch_sub(&((rp_lexicon *)lex)->refs, 1);
}

size_t rp_lexcache_list(const rp_lexicon **out, size_t max)
{
    pthread_mutex_lock(&cache_lock);
    size_t n = cache.n;
    for (size_t i = 0; i < n && i < max; i++)
        out[i] = cache.v[i];
    pthread_mutex_unlock(&cache_lock);
    return n;
}

void rp_lexcache_clear(void)
{
    pthread_mutex_lock(&cache_lock);
    for (size_t i = 0; i < cache.n; i++)
        rp_lexicon_free(cache.v[i]);
    RP_VEC_FREE(cache);
    pthread_mutex_unlock(&cache_lock);
}

/* ---- report ----------------------------------------------------------- */

static void tsv_field(FILE *out, const char *s)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

uint64_t rp_lexicon_hits(const rp_lexicon *lex, uint32_t entry)
{
    return entry < lex->info.n_entries ? atomic_load(&lex->hits[entry]) : 0;
}

int rp_lexicon_report(const rp_lexicon *const *lexs, size_t n, FILE *out)
{
    for (size_t l = 0; l < n; l++) {
        const rp_lexicon *lex = lexs[l];
        uint32_t never = 0;
        for (uint32_t i = 0; i < lex->info.n_entries; i++)
            never += atomic_load(&lex->hits[i]) == 0;
        fprintf(out, "# %s (%s): %u entries, %u never matched\n", lex->info.path,
                lex->info.checksum, lex->info.n_entries, never);
    }
    fputs("lexicon\tline\tterm\ttype\tcategories\thits\n", out);
    for (size_t l = 0; l < n; l++) {
        const rp_lexicon *lex = lexs[l];
        for (uint32_t i = 0; i < lex->info.n_entries; i++) {
            const rp_lexentry *e = &lex->entries[i];
            tsv_field(out, lex->cent[i].file);
            fprintf(out, "\t%u\t", e->line);
            tsv_field(out, e->term);
            fprintf(out, "\t%s\t", lx_type_name(e->type));
            for (uint32_t k = 0; k < e->n_cats; k++) {
                if (k)
                    fputc(',', out);
                tsv_field(out, lex->cats[e->cats[k]].id);
            }
            fprintf(out, "\t%llu\n", (unsigned long long)atomic_load(&lex->hits[i]));
        }
    }
    return ferror(out) ? -1 : 0;
}
