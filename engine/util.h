/*
 * util.h -- small pieces every part of the engine uses: allocation that
 * stops the run with a message on out-of-memory, growable byte buffers,
 * typed growable vectors, a bump arena for per-document strings, a string
 * hash, and the one-line error reporting the CLI contract asks for.
 * Nothing here is visible to plugins.
 */
#ifndef RP_UTIL_H
#define RP_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Exit statuses (DESIGN.md, "Errors"). */
#define RP_EXIT_OK 0
#define RP_EXIT_INPUT 1 /* bad input or usage */
#define RP_EXIT_ENV 2   /* environment: missing file, plugin, permission */

/* Allocation: these never return NULL; on out-of-memory they print one line
 * and exit(RP_EXIT_ENV). The caller owns (and free()s) the result. */
void *rp_xmalloc(size_t n);
void *rp_xcalloc(size_t n, size_t size);
void *rp_xrealloc(void *p, size_t n);
/* size zeroed bytes aligned to align (a power of two, size a multiple of
 * it), or exit: the caller frees them with free(). */
void *rp_xcalloc_aligned(size_t align, size_t size);
char *rp_xstrdup(const char *s);
char *rp_xstrndup(const char *s, size_t n);

/* Grows *p (an array of elements of size `size`, capacity *cap) to hold at
 * least `need` elements. */
void rp_grow(void **p, size_t *cap, size_t need, size_t size);
/* The capacity test is inline: RP_VEC_PUSH runs it per element (tokens,
 * lines, annotations), and the call cost more than the push. */
#define RP_GROW(ptr, cap, need)                                                                    \
    ((size_t)(need) <= (cap) ? (void)0 : rp_grow((void **)&(ptr), &(cap), (need), sizeof(*(ptr))))

/* A typed vector: RP_VEC(rp_token) toks; RP_VEC_PUSH(toks) = t; */
#define RP_VEC(type) struct { type *v; size_t n, cap; }
#define RP_VEC_PUSH(vec) (*(RP_GROW((vec).v, (vec).cap, (vec).n + 1), &(vec).v[(vec).n++]))
#define RP_VEC_FREE(vec) do { free((vec).v); (vec).v = NULL; (vec).n = (vec).cap = 0; } while (0)

/* A growable byte buffer, always NUL-terminated after the first append. */
typedef struct rp_buf {
    char *data;
    size_t len;
    size_t cap;
} rp_buf;

void rp_buf_init(rp_buf *b);
void rp_buf_free(rp_buf *b);
void rp_buf_reset(rp_buf *b); /* len = 0, keeps the memory */
/* Grows the buffer (the slow path of rp_buf_reserve). */
void rp_buf_grow(rp_buf *b, size_t extra);

/* The appenders are inline: output formatting calls them per field. */
static inline void rp_buf_reserve(rp_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap)
        rp_buf_grow(b, extra);
}

static inline void rp_buf_add(rp_buf *b, const void *p, size_t n)
{
    rp_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static inline void rp_buf_adds(rp_buf *b, const char *s)
{
    rp_buf_add(b, s, strlen(s));
}

static inline void rp_buf_addc(rp_buf *b, char c)
{
    rp_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void rp_buf_printf(rp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rp_buf_add_u64(rp_buf *b, uint64_t v);
/* JSON string with quotes; invalid UTF-8 bytes become \ufffd. */
void rp_buf_add_json(rp_buf *b, const char *s, size_t n);
/* The same for a NUL-terminated string (one pass for short plain ones). */
void rp_buf_add_json_str(rp_buf *b, const char *s);

/* A bump arena for strings that live as long as one document (or one
 * lexicon). rp_arena_reset() keeps the first chunk for reuse. */
typedef struct rp_arena_chunk rp_arena_chunk;
typedef struct rp_arena {
    rp_arena_chunk *head;
    size_t chunk_size;
} rp_arena;

void rp_arena_init(rp_arena *a, size_t chunk_size);
void rp_arena_reset(rp_arena *a);
void rp_arena_free(rp_arena *a);
void *rp_arena_alloc(rp_arena *a, size_t n); /* 8-byte aligned */
char *rp_arena_strndup(rp_arena *a, const char *s, size_t n); /* NUL-terminated copy */

/* 64-bit hash of bytes (fast, not cryptographic). */
uint64_t rp_hash64(const void *p, size_t n);

/* SHA-256 of bytes as "sha256:<64 hex>" into out (at least 72 bytes). */
void rp_sha256_hex(const void *p, size_t n, char out[72]);
/* Same for a file; returns 0, or -1 with errno set. */
int rp_sha256_file(const char *path, char out[72]);

/* Errors: one line on stderr, "rapporteur: " + message. */
void rp_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void rp_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void rp_verror(const char *prefix, const char *fmt, va_list ap);
/* Writes the line "rapporteur: PREFIXMSG" (prefix may be NULL) to stderr
 * in one piece, or, while this thread captures, appends it to the capture
 * buffer. */
void rp_diag_line(const char *prefix, const char *msg);
/* Sends this thread's diagnostics to b (the caller owns b) until called
 * again with NULL. run.c captures a document's warnings on the worker and
 * prints them when the document is collected, so stderr comes in input
 * order for every -j. */
void rp_diag_capture(rp_buf *b);

/* Reads a whole file into a malloc'd buffer (NUL-terminated, *len without
 * the NUL). "-" reads standard input. Returns NULL with errno set. The
 * caller frees the result. */
char *rp_read_file(const char *path, size_t *len);
/* The same into *buf (capacity *cap, grown with realloc as needed; both
 * may start NULL and 0): the caller owns *buf and reuses it from file to
 * file.  Returns 0, or -1 with errno set (*buf stays the caller's). */
int rp_read_file_into(const char *path, char **buf, size_t *cap, size_t *len);

#endif /* RP_UTIL_H */
