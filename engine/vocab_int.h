/*
 * vocab_int.h -- the vocabulary's insides, shared by vocab.c and token.c
 * only: the tokenizer inlines the hit path of the surface lookup (a hash,
 * a probe, a compare), which is most of what a token costs.  Nothing else
 * includes this file; everyone else goes through text.h.
 *
 * The hash reads a string as little-endian 8-byte chunks, the last one
 * zero-padded, and mixes the length in at the end, so the tokenizer can
 * hash a plain ASCII word from the very words it loads to find where the
 * word ends (rp_hash_chunk / rp_hash_end), with no second pass.  Each
 * surface keeps its first chunk (key8), so a hit on a word of up to 8
 * bytes is one 64-bit compare, and slots for what the tokenizer learns
 * from a surface's characters (tflags, tacc), computed once per distinct
 * surface, not per token.
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
    uint64_t key8;   /* the first 8 bytes, zero-padded (rp_load_head) */
    uint32_t tflags; /* token.c's flags for this surface as a plain ASCII
                        word; 0 until token.c computes them */
    uint32_t tacc;   /* token.c's summary of this surface as an ASCII piece
                        inside a longer token; 0 until computed */
    const struct scanmemo *memo; /* token.c's pieces of this surface as a token
                                    scanned for them; NULL until computed */
    char s[]; /* the surface bytes, NUL-terminated (the norm when equal) */
};

/* What token.c's scan_pieces finds in a surface (a function of its bytes
 * and language only): the flags its characters give, whether it holds a
 * byte >= 0x80, and its pieces as offsets into the surface.  Kept in the
 * vocabulary, so that a token seen before (a URL cited again, "Secretary-
 * General") costs a copy of its pieces, not a scan. */
struct scanmemo {
    uint32_t flags;
    uint32_t wide;
    uint32_t n;
    uint32_t pad;
    struct {
        uint32_t start, end;
        const rp_form *form;
    } p[];
};

struct form {
    rp_form f;
    uint32_t lang;
};

/* The word cache (token.c): a direct-mapped table from the two chunks of
 * an ASCII word shorter than 16 bytes (zero-padded, so they also give the
 * length; key8 0 = empty) to what the tokenizer takes from its surface
 * entry (its form's fields, tflags, tacc), for one language.  A hit costs
 * a multiply, a load and two compares and touches one cache line: the
 * entry holds a copy of the form (forms never change), not a pointer to
 * it, whose load would wait for the entry's and miss the cache again.
 * The surface table costs the word's hash, a probe and the entry's own
 * lines. */
#define RP_WCACHE_BITS 14 /* 16 Ki entries, 1 MiB per worker: a miss goes to
                             memory (the surface table and its entries), so a
                             larger cache pays in time though hardly in
                             instructions (bench/README.md) */
typedef struct wcache_ent {
    _Alignas(64) uint64_t key8; /* an entry is one cache line */
    uint64_t key16;
    rp_form form;          /* a copy of the surface's form */
    uint32_t tflags, tacc; /* the surface's, computed (never 0) */
} wcache_ent;
_Static_assert(sizeof(wcache_ent) == 64, "a word cache entry fills one cache line");

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
    uint32_t wcache_lang; /* the language of the word cache's entries */
    wcache_ent wcache[1u << RP_WCACHE_BITS];
};

/* ---- hashing ------------------------------------------------------- */

#if defined(__GNUC__)
#define RP_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define RP_ALWAYS_INLINE inline
#endif

/* Little-endian loads, so that a chunk's first byte is its low byte on
 * every machine (the tokenizer masks chunks by length). */
static inline uint64_t rp_le64(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

static inline uint32_t rp_le32(const unsigned char *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap32(w);
#endif
    return w;
}

/* The n < 8 bytes at p as a zero-padded chunk, reading only those bytes. */
static inline uint64_t rp_load_tail(const unsigned char *p, size_t n)
{
    if (n >= 4)
        return rp_le32(p) | (((uint64_t)rp_le32(p + n - 4) >> (8 * (8 - n))) << 32);
    if (n == 0)
        return 0;
    uint64_t w = p[0];
    if (n > 1)
        w |= (uint64_t)p[1] << 8;
    if (n > 2)
        w |= (uint64_t)p[2] << 16;
    return w;
}

/* The first chunk of p[0..n): struct surf's key8. */
static inline uint64_t rp_load_head(const unsigned char *p, size_t n)
{
    return n >= 8 ? rp_le64(p) : rp_load_tail(p, n);
}

static RP_ALWAYS_INLINE uint64_t rp_hash_chunk(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 31);
}

static RP_ALWAYS_INLINE uint64_t rp_hash_end(uint64_t h, size_t n)
{
    h ^= n * 0x9E3779B97F4A7C15ULL;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

/* The hash of p[0..n) with seed: chunks, then the length. */
static inline uint64_t hash_bytes(const unsigned char *p, size_t n, uint64_t seed)
{
    uint64_t h = seed;
    size_t r = n;
    while (r >= 8) {
        h = rp_hash_chunk(h, rp_le64(p));
        p += 8;
        r -= 8;
    }
    if (r)
        h = rp_hash_chunk(h, rp_load_tail(p, r));
    return rp_hash_end(h, n);
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

/* n bytes (8-byte aligned) in the vocabulary's arena, counted in
 * rp_vocab_bytes: owned by the vocabulary. */
void *rp_vocab_alloc(rp_vocab *v, size_t n);

/* The miss path (vocab.c): fold, stem, insert. h is the surface's hash
 * (hash_bytes with seed li). */
struct surf *rp_vocab_lookup_miss(rp_vocab *v, uint32_t li, const char *src, size_t len,
                                  uint64_t h);

/* The surface entry of src[0..len) in language li, whose hash is h and
 * first chunk key8: created on a miss.  Beyond the first chunk only
 * longer words compare bytes. */
static RP_ALWAYS_INLINE struct surf *rp_vocab_find(rp_vocab *v, uint32_t li, const char *src,
                                                   size_t len, uint64_t h, uint64_t key8)
{
    const table *t = &v->surfaces;
    for (size_t k = h & t->mask;; k = (k + 1) & t->mask) {
        struct surf *e = t->s[k].e;
        if (!e)
            break;
        if (t->s[k].h == h && e->key8 == key8 && e->len == len && e->lang == li &&
            (len <= 8 || same_bytes(e->s + 8, src + 8, len - 8)))
            return e;
    }
    return rp_vocab_lookup_miss(v, li, src, len, h);
}

/* rp_vocab_lookup, inline. */
static RP_ALWAYS_INLINE const rp_form *rp_vocab_lookup_inline(rp_vocab *v, uint32_t li, const char *src,
                                                    size_t len)
{
    const unsigned char *p = (const unsigned char *)src;
    return rp_vocab_find(v, li, src, len, hash_bytes(p, len, li), rp_load_head(p, len))->form;
}

#endif /* RP_VOCAB_INT_H */
