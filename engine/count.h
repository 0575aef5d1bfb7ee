/*
 * count.h -- frequency tables from annotations: group x plugin x label
 * counts (long or wide), and co-occurrence of two annotation fields within
 * sentences (--cross).
 *
 * Like the writers, counting is split so that it is testable without a
 * corpus run: rp_count_doc() is a pure function that turns one document's
 * annotations into a compact record (on a worker thread), rp_counts_add()
 * merges records in input order (main thread), rp_counts_write() prints
 * the table.  The table's memory grows with the number of non-zero cells
 * (groups x labels present), never with the text.
 */
#ifndef RP_COUNT_H
#define RP_COUNT_H

#include <stdio.h>

#include "host.h"
#include "writers.h"

/* What a row is (--by). */
enum rp_by { RP_BY_DOC = 0, RP_BY_META, RP_BY_SECTION, RP_BY_PARAGRAPH };

typedef struct rp_countopts {
    int by;                       /* enum rp_by */
    const char *const *by_cols;   /* RP_BY_META: manifest columns */
    size_t n_by;
    const rp_filter *filter;      /* --plugin / --label, or NULL */
    int cross;                    /* --cross A.x,B.y given */
    const char *cross_plugin[2];  /* "recommendations", "themes" */
    const char *cross_field[2];   /* "addressee" (an attr key) or "label" */
    int wide;                     /* one column per label */
    int complete;                 /* zero rows for absent labels */
    char sep;                     /* '\t' or ',' */
} rp_countopts;

/* Parses "--by" (a comma list of metadata columns, or "section",
 * "paragraph", "doc") into o (by, by_cols: allocated, freed by
 * rp_countopts_free). cols are the corpus's metadata columns; an unknown
 * one is an error (-1 after one line). */
int rp_countopts_by(rp_countopts *o, const char *spec, char *const *cols, size_t n_cols);
/* Parses "--cross plugin.field,plugin.field". Returns 0 or -1 (one line). */
int rp_countopts_cross(rp_countopts *o, const char *spec);
void rp_countopts_free(rp_countopts *o);

/* Word tokens of a document range: tokens that are neither punctuation
 * nor footnote markers (the denominator of per_1000). */
uint64_t rp_count_words(const rp_doc *doc, uint32_t tok_begin, uint32_t tok_end);

/* Appends one document's record to out (a binary form read back only by
 * rp_counts_add). */
void rp_count_doc(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                  const rp_countopts *o);
/* The same, with the document's word tokens (rp_count_words over all its
 * tokens) known already, or UINT64_MAX: the tokenizer counts them
 * (rp_docbuf.n_words), which spares a pass over the tokens. */
void rp_count_doc_words(rp_buf *out, const rp_doc *doc, uint64_t doc_words, const rp_annot *a,
                        size_t n, const rp_countopts *o);

typedef struct rp_counts rp_counts;
/* Owned by the caller (rp_counts_free); o must outlive it. */
rp_counts *rp_counts_new(const rp_countopts *o);
/* Declares a plugin and the ordered labels it can emit (labels() of its
 * instance), before any record: they come first, in this order, in wide
 * and complete tables. Plugins first seen in records follow. */
void rp_counts_declare(rp_counts *t, const char *plugin, const char *const *labels, size_t n);
/* Merges one document's record. Returns 0, or -1 on a malformed record. */
int rp_counts_add(rp_counts *t, const char *rec, size_t len);
/* Sum of n over every (group, plugin, label) cell counted. */
uint64_t rp_counts_total(const rp_counts *t);
/* Writes the table (long, wide or cross as the options say) to out.
 * Returns 0 or -1 after one line on stderr. */
int rp_counts_write(rp_counts *t, FILE *out);
void rp_counts_free(rp_counts *t);

#endif /* RP_COUNT_H */
