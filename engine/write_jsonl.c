/*
 * write_jsonl.c -- the default output of `annotate`: one JSON object per
 * annotation and line, with the fields DESIGN.md fixes (doc, plugin,
 * label, start, end, text, para, sentence, attrs) plus page, section and
 * block, and the manifest metadata columns chosen with --meta.  Loads
 * with pandas.read_json(lines=True) and jsonlite::stream_in().
 *
 * Speed: what is the same for every record of a document (doc id,
 * metadata) or of a plugin is escaped once; attribute keys, paragraph
 * numbers and section paths are kept escaped while they repeat.
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

/* Unchecked appends into room reserved beforehand. */
static inline void put(rp_buf *b, const void *p, size_t n)
{
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

/* Two digits per division: offsets have six or seven digits. */
static const char digits2[] = "00010203040506070809101112131415161718192021222324"
                              "25262728293031323334353637383940414243444546474849"
                              "50515253545556575859606162636465666768697071727374"
                              "75767778798081828384858687888990919293949596979899";

static inline void put_u64(rp_buf *b, uint64_t v)
{
    char tmp[20];
    int i = 20;
    while (v >= 100) {
        unsigned r = (unsigned)(v % 100) * 2;
        v /= 100;
        tmp[--i] = digits2[r + 1];
        tmp[--i] = digits2[r];
    }
    if (v >= 10) {
        tmp[--i] = digits2[v * 2 + 1];
        tmp[--i] = digits2[v * 2];
    } else {
        tmp[--i] = (char)('0' + v);
    }
    put(b, tmp + i, (size_t)(20 - i));
}

static inline void put_u32_or_null(rp_buf *b, uint32_t v)
{
    if (v == RP_NONE)
        put(b, "null", 4);
    else
        put_u64(b, v);
}

/* Escaped attribute keys ("key":), kept per plugin and attribute position
 * for the document: a plugin gives the same keys in the same order to
 * every annotation, and a string compare costs less than escaping. */
#define KC_SLOTS 16
typedef struct keycache {
    const char *plugin;
    uint32_t k;
    const char *raw; /* the key escaped (in the sink's arena), or NULL */
    size_t len;
    char esc[48];
} keycache;

static void add_key_cached(rp_buf *out, keycache *kc, const char *plugin, uint32_t k,
                           const char *key)
{
    keycache *e = &kc[((uintptr_t)plugin / 16 + k * 7u) % KC_SLOTS];
    /* the sink shares a plugin's repeated keys: mostly the same pointer */
    if (e->raw && e->plugin == plugin && e->k == k && (e->raw == key || strcmp(e->raw, key) == 0)) {
        rp_buf_add(out, e->esc, e->len);
        return;
    }
    size_t before = out->len;
    rp_buf_add_json_str(out, key);
    rp_buf_addc(out, ':');
    size_t len = out->len - before;
    if (len <= sizeof e->esc) {
        memcpy(e->esc, out->data + before, len);
        e->len = len;
        e->raw = key;
        e->plugin = plugin;
        e->k = k;
    }
}

/* The escaped form of the document string last written in a field:
 * paragraph numbers and section paths point into the document, and
 * consecutive annotations mostly share them, so a pointer compare saves
 * measuring and escaping them again. */
typedef struct ptrcache {
    const char *raw; /* NULL: nothing kept */
    rp_buf esc;
} ptrcache;

static void add_doc_str(rp_buf *out, ptrcache *c, const char *s)
{
    if (!s) {
        rp_buf_add(out, "null", 4);
        return;
    }
    if (s != c->raw) {
        rp_buf_reset(&c->esc);
        rp_buf_add_json(&c->esc, s, strlen(s));
        c->raw = s;
    }
    rp_buf_add(out, c->esc.data, c->esc.len);
}

void rp_write_jsonl(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                    const rp_wctx *ctx)
{
    /* what is the same for every record of the document, escaped once:
     * {"doc":ID,"plugin":   and   ,META...,"attrs":{   */
    rp_buf pre, meta, plug;
    rp_buf_init(&pre);
    rp_buf_init(&meta);
    rp_buf_init(&plug);
    rp_buf_add(&pre, "{\"doc\":", 7);
    rp_buf_add_json(&pre, doc->id, strlen(doc->id));
    rp_buf_add(&pre, ",\"plugin\":", 10);
    for (size_t m = 0; m < ctx->n_meta; m++) {
        add_key(&meta, ctx->meta_out[m]);
        add_str_or_null(&meta, rp_doc_meta(doc, ctx->meta[m]));
    }
    rp_buf_add(&meta, ",\"attrs\":{", 10);
    const char *last_plugin = NULL;
    ptrcache para_c = {NULL, {NULL, 0, 0}}, sect_c = {NULL, {NULL, 0, 0}};
    uint32_t sect_block = RP_NONE; /* the block whose section sect is */
    const char *sect = NULL;
    keycache kc[KC_SLOTS];
    memset(kc, 0, sizeof kc);

    for (size_t i = 0; i < n; i++) {
        const rp_annot *an = &a[i];
        if (ctx->filter && !rp_filter_pass(ctx->filter, an->plugin, an->label))
            continue; /* (no filter: no call) */
        if (an->plugin != last_plugin) {
            rp_buf_reset(&plug);
            rp_buf_add_json(&plug, an->plugin, strlen(an->plugin));
            last_plugin = an->plugin;
        }
        uint64_t start = an->start <= doc->len ? an->start : doc->len;
        uint64_t end = an->end <= doc->len && an->end >= start ? an->end : start;
        int okb = an->block < doc->n_blocks;

        rp_buf_reserve(out, pre.len + plug.len + 48);
        put(out, pre.data, pre.len);
        put(out, plug.data, plug.len);
        put(out, ",\"label\":", 9);
        rp_buf_add_json_str(out, an->label);
        rp_buf_reserve(out, 64);
        put(out, ",\"start\":", 9);
        put_u64(out, start);
        put(out, ",\"end\":", 7);
        put_u64(out, end);
        put(out, ",\"text\":", 8);
        rp_buf_add_json(out, doc->text + start, (size_t)(end - start));
        rp_buf_add(out, ",\"para\":", 8);
        add_doc_str(out, &para_c, an->para);
        rp_buf_reserve(out, 96);
        put(out, ",\"sentence\":", 12);
        put_u32_or_null(out, an->sentence);
        put(out, ",\"page\":", 8);
        put_u32_or_null(out, okb ? doc->blocks[an->block].page : RP_NONE);
        put(out, ",\"section\":", 11);
        out->data[out->len] = '\0';
        if (an->block != sect_block) {
            sect = rp_block_section(doc, an->block);
            sect_block = an->block;
        }
        add_doc_str(out, &sect_c, sect);
        rp_buf_reserve(out, 32 + meta.len);
        put(out, ",\"block\":", 9);
        put_u32_or_null(out, okb ? an->block : RP_NONE);
        put(out, meta.data, meta.len);
        out->data[out->len] = '\0';
        for (uint32_t k = 0; k < an->n_attrs; k++) {
            if (k)
                rp_buf_addc(out, ',');
            const char *key = an->attrs[k].key ? an->attrs[k].key : "";
            const char *val = an->attrs[k].value ? an->attrs[k].value : "";
            add_key_cached(out, kc, an->plugin, k, key);
            rp_buf_add_json_str(out, val);
        }
        rp_buf_add(out, "}}\n", 3);
    }
    rp_buf_free(&pre);
    rp_buf_free(&meta);
    rp_buf_free(&plug);
    rp_buf_free(&para_c.esc);
    rp_buf_free(&sect_c.esc);
}
