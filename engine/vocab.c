/*
 * vocab.c -- the per-worker vocabulary: every distinct surface form is
 * folded (NFKC + Unicode case folding, utf8proc) and stemmed (Snowball,
 * libstemmer) exactly once, and gets a dense id.
 *
 * Two hash tables, both open addressing with linear probing:
 *  - surfaces: (language, surface bytes) -> form.  This is the hot path:
 *    an already-seen word costs a hash, a probe and a compare; no
 *    allocation, no utf8proc, no stemmer.
 *  - forms: (language, folded form) -> form, consulted only for a new
 *    surface, so that "Poverty", "POVERTY" and "poverty" share one form and
 *    one id.  ids identify (language, norm), are dense and start at 1.
 * Strings (surfaces, norms, stems) and forms live in the vocabulary's own
 * arena: every pointer handed out stays valid until rp_vocab_free().  A
 * norm equal to its surface (most lower-case words) shares its bytes, and
 * a stem equal to its norm shares them too.
 *
 * Folding: utf8proc_map(STABLE | COMPOSE | COMPAT | CASEFOLD), with three
 * extra mappings applied first so that typographic variants of one word
 * fold together: U+2019, U+2018 and U+02BC (curly and modifier
 * apostrophes) become "'", and U+2010, U+2011 (hyphen, non-breaking
 * hyphen) become "-".  Pure ASCII takes a fast path (lower-casing is the
 * whole of NFKC + case folding there).  Invalid UTF-8 becomes U+FFFD, one
 * per maximal subpart (see utf8.c).
 *
 * Stemming: one sb_stemmer per language per vocabulary, created the first
 * time the language is used.  Languages are named by ISO 639-1 code ("en",
 * "fr", "es", "ru", "ar", ...), ISO 639-2 code, or Snowball name
 * ("english"), case-insensitively, with any region or script suffix
 * dropped ("en-GB", "zh_Hans"): whatever sb_stemmer_new() accepts.  A
 * language without a Snowball stemmer (zh, ja, or an unknown code) gets no
 * stemming: stem == norm, and rp_stem_language_ok() returns 0 so callers
 * can warn.  Only forms that contain a letter and are at most RP_STEM_MAX
 * (64) bytes long go through the stemmer: longer ones are URLs or garbage,
 * and stemming them would only cost time and memory.
 *
 * Bounds: memory grows with the number of distinct surfaces, about
 * 105 bytes plus the strings per surface (a 50 MB English corpus has some
 * 10^5 of them: a few MB).  The vocabulary never forgets on its own,
 * because plugins may keep norm pointers and memoise by id for the life of
 * their instance.  Once it holds more than RP_VOCAB_FULL_BYTES (48 MB) or
 * RP_VOCAB_FULL_FORMS (2 million forms; both in vocab_int.h),
 * rp_vocab_full() says so; a worker checks it
 * between documents and, when set, closes its plugin instances, frees the
 * vocabulary and starts both afresh.  A caller that never checks simply
 * keeps growing (about 115 bytes per new distinct form); ids are 32-bit,
 * and the vocabulary stops the run with a message if they ever run out.
 */
#include "config.h"

#include "text.h"
#include "vocab_int.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- tables -------------------------------------------------------- */

static void table_init(table *t, size_t cap)
{
    t->s = rp_xcalloc(cap, sizeof *t->s);
    t->mask = cap - 1;
    t->n = 0;
}

static void table_grow(table *t)
{
    size_t cap = (t->mask + 1) * 2;
    slot *old = t->s;
    size_t oldcap = t->mask + 1;
    t->s = rp_xcalloc(cap, sizeof *t->s);
    t->mask = cap - 1;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].e)
            continue;
        size_t k = old[i].h & t->mask;
        while (t->s[k].e)
            k = (k + 1) & t->mask;
        t->s[k] = old[i];
    }
    free(old);
}

/* Inserts (h, e) at a slot known to be free after the probe that missed. */
static void table_put(table *t, uint64_t h, void *e)
{
    if ((t->n + 1) * 2 > t->mask + 1)
        table_grow(t);
    size_t k = h & t->mask;
    while (t->s[k].e)
        k = (k + 1) & t->mask;
    t->s[k].h = h;
    t->s[k].e = e;
    t->n++;
}

/* ---- languages ----------------------------------------------------- */

/* "en-GB" -> "en", "English" -> "english"; "" for NULL. */
static void lang_key(const char *lang, char out[RP_LANG_MAX])
{
    size_t n = 0;
    if (lang)
        for (; lang[n] && lang[n] != '-' && lang[n] != '_' && n + 1 < RP_LANG_MAX; n++)
            out[n] = (char)tolower((unsigned char)lang[n]);
    out[n] = '\0';
}

int rp_stem_language_ok(const char *lang)
{
    char key[RP_LANG_MAX];
    lang_key(lang, key);
    if (!key[0])
        return 0;
    struct sb_stemmer *st = sb_stemmer_new(key, "UTF_8");
    if (!st)
        return 0;
    sb_stemmer_delete(st);
    return 1;
}

uint32_t rp_vocab_lang(rp_vocab *v, const char *lang)
{
    char key[RP_LANG_MAX];
    lang_key(lang, key);
    for (size_t i = 0; i < v->langs.n; i++)
        if (strcmp(v->langs.v[i].name, key) == 0)
            return (uint32_t)i;
    vlang *l = &RP_VEC_PUSH(v->langs);
    memcpy(l->name, key, sizeof key);
    l->stemmer = NULL;
    l->tried = 0;
    return (uint32_t)(v->langs.n - 1);
}

static struct sb_stemmer *lang_stemmer(rp_vocab *v, uint32_t li)
{
    vlang *l = &v->langs.v[li];
    if (!l->tried) {
        l->tried = 1;
        l->stemmer = l->name[0] ? sb_stemmer_new(l->name, "UTF_8") : NULL;
    }
    return l->stemmer;
}

/* ---- folding ------------------------------------------------------- */

static utf8proc_int32_t fold_custom(utf8proc_int32_t c, void *data)
{
    (void)data;
    switch (c) {
    case 0x2019: /* right single quotation mark, the usual apostrophe */
    case 0x2018: /* left single quotation mark */
    case 0x02BC: /* modifier letter apostrophe */
        return '\'';
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
        return '-';
    default:
        return c;
    }
}

/* src with every invalid maximal subpart replaced by U+FFFD, in tmp;
 * returns src itself when it is valid UTF-8. */
static const char *sanitize(const char *src, size_t len, size_t *outlen, rp_buf *tmp)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    int32_t cp;
    for (;;) {
        if (i == len) {
            *outlen = len;
            return src;
        }
        int k = rp_utf8_decode(s + i, len - i, &cp);
        if (k == 0)
            break;
        i += (size_t)k;
    }
    rp_buf_reset(tmp);
    rp_buf_add(tmp, src, i);
    while (i < len) {
        int k = rp_utf8_decode(s + i, len - i, &cp);
        if (k > 0) {
            rp_buf_add(tmp, s + i, (size_t)k);
            i += (size_t)k;
        } else {
            rp_buf_add(tmp, "\xEF\xBF\xBD", 3);
            i += rp_utf8_invalid_len(s + i, len - i);
        }
    }
    *outlen = tmp->len;
    return tmp->data;
}

static int all_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

/* The folded form, malloc'd (the caller frees it). */
static char *fold_malloc(const char *src, size_t len, size_t *outlen, rp_buf *tmp)
{
    if (all_ascii(src, len)) {
        char *out = rp_xmalloc(len + 1);
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)src[i];
            out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        out[len] = '\0';
        *outlen = len;
        return out;
    }
    size_t n;
    const char *s = sanitize(src, len, &n, tmp);
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t r = utf8proc_map_custom(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, fold_custom,
        NULL);
    if (r < 0) {
        /* only out-of-memory is left once the input is valid */
        free(dst);
        rp_error("out of memory folding a %zu-byte form (%s)", n, utf8proc_errmsg(r));
        exit(RP_EXIT_ENV);
    }
    *outlen = (size_t)r;
    return (char *)dst;
}

char *rp_fold(const char *src, size_t len, size_t *outlen)
{
    rp_buf tmp;
    rp_buf_init(&tmp);
    char *out = fold_malloc(src, len, outlen, &tmp);
    rp_buf_free(&tmp);
    return out;
}

/* ---- the vocabulary ------------------------------------------------ */

rp_vocab *rp_vocab_new(void)
{
    rp_vocab *v = rp_xcalloc_aligned(_Alignof(rp_vocab), sizeof *v); /* the word cache's lines */
    rp_arena_init(&v->arena, (size_t)1 << 20);
    table_init(&v->surfaces, 1u << 14);
    table_init(&v->forms, 1u << 13);
    v->next_id = 1;
    rp_buf_init(&v->tmp);
    return v;
}

void rp_vocab_free(rp_vocab *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->langs.n; i++)
        if (v->langs.v[i].stemmer)
            sb_stemmer_delete(v->langs.v[i].stemmer);
    RP_VEC_FREE(v->langs);
    free(v->surfaces.s);
    free(v->forms.s);
    rp_arena_free(&v->arena);
    rp_buf_free(&v->tmp);
    free(v);
}

uint32_t rp_vocab_n_forms(const rp_vocab *v)
{
    return v->next_id;
}

size_t rp_vocab_bytes(const rp_vocab *v)
{
    return v->arena_bytes + (v->surfaces.mask + 1 + v->forms.mask + 1) * sizeof(slot);
}

int rp_vocab_full(const rp_vocab *v)
{
    return rp_vocab_bytes(v) > RP_VOCAB_FULL_BYTES || v->next_id > RP_VOCAB_FULL_FORMS;
}

static void *vocab_alloc(rp_vocab *v, size_t n)
{
    v->arena_bytes += (n + 7) & ~(size_t)7;
    return rp_arena_alloc(&v->arena, n);
}

void *rp_vocab_alloc(rp_vocab *v, size_t n)
{
    return vocab_alloc(v, n);
}

static char *vstrndup(rp_vocab *v, const char *s, size_t n)
{
    char *p = vocab_alloc(v, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static int has_letter(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            if ((c | 32) >= 'a' && (c | 32) <= 'z')
                return 1;
            i++;
            continue;
        }
        int32_t cp;
        int k = rp_utf8_decode(p + i, n - i, &cp);
        if (k == 0)
            return 0; /* cannot happen: norms are valid UTF-8 */
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
            return 1;
        i += (size_t)k;
    }
    return 0;
}

/* The form for (lang, norm), created (and stemmed) when new. norm is
 * malloc'd by the caller; this takes a copy, or uses `same` (a stable
 * NUL-terminated string) when it holds the same bytes. */
static const rp_form *form_get(rp_vocab *v, uint32_t li, const char *norm, size_t n,
                               const char *same, size_t same_len)
{
    uint64_t h = hash_bytes((const unsigned char *)norm, n, 0x51ed27u + li);
    table *t = &v->forms;
    for (size_t k = h & t->mask;; k = (k + 1) & t->mask) {
        struct form *f = t->s[k].e;
        if (!f)
            break;
        if (t->s[k].h == h && f->lang == li && f->f.norm_len == n && memcmp(f->f.norm, norm, n) == 0)
            return &f->f;
    }
    if (v->next_id == UINT32_MAX) {
        rp_error("vocabulary: more than %u distinct forms in one worker", UINT32_MAX - 1);
        exit(RP_EXIT_ENV);
    }
    struct form *f = vocab_alloc(v, sizeof *f);
    f->lang = li;
    f->f.norm = same_len == n && memcmp(same, norm, n) == 0 ? same : vstrndup(v, norm, n);
    f->f.norm_len = (uint32_t)n;
    f->f.stem = f->f.norm;
    f->f.stem_len = f->f.norm_len;
    struct sb_stemmer *st = n <= RP_STEM_MAX && has_letter(norm, n) ? lang_stemmer(v, li) : NULL;
    if (st && n <= INT32_MAX) {
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)norm, (int)n);
        if (s) {
            size_t sl = (size_t)sb_stemmer_length(st);
            if (sl != n || memcmp(s, norm, n) != 0) {
                f->f.stem = vstrndup(v, (const char *)s, sl);
                f->f.stem_len = (uint32_t)sl;
            }
        }
    }
    f->f.id = v->next_id++;
    table_put(t, h, f);
    return &f->f;
}

/* A new surface: fold and stem it once (out of line, so that the hit
 * path, rp_vocab_lookup_inline, stays small). */
struct surf *rp_vocab_lookup_miss(rp_vocab *v, uint32_t li, const char *src, size_t len,
                                  uint64_t h)
{
    struct surf *e = vocab_alloc(v, sizeof *e + len + 1);
    e->len = (uint32_t)len;
    e->lang = li;
    e->key8 = rp_load_head((const unsigned char *)src, len);
    e->tflags = 0;
    e->tacc = 0;
    e->memo = NULL;
    memcpy(e->s, src, len);
    e->s[len] = '\0';
    size_t n;
    char *norm = fold_malloc(src, len, &n, &v->tmp);
    const rp_form *f = form_get(v, li, norm, n, e->s, len);
    free(norm);
    e->form = f;
    table_put(&v->surfaces, h, e);
    return e;
}

const rp_form *rp_vocab_lookup(rp_vocab *v, uint32_t li, const char *src, size_t len)
{
    return rp_vocab_lookup_inline(v, li, src, len);
}

const rp_form *rp_vocab_surface(rp_vocab *v, const char *lang, const char *src, size_t len)
{
    if (!(lang && lang == v->last_ptr && strncmp(lang, v->last_name, RP_LANG_MAX) == 0)) {
        v->last_lang = rp_vocab_lang(v, lang);
        v->last_ptr = lang;
        if (lang) {
            strncpy(v->last_name, lang, RP_LANG_MAX - 1);
            v->last_name[RP_LANG_MAX - 1] = '\0';
        }
    }
    return rp_vocab_lookup(v, v->last_lang, src, len);
}
