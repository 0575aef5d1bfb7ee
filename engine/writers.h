/*
 * writers.h -- turning the annotations of one document into output: JSON
 * Lines, tidy CSV/TSV, a CoNLL-U Plus token table and brat standoff.
 *
 * Every function here is a pure function over a document view (rp_doc)
 * and its sorted annotations (rp_annot, from the sink), writing into a
 * caller-owned rp_buf: workers format their document in parallel and the
 * main thread only copies finished buffers, in input order, to the output.
 *
 * CSV/TSV need one extra step.  attrs become columns attr_<key>, and the
 * set of keys is only known after the last document; so the per-document
 * buffer holds "spool records" (the fixed fields already escaped, then
 * the attributes as key/value pairs), an rp_table on the main thread
 * appends them to an anonymous temporary file while it learns the keys,
 * and rp_table_finish() writes the header (fixed columns, metadata
 * columns, attr_<key> in byte order of the key) and then every row, with
 * the same columns on every row.  Memory stays flat; the disk holds one
 * copy of the rows until the end of the run.
 */
#ifndef RP_WRITERS_H
#define RP_WRITERS_H

#include <stdio.h>

#include "host.h"
#include "util.h"

/* Output formats of `annotate`. */
enum rp_format { RP_FMT_JSONL = 0, RP_FMT_CSV, RP_FMT_TSV, RP_FMT_CONLLU, RP_FMT_BRAT };

/* "jsonl", "csv", ... -> enum rp_format; -1 if unknown. */
int rp_format_parse(const char *name);

/* ---- column names ---------------------------------------------------- */

/* Longest column name Stata accepts. */
#define RP_COLNAME_MAX 32

/* Writes a Stata-safe form of name (plus an optional prefix) into out:
 * ASCII letters, digits and '_', starting with a letter or '_', at most
 * 32 bytes, never a Stata reserved word. */
void rp_colname(const char *prefix, const char *name, char out[RP_COLNAME_MAX + 1]);
/* Makes names[0..n) unique in place by suffixing _2, _3 ... (keeping
 * within 32 bytes); names[i] must have room for RP_COLNAME_MAX + 1. */
void rp_colnames_unique(char (*names)[RP_COLNAME_MAX + 1], size_t n);

/* ---- field encoders ---------------------------------------------------- */

/* Appends s[0..n) as one CSV (sep ',') or TSV (sep '\t') field: quoted
 * per RFC 4180 when it holds sep, '"', CR or LF (doubling quotes);
 * invalid UTF-8 bytes become U+FFFD so the output is always UTF-8. */
void rp_buf_add_field(rp_buf *b, const char *s, size_t n, char sep);
/* Appends s[0..n) as UTF-8 with invalid bytes replaced by U+FFFD and every
 * control character (tab, CR, LF, form feed...) turned into a space (for
 * one-line text fields). */
void rp_buf_add_line(rp_buf *b, const char *s, size_t n);

/* ---- what goes into every record -------------------------------------- */

/* Which annotations to write (--plugin, --label). Owned by the caller. */
typedef struct rp_filter {
    char **plugins; size_t n_plugins; /* empty: every plugin */
    char **labels;  size_t n_labels;  /* empty: every label */
} rp_filter;

/* Adds the comma-separated names in list to the plugin (which = 'p') or
 * label (which = 'l') filter. */
void rp_filter_add(rp_filter *f, int which, const char *list);
int rp_filter_pass(const rp_filter *f, const char *plugin, const char *label);
void rp_filter_free(rp_filter *f);

/* The record context: shared read-only by every worker during a run. */
typedef struct rp_wctx {
    const char *const *meta;     /* manifest columns to carry, in order */
    char (*meta_out)[RP_COLNAME_MAX + 1]; /* their output names */
    size_t n_meta;
    const rp_filter *filter;     /* NULL: everything */
    char sep;                    /* CSV/TSV: ',' or '\t' */
} rp_wctx;

/* Chooses the metadata columns: spec is NULL or "all" for every column in
 * cols, "" or "none" for none, else a comma-separated list that must name
 * columns of cols (returns -1 after one line naming the unknown one).
 * Fills ctx->meta / meta_out (allocated; rp_wctx_free releases them) with
 * names unique against the fixed columns of the record. */
int rp_wctx_meta(rp_wctx *ctx, const char *spec, char *const *cols, size_t n_cols);
void rp_wctx_free(rp_wctx *ctx);

/* The section path ("VI", "II.B") of block, or NULL (front matter, or no
 * such block). Points into doc. */
const char *rp_block_section(const rp_doc *doc, uint32_t block);

/* The value of metadata column key in doc (pointing into doc), or NULL. */
const char *rp_doc_meta(const rp_doc *doc, const char *key);

/* ---- JSON Lines --------------------------------------------------------- */

/* One JSON object per annotation (DESIGN.md fields, then "page",
 * "section", "block", the metadata columns, "attrs"), one per line. */
void rp_write_jsonl(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                    const rp_wctx *ctx);

/* ---- CSV / TSV ------------------------------------------------------------ */

/* The fixed columns, in order, before the metadata and attr_ columns. */
extern const char *const rp_table_fixed_cols[];
extern const size_t rp_table_n_fixed;

/* Appends the spool records of one document (see the top of this file). */
void rp_write_rows(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                   const rp_wctx *ctx);

typedef struct rp_table rp_table;
/* Starts a table (sep ',' or '\t'); the spool is an anonymous temporary
 * file. Returns NULL after one line on stderr when none can be made.
 * Owned by the caller: rp_table_free. */
rp_table *rp_table_new(const rp_wctx *ctx);
/* Spools the records of one document (a buffer from rp_write_rows).
 * Returns 0, or -1 after one line on stderr (disk full...). */
int rp_table_add(rp_table *t, const char *rec, size_t len);
/* Writes header and rows to out. Returns 0 or -1 (error reported). */
int rp_table_finish(rp_table *t, FILE *out);
/* Number of rows spooled so far. */
uint64_t rp_table_rows(const rp_table *t);
void rp_table_free(rp_table *t);

/* ---- CoNLL-U Plus ---------------------------------------------------------- */

/* Per-worker scratch space of the token-table writer (reused per doc). */
typedef struct rp_conllu_cell {
    uint32_t tok, col, annot, begin; /* begin: first token of the annotation */
} rp_conllu_cell;
typedef struct rp_conllu_scratch {
    RP_VEC(uint32_t) order;       /* token indexes by start offset */
    RP_VEC(uint32_t) first;       /* per token: its first cell in sorted */
    RP_VEC(rp_conllu_cell) cells; /* (token, plugin column, annotation) */
    RP_VEC(rp_conllu_cell) sorted;/* the same, grouped by token */
} rp_conllu_scratch;

void rp_conllu_scratch_free(rp_conllu_scratch *s);
/* The "# global.columns = ..." header line: the ten CoNLL-U columns, then
 * one column per plugin (RP:THEMES ...). */
void rp_write_conllu_header(rp_buf *out, const char *const *plugins, size_t n_plugins);
/* The document's tokens, one per line, sentences separated by blank
 * lines. Column 10 (MISC) holds the byte offsets (Start=, End=) and the
 * paragraph number; each plugin column holds the labels of the
 * annotations covering the token, BIO-prefixed (B-health, I-health),
 * several joined by ';', or '_' for none. */
void rp_write_conllu(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                     const char *const *plugins, size_t n_plugins, const rp_wctx *ctx,
                     rp_conllu_scratch *s);

/* ---- brat standoff ----------------------------------------------------------- */

/* The .ann file of a document: one T line per annotation with CHARACTER
 * offsets (brat counts code points) into the .txt copy, spans that cross
 * a line break split into fragments ("T1\tthemes-health 0 5;6 12\t..."),
 * and one AnnotatorNotes line with the attrs. The entity type is
 * <plugin>-<label> with characters brat does not allow replaced by '_'. */
void rp_write_brat_ann(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                       const rp_wctx *ctx);

#endif /* RP_WRITERS_H */
