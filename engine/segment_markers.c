/*
 * segment_markers.c -- footnote markers in the body text, found once the
 * blocks are known (see segment.c for the rules): superscript digits glued
 * to a word or a full stop, markdown references "[^3]", plain numbers that
 * pdftotext left where a superscript stood ("humanity.2", "catching up. 20",
 * "per cent 6 and up") when they are the next note number and that note is
 * printed on the same page or the next (a spaced number followed by a word
 * that counts things, "3 countries", "2 billion", is a quantity), and
 * asterisks matching cover-page notes in the title block.  One pass over
 * the bytes of the body blocks, which skips (32 bytes per SSE2 test) the
 * bytes no marker can start at: all but digits, "[", "*" and bytes >= 0x80.
 */
#include "config.h"

#include "segment_int.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* what the search needs: the document and its lines (for pages) */
typedef struct mk {
    rp_docbuf *d;
    const unsigned char *t;
    const rp_seg_line *lines;
    size_t n_lines;
} mk;

/* a footnote label made of digits ("35"), as a number; 0 otherwise */
static uint32_t label_num(const char *l)
{
    uint32_t v = 0;
    if (!l || !*l)
        return 0;
    for (; *l; l++) {
        if (!is_digit((unsigned char)*l) || v > 100000)
            return 0;
        v = v * 10 + (uint32_t)(*l - '0');
    }
    return v;
}

/* the pages on which each numbered note is printed */
typedef struct fnmap {
    uint32_t *first, *last; /* pages of footnote number i; 0 = none */
    uint32_t n;
    int star[5];            /* cover notes "*" .. "****" exist */
} fnmap;

static uint32_t page_of(const mk *g, uint64_t off)
{
    /* the page of the last line starting at or before off */
    size_t lo = 0, hi = g->n_lines;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->lines[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? g->lines[lo - 1].page : 1;
}

static int fn_on(const fnmap *m, uint32_t v, uint32_t page)
{
    if (v == 0 || v >= m->n || m->first[v] == 0)
        return 0;
    return m->first[v] <= page + 1 && m->last[v] >= page; /* this page or the next */
}

static void add_marker(rp_docbuf *d, uint64_t s, uint64_t e)
{
    rp_span *x = &RP_VEC_PUSH(d->markers);
    x->start = s;
    x->end = e;
}

static int is_ascii_letter(unsigned char c) { return is_lower(c) || is_upper(c); }

/* A word with its length, so that a list lookup costs no strlen. */
typedef struct word {
    const char *w;
    size_t n;
} word;
#define W(s) {s, sizeof(s) - 1}

/* Is s[0..n) (n > 0) in w[0..len)?  The lists are sorted by first byte
 * (ASCII order; keep them so): a binary search finds the entries of s's
 * first letter, compared one by one. */
static int in_words(const word *w, size_t len, const void *s, size_t n)
{
    unsigned char c = *(const unsigned char *)s;
    size_t lo = 0, hi = len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((unsigned char)w[mid].w[0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < len && (unsigned char)w[k].w[0] == c; k++)
        if (w[k].n == n && memcmp(w[k].w, s, n) == 0)
            return 1;
    return 0;
}
#define N_WORDS(list) (sizeof list / sizeof list[0] - 1) /* without the NULL end */

/* Bytes that may start a marker: digits, "[" (markdown "[^3]"), "*"
 * (cover notes) and the lead bytes of the superscript digits. */
static const unsigned char mark_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['['] = 1, ['*'] = 1, [0xC2] = 1, [0xE2] = 1};

/* The first offset in [i, e) whose byte may start a marker (a superset of
 * mark_byte with SSE2: every byte >= 0x80), or e.  Most bytes of a report
 * are letters and spaces that no rule looks at: testing 16 of them at a
 * time (SSE2, on every x86-64) rather than one makes this scan a small
 * part of the segmenter; other machines use the table. */
static uint64_t skip_plain(const unsigned char *t, uint64_t i, uint64_t e)
{
#if defined(__SSE2__)
    const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1);
    const __m128i lb = _mm_set1_epi8('['), st = _mm_set1_epi8('*');
    /* signed compares: bytes >= 0x80 are negative, caught by their sign bit */
#define MARKS(x)                                                                                   \
    _mm_or_si128(_mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi)), x),     \
                 _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, st)))
    for (;;) {
        /* 32 bytes per round while there are, then 16, then the table */
        unsigned mask, w;
        if (i + 32 <= e) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 16));
            mask = (unsigned)_mm_movemask_epi8(MARKS(x)) |
                   ((unsigned)_mm_movemask_epi8(MARKS(y)) << 16);
            w = 32;
        } else if (i + 16 <= e) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            mask = (unsigned)_mm_movemask_epi8(MARKS(x));
            w = 16;
        } else {
            break;
        }
        for (; mask; mask &= mask - 1) {
            uint64_t at = i + (unsigned)__builtin_ctz(mask);
            if (mark_byte[t[at]])
                return at;
        }
        i += w;
    }
#undef MARKS
#endif
    while (i < e && !mark_byte[t[i]])
        i++;
    return i;
}

/* Is the word ending at t[end) one that a number may follow as a
 * reference ("resolution 5", "paragraph 7", "Goal 3")? */
static int reference_word(const unsigned char *t, uint64_t from, uint64_t end)
{
    static const word w[] = {
        W("article"), W("articles"), W("annex"), W("and"), W("at"), W("about"), W("all"),
        W("box"), W("by"), W("chapter"), W("cluster"), W("category"), W("convention"),
        W("decision"), W("day"), W("figure"), W("from"), W("for"), W("goal"), W("goals"),
        W("group"), W("grade"), W("item"), W("items"), W("indicator"), W("in"), W("level"),
        W("month"), W("number"), W("no"), W("option"), W("objective"), W("of"), W("or"), W("on"),
        W("over"), W("paragraph"), W("paragraphs"), W("para"), W("paras"), W("page"), W("pages"),
        W("principle"), W("phase"), W("part"), W("priority"), W("pillar"), W("protocol"),
        W("resolution"), W("resolutions"), W("rule"), W("rules"), W("recommendation"),
        W("region"), W("report"), W("section"), W("step"), W("session"), W("sector"), W("stage"),
        W("some"), W("table"), W("target"), W("targets"), W("tier"), W("to"), W("than"),
        W("under"), W("volume"), W("week"), W("with"), W("year"), W("zone"), {NULL, 0}};
    uint64_t b = end;
    while (b > from && (is_lower(t[b - 1]) || is_upper(t[b - 1])))
        b--;
    size_t n = (size_t)(end - b);
    if (n == 0 || n > 14)
        return 1;
    char low[16];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(t[b + k] | 0x20);
    return in_words(w, N_WORDS(w), low, n);
}

/* Is the word after the number at t[j) one that counts things ("3
 * countries", "2 billion", "5 per cent")? */
static int counted_word(const unsigned char *t, uint64_t j, uint64_t e)
{
    static const word w[] = {
        W("adults"), W("attacks"), W("agencies"), W("billion"), W("billions"), W("boys"),
        W("countries"), W("children"), W("cases"), W("civilians"), W("communications"), W("days"),
        W("deaths"), W("dollars"), W("entities"), W("families"), W("girls"), W("hundred"),
        W("hundreds"), W("hours"), W("households"), W("incidents"), W("individuals"), W("km"),
        W("kilometres"), W("million"), W("millions"), W("men"), W("months"), W("minutes"),
        W("members"), W("metres"), W("migrants"), W("organizations"), W("per"), W("percent"),
        W("people"), W("persons"), W("projects"), W("participants"), W("refugees"), W("reports"),
        W("recommendations"), W("states"), W("staff"), W("sites"), W("schools"), W("trillion"),
        W("thousand"), W("thousands"), W("times"), W("tons"), W("tonnes"), W("units"),
        W("villages"), W("women"), W("weeks"), W("years"), {NULL, 0}};
    if (j >= e || t[j] != ' ')
        return 0;
    uint64_t a = j + 1, b = a;
    while (b < e && b - a < 16 && is_lower(t[b]))
        b++;
    size_t n = (size_t)(b - a);
    if (n == 0 || (b < e && is_lower(t[b])))
        return 0;
    return in_words(w, N_WORDS(w), t + a, n);
}

static void find_markers(mk *g, fnmap *m, uint32_t kind, const rp_span *sp, uint32_t *expect)
{
    const unsigned char *t = g->t;
    uint64_t i = sp->start, e = sp->end;
    while (i < e) {
        /* bytes that start no marker lead to i++ below: skip them at once */
        if ((i = skip_plain(t, i, e)) >= e)
            break;
        unsigned char c = t[i];
        int sl;
        if ((c == 0xC2 || c == 0xE2) && rp_seg_sup_digit(t + i, e - i, &sl) >= 0) {
            uint64_t j = i;
            uint32_t v = 0;
            int dv;
            while (j < e && (dv = rp_seg_sup_digit(t + j, e - j, &sl)) >= 0) {
                v = v * 10 + (uint32_t)dv;
                j += (uint64_t)sl;
            }
            if (i > sp->start && t[i - 1] != ' ' && t[i - 1] != '\n' && v < m->n && m->first[v]) {
                add_marker(g->d, i, j);
                *expect = v + 1;
            }
            i = j;
            continue;
        }
        if (is_digit(c) && m->n > 1 && i > sp->start) {
            uint64_t j = i;
            uint32_t v = 0;
            while (j < e && is_digit(t[j]) && j - i < 4)
                v = v * 10 + (uint32_t)(t[j++] - '0');
            if (j < e && (is_digit(t[j]) || is_ascii_letter(t[j]) || t[j] == '/' ||
                          t[j] == '-' || t[j] == '%' || (t[j] == '.' && j + 1 < e && is_digit(t[j + 1])) ||
                          (t[j] == ',' && j + 1 < e && is_digit(t[j + 1])))) {
                i = j;
                continue;
            }
            unsigned char p = t[i - 1];
            int glued = 0, spaced = 0;
            if (is_ascii_letter(p) || p == '.' || p == ',' || p == ';' || p == ':' || p == ')' ||
                p == '"' || (p >= 0x80 && (p == 0x9D || p == 0x99) && i >= 3 && t[i - 3] == 0xE2))
                glued = 1;
            if (glued && !is_ascii_letter(p) && i >= 2 && (is_digit(t[i - 2]) || t[i - 2] == ' '))
                glued = 0; /* "122.4", "1,5", ". 3": not glued to a word */
            if (p == ' ' && i >= 2) {
                unsigned char q = t[i - 2];
                if (q == '.' || q == ',' || q == ';' || q == ':' || q == ')' ||
                    (i >= 4 && t[i - 4] == 0xE2 && t[i - 3] == 0x80 && (q == 0x9D || q == 0x99)))
                    spaced = 1;
                else if (is_lower(q) && !reference_word(t, sp->start, i - 1) &&
                         (j == e || t[j] == ' ' || t[j] == '\n') &&
                         (j + 1 >= e || is_lower(t[j + 1]) || t[j + 1] == '('))
                    spaced = 2; /* "per cent 6 and up": after a word, before a small word */
            }
            /* glued to a letter: the word must have a letter before it and not be an
             * alphanumeric code (G20, A4): require a lower-case letter or punctuation */
            if (glued && is_upper(p) && !(i >= 2 && is_lower(t[i - 2])))
                glued = 0;
            if (spaced && counted_word(t, j, e))
                spaced = 0; /* "in 2019, 3 countries": a quantity, not a note */
            if (glued || spaced) {
                uint32_t page = page_of(g, i);
                int ok = fn_on(m, v, page) &&
                         (spaced == 2 ? v == *expect
                          : spaced   ? (v >= *expect && v <= *expect + 3)
                                     : (v >= *expect && v <= *expect + 6));
                if (ok) {
                    add_marker(g->d, i, j);
                    *expect = v + 1;
                }
            }
            i = j;
            continue;
        }
        if (c == '[' && i + 3 < e && t[i + 1] == '^' && is_digit(t[i + 2])) {
            /* markdown note reference "[^12]" */
            uint64_t j = i + 2;
            uint32_t v = 0;
            while (j < e && is_digit(t[j]) && j - i < 7)
                v = v * 10 + (uint32_t)(t[j++] - '0');
            if (j < e && t[j] == ']' && v < m->n && m->first[v]) {
                add_marker(g->d, i, j + 1);
                *expect = v + 1;
                i = j + 1;
                continue;
            }
            i++;
            continue;
        }
        if (c == '*' && kind == RP_BLOCK_TITLE && i > sp->start) {
            uint64_t j = i;
            while (j < e && t[j] == '*')
                j++;
            size_t a = (size_t)(j - i);
            int at_end = j == e || t[j] == '\n' || t[j] == '\r';
            if (a <= 4 && at_end && m->star[a])
                add_marker(g->d, i, j);
            i = j;
            continue;
        }
        i++;
    }
}

static int cmp_span(const void *a, const void *b)
{
    const rp_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

void rp_seg_markers(rp_docbuf *d, const rp_seg_line *lines, size_t n_lines)
{
    mk gg = {d, (const unsigned char *)d->doc.text, lines, n_lines};
    mk *g = &gg;
    fnmap m;
    memset(&m, 0, sizeof m);
    uint32_t maxv = 0;
    for (size_t b = 0; b < d->blocks.n; b++) {
        const rp_block *B = &d->blocks.v[b];
        if (B->kind != RP_BLOCK_FOOTNOTE || !B->label)
            continue;
        if (B->label[0] == '*') {
            size_t a = strlen(B->label);
            if (a <= 4)
                m.star[a] = 1;
            continue;
        }
        uint32_t v = label_num(B->label);
        if (v > maxv && v < 100000)
            maxv = v;
    }
    if (maxv > 0) {
        m.n = maxv + 1;
        m.first = rp_xcalloc(m.n, sizeof *m.first);
        m.last = rp_xcalloc(m.n, sizeof *m.last);
        for (size_t b = 0; b < d->blocks.n; b++) {
            const rp_block *B = &d->blocks.v[b];
            uint32_t v = B->kind == RP_BLOCK_FOOTNOTE ? label_num(B->label) : 0;
            if (v == 0 || v >= m.n)
                continue;
            if (m.first[v] == 0 || B->page < m.first[v])
                m.first[v] = B->page;
            if (B->page > m.last[v])
                m.last[v] = B->page;
        }
    }
    int any_star = m.star[1] || m.star[2] || m.star[3] || m.star[4];
    if (maxv == 0 && !any_star)
        return;
    uint32_t expect = 1;
    for (size_t b = 0; b < d->blocks.n; b++) {
        const rp_block *B = &d->blocks.v[b];
        if (B->kind == RP_BLOCK_FOOTNOTE)
            continue;
        const rp_span *sp = d->spans.v + d->span_first.v[b];
        for (uint32_t k = 0; k < B->n_spans; k++)
            find_markers(g, &m, B->kind, &sp[k], &expect);
    }
    free(m.first);
    free(m.last);
    int sorted = 1;
    for (size_t k = 1; k < d->markers.n && sorted; k++)
        if (d->markers.v[k].start < d->markers.v[k - 1].end)
            sorted = 0;
    if (!sorted)
        qsort(d->markers.v, d->markers.n, sizeof *d->markers.v, cmp_span);
}
