/*
 * util.c -- allocation, buffers, the string arena, hashing, checksums and
 * error lines shared by the whole engine (see util.h).
 */
#include "config.h"

#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <errno.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

void *rp_xcalloc_aligned(size_t align, size_t size)
{
    void *p = aligned_alloc(align, size);
    if (!p)
        oom(size);
    return memset(p, 0, size);
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

/* What rp_buf_add_json does with each byte: 0 copies it (printable ASCII
 * but '"' and '\\'), 1 writes a backslash and json_esc[c], 2 writes
 * \u00XX (other control bytes), 3 checks a UTF-8 sequence (bytes >= 0x80). */
static const unsigned char json_class[256] = {
    2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};
static const char json_esc[256] = {['"'] = '"', ['\\'] = '\\', ['\n'] = 'n', ['\t'] = 't',
                                   ['\r'] = 'r', ['\f'] = 'f', ['\b'] = 'b'};

/* Are the 8 bytes of x all plain (class 0)?  No byte >= 0x80, none
 * below 0x20, no '"', no '\\' (the bit tricks of "Bit Twiddling Hacks":
 * each term is non-zero exactly when some byte is such a byte). */
static inline int json_plain8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    uint64_t bad = (x & highs) | ((x - ones * 0x20) & ~x & highs) | ((q - ones) & ~q & highs) |
                   ((bs - ones) & ~bs & highs);
    return bad == 0;
}

/* The end of the run of plain bytes (class 0) from i, at most stop.
 * Most strings are short (labels, attribute keys and values): 8 bytes per
 * test in plain C; long ones (annotation text) 16 per test with SSE2
 * (every x86-64), where a signed compare with 0x20 catches both the
 * control bytes and the bytes >= 0x80. */
static inline size_t json_plain_run(const unsigned char *p, size_t i, size_t stop)
{
#if defined(__SSE2__)
    const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    while (i + 16 <= stop) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, sp),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, qu), _mm_cmpeq_epi8(x, bs)));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask)
            return i + (unsigned)__builtin_ctz(mask);
        i += 16;
    }
#endif
    while (i + 8 <= stop) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        if (!json_plain8(x))
            break;
        i += 8;
    }
    if (i < stop && stop >= 8 && stop - i < 8) {
        /* the tail, tested as the last 8 bytes before stop (the bytes
         * before i among them were plain or escaped already: if escaped,
         * the test fails and the loop below decides) */
        uint64_t x;
        memcpy(&x, p + stop - 8, 8);
        if (json_plain8(x))
            return stop;
    }
    while (i < stop && !json_class[p[i]])
        i++;
    return i;
}

/* Copies n bytes; runs of up to 16 bytes (most of them) with two
 * overlapping fixed-size moves instead of a call to memcpy. */
static inline void copy_run(char *o, const unsigned char *s, size_t n)
{
    if (n > 16) {
        memcpy(o, s, n);
    } else if (n >= 8) {
        memcpy(o, s, 8);
        memcpy(o + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(o, s, 4);
        memcpy(o + n - 4, s + n - 4, 4);
    } else {
        for (size_t k = 0; k < n; k++)
            o[k] = (char)s[k];
    }
}

/* Input bytes escaped per buffer reservation: room for the worst case
 * (6 output bytes per input byte) without reserving 6x a huge string. */
#define JSON_CHUNK 4096

/* Escapes p[*pi..stop) (a UTF-8 sequence may run up to 3 bytes past stop,
 * never past n) to o, which has room for 6 bytes per input byte; returns
 * the end of the output.  Runs of plain bytes are copied whole. */
static inline __attribute__((always_inline)) char *
json_escape(char *o, const unsigned char *p, size_t *pi, size_t stop, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = *pi;
    for (;;) {
        size_t r = json_plain_run(p, i, stop);
        copy_run(o, p + i, r - i);
        o += r - i;
        i = r;
        if (i >= stop)
            break;
        unsigned char c = p[i];
        if (json_class[c] == 1) {
            o[0] = '\\';
            o[1] = json_esc[c];
            o += 2;
            i++;
        } else if (json_class[c] == 2) {
            memcpy(o, "\\u00", 4);
            o[4] = hex[c >> 4];
            o[5] = hex[c & 15];
            o += 6;
            i++;
        } else {
            size_t l = utf8_valid_len(p + i, n - i);
            if (l == 0) {
                memcpy(o, "\\ufffd", 6);
                o += 6;
                i++;
            } else {
                memcpy(o, p + i, l);
                o += l;
                i += l;
            }
        }
        if (i >= stop)
            break;
    }
    *pi = i;
    return o;
}

void rp_buf_add_json(rp_buf *b, const char *s, size_t n)
{
    /* Reserve the worst case once (6 output bytes per input byte; per
     * chunk for long strings), then write without checks. */
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    if (n <= 32) {
        /* short strings (most annotation texts): copy while checking, four
         * bytes per round; one to escape sends the whole string to the
         * general path below (b->len has not moved) */
        rp_buf_reserve(b, n * 6 + 2);
        char *o = b->data + b->len + 1;
        size_t k = 0;
        for (; k + 4 <= n; k += 4) {
            if (json_class[p[k]] | json_class[p[k + 1]] | json_class[p[k + 2]] |
                json_class[p[k + 3]])
                break;
            memcpy(o + k, p + k, 4);
        }
        for (; k < n && !json_class[p[k]]; k++)
            o[k] = (char)p[k];
        if (k == n) {
            o[-1] = '"';
            o[n] = '"';
            b->len += n + 2;
            b->data[b->len] = '\0';
            return;
        }
    }
    if (n <= JSON_CHUNK) {
        /* labels, attributes, annotation text: one reservation */
        rp_buf_reserve(b, n * 6 + 2);
        char *o = b->data + b->len;
        *o++ = '"';
        if (n)
            o = json_escape(o, p, &i, n, n);
        *o++ = '"';
        *o = '\0';
        b->len = (size_t)(o - b->data);
        return;
    }
    rp_buf_reserve(b, 1);
    b->data[b->len++] = '"';
    while (i < n) {
        size_t stop = n - i > JSON_CHUNK ? i + JSON_CHUNK : n;
        /* + 3: a UTF-8 sequence may run past stop; + 1: the closing quote */
        rp_buf_reserve(b, (stop - i + 3) * 6 + 1);
        char *o = json_escape(b->data + b->len, p, &i, stop, n);
        b->len = (size_t)(o - b->data);
    }
    b->data[b->len++] = '"';
    b->data[b->len] = '\0';
}

void rp_buf_add_json_str(rp_buf *b, const char *s)
{
    /* Most strings (labels, attribute values) are short and plain: measure,
     * check and copy them in one pass; a string with a byte to escape, or
     * longer than FAST bytes, starts again on the general path (what was
     * copied is overwritten, b->len has not moved). */
    enum { FAST = 64 }; /* a multiple of 4 */
    const unsigned char *p = (const unsigned char *)s;
    rp_buf_reserve(b, FAST + 2);
    char *o = b->data + b->len + 1;
    size_t i = 0;
    /* NUL is class 2: it stops.  Four bytes per round (each read only
     * after the one before it passed, so never past the NUL). */
    while (i < FAST) {
        if (json_class[p[i]])
            break;
        o[i] = (char)p[i];
        if (json_class[p[i + 1]]) {
            i += 1;
            break;
        }
        o[i + 1] = (char)p[i + 1];
        if (json_class[p[i + 2]]) {
            i += 2;
            break;
        }
        o[i + 2] = (char)p[i + 2];
        if (json_class[p[i + 3]]) {
            i += 3;
            break;
        }
        o[i + 3] = (char)p[i + 3];
        i += 4;
    }
    if (i < FAST && p[i] == '\0') {
        o[-1] = '"';
        o[i] = '"';
        b->len += i + 2;
        b->data[b->len] = '\0';
        return;
    }
    rp_buf_add_json(b, s, i + strlen(s + i));
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

static _Thread_local rp_buf *diag_capture;

void rp_diag_capture(rp_buf *b)
{
    diag_capture = b;
}

void rp_diag_line(const char *prefix, const char *msg)
{
    char line[4200];
    int n = snprintf(line, sizeof line, "rapporteur: %s%s\n", prefix ? prefix : "", msg);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof line) { /* cut: keep the line ending */
        n = (int)sizeof line - 1;
        line[n - 1] = '\n';
    }
    if (diag_capture)
        rp_buf_add(diag_capture, line, (size_t)n);
    else
        fwrite(line, 1, (size_t)n, stderr); /* one call: stdio locks the stream */
}

void rp_verror(const char *prefix, const char *fmt, va_list ap)
{
    char msg[4096];
    vsnprintf(msg, sizeof msg, fmt, ap);
    rp_diag_line(prefix, msg);
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

/* One fstat gives a regular file's size, so its bytes come in one read()
 * into a buffer of exactly that size plus two bytes: the NUL, and one
 * spare byte so that the read that finds end of file needs no growing
 * (stdio's fseek/ftell/rewind and its own buffer cost something per
 * document). The loop still copes with a file that grows or shrinks
 * meanwhile, and with pipes and standard input. */
int rp_read_file_into(const char *path, char **buf, size_t *cap, size_t *len)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t want = 65536, n = 0;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0)
        want = (size_t)st.st_size + 2; /* the NUL, and a byte to see the end */
    if (*cap < want) {
        free(*buf); /* nothing in it to keep: no copy */
        *buf = NULL;
        *cap = 0;
        rp_grow((void **)buf, cap, want, 1);
    }
    int saved = 0;
    for (;;) {
        if (n + 1 >= *cap)
            rp_grow((void **)buf, cap, n + 65536, 1);
        ssize_t r = read(fd, *buf + n, *cap - n - 1);
        if (r == 0)
            break;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            saved = errno;
            break;
        }
        n += (size_t)r;
    }
    if (!is_stdin)
        close(fd);
    if (saved) {
        errno = saved;
        return -1;
    }
    (*buf)[n] = '\0';
    *len = n;
    return 0;
}

char *rp_read_file(const char *path, size_t *len)
{
    char *buf = NULL;
    size_t cap = 0;
    if (rp_read_file_into(path, &buf, &cap, len) != 0) {
        int saved = errno;
        free(buf);
        errno = saved;
        return NULL;
    }
    return buf;
}
