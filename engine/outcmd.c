/*
 * outcmd.c -- the shared driver of annotate, count and kwic (outcmd.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "outcmd.h"

typedef struct docinfo {
    uint64_t bytes;
    char sha[72]; /* "" when not computed */
} docinfo;

void rp_outcmd_init(rp_outcmd *c, const char *name, int argc, char **argv)
{
    memset(c, 0, sizeof *c);
    c->name = name;
    rp_common_init(&c->co, RP_OPTS_ALL);
    c->argc = argc;
    c->argv = argv;
}

int rp_outcmd_prepare(rp_outcmd *c, char *const *inputs, size_t n, int need_plugins,
                      int open_out)
{
    if (rp_common_finish(&c->co) < 0)
        return RP_EXIT_INPUT;
    if (c->co.provenance)
        c->prov = rp_prov_start(c->name, c->argc, c->argv);
    int status = rp_sources_collect(inputs, n, c->co.strict, &c->src);
    if (status)
        return status;
    if (c->src.n == 0) {
        rp_error("%s: no documents to analyse", c->name);
        return c->src.status ? c->src.status : RP_EXIT_INPUT;
    }
    if (need_plugins) {
        status = rp_common_load_plugins(&c->co, &c->mods);
        if (status)
            return status;
        if (c->mods.n == 0) {
            rp_error("%s: no plugin to run (`rapporteur plugins` lists those found; "
                     "--plugin-dir adds a folder)", c->name);
            return RP_EXIT_ENV;
        }
    }
    if (open_out) {
        status = rp_outfile_open(&c->out, c->co.output);
        if (status)
            return status;
        c->out_open = 1;
    }
    return 0;
}

int rp_outcmd_run(rp_outcmd *c, rp_job *job)
{
    job->threads = c->co.threads;
    job->strict = c->co.strict;
    job->lang = c->co.lang;
    job->quiet = c->co.quiet;
    job->modules = c->mods.n ? &c->mods : NULL;
    job->plugin_opts = c->co.popts.v;
    int status = rp_run(job, &c->src, &c->st);
    if (c->src.n_errors && !status)
        status = c->src.status;
    return status;
}

void rp_outcmd_begin_doc(const rp_outcmd *c, rp_worker *w, rp_buf *out)
{
    docinfo d;
    memset(&d, 0, sizeof d);
    d.bytes = w->doc.doc.len;
    if (c->prov)
        rp_sha256_hex(w->doc.doc.text, (size_t)w->doc.doc.len, d.sha);
    rp_buf_add(out, &d, sizeof d);
}

void rp_outcmd_collected(rp_outcmd *c, const rp_source *src, const rp_buf *out,
                         const char **payload, size_t *len)
{
    docinfo d;
    if (out->len < sizeof d) {
        *payload = "";
        *len = 0;
        return;
    }
    memcpy(&d, out->data, sizeof d);
    if (c->prov)
        rp_prov_input(c->prov, src, d.bytes, d.sha[0] ? d.sha : NULL);
    *payload = out->data + sizeof d;
    *len = out->len - sizeof d;
}

int rp_outcmd_finish(rp_outcmd *c, int status)
{
    if (c->out_open) {
        if (c->st.interrupted || c->failed || (status && c->co.strict))
            rp_outfile_abort(&c->out);
        else {
            int r = rp_outfile_commit(&c->out);
            if (r)
                status = r;
        }
        c->out_open = 0;
    }
    if (c->co.lexicon_report && !c->st.interrupted) {
        /* every lexicon the run loaded, with the hits of each entry */
        size_t n = rp_lexcache_list(NULL, 0);
        const rp_lexicon **lexs = rp_xcalloc(n + 1, sizeof *lexs);
        n = rp_lexcache_list(lexs, n);
        rp_outfile rf;
        int r = rp_outfile_open(&rf, c->co.lexicon_report);
        if (r == 0) {
            if (rp_lexicon_report(lexs, n, rf.fp) < 0) {
                rp_error("%s: write error", c->co.lexicon_report);
                rp_outfile_abort(&rf);
                r = RP_EXIT_ENV;
            } else {
                r = rp_outfile_commit(&rf);
            }
        }
        free(lexs);
        if (r && !status)
            status = r;
    }
    if (c->prov && c->co.provenance && !c->st.interrupted) {
        int r = rp_prov_write(c->prov, c->co.provenance, &c->co, &c->mods, &c->st);
        if (r && !status)
            status = r;
    }
    return status;
}

void rp_outcmd_free(rp_outcmd *c)
{
    if (c->out_open)
        rp_outfile_abort(&c->out);
    rp_prov_free(c->prov);
    rp_sources_free(&c->src);
    rp_modules_free(&c->mods);
    rp_common_free(&c->co);
}
