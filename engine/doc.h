/*
 * doc.h -- the engine's own storage for one analysed document.
 *
 * A worker reuses one rp_docbuf from document to document: the vectors
 * keep their capacity, so the steady state allocates nothing per token.
 * The stages fill it in order:
 *   input   -> text, len, id, path, lang, meta        (analyze.c)
 *   utf8    -> body_start, invalid counts              (text/utf8.c)
 *   segment -> blocks, spans, sections, sentences (byte ranges), markers,
 *              n_pages                                  (segment.c)
 *   tokenize-> tokens, pieces, and the token ranges of sentences/blocks
 *                                                       (text/token.c)
 * then rp_docbuf_publish() points the public rp_doc view at the vectors.
 */
#ifndef RP_DOC_H
#define RP_DOC_H

#include <rapporteur/plugin.h>

#include "util.h"

/* A piece: a maximal run of letters, digits and combining marks inside a
 * token (COVID-19 -> covid, 19; d'Ivoire -> d, ivoire). Lexicon phrases
 * and words match pieces, so "gender based violence" matches
 * "gender-based violence".  Only the tokens listed in scanned_tokens have
 * their pieces written out (in pieces); any other token is one piece, the
 * token itself (same span and form), unless it is punctuation
 * (RP_TOK_PUNCT), which has none.  Most tokens are plain words: they cost
 * no piece record. */
typedef struct rp_piece {
    uint64_t start;
    uint64_t end;
    const char *norm; /* folded form (owned by the vocabulary) */
    const char *stem;
    uint32_t norm_len;
    uint32_t stem_len;
    uint32_t norm_id;
    uint32_t token;   /* the token it belongs to */
    uint32_t flags;   /* RP_PIECE_* */
} rp_piece;

enum {
    RP_PIECE_FIRST = 1u << 1 /* first piece of its token */
};

/* Tokens [tok_begin, tok_end): consecutive indexes that are also
 * consecutive in start order (a stretch of by_start). */
typedef struct rp_tokrun {
    uint32_t tok_begin;
    uint32_t tok_end;
} rp_tokrun;

typedef struct rp_docbuf {
    rp_doc doc; /* the public view; arrays point into the vectors below */

    /* what to build */
    unsigned skip;      /* enum rp_doc_part: parts left out (no sentences:
                           every token's sentence RP_NONE, every block's
                           range empty); set by the caller, kept by reset */

    /* input */
    char *text_owned;   /* text the docbuf owns (freed at reset), or NULL
                           when the caller owns doc.text */
    const char *id, *path, *lang;
    RP_VEC(rp_kv) meta;

    /* utf8 */
    uint64_t body_start;    /* 3 after a UTF-8 BOM, else 0 */
    uint64_t n_invalid;     /* invalid byte sequences found */
    uint64_t first_invalid; /* offset of the first one */

    /* segment */
    RP_VEC(rp_block) blocks;
    RP_VEC(rp_span) spans;        /* blocks' spans; block i owns spans
                                     [span_first[i], span_first[i]+n_spans) */
    RP_VEC(uint32_t) span_first;
    RP_VEC(rp_section) sections;
    RP_VEC(rp_sentence) sentences;
    RP_VEC(rp_span) markers;      /* footnote markers found by the segmenter
                                     (sorted, disjoint); the tokenizer makes
                                     each one token flagged RP_TOK_FOOTNOTE */
    uint32_t n_pages;
    void *seg_scratch;                /* the segmenter's working memory, kept from
                                         document to document like the vectors */
    void (*seg_scratch_free)(void *); /* how rp_docbuf_free releases it */

    /* tokenize */
    RP_VEC(rp_token) tokens;      /* in block order, then by offset: a paragraph
                                     cut by a page break has its tokens together,
                                     before those of the footnotes in between */
    RP_VEC(uint32_t) by_start;    /* token indexes sorted by start offset: read
                                     it through rp_docbuf_by_start(), which
                                     writes it on first use */
    RP_VEC(rp_tokrun) start_runs; /* the start order as maximal runs of
                                     consecutive token indexes; EMPTY when the
                                     tokens are in start order already (most
                                     documents): token i is then the i-th by
                                     start */
    RP_VEC(rp_piece) pieces;      /* of the scanned tokens, in token order */
    RP_VEC(uint32_t) scanned_tokens; /* ascending indexes of the tokens whose
                                     pieces are in pieces (possibly none) */
    RP_VEC(uint32_t) wide_tokens; /* ascending indexes of the tokens holding a
                                     byte >= 0x80 (the rest are plain ASCII,
                                     whose pieces are their runs of ASCII letters
                                     and digits: the matcher's simple mode reads
                                     those from the pieces) */
    uint32_t n_forms;
    uint64_t n_words;             /* tokens neither punctuation nor footnote
                                     markers (rp_count_words of them all) */

    rp_arena strings;   /* labels, titles, paths, meta strings */
} rp_docbuf;

void rp_docbuf_init(rp_docbuf *d);
/* Forget the current document (keeps capacity). */
void rp_docbuf_reset(rp_docbuf *d);
void rp_docbuf_free(rp_docbuf *d);
/* Points the public view at the vectors (call after every stage that may
 * have grown them, and before handing the doc to a plugin). */
void rp_docbuf_publish(rp_docbuf *d);
/* The docbuf behind a public view the engine published. */
rp_docbuf *rp_docbuf_of(const rp_doc *doc);
/* Token indexes sorted by start offset (n_tokens of them), or NULL when
 * the tokens are in start order themselves.  Written from start_runs on
 * the first call after rp_tokenize; owned by d, valid until the next
 * rp_tokenize or reset. */
const uint32_t *rp_docbuf_by_start(rp_docbuf *d);

/* Adds a block with one span; returns its index. Labels are copied into
 * the arena by the caller (rp_arena_strndup). */
uint32_t rp_docbuf_add_block(rp_docbuf *d, uint32_t kind, const char *label,
                             uint32_t section, uint32_t page, uint64_t start, uint64_t end);
/* Adds a span to the LAST block (a paragraph going on after a page break). */
void rp_docbuf_extend_block(rp_docbuf *d, uint64_t start, uint64_t end);

/* Where byte offset off lies: its sentence and block (RP_NONE if none) and
 * the printed number of its numbered paragraph (NULL if none), with one
 * search. */
void rp_doc_locate(const rp_doc *doc, uint64_t off, uint32_t *sentence, uint32_t *block,
                   const char **para);
/* Index of the sentence / block containing byte offset off, or RP_NONE. */
uint32_t rp_doc_sentence_at(const rp_doc *doc, uint64_t off);
uint32_t rp_doc_block_at(const rp_doc *doc, uint64_t off);
/* The printed number of the numbered paragraph containing off; NULL in
 * unnumbered paragraphs and in every other kind of block. */
const char *rp_doc_para_at(const rp_doc *doc, uint64_t off);

/* "title", "heading", "paragraph", "footnote", "text" (static strings). */
const char *rp_block_kind_name(uint32_t kind);
/* Writes the names of the set token flags as a JSON array into b
 * (["alpha","capitalized"]). */
void rp_token_flags_json(rp_buf *b, uint32_t flags);

#endif /* RP_DOC_H */
