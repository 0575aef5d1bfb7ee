/*
 * write_jsonl.c -- the default output of `annotate`: one JSON object per
 * annotation and line, with the fields DESIGN.md fixes (doc, plugin,
 * label, start, end, text, para, sentence, attrs) plus page, section and
 * block, and the manifest metadata columns chosen with --meta.  Loads
 * with pandas.read_json(lines=True) and jsonlite::stream_in().
 */
#include "config.h"

#include <string.h>

#include "writers.h"

static void add_key(rp_buf *b, const char *key)
{
    rp_buf_addc(b, ',');
    rp_buf_add_json(b, key, strlen(key));
    rp_buf_addc(b, ':');
}

static void add_str_or_null(rp_buf *b, const char *s)
{
    if (s)
        rp_buf_add_json(b, s, strlen(s));
    else
        rp_buf_add(b, "null", 4);
}

static void add_u32_or_null(rp_buf *b, uint32_t v)
{
    if (v == RP_NONE)
        rp_buf_add(b, "null", 4);
    else
        rp_buf_add_u64(b, v);
}

void rp_write_jsonl(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                    const rp_wctx *ctx)
{
    size_t idlen = strlen(doc->id);
    for (size_t i = 0; i < n; i++) {
        const rp_annot *an = &a[i];
        if (!rp_filter_pass(ctx->filter, an->plugin, an->label))
            continue;
        uint64_t start = an->start <= doc->len ? an->start : doc->len;
        uint64_t end = an->end <= doc->len && an->end >= start ? an->end : start;
        rp_buf_reserve(out, 160 + (size_t)(end - start) + idlen);
        rp_buf_add(out, "{\"doc\":", 7);
        rp_buf_add_json(out, doc->id, idlen);
        rp_buf_add(out, ",\"plugin\":", 10);
        rp_buf_add_json(out, an->plugin, strlen(an->plugin));
        rp_buf_add(out, ",\"label\":", 9);
        rp_buf_add_json(out, an->label, strlen(an->label));
        rp_buf_add(out, ",\"start\":", 9);
        rp_buf_add_u64(out, start);
        rp_buf_add(out, ",\"end\":", 7);
        rp_buf_add_u64(out, end);
        rp_buf_add(out, ",\"text\":", 8);
        rp_buf_add_json(out, doc->text + start, (size_t)(end - start));
        rp_buf_add(out, ",\"para\":", 8);
        add_str_or_null(out, an->para);
        rp_buf_add(out, ",\"sentence\":", 12);
        add_u32_or_null(out, an->sentence);
        rp_buf_add(out, ",\"page\":", 8);
        add_u32_or_null(out, an->block < doc->n_blocks ? doc->blocks[an->block].page : RP_NONE);
        rp_buf_add(out, ",\"section\":", 11);
        add_str_or_null(out, rp_block_section(doc, an->block));
        rp_buf_add(out, ",\"block\":", 9);
        add_u32_or_null(out, an->block < doc->n_blocks ? an->block : RP_NONE);
        for (size_t m = 0; m < ctx->n_meta; m++) {
            add_key(out, ctx->meta_out[m]);
            add_str_or_null(out, rp_doc_meta(doc, ctx->meta[m]));
        }
        rp_buf_add(out, ",\"attrs\":{", 10);
        for (uint32_t k = 0; k < an->n_attrs; k++) {
            if (k)
                rp_buf_addc(out, ',');
            const char *key = an->attrs[k].key ? an->attrs[k].key : "";
            const char *val = an->attrs[k].value ? an->attrs[k].value : "";
            rp_buf_add_json(out, key, strlen(key));
            rp_buf_addc(out, ':');
            rp_buf_add_json(out, val, strlen(val));
        }
        rp_buf_add(out, "}}\n", 3);
    }
}
