/* PLACEHOLDER (to be replaced by segment.c): one text block, one sentence. */
#include "config.h"
#include "segment.h"
int rp_segment(rp_docbuf *d)
{
    rp_docbuf_add_block(d, RP_BLOCK_TEXT, NULL, RP_NONE, 1, d->body_start, d->doc.len);
    rp_sentence *s = &RP_VEC_PUSH(d->sentences);
    s->start = d->body_start; s->end = d->doc.len; s->block = 0; s->tok_begin = s->tok_end = 0;
    d->n_pages = 1;
    return 0;
}
