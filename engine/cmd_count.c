/*
 * cmd_count.c -- `rapporteur count`: document x label frequency tables,
 * long (doc, plugin, label, n, tokens, per_1000) or --wide (one column per
 * label), grouped --by metadata or structure, filtered, --complete, and
 * sentence-level co-occurrence with --cross.  The counting itself is in
 * count.c; this file wires it onto the run: workers reduce their document
 * to a record, the main thread merges records in input order.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "outcmd.h"

enum { OPT_WIDE = RP_OPT_FIRST_LOCAL, OPT_COMPLETE, OPT_BY, OPT_PLUGIN, OPT_LABEL, OPT_CROSS };

typedef struct counter {
    rp_outcmd oc;
    rp_countopts o;
    rp_filter filter;
    rp_counts *t;
} counter;

static int cnt_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err,
                   size_t errlen)
{
    counter *c = ud;
    rp_outcmd_begin_doc(&c->oc, w, out);
    rp_count_doc_words(out, &w->doc.doc, w->doc.n_words, w->sink.annots.v, w->sink.annots.n, &c->o);
    (void)src;
    (void)err;
    (void)errlen;
    return 0;
}

static int cnt_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    counter *c = ud;
    const char *p;
    size_t len;
    rp_outcmd_collected(&c->oc, src, out, &p, &len);
    if (rp_counts_add(c->t, p, len) < 0) {
        rp_error("count: internal error: bad record for %s", src->id);
        c->oc.failed = 1;
        return RP_EXIT_ENV;
    }
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rapporteur count [OPTIONS] INPUT...\n"
            "Count annotations per document (or group) and label.\n\n"
            "Options:\n"
            "      --format tsv|csv  output format (default tsv)\n"
            "      --wide            one row per group, one column per label (the labels a\n"
            "                        plugin declares, in order, then others as first seen)\n"
            "      --by WHAT         group rows by doc (default), section, paragraph, or\n"
            "                        manifest columns (comma list: year,body)\n"
            "      --complete        also write zero rows for labels absent from a group\n"
            "      --plugin LIST     count only these plugins (comma list)\n"
            "      --label LIST      count only these labels (comma list)\n"
            "      --cross A.F,B.F   co-occurrence within sentences of field F of plugin A's\n"
            "                        and plugin B's annotations (F = label or an attribute),\n"
            "                        e.g. recommendations.addressee,themes.label\n");
    rp_common_help(f, RP_OPTS_ALL);
    fprintf(f,
            "\nLong columns: doc (or the --by columns), plugin, label, n, tokens (word\n"
            "tokens of the group), per_1000 (n per 1000 tokens). The sum of n equals the\n"
            "number of records `annotate` writes with the same options.\n");
}

int rp_cmd_count(int argc, char **argv)
{
    static const struct option longopts[] = {
        RP_COMMON_LONGOPTS,
        {"wide", no_argument, NULL, OPT_WIDE},
        {"complete", no_argument, NULL, OPT_COMPLETE},
        {"by", required_argument, NULL, OPT_BY},
        {"plugin", required_argument, NULL, OPT_PLUGIN},
        {"label", required_argument, NULL, OPT_LABEL},
        {"cross", required_argument, NULL, OPT_CROSS},
        {NULL, 0, NULL, 0}};
    counter c;
    memset(&c, 0, sizeof c);
    rp_outcmd_init(&c.oc, "count", argc, argv);
    const char *by = NULL, *cross = NULL;
    rp_instances *inst = NULL;
    int opt, status = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, RP_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
        if (opt == 'h') {
            usage(stdout);
            goto done;
        }
        switch (opt) {
        case OPT_WIDE: c.o.wide = 1; continue;
        case OPT_COMPLETE: c.o.complete = 1; continue;
        case OPT_BY: by = optarg; continue;
        case OPT_PLUGIN: rp_filter_add(&c.filter, 'p', optarg); continue;
        case OPT_LABEL: rp_filter_add(&c.filter, 'l', optarg); continue;
        case OPT_CROSS: cross = optarg; continue;
        default: break;
        }
        int r = rp_common_option(&c.oc.co, opt, optarg);
        if (r <= 0) {
            if (r == 0)
                fprintf(stderr, "(see `rapporteur count --help`)\n");
            status = RP_EXIT_INPUT;
            goto done;
        }
    }
    const char *fmt = c.oc.co.format ? c.oc.co.format : "tsv";
    if (strcmp(fmt, "tsv") == 0)
        c.o.sep = '\t';
    else if (strcmp(fmt, "csv") == 0)
        c.o.sep = ',';
    else {
        status = rp_usage_error("count", "--format: unknown format '%s' (tsv, csv)", fmt);
        goto done;
    }
    if (cross && rp_countopts_cross(&c.o, cross) < 0) {
        status = RP_EXIT_INPUT;
        goto done;
    }
    if (cross && c.o.wide) {
        status = rp_usage_error("count", "--cross writes a long table; drop --wide");
        goto done;
    }
    if (optind >= argc) {
        status = rp_usage_error("count", "no INPUT given (a file, a folder, a manifest or -)");
        goto done;
    }
    status = rp_outcmd_prepare(&c.oc, argv + optind, (size_t)(argc - optind), 1, 1);
    if (status)
        goto done;
    if (rp_countopts_by(&c.o, by, c.oc.src.meta_cols, c.oc.src.n_meta_cols) < 0) {
        status = RP_EXIT_INPUT;
        goto done;
    }
    c.o.filter = &c.filter;
    c.t = rp_counts_new(&c.o);

    /* the labels each plugin declares, from an instance of our own */
    inst = rp_instances_open(&c.oc.mods, c.oc.co.popts.v, 0);
    if (!inst) {
        status = RP_EXIT_ENV;
        goto done;
    }
    for (size_t i = 0; i < rp_instances_count(inst); i++) {
        const char *const *labels;
        size_t n;
        rp_instances_labels(inst, i, &labels, &n);
        rp_counts_declare(c.t, rp_instances_name(inst, i), labels, n);
    }
    if (cross) {
        for (int k = 0; k < 2; k++) {
            size_t i;
            for (i = 0; i < rp_instances_count(inst); i++)
                if (strcmp(rp_instances_name(inst, i), c.o.cross_plugin[k]) == 0)
                    break;
            if (i == rp_instances_count(inst)) {
                rp_error("count: --cross names the plugin '%s', which is not running "
                         "(select it with -p)", c.o.cross_plugin[k]);
                status = RP_EXIT_INPUT;
                goto done;
            }
        }
    }

    rp_job job = {.doc = cnt_doc, .collect = cnt_collect, .ud = &c};
    /* count reads labels only (and blocks by section/paragraph, sentences
     * and attributes for --cross) */
    if (!c.o.cross) {
        job.sink_skip = RP_SINK_NO_ATTRS | (c.o.by == RP_BY_DOC || c.o.by == RP_BY_META ? RP_SINK_NO_LOCATE : 0);
        job.doc_skip = RP_DOC_SENTENCES;
    }
    status = rp_outcmd_run(&c.oc, &job);
    if (!c.oc.failed && !c.oc.st.interrupted && rp_counts_write(c.t, c.oc.out.fp) < 0) {
        c.oc.failed = 1;
        status = RP_EXIT_ENV;
    }
    if (c.oc.prov)
        rp_prov_result(c.oc.prov, "annotations_counted", rp_counts_total(c.t));
    status = rp_outcmd_finish(&c.oc, status);

done:
    if (inst)
        rp_instances_close(inst);
    rp_counts_free(c.t);
    rp_outcmd_free(&c.oc);
    rp_countopts_free(&c.o);
    rp_filter_free(&c.filter);
    return status;
}
