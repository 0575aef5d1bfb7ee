/*
 * doc.c -- the reusable storage of one analysed document (see doc.h), and
 * the lookups that map a byte offset back to its sentence, block and
 * printed paragraph number (a token search that starts where the previous
 * one ended: annotations are located mostly in offset order).
 */
#include "config.h"

#include "doc.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void rp_docbuf_init(rp_docbuf *d)
{
    memset(d, 0, sizeof *d);
    rp_arena_init(&d->strings, 16384);
}

void rp_docbuf_reset(rp_docbuf *d)
{
    free(d->text_owned);
    d->text_owned = NULL;
    d->id = d->path = d->lang = NULL;
    d->meta.n = 0;
    d->body_start = d->n_invalid = d->first_invalid = 0;
    d->blocks.n = d->spans.n = d->span_first.n = 0;
    d->sections.n = d->sentences.n = d->markers.n = 0;
    d->tokens.n = d->by_start.n = d->pieces.n = d->wide_tokens.n = d->scanned_tokens.n = 0;
    d->start_runs.n = 0;
    d->n_pages = 0;
    d->n_forms = 0;
    d->n_words = 0;
    rp_arena_reset(&d->strings);
    memset(&d->doc, 0, sizeof d->doc);
}

void rp_docbuf_free(rp_docbuf *d)
{
    rp_docbuf_reset(d);
    if (d->seg_scratch_free)
        d->seg_scratch_free(d->seg_scratch);
    d->seg_scratch = NULL;
    d->seg_scratch_free = NULL;
    RP_VEC_FREE(d->meta);
    RP_VEC_FREE(d->blocks);
    RP_VEC_FREE(d->spans);
    RP_VEC_FREE(d->span_first);
    RP_VEC_FREE(d->sections);
    RP_VEC_FREE(d->sentences);
    RP_VEC_FREE(d->markers);
    RP_VEC_FREE(d->tokens);
    RP_VEC_FREE(d->pieces);
    RP_VEC_FREE(d->by_start);
    RP_VEC_FREE(d->wide_tokens);
    RP_VEC_FREE(d->scanned_tokens);
    RP_VEC_FREE(d->start_runs);
    rp_arena_free(&d->strings);
}

void rp_docbuf_publish(rp_docbuf *d)
{
    rp_doc *doc = &d->doc;
    doc->id = d->id;
    doc->path = d->path;
    doc->lang = d->lang;
    doc->meta = d->meta.v;
    doc->n_meta = (uint32_t)d->meta.n;
    for (size_t i = 0; i < d->blocks.n; i++)
        d->blocks.v[i].spans = d->spans.v + d->span_first.v[i];
    doc->blocks = d->blocks.v;
    doc->n_blocks = (uint32_t)d->blocks.n;
    doc->sections = d->sections.v;
    doc->n_sections = (uint32_t)d->sections.n;
    doc->sentences = d->sentences.v;
    doc->n_sentences = (uint32_t)d->sentences.n;
    doc->tokens = d->tokens.v;
    doc->n_tokens = (uint32_t)d->tokens.n;
    doc->n_pages = d->n_pages ? d->n_pages : 1;
    doc->n_forms = d->n_forms;
}

rp_docbuf *rp_docbuf_of(const rp_doc *doc)
{
    return (rp_docbuf *)((char *)doc - offsetof(rp_docbuf, doc));
}

const uint32_t *rp_docbuf_by_start(rp_docbuf *d)
{
    if (!d->start_runs.n)
        return NULL;
    if (d->by_start.n != d->tokens.n) {
        RP_GROW(d->by_start.v, d->by_start.cap, d->tokens.n);
        uint32_t *out = d->by_start.v;
        for (size_t r = 0; r < d->start_runs.n; r++)
            for (uint32_t t = d->start_runs.v[r].tok_begin; t < d->start_runs.v[r].tok_end; t++)
                *out++ = t;
        d->by_start.n = (size_t)(out - d->by_start.v);
    }
    return d->by_start.v;
}

uint32_t rp_docbuf_add_block(rp_docbuf *d, uint32_t kind, const char *label, uint32_t section,
                             uint32_t page, uint64_t start, uint64_t end)
{
    rp_block *b = &RP_VEC_PUSH(d->blocks);
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->label = label;
    b->section = section;
    b->page = page;
    b->n_spans = 1;
    RP_VEC_PUSH(d->span_first) = (uint32_t)d->spans.n;
    rp_span *s = &RP_VEC_PUSH(d->spans);
    s->start = start;
    s->end = end;
    b->spans = NULL; /* set by rp_docbuf_publish */
    return (uint32_t)(d->blocks.n - 1);
}

void rp_docbuf_extend_block(rp_docbuf *d, uint64_t start, uint64_t end)
{
    /* the last block's spans are the last ones in the span vector */
    rp_block *b = &d->blocks.v[d->blocks.n - 1];
    rp_span *s = &RP_VEC_PUSH(d->spans);
    s->start = start;
    s->end = end;
    b->n_spans++;
}

/* Where the last token_at lookup of this thread ended (a position in the
 * by-start order).  Annotations arrive mostly in offset order, one plugin
 * after the other, so the next lookup is usually at or near it: a
 * galloping search from there costs a few compares where a binary search
 * over the whole document costs ~14.  Only a hint: any value gives the
 * same answer (it is clamped and checked), whatever document it came from. */
static _Thread_local uint32_t token_hint;

/* Index of the token containing off, or RP_NONE. Tokens are in block
 * order, so search them through the by_start permutation. */
static uint32_t token_at(const rp_doc *doc, uint64_t off)
{
    /* NULL: the tokens are in offset order themselves */
    const uint32_t *perm = rp_docbuf_by_start(rp_docbuf_of(doc));
    const rp_token *tok = doc->tokens;
    uint32_t n = doc->n_tokens;
#define START(i) tok[perm ? perm[i] : (i)].start
    /* the answer is the number of tokens (in start order) starting at or
     * before off: find [lo, hi] holding it, from the hint outwards */
    uint32_t h = token_hint <= n ? token_hint : n;
    uint32_t lo, hi;
    if (h < n && START(h) <= off) {
        lo = h + 1; /* at or after h + 1 */
        hi = lo;
        uint32_t step = 1;
        while (hi < n && START(hi) <= off) {
            lo = hi + 1;
            hi = n - hi > step ? hi + step : n;
            step *= 2;
        }
    } else if (h > 0 && START(h - 1) > off) {
        hi = h - 1; /* at or before h - 1 */
        lo = hi;
        uint32_t step = 1;
        while (lo > 0 && START(lo - 1) > off) {
            hi = lo - 1;
            lo = hi > step ? hi - step : 0;
            step *= 2;
        }
    } else {
        lo = hi = h;
    }
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (START(mid) <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
#undef START
    token_hint = lo;
    if (lo == 0)
        return RP_NONE;
    uint32_t t = perm ? perm[lo - 1] : lo - 1;
    return off < tok[t].end ? t : RP_NONE;
}

uint32_t rp_doc_sentence_at(const rp_doc *doc, uint64_t off)
{
    uint32_t t = token_at(doc, off);
    if (t != RP_NONE)
        return doc->tokens[t].sentence;
    /* between tokens: the innermost sentence whose range holds off */
    for (uint32_t i = doc->n_sentences; i-- > 0;)
        if (doc->sentences[i].start <= off && off < doc->sentences[i].end)
            return i;
    return RP_NONE;
}

uint32_t rp_doc_block_at(const rp_doc *doc, uint64_t off)
{
    /* tokens know their block (a block with several spans interleaves
     * with footnote blocks, so offsets alone are ambiguous) */
    uint32_t t = token_at(doc, off);
    if (t != RP_NONE)
        return doc->tokens[t].block;
    /* not inside a token: scan the spans */
    for (uint32_t i = 0; i < doc->n_blocks; i++)
        for (uint32_t k = 0; k < doc->blocks[i].n_spans; k++)
            if (doc->blocks[i].spans[k].start <= off && off < doc->blocks[i].spans[k].end)
                return i;
    return RP_NONE;
}

const char *rp_doc_para_at(const rp_doc *doc, uint64_t off)
{
    uint32_t b = rp_doc_block_at(doc, off);
    if (b == RP_NONE || doc->blocks[b].kind != RP_BLOCK_PARAGRAPH)
        return NULL;
    return doc->blocks[b].label;
}

const char *rp_block_kind_name(uint32_t kind)
{
    static const char *const names[] = {"?", "title", "heading", "paragraph", "footnote", "text"};
    return kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

void rp_token_flags_json(rp_buf *b, uint32_t flags)
{
    static const char *const names[] = {"alpha", "number", "punct", "capitalized", "allcaps",
                                        "footnote", "symbol", "invalid", "han", "glued"};
    rp_buf_addc(b, '[');
    int first = 1;
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (flags & (1u << i)) {
            if (!first)
                rp_buf_addc(b, ',');
            rp_buf_addc(b, '"');
            rp_buf_adds(b, names[i]);
            rp_buf_addc(b, '"');
            first = 0;
        }
    rp_buf_addc(b, ']');
}

void rp_doc_locate(const rp_doc *doc, uint64_t off, uint32_t *sentence, uint32_t *block,
                   const char **para)
{
    uint32_t t = token_at(doc, off);
    if (t != RP_NONE) {
        *sentence = doc->tokens[t].sentence;
        *block = doc->tokens[t].block;
    } else {
        *sentence = rp_doc_sentence_at(doc, off);
        *block = rp_doc_block_at(doc, off);
    }
    *para = (*block != RP_NONE && doc->blocks[*block].kind == RP_BLOCK_PARAGRAPH) ? doc->blocks[*block].label
                                                                                 : NULL;
}
