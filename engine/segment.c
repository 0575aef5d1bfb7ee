/*
 * segment.c -- the structure of a UN report, found in one pass over its
 * lines: title block, section headings, numbered paragraphs (rejoined across
 * page breaks), footnotes and their markers, and sentences (sentence.c).
 * Page furniture of pdftotext output (running header symbol, job number,
 * date code, barcode, page label: see furniture.c) is dropped: it is in no
 * block, and a block never spans over it.
 *
 * Lines.  Lines end at LF, CRLF, CR or a form feed.  A form feed starts a
 * new page: n_pages is the number of form feeds + 1, except that a text
 * ending in a form feed (followed by nothing but white space), as
 * pdftotext writes it, has as many pages as form feeds.  Every block
 * carries the 1-based page of its first line.  Spans are byte ranges of
 * the original text, trimmed of surrounding white space; hard-wrapped
 * lines joined into a block are one span that includes the line breaks.
 * Spans never include a printed number ("49.", "VI.", "³⁵"): the label
 * carries it.
 *
 * Blocks, in the order of their first span:
 *  - title: the lines before the first heading, numbered paragraph or
 *    contents page (one span per group of lines), up to a "Summary" or
 *    "Abstract" line, or up to the first line of prose (one that ends a
 *    sentence, or of 120 bytes or more ending in "," too): then the prose
 *    lines of the last group, and a short heading line just before them
 *    ("Article 1"), leave the title for blocks of their own.  A text that
 *    starts with prose (a speech) has no title block.
 *  - heading: "I. Introduction", "A. Women", "### II. Title", "Chapter I",
 *    "Annex I"; the number may stand alone on its line with the title on the
 *    next one ("I.||Observations"), and a title goes on on the next line
 *    when its line ends in "and", "of", ... or the next starts in lower
 *    case.  Roman numbers must follow in sequence (or restart at I.), and
 *    so must letters within a section; label "VI", "A".  Level 1 for roman
 *    numbers, chapters and annexes, 2 for letters, 3 for numbered
 *    sub-headings: a number out of the paragraph sequence whose title is a
 *    short line without final punctuation ("1.||Repatriation efforts"
 *    before paragraph 19), not an infinitive (an item of a list of
 *    recommendations: "9. To add a provision to the Marriage and Family
 *    Relations Act"); markdown headings without a number take the
 *    level of their "#"s.  Sections nest by level (path "II.B.1").
 *  - paragraph: a numbered paragraph starts at a line "49. Text" (also
 *    "**49.** Text") or at "49." alone on its line, the text following on
 *    the next lines; the number must be the next one in sequence (one to
 *    three numbers may be skipped when the line before ends a sentence, and
 *    numbering restarts at 1 after a heading, as in annexes); the first
 *    one is 1, or any number that paragraph number+1 follows within 200
 *    lines (an addendum, an excerpt).  Its label is "49".  Hard-wrapped lines join it, up to the next number, heading,
 *    blank line, page break, footnote separator or furniture line.  Then a
 *    line that starts no block of its own continues the last paragraph as
 *    a new span (the footnotes in between are separate blocks, after it):
 *    after a page break or footnotes, unless it is a caption ("Figure II")
 *    or a short title line after a full stop (a box); after a blank line
 *    only when the paragraph stopped mid-sentence or before a list item
 *    (its last line ends in ":" or ";"), so that blank-line separated
 *    sub-items "(a)", "(b)" stay in their paragraph.  Unnumbered paragraphs
 *    are separated by blank lines; in them a line of 200 bytes or more, or
 *    of 120 ending a sentence (a speech with one paragraph per line), or a
 *    short line with no final punctuation (an unmarked heading), ends the
 *    block.  In a text wrapped narrower than RP_SEG_NARROW bytes (a speech
 *    record), "short" is relative to the wrap width, a sentence ending on a
 *    short line ends the paragraph (no blank lines there), and a line with
 *    a sentence end inside it ends the front matter.  Unnumbered
 *    paragraphs are kind paragraph in a text with no numbered paragraph,
 *    else kind text.
 *  - footnote: a line starting with superscript digits ("³⁵ See ...",
 *    label "35") or a markdown note ("[^3]: See ..."); the lines after a
 *    "____" separator, to the page's end (in a text without form feeds, to
 *    the first blank line after a note), where a note starts at "8 Text"
 *    or at a number alone on its line: pdftotext puts numbers apart from
 *    their texts, grouped or after them ("1||2||Association ..."), so each
 *    text takes the oldest number waiting, numbers left at the page's end
 *    go to the notes that got none, and a number still left splits the
 *    note before it after a line ending a sentence.  In a paged text with
 *    no separator at all (A/80/62), a page's notes start at a note number
 *    alone on its line followed by lines that look like notes (links,
 *    symbols, "See ...").  Cover-page notes "* A/80/50." (label "*").
 *  - text: contents pages (from a "Contents" line to the end of the pages
 *    holding leader dots; one block per page), the "Summary" line, and
 *    unnumbered blocks in a numbered text (sub-headings such as "Target
 *    1.1" or "(a)||Financing mechanisms" standing before the next numbered
 *    paragraph, figures, tables, boxes).
 *
 * Markers: superscript digit runs glued to a word or a full stop, when a
 * footnote with that number exists; markdown references "[^3]"; and,
 * where the footnotes are plain numbers (pdftotext), a number that is the
 * next note number expected (or a few ahead, markers being missed at
 * times) and whose note is printed on the same page or the next one, when
 * it is glued after a word or punctuation ("humanity.2"), spaced after
 * punctuation ("catching up. 20"), or, when it is exactly the number
 * expected, spaced between a word and a small word or "(" ("per cent 6 and
 * up", "the Levant 1 (ISIL") unless the word before is one that numbers
 * follow ("resolution 5 of", "paragraph 7 and"); asterisks after a word in
 * the title block ("Secretary-General**") matching a cover note.
 *
 * Sentences (sentence.c; in the title block and contents pages each line
 * is also a sentence) may run from one span of a paragraph to the next
 * over the footnotes printed between them (the seed's layout), but never
 * over page furniture: in pdftotext output a sentence cut by a page break
 * ends at the break, so that no sentence's byte range holds a running
 * header, job number or page label.  They are listed block after block, so that a block's
 * sentences are [sent_begin, sent_end), and by start within a block.  The
 * list is thus sorted by start except after a paragraph cut by a page
 * break, whose later sentences start after the footnotes printed between
 * its halves (those footnotes' sentences follow the paragraph's).
 *
 * Speed: one scan for line ends (memchr), then a constant amount of work
 * per line (its first and last bytes, a bounded look-ahead of 4 lines for
 * sub-headings), one pass over block bytes for sentences and one for
 * markers, each testing 32 bytes at a time with SSE2 (a byte table on
 * other machines) and stopping only at the bytes its rules look at; no
 * regex, no allocation per line beyond the document's vectors.  About 8
 * instructions per input byte in all.
 */
#include "config.h"

#include "segment.h"
#include "segment_int.h"

#include <stdlib.h>
#include <string.h>

#define K_UNNUM 100u /* unnumbered paragraph, resolved at the end */
#define NONE32 RP_NONE

typedef struct lspan {
    uint64_t s, e;
    uint32_t next;
} lspan;

typedef struct lblock {
    uint32_t kind;
    uint32_t section;
    uint32_t page;
    uint32_t first, last; /* linked spans */
    uint32_t n_spans;
    uint32_t n_lines;
    uint32_t fn_num;      /* numeric footnote label, or 0 */
    int subhead;          /* an unnumbered sub-heading: its lines join */
    int by_line;          /* each line is a sentence (title, contents) */
    const char *label;
    uint64_t line_s, line_e; /* the last line joined */
} lblock;

typedef struct seg {
    rp_docbuf *d;
    const unsigned char *t;
    uint64_t len;
    RP_VEC(rp_seg_line) lines;
    RP_VEC(lblock) blocks;
    RP_VEC(lspan) spans;
    RP_VEC(uint32_t) sec_stack;
    uint32_t n_pages;
    int has_ff;
    int has_separator;    /* some line is a "____" footnote separator */

    /* state of the block assembly */
    uint32_t cur;         /* open block lines join, or NONE */
    uint32_t wrap;        /* the width the text's lines are wrapped at: the
                             90th percentile of their lengths in bytes */
    uint32_t last_body;   /* last block that is not a footnote, or NONE */
    int broke;            /* page break or footnote since last_body's last line */
    int front;            /* before the first heading / numbered paragraph */
    int summary_seen;
    uint32_t title_block; /* NONE until the title block exists */
    int in_zone;          /* after the "____" separator on this page */
    int contents;         /* in a contents page */
    uint32_t contents_last_leader; /* last line with leader dots on this page */
    uint32_t contents_block; /* the text block of this contents page, or NONE */
    uint32_t cur_page;
    uint32_t section;     /* innermost open section */
    uint32_t last_roman;
    char last_letter;
    int annex_since_roman;
    uint32_t last_para;   /* last numbered paragraph's number */
    int heading_since_para;
    int prev_terminal;    /* the last body line ended a sentence */
    uint32_t n_numbered;
    uint32_t max_fn;      /* highest numeric footnote label */
    /* a paragraph number alone on its line, waiting for its text */
    uint32_t pend_para;   /* 0 = none */
    uint64_t pend_para_s, pend_para_e;
    uint32_t pend_para_page;
    /* a heading number alone on its line, waiting for its title */
    int pend_head;
    uint32_t pend_head_level;
    int pend_head_type;
    uint32_t pend_head_val;
    char pend_head_label[16];
    uint64_t pend_head_s, pend_head_e;
    uint32_t pend_head_page;
    /* footnote numbers standing alone in the zone, waiting for text */
    uint32_t fnq[16];
    unsigned fnq_n;
    uint32_t zone_first;  /* first footnote block of this page's zone */
} seg;

/* ---------------------------------------------------------------- bytes */

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_hspace(unsigned char c) { return c == ' ' || c == '\t' || c == '\v'; }

int rp_seg_sup_digit(const unsigned char *s, uint64_t avail, int *len)
{
    if (avail >= 2 && s[0] == 0xC2) {
        *len = 2;
        if (s[1] == 0xB9)
            return 1;
        if (s[1] == 0xB2)
            return 2;
        if (s[1] == 0xB3)
            return 3;
        return -1;
    }
    if (avail >= 3 && s[0] == 0xE2 && s[1] == 0x81) {
        *len = 3;
        if (s[2] == 0xB0)
            return 0;
        if (s[2] >= 0xB4 && s[2] <= 0xB9)
            return s[2] - 0xB0;
    }
    return -1;
}

/* ----------------------------------------------------------- line scan */

/* Does s[0..n) hold "_____" (five underscores)?  memchr for '_', rare in
 * text, and a look at the next four bytes: memmem's general search cost
 * three times as much. */
static int has_underscores(const unsigned char *s, size_t n)
{
    const unsigned char *end = s + n;
    while (end - s >= 5) {
        const unsigned char *u = memchr(s, '_', (size_t)(end - s) - 4);
        if (!u)
            return 0;
        size_t k = 1;
        while (k < 5 && u[k] == '_')
            k++;
        if (k == 5)
            return 1;
        s = u + k; /* u[k] is no underscore: no run of five starts before it */
    }
    return 0;
}

static void scan_lines(seg *g)
{
    const unsigned char *t = g->t;
    uint64_t i = g->d->body_start, n = g->len;
    uint32_t page = 1;
    size_t n_ff = 0;
    uint64_t last_ff_end = 0;
    /* memchr finds line ends fast; CR and FF are looked for only in texts
     * that have them */
    /* the next CR / FF at or after i (n: none), found again once passed */
    const unsigned char *p0 = i < n ? memchr(t + i, '\r', (size_t)(n - i)) : NULL;
    uint64_t next_cr = p0 ? (uint64_t)(p0 - t) : n;
    p0 = i < n ? memchr(t + i, '\f', (size_t)(n - i)) : NULL;
    uint64_t next_ff = p0 ? (uint64_t)(p0 - t) : n;
    while (i < n) {
        uint64_t s = i;
        if (next_cr < i) {
            const unsigned char *p = memchr(t + i, '\r', (size_t)(n - i));
            next_cr = p ? (uint64_t)(p - t) : n;
        }
        if (next_ff < i) {
            const unsigned char *p = memchr(t + i, '\f', (size_t)(n - i));
            next_ff = p ? (uint64_t)(p - t) : n;
        }
        const unsigned char *nl = memchr(t + i, '\n', (size_t)(n - i));
        uint64_t e = nl ? (uint64_t)(nl - t) : n;
        if (next_cr < e)
            e = next_cr;
        if (next_ff < e)
            e = next_ff;
        i = e;
        while (s < e && is_hspace(t[s]))
            s++;
        while (e > s && is_hspace(t[e - 1]))
            e--;
        rp_seg_line *L = &RP_VEC_PUSH(g->lines);
        L->start = s;
        L->end = e;
        L->page = page;
        L->furniture = 0;
        if (i < n) {
            if (t[i] == '\f') {
                page++;
                n_ff++;
                i++;
                last_ff_end = i;
            } else if (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n') {
                i += 2;
            } else {
                i++;
            }
        }
    }
    g->has_ff = n_ff > 0;
    g->has_separator = n > g->d->body_start &&
                       has_underscores(t + g->d->body_start, (size_t)(n - g->d->body_start));
    g->n_pages = (uint32_t)n_ff + 1;
    if (n_ff > 0) {
        /* ends in a form feed (then only white space): as many pages as form feeds */
        uint64_t k = last_ff_end;
        while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r'))
            k++;
        if (k == n)
            g->n_pages = (uint32_t)n_ff;
    }
}

/* ------------------------------------------------------------- blocks */

static uint32_t new_block(seg *g, uint32_t kind, const char *label, uint32_t page, uint64_t s,
                          uint64_t e)
{
    lspan *sp = &RP_VEC_PUSH(g->spans);
    sp->s = s;
    sp->e = e;
    sp->next = NONE32;
    lblock *b = &RP_VEC_PUSH(g->blocks);
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->label = label;
    b->page = page;
    b->section = g->section;
    b->first = b->last = (uint32_t)(g->spans.n - 1);
    b->n_spans = 1;
    b->n_lines = 1;
    b->line_s = s;
    b->line_e = e;
    uint32_t id = (uint32_t)(g->blocks.n - 1);
    if (kind != RP_BLOCK_FOOTNOTE) {
        g->last_body = id;
        g->broke = 0;
    } else {
        g->broke = 1;
    }
    return id;
}

static void add_span(seg *g, uint32_t b, uint64_t s, uint64_t e)
{
    lspan *sp = &RP_VEC_PUSH(g->spans);
    sp->s = s;
    sp->e = e;
    sp->next = NONE32;
    lblock *B = &g->blocks.v[b];
    g->spans.v[B->last].next = (uint32_t)(g->spans.n - 1);
    B->last = (uint32_t)(g->spans.n - 1);
    B->n_spans++;
    B->n_lines++;
    B->line_s = s;
    B->line_e = e;
    if (B->kind != RP_BLOCK_FOOTNOTE) {
        g->last_body = b;
        g->broke = 0;
    }
}

static void join_line(seg *g, uint32_t b, const rp_seg_line *L)
{
    lblock *B = &g->blocks.v[b];
    g->spans.v[B->last].e = L->end;
    B->n_lines++;
    B->line_s = L->start;
    B->line_e = L->end;
    if (B->kind != RP_BLOCK_FOOTNOTE) {
        g->last_body = b;
        g->broke = 0;
    }
}

static const char *dup(seg *g, const void *s, size_t n)
{
    return rp_arena_strndup(&g->d->strings, (const char *)s, n);
}

static const char *dup_num(seg *g, uint32_t v)
{
    char buf[12];
    size_t i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return dup(g, buf + i, sizeof buf - i);
}

/* ----------------------------------------------------- line predicates */

/* ends with a sentence-final mark (after closing quotes and brackets) */
static int ends_terminal(const unsigned char *s, size_t n)
{
    while (n > 0) {
        unsigned char c = s[n - 1];
        if (c == ')' || c == '"' || c == '\'' || c == '*' || c == ']') {
            n--;
        } else if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 &&
                   (c == 0x9D || c == 0x99)) {
            n -= 3;
        } else {
            break;
        }
    }
    if (n == 0)
        return 0;
    unsigned char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return 1;
    /* 。！？ */
    return n >= 3 && ((s[n - 3] == 0xE3 && s[n - 2] == 0x80 && c == 0x82) ||
                      (s[n - 3] == 0xEF && s[n - 2] == 0xBC && (c == 0x81 || c == 0x9F)));
}

/* ends with ".", "!" or "?" (after closing quotes and brackets) */
static int ends_sentence(const unsigned char *s, size_t n)
{
    return ends_terminal(s, n) && s[n - 1] != ':' && s[n - 1] != ';';
}

/* A text wrapped narrower than this (a General Debate record: about 55
 * bytes; pdftotext reports are 80 to 90, tables and one-paragraph-per-line
 * texts far more) is read with the rules for narrow text. */
#define RP_SEG_NARROW 66

/* Whether a line of n bytes is short: 60 bytes or less, and in a narrow
 * text under three quarters of its wrap width, so that in a text wrapped
 * at 55 bytes a line of 48 is a full line, not a heading. */
static int short_line(const seg *g, size_t n)
{
    return n <= 60 && (g->wrap >= RP_SEG_NARROW || n * 4 < (size_t)g->wrap * 3);
}

/* Whether s[0..n) is a number of one to three digits and nothing else (a
 * page or note number alone on its line); its value in *v unless v is
 * NULL. */
static int number_line(const unsigned char *s, size_t n, uint32_t *v)
{
    if (n == 0 || n > 3)
        return 0;
    uint32_t x = 0;
    for (size_t k = 0; k < n; k++) {
        if (!is_digit(s[k]))
            return 0;
        x = x * 10 + (uint32_t)(s[k] - '0');
    }
    if (v)
        *v = x;
    return 1;
}

/* In a text without form feeds (a speech record), a page number alone on
 * its line inside a sentence ("... under the auspices of the
 * Secretary-General, it" / "21" / "" / "invites the parties") is page
 * furniture: the line before does not end a sentence and the next content
 * line goes on in lower case.  The paragraph then goes on after it. */
static void mark_page_numbers(seg *g)
{
    for (size_t i = 1; i + 1 < g->lines.n; i++) {
        rp_seg_line *L = &g->lines.v[i];
        if (!number_line(g->t + L->start, (size_t)(L->end - L->start), NULL))
            continue;
        const rp_seg_line *P = &g->lines.v[i - 1];
        size_t pn = (size_t)(P->end - P->start);
        if (pn == 0 || ends_terminal(g->t + P->start, pn))
            continue;
        size_t j = i + 1;
        while (j < g->lines.n && g->lines.v[j].end == g->lines.v[j].start)
            j++;
        if (j < g->lines.n && is_lower(g->t[g->lines.v[j].start]))
            L->furniture = RP_SEG_FURN_LABEL;
    }
}

/* Whether s (n bytes) has a sentence end inside it: a word of four lower-case
 * letters or more, a full stop, a space and a capital ("... the General
 * Assembly. I am confident that"), which a title line does not have. */
static int inner_sentence_end(const unsigned char *s, size_t n)
{
    for (size_t k = 4; k + 2 < n; k++)
        if (s[k] == '.' && s[k + 1] == ' ' && is_upper(s[k + 2]) && is_lower(s[k - 1]) && is_lower(s[k - 2])
            && is_lower(s[k - 3]) && is_lower(s[k - 4]))
            return 1;
    return 0;
}

/* The 90th percentile of the lengths of the text's content lines (capped
 * at 255 bytes): the width it is wrapped at. */
static uint32_t wrap_width(const seg *g)
{
    uint32_t hist[256] = {0}, n = 0;
    for (size_t i = 0; i < g->lines.n; i++) {
        const rp_seg_line *L = &g->lines.v[i];
        uint64_t w = L->end - L->start;
        if (w == 0 || L->furniture)
            continue;
        hist[w > 255 ? 255 : w]++;
        n++;
    }
    uint32_t seen = 0, want = n - n / 10;
    for (uint32_t w = 0; w < 256; w++)
        if ((seen += hist[w]) >= want && n > 0)
            return w;
    return 255;
}

static int is_separator(const unsigned char *s, size_t n)
{
    if (n < 5)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] != '_')
            return 0;
    return 1;
}

/* leader dots of a contents page: ". . ." or "....." */
static int has_leaders(const unsigned char *s, size_t n)
{
    for (size_t k = 0; k + 4 < n; k++)
        if (s[k] == '.' && ((s[k + 1] == ' ' && s[k + 2] == '.' && s[k + 3] == ' ' && s[k + 4] == '.') ||
                            (s[k + 1] == '.' && s[k + 2] == '.' && s[k + 3] == '.' && s[k + 4] == '.')))
            return 1;
    return 0;
}

static int word_is(const unsigned char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n == k && memcmp(s, w, k) == 0;
}

/* Digits then "." (optionally wrapped in markdown "**"), then the end of the
 * line or white space: a paragraph number.  Returns its value (0 if none)
 * and the offset of the text after it (n if none). */
static uint32_t parse_para_num(const unsigned char *s, size_t n, size_t *text)
{
    size_t k = 0;
    if (n >= 2 && s[0] == '*' && s[1] == '*')
        k = 2;
    if (k >= n || !is_digit(s[k]) || s[k] == '0')
        return 0;
    uint32_t v = 0;
    size_t d0 = k;
    while (k < n && is_digit(s[k]) && k - d0 < 6)
        v = v * 10 + (uint32_t)(s[k++] - '0');
    if (k >= n || s[k] != '.')
        return 0;
    k++;
    if (d0 == 2) {
        if (k + 1 < n && s[k] == '*' && s[k + 1] == '*')
            k += 2;
        else
            return 0;
    }
    if (k < n && !is_hspace(s[k]))
        return 0;
    while (k < n && is_hspace(s[k]))
        k++;
    *text = k;
    return v;
}

/* value of a roman number s[0..n) (1..39), or 0 */
static uint32_t roman(const unsigned char *s, size_t n)
{
    static const char *const r[] = {"",      "I",     "II",     "III",   "IV",    "V",
                                    "VI",    "VII",   "VIII",   "IX",    "X",     "XI",
                                    "XII",   "XIII",  "XIV",    "XV",    "XVI",   "XVII",
                                    "XVIII", "XIX",   "XX",     "XXI",   "XXII",  "XXIII",
                                    "XXIV",  "XXV",   "XXVI",   "XXVII", "XXVIII", "XXIX",
                                    "XXX",   "XXXI",  "XXXII",  "XXXIII", "XXXIV", "XXXV",
                                    "XXXVI", "XXXVII", "XXXVIII", "XXXIX"};
    if (n == 0 || n > 7)
        return 0;
    for (uint32_t v = 1; v < 40; v++)
        if (word_is(s, n, r[v]))
            return v;
    return 0;
}

enum { H_NONE = 0, H_ROMAN, H_LETTER, H_CHAPTER, H_ANNEX, H_MARKDOWN, H_NUM };

typedef struct heading {
    int type;
    uint32_t level;
    uint32_t value;   /* roman value or letter */
    size_t label_s, label_e; /* the printed label in the line */
    size_t title;     /* offset of the title in the line (n if none) */
} heading;

/* Recognises a heading line; checks the numbering sequence. */
static int parse_heading(const seg *g, const unsigned char *s, size_t n, heading *h)
{
    memset(h, 0, sizeof *h);
    size_t k = 0;
    uint32_t md = 0;
    while (k < n && s[k] == '#' && md < 6) {
        k++;
        md++;
    }
    if (md) {
        if (k >= n || !is_hspace(s[k]))
            return H_NONE;
        while (k < n && is_hspace(s[k]))
            k++;
        if (k >= n)
            return H_NONE;
    }
    size_t b = k;
    if (n - k >= 2 && s[k] == '*' && s[k + 1] == '*')
        k += 2; /* "**I. Title**" */
    size_t w = k;
    while (w < n && (is_upper(s[w]) || is_lower(s[w])))
        w++;
    /* Chapter I / Annex [I] */
    if (word_is(s + k, w - k, "Chapter") && w < n && s[w] == ' ') {
        size_t r = w + 1, re = r;
        while (re < n && is_upper(s[re]))
            re++;
        uint32_t v = roman(s + r, re - r);
        if (v && (re == n || s[re] == ' ' || s[re] == '.')) {
            h->type = H_CHAPTER;
            h->level = 1;
            h->value = v;
            h->label_s = r;
            h->label_e = re;
            size_t ti = re;
            while (ti < n && (s[ti] == '.' || is_hspace(s[ti])))
                ti++;
            h->title = ti;
            return h->type;
        }
    }
    if ((word_is(s + k, w - k, "Annex") || word_is(s + k, w - k, "ANNEX")) && n - k <= 12) {
        size_t r = w;
        while (r < n && is_hspace(s[r]))
            r++;
        size_t re = r;
        while (re < n && (is_upper(s[re]) || is_digit(s[re])))
            re++;
        if (re == n) {
            h->type = H_ANNEX;
            h->level = 1;
            h->label_s = k;
            h->label_e = n;
            h->title = k; /* the line itself is the title */
            return h->type;
        }
    }
    /* I. / A. */
    size_t le = k;
    while (le < n && is_upper(s[le]) && le - k < 8)
        le++;
    if (le > k && le < n && s[le] == '.' && (le + 1 == n || is_hspace(s[le + 1]) || s[le + 1] == '*')) {
        size_t ti = le + 1;
        if (ti < n && s[ti] == '*') {
            if (ti + 1 < n && s[ti + 1] == '*')
                ti += 2;
            else
                return H_NONE;
        }
        while (ti < n && is_hspace(s[ti]))
            ti++;
        if (ti < n && is_lower(s[ti]))
            return H_NONE;
        if (ti < n && n - b > 160)
            return H_NONE; /* too long for a heading */
        uint32_t v = roman(s + k, le - k);
        int roman_ok = v && (v == g->last_roman + 1 || v == g->last_roman + 2 ||
                             (v == 1 && (g->last_roman == 0 || g->annex_since_roman)));
        int letter_ok = le - k == 1 && (s[k] == g->last_letter + 1 || s[k] == 'A') &&
                        g->last_roman > 0;
        if (le - k == 1 && s[k] == 'A' && g->last_roman == 0 && !v)
            letter_ok = 1; /* a text with letter sections only */
        if (letter_ok && roman_ok) {
            /* "I." after "H.", "V." after "U.": prefer what continues */
            if (s[k] == g->last_letter + 1 && v != g->last_roman + 1)
                roman_ok = 0;
            else
                letter_ok = 0;
        }
        if (roman_ok) {
            h->type = H_ROMAN;
            h->level = 1;
            h->value = v;
        } else if (letter_ok) {
            h->type = H_LETTER;
            h->level = 2;
            h->value = s[k];
        } else {
            return H_NONE;
        }
        h->label_s = k;
        h->label_e = le;
        h->title = ti;
        return h->type;
    }
    if (md) {
        h->type = H_MARKDOWN;
        h->level = md;
        h->label_s = h->label_e = 0;
        h->title = b;
        return h->type;
    }
    return H_NONE;
}

/* the heading's last word is a function word: the title goes on */
static int heading_goes_on(const unsigned char *s, size_t n)
{
    static const char *const fw[] = {"and", "of", "the", "for", "in", "on", "to", "with", "a",
                                     "an", "by", "from", "at", "its", "their", "or", "towards",
                                     "between", "into", "under", "through", NULL};
    if (n == 0)
        return 0;
    unsigned char c = s[n - 1];
    if (c == ',' || c == '-')
        return 1;
    if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 && (c == 0x93 || c == 0x94))
        return 1; /* – — */
    size_t k = n;
    while (k > 0 && is_lower(s[k - 1]))
        k--;
    if (k > 0 && !is_hspace(s[k - 1]))
        return 0;
    for (size_t i = 0; fw[i]; i++)
        if (word_is(s + k, n - k, fw[i]))
            return 1;
    return 0;
}

/* --------------------------------------------------------- sections */

static void open_section(seg *g, uint32_t level, const char *label, uint32_t block)
{
    rp_docbuf *d = g->d;
    while (g->sec_stack.n > 0 && d->sections.v[g->sec_stack.v[g->sec_stack.n - 1]].level >= level)
        g->sec_stack.n--;
    uint32_t parent = g->sec_stack.n ? g->sec_stack.v[g->sec_stack.n - 1] : NONE32;
    rp_section *x = &RP_VEC_PUSH(d->sections);
    x->label = label;
    x->title = NULL; /* filled at the end, from the heading's spans */
    x->level = level;
    x->parent = parent;
    x->heading = block;
    const char *pp = parent != NONE32 ? d->sections.v[parent].path : NULL;
    const char *me = label ? label : "";
    if (pp && *pp && *me) {
        size_t a = strlen(pp), b = strlen(me);
        char *p = rp_arena_alloc(&d->strings, a + b + 2);
        memcpy(p, pp, a);
        p[a] = '.';
        memcpy(p + a + 1, me, b + 1);
        x->path = p;
    } else {
        x->path = *me ? me : (pp ? pp : "");
    }
    uint32_t id = (uint32_t)(d->sections.n - 1);
    RP_VEC_PUSH(g->sec_stack) = id;
    g->section = id;
    g->blocks.v[block].section = id;
}

static void make_heading(seg *g, const heading *h, const char *label, uint32_t page, uint64_t s,
                         uint64_t e)
{
    uint32_t b = new_block(g, RP_BLOCK_HEADING, label, page, s, e);
    open_section(g, h->level, label, b);
    if (h->type == H_ROMAN || h->type == H_CHAPTER) {
        g->last_roman = h->value;
        g->last_letter = 0;
        g->annex_since_roman = 0;
    } else if (h->type == H_LETTER) {
        g->last_letter = (char)h->value;
    } else if (h->type == H_ANNEX) {
        g->annex_since_roman = 1;
        g->last_letter = 0;
    }
    g->front = 0;
    g->heading_since_para = 1;
    g->cur = b;
    g->prev_terminal = 1;
}

/* ------------------------------------------------------- footnotes */

static void flush_pend_head_as_text(seg *g);
static void flush_pend_para(seg *g);

static void footnote(seg *g, const char *label, uint32_t num, uint32_t page, uint64_t s, uint64_t e)
{
    /* blocks stay in document order: a number still waiting for its text
     * becomes its block now (the text, after the notes, continues it) */
    flush_pend_head_as_text(g);
    flush_pend_para(g);
    uint32_t b = new_block(g, RP_BLOCK_FOOTNOTE, label, page, s, e);
    g->blocks.v[b].fn_num = num;
    if (num > g->max_fn)
        g->max_fn = num;
    g->cur = b;
}

static void flush_pend_head_as_text(seg *g)
{
    if (!g->pend_head)
        return;
    g->pend_head = 0;
    g->cur = new_block(g, RP_BLOCK_TEXT, NULL, g->pend_head_page, g->pend_head_s, g->pend_head_e);
    g->blocks.v[g->cur].by_line = 1;
}

static void flush_pend_para(seg *g)
{
    if (!g->pend_para)
        return;
    /* a number alone followed by no text: the block holds the number */
    new_block(g, RP_BLOCK_PARAGRAPH, dup_num(g, g->pend_para), g->pend_para_page, g->pend_para_s,
              g->pend_para_e);
    g->pend_para = 0;
    g->cur = NONE32;
}

/* A line in the footnote zone of a page. */
static void zone_line(seg *g, const rp_seg_line *L)
{
    const unsigned char *s = g->t + L->start;
    size_t n = (size_t)(L->end - L->start);
    size_t k = 0;
    uint32_t v = 0;
    while (k < n && is_digit(s[k]) && k < 4)
        v = v * 10 + (uint32_t)(s[k++] - '0');
    if (k > 0 && k < 4 && k == n && v > 0) {
        /* a note number on its own line */
        if (g->fnq_n < sizeof g->fnq / sizeof g->fnq[0])
            g->fnq[g->fnq_n++] = v;
        g->cur = NONE32;
        return;
    }
    /* "8 Text" starts note 8, unless the note above stopped mid-sentence
     * ("... recommendations,|24 December 2024.") */
    int open_note = g->cur != NONE32 && g->blocks.v[g->cur].kind == RP_BLOCK_FOOTNOTE &&
                    !ends_terminal(g->t + g->blocks.v[g->cur].line_s,
                                   (size_t)(g->blocks.v[g->cur].line_e - g->blocks.v[g->cur].line_s));
    if (k > 0 && k < 4 && k < n && is_hspace(s[k]) && v > 0 && !open_note &&
        ((g->max_fn == 0 && v <= 30) || (v + 3 >= g->max_fn && v <= g->max_fn + 8))) {
        while (k < n && is_hspace(s[k]))
            k++;
        footnote(g, dup_num(g, v), v, L->page, L->start + k, L->end);
        return;
    }
    if (k == 0 && n >= 2 && s[0] == '*') {
        size_t a = 0;
        while (a < n && s[a] == '*' && a < 4)
            a++;
        if (a < n && is_hspace(s[a])) {
            size_t ti = a;
            while (ti < n && is_hspace(s[ti]))
                ti++;
            footnote(g, dup(g, s, a), 0, L->page, L->start + ti, L->end);
            return;
        }
    }
    if (g->cur != NONE32 && g->blocks.v[g->cur].kind == RP_BLOCK_FOOTNOTE) {
        join_line(g, g->cur, L);
        return;
    }
    if (g->fnq_n > 0) {
        uint32_t num = g->fnq[0];
        memmove(g->fnq, g->fnq + 1, (g->fnq_n - 1) * sizeof g->fnq[0]);
        g->fnq_n--;
        footnote(g, dup_num(g, num), num, L->page, L->start, L->end);
        return;
    }
    footnote(g, NULL, 0, L->page, L->start, L->end);
}

/* At the end of a page's footnote zone: note numbers printed after the
 * texts they belong to (pdftotext puts some there) go, in order, to the
 * notes of the zone that got no number. */
/* Splits the zone note b (one span) after its first line that ends a
 * sentence and is followed by a line starting with a capital: the second
 * part becomes note v.  Returns 1 if it did. */
static int split_note(seg *g, size_t b, uint32_t v)
{
    lblock *B = &g->blocks.v[b];
    if (B->first != B->last)
        return 0;
    const unsigned char *t = g->t;
    uint64_t s = g->spans.v[B->first].s, e = g->spans.v[B->first].e;
    for (uint64_t i = s; i < e; i++) {
        if (t[i] != '\n' && t[i] != '\r')
            continue;
        uint64_t pe = i, ls = i;
        while (pe > s && (t[pe - 1] == ' ' || t[pe - 1] == '\t' || t[pe - 1] == '\r'))
            pe--;
        uint64_t k = pe;
        while (k > s && t[k - 1] != '\n')
            k--;
        ls = k;
        uint64_t ns = i;
        while (ns < e && (t[ns] == '\n' || t[ns] == '\r' || t[ns] == ' ' || t[ns] == '\t'))
            ns++;
        if (ns >= e || pe <= ls || !is_upper(t[ns]) || !ends_sentence(t + ls, (size_t)(pe - ls)))
            continue;
        g->spans.v[B->first].e = pe;
        lspan *sp = &RP_VEC_PUSH(g->spans);
        sp->s = ns;
        sp->e = e;
        sp->next = NONE32;
        (void)RP_VEC_PUSH(g->blocks);
        B = &g->blocks.v[b];
        memmove(B + 2, B + 1, (g->blocks.n - b - 2) * sizeof *B);
        lblock *N = B + 1;
        *N = *B;
        N->first = N->last = (uint32_t)(g->spans.n - 1);
        N->n_spans = 1;
        N->fn_num = v;
        N->label = dup_num(g, v);
        N->line_s = ns;
        N->line_e = e;
        if (v > g->max_fn)
            g->max_fn = v;
        return 1;
    }
    return 0;
}

static void relabel_zone(seg *g)
{
    if (g->in_zone && g->fnq_n > 0) {
        unsigned q = 0;
        for (size_t b = g->zone_first; b < g->blocks.n && q < g->fnq_n; b++) {
            lblock *B = &g->blocks.v[b];
            if (B->kind == RP_BLOCK_FOOTNOTE && !B->label) {
                B->fn_num = g->fnq[q++];
                B->label = dup_num(g, B->fn_num);
                if (B->fn_num > g->max_fn)
                    g->max_fn = B->fn_num;
            }
        }
        /* numbers left over: two notes ran together ("1||Submission by
         * ...|See also ...|3|Karen ...|2"); note v-1 holds note v too */
        for (; q < g->fnq_n; q++) {
            uint32_t v = g->fnq[q];
            for (size_t b = g->zone_first; b < g->blocks.n; b++)
                if (g->blocks.v[b].kind == RP_BLOCK_FOOTNOTE && g->blocks.v[b].fn_num + 1 == v &&
                    v > 1) {
                    split_note(g, b, v);
                    break;
                }
        }
    }
    g->fnq_n = 0;
}

/* ------------------------------------------------------ assembly */

static void contents_page_scan(seg *g, size_t from)
{
    /* last line with leader dots on the page of line `from` */
    g->contents_last_leader = NONE32;
    uint32_t page = g->lines.v[from].page;
    for (size_t i = from; i < g->lines.n && g->lines.v[i].page == page; i++) {
        const rp_seg_line *L = &g->lines.v[i];
        if (has_leaders(g->t + L->start, (size_t)(L->end - L->start)))
            g->contents_last_leader = (uint32_t)i;
    }
}

static int starts_caption(const unsigned char *s, size_t n)
{
    static const char *const w[] = {"Figure", "Table", "Box", "Map", "Chart", "Source:",
                                    "Sources:", "Note:", "Notes:", NULL};
    for (size_t i = 0; w[i]; i++) {
        size_t k = strlen(w[i]);
        if (n >= k && memcmp(s, w[i], k) == 0 && (n == k || s[k] == ' ' || s[k] == ':'))
            return 1;
    }
    return 0;
}

/* The next content line after li (not blank, not furniture), or NONE; a
 * footnote separator or a heading in between stops the search. */
static size_t next_content(const seg *g, size_t li)
{
    for (size_t i = li + 1; i < g->lines.n; i++) {
        const rp_seg_line *L = &g->lines.v[i];
        if (L->furniture || L->end == L->start)
            continue;
        if (is_separator(g->t + L->start, (size_t)(L->end - L->start)))
            return NONE32;
        return i;
    }
    return NONE32;
}

static int heading_like(const unsigned char *s, size_t n)
{
    return n > 0 && n <= 100 && !ends_terminal(s, n) && !is_lower(s[0]);
}

/* Does s[0..n) open with an infinitive ("To add a provision ...")?  An
 * item of a list of recommendations, never a heading's title (none of the
 * shared corpora's 1,022 headings opens so). */
static int opens_infinitive(const unsigned char *s, size_t n)
{
    if (n < 4 || s[0] != 'T' || s[1] != 'o' || !is_hspace(s[2]))
        return 0;
    size_t i = 2;
    while (i < n && is_hspace(s[i]))
        i++;
    return i < n && is_lower(s[i]);
}

/* Are lines li.. (li included, up to 3 of them) short lines with no final
 * punctuation, followed by the next numbered paragraph?  Those are an
 * unnumbered sub-heading ("Repatriation efforts", "(a)|Financing
 * mechanisms") standing before paragraph `exp`.  Returns the number of
 * heading lines, or 0. */
static int subheading_run(const seg *g, size_t li, uint32_t exp)
{
    size_t i = li;
    for (int k = 1; k <= 3; k++) {
        const rp_seg_line *L = &g->lines.v[i];
        const unsigned char *s = g->t + L->start;
        size_t n = (size_t)(L->end - L->start);
        if (k == 1 ? !heading_like(s, n) : (n > 100 || ends_terminal(s, n)))
            return 0;
        size_t j = next_content(g, i);
        if (j == NONE32)
            return 0;
        size_t tx;
        const rp_seg_line *M = &g->lines.v[j];
        uint32_t v = parse_para_num(g->t + M->start, (size_t)(M->end - M->start), &tx);
        if (v == exp)
            return k;
        if (v)
            return 0;
        i = j;
    }
    return 0;
}

static int short_heading_line(const seg *g, const rp_seg_line *P)
{
    size_t pn = (size_t)(P->end - P->start);
    return pn > 0 && short_line(g, pn) && !ends_terminal(g->t + P->start, pn);
}

/* Line li is prose: the front matter ends.  Prose lines of the title
 * block's last group (and a short heading line just before them, such as
 * "Article 1") leave the title for blocks of their own.  Returns 1 if the
 * line was placed, 0 if the caller goes on with it. */
static int end_front(seg *g, size_t li)
{
    g->front = 0;
    const rp_seg_line *L = &g->lines.v[li];
    if (g->title_block == NONE32 || g->cur != g->title_block)
        return 0;
    lblock *T = &g->blocks.v[g->title_block];
    lspan *sp = &g->spans.v[T->last];
    size_t k = li;
    /* a short line whose sentence goes on in lower case on the next line
     * is no heading ("Let me begin by" / "congratulating the President"),
     * nor, in a narrow text (a speech), one ending in a word that needs
     * more ("On behalf of" / "Ukraine, I congratulate") */
    while (k > 0) {
        const rp_seg_line *P = &g->lines.v[k - 1];
        if (P->furniture || P->end == P->start || P->start < sp->s
            || (short_heading_line(g, P) && !is_lower(g->t[g->lines.v[k].start])
                && !(g->wrap < RP_SEG_NARROW
                     && heading_goes_on(g->t + P->start, (size_t)(P->end - P->start)))))
            break;
        k--;
    }
    size_t h = NONE32;
    if (k > 0) {
        const rp_seg_line *P = &g->lines.v[k - 1];
        if (!P->furniture && P->end > P->start && P->start >= sp->s && short_heading_line(g, P))
            h = k - 1;
    }
    if (h != NONE32 && g->lines.v[h].start == sp->s && T->n_spans == 1)
        h = NONE32; /* the title itself */
    size_t first = h != NONE32 ? h : k;
    if (first == li) {
        g->cur = NONE32; /* the title stops here: the prose line starts a block of its own */
        return 0;
    }
    if (g->lines.v[first].start == sp->s) {
        if (T->n_spans == 1) {
            /* the "title" was the start of the text's first paragraph */
            T->kind = K_UNNUM;
            T->by_line = 0;
            g->title_block = NONE32;
            join_line(g, g->cur, L);
            return 1;
        }
        uint32_t prev = T->first;
        while (g->spans.v[prev].next != T->last)
            prev = g->spans.v[prev].next;
        g->spans.v[prev].next = NONE32;
        T->last = prev;
        T->n_spans--;
    } else {
        size_t j = first;
        while (j > 0 && (g->lines.v[j - 1].furniture || g->lines.v[j - 1].end == g->lines.v[j - 1].start))
            j--;
        sp->e = g->lines.v[j - 1].end;
    }
    if (h != NONE32)
        new_block(g, K_UNNUM, NULL, g->lines.v[h].page, g->lines.v[h].start, g->lines.v[h].end);
    g->cur = new_block(g, K_UNNUM, NULL, g->lines.v[k].page, g->lines.v[k].start, L->end);
    g->blocks.v[g->cur].line_s = L->start;
    return 1;
}

/* Does paragraph v+1 start within the next 200 lines?  (A text whose
 * numbering does not start at 1: an addendum, an excerpt.) */
static int numbered_next(const seg *g, size_t li, uint32_t v)
{
    for (size_t i = li + 1; i < g->lines.n && i <= li + 200; i++) {
        const rp_seg_line *L = &g->lines.v[i];
        size_t tx;
        if (L->end > L->start &&
            parse_para_num(g->t + L->start, (size_t)(L->end - L->start), &tx) == v + 1)
            return 1;
    }
    return 0;
}

static void body_line(seg *g, size_t li)
{
    const rp_seg_line *L = &g->lines.v[li];
    const unsigned char *s = g->t + L->start;
    size_t n = (size_t)(L->end - L->start);

    /* markdown footnote: "[^12]: See ..." */
    if (n >= 5 && s[0] == '[' && s[1] == '^' && is_digit(s[2])) {
        size_t k = 2;
        uint32_t v = 0;
        while (k < n && is_digit(s[k]) && k < 7)
            v = v * 10 + (uint32_t)(s[k++] - '0');
        if (k + 1 < n && s[k] == ']' && s[k + 1] == ':') {
            flush_pend_head_as_text(g);
            flush_pend_para(g);
            const char *lab = dup(g, s + 2, k - 2);
            k += 2;
            while (k < n && is_hspace(s[k]))
                k++;
            if (k == n)
                k = 0; /* a note with no text: its block is the line */
            footnote(g, lab, v, L->page, L->start + k, L->end);
            return;
        }
    }
    /* superscript footnote line: "³⁵ See ..." */
    {
        int sl, dv;
        size_t k = 0;
        uint32_t v = 0;
        char lab[16];
        size_t ln = 0;
        while (k < n && (dv = rp_seg_sup_digit(s + k, n - k, &sl)) >= 0 && ln < 8) {
            v = v * 10 + (uint32_t)dv;
            lab[ln++] = (char)('0' + dv);
            k += (size_t)sl;
        }
        if (ln > 0 && k < n && is_hspace(s[k])) {
            flush_pend_head_as_text(g);
            flush_pend_para(g);
            while (k < n && is_hspace(s[k]))
                k++;
            footnote(g, dup(g, lab, ln), v, L->page, L->start + k, L->end);
            return;
        }
    }
    /* cover-page notes: "* A/80/50." */
    if (g->front && n >= 3 && s[0] == '*') {
        size_t a = 0;
        while (a < n && s[a] == '*' && a < 4)
            a++;
        if (a < n && is_hspace(s[a])) {
            size_t ti = a;
            while (ti < n && is_hspace(s[ti]))
                ti++;
            footnote(g, dup(g, s, a), 0, L->page, L->start + ti, L->end);
            return;
        }
    }
    /* contents pages */
    if (g->contents) {
        int leave = 0;
        if (g->contents_last_leader == NONE32 || li > g->contents_last_leader + 1) {
            heading h;
            size_t tx;
            int ht = parse_heading(g, s, n, &h);
            if ((ht == H_ROMAN && h.value == 1) || ht == H_CHAPTER ||
                parse_para_num(s, n, &tx) == 1)
                leave = 1;
        }
        if (!leave) {
            /* one text block per contents page, a span per group of lines */
            uint32_t cb = g->contents_block;
            if (cb != NONE32 && g->cur == cb)
                join_line(g, cb, L);
            else if (cb != NONE32 && g->blocks.v[cb].page == L->page && cb == g->blocks.n - 1)
                add_span(g, cb, L->start, L->end);
            else
                g->contents_block = new_block(g, RP_BLOCK_TEXT, NULL, L->page, L->start, L->end);
            g->cur = g->contents_block;
            g->blocks.v[g->cur].by_line = 1;
            return;
        }
        g->contents = 0;
    }
    if ((word_is(s, n, "Contents") || word_is(s, n, "CONTENTS")) && !g->pend_para) {
        flush_pend_head_as_text(g);
        g->contents = 1;
        g->front = 0;
        contents_page_scan(g, li);
        g->cur = g->contents_block = new_block(g, RP_BLOCK_TEXT, NULL, L->page, L->start, L->end);
        g->blocks.v[g->cur].by_line = 1;
        return;
    }
    /* the title of a heading whose number stood alone */
    if (g->pend_head) {
        heading h2;
        int ht2 = parse_heading(g, s, n, &h2);
        if (has_leaders(s, n) || (ht2 != H_NONE && h2.title >= n) || parse_para_num(s, n, &(size_t){0})) {
            /* "I.|II.|III." or "I.|Introduction . . . 3": a contents page */
            flush_pend_head_as_text(g);
            join_line(g, g->cur, L);
            return;
        }
        /* a title starts with a capital (or a letter of another script),
         * not with a number or "(a)", and is not a sentence */
        int title_ok = (is_upper(s[0]) || s[0] >= 0x80 || s[0] == '"') && n <= 160 &&
                       !ends_sentence(s, n) && s[n - 1] != '(' && s[n - 1] != ',';
        if (title_ok && n >= 60) {
            /* a long line whose sentence goes on in lower case is prose */
            size_t j = next_content(g, li);
            if (j != NONE32 && is_lower(g->t[g->lines.v[j].start]))
                title_ok = 0;
        }
        if (ht2 == H_NONE && title_ok) {
            heading h;
            memset(&h, 0, sizeof h);
            h.level = g->pend_head_level;
            h.value = g->pend_head_val;
            h.type = g->pend_head_type;
            g->pend_head = 0;
            make_heading(g, &h, dup(g, g->pend_head_label, strlen(g->pend_head_label)), L->page,
                         L->start, L->end);
            return;
        }
        flush_pend_head_as_text(g);
    }
    /* a heading */
    heading h;
    int ht = parse_heading(g, s, n, &h);
    if (ht != H_NONE && !(g->pend_para && ht != H_MARKDOWN)) {
        flush_pend_para(g);
        const char *label = NULL;
        if (ht == H_ANNEX)
            label = dup(g, s + h.label_s, h.label_e - h.label_s);
        else if (h.label_e > h.label_s)
            label = dup(g, s + h.label_s, h.label_e - h.label_s);
        size_t te = n;
        if (h.title >= n) {
            /* the number alone: the title follows */
            g->pend_head = 1;
            g->pend_head_level = h.level;
            g->pend_head_type = h.type;
            g->pend_head_val = h.value;
            size_t ll = h.label_e - h.label_s;
            if (ll >= sizeof g->pend_head_label)
                ll = sizeof g->pend_head_label - 1;
            memcpy(g->pend_head_label, s + h.label_s, ll);
            g->pend_head_label[ll] = 0;
            g->pend_head_s = L->start;
            g->pend_head_e = L->end;
            g->pend_head_page = L->page;
            g->cur = NONE32;
            return;
        }
        make_heading(g, &h, label, L->page, L->start + h.title, L->start + te);
        return;
    }
    /* a numbered paragraph */
    size_t tx = n;
    uint32_t v = parse_para_num(s, n, &tx);
    if (v && v != g->last_para + 1 && v <= 40 && !g->pend_para) {
        /* "1. Repatriation efforts" or "1.||Background": a numbered sub-heading */
        const unsigned char *ts = s + tx;
        size_t tn = n - tx;
        size_t tl = li, nl;
        int head = 0;
        if (tn == 0 && (nl = next_content(g, li)) != NONE32) {
            tl = nl;
            ts = g->t + g->lines.v[nl].start;
            tn = (size_t)(g->lines.v[nl].end - g->lines.v[nl].start);
            if (parse_para_num(ts, tn, &(size_t){0}))
                tn = 0;
        }
        if (tn > 0 && heading_like(ts, tn) && !opens_infinitive(ts, tn)) {
            uint32_t exp = g->last_para + 1;
            size_t after = next_content(g, tl);
            if (tn <= 60) {
                head = 1;
            } else if (after != NONE32) {
                const rp_seg_line *A = &g->lines.v[after];
                uint32_t av = parse_para_num(g->t + A->start, (size_t)(A->end - A->start),
                                             &(size_t){0});
                head = av == exp || (!av && subheading_run(g, after, exp) > 0);
            }
        }
        if (head) {
            flush_pend_head_as_text(g);
            flush_pend_para(g);
            heading hn;
            memset(&hn, 0, sizeof hn);
            hn.type = H_NUM;
            hn.level = 3;
            const char *label = dup_num(g, v);
            if (tx < n) {
                make_heading(g, &hn, label, L->page, L->start + tx, L->end);
            } else {
                g->pend_head = 1;
                g->pend_head_level = 3;
                g->pend_head_type = H_NUM;
                g->pend_head_val = v;
                snprintf(g->pend_head_label, sizeof g->pend_head_label, "%u", v);
                g->pend_head_s = L->start;
                g->pend_head_e = L->end;
                g->pend_head_page = L->page;
                g->cur = NONE32;
            }
            return;
        }
    }
    if (v) {
        uint32_t exp = g->last_para + 1;
        int ok = v == exp || (v == 1 && g->heading_since_para && g->last_para > 0) ||
                 (v > exp && v <= exp + 3 && (g->prev_terminal || g->cur == NONE32)) ||
                 (g->last_para == 0 && (g->prev_terminal || g->cur == NONE32) &&
                  numbered_next(g, li, v));
        if (ok && tx < n && is_lower(s[tx]))
            ok = 0;
        if (ok) {
            flush_pend_head_as_text(g);
            flush_pend_para(g);
            g->last_para = v;
            g->n_numbered++;
            g->front = 0;
            g->heading_since_para = 0;
            if (tx < n) {
                g->cur = new_block(g, RP_BLOCK_PARAGRAPH, dup_num(g, v), L->page, L->start + tx,
                                   L->end);
                g->prev_terminal = ends_terminal(s, n);
            } else {
                g->pend_para = v;
                g->pend_para_s = L->start;
                g->pend_para_e = L->end;
                g->pend_para_page = L->page;
                g->cur = NONE32;
            }
            return;
        }
    }
    flush_pend_head_as_text(g);
    g->prev_terminal = ends_terminal(s, n);
    /* the text of a paragraph whose number stood alone */
    if (g->pend_para) {
        g->cur = new_block(g, RP_BLOCK_PARAGRAPH, dup_num(g, g->pend_para), g->pend_para_page, L->start,
                           L->end);
        g->pend_para = 0;
        return;
    }
    /* front matter */
    if (g->front) {
        if (word_is(s, n, "Summary") || word_is(s, n, "Abstract") || word_is(s, n, "SUMMARY")) {
            g->summary_seen = 1;
            new_block(g, RP_BLOCK_TEXT, NULL, L->page, L->start, L->end);
            g->cur = NONE32;
            return;
        }
        if ((n >= 120 && (ends_terminal(s, n) || s[n - 1] == ',')) ||
            (ends_sentence(s, n) && memchr(s, ' ', n) && n > 12) ||
            (g->wrap < RP_SEG_NARROW && inner_sentence_end(s, n))) {
            /* prose: the front matter is over */
            if (end_front(g, li))
                return;
        } else if (!g->summary_seen) {
            if (g->title_block == NONE32) {
                g->title_block = new_block(g, RP_BLOCK_TITLE, NULL, L->page, L->start, L->end);
                g->blocks.v[g->title_block].by_line = 1;
                g->cur = g->title_block;
            } else if (g->cur == g->title_block) {
                join_line(g, g->cur, L);
            } else {
                add_span(g, g->title_block, L->start, L->end);
                g->cur = g->title_block;
            }
            return;
        }
    }
    /* an unnumbered sub-heading before the next numbered paragraph */
    if (g->n_numbered > 0 && !g->front && heading_like(s, n) &&
        (g->cur == NONE32 || (g->blocks.v[g->cur].kind == RP_BLOCK_PARAGRAPH &&
                              ends_terminal(g->t + g->blocks.v[g->cur].line_s,
                                            (size_t)(g->blocks.v[g->cur].line_e -
                                                     g->blocks.v[g->cur].line_s))))) {
        if (subheading_run(g, li, g->last_para + 1) > 0) {
            g->cur = new_block(g, K_UNNUM, NULL, L->page, L->start, L->end);
            g->blocks.v[g->cur].subhead = 1;
            return;
        }
    }
    /* hard-wrapped lines join the open block */
    if (g->cur != NONE32) {
        lblock *B = &g->blocks.v[g->cur];
        int join = 1;
        /* the previous line of the block */
        const unsigned char *ps = g->t + B->line_s;
        size_t pl = (size_t)(B->line_e - B->line_s);
        if (B->kind == RP_BLOCK_HEADING) {
            join = B->n_lines < 3 && n < 90 && !ends_terminal(s, n) &&
                   (heading_goes_on(ps, pl) || is_lower(s[0]));
        } else if (B->kind == K_UNNUM && B->subhead) {
            join = 1;
        } else if (B->kind == K_UNNUM && pl > 0) {
            if (pl >= 200 || (pl >= 120 && ends_sentence(ps, pl)))
                join = 0; /* one paragraph per line */
            else if (short_line(g, pl) && !ends_terminal(ps, pl) && ps[pl - 1] != ',' && ps[pl - 1] != '-'
                     && !is_lower(s[0]))
                join = 0; /* an unmarked heading or caption (unless the text goes on,
                             or a word is cut: "Secretary-" / "General") */
            else if (g->has_ff && pl < 60 && ends_terminal(ps, pl) && !is_lower(s[0]))
                join = 0;
            else if (g->wrap < RP_SEG_NARROW && B->n_lines >= 2 && short_line(g, pl) && ends_sentence(ps, pl)
                     && !is_lower(s[0]))
                join = 0; /* a narrow hard-wrapped text without blank lines (a
                             speech record): a sentence ending on a short line
                             ends its paragraph */
        }
        if (join) {
            join_line(g, g->cur, L);
            return;
        }
    }
    /* a paragraph going on after a page break or footnotes */
    if (g->cur == NONE32 && g->last_body != NONE32 && !g->front) {
        lblock *B = &g->blocks.v[g->last_body];
        int go = 0;
        const unsigned char *ls = g->t + B->line_s;
        size_t ll = (size_t)(B->line_e - B->line_s);
        /* stopped mid-sentence, or before a list item ("...resources:",
         * "(c) To continue ...;") */
        int open_end = !ends_terminal(ls, ll) || (ll > 0 && (ls[ll - 1] == ':' || ls[ll - 1] == ';'));
        if (B->kind == RP_BLOCK_PARAGRAPH && !starts_caption(s, n))
            /* a blank line inside a sentence, or a page break (but not
             * before the title of a box: a short line after a full stop) */
            go = open_end || (g->broke && !(n <= 60 && heading_like(s, n)));
        else if (B->kind == K_UNNUM && g->broke) {
            go = !ends_terminal(g->t + B->line_s, (size_t)(B->line_e - B->line_s)) ||
                 is_lower(s[0]);
        }
        if (go) {
            add_span(g, g->last_body, L->start, L->end);
            g->cur = g->last_body;
            return;
        }
    }
    g->cur = new_block(g, K_UNNUM, NULL, L->page, L->start, L->end);
}

/* Does the line look like the text of a note: a reference, a link? */
static int note_like(const unsigned char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && is_digit(s[k]))
        k++;
    if (k > 0 && k < n && s[k] == ' ')
        k++;
    else
        k = 0;
    const unsigned char *p = s + k;
    size_t m = n - k;
    if ((m >= 4 && (memcmp(p, "See ", 4) == 0 || memcmp(p, "Ibid", 4) == 0 ||
                    memcmp(p, "http", 4) == 0 || memcmp(p, "www.", 4) == 0)))
        return 1;
    size_t u = 0;
    while (u < m && u < 6 && is_upper(p[u]))
        u++;
    if (u > 0 && u < m && p[u] == '/')
        return 1; /* a document symbol: A/RES/79/1. */
    return memmem(s, n, "http", 4) != NULL || memmem(s, n, "www.", 4) != NULL;
}

/* In pdftotext output without "____" separators (A/80/62), a page's notes
 * start at a note number alone on its line, above the last note number
 * seen (by at most 15), when one of the next lines looks like a note (a
 * link, a document symbol, "See ..."). */
static int notes_start(const seg *g, size_t li)
{
    const rp_seg_line *L = &g->lines.v[li];
    uint32_t v;
    if (!number_line(g->t + L->start, (size_t)(L->end - L->start), &v))
        return 0;
    if (v <= g->max_fn || v > g->max_fn + 15)
        return 0; /* after the last note seen (some may have been missed) */
    /* one of the next three lines of text on the page (other note numbers
     * skipped) looks like a note */
    size_t j = li;
    for (int seen = 0, numbers = 0; seen < 3 && numbers < 4;) {
        j = next_content(g, j);
        if (j == NONE32 || g->lines.v[j].page != L->page)
            return 0;
        const unsigned char *p = g->t + g->lines.v[j].start;
        size_t m = (size_t)(g->lines.v[j].end - g->lines.v[j].start);
        if (number_line(p, m, NULL)) {
            numbers++;
            continue;
        }
        if (note_like(p, m))
            return 1;
        seen++;
    }
    return 0;
}

static void assemble(seg *g)
{
    g->cur = g->last_body = g->title_block = g->contents_block = NONE32;
    g->section = NONE32;
    g->front = 1;
    g->cur_page = 1;
    for (size_t li = 0; li < g->lines.n; li++) {
        const rp_seg_line *L = &g->lines.v[li];
        if (L->page != g->cur_page) {
            relabel_zone(g);
            g->cur_page = L->page;
            g->cur = NONE32;
            g->in_zone = 0;
            g->fnq_n = 0;
            g->broke = 1;
            if (g->contents)
                contents_page_scan(g, li);
            if (g->contents && g->contents_last_leader == NONE32)
                g->contents = 0;
        }
        if (L->furniture) {
            /* furniture never sits inside a block: the block stops here (a
             * paragraph may go on after it as a new span) */
            if (g->cur != NONE32) {
                g->cur = NONE32;
                g->broke = 1;
            }
            continue;
        }
        size_t n = (size_t)(L->end - L->start);
        const unsigned char *s = g->t + L->start;
        if (n == 0) {
            if (!g->in_zone)
                g->cur = NONE32;
            else if (!g->has_ff && g->blocks.n > g->zone_first) {
                relabel_zone(g); /* no pages: the notes end at a blank line */
                g->in_zone = 0;
            }
            continue;
        }
        if (is_separator(s, n)) {
            if (!g->in_zone) {
                g->zone_first = (uint32_t)g->blocks.n;
                g->fnq_n = 0;
            }
            g->in_zone = 1;
            g->cur = NONE32;
            g->broke = 1;
            continue;
        }
        if (!g->in_zone && g->has_ff && !g->has_separator && notes_start(g, li)) {
            /* notes printed with no separator: they start here */
            g->in_zone = 1;
            g->zone_first = (uint32_t)g->blocks.n;
            g->fnq_n = 0;
            g->cur = NONE32;
            g->broke = 1;
        }
        if (g->in_zone) {
            zone_line(g, L);
            continue;
        }
        body_line(g, li);
    }
    relabel_zone(g);
    flush_pend_head_as_text(g);
    flush_pend_para(g);
}

/* ----------------------------------------------------------- output */

/* A section's title: its heading's text with white space collapsed,
 * without markdown emphasis or trailing note markers. */
static const char *section_title(seg *g, uint32_t block)
{
    rp_docbuf *d = g->d;
    const rp_block *B = &d->blocks.v[block];
    const rp_span *sp = d->spans.v + d->span_first.v[block];
    size_t total = 0;
    for (uint32_t k = 0; k < B->n_spans; k++)
        total += (size_t)(sp[k].end - sp[k].start) + 1;
    char *out = rp_arena_alloc(&d->strings, total + 1);
    size_t o = 0;
    for (uint32_t k = 0; k < B->n_spans; k++) {
        for (uint64_t i = sp[k].start; i < sp[k].end; i++) {
            unsigned char c = g->t[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
                if (o > 0 && out[o - 1] != ' ')
                    out[o++] = ' ';
            } else if (c != '*') {
                out[o++] = (char)c;
            }
        }
        if (o > 0 && out[o - 1] != ' ')
            out[o++] = ' ';
    }
    for (;;) {
        while (o > 0 && out[o - 1] == ' ')
            o--;
        int sl;
        if (o >= 2 && rp_seg_sup_digit((const unsigned char *)out + o - 2, 2, &sl) >= 0 && sl == 2)
            o -= 2;
        else if (o >= 3 && rp_seg_sup_digit((const unsigned char *)out + o - 3, 3, &sl) >= 0 && sl == 3)
            o -= 3;
        else
            break;
    }
    out[o] = 0;
    return out;
}

static void emit(seg *g)
{
    rp_docbuf *d = g->d;
    for (size_t b = 0; b < g->blocks.n; b++) {
        lblock *B = &g->blocks.v[b];
        uint32_t kind = B->kind;
        if (kind == K_UNNUM)
            kind = g->n_numbered ? RP_BLOCK_TEXT : RP_BLOCK_PARAGRAPH;
        const lspan *sp = &g->spans.v[B->first];
        rp_docbuf_add_block(d, kind, B->label, B->section, B->page, sp->s, sp->e);
        while (sp->next != NONE32) {
            sp = &g->spans.v[sp->next];
            rp_docbuf_extend_block(d, sp->s, sp->e);
        }
    }
    for (size_t k = 0; k < d->sections.n; k++)
        d->sections.v[k].title = section_title(g, d->sections.v[k].heading);
}

/* Is there a page-furniture line starting in [from, to)? */
static int furniture_between(const seg *g, uint64_t from, uint64_t to)
{
    size_t lo = 0, hi = g->lines.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->lines.v[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < g->lines.n && g->lines.v[i].start < to; i++)
        if (g->lines.v[i].furniture)
            return 1;
    return 0;
}

/* The working vectors, kept in the docbuf from document to document so
 * that the steady state allocates nothing (and touches no fresh pages). */
typedef struct scratch {
    RP_VEC(rp_seg_line) lines;
    RP_VEC(lblock) blocks;
    RP_VEC(lspan) spans;
    RP_VEC(uint32_t) sec_stack;
} scratch;

static void scratch_free(void *p)
{
    scratch *sc = p;
    if (!sc)
        return;
    RP_VEC_FREE(sc->lines);
    RP_VEC_FREE(sc->blocks);
    RP_VEC_FREE(sc->spans);
    RP_VEC_FREE(sc->sec_stack);
    free(sc);
}

int rp_segment(rp_docbuf *d)
{
    if (!d->seg_scratch) {
        d->seg_scratch = rp_xcalloc(1, sizeof(scratch));
        d->seg_scratch_free = scratch_free;
    }
    scratch *sc = d->seg_scratch;
    seg g;
    memset(&g, 0, sizeof g);
    g.lines.v = sc->lines.v;
    g.lines.cap = sc->lines.cap;
    g.blocks.v = sc->blocks.v;
    g.blocks.cap = sc->blocks.cap;
    g.spans.v = sc->spans.v;
    g.spans.cap = sc->spans.cap;
    g.sec_stack.v = sc->sec_stack.v;
    g.sec_stack.cap = sc->sec_stack.cap;
    g.d = d;
    g.t = (const unsigned char *)d->doc.text;
    g.len = d->doc.len;
    scan_lines(&g);
    if (g.has_ff)
        rp_seg_mark_furniture(d->doc.text, g.lines.v, g.lines.n, g.n_pages);
    else
        mark_page_numbers(&g);
    g.wrap = wrap_width(&g);
    assemble(&g);
    emit(&g);
    d->n_pages = g.n_pages;
    rp_seg_markers(d, g.lines.v, g.lines.n);
    uint8_t hard_small[16];
    for (size_t b = 0; b < d->blocks.n && !(d->skip & RP_DOC_SENTENCES); b++) {
        rp_block *B = &d->blocks.v[b];
        const rp_span *sp = d->spans.v + d->span_first.v[b];
        uint8_t *hard = NULL;
        if (B->n_spans > 1 && g.has_ff) {
            hard = B->n_spans <= sizeof hard_small ? hard_small : rp_xmalloc(B->n_spans);
            for (uint32_t k = 0; k < B->n_spans; k++)
                hard[k] = k + 1 < B->n_spans && furniture_between(&g, sp[k].end, sp[k + 1].start);
        }
        B->sent_begin = (uint32_t)d->sentences.n;
        rp_seg_sentences(d, (uint32_t)b, sp, B->n_spans, d->markers.v, d->markers.n,
                         g.blocks.v[b].by_line, hard);
        B->sent_end = (uint32_t)d->sentences.n;
        if (hard && hard != hard_small)
            free(hard);
    }
    /* keep the memory for the next document */
    sc->lines.v = g.lines.v;
    sc->lines.cap = g.lines.cap;
    sc->blocks.v = g.blocks.v;
    sc->blocks.cap = g.blocks.cap;
    sc->spans.v = g.spans.v;
    sc->spans.cap = g.spans.cap;
    sc->sec_stack.v = g.sec_stack.v;
    sc->sec_stack.cap = g.sec_stack.cap;
    return 0;
}
