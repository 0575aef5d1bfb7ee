/* PLACEHOLDER (to be replaced by utf8.c, vocab.c, token.c): just enough
 * for the tree to build. */
#include "config.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>
struct rp_vocab { rp_arena a; uint32_t n; };
int rp_utf8_check(rp_docbuf *d, char *err, size_t errlen) { (void)err; (void)errlen; d->body_start = 0; return 0; }
int rp_utf8_decode(const unsigned char *s, size_t avail, int32_t *cp) { (void)avail; *cp = s[0]; return 1; }
rp_vocab *rp_vocab_new(void) { rp_vocab *v = rp_xcalloc(1, sizeof *v); rp_arena_init(&v->a, 65536); return v; }
void rp_vocab_free(rp_vocab *v) { if (v) { rp_arena_free(&v->a); free(v); } }
const rp_form *rp_vocab_surface(rp_vocab *v, const char *lang, const char *src, size_t len)
{ (void)lang; rp_form *f = rp_arena_alloc(&v->a, sizeof *f); f->norm = f->stem = rp_arena_strndup(&v->a, src, len);
  f->norm_len = f->stem_len = (uint32_t)len; f->id = ++v->n; return f; }
uint32_t rp_vocab_n_forms(const rp_vocab *v) { return v->n + 1; }
int rp_stem_language_ok(const char *lang) { return strcmp(lang, "en") == 0; }
char *rp_fold(const char *src, size_t len, size_t *outlen) { *outlen = len; return rp_xstrndup(src, len); }
int rp_tokenize(rp_docbuf *d, rp_vocab *v)
{
    const char *t = d->doc.text;
    for (size_t b = 0; b < d->blocks.n; b++) {
        rp_span s = d->spans.v[d->span_first.v[b]];
        d->blocks.v[b].tok_begin = (uint32_t)d->tokens.n;
        for (uint64_t i = s.start; i < s.end;) {
            while (i < s.end && (t[i] == ' ' || t[i] == '\n')) i++;
            uint64_t j = i;
            while (j < s.end && t[j] != ' ' && t[j] != '\n') j++;
            if (j > i) { rp_token *k = &RP_VEC_PUSH(d->tokens); memset(k, 0, sizeof *k);
                const rp_form *f = rp_vocab_surface(v, d->lang, t + i, j - i);
                k->start = i; k->end = j; k->norm = f->norm; k->stem = f->stem; k->norm_len = f->norm_len;
                k->stem_len = f->stem_len; k->norm_id = f->id; k->block = (uint32_t)b; k->sentence = 0; }
            i = j;
        }
        d->blocks.v[b].tok_end = (uint32_t)d->tokens.n;
    }
    if (d->sentences.n) { d->sentences.v[0].tok_begin = 0; d->sentences.v[0].tok_end = (uint32_t)d->tokens.n; }
    d->n_forms = rp_vocab_n_forms(v);
    return 0;
}
