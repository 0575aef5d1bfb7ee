/*
 * write_common.c -- what every writer shares: Stata-safe column names,
 * CSV/TSV field encoding that always yields valid UTF-8, the --plugin /
 * --label filter, and the choice of manifest metadata columns (--meta)
 * carried into every record.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "writers.h"

int rp_format_parse(const char *name)
{
    static const char *const names[] = {"jsonl", "csv", "tsv", "conllu", "brat"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return (int)i;
    if (strcmp(name, "json") == 0 || strcmp(name, "ndjson") == 0)
        return RP_FMT_JSONL;
    return -1;
}

/* ---- column names ---------------------------------------------------- */

/* Stata's reserved words: never usable as variable names. */
static int stata_reserved(const char *s)
{
    static const char *const words[] = {
        "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int",
        "long", "_n", "_N", "_pi", "_pred", "_rc", "_skip", "strL", "using", "with"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(s, words[i]) == 0)
            return 1;
    /* str1 ... str2045 */
    if (strncmp(s, "str", 3) == 0 && s[3] >= '1' && s[3] <= '9' &&
        strspn(s + 3, "0123456789") == strlen(s + 3))
        return 1;
    return 0;
}

void rp_colname(const char *prefix, const char *name, char out[RP_COLNAME_MAX + 1])
{
    char tmp[256];
    size_t n = 0;
    for (const char *p = prefix ? prefix : ""; *p && n < sizeof tmp - 1; p++)
        tmp[n++] = *p;
    for (const unsigned char *p = (const unsigned char *)name; *p && n < sizeof tmp - 1; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
            tmp[n++] = (char)c;
        else if (c >= 0x80 && (c & 0xC0) == 0x80)
            continue; /* one '_' per non-ASCII character, not per byte */
        else
            tmp[n++] = '_';
    }
    tmp[n] = '\0';
    size_t o = 0;
    if (n == 0 || (tmp[0] >= '0' && tmp[0] <= '9'))
        out[o++] = 'v';
    for (size_t i = 0; i < n && o < RP_COLNAME_MAX; i++)
        out[o++] = tmp[i];
    out[o] = '\0';
    if (stata_reserved(out)) {
        memmove(out + 2, out, o + 1 > RP_COLNAME_MAX - 1 ? RP_COLNAME_MAX - 1 : o + 1);
        out[0] = 'v';
        out[1] = '_';
        out[RP_COLNAME_MAX] = '\0';
    }
}

void rp_colnames_unique(char (*names)[RP_COLNAME_MAX + 1], size_t n)
{
    for (size_t i = 1; i < n; i++) {
        for (unsigned k = 2;; k++) {
            size_t j;
            for (j = 0; j < i; j++)
                if (strcmp(names[i], names[j]) == 0)
                    break;
            if (j == i)
                break;
            char suffix[16];
            int sl = snprintf(suffix, sizeof suffix, "_%u", k);
            /* strip an earlier suffix we added, then append the new one */
            size_t len = strlen(names[i]);
            if (k > 2) {
                char prev[16];
                int pl = snprintf(prev, sizeof prev, "_%u", k - 1);
                if (len >= (size_t)pl && strcmp(names[i] + len - (size_t)pl, prev) == 0)
                    len -= (size_t)pl;
            }
            if (len + (size_t)sl > RP_COLNAME_MAX)
                len = RP_COLNAME_MAX - (size_t)sl;
            memcpy(names[i] + len, suffix, (size_t)sl + 1);
        }
    }
}

/* ---- field encoders ---------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (RFC 3629), or 0. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (avail >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

/* Appends s[0..n) with invalid UTF-8 replaced; when line is set, control
 * characters (tab, CR, LF, form feed...) become spaces; when quote is set,
 * '"' is doubled. */
static void add_clean(rp_buf *b, const unsigned char *s, size_t n, int line, int quote)
{
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && s[run] < 0x80 && s[run] != '"' && !(line && (s[run] < 0x20 || s[run] == 0x7F)))
            run++;
        if (run > i) {
            rp_buf_add(b, s + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = s[i];
        if (c == '"') {
            rp_buf_add(b, "\"\"", quote ? 2 : 1);
            i++;
        } else if (c < 0x80) {
            rp_buf_addc(b, ' ');
            i++;
        } else {
            size_t l = utf8_len(s + i, n - i);
            if (l == 0) {
                rp_buf_add(b, "\xEF\xBF\xBD", 3);
                i++;
            } else {
                rp_buf_add(b, s + i, l);
                i += l;
            }
        }
    }
}

void rp_buf_add_field(rp_buf *b, const char *s, size_t n, char sep)
{
    const unsigned char *p = (const unsigned char *)s;
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == (unsigned char)sep || p[i] == '"' || p[i] == '\n' || p[i] == '\r') {
            quote = 1;
            break;
        }
    rp_buf_reserve(b, n + 2);
    if (quote)
        rp_buf_addc(b, '"');
    add_clean(b, p, n, 0, quote);
    if (quote)
        rp_buf_addc(b, '"');
}

void rp_buf_add_line(rp_buf *b, const char *s, size_t n)
{
    rp_buf_reserve(b, n);
    add_clean(b, (const unsigned char *)s, n, 1, 0);
}

/* ---- filter ------------------------------------------------------------ */

void rp_filter_add(rp_filter *f, int which, const char *list)
{
    char ***v = which == 'p' ? &f->plugins : &f->labels;
    size_t *n = which == 'p' ? &f->n_plugins : &f->n_labels;
    const char *p = list;
    for (;;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len) {
            *v = rp_xrealloc(*v, (*n + 1) * sizeof **v);
            (*v)[(*n)++] = rp_xstrndup(p, len);
        }
        if (!e)
            break;
        p = e + 1;
    }
}

static int in_list(char *const *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return 1;
    return 0;
}

int rp_filter_pass(const rp_filter *f, const char *plugin, const char *label)
{
    if (!f)
        return 1;
    if (f->n_plugins && !in_list(f->plugins, f->n_plugins, plugin))
        return 0;
    if (f->n_labels && !in_list(f->labels, f->n_labels, label))
        return 0;
    return 1;
}

void rp_filter_free(rp_filter *f)
{
    for (size_t i = 0; i < f->n_plugins; i++)
        free(f->plugins[i]);
    for (size_t i = 0; i < f->n_labels; i++)
        free(f->labels[i]);
    free(f->plugins);
    free(f->labels);
    memset(f, 0, sizeof *f);
}

/* ---- metadata columns ---------------------------------------------------- */

const char *const rp_table_fixed_cols[] = {"doc", "plugin", "label", "start", "end", "text",
                                           "para", "sentence", "page", "section", "block"};
const size_t rp_table_n_fixed = sizeof rp_table_fixed_cols / sizeof rp_table_fixed_cols[0];

int rp_wctx_meta(rp_wctx *ctx, const char *spec, char *const *cols, size_t n_cols)
{
    RP_VEC(const char *) pick = {0};
    if (!spec || strcmp(spec, "all") == 0) {
        for (size_t i = 0; i < n_cols; i++)
            RP_VEC_PUSH(pick) = cols[i];
    } else if (*spec && strcmp(spec, "none") != 0) {
        const char *p = spec;
        for (;;) {
            const char *e = strchr(p, ',');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            size_t i;
            for (i = 0; i < n_cols; i++)
                if (strlen(cols[i]) == len && memcmp(cols[i], p, len) == 0)
                    break;
            if (i == n_cols) {
                rp_error("--meta: no metadata column '%.*s' in the input%s", (int)len, p,
                         n_cols ? "" : " (metadata come from a manifest)");
                RP_VEC_FREE(pick);
                return -1;
            }
            RP_VEC_PUSH(pick) = cols[i];
            if (!e)
                break;
            p = e + 1;
        }
    }
    size_t nf = rp_table_n_fixed;
    char(*names)[RP_COLNAME_MAX + 1] = rp_xcalloc(nf + pick.n + 1, sizeof *names);
    for (size_t i = 0; i < nf; i++)
        strcpy(names[i], rp_table_fixed_cols[i]);
    for (size_t i = 0; i < pick.n; i++) {
        rp_colname(NULL, pick.v[i], names[nf + i]);
        for (size_t j = 0; j < nf; j++)
            if (strcmp(names[nf + i], names[j]) == 0 || strncmp(names[nf + i], "attr_", 5) == 0) {
                char tmp[RP_COLNAME_MAX + 1];
                memcpy(tmp, names[nf + i], sizeof tmp);
                rp_colname("meta_", tmp, names[nf + i]);
                break;
            }
    }
    rp_colnames_unique(names, nf + pick.n);
    ctx->meta_out = rp_xcalloc(pick.n + 1, sizeof *ctx->meta_out);
    memcpy(ctx->meta_out, names + nf, pick.n * sizeof *names);
    free(names);
    ctx->meta = pick.v;
    ctx->n_meta = pick.n;
    return 0;
}

void rp_wctx_free(rp_wctx *ctx)
{
    free((void *)ctx->meta);
    free(ctx->meta_out);
    ctx->meta = NULL;
    ctx->meta_out = NULL;
    ctx->n_meta = 0;
}

const char *rp_doc_meta(const rp_doc *doc, const char *key)
{
    for (uint32_t i = 0; i < doc->n_meta; i++)
        if (strcmp(doc->meta[i].key, key) == 0)
            return doc->meta[i].value;
    return NULL;
}

const char *rp_block_section(const rp_doc *doc, uint32_t block)
{
    if (block == RP_NONE || block >= doc->n_blocks)
        return NULL;
    uint32_t s = doc->blocks[block].section;
    if (s == RP_NONE || s >= doc->n_sections)
        return NULL;
    const rp_section *sec = &doc->sections[s];
    return sec->path ? sec->path : sec->label;
}
