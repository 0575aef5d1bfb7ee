/*
 * util.c -- allocation, buffers, the string arena, hashing, checksums and
 * error lines shared by the whole engine (see util.h).
 */
#include "config.h"

#include "util.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n)
{
    fprintf(stderr, "rapporteur: out of memory (asked for %zu bytes)\n", n);
    exit(RP_EXIT_ENV);
}

void *rp_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

void *rp_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *rp_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom(n);
    return q;
}

char *rp_xstrdup(const char *s)
{
    return rp_xstrndup(s, strlen(s));
}

char *rp_xstrndup(const char *s, size_t n)
{
    char *p = rp_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void rp_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 16;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            oom(SIZE_MAX);
        c *= 2;
    }
    *p = rp_xrealloc(*p, c * size);
    *cap = c;
}

/* ---- buffers -------------------------------------------------------- */

void rp_buf_init(rp_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void rp_buf_free(rp_buf *b)
{
    free(b->data);
    rp_buf_init(b);
}

void rp_buf_reset(rp_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void rp_buf_grow(rp_buf *b, size_t extra)
{
    rp_grow((void **)&b->data, &b->cap, b->len + extra + 1, 1);
}

void rp_buf_printf(rp_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        rp_buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void rp_buf_add_u64(rp_buf *b, uint64_t v)
{
    char tmp[24];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rp_buf_add(b, tmp + i, sizeof tmp - (size_t)i);
}

/* Length of a valid UTF-8 sequence at s (RFC 3629: no overlongs, no
 * surrogates, at most U+10FFFF), or 0. */
static size_t utf8_valid_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (avail >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0;
        if (c == 0xED && s[1] >= 0xA0)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

void rp_buf_add_json(rp_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    rp_buf_reserve(b, n + 2);
    rp_buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        /* copy plain ASCII runs in one go */
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '"' && p[run] != '\\')
            run++;
        if (run > i) {
            rp_buf_add(b, p + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = p[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rp_buf_add(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': rp_buf_add(b, "\\n", 2); break;
            case '\t': rp_buf_add(b, "\\t", 2); break;
            case '\r': rp_buf_add(b, "\\r", 2); break;
            case '\f': rp_buf_add(b, "\\f", 2); break;
            case '\b': rp_buf_add(b, "\\b", 2); break;
            default: {
                char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                rp_buf_add(b, esc, 6);
            }
            }
            i++;
        } else {
            size_t l = utf8_valid_len(p + i, n - i);
            if (l == 0) {
                rp_buf_add(b, "\\ufffd", 6);
                i++;
            } else {
                rp_buf_add(b, p + i, l);
                i += l;
            }
        }
    }
    rp_buf_addc(b, '"');
}

/* ---- arena ---------------------------------------------------------- */

struct rp_arena_chunk {
    rp_arena_chunk *next;
    size_t size;
    size_t used;
    max_align_t data[];
};

void rp_arena_init(rp_arena *a, size_t chunk_size)
{
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : 16384;
}

void rp_arena_reset(rp_arena *a)
{
    if (!a->head)
        return;
    /* keep the last chunk in the list (the first allocated, often the
     * largest steady-state one) and free the others */
    rp_arena_chunk *c = a->head;
    while (c->next) {
        rp_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    c->used = 0;
    a->head = c;
}

void rp_arena_free(rp_arena *a)
{
    rp_arena_chunk *c = a->head;
    while (c) {
        rp_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}

void *rp_arena_alloc(rp_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    rp_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > a->chunk_size ? n : a->chunk_size;
        c = rp_xmalloc(sizeof *c + size);
        c->size = size;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

char *rp_arena_strndup(rp_arena *a, const char *s, size_t n)
{
    char *p = rp_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- hashing -------------------------------------------------------- */

uint64_t rp_hash64(const void *p, size_t n)
{
    /* FNV-1a over 8-byte words, then a final avalanche (fast enough for
     * short forms; quality checked by the tables' probe lengths) */
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL ^ (n * 0x9E3779B97F4A7C15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    while (n--)
        h = (h ^ *s++) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static void sha_hex(struct sha256_ctx *ctx, char out[72])
{
    static const char hex[] = "0123456789abcdef";
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(ctx, sizeof d, d);
    memcpy(out, "sha256:", 7);
    for (size_t i = 0; i < sizeof d; i++) {
        out[7 + 2 * i] = hex[d[i] >> 4];
        out[8 + 2 * i] = hex[d[i] & 15];
    }
    out[7 + 2 * SHA256_DIGEST_SIZE] = '\0';
}

void rp_sha256_hex(const void *p, size_t n, char out[72])
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, n, p);
    sha_hex(&ctx, out);
}

int rp_sha256_file(const char *path, char out[72])
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    unsigned char buf[65536];
    size_t r;
    while ((r = fread(buf, 1, sizeof buf, f)) > 0)
        sha256_update(&ctx, r, buf);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        errno = EIO;
        return -1;
    }
    sha_hex(&ctx, out);
    return 0;
}

/* ---- errors --------------------------------------------------------- */

void rp_verror(const char *prefix, const char *fmt, va_list ap)
{
    char line[4096];
    vsnprintf(line, sizeof line, fmt, ap);
    fprintf(stderr, "rapporteur: %s%s\n", prefix ? prefix : "", line);
}

void rp_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_verror(NULL, fmt, ap);
    va_end(ap);
}

void rp_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_verror("warning: ", fmt, ap);
    va_end(ap);
}

/* ---- files ---------------------------------------------------------- */

char *rp_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = NULL;
    if (f != stdin && fseek(f, 0, SEEK_END) == 0) {
        long sz = ftell(f);
        if (sz >= 0)
            cap = (size_t)sz + 1;
        rewind(f);
    }
    buf = rp_xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap)
            rp_grow((void **)&buf, &cap, n + 65536, 1);
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    int bad = ferror(f);
    int saved = errno;
    if (f != stdin)
        fclose(f);
    if (bad) {
        free(buf);
        errno = saved ? saved : EIO;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}
