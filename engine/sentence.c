/*
 * sentence.c -- splits one block into sentences, by byte ranges of the
 * original text.  One pass over the block's bytes, which skips (32 bytes
 * per SSE2 test) to the next possible sentence mark; no regex.
 *
 * A sentence ends after ".", "!", "?", "…" (or the CJK and Arabic full
 * stops and marks "。！？؟", which need no space after them), taken with
 * the closing quotes, brackets, markdown "**" and footnote markers that
 * follow ("equality.⁵² As a result": the marker belongs to the sentence it
 * ends), when white space (or the end of the block) follows and the next
 * word does not start with a lower-case letter.  A full stop does not end a
 * sentence after:
 *  - an abbreviation: para., paras., Mr., Mrs., Ms., Dr., Prof., Art.,
 *    arts., vol., cf., approx., Corr., Rev., Add., e.g., i.e., et al., viz.,
 *    vs., Jan. ... Dec. (the month names that are abbreviated), Inc., Ltd.;
 *    No./Nos./p./pp. only when a number follows ("No. 5");
 *  - a single letter (initials: "J. Smith", "(b) ..."), except a roman
 *    I, V or X after "annex", "section", "chapter" ... ("see annex I."),
 *    and dotted short forms like "U.S." or "a.m.";
 * and it never sees a break inside document symbols (A/HRC/47/53,
 * E/CN.6/2021/14), decimal numbers (0.7) or URLs, since no space follows
 * the dot there.  "etc." ends a sentence only when a capital follows.
 * Enumerations such as "(a)" carry no full stop and never split; a bullet
 * "•" at the start of a line starts a new sentence.
 * With by_line (title blocks, contents pages), each line is also a
 * sentence.  A sentence goes on from one span of a paragraph to the next
 * (across the footnotes printed between them) unless the segmenter marks
 * the gap as a hard end: there is page furniture in it, and a sentence's
 * byte range never holds a furniture line.
 * The start of a sentence is its first non-blank byte; its end is just
 * after its last closing character.  Sentences never leave their block; a
 * sentence that goes on from one span to the next has a range that also
 * covers the footnotes printed between them (its tokens do not).
 */
#include "config.h"

#include "segment_int.h"

#include <string.h>
#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* white space: one table load instead of six compares */
static const unsigned char space_byte[256] = {[' '] = 1, ['\t'] = 1, ['\n'] = 1,
                                              ['\r'] = 1, ['\f'] = 1, ['\v'] = 1};
static int is_space(unsigned char c) { return space_byte[c]; }

/* Length of a sentence-final mark at t[i..end) (0 if none); *nospace is
 * set for the CJK marks that need no space after them. */
static size_t terminal_at(const unsigned char *t, uint64_t i, uint64_t end, int *nospace)
{
    unsigned char c = t[i];
    *nospace = 0;
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if (c < 0xC0)
        return 0;
    if (c == 0xE3 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0x82) {
        *nospace = 1; /* 。 */
        return 3;
    }
    if (c == 0xEF && i + 2 < end && t[i + 1] == 0xBC && (t[i + 2] == 0x81 || t[i + 2] == 0x9F)) {
        *nospace = 1; /* ！ ？ */
        return 3;
    }
    if (c == 0xD8 && i + 1 < end && t[i + 1] == 0x9F)
        return 2; /* ؟ */
    if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA6)
        return 3; /* … */
    return 0;
}

/* Length of a closing character at t[i..end) (0 if none): quotes,
 * brackets, markdown emphasis, superscript digits. */
static size_t closer_at(const unsigned char *t, uint64_t i, uint64_t end)
{
    unsigned char c = t[i];
    if (c == ')' || c == ']' || c == '"' || c == '\'' || c == '*' || c == '.' || c == '!' ||
        c == '?')
        return 1;
    if (c == 0xC2 && i + 1 < end && (t[i + 1] == 0xBB || t[i + 1] == 0xB9 || t[i + 1] == 0xB2 ||
                                     t[i + 1] == 0xB3))
        return 2; /* » ¹ ² ³ */
    if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && (t[i + 2] == 0x99 || t[i + 2] == 0x9D))
        return 3; /* ’ ” */
    if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x81 &&
        (t[i + 2] == 0xB0 || (t[i + 2] >= 0xB4 && t[i + 2] <= 0xB9)))
        return 3; /* ⁰ ⁴-⁹ */
    if (c == 0xE3 && i + 2 < end && t[i + 1] == 0x80 && (t[i + 2] == 0x8D || t[i + 2] == 0x8F))
        return 3; /* 」 』 */
    if (c == 0xEF && i + 2 < end && t[i + 1] == 0xBC && t[i + 2] == 0x89)
        return 3; /* ） */
    return 0;
}

/* The footnote markers, looked up by a cursor: the splitter asks for
 * increasing offsets within a block, so the cursor only moves forward
 * (one binary search per block, then a step now and then) instead of a
 * binary search per possible sentence end. */
typedef struct mcursor {
    const rp_span *m;
    size_t n;
    size_t at;     /* first marker starting at or after last */
    uint64_t last; /* the last offset asked for */
} mcursor;

static void mcursor_seek(mcursor *c, uint64_t off)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->m[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    c->at = lo;
    c->last = off;
}

/* End of the footnote marker starting exactly at off, or 0. */
static uint64_t marker_end(mcursor *c, uint64_t off)
{
    if (off < c->last)
        mcursor_seek(c, off); /* never for sorted spans; kept for safety */
    c->last = off;
    while (c->at < c->n && c->m[c->at].start < off)
        c->at++;
    return c->at < c->n && c->m[c->at].start == off ? c->m[c->at].end : 0;
}

/* Abbreviations after which a full stop does not end a sentence (with
 * their lengths, so that a lookup costs no strlen).  Each list is sorted
 * by its first byte (ASCII order; keep it so when adding one): in_list
 * finds the entries of a first letter by binary search. */
typedef struct abbr {
    const char *w;
    size_t n;
} abbr;
#define A(s) {s, sizeof(s) - 1}
static const abbr abbrev_always[] = {
    A("Art"), A("Arts"), A("Add"), A("Apr"), A("Aug"), A("Amb"), A("Ave"), A("Cf"), A("Corr"),
    A("Co"), A("Corp"), A("Col"), A("Capt"), A("Dr"), A("Dec"), A("Feb"), A("Fig"), A("Gen"),
    A("Gov"), A("Hon"), A("H.E"), A("Inc"), A("Jan"), A("Jun"), A("Jul"), A("Jr"), A("Ltd"),
    A("Lt"), A("Mr"), A("Mrs"), A("Ms"), A("Messrs"), A("Mar"), A("Mt"), A("Nov"), A("Oct"),
    A("Para"), A("Paras"), A("Prof"), A("Ph.D"), A("Rev"), A("Rep"), A("St"), A("Sep"), A("Sept"),
    A("Sr"), A("S.E"), A("Sen"), A("Vol"), A("Vols"), A("art"), A("arts"), A("approx"), A("al"),
    A("cf"), A("chap"), A("cit"), A("ca"), A("ed"), A("eds"), A("fig"), A("figs"), A("incl"),
    A("op"), A("para"), A("paras"), A("resp"), A("sect"), A("vol"), A("vols"), A("viz"), A("vs"),
    A("v"), {NULL, 0}};
static const abbr abbrev_before_number[] = {
    A("Ch"), A("No"), A("Nos"), A("P"), A("Pp"), A("ch"), A("no"), A("nos"), A("p"), A("pp"),
    {NULL, 0}};
#undef A

/* first letters of the abbreviations above: most words fail here */
static const unsigned char abbr_first[256] = {
    ['p'] = 1, ['P'] = 1, ['M'] = 1, ['D'] = 1, ['S'] = 1, ['A'] = 1, ['a'] = 1, ['v'] = 1,
    ['V'] = 1, ['c'] = 1, ['C'] = 1, ['R'] = 1, ['J'] = 1, ['F'] = 1, ['O'] = 1, ['N'] = 1,
    ['I'] = 1, ['L'] = 1, ['G'] = 1, ['H'] = 1, ['f'] = 1, ['o'] = 1, ['e'] = 1, ['r'] = 1,
    ['i'] = 1, ['n'] = 1, ['s'] = 1};

static int in_list(const abbr *list, size_t len, const unsigned char *w, size_t n)
{
    if (n > 6 || !abbr_first[w[0]])
        return 0;
    /* the first entry whose first byte is not below w[0] */
    size_t lo = 0, hi = len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((unsigned char)list[mid].w[0] < w[0])
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < len && (unsigned char)list[k].w[0] == w[0]; k++)
        if (list[k].n == n && memcmp(list[k].w, w, n) == 0)
            return 1;
    return 0;
}

#define N_ENTRIES(list) (sizeof list / sizeof list[0] - 1) /* without the NULL end */

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Does the full stop at dot (preceded by the word w[0..n)) end the
 * sentence, given the first character after it (next_cp, or -1 at the end
 * of the block)? */
static int dot_ends(const unsigned char *w, size_t n, int32_t next_cp)
{
    if (n == 0)
        return 1;
    int next_digit = next_cp >= '0' && next_cp <= '9';
    if (in_list(abbrev_always, N_ENTRIES(abbrev_always), w, n))
        return 0;
    if (next_digit && in_list(abbrev_before_number, N_ENTRIES(abbrev_before_number), w, n))
        return 0;
    if (n == 1 && is_alpha(w[0]))
        return 0; /* initial or single-letter item */
    /* dotted short forms: e.g, i.e, U.S, a.m (letter runs of at most 3) */
    int has_dot = 0, ok = 1;
    size_t run = 0;
    for (size_t k = 0; k < n && ok; k++) {
        if (w[k] == '.') {
            if (run == 0)
                ok = 0;
            has_dot = 1;
            run = 0;
        } else if (is_alpha(w[k])) {
            if (++run > 3)
                ok = 0;
        } else {
            ok = 0;
        }
    }
    if (ok && has_dot)
        return 0;
    return 1;
}

/* "annex I." / "section V.": a one-letter roman numeral after a word that
 * numbers follow ends a sentence like any number (an initial would not). */
static int numeral_after_reference(const unsigned char *t, uint64_t from, uint64_t ws, uint64_t dot)
{
    static const char *const w[] = {"annex", "section", "chapter", "part", "phase", "category",
                                    "article", "volume", "resolution", "title", "table",
                                    "figure", "appendix", "protocol", "schedule", "stage",
                                    "group", "book", "class", "level", "tier", "type", NULL};
    if (dot - ws != 1 || (t[ws] != 'I' && t[ws] != 'V' && t[ws] != 'X'))
        return 0;
    uint64_t e = ws;
    while (e > from && is_space(t[e - 1]))
        e--;
    uint64_t b = e;
    while (b > from && is_alpha(t[b - 1]))
        b--;
    size_t n = (size_t)(e - b);
    if (n == 0 || n > 12 || e == ws)
        return 0;
    char low[16];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(t[b + k] | 0x20);
    for (size_t k = 0; w[k]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], low, n) == 0)
            return 1;
    return 0;
}

/* Can the character cp start a new sentence? */
static int can_start(int32_t cp)
{
    if (cp < 0)
        return 1;
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return 0;
        if ((cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
            return 1;
        return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '*' || cp == '#';
    }
    return utf8proc_category(cp) != UTF8PROC_CATEGORY_LL;
}

/* The first code point at or after off in the block (skipping white space
 * and crossing span boundaries), or -1 at the block's end. */
static int32_t next_cp(const unsigned char *t, const rp_span *spans, uint32_t n_spans, uint32_t k,
                       uint64_t off)
{
    for (; k < n_spans; k++) {
        if (off < spans[k].start)
            off = spans[k].start;
        while (off < spans[k].end && is_space(t[off]))
            off++;
        if (off < spans[k].end) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t r =
                utf8proc_iterate(t + off, (utf8proc_ssize_t)(spans[k].end - off), &cp);
            return r > 0 ? cp : 0xFFFD;
        }
    }
    return -1;
}

static void push(rp_docbuf *d, uint32_t block, uint64_t s, uint64_t e, size_t *count)
{
    rp_sentence *x = &RP_VEC_PUSH(d->sentences);
    x->start = s;
    x->end = e;
    x->block = block;
    x->tok_begin = x->tok_end = 0;
    (*count)++;
}

/* Bytes the splitter stops at: sentence marks and the lead bytes of the
 * multi-byte ones; with by_line also line breaks. */
static const unsigned char stop_byte[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1,
                                             [0xE3] = 1, [0xEF] = 1, [0xD8] = 1};
static const unsigned char stop_byte_line[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1,
                                                  [0xE3] = 1, [0xEF] = 1, [0xD8] = 1,
                                                  ['\n'] = 1, ['\r'] = 1};

/* The first offset in [i, end) whose byte is in stop[] (or, with SSE2, a
 * superset: every byte >= 0x80 too), or end.  Full stops are a few per
 * hundred bytes: testing 16 bytes at a time (SSE2, on every x86-64) rather
 * than one makes this scan a small part of the splitter; other machines
 * use the table. */
static inline __attribute__((always_inline)) uint64_t
skip_to_stop(const unsigned char *t, uint64_t i, uint64_t end, const unsigned char *stop,
             int by_line)
{
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi8('.'), exc = _mm_set1_epi8('!'), qm = _mm_set1_epi8('?');
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
#define STOPS(x)                                                                                   \
    (by_line ? _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, exc)), \
                                         _mm_or_si128(_mm_cmpeq_epi8(x, qm), x)),                  \
                            _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)))            \
             : _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, exc)),          \
                            _mm_or_si128(_mm_cmpeq_epi8(x, qm), x)))
    for (;;) {
        /* 32 bytes per round while there are, then 16, then the table */
        unsigned mask, w;
        if (i + 32 <= end) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 16));
            mask = (unsigned)_mm_movemask_epi8(STOPS(x)) |
                   ((unsigned)_mm_movemask_epi8(STOPS(y)) << 16);
            w = 32;
        } else if (i + 16 <= end) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            mask = (unsigned)_mm_movemask_epi8(STOPS(x));
            w = 16;
        } else {
            break;
        }
        /* the candidates in order: a byte >= 0x80 that is no lead byte of
         * a mark goes on */
        for (; mask; mask &= mask - 1) {
            uint64_t at = i + (unsigned)__builtin_ctz(mask);
            if (stop[t[at]])
                return at;
        }
        i += w;
    }
#undef STOPS
#else
    (void)by_line;
#endif
    while (i < end && !stop[t[i]])
        i++;
    return i;
}

/* Bytes that end the word before a full stop (going backwards). */
static const unsigned char word_stop[256] = {[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
                                             ['\f'] = 1, ['\v'] = 1, ['('] = 1, ['['] = 1,
                                             ['"'] = 1, ['*'] = 1};

/* Could s[0..n), the last bytes of a word longer than n, end a dotted
 * short form ("U.S.A")?  Only if made of letters and dots with no run of
 * more than 3 letters.  A longer word is in no abbreviation list, is not
 * a single letter or numeral, so when this says no, dot_ends() says the
 * full stop ends the sentence, whatever the rest of the word. */
static int dotted_tail(const unsigned char *s, size_t n)
{
    size_t run = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '.')
            run = 0;
        else if (!is_alpha(s[k]) || ++run > 3)
            return 0;
    }
    return 1;
}

/* first non-blank byte in [i, end), or end */
static uint64_t skip_space(const unsigned char *t, uint64_t i, uint64_t end)
{
    while (i < end && is_space(t[i]))
        i++;
    return i;
}

size_t rp_seg_sentences(rp_docbuf *d, uint32_t block, const rp_span *spans, uint32_t n_spans,
                        const rp_span *markers, size_t n_markers, int by_line,
                        const uint8_t *hard_end)
{
    const unsigned char *t = (const unsigned char *)d->doc.text;
    const uint64_t none = UINT64_MAX;
    uint64_t start = none;
    size_t count = 0;
    mcursor mc = {markers, n_markers, 0, 0};
    if (n_markers && n_spans)
        mcursor_seek(&mc, spans[0].start);
    for (uint32_t k = 0; k < n_spans; k++) {
        uint64_t i = spans[k].start, end = spans[k].end;
        if (start == none && (i = skip_space(t, i, end)) < end)
            start = i;
        while (i < end) {
            /* two copies of the scan, each with its set of bytes */
            i = by_line ? skip_to_stop(t, i, end, stop_byte_line, 1)
                        : skip_to_stop(t, i, end, stop_byte, 0);
            if (i >= end)
                break;
            unsigned char c = t[i];
            if (c == '\n' || c == '\r') {
                /* by_line: the line is a sentence */
                if (start != none && start < i) {
                    uint64_t e = i;
                    while (e > start && is_space(t[e - 1]))
                        e--;
                    push(d, block, start, e, &count);
                }
                i = skip_space(t, i, end);
                start = i < end ? i : none;
                continue;
            }
            if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA2 &&
                start != none && start < i) {
                /* a bullet "•" opening a line starts a new sentence */
                uint64_t e = i;
                while (e > start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
                    e--;
                if (e > start && (t[e - 1] == '\n' || t[e - 1] == '\r')) {
                    while (e > start && is_space(t[e - 1]))
                        e--;
                    push(d, block, start, e, &count);
                    start = i;
                }
                i += 3;
                continue;
            }
            int nospace;
            size_t tl = terminal_at(t, i, end, &nospace);
            if (tl == 0) {
                i++;
                continue;
            }
            /* a possible end: take closers and markers along */
            uint64_t q = i + tl;
            for (;;) {
                uint64_t me = n_markers ? marker_end(&mc, q) : 0;
                if (me) {
                    q = me;
                    continue;
                }
                size_t cl = q < end ? closer_at(t, q, end) : 0;
                if (!cl)
                    break;
                q += cl;
            }
            if (q < end && !nospace && !is_space(t[q])) {
                i = q; /* "0.7", "A/HRC/47/53", "www.un.org": no break */
                continue;
            }
            int32_t nc = next_cp(t, spans, n_spans, k, q);
            int ends;
            if (!can_start(nc))
                ends = 0;
            else if (t[i] == '.' && !nospace) {
                /* the word before the full stop; most are ordinary words longer
                 * than any abbreviation, decided by their last 7 bytes */
                uint64_t ws = i, lim = i - spans[k].start > 7 ? i - 7 : spans[k].start;
                while (ws > lim && !word_stop[t[ws - 1]])
                    ws--;
                if (ws == lim && ws > spans[k].start && !word_stop[t[ws - 1]] &&
                    !dotted_tail(t + ws, (size_t)(i - ws))) {
                    ends = 1;
                } else {
                    while (ws > spans[k].start && !word_stop[t[ws - 1]])
                        ws--;
                    ends = dot_ends(t + ws, (size_t)(i - ws), nc) ||
                           numeral_after_reference(t, spans[k].start, ws, i);
                }
            } else {
                ends = 1;
            }
            if (ends && start != none) {
                push(d, block, start, q, &count);
                q = skip_space(t, q, end);
                start = q < end ? q : none;
            }
            i = q;
        }
        if ((by_line || (hard_end && hard_end[k])) && start != none) {
            push(d, block, start, end, &count);
            start = none;
        }
    }
    if (start != none)
        push(d, block, start, spans[n_spans - 1].end, &count);
    return count;
}
