/*
 * write_conllu.c -- `annotate --format conllu`: the tokens of each document
 * as a CoNLL-U Plus table (https://universaldependencies.org/ext-format.html)
 * for people who want tokens with the annotations as columns.
 *
 * The ten CoNLL-U columns carry what the engine knows without a parser:
 * ID (per sentence), FORM (the token's bytes), LEMMA (its Snowball stem),
 * UPOS..DEPS '_', MISC the byte offsets (Start=, End=), the printed
 * paragraph number (Para=) and SpaceAfter=No for glued tokens.  Then one
 * column per plugin (RP:THEMES, RP:ACTORS, ...) with the labels of the
 * annotations covering the token, BIO-prefixed, several joined by ';'.
 * Mapping annotations to tokens is a counting sort over (token, cell), so
 * a document costs O(tokens + covered cells), no per-token allocation.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "writers.h"

void rp_conllu_scratch_free(rp_conllu_scratch *s)
{
    RP_VEC_FREE(s->order);
    RP_VEC_FREE(s->first);
    RP_VEC_FREE(s->cells);
    RP_VEC_FREE(s->sorted);
}

void rp_write_conllu_header(rp_buf *out, const char *const *plugins, size_t n_plugins)
{
    rp_buf_adds(out, "# global.columns = ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC");
    for (size_t i = 0; i < n_plugins; i++) {
        rp_buf_adds(out, " RP:");
        for (const char *p = plugins[i]; *p; p++)
            rp_buf_addc(out, (char)(isalnum((unsigned char)*p) ? toupper((unsigned char)*p) : '_'));
    }
    rp_buf_addc(out, '\n');
}

static int cmp_tok_start(const void *a, const void *b, void *doc)
{
    const rp_token *t = ((const rp_doc *)doc)->tokens;
    uint64_t x = t[*(const uint32_t *)a].start, y = t[*(const uint32_t *)b].start;
    return x < y ? -1 : x > y;
}

/* Builds s->order: token indexes sorted by start (tokens are in block
 * order, which differs from offset order only around page breaks). */
static void sort_tokens(const rp_doc *doc, rp_conllu_scratch *s)
{
    RP_GROW(s->order.v, s->order.cap, doc->n_tokens + 1);
    s->order.n = doc->n_tokens;
    int sorted = 1;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        s->order.v[i] = i;
        if (i && doc->tokens[i].start < doc->tokens[i - 1].start)
            sorted = 0;
    }
    if (!sorted)
        qsort_r(s->order.v, doc->n_tokens, sizeof *s->order.v, cmp_tok_start, (void *)doc);
}

/* Index in s->order of the first token ending after off. */
static size_t first_after(const rp_doc *doc, const rp_conllu_scratch *s, uint64_t off)
{
    size_t lo = 0, hi = s->order.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[s->order.v[mid]].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void add_misc_value(rp_buf *out, const char *s)
{
    for (; *s; s++) {
        char c = *s;
        rp_buf_addc(out, c == '|' || c == '=' || c == '\t' || c == '\n' || c == '\r' || c == ' ' ? '_' : c);
    }
}

void rp_write_conllu(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                     const char *const *plugins, size_t n_plugins, const rp_wctx *ctx,
                     rp_conllu_scratch *s)
{
    sort_tokens(doc, s);
    s->cells.n = 0;
    for (size_t i = 0; i < n; i++) {
        if (!rp_filter_pass(ctx->filter, a[i].plugin, a[i].label))
            continue;
        size_t col;
        for (col = 0; col < n_plugins; col++)
            if (strcmp(plugins[col], a[i].plugin) == 0)
                break;
        if (col == n_plugins)
            continue;
        int first = 1;
        for (size_t k = first_after(doc, s, a[i].start); k < s->order.n; k++) {
            const rp_token *t = &doc->tokens[s->order.v[k]];
            if (t->start >= a[i].end && !(a[i].start == a[i].end && t->start == a[i].start))
                break;
            rp_conllu_cell *c = &RP_VEC_PUSH(s->cells);
            c->tok = s->order.v[k];
            c->col = (uint32_t)col;
            c->annot = (uint32_t)i;
            c->begin = (uint32_t)first;
            first = 0;
            if (a[i].start == a[i].end)
                break;
        }
    }
    /* counting sort of the cells by token */
    RP_GROW(s->first.v, s->first.cap, (size_t)doc->n_tokens + 2);
    memset(s->first.v, 0, ((size_t)doc->n_tokens + 2) * sizeof *s->first.v);
    for (size_t i = 0; i < s->cells.n; i++)
        s->first.v[s->cells.v[i].tok + 2]++;
    for (uint32_t t = 0; t < doc->n_tokens; t++)
        s->first.v[t + 2] += s->first.v[t + 1];
    RP_GROW(s->sorted.v, s->sorted.cap, s->cells.n + 1);
    s->sorted.n = s->cells.n;
    for (size_t i = 0; i < s->cells.n; i++)
        s->sorted.v[s->first.v[s->cells.v[i].tok + 1]++] = s->cells.v[i];
    /* now cells of token t are sorted[first[t] .. first[t+1]) */

    rp_buf_adds(out, "# newdoc id = ");
    rp_buf_add_line(out, doc->id, strlen(doc->id));
    rp_buf_addc(out, '\n');
    uint32_t sent = RP_NONE, id = 0;
    for (uint32_t ti = 0; ti < doc->n_tokens; ti++) {
        const rp_token *t = &doc->tokens[ti];
        if (ti == 0 || t->sentence != sent) {
            if (ti)
                rp_buf_addc(out, '\n');
            sent = t->sentence;
            id = 0;
            rp_buf_adds(out, "# sent_id = ");
            rp_buf_add_line(out, doc->id, strlen(doc->id));
            rp_buf_addc(out, '/');
            if (sent == RP_NONE)
                rp_buf_adds(out, "none");
            else
                rp_buf_add_u64(out, sent);
            /* the sentence's text: from this token to the last one of
             * the same sentence in this run */
            uint32_t tj = ti;
            while (tj + 1 < doc->n_tokens && doc->tokens[tj + 1].sentence == sent &&
                   doc->tokens[tj + 1].start >= t->start)
                tj++;
            uint64_t e = doc->tokens[tj].end;
            rp_buf_adds(out, "\n# text = ");
            rp_buf_add_line(out, doc->text + t->start, (size_t)(e - t->start));
            rp_buf_addc(out, '\n');
        }
        rp_buf_add_u64(out, ++id);
        rp_buf_addc(out, '\t');
        if (t->end > t->start)
            rp_buf_add_line(out, doc->text + t->start, (size_t)(t->end - t->start));
        else
            rp_buf_addc(out, '_');
        rp_buf_addc(out, '\t');
        if (t->stem && t->stem_len)
            rp_buf_add_line(out, t->stem, t->stem_len);
        else
            rp_buf_addc(out, '_');
        rp_buf_adds(out, "\t_\t_\t_\t_\t_\t_\tStart=");
        rp_buf_add_u64(out, t->start);
        rp_buf_adds(out, "|End=");
        rp_buf_add_u64(out, t->end);
        if (t->block < doc->n_blocks && doc->blocks[t->block].kind == RP_BLOCK_PARAGRAPH &&
            doc->blocks[t->block].label) {
            rp_buf_adds(out, "|Para=");
            add_misc_value(out, doc->blocks[t->block].label);
        }
        if (ti + 1 < doc->n_tokens && (doc->tokens[ti + 1].flags & RP_TOK_GLUED) &&
            doc->tokens[ti + 1].sentence == sent)
            rp_buf_adds(out, "|SpaceAfter=No");
        uint32_t c0 = s->first.v[ti], c1 = s->first.v[ti + 1];
        for (size_t col = 0; col < n_plugins; col++) {
            rp_buf_addc(out, '\t');
            int any = 0;
            for (uint32_t c = c0; c < c1; c++) {
                const rp_conllu_cell *cell = &s->sorted.v[c];
                if (cell->col != col)
                    continue;
                if (any)
                    rp_buf_addc(out, ';');
                any = 1;
                rp_buf_adds(out, cell->begin ? "B-" : "I-");
                const char *l = a[cell->annot].label;
                for (; *l; l++)
                    rp_buf_addc(out, *l == ';' || *l == '\t' || *l == '\n' || *l == ' ' ? '_' : *l);
            }
            if (!any)
                rp_buf_addc(out, '_');
        }
        rp_buf_addc(out, '\n');
    }
    rp_buf_addc(out, '\n');
}
