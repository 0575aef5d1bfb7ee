/*
 * token.c -- the tokenizer: the bytes of every block span become tokens
 * (with byte offsets into the original text, folded form, stem, flags,
 * sentence and block) and pieces (the runs of letters and digits inside a
 * token, which lexicons match).  One pass over the bytes; an ASCII class
 * table for the common case and utf8proc's categories for the rest; every
 * form goes through the worker's vocabulary, so a word seen before costs a
 * hash probe.  The common token, a plain ASCII word ended by white space
 * or punctuation, is found eight bytes at a time and hashed from the same
 * loads (ascii_run), and its flags are read from its surface entry, where
 * they were computed once; ASCII letter-and-digit pieces inside longer
 * tokens (URLs, "gender-based") go the same way.  Nothing is allocated per
 * token (the vectors keep their capacity from document to document).
 *
 * The rules (tests/unit/test_token.c has an example of each):
 *  - White space separates (ASCII white space and control characters,
 *    Unicode Z* separators, NBSP, zero-width space, BOM, bidi marks).
 *  - A word is a run of letters, digits and combining marks.  These join
 *    two such runs into one token: a hyphen (- U+2010 U+2011, soft hyphen)
 *    or underscore ("gender-based", "UN-Women", "COVID-19", "2030-2031");
 *    an apostrophe (' U+2019 U+02BC) between word characters ("d’Ivoire",
 *    "world’s": a possessive 's stays in its word; the English stemmer
 *    removes it, since folding turns ’ into '); "." or "," between digits
 *    ("0.7", "1,000", "1.2.3").  An apostrophe or hyphen with no word
 *    character after it is a punctuation token of its own ("States’").
 *  - Single-letter abbreviations with dots stay one token, final dot
 *    included: "e.g.", "i.e.", "U.S.".  Other abbreviations ("para.",
 *    "No.") are the word and a "." token; ending sentences is the
 *    segmenter's business.
 *  - Document symbols and resolution numbers stay whole and are flagged
 *    RP_TOK_SYMBOL: two or more "/"-separated ASCII components, each
 *    starting with an upper-case letter or a digit (then letters, digits,
 *    and "." or "-" followed by a letter or digit), one digit at least:
 *    A/HRC/47/53, E/CN.6/2021/14, A/RES/74/151, A/RES/ES-11/1,
 *    E/CN.6/2025/3/Rev.1, 74/151 (and so also a date such as 12/03/2021).
 *    "and/or" and "HIV/AIDS" (no digit) are split at the slash.
 *  - URLs (http://, https://, ftp://, or starting "www.") and e-mail
 *    addresses (local@domain.tld) are one token each: printable ASCII up to
 *    white space, a non-ASCII character or one of <>"`{}|\^[]; a ")" only
 *    when it closes a "(" inside the URL; trailing .,;:!?'"* left out.
 *  - Superscript digits (¹²³⁰⁴-⁹) split off the word they are glued to and
 *    form a token flagged RP_TOK_FOOTNOTE | RP_TOK_NUMBER ("pandemic⁵⁰" ->
 *    "pandemic" "⁵⁰", norm "50").  Every span of d->markers (footnote
 *    markers the segmenter found, e.g. plain digits in pdftotext output)
 *    becomes exactly one token flagged RP_TOK_FOOTNOTE, whatever it holds.
 *  - Han ideographs (CJK, for Chinese and Japanese) are one token each,
 *    flagged RP_TOK_HAN; no stemmer exists for them.  Kana, Hangul and
 *    scripts without spaces (Thai) form runs like any letters.
 *  - Everything else is punctuation, one token per character, except that
 *    a run of one repeated ASCII character is one token ("...", "--",
 *    "**").  En and em dashes are punctuation and so separate words.
 *    Punctuation tokens are kept (flag RP_TOK_PUNCT) and have no pieces.
 *  - Invalid UTF-8 counts as a word character (it is most often a letter
 *    in another encoding), so "caf\xE9" stays one token, flagged
 *    RP_TOK_INVALID, whose norm holds U+FFFD.
 *  - A token never exceeds RP_TOKEN_MAX bytes: a longer run (a 10 MB
 *    "word", a huge URL) is cut there, at a character boundary, into
 *    consecutive tokens flagged RP_TOK_GLUED.  Look-aheads that can fail
 *    (symbols, e-mail addresses) stop after 64 bytes and remember what
 *    they learnt, so "A/B/C/..." or "ab.ab.ab..." cost no more per token
 *    than prose.  Time and memory stay linear on hostile input.
 *  - URLs broken across lines by pdftotext are two tokens: the first is a
 *    URL, the rest of the path on the next line is ordinary words and
 *    punctuation.
 *  - Flags: ALPHA (has a letter), NUMBER (digits and no letter, not a
 *    symbol), PUNCT (neither letters nor digits), CAPITALIZED (first letter
 *    upper case), ALLCAPS (two or more upper-case letters, no lower-case
 *    one: OHCHR, UNDP, COVID-19), GLUED (the previous token of the block
 *    ends where this one starts).
 *  - The document's language (d->lang, "en" when unset) picks the stemmer.
 *
 * Order: tokens come block by block, and within a block span by span, so
 * the two halves of a paragraph cut by a page break have their tokens
 * together (the footnotes printed between them come after).  by_start
 * lists token indexes sorted by start offset (or is empty when that is the
 * tokens' own order).  Pieces are written only for the tokens scanned for
 * them (joiners, symbols, URLs, addresses, abbreviations, segmenter
 * markers: d->scanned_tokens), in token order, the first of a token
 * flagged RP_PIECE_FIRST; every other token is one piece, itself, or none
 * when it is punctuation (doc.h), so the common word costs no piece
 * record.
 * A token's sentence is the sentence of its block whose range holds its
 * start (a token in a gap between sentences goes to the one before it, or
 * to the block's first); in a block without sentences it is RP_NONE.
 */
#include "config.h"

#include "text.h"
#include "vocab_int.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Character classes. */
enum {
    C_SPACE,
    C_LOWER,
    C_UPPER,
    C_LETTER, /* a letter without case (Arabic, kana, ...) */
    C_MARK,
    C_DIGIT,
    C_INVALID, /* an invalid UTF-8 sequence */
    C_SUPER,   /* superscript digit */
    C_HAN,
    C_HYPHEN,
    C_APOS,
    C_DOT,
    C_COMMA,
    C_SLASH,
    C_AT,
    C_COLON,
    C_USCORE,
    C_PUNCT
};

#define BIT(c) (1u << (c))
#define WORD_MASK (BIT(C_LOWER) | BIT(C_UPPER) | BIT(C_LETTER) | BIT(C_MARK) | BIT(C_DIGIT) | BIT(C_INVALID))
#define PIECE_MASK (WORD_MASK | BIT(C_SUPER) | BIT(C_HAN))
#define LETTER_MASK (BIT(C_LOWER) | BIT(C_UPPER) | BIT(C_LETTER) | BIT(C_HAN))
#define IS_WORD(c) ((WORD_MASK >> (c)) & 1u)
#define IS_PIECE(c) ((PIECE_MASK >> (c)) & 1u)
#define IS_LETTER(c) ((LETTER_MASK >> (c)) & 1u)

/* The ASCII class table. */
#define S_ C_SPACE
#define P_ C_PUNCT
#define L_ C_LOWER
#define U_ C_UPPER
#define D_ C_DIGIT
static const unsigned char ascii_cls[128] = {
    S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, /* 00-0f */
    S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, /* 10-1f */
    /*  sp  !   "   #   $   %   &   '       (   )   *   +   ,        -         .      / */
    S_, P_, P_, P_, P_, P_, P_, C_APOS, P_, P_, P_, P_, C_COMMA, C_HYPHEN, C_DOT, C_SLASH,
    /*  0-9                                     :        ;   <   =   >   ? */
    D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, C_COLON, P_, P_, P_, P_, P_,
    /*  @    A-O */
    C_AT, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
    /*  P-Z                                 [   \   ]   ^   _ */
    U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, P_, P_, P_, P_, C_USCORE,
    /*  `   a-o */
    P_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
    /*  p-z                                 {   |   }   ~   DEL */
    L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, P_, P_, P_, S_,
};
#undef S_
#undef P_
#undef L_
#undef U_
#undef D_

/* BIT(class) of the ASCII letters and digits, 0 for every other byte:
 * the word scanner's hot loop is one load and one test per character. */
#define Wl BIT(C_LOWER)
#define Wu BIT(C_UPPER)
#define Wd BIT(C_DIGIT)
static const unsigned short word_bit[256] = {
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 00-0f */
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 10-1f */
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 20-2f */
    Wd, Wd, Wd, Wd, Wd, Wd, Wd, Wd, Wd, Wd, 0,  0,  0,  0,  0,  0,  /* 0-9 */
    0,  Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, /* A-O */
    Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, Wu, 0,  0,  0,  0,  0,  /* P-Z */
    0,  Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, /* a-o */
    Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, Wl, 0,  0,  0,  0,  0,  /* p-z */
    /* 80-ff: 0, the slow path decodes them */
};
#undef Wl
#undef Wu
#undef Wd

static int is_han(int32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3005 ||
           c == 0x3007;
}

static unsigned cp_class(int32_t c)
{
    switch (c) {
    case 0x00A0: case 0x1680: case 0x180E: case 0x200B: case 0x202F: case 0x205F:
    case 0x2060: case 0x3000: case 0xFEFF:
        return C_SPACE;
    case 0x00AD: case 0x2010: case 0x2011:
        return C_HYPHEN;
    case 0x2019: case 0x02BC:
        return C_APOS;
    case 0x00B9: case 0x00B2: case 0x00B3: case 0x2070: case 0x2074: case 0x2075:
    case 0x2076: case 0x2077: case 0x2078: case 0x2079:
        return C_SUPER;
    case 0x200C: case 0x200D: /* ZWNJ, ZWJ: inside words of Indic and Arabic scripts */
        return C_MARK;
    default:
        break;
    }
    if (is_han(c))
        return C_HAN;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return C_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
        return C_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NO:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return C_SPACE;
    case UTF8PROC_CATEGORY_PC:
        return C_USCORE;
    default:
        return C_PUNCT;
    }
}

/* Class of the character at p (avail bytes left), and its length. */
static inline unsigned class_at(const unsigned char *p, uint64_t avail, int *len)
{
    if (*p < 0x80) {
        *len = 1;
        return ascii_cls[*p];
    }
    int32_t cp;
    int k = rp_utf8_decode(p, (size_t)avail, &cp);
    if (k == 0) {
        *len = (int)rp_utf8_invalid_len(p, (size_t)avail);
        return C_INVALID;
    }
    *len = k;
    return cp_class(cp);
}

/* What the word scanner found. */
typedef struct acc {
    unsigned seen;  /* BIT(class) of every character */
    unsigned nup;   /* upper-case letters */
    unsigned first; /* class of the first letter, 0 if none yet */
} acc;

static inline void acc_add(acc *a, unsigned cl)
{
    a->seen |= BIT(cl);
    a->nup += cl == C_UPPER;
    if (!a->first && IS_LETTER(cl))
        a->first = cl;
}

static uint32_t acc_flags(const acc *a)
{
    uint32_t f = 0;
    if (a->seen & LETTER_MASK)
        f |= RP_TOK_ALPHA;
    else if (a->seen & (BIT(C_DIGIT) | BIT(C_SUPER)))
        f |= RP_TOK_NUMBER;
    else if (!(a->seen & (BIT(C_INVALID) | BIT(C_MARK)))) /* a lone mark is no punctuation */
        f |= RP_TOK_PUNCT;
    if (a->first == C_UPPER)
        f |= RP_TOK_CAPITALIZED;
    if (a->nup >= 2 && !(a->seen & BIT(C_LOWER)))
        f |= RP_TOK_ALLCAPS;
    if (a->seen & BIT(C_INVALID))
        f |= RP_TOK_INVALID;
    if (a->seen & BIT(C_HAN))
        f |= RP_TOK_HAN;
    return f;
}

/* ---- the tokenizer state --------------------------------------------- */

typedef struct run {
    uint64_t start;
    uint32_t tok_begin, tok_end;
} run;

typedef struct tk {
    rp_docbuf *d;
    rp_vocab *v;
    uint32_t lang;
    const unsigned char *t;
    uint64_t tend;         /* length of t: word chunks are read up to here */
    uint32_t block;
    uint32_t block_tok_begin;
    const uint32_t *bsent; /* this block's sentences, by start */
    uint32_t nbsent;
    uint32_t cur;          /* index into bsent */
    uint32_t csent;        /* bsent[cur], and its sentence */
    rp_sentence *cs;       /* NULL in a block without sentences */
    uint32_t cur_first;    /* the first token of sentence csent */
    struct surf *punct[128]; /* surface entries of single ASCII characters */
    uint64_t next_start;   /* start of bsent[cur + 1], or UINT64_MAX */
    uint64_t prev_end;     /* end of the block's previous token, or UINT64_MAX */
    uint64_t nonwords;     /* tokens flagged PUNCT or FOOTNOTE so far: only the
                              slow paths make them, so they count them there
                              and the word path pays nothing (d->n_words) */
} tk;

#define PUSH_FAST(vec) ((vec).n < (vec).cap ? &(vec).v[(vec).n++] : &RP_VEC_PUSH(vec))

/* A form's norm, stem, norm_len, stem_len and id lie in the same order,
 * unpadded, in rp_form, rp_piece and rp_token: one 28-byte copy moves them
 * (the compiler otherwise gathers them field by field). */
#define FORM_SPAN (offsetof(rp_form, id) + sizeof(uint32_t) - offsetof(rp_form, norm))
_Static_assert(offsetof(rp_form, norm) == 0 && FORM_SPAN == 28, "rp_form layout");
_Static_assert(offsetof(rp_piece, norm_id) - offsetof(rp_piece, norm) == offsetof(rp_form, id) &&
                   offsetof(rp_piece, stem_len) - offsetof(rp_piece, norm) ==
                       offsetof(rp_form, stem_len) &&
                   offsetof(rp_piece, norm_len) - offsetof(rp_piece, norm) ==
                       offsetof(rp_form, norm_len) &&
                   offsetof(rp_piece, stem) - offsetof(rp_piece, norm) == offsetof(rp_form, stem),
               "rp_piece holds an rp_form's fields in order");
_Static_assert(offsetof(rp_token, norm_id) - offsetof(rp_token, norm) == offsetof(rp_form, id) &&
                   offsetof(rp_token, stem_len) - offsetof(rp_token, norm) ==
                       offsetof(rp_form, stem_len) &&
                   offsetof(rp_token, norm_len) - offsetof(rp_token, norm) ==
                       offsetof(rp_form, norm_len) &&
                   offsetof(rp_token, stem) - offsetof(rp_token, norm) == offsetof(rp_form, stem),
               "rp_token holds an rp_form's fields in order");

static inline void add_piece(tk *k, uint64_t a, uint64_t b, const rp_form *f, uint32_t tok, int first)
{
    rp_docbuf *d = k->d;
    uint32_t flags = first ? RP_PIECE_FIRST : 0;
    rp_piece *p = PUSH_FAST(d->pieces);
    p->start = a;
    p->end = b;
    memcpy(&p->norm, f, FORM_SPAN);
    p->token = tok;
    p->flags = flags;
}

/* High bit of each byte of w that is an ASCII letter or digit: eight
 * bytes classified in a dozen instructions (no carry crosses a byte: each
 * sum stays below 0x100 once the high bits are cleared). */
static RP_ALWAYS_INLINE uint64_t alnum_bytes(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t x = w & ~hi;
    uint64_t y = x | (0x20 * ones); /* A-Z -> a-z */
    uint64_t alpha = (y + (0x80 - 'a') * ones) & ~(y + (0x80 - 'z' - 1) * ones);
    uint64_t digit = (x + (0x80 - '0') * ones) & ~(x + (0x80 - '9' - 1) * ones);
    return (alpha | digit) & ~w & hi;
}

static RP_ALWAYS_INLINE unsigned first_set_byte(uint64_t m)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(m) >> 3;
#else
    unsigned n = 0;
    while (!(m & 0x80))
        m >>= 8, n++;
    return n;
#endif
}

/* For a run of n bytes (0..16), the masks of its bytes in its first and
 * second chunk: tables, so that masking costs no branch on the length. */
#define M_(k) ((k) >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * ((k) & 7))) - 1) /* & 7: no 64-bit shift even unevaluated */
static const uint64_t chunk1_mask[17] = {M_(0), M_(1), M_(2), M_(3), M_(4), M_(5), M_(6), M_(7), M_(8),
                                         M_(8), M_(8), M_(8), M_(8), M_(8), M_(8), M_(8), M_(8)};
static const uint64_t chunk2_mask[17] = {0, 0, 0, 0, 0, 0, 0, 0, 0,
                                         M_(1), M_(2), M_(3), M_(4), M_(5), M_(6), M_(7), M_(8)};
#undef M_

/* ascii_run's rare case, out of line (so that the hot loop keeps its
 * registers): a run of 16 bytes or more, whose chunks so far hashed to hh,
 * goes on from j eight bytes at a time.  Returns its end; *h gets the
 * hash of the run from i. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t ascii_run_long(const unsigned char *t, uint64_t i, uint64_t j, uint64_t lim,
                               uint64_t tend, uint64_t hh, uint64_t *h)
{
    const uint64_t hi = 0x8080808080808080ULL;
    uint64_t n = 8;
    while (n == 8) {
        uint64_t w = j + 8 <= tend ? rp_le64(t + j) : rp_load_tail(t + j, (size_t)(tend - j));
        uint64_t stop = ~alnum_bytes(w) & hi;
        n = stop ? first_set_byte(stop) : 8;
        if (n > lim - j)
            n = lim - j;
        if (n == 0)
            break;
        w &= chunk1_mask[n];
        hh = rp_hash_chunk(hh, w);
        j += n;
    }
    *h = rp_hash_end(hh, (size_t)(j - i));
    return j;
}

/* The run of ASCII letters and digits starting at i (t[i] is one), cut
 * at lim; tend is the end of the text, so chunks never read past it.
 * Returns the run's end j.  A run shorter than 16 bytes gets its two
 * chunks, zero-padded (*key8: bytes 0-7, *key16: bytes 8-15, 0 when
 * there are none), and no hash: ascii_word finds it in the word cache
 * by its chunks.  A longer one gets *key8 and its hash *h (hash_bytes
 * with seed *h on entry), from the chunks loaded to find its end. */
static RP_ALWAYS_INLINE uint64_t ascii_run(const unsigned char *t, uint64_t i, uint64_t lim,
                                           uint64_t tend, uint64_t *h, uint64_t *key8,
                                           uint64_t *key16)
{
    const uint64_t hi = 0x8080808080808080ULL;
    uint64_t w, w1, stop, n, j, hh;
#if defined(__SSE2__)
    if (i + 16 <= tend) {
        /* sixteen bytes classified at once (SSE2, on every x86-64): a byte
         * b is a lower-case letter when (b | 0x20) + (128 - 'a') is below
         * -128 + 26 as a signed byte, a digit when b + (128 - '0') is
         * below -128 + 10 (adding is a bijection, so no other byte, ASCII
         * or not, lands there).  The usual word ends inside them, and its
         * chunks are masked without a branch on its length (which is as
         * random as the text). */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i lo = _mm_or_si128(x, _mm_set1_epi8(0x20));
        __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(128 - 'a'))),
                                       _mm_set1_epi8((char)(-128 + 26)));
        __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(128 - '0'))),
                                       _mm_set1_epi8((char)(-128 + 10)));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));
        n = (uint64_t)__builtin_ctz(~m); /* 1..16: t[i] is one, bit 16 of ~m is set */
        if (n > lim - i)
            n = lim - i;
        w = rp_le64(t + i);
        w1 = rp_le64(t + i + 8);
        if (n < 16) {
            *key8 = w & chunk1_mask[n];
            *key16 = w1 & chunk2_mask[n];
            return i + n;
        }
        *key8 = w;
        return ascii_run_long(t, i, i + 16, lim, tend, rp_hash_chunk(rp_hash_chunk(*h, w), w1), h);
    } else
#endif
    {
        /* eight bytes at a time; the first chunk holds at least t[i] */
        w = i + 8 <= tend ? rp_le64(t + i) : rp_load_tail(t + i, (size_t)(tend - i));
        stop = ~alnum_bytes(w) & hi;
        n = stop ? first_set_byte(stop) : 8;
        if (n > lim - i)
            n = lim - i;
        w &= chunk1_mask[n]; /* n is 1..8 */
        *key8 = w;
        *key16 = 0;
        j = i + n;
        if (n < 8)
            return j;
        w1 = j + 8 <= tend ? rp_le64(t + j) : rp_load_tail(t + j, (size_t)(tend - j));
        stop = ~alnum_bytes(w1) & hi;
        n = stop ? first_set_byte(stop) : 8;
        if (n > lim - j)
            n = lim - j;
        w1 &= chunk1_mask[n];
        j += n;
        if (n < 8) {
            *key16 = w1;
            return j;
        }
        hh = rp_hash_chunk(rp_hash_chunk(*h, w), w1);
    }
    return ascii_run_long(t, i, j, lim, tend, hh, h);
}

static uint32_t ascii_acc(const unsigned char *t, uint64_t a, uint64_t b);
/* Flags of the plain ASCII word [a, b) (struct surf's tflags). */
static uint32_t ascii_word_flags(const unsigned char *t, uint64_t a, uint64_t b);

/* ascii_word's miss path, out of line: the run [i, i + n) looked up in the
 * surface table (by hash h, or by its chunks when shorter than 16 bytes),
 * its flags and summary computed if they are not yet, all written into e
 * (a cache entry, or the caller's scratch for a longer run). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const wcache_ent *word_miss(rp_vocab *v, uint32_t lang, const unsigned char *t, uint64_t i, size_t n,
                                   uint64_t h, uint64_t key8, uint64_t key16, wcache_ent *e)
{
    if (n < 16) {
        /* hash_bytes of a run shorter than 16 bytes: its chunks, then the length */
        uint64_t hh = rp_hash_chunk(lang, key8);
        if (n > 8)
            hh = rp_hash_chunk(hh, key16);
        h = rp_hash_end(hh, n);
    }
    struct surf *s = rp_vocab_find(v, lang, (const char *)t + i, n, h, key8);
    if (!s->tflags)
        s->tflags = ascii_word_flags(t, i, i + n);
    if (!s->tacc)
        s->tacc = ascii_acc(t, i, i + n);
    e->key8 = key8;
    e->key16 = key16;
    e->form = *s->form;
    e->tflags = s->tflags;
    e->tacc = s->tacc;
    return e;
}

/* What the tokenizer needs of the ASCII run [i, j) that ascii_run found
 * (its form, its flags as a word, its summary as a piece): from the word
 * cache (vocab_int.h) by its chunks when the run is shorter than 16
 * bytes, else from the surface table by its hash h, through tmp. */
static RP_ALWAYS_INLINE const wcache_ent *ascii_word(rp_vocab *v, uint32_t lang, const unsigned char *t,
                                                     uint64_t i, uint64_t j, uint64_t h, uint64_t key8,
                                                     uint64_t key16, wcache_ent *tmp)
{
    size_t n = (size_t)(j - i);
    if (n >= 16)
        return word_miss(v, lang, t, i, n, h, key8, key16, tmp);
    wcache_ent *e = &v->wcache[((key8 ^ (key16 * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >>
                               (64 - RP_WCACHE_BITS)];
    if (e->key8 == key8 && e->key16 == key16)
        return e;
    return word_miss(v, lang, t, i, n, h, key8, key16, e);
}

/* What acc_add() learns from the ASCII letters and digits [a, b), packed
 * for struct surf's tacc: the class bits, the number of upper-case
 * letters (capped at 2: acc_flags() only asks whether there are two),
 * the class of the first letter, and bit 31 so that it is never 0. */
static uint32_t ascii_acc(const unsigned char *t, uint64_t a, uint64_t b)
{
    acc ac = {0, 0, 0};
    for (uint64_t i = a; i < b; i++)
        acc_add(&ac, ascii_cls[t[i]]);
    unsigned nup = ac.nup > 2 ? 2 : ac.nup;
    return ac.seen | nup << 8 | ac.first << 16 | 1u << 31;
}

/* How emit() makes the pieces of a token. */
enum { K_WHOLE, K_SCAN, K_NONE };

/* Pieces of [a, b) by a scan (tokens with joiners, symbols, URLs);
 * returns the flags the characters give. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t scan_pieces(tk *k, uint64_t a, uint64_t b, uint32_t tok)
{
    const unsigned char *t = k->t;
    acc ac = {0, 0, 0};
    uint64_t ps = 0;
    int in = 0, first = 1;
    for (uint64_t i = a; i < b;) {
        if (!in && word_bit[t[i]]) {
            /* a piece of ASCII letters and digits (most of a URL or of
             * "gender-based"): found and hashed eight bytes at a time,
             * and what acc_add() would learn from its characters read
             * from the surface, where it was computed once */
            uint64_t h = k->lang, key8 = 0, key16 = 0;
            uint64_t j = ascii_run(t, i, b, k->tend, &h, &key8, &key16);
            if (j == b || t[j] < 0x80) {
                wcache_ent tmp;
                const wcache_ent *w = ascii_word(k->v, k->lang, t, i, j, h, key8, key16, &tmp);
                ac.seen |= w->tacc & 0xFFu;
                ac.nup += (w->tacc >> 8) & 0xFFu;
                if (!ac.first)
                    ac.first = (w->tacc >> 16) & 0xFFu;
                add_piece(k, i, j, &w->form, tok, first);
                first = 0;
                i = j;
                continue;
            }
        }
        int len;
        unsigned cl = class_at(t + i, b - i, &len);
        acc_add(&ac, cl);
        if (IS_PIECE(cl)) {
            if (!in) {
                ps = i;
                in = 1;
            }
        } else if (in) {
            add_piece(k, ps, i, rp_vocab_lookup_inline(k->v, k->lang, (const char *)t + ps, i - ps), tok,
                      first);
            first = in = 0;
        }
        i += (uint64_t)len;
    }
    if (in)
        add_piece(k, ps, b, rp_vocab_lookup_inline(k->v, k->lang, (const char *)t + ps, b - ps), tok,
                  first);
    return acc_flags(&ac);
}

/* The current sentence's token range ends at token ti: it holds the
 * tokens [cur_first, ti), if any (sentences without tokens get an empty
 * range after the block). */
static void close_sentence(tk *k, uint32_t ti)
{
    if (k->cs && ti > k->cur_first) {
        k->cs->tok_begin = k->cur_first;
        k->cs->tok_end = ti;
    }
}

/* Token ti, starting at a, is past the current sentence: it belongs to
 * the last of the block's sentences starting at or before a (they are
 * sorted by start).  Closes the current sentence's range and opens that
 * one's at ti. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void next_sentence(tk *k, uint64_t a, uint32_t ti)
{
    close_sentence(k, ti);
    const rp_sentence *sv = k->d->sentences.v;
    while (k->cur + 1 < k->nbsent && sv[k->bsent[k->cur + 1]].start <= a)
        k->cur++;
    k->next_start = k->cur + 1 < k->nbsent ? sv[k->bsent[k->cur + 1]].start : UINT64_MAX;
    k->csent = k->bsent[k->cur];
    k->cs = &k->d->sentences.v[k->csent];
    k->cur_first = ti;
}

/* The sentence of token ti, starting at a.  A sentence's tokens are
 * consecutive (tokens and sentences both go by offset within a block),
 * so the token ranges are set once per sentence, when the tokens move on
 * to the next one, not per token; a token costs one compare here.  In a
 * block without sentences next_start is UINT64_MAX and csent RP_NONE. */
static inline uint32_t sentence_of(tk *k, uint64_t a, uint32_t ti)
{
    if (a >= k->next_start)
        next_sentence(k, a, ti);
    return k->csent;
}

/* Token t is [a, b), of form f. */
static RP_ALWAYS_INLINE void fill_token(rp_token *t, uint64_t a, uint64_t b, const rp_form *f, uint32_t flags,
                                        uint32_t sentence, uint32_t block)
{
    t->start = a;
    t->end = b;
    memcpy(&t->norm, f, FORM_SPAN);
    t->sentence = sentence;
    t->block = block;
    t->flags = flags;
}

static RP_ALWAYS_INLINE void push_token(tk *k, uint64_t a, uint64_t b, const rp_form *f, uint32_t flags,
                              uint32_t ti)
{
    uint32_t sent = sentence_of(k, a, ti);
    fill_token(PUSH_FAST(k->d->tokens), a, b, f, flags, sent, k->block);
    k->prev_end = b;
}

/* A token that is one piece, itself (a word, a superscript footnote
 * marker, a Han character). */
static RP_ALWAYS_INLINE void emit_whole(tk *k, uint64_t a, uint64_t b, uint32_t flags)
{
    uint32_t ti = (uint32_t)k->d->tokens.n;
    if (k->prev_end == a)
        flags |= RP_TOK_GLUED;
    const rp_form *f = rp_vocab_lookup_inline(k->v, k->lang, (const char *)k->t + a, b - a);
    push_token(k, a, b, f, flags, ti);
}

/* Does [a, b) hold a byte >= 0x80? (The slow path's tokens only: the
 * fast paths take ASCII alone.) */
static int has_wide_byte(const unsigned char *t, uint64_t a, uint64_t b)
{
    unsigned char any = 0;
    for (uint64_t i = a; i < b; i++)
        any |= t[i];
    return any >= 0x80;
}

/* A token scanned for its pieces, [a, b) with surface entry sf: its pieces
 * written (from the surface's memo when there is one, else by
 * scan_pieces, which then fills the memo); returns the flags its
 * characters give. */
static uint32_t scanned_pieces(tk *k, uint64_t a, uint64_t b, struct surf *sf, uint32_t ti)
{
    rp_docbuf *d = k->d;
    const struct scanmemo *m = sf->memo;
    if (m) {
        if (m->wide)
            RP_VEC_PUSH(d->wide_tokens) = ti;
        for (uint32_t x = 0; x < m->n; x++)
            add_piece(k, a + m->p[x].start, a + m->p[x].end, m->p[x].form, ti, x == 0);
        return m->flags;
    }
    int wide = has_wide_byte(k->t, a, b);
    if (wide)
        RP_VEC_PUSH(d->wide_tokens) = ti;
    size_t p0 = d->pieces.n;
    uint32_t cf = scan_pieces(k, a, b, ti);
    size_t n = d->pieces.n - p0;
    struct scanmemo *nm = rp_vocab_alloc(k->v, sizeof *nm + n * sizeof nm->p[0]);
    nm->flags = cf;
    nm->wide = (uint32_t)wide;
    nm->n = (uint32_t)n;
    nm->pad = 0;
    for (size_t x = 0; x < n; x++) {
        const rp_piece *P = &d->pieces.v[p0 + x];
        nm->p[x].start = (uint32_t)(P->start - a);
        nm->p[x].end = (uint32_t)(P->end - a);
        nm->p[x].form = rp_vocab_lookup_inline(k->v, k->lang, (const char *)k->t + P->start,
                                               (size_t)(P->end - P->start));
    }
    sf->memo = nm;
    return cf;
}

static void emit(tk *k, uint64_t a, uint64_t b, uint32_t flags, int kind)
{
    if (kind == K_SCAN) {
        /* the token's surface entry first: it may know the rest */
        uint32_t ti = (uint32_t)k->d->tokens.n;
        if (k->prev_end == a)
            flags |= RP_TOK_GLUED;
        const unsigned char *s = k->t + a;
        struct surf *sf = rp_vocab_find(k->v, k->lang, (const char *)s, (size_t)(b - a),
                                        hash_bytes(s, (size_t)(b - a), k->lang), rp_load_head(s, (size_t)(b - a)));
        RP_VEC_PUSH(k->d->scanned_tokens) = ti;
        uint32_t cf = scanned_pieces(k, a, b, sf, ti);
        if (flags & (RP_TOK_SYMBOL | RP_TOK_FOOTNOTE))
            cf &= ~(uint32_t)RP_TOK_PUNCT;
        if (flags & RP_TOK_SYMBOL)
            cf &= ~(uint32_t)RP_TOK_NUMBER;
        flags |= cf;
        k->nonwords += (flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE)) != 0;
        push_token(k, a, b, sf->form, flags, ti);
        return;
    }
    if (has_wide_byte(k->t, a, b))
        RP_VEC_PUSH(k->d->wide_tokens) = (uint32_t)k->d->tokens.n;
    if (kind == K_WHOLE) {
        k->nonwords += (flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE)) != 0;
        emit_whole(k, a, b, flags);
        return;
    }
    uint32_t ti = (uint32_t)k->d->tokens.n;
    if (k->prev_end == a)
        flags |= RP_TOK_GLUED;
    const rp_form *f = rp_vocab_lookup_inline(k->v, k->lang, (const char *)k->t + a, b - a);
    k->nonwords += (flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE)) != 0;
    push_token(k, a, b, f, flags, ti);
}

/* ---- the ASCII word fast path ----------------------------------------- */

/* A plain ASCII word [a, b) (one piece, itself), with what ascii_word
 * found of it (its flags computed once per distinct surface, not per
 * token). */
static RP_ALWAYS_INLINE void emit_ascii(tk *k, uint64_t a, uint64_t b, const wcache_ent *w)
{
    uint32_t ti = (uint32_t)k->d->tokens.n;
    uint32_t flags = w->tflags;
    if (k->prev_end == a)
        flags |= RP_TOK_GLUED;
    push_token(k, a, b, &w->form, flags, ti);
}

/* ---- sub-scanners ---------------------------------------------------- */

static int ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static int ascii_upper_or_digit(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* Look-aheads that may fail stop after this many bytes, so that input
 * such as "A/B/C/..." or "ab.ab.ab..." costs linear time (a failed
 * look-ahead is repeated at every token).  Real symbols and e-mail local
 * parts are far shorter. */
#define LOOKAHEAD_MAX 64

/* What failed symbol look-aheads have learnt, so that "A/B/C/..." does
 * not repeat one at every token: positions within the current span. */
typedef struct symmemo {
    uint64_t nosym_until; /* no symbol starts in (its failed start, this) */
    uint64_t nd_from;     /* no ASCII digit in [nd_from, nd_pos) */
    uint64_t nd_pos;      /* ... and nd_pos is a digit or the span's end */
    uint64_t at_from;     /* the same for '@' (e-mail look-aheads) */
    uint64_t at_pos;
} symmemo;

/* The first ASCII digit at or after i (or e); amortised linear, since i
 * only grows within a span. */
static uint64_t next_digit(symmemo *sm, const unsigned char *t, uint64_t i, uint64_t e)
{
    if (i >= sm->nd_from && i <= sm->nd_pos)
        return sm->nd_pos;
    uint64_t p = i;
    while (p < e && !(t[p] >= '0' && t[p] <= '9'))
        p++;
    sm->nd_from = i;
    sm->nd_pos = p;
    return p;
}

/* The first '@' at or after i (or e), amortised the same way. */
static uint64_t next_at(symmemo *sm, const unsigned char *t, uint64_t i, uint64_t e)
{
    if (i >= sm->at_from && i <= sm->at_pos)
        return sm->at_pos;
    const unsigned char *q = memchr(t + i, '@', (size_t)(e - i));
    sm->at_from = i;
    sm->at_pos = q ? (uint64_t)(q - t) : e;
    return sm->at_pos;
}

/* End of a document symbol starting at a, or 0 (see the rules above). */
static uint64_t symbol_end(const unsigned char *t, uint64_t a, uint64_t lim, uint64_t e,
                           symmemo *sm)
{
    if (a < sm->nosym_until)
        return 0;
    if (lim - a > LOOKAHEAD_MAX)
        lim = a + LOOKAHEAD_MAX;
    if (next_digit(sm, t, a, e) >= lim)
        return 0; /* a symbol needs a digit */
    uint64_t p = a, end = 0;
    int comps = 0, digit = 0;
    while (p < lim && ascii_upper_or_digit(t[p])) {
        uint64_t q = p;
        for (;;) {
            while (q < lim && ascii_alnum(t[q])) {
                digit |= t[q] <= '9';
                q++;
            }
            if (q + 1 < lim && (t[q] == '.' || t[q] == '-') && ascii_alnum(t[q + 1])) {
                q++;
                continue;
            }
            break;
        }
        comps++;
        end = q;
        if (q + 1 < lim && t[q] == '/' && ascii_upper_or_digit(t[q + 1]))
            p = q + 1;
        else
            break;
    }
    if (comps >= 2 && digit)
        return end;
    /* the chain [a, end) ended where the bytes after it say so (not at
     * lim): no symbol starts inside it either */
    if (comps >= 1 && end + 1 < lim)
        sm->nosym_until = end;
    return 0;
}

/* URL bytes, one load each (URLs are long): 0 ends the URL (white space
 * and controls, non-ASCII, and <>"`{}|\^[]), 1 is part of it, 2 is "(",
 * 3 is ")" (part of it only when it closes a "(" inside it). */
static const unsigned char urlk[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 00-0f */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 10-1f */
    0, 1, 0, 1, 1, 1, 1, 1, 2, 3, 1, 1, 1, 1, 1, 1, /* 20-2f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, /* 30-3f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 40-4f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, /* 50-5f */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 60-6f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, /* 70-7f */
    /* 80-ff: 0 */
};

/* End of a URL starting at a (its scheme or "www." already seen). */
static uint64_t url_end(const unsigned char *t, uint64_t a, uint64_t lim)
{
    uint64_t p = a;
    int depth = 0;
    while (p < lim) {
        unsigned u = urlk[t[p]];
        if (u != 1) {
            if (u == 0)
                break;
            if (u == 2)
                depth++;
            else if (depth == 0)
                break;
            else
                depth--;
        }
        p++;
    }
    while (p > a && strchr(".,;:!?'\"*", t[p - 1]))
        p--;
    return p;
}

static int email_local(unsigned char c)
{
    return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* End of an e-mail address whose '@' is at `at` (local part [a, at)), or 0. */
static uint64_t email_end(const unsigned char *t, uint64_t a, uint64_t at, uint64_t lim)
{
    for (uint64_t p = a; p < at; p++)
        if (!email_local(t[p]))
            return 0;
    uint64_t p = at + 1, end = 0;
    int labels = 0;
    for (;;) {
        uint64_t q = p;
        while (q < lim && (ascii_alnum(t[q]) || t[q] == '-'))
            q++;
        if (q == p)
            break;
        labels++;
        end = q;
        if (q + 1 < lim && t[q] == '.' && ascii_alnum(t[q + 1]))
            p = q + 1;
        else
            break;
    }
    return labels >= 2 ? end : 0;
}

/* Position of an '@' reached from p over e-mail local-part characters, or 0. */
static uint64_t email_at(const unsigned char *t, uint64_t p, uint64_t lim)
{
    if (lim - p > LOOKAHEAD_MAX)
        lim = p + LOOKAHEAD_MAX;
    while (p < lim && email_local(t[p]))
        p++;
    return p < lim && t[p] == '@' ? p : 0;
}

static int ascii_ieq(const unsigned char *s, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 32) != (unsigned char)lit[i])
            return 0;
    return 1;
}

/* A single-letter abbreviation "e.g." / "U.S." at a (first letter at a,
 * a '.' after it): its end (after the last dot), or 0. */
static uint64_t abbrev_end(const unsigned char *t, uint64_t a, uint64_t lim)
{
    uint64_t p = a;
    int n = 0;
    while (p + 1 < lim && ((t[p] | 32) >= 'a' && (t[p] | 32) <= 'z') && t[p + 1] == '.') {
        n++;
        p += 2;
        if (p < lim && ascii_alnum(t[p]) && !(p + 1 < lim && t[p + 1] == '.'))
            return 0; /* "a.bc": not an abbreviation */
    }
    if (n < 2 || (p < lim && ascii_alnum(t[p])))
        return 0;
    return p;
}

/* Flags of a word token whose characters' classes are the bits in seen:
 * the first letter and the number of upper-case letters are looked at
 * only when there is an upper-case letter (the rare case). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t word_flags(const unsigned char *t, uint64_t a, uint64_t b, unsigned seen)
{
    acc ac = {seen, 0, 0};
    if (seen & BIT(C_UPPER))
        for (uint64_t i = a; i < b;) {
            int len;
            unsigned cl = class_at(t + i, b - i, &len);
            if (!ac.first && IS_LETTER(cl))
                ac.first = cl;
            ac.nup += cl == C_UPPER;
            i += (uint64_t)len;
        }
    return acc_flags(&ac);
}

static uint32_t ascii_word_flags(const unsigned char *t, uint64_t a, uint64_t b)
{
    unsigned seen = 0;
    for (uint64_t i = a; i < b; i++)
        seen |= word_bit[t[i]];
    return (seen & BIT(C_UPPER)) ? word_flags(t, a, b, seen)
           : (seen & BIT(C_LOWER)) ? RP_TOK_ALPHA : RP_TOK_NUMBER;
}

/* A word starting at i (a word character): returns its end, what kind of
 * token it makes (*flags gets SYMBOL for symbols) and, in *seen, the
 * classes of its word characters. */
static uint64_t scan_word(const unsigned char *t, uint64_t i, uint64_t lim, uint64_t e,
                          symmemo *sm, unsigned *seen, int *kind, uint32_t *flags)
{
    uint64_t j = i;
    unsigned last = 0, bits = 0;
    *kind = K_WHOLE;
    for (;;) {
        unsigned cl = C_SPACE;
        int len = 1;
        while (j < lim) {
            /* the hot loop: ASCII letters and digits */
            unsigned b = word_bit[t[j]];
            if (b) {
                bits |= b;
                j++;
                continue;
            }
            if (t[j] < 0x80) {
                cl = ascii_cls[t[j]];
                len = 1;
                break;
            }
            cl = class_at(t + j, e - j, &len);
            if (!IS_WORD(cl) || j + (uint64_t)len > lim)
                break;
            bits |= BIT(cl);
            last = cl;
            j += (uint64_t)len;
        }
        if (j > i && t[j - 1] < 0x80)
            last = ascii_cls[t[j - 1]];
        *seen = bits;
        if (j >= lim || IS_WORD(cl))
            break;
        uint64_t nx = j + (uint64_t)len;
        int len2 = 0;
        unsigned next = nx < lim ? class_at(t + nx, e - nx, &len2) : C_SPACE;
        int next_ok = nx < lim && nx + (uint64_t)len2 <= lim;
        switch (cl) {
        case C_HYPHEN:
        case C_APOS:
        case C_USCORE:
            if (next_ok && IS_WORD(next)) {
                j = nx;
                *kind = K_SCAN;
                continue;
            }
            break;
        case C_DOT:
            if (j - i == 3 && ascii_ieq(t + i, "www", 3) && next_ok && IS_WORD(next)) {
                *kind = K_SCAN;
                return url_end(t, i, lim);
            }
            if (next_ok && next != C_SPACE && next_at(sm, t, nx, e) < nx + LOOKAHEAD_MAX) {
                uint64_t at = email_at(t, nx, lim);
                uint64_t ee = at ? email_end(t, i, at, lim) : 0;
                if (ee) {
                    *kind = K_SCAN;
                    return ee;
                }
            }
            if (j - i == 1 && t[i] < 0x80) {
                uint64_t ae = abbrev_end(t, i, lim);
                if (ae) {
                    *kind = K_SCAN;
                    return ae;
                }
            }
            /* fall through */
        case C_COMMA:
            if (last == C_DIGIT && next_ok && next == C_DIGIT) {
                j = nx;
                *kind = K_SCAN;
                continue;
            }
            break;
        case C_SLASH: {
            uint64_t se = symbol_end(t, i, lim, e, sm);
            if (se > j) {
                *kind = K_SCAN;
                *flags |= RP_TOK_SYMBOL;
                return se;
            }
            break;
        }
        case C_AT: {
            uint64_t ee = email_end(t, i, j, lim);
            if (ee) {
                *kind = K_SCAN;
                return ee;
            }
            break;
        }
        case C_COLON:
            if (((j - i == 4 && ascii_ieq(t + i, "http", 4)) ||
                 (j - i == 5 && ascii_ieq(t + i, "https", 5)) ||
                 (j - i == 3 && ascii_ieq(t + i, "ftp", 3))) &&
                j + 3 < lim && t[j + 1] == '/' && t[j + 2] == '/') {
                *kind = K_SCAN;
                return url_end(t, i, lim);
            }
            break;
        default:
            break;
        }
        break;
    }
    return j;
}

/* What a byte says about the end of a plain ASCII word (plain_end) and
 * about white space, one load per question:
 *   BK_END    white space or plain punctuation: the word surely ends;
 *   BK_JOIN   - ' _ . , : the word ends unless the next byte joins;
 *   BK_AFTER  a byte after a joiner that no rule of scan_word() joins
 *             (ASCII, not a letter or digit, not one of @ . - _ % +);
 *   BK_SPACE  ASCII white space and control characters (ascii_cls
 *             C_SPACE).
 * Bytes 80-ff: 0 (the slow path decodes them). */
enum { BK_END = 1, BK_JOIN = 2, BK_AFTER = 4, BK_SPACE = 8 };
static const unsigned char bytek[256] = {
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, /* 00-0f */
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, /* 10-1f */
    13,  5,  5,  5,  5,  1,  5,  6,  5,  5,  5,  1,  6,  2,  2,  4, /* 20-2f */
     0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  4,  5,  5,  5,  5,  5, /* 30-3f */
     0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, /* 40-4f */
     0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  5,  5,  5,  5,  2, /* 50-5f */
     5,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, /* 60-6f */
     0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  5,  5,  5,  5, 13, /* 70-7f */
    /* 80-ff: 0 */
};

/* Does the ASCII word ending at j (t[j] is not a letter or digit) surely
 * end there?  True for white space and plain punctuation, and for a joiner
 * (- ' _ . ,) followed by a byte that no rule of scan_word() would join
 * (ASCII, not a letter or digit, not an e-mail character).  Anything else
 * goes the slow way. */
static inline int plain_end(const unsigned char *t, uint64_t j, uint64_t lim)
{
    unsigned c = bytek[t[j]];
    if (c & BK_END)
        return 1;
    if (!(c & BK_JOIN))
        return 0;
    return j + 1 >= lim || (bytek[t[j + 1]] & BK_AFTER);
}

/* The plain stretch of a span from i: white space and plain ASCII words
 * (those the fast path of scan_span takes), up to e, or to anything else,
 * or to a word at or past mlim (where a marker may start).  Returns
 * where it stopped; scan_span takes it from there.  It does exactly what
 * scan_span's loop does for these bytes, in a function of its own so
 * that the hot loop keeps its few values in registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t scan_plain(tk *k, uint64_t i, uint64_t e, uint64_t mlim)
{
    rp_docbuf *d = k->d;
    const unsigned char *t = k->t;
    /* Every word takes a byte at least, so the stretch adds at most e - i
     * tokens: with room for them reserved here (64 Ki at a time; the loop
     * stops early, where scan_span goes on, when it runs out) the tokens
     * are written through a local cursor, with no capacity test and no
     * reload of the vector after each store (push_token's PUSH_FAST) */
    size_t room = d->tokens.cap - d->tokens.n;
    if (room < e - i && room < 65536) {
        room = e - i < 65536 ? (size_t)(e - i) : 65536;
        RP_GROW(d->tokens.v, d->tokens.cap, d->tokens.n + room);
    }
    uint64_t stop = e - i > room ? i + room : e;
    rp_token *tp = d->tokens.v + d->tokens.n, *tp0 = tp;
    uint32_t ti = (uint32_t)d->tokens.n;
    while (i < stop) {
        unsigned char c = t[i];
        if (bytek[c] & BK_SPACE) {
            i++;
            continue;
        }
        if (i >= mlim)
            break;
        if (!word_bit[c]) {
            /* one ASCII punctuation byte, not repeated, whose surface
             * entry scan_span has already looked up: its token written
             * here, as scan_span would, rather than leaving the loop and
             * setting it up again after every comma and full stop */
            struct surf *sf = c < 0x80 && i + 1 < mlim && t[i + 1] != c ? k->punct[c] : NULL;
            if (!sf)
                break;
            uint32_t flags = k->prev_end == i ? RP_TOK_PUNCT | RP_TOK_GLUED : RP_TOK_PUNCT;
            k->nonwords++;
            fill_token(tp++, i, i + 1, sf->form, flags, sentence_of(k, i, ti), k->block);
            ti++;
            k->prev_end = ++i;
            continue;
        }
        uint64_t lim = mlim - i > RP_TOKEN_MAX ? i + RP_TOKEN_MAX : mlim;
        uint64_t h = k->lang, key8 = 0, key16 = 0;
        uint64_t j = ascii_run(t, i, lim, k->tend, &h, &key8, &key16);
        if (j < lim && !plain_end(t, j, lim))
            break;
        /* emit_ascii, through the cursor */
        wcache_ent tmp;
        const wcache_ent *w = ascii_word(k->v, k->lang, t, i, j, h, key8, key16, &tmp);
        uint32_t flags = k->prev_end == i ? w->tflags | RP_TOK_GLUED : w->tflags;
        fill_token(tp++, i, j, &w->form, flags, sentence_of(k, i, ti), k->block);
        ti++;
        k->prev_end = j;
        i = j < e && (bytek[t[j]] & BK_SPACE) ? j + 1 : j;
    }
    d->tokens.n += (size_t)(tp - tp0);
    return i;
}

/* First marker whose end is after off (markers are sorted and disjoint). */
static size_t first_marker(const rp_docbuf *d, uint64_t off)
{
    size_t lo = 0, hi = d->markers.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->markers.v[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void scan_span(tk *k, uint64_t s, uint64_t e)
{
    const unsigned char *t = k->t;
    const rp_span *mk = k->d->markers.v;
    size_t nm = k->d->markers.n;
    size_t m = first_marker(k->d, s);
    uint64_t i = s;
    symmemo sm = {0, UINT64_MAX, 0, UINT64_MAX, 0};
    /* mlim: where the next marker starts (or e).  Below it the marker
     * state cannot change, so it is looked at again only once i reaches
     * it, not at every token. */
    uint64_t mlim = 0;
    while (i < e) {
        if (i < mlim) {
            i = scan_plain(k, i, e, mlim);
            if (i >= e)
                break;
        }
        unsigned char c = t[i];
        if (bytek[c] & BK_SPACE) {
            i++;
            continue;
        }
        uint64_t lim = mlim;
        if (i >= mlim) {
            while (m < nm && mk[m].end <= i)
                m++;
            if (m < nm && mk[m].start < e) {
                if (mk[m].start <= i) {
                    uint64_t me = mk[m].end < e ? mk[m].end : e;
                    emit(k, i, me, RP_TOK_FOOTNOTE, K_SCAN);
                    i = me;
                    m++;
                    continue;
                }
                mlim = mk[m].start;
            } else
                mlim = e;
            lim = mlim;
        }
        if (lim - i > RP_TOKEN_MAX)
            lim = i + RP_TOKEN_MAX;
        if (word_bit[c]) {
            /* the fast path: an ASCII word ended by white space or by
             * punctuation that cannot join it to what follows, hashed
             * as it is scanned */
            uint64_t h = k->lang, key8 = 0, key16 = 0;
            uint64_t j = ascii_run(t, i, lim, k->tend, &h, &key8, &key16);
            if (j >= lim || plain_end(t, j, lim)) {
                wcache_ent tmp;
                emit_ascii(k, i, j, ascii_word(k->v, k->lang, t, i, j, h, key8, key16, &tmp));
                /* the usual single space, skipped here rather than by
                 * another turn of the loop */
                i = j < e && (bytek[t[j]] & BK_SPACE) ? j + 1 : j;
                continue;
            }
        }
        if (c < 0x80 && !word_bit[c]) {
            /* ASCII punctuation: a run of one repeated character, as in
             * the general case below; a single character's surface entry
             * is remembered for the rest of the document */
            uint64_t end = i + 1;
            while (end < lim && t[end] == c)
                end++;
            const rp_form *f;
            if (end == i + 1) {
                struct surf *sf = k->punct[c];
                if (!sf)
                    sf = k->punct[c] = rp_vocab_find(k->v, k->lang, (const char *)t + i, 1,
                                                     hash_bytes(t + i, 1, k->lang), c);
                f = sf->form;
            } else
                f = rp_vocab_lookup_inline(k->v, k->lang, (const char *)t + i, end - i);
            uint32_t flags = k->prev_end == i ? RP_TOK_PUNCT | RP_TOK_GLUED : RP_TOK_PUNCT;
            k->nonwords++;
            push_token(k, i, end, f, flags, (uint32_t)k->d->tokens.n);
            i = end;
            continue;
        }
        int len;
        unsigned cl = class_at(t + i, e - i, &len);
        uint64_t end = i + (uint64_t)len;
        if (cl == C_SPACE) {
            i = end;
            continue;
        }
        if (IS_WORD(cl)) {
            unsigned seen = 0;
            int kind;
            uint32_t flags = 0;
            end = scan_word(t, i, lim, e, &sm, &seen, &kind, &flags);
            if (end <= i) /* a character longer than lim: take it whole */
                end = i + (uint64_t)len;
            if (kind == K_WHOLE)
                flags |= word_flags(t, i, end, seen);
            emit(k, i, end, flags, kind);
        } else if (cl == C_SUPER) {
            while (end < lim) {
                int l2;
                if (class_at(t + end, e - end, &l2) != C_SUPER || end + (uint64_t)l2 > lim)
                    break;
                end += (uint64_t)l2;
            }
            emit(k, i, end, RP_TOK_FOOTNOTE | RP_TOK_NUMBER, K_WHOLE);
        } else if (cl == C_HAN) {
            emit(k, i, end, RP_TOK_HAN | RP_TOK_ALPHA, K_WHOLE);
        } else {
            if (c < 0x80)
                while (end < lim && t[end] == c)
                    end++;
            emit(k, i, end, RP_TOK_PUNCT, K_NONE);
        }
        i = end;
    }
}

static int cmp_run(const void *a, const void *b)
{
    const run *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

typedef struct keyed {
    uint64_t start;
    uint32_t idx;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* The start order of the tokens (start_runs, doc.h) from the per-span
 * runs of tokens (spans are disjoint, so sorting the runs sorts the
 * tokens). */
#if defined(__GNUC__)
__attribute__((noinline)) /* once per document: kept out of the scanner's registers */
#endif
static void build_by_start(rp_docbuf *d, run *runs, size_t nruns)
{
    /* Runs come almost in order: only a footnote printed inside a
     * paragraph cut by a page break comes a run or two late.  An insertion
     * sort (stable, like the qsort it replaces) costs next to nothing
     * there; past a bound on the moves, hostile input gets qsort. */
    size_t moves = 0, bound = 8 * nruns + 64;
    for (size_t r = 1; r < nruns; r++) {
        if (runs[r - 1].start <= runs[r].start)
            continue;
        run x = runs[r];
        size_t q = r;
        while (q > 0 && runs[q - 1].start > x.start && moves < bound) {
            runs[q] = runs[q - 1];
            q--;
            moves++;
        }
        runs[q] = x;
        if (moves >= bound) {
            qsort(runs, nruns, sizeof *runs, cmp_run);
            break;
        }
    }
    /* Tokens already in start order (every document without a paragraph
     * cut around footnotes): start_runs stays empty, which its readers
     * take as the identity (doc.h), and they skip the indirection. */
    const rp_token *tv = d->tokens.v;
    d->by_start.n = d->start_runs.n = 0;
    int in_order = moves == 0, overlap = 0;
    for (size_t r = 1; r < nruns; r++)
        if (tv[runs[r - 1].tok_end - 1].start > tv[runs[r].tok_begin].start)
            in_order = 0, overlap = 1;
    if (in_order)
        return;
    if (!overlap) {
        /* start_runs: the runs, those that continue each other joined;
         * the permutation itself is written only if someone asks for it
         * (rp_docbuf_by_start: the sink's offset lookups, regexes) */
        for (size_t r = 0; r < nruns; r++) {
            if (d->start_runs.n && d->start_runs.v[d->start_runs.n - 1].tok_end == runs[r].tok_begin)
                d->start_runs.v[d->start_runs.n - 1].tok_end = runs[r].tok_end;
            else
                RP_VEC_PUSH(d->start_runs) = (rp_tokrun){runs[r].tok_begin, runs[r].tok_end};
        }
        return;
    }
    /* overlapping spans (a segmenter bug; tokens are sorted within a run,
     * so checking where runs meet is enough): sort the tokens themselves,
     * then cut the order into runs */
    size_t n = d->tokens.n;
    keyed *kv = rp_xmalloc((n ? n : 1) * sizeof *kv);
    size_t x = 0;
    for (size_t r = 0; r < nruns; r++)
        for (uint32_t t = runs[r].tok_begin; t < runs[r].tok_end; t++, x++) {
            kv[x].start = tv[t].start;
            kv[x].idx = t;
        }
    qsort(kv, x, sizeof *kv, cmp_keyed);
    RP_GROW(d->by_start.v, d->by_start.cap, x);
    for (size_t y = 0; y < x; y++) {
        uint32_t t = d->by_start.v[y] = kv[y].idx;
        if (d->start_runs.n && d->start_runs.v[d->start_runs.n - 1].tok_end == t)
            d->start_runs.v[d->start_runs.n - 1].tok_end = t + 1;
        else
            RP_VEC_PUSH(d->start_runs) = (rp_tokrun){t, t + 1};
    }
    d->by_start.n = x;
    free(kv);
}

int rp_tokenize(rp_docbuf *d, rp_vocab *v)
{
    tk k;
    memset(&k, 0, sizeof k);
    k.d = d;
    k.v = v;
    k.lang = rp_vocab_lang(v, d->lang && d->lang[0] ? d->lang : "en");
    if (v->wcache_lang != k.lang) { /* the word cache holds one language */
        memset(v->wcache, 0, sizeof v->wcache);
        v->wcache_lang = k.lang;
    }
    k.t = (const unsigned char *)d->doc.text;
    k.tend = d->doc.len;
    d->tokens.n = d->pieces.n = d->by_start.n = d->wide_tokens.n = d->scanned_tokens.n = 0;
    d->start_runs.n = 0;

    /* the sentences of each block, by start: a counting sort by block */
    size_t nb = d->blocks.n, ns = d->sentences.n;
    uint32_t *bfirst = rp_xcalloc(nb + 1, sizeof *bfirst);
    uint32_t *bsent = rp_xmalloc((ns ? ns : 1) * sizeof *bsent);
    for (size_t s = 0; s < ns; s++) {
        rp_sentence *S = &d->sentences.v[s];
        S->tok_begin = S->tok_end = RP_NONE;
        if (S->block < nb)
            bfirst[S->block + 1]++;
    }
    for (size_t b = 0; b < nb; b++)
        bfirst[b + 1] += bfirst[b];
    {
        uint32_t *fill = rp_xmalloc((nb ? nb : 1) * sizeof *fill);
        memcpy(fill, bfirst, nb * sizeof *fill);
        for (size_t s = 0; s < ns; s++)
            if (d->sentences.v[s].block < nb)
                bsent[fill[d->sentences.v[s].block]++] = (uint32_t)s;
        free(fill);
    }

    uint64_t lo = d->body_start, hi = d->doc.len;
    size_t nruns = 0, caps = d->spans.n ? d->spans.n : 1;
    run *runs = rp_xmalloc(caps * sizeof *runs);
    for (size_t b = 0; b < nb; b++) {
        rp_block *B = &d->blocks.v[b];
        k.block = (uint32_t)b;
        k.block_tok_begin = (uint32_t)d->tokens.n;
        k.bsent = bsent + bfirst[b];
        k.nbsent = bfirst[b + 1] - bfirst[b];
        k.cur = 0;
        k.csent = k.nbsent ? k.bsent[0] : RP_NONE;
        k.cs = k.nbsent ? &d->sentences.v[k.csent] : NULL;
        k.next_start = k.nbsent > 1 ? d->sentences.v[k.bsent[1]].start : UINT64_MAX;
        k.cur_first = (uint32_t)d->tokens.n;
        k.prev_end = UINT64_MAX;
        B->tok_begin = (uint32_t)d->tokens.n;
        uint32_t sf = b < d->span_first.n ? d->span_first.v[b] : (uint32_t)d->spans.n;
        for (uint32_t x = 0; x < B->n_spans && sf + x < d->spans.n; x++) {
            rp_span sp = d->spans.v[sf + x];
            uint64_t s = sp.start < lo ? lo : sp.start, e = sp.end > hi ? hi : sp.end;
            if (s >= e)
                continue;
            uint32_t t0 = (uint32_t)d->tokens.n;
            scan_span(&k, s, e);
            if (d->tokens.n > t0) {
                if (nruns == caps)
                    RP_GROW(runs, caps, nruns + 1);
                runs[nruns].start = s;
                runs[nruns].tok_begin = t0;
                runs[nruns].tok_end = (uint32_t)d->tokens.n;
                nruns++;
            }
        }
        B->tok_end = (uint32_t)d->tokens.n;
        close_sentence(&k, B->tok_end);
        /* sentences without tokens: an empty range where they stand */
        uint32_t pos = B->tok_begin;
        for (uint32_t x = 0; x < k.nbsent; x++) {
            rp_sentence *S = &d->sentences.v[k.bsent[x]];
            if (S->tok_begin == RP_NONE)
                S->tok_begin = S->tok_end = pos;
            else
                pos = S->tok_end;
        }
    }
    for (size_t s = 0; s < ns; s++) /* sentences of no (valid) block */
        if (d->sentences.v[s].tok_begin == RP_NONE)
            d->sentences.v[s].tok_begin = d->sentences.v[s].tok_end = 0;
    build_by_start(d, runs, nruns);
    free(runs);
    free(bsent);
    free(bfirst);
    d->n_forms = rp_vocab_n_forms(v);
    d->n_words = d->tokens.n - k.nonwords;
    return 0;
}
