/*
 * vocab_int.h -- the vocabulary's insides, shared by vocab.c and token.c
 * only: the tokenizer inlines the hit path of the surface lookup (a hash,
 * a probe, a compare), which is most of what a token costs.  Nothing else
 * includes this file; everyone else goes through text.h.
 */
#ifndef RP_VOCAB_INT_H
#define RP_VOCAB_INT_H

#include <string.h>

#include "text.h"

struct sb_stemmer;

#define RP_VOCAB_FULL_BYTES ((size_t)48 << 20)
#define RP_VOCAB_FULL_FORMS 2000000u
#define RP_LANG_MAX 24 /* longest language name kept (the longest Snowball name is 10) */
#define RP_STEM_MAX 64 /* longer forms (URLs, garbage) are not stemmed */

struct surf {
    const rp_form *form;
    uint32_t len;
    uint32_t lang;
    char s[]; /* the surface bytes, NUL-terminated (the norm when equal) */
};

struct form {
    rp_form f;
    uint32_t lang;
};

typedef struct slot {
    uint64_t h;
    void *e; /* struct surf * or struct form *; NULL = empty */
} slot;

typedef struct table {
    slot *s;
    size_t mask; /* capacity - 1 (capacity a power of two) */
    size_t n;
} table;

typedef struct vlang {
    char name[RP_LANG_MAX];
    struct sb_stemmer *stemmer; /* NULL: no stemming */
    int tried;                  /* sb_stemmer_new() has been called */
} vlang;

struct rp_vocab {
    rp_arena arena;
    size_t arena_bytes;
    table surfaces;
    table forms;
    uint32_t next_id;
    RP_VEC(vlang) langs;
    const char *last_ptr; /* rp_vocab_surface()'s one-entry language cache */
    char last_name[RP_LANG_MAX];
    uint32_t last_lang;
    rp_buf tmp; /* scratch for U+FFFD substitution */
};

/* ---- hashing ------------------------------------------------------- */

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

/* Word-at-a-time hash of short strings (forms are mostly < 16 bytes). */
static inline uint64_t hash_bytes(const unsigned char *p, size_t n, uint64_t seed)
{
    uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        h = (h ^ (((uint64_t)a << 32) | b)) * 0x94d049bb133111ebULL;
    } else if (n > 0) {
        uint64_t w = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
        h = (h ^ w) * 0x94d049bb133111ebULL;
    }
    return mix(h);
}

/* a[0..n) == b[0..n)? Inline for the short strings forms are. */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y;
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return 0;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x, y, u, w;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        memcpy(&u, a + n - 4, 4);
        memcpy(&w, b + n - 4, 4);
        return x == y && u == w;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* The miss path (vocab.c): fold, stem, insert. h is the surface's hash. */
const rp_form *rp_vocab_lookup_miss(rp_vocab *v, uint32_t li, const char *src, size_t len,
                                    uint64_t h);

#if defined(__GNUC__)
#define RP_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define RP_ALWAYS_INLINE inline
#endif

/* rp_vocab_lookup, inline. */
static RP_ALWAYS_INLINE const rp_form *rp_vocab_lookup_inline(rp_vocab *v, uint32_t li, const char *src,
                                                    size_t len)
{
    uint64_t h = hash_bytes((const unsigned char *)src, len, li);
    const table *t = &v->surfaces;
    for (size_t k = h & t->mask;; k = (k + 1) & t->mask) {
        const struct surf *e = t->s[k].e;
        if (!e)
            break;
        if (t->s[k].h == h && e->len == len && e->lang == li && same_bytes(e->s, src, len))
            return e->form;
    }
    return rp_vocab_lookup_miss(v, li, src, len, h);
}

#endif /* RP_VOCAB_INT_H */
