/*
 * utf8.c -- checking that a document is UTF-8, and the strict decoder the
 * tokenizer and the vocabulary share.
 *
 * What rp_utf8_check() accepts and refuses:
 *  - A UTF-8 byte-order mark (EF BB BF) is allowed and skipped: body_start
 *    becomes 3, and no block, sentence or token starts before it.
 *  - A UTF-16 or UTF-32 byte-order mark (FF FE, FE FF, FF FE 00 00,
 *    00 00 FE FF) refuses the document: the message says which encoding it
 *    is and how to convert it ("iconv -f UTF-16 -t UTF-8 IN > OUT").  We do
 *    not convert silently: every offset the engine reports is a byte offset
 *    into the file as given, and a converted copy would break that rule.
 *  - A NUL byte anywhere refuses the document as binary (the message gives
 *    the offset, and says "UTF-16 without a byte-order mark?" when every
 *    other byte is NUL).
 *
 * Invalid UTF-8 (the policy; the CLI and the driver rely on it):
 *  - Invalid bytes are counted, never fatal.  A stray continuation byte,
 *    a byte that can never start a sequence (C0, C1, F5..FF), an overlong
 *    form (C0 AF, E0 80 AF), an encoded surrogate (ED A0 80) and a sequence
 *    cut short by the end of the file or by an unexpected byte are each
 *    "invalid".  They are counted as Unicode's "maximal subparts"
 *    (Unicode 15, section 3.9, the practice W3C/WHATWG decoders follow):
 *    each maximal subpart counts once, and is what one U+FFFD replaces.
 *    n_invalid is that count and first_invalid the offset of the first.
 *  - The original bytes stay as they are (offsets point into them); the
 *    analysed view (token norm and stem) sees U+FFFD in their place, and a
 *    token that contains invalid bytes is flagged RP_TOK_INVALID.
 *  - The caller reports "DOC: N invalid UTF-8 sequences, first at byte X"
 *    as a warning and goes on.
 */
#include "config.h"

#include "text.h"

#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Second-byte ranges for each lead byte (Unicode Table 3-7,
 * "Well-Formed UTF-8 Byte Sequences"). */
static int second_ok(unsigned char lead, unsigned char b)
{
    switch (lead) {
    case 0xE0:
        return b >= 0xA0 && b <= 0xBF; /* no overlong 3-byte forms */
    case 0xED:
        return b >= 0x80 && b <= 0x9F; /* no surrogates */
    case 0xF0:
        return b >= 0x90 && b <= 0xBF; /* no overlong 4-byte forms */
    case 0xF4:
        return b >= 0x80 && b <= 0x8F; /* nothing above U+10FFFF */
    default:
        return b >= 0x80 && b <= 0xBF;
    }
}

/* Sequence length announced by a lead byte, 0 if it can never lead. */
static int lead_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 0;
}

int rp_utf8_decode(const unsigned char *s, size_t avail, int32_t *cp)
{
    if (avail == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n = lead_len(c);
    if (n == 0 || (size_t)n > avail || !second_ok(c, s[1]))
        return 0;
    for (int k = 2; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    switch (n) {
    case 2:
        *cp = ((int32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        break;
    case 3:
        *cp = ((int32_t)(c & 0x0F) << 12) | ((int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        break;
    default:
        *cp = ((int32_t)(c & 0x07) << 18) | ((int32_t)(s[1] & 0x3F) << 12) |
              ((int32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        break;
    }
    return n;
}

size_t rp_utf8_invalid_len(const unsigned char *s, size_t avail)
{
    if (avail == 0)
        return 0;
    int n = lead_len(s[0]);
    if (n <= 1 || avail < 2 || !second_ok(s[0], s[1]))
        return 1; /* stray continuation, impossible lead, or bad second byte */
    size_t k = 2;
    while (k < (size_t)n && k < avail && (s[k] & 0xC0) == 0x80)
        k++;
    return k; /* a truncated but otherwise well-formed prefix */
}

/* Does the 8-byte word have a zero byte / a byte >= 0x80? */
#define HAS_ZERO(w) (((w) - 0x0101010101010101ULL) & ~(w) & 0x8080808080808080ULL)
#define HAS_HIGH(w) ((w) & 0x8080808080808080ULL)

static int refuse_bom(const unsigned char *s, size_t n, char *err, size_t errlen)
{
    const char *enc = NULL, *from = NULL;
    if (n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)
        enc = "UTF-32LE", from = "UTF-32";
    else if (n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
        enc = "UTF-32BE", from = "UTF-32";
    else if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        enc = "UTF-16LE", from = "UTF-16";
    else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        enc = "UTF-16BE", from = "UTF-16";
    if (!enc)
        return 0;
    snprintf(err, errlen,
             "byte 0: the file is %s (it starts with a %s byte-order mark), not UTF-8; "
             "convert it first: iconv -f %s -t UTF-8 FILE > FILE.utf8.txt",
             enc, enc, from);
    return -1;
}

static int refuse_nul(const unsigned char *s, size_t n, size_t at, char *err, size_t errlen)
{
    /* UTF-16 without a byte-order mark: NUL in every other byte of
     * mostly-ASCII text.  Look at the first 256 bytes to say so. */
    size_t look = n < 256 ? n : 256, even = 0, odd = 0;
    for (size_t i = 0; i < look; i++)
        if (s[i] == 0)
            (i & 1) ? odd++ : even++;
    const char *hint = "";
    if (look >= 4 && (odd * 4 >= look * 3 / 2 || even * 4 >= look * 3 / 2))
        hint = " (UTF-16 without a byte-order mark? convert it: "
               "iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8.txt)";
    snprintf(err, errlen, "byte %zu: NUL byte, not a text file (binary?)%s", at, hint);
    return -1;
}

int rp_utf8_check(rp_docbuf *d, char *err, size_t errlen)
{
    const unsigned char *s = (const unsigned char *)d->doc.text;
    size_t n = (size_t)d->doc.len;
    d->body_start = 0;
    d->n_invalid = 0;
    d->first_invalid = 0;
    if (refuse_bom(s, n, err, errlen) < 0)
        return -1;
    size_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = d->body_start = 3;
    while (i < n) {
        /* ASCII fast path, eight bytes at a time; once eight bytes
         * passed, 32 per round (SSE2: one movemask answers "a byte
         * >= 0x80 or a NUL?" for all of them).  Text in other scripts
         * stops at the first test, as before. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (HAS_HIGH(w) || HAS_ZERO(w))
                break;
            i += 8;
#if defined(__SSE2__)
            const __m128i zero = _mm_setzero_si128();
            while (i + 32 <= n) {
                __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
                __m128i z = _mm_or_si128(_mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(b, zero));
                if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), z)))
                    break;
                i += 32;
            }
#endif
        }
        if (i >= n)
            break;
        unsigned char c = s[i];
        if (c == 0)
            return refuse_nul(s, n, i, err, errlen);
        if (c < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        int k = rp_utf8_decode(s + i, n - i, &cp);
        if (k > 0) {
            i += (size_t)k;
            continue;
        }
        if (d->n_invalid++ == 0)
            d->first_invalid = i;
        i += rp_utf8_invalid_len(s + i, n - i);
    }
    return 0;
}
