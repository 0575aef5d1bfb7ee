/*
 * input.h -- what to analyse: expands the command line's INPUTs (files,
 * directories recursed for *.txt in sorted order, manifests, "-") into an
 * ordered list of sources with their doc ids and metadata. Reading the
 * bytes happens later, one document at a time, on the worker that
 * analyses it: the corpus is never held in memory.
 */
#ifndef RP_INPUT_H
#define RP_INPUT_H

#include <rapporteur/plugin.h>

#include <stddef.h>

typedef struct rp_source {
    char *id;       /* doc id (DESIGN.md "Identifiers") */
    char *path;     /* file to read, or "-" */
    char *lang;     /* from a manifest "language"/"lang" column, or NULL */
    rp_kv *meta;    /* manifest columns other than doc_id and path */
    size_t n_meta;
    char *where;    /* "manifest.tsv:12" for manifest rows, else NULL */
    int regular;    /* it was a regular file when collected: the reader
                       need not ask again whether it may block */
} rp_source;

typedef struct rp_sources {
    rp_source *v;
    size_t n;
    char **meta_cols;  /* union of metadata column names, first-seen order */
    size_t n_meta_cols;
    size_t n_errors;   /* inputs reported and skipped while collecting */
    int status;        /* the worst RP_EXIT_* among them (0 if none) */
} rp_sources;

/* Expands inputs. A path ending in .tsv (or given with --manifest) is read
 * as a manifest: a header row with doc_id and path (relative to the
 * manifest's folder), then one row per document. Problems (missing file,
 * bad manifest row, duplicate doc id) are reported as one line each and
 * counted in n_errors; with strict, the first one stops and returns its
 * exit status. Returns 0 or an RP_EXIT_* status. The caller owns *out
 * (rp_sources_free). */
int rp_sources_collect(char *const *inputs, size_t n, int strict, rp_sources *out);
void rp_sources_free(rp_sources *s);
/* Value of metadata column `col` for a source, or NULL. */
const char *rp_source_meta(const rp_source *s, const char *col);

#endif /* RP_INPUT_H */
