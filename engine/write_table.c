/*
 * write_table.c -- tidy CSV (RFC 4180) and TSV output of `annotate`: one
 * row per annotation, a header row, the same columns on every row.
 *
 * Workers write "spool records" (rp_write_rows); the main thread spools
 * them to an anonymous temporary file (rp_table_add) while it collects the
 * attribute keys, and rp_table_finish() writes the header and then replays
 * the spool, putting every attribute in its attr_<key> column and leaving
 * the others empty.  A spool record is
 *     u32 fixed_len, fixed_len bytes (the escaped fixed + metadata
 *     fields joined by the separator), u32 n_attrs, n_attrs x
 *     { u32 key_len, key, u32 value_len, escaped value }
 * in the per-document buffer, and the same with the key replaced by its
 * u32 key id in the spool file.  Integers are native-endian (the spool
 * never leaves the process).
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "writers.h"

static void add_u32(rp_buf *b, uint32_t v)
{
    rp_buf_add(b, &v, sizeof v);
}

static void add_num_field(rp_buf *b, uint32_t v)
{
    if (v != RP_NONE)
        rp_buf_add_u64(b, v);
}

static void add_str_field(rp_buf *b, const char *s, char sep)
{
    if (s)
        rp_buf_add_field(b, s, strlen(s), sep);
}

void rp_write_rows(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                   const rp_wctx *ctx)
{
    char sep = ctx->sep ? ctx->sep : ',';
    for (size_t i = 0; i < n; i++) {
        const rp_annot *an = &a[i];
        if (!rp_filter_pass(ctx->filter, an->plugin, an->label))
            continue;
        uint64_t start = an->start <= doc->len ? an->start : doc->len;
        uint64_t end = an->end <= doc->len && an->end >= start ? an->end : start;
        size_t at = out->len;
        add_u32(out, 0); /* fixed_len, patched below */
        size_t f0 = out->len;
        add_str_field(out, doc->id, sep);
        rp_buf_addc(out, sep);
        add_str_field(out, an->plugin, sep);
        rp_buf_addc(out, sep);
        add_str_field(out, an->label, sep);
        rp_buf_addc(out, sep);
        rp_buf_add_u64(out, start);
        rp_buf_addc(out, sep);
        rp_buf_add_u64(out, end);
        rp_buf_addc(out, sep);
        rp_buf_add_field(out, doc->text + start, (size_t)(end - start), sep);
        rp_buf_addc(out, sep);
        add_str_field(out, an->para, sep);
        rp_buf_addc(out, sep);
        add_num_field(out, an->sentence);
        rp_buf_addc(out, sep);
        int okb = an->block < doc->n_blocks;
        add_num_field(out, okb ? doc->blocks[an->block].page : RP_NONE);
        rp_buf_addc(out, sep);
        add_str_field(out, rp_block_section(doc, an->block), sep);
        rp_buf_addc(out, sep);
        add_num_field(out, okb ? an->block : RP_NONE);
        for (size_t m = 0; m < ctx->n_meta; m++) {
            rp_buf_addc(out, sep);
            add_str_field(out, rp_doc_meta(doc, ctx->meta[m]), sep);
        }
        uint32_t flen = (uint32_t)(out->len - f0);
        memcpy(out->data + at, &flen, sizeof flen);
        add_u32(out, an->n_attrs);
        for (uint32_t k = 0; k < an->n_attrs; k++) {
            const char *key = an->attrs[k].key ? an->attrs[k].key : "";
            const char *val = an->attrs[k].value ? an->attrs[k].value : "";
            uint32_t kl = (uint32_t)strlen(key);
            add_u32(out, kl);
            rp_buf_add(out, key, kl);
            size_t vat = out->len;
            add_u32(out, 0);
            size_t v0 = out->len;
            rp_buf_add_field(out, val, strlen(val), sep);
            uint32_t vl = (uint32_t)(out->len - v0);
            memcpy(out->data + vat, &vl, sizeof vl);
        }
    }
}

/* ---- the main-thread side ------------------------------------------------ */

struct rp_table {
    const rp_wctx *ctx;
    char sep;
    FILE *spool;
    RP_VEC(char *) keys; /* attribute keys, by id (first-seen order) */
    uint64_t rows;
    rp_buf buf;          /* spool write buffer */
};

rp_table *rp_table_new(const rp_wctx *ctx)
{
    FILE *f = tmpfile();
    if (!f) {
        rp_error("cannot create the temporary spool file for the table: %s "
                 "(set TMPDIR to a writable directory)", strerror(errno));
        return NULL;
    }
    rp_table *t = rp_xcalloc(1, sizeof *t);
    t->ctx = ctx;
    t->sep = ctx->sep ? ctx->sep : ',';
    t->spool = f;
    rp_buf_init(&t->buf);
    return t;
}

uint64_t rp_table_rows(const rp_table *t)
{
    return t->rows;
}

static uint32_t key_id(rp_table *t, const char *k, size_t len)
{
    for (size_t i = 0; i < t->keys.n; i++)
        if (strncmp(t->keys.v[i], k, len) == 0 && t->keys.v[i][len] == '\0')
            return (uint32_t)i;
    RP_VEC_PUSH(t->keys) = rp_xstrndup(k, len);
    return (uint32_t)(t->keys.n - 1);
}

static int spool_flush(rp_table *t)
{
    if (t->buf.len && fwrite(t->buf.data, 1, t->buf.len, t->spool) != t->buf.len) {
        rp_error("writing the table's temporary spool file: %s", strerror(errno));
        return -1;
    }
    rp_buf_reset(&t->buf);
    return 0;
}

static uint32_t get_u32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

int rp_table_add(rp_table *t, const char *rec, size_t len)
{
    size_t i = 0;
    while (i + 8 <= len) {
        uint32_t fl = get_u32(rec + i);
        rp_buf_add(&t->buf, rec + i, 4 + (size_t)fl);
        i += 4 + fl;
        uint32_t na = get_u32(rec + i);
        add_u32(&t->buf, na);
        i += 4;
        for (uint32_t k = 0; k < na; k++) {
            uint32_t kl = get_u32(rec + i);
            add_u32(&t->buf, key_id(t, rec + i + 4, kl));
            i += 4 + kl;
            uint32_t vl = get_u32(rec + i);
            rp_buf_add(&t->buf, rec + i, 4 + (size_t)vl);
            i += 4 + vl;
        }
        t->rows++;
    }
    if (t->buf.len >= (1u << 16))
        return spool_flush(t);
    return 0;
}

static int cmp_keyref(const void *a, const void *b, void *keys)
{
    char **k = keys;
    return strcmp(k[*(const uint32_t *)a], k[*(const uint32_t *)b]);
}

static int read_exact(FILE *f, void *p, size_t n)
{
    return fread(p, 1, n, f) == n ? 0 : -1;
}

int rp_table_finish(rp_table *t, FILE *out)
{
    if (spool_flush(t) < 0 || fflush(t->spool) != 0 || fseek(t->spool, 0, SEEK_SET) != 0) {
        rp_error("rewinding the table's temporary spool file: %s", strerror(errno));
        return -1;
    }
    char sep = t->sep;
    size_t nk = t->keys.n;
    /* columns: attr keys in byte order */
    uint32_t *bycol = rp_xcalloc(nk + 1, sizeof *bycol);
    uint32_t *colof = rp_xcalloc(nk + 1, sizeof *colof);
    for (size_t i = 0; i < nk; i++)
        bycol[i] = (uint32_t)i;
    qsort_r(bycol, nk, sizeof *bycol, cmp_keyref, t->keys.v);
    for (size_t c = 0; c < nk; c++)
        colof[bycol[c]] = (uint32_t)c;

    size_t nf = rp_table_n_fixed, nm = t->ctx->n_meta;
    char(*names)[RP_COLNAME_MAX + 1] = rp_xcalloc(nf + nm + nk + 1, sizeof *names);
    for (size_t i = 0; i < nf; i++)
        strcpy(names[i], rp_table_fixed_cols[i]);
    for (size_t i = 0; i < nm; i++)
        strcpy(names[nf + i], t->ctx->meta_out[i]);
    for (size_t c = 0; c < nk; c++)
        rp_colname("attr_", t->keys.v[bycol[c]], names[nf + nm + c]);
    rp_colnames_unique(names, nf + nm + nk);

    rp_buf o;
    rp_buf_init(&o);
    for (size_t i = 0; i < nf + nm + nk; i++) {
        if (i)
            rp_buf_addc(&o, sep);
        rp_buf_adds(&o, names[i]);
    }
    rp_buf_add(&o, "\r\n", sep == ',' ? 2 : 0);
    if (sep != ',')
        rp_buf_addc(&o, '\n');
    free(names);

    int rc = 0;
    rp_buf row;
    rp_buf_init(&row);
    size_t *voff = rp_xcalloc(nk + 1, sizeof *voff);
    uint32_t *vlen = rp_xcalloc(nk + 1, sizeof *vlen);
    uint64_t *vset = rp_xcalloc(nk + 1, sizeof *vset);
    for (uint64_t r = 0; r < t->rows && rc == 0; r++) {
        uint32_t fl, na;
        rp_buf_reset(&row);
        if (read_exact(t->spool, &fl, 4) < 0) { rc = -1; break; }
        rp_buf_reserve(&row, fl);
        if (read_exact(t->spool, row.data, fl) < 0) { rc = -1; break; }
        row.len = fl;
        if (read_exact(t->spool, &na, 4) < 0) { rc = -1; break; }
        for (uint32_t k = 0; k < na && rc == 0; k++) {
            uint32_t id, vl;
            if (read_exact(t->spool, &id, 4) < 0 || read_exact(t->spool, &vl, 4) < 0 || id >= nk) {
                rc = -1;
                break;
            }
            rp_buf_reserve(&row, vl);
            if (read_exact(t->spool, row.data + row.len, vl) < 0) { rc = -1; break; }
            uint32_t c = colof[id];
            vset[c] = r + 1;
            voff[c] = row.len;
            vlen[c] = vl;
            row.len += vl;
        }
        if (rc)
            break;
        rp_buf_add(&o, row.data, fl);
        for (size_t c = 0; c < nk; c++) {
            rp_buf_addc(&o, sep);
            if (vset[c] == r + 1)
                rp_buf_add(&o, row.data + voff[c], vlen[c]);
        }
        if (sep == ',')
            rp_buf_addc(&o, '\r');
        rp_buf_addc(&o, '\n');
        if (o.len >= (1u << 16)) {
            if (fwrite(o.data, 1, o.len, out) != o.len)
                rc = -2;
            rp_buf_reset(&o);
        }
    }
    if (rc == 0 && o.len && fwrite(o.data, 1, o.len, out) != o.len)
        rc = -2;
    if (rc == -1)
        rp_error("reading back the table's temporary spool file failed (truncated?)");
    else if (rc == -2)
        rp_error("writing the table: %s", strerror(errno));
    rp_buf_free(&o);
    rp_buf_free(&row);
    free(voff);
    free(vlen);
    free(vset);
    free(bycol);
    free(colof);
    return rc ? -1 : 0;
}

void rp_table_free(rp_table *t)
{
    if (!t)
        return;
    if (t->spool)
        fclose(t->spool);
    for (size_t i = 0; i < t->keys.n; i++)
        free(t->keys.v[i]);
    RP_VEC_FREE(t->keys);
    rp_buf_free(&t->buf);
    free(t);
}
