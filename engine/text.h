/*
 * text.h -- bytes to words: UTF-8 checking, the per-worker vocabulary
 * (folding and stemming each distinct form once), and the tokenizer.
 *
 * Folding is NFKC + Unicode case folding (utf8proc); stemming is Snowball
 * (libstemmer), one stemmer per language per vocabulary, and a vocabulary
 * belongs to one worker thread.
 */
#ifndef RP_TEXT_H
#define RP_TEXT_H

#include "doc.h"

/* ---- UTF-8 ---------------------------------------------------------- */

/* Checks d->doc.text: sets body_start (skips a UTF-8 BOM), n_invalid and
 * first_invalid. Returns 0, or -1 when the text is not UTF-8 at all
 * (a UTF-16/UTF-32 BOM, or NUL bytes): then err holds the reason. */
int rp_utf8_check(rp_docbuf *d, char *err, size_t errlen);

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid;
 * *cp receives the code point. */
int rp_utf8_decode(const unsigned char *s, size_t avail, int32_t *cp);
/* Length (1-3) of the invalid sequence at s: its "maximal subpart", the
 * bytes one U+FFFD replaces (0 when avail is 0). Call it where
 * rp_utf8_decode() returned 0. */
size_t rp_utf8_invalid_len(const unsigned char *s, size_t avail);

/* ---- vocabulary ----------------------------------------------------- */

typedef struct rp_vocab rp_vocab;

/* A distinct form: pointers stable for the vocabulary's life. */
typedef struct rp_form {
    const char *norm;
    const char *stem;
    uint32_t norm_len;
    uint32_t stem_len;
    uint32_t id; /* dense, from 1 */
} rp_form;

/* Owned by the caller; free with rp_vocab_free. */
rp_vocab *rp_vocab_new(void);
void rp_vocab_free(rp_vocab *v);
/* Folds and stems the surface bytes src[0..len) for language lang and
 * returns the form (cached: each distinct surface is folded and stemmed
 * once). Invalid UTF-8 becomes U+FFFD in norm. Never NULL. The form and
 * its strings are owned by the vocabulary, valid until rp_vocab_free(). */
const rp_form *rp_vocab_surface(rp_vocab *v, const char *lang, const char *src, size_t len);
/* Number of ids handed out + 1. */
uint32_t rp_vocab_n_forms(const rp_vocab *v);
/* The vocabulary's language index for lang (as rp_vocab_surface takes
 * it), and the lookup by that index: what the tokenizer uses per token.
 * src must be shorter than 4 GiB. The form is owned by the vocabulary. */
uint32_t rp_vocab_lang(rp_vocab *v, const char *lang);
const rp_form *rp_vocab_lookup(rp_vocab *v, uint32_t lang, const char *src, size_t len);
/* Bytes the vocabulary holds, and whether it has grown past its soft
 * bound (see vocab.c): a worker checks this between documents and, when
 * set, reopens its plugin instances with a fresh vocabulary. */
size_t rp_vocab_bytes(const rp_vocab *v);
int rp_vocab_full(const rp_vocab *v);
/* Is there a Snowball stemmer for lang ("en", "fr", "english", "en-GB",
 * case-insensitive)? 0 for NULL, "", "zh", "ja" and unknown codes. */
int rp_stem_language_ok(const char *lang);

/* Stand-alone helpers for code that has no vocabulary (lexicon loading):
 * fold src into out (malloc'd, caller frees; *outlen its length). */
char *rp_fold(const char *src, size_t len, size_t *outlen);

/* ---- tokenizer ------------------------------------------------------ */

/* No token is longer than this many bytes: a longer run is cut into
 * consecutive glued tokens (see token.c). */
#define RP_TOKEN_MAX 1024

/* Tokenizes every block span of d (after rp_segment): fills tokens and
 * pieces, gives each token its sentence and block, fills the token ranges
 * of sentences and blocks, and sets n_forms. Stems in d->lang ("en" when
 * NULL). Token and piece strings belong to v. Returns 0. */
int rp_tokenize(rp_docbuf *d, rp_vocab *v);

#endif /* RP_TEXT_H */
