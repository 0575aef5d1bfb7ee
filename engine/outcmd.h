/*
 * outcmd.h -- the driver annotate, count and kwic share: common options,
 * inputs, plugins, the output file (atomic -o), the run, provenance.
 *
 * Each per-document buffer a job's doc() callback produces starts with a
 * small fixed header (rp_outcmd_begin_doc) that carries the document's
 * size and, with --provenance, the sha256 of the bytes analysed; the
 * collect() callback passes the buffer to rp_outcmd_collected(), which
 * records provenance and returns the payload after the header.
 */
#ifndef RP_OUTCMD_H
#define RP_OUTCMD_H

#include "cli.h"
#include "outfile.h"
#include "provenance.h"
#include "run.h"

typedef struct rp_outcmd {
    const char *name;     /* "annotate" */
    rp_common co;         /* filled by the command's option parsing */
    rp_sources src;
    rp_modules mods;
    rp_outfile out;
    int out_open;
    rp_prov *prov;        /* with --provenance */
    rp_runstats st;
    int failed;           /* a write failed: never commit the output */
    int argc;
    char **argv;
} rp_outcmd;

void rp_outcmd_init(rp_outcmd *c, const char *name, int argc, char **argv);
/* rp_common_finish, collects inputs, loads plugins (need_plugins: it is an
 * error when none is found), opens -o unless open_out is 0. Returns 0 or
 * an RP_EXIT_* status (reported). */
int rp_outcmd_prepare(rp_outcmd *c, char *const *inputs, size_t n, int need_plugins,
                      int open_out);
/* Fills in the job's common fields (threads, strict, lang, quiet,
 * modules, plugin options) and runs it. Returns rp_run's status. */
int rp_outcmd_run(rp_outcmd *c, rp_job *job);
/* Writes the per-document header (worker side). */
void rp_outcmd_begin_doc(const rp_outcmd *c, rp_worker *w, rp_buf *out);
/* Main side: records the document; *payload and *len get what follows the
 * header. */
void rp_outcmd_collected(rp_outcmd *c, const rp_source *src, const rp_buf *out,
                         const char **payload, size_t *len);
/* Commits (status 0, or skipped documents without --strict) or aborts
 * the output, writes provenance; returns the final status. */
int rp_outcmd_finish(rp_outcmd *c, int status);
void rp_outcmd_free(rp_outcmd *c);

#endif /* RP_OUTCMD_H */
