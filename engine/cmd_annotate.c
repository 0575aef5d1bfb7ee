/*
 * cmd_annotate.c -- `rapporteur annotate`: runs the plugins over a corpus
 * and writes every annotation as JSON Lines (default), tidy CSV or TSV,
 * a CoNLL-U Plus token table, or brat standoff files (-o DIR).
 *
 * Workers format their document into the per-document buffer (writers.h);
 * the main thread writes the buffers in input order, so the output is the
 * same for every -j and memory does not grow with the corpus.  CSV/TSV
 * rows go through a spool (rp_table) so that every row has the same
 * attr_<key> columns; brat files are written by the workers, each file
 * through a temporary name and rename().
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outcmd.h"
#include "writers.h"

enum { OPT_META = RP_OPT_FIRST_LOCAL, OPT_PLUGIN, OPT_LABEL, OPT_SPLIT, OPT_RESUME };

typedef struct annotate {
    rp_outcmd oc;
    int format;
    rp_wctx ctx;
    rp_filter filter;
    rp_table *table;
    const char **plugins;   /* names of the loaded plugins (conllu columns) */
    size_t n_plugins;
    const char *dir;        /* brat: the output folder */
    const char *split;      /* --split DIR: one file per document */
    int resume;             /* --resume: skip documents already in DIR */
    size_t n_sources;       /* all the sources (--resume moves the done ones last) */
    /* per-worker CoNLL-U scratch, indexed by worker */
    pthread_mutex_t lock;
    RP_VEC(rp_conllu_scratch *) scratch;
    /* brat: entity types seen (for annotation.conf) */
    RP_VEC(char *) types;
    uint64_t n_annotations;
} annotate;

static rp_conllu_scratch *scratch_of(annotate *a, int index)
{
    pthread_mutex_lock(&a->lock);
    size_t i = index < 0 ? 0 : (size_t)index;
    while (a->scratch.n <= i)
        RP_VEC_PUSH(a->scratch) = NULL;
    if (!a->scratch.v[i])
        a->scratch.v[i] = rp_xcalloc(1, sizeof(rp_conllu_scratch));
    rp_conllu_scratch *s = a->scratch.v[i];
    pthread_mutex_unlock(&a->lock);
    return s;
}

/* ---- brat files --------------------------------------------------------- */

/* DIR/<id><ext>, with the id made safe as a relative path (no "..", no
 * leading '/'); "-" (standard input) becomes "stdin". */
static char *brat_path(const char *dir, const char *id, const char *ext)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_adds(&b, dir);
    rp_buf_addc(&b, '/');
    if (strcmp(id, "-") == 0)
        id = "stdin";
    const char *p = id;
    while (*p == '/')
        p++;
    for (; *p; p++) {
        if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0') &&
            (p == id || p[-1] == '/')) {
            rp_buf_adds(&b, "__");
            p++;
            continue;
        }
        rp_buf_addc(&b, *p);
    }
    rp_buf_adds(&b, ext);
    return b.data;
}

static int mkdirs_for(const char *path)
{
    char *d = rp_xstrdup(path);
    for (char *p = d + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(d, 0777) < 0 && errno != EEXIST) {
            free(d);
            return -1;
        }
        *p = '/';
    }
    free(d);
    return 0;
}

/* Writes data to path through path.tmp.PID + rename. */
static int write_file_atomic(const char *path, const void *data, size_t len, char *err, size_t errlen)
{
    if (mkdirs_for(path) < 0) {
        snprintf(err, errlen, "%s: cannot create its folder: %s", path, strerror(errno));
        return -1;
    }
    size_t n = strlen(path) + 32;
    char *tmp = rp_xmalloc(n);
    snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    int ok = f && (len == 0 || fwrite(data, 1, len, f) == len);
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) == 0) {
        free(tmp);
        return 0;
    }
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return -1;
}

/* ---- the job -------------------------------------------------------------- */

static int ann_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err,
                   size_t errlen)
{
    annotate *a = ud;
    const rp_doc *doc = &w->doc.doc;
    const rp_annot *an = w->sink.annots.v;
    size_t n = w->sink.annots.n;
    rp_outcmd_begin_doc(&a->oc, w, out);
    /* the number of annotations written, for the summary */
    uint64_t kept = 0;
    for (size_t i = 0; i < n; i++)
        kept += (uint64_t)rp_filter_pass(&a->filter, an[i].plugin, an[i].label);
    rp_buf_add(out, &kept, sizeof kept);
    switch (a->format) {
    case RP_FMT_JSONL:
        rp_write_jsonl(out, doc, an, n, &a->ctx);
        break;
    case RP_FMT_CSV:
    case RP_FMT_TSV:
        rp_write_rows(out, doc, an, n, &a->ctx);
        break;
    case RP_FMT_CONLLU:
        rp_write_conllu(out, doc, an, n, a->plugins, a->n_plugins, &a->ctx,
                        scratch_of(a, w->index));
        break;
    case RP_FMT_BRAT: {
        rp_buf ann;
        rp_buf_init(&ann);
        rp_write_brat_ann(&ann, doc, an, n, &a->ctx);
        char *txt = brat_path(a->dir, doc->id, ".txt");
        char *annp = brat_path(a->dir, doc->id, ".ann");
        int rc = write_file_atomic(txt, doc->text, (size_t)doc->len, err, errlen);
        if (rc == 0)
            rc = write_file_atomic(annp, ann.data ? ann.data : "", ann.len, err, errlen);
        free(txt);
        free(annp);
        rp_buf_free(&ann);
        if (rc)
            return -1;
        /* the entity types, NUL-separated, for annotation.conf */
        for (size_t i = 0; i < n; i++) {
            if (!rp_filter_pass(&a->filter, an[i].plugin, an[i].label))
                continue;
            rp_buf_adds(out, an[i].plugin);
            rp_buf_addc(out, '-');
            rp_buf_adds(out, an[i].label);
            rp_buf_addc(out, '\0');
        }
        break;
    }
    }
    (void)src;
    return 0;
}

static void add_type(annotate *a, const char *t, size_t len)
{
    char *s = rp_xstrndup(t, len);
    for (char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            *p = '_';
    }
    for (size_t i = 0; i < a->types.n; i++)
        if (strcmp(a->types.v[i], s) == 0) {
            free(s);
            return;
        }
    RP_VEC_PUSH(a->types) = s;
}

static const char *split_ext(int format)
{
    switch (format) {
    case RP_FMT_CSV: return ".csv";
    case RP_FMT_TSV: return ".tsv";
    case RP_FMT_CONLLU: return ".conllu";
    default: return ".jsonl";
    }
}

/* --split: the document's records go to DIR/<id>.<ext>, written through
 * outfile.h (a temporary renamed when complete), so a file that exists is
 * a finished document: what --resume relies on. Main thread only. */
static int split_write(annotate *a, const rp_source *src, const char *p, size_t len)
{
    char *path = brat_path(a->split, src->id, split_ext(a->format));
    if (mkdirs_for(path) < 0) {
        rp_error("annotate: %s: cannot create its folder: %s", path, strerror(errno));
        free(path);
        a->oc.failed = 1;
        return RP_EXIT_ENV;
    }
    rp_outfile of;
    int r = rp_outfile_open(&of, path);
    free(path);
    if (r) {
        a->oc.failed = 1;
        return r;
    }
    int bad = 0;
    if (a->format == RP_FMT_CSV || a->format == RP_FMT_TSV) {
        rp_table *t = rp_table_new(&a->ctx);
        bad = !t || rp_table_add(t, p, len) < 0 || rp_table_finish(t, of.fp) < 0;
        rp_table_free(t);
    } else {
        if (a->format == RP_FMT_CONLLU) {
            rp_buf h;
            rp_buf_init(&h);
            rp_write_conllu_header(&h, a->plugins, a->n_plugins);
            bad = fwrite(h.data, 1, h.len, of.fp) != h.len;
            rp_buf_free(&h);
        }
        if (!bad && len && fwrite(p, 1, len, of.fp) != len)
            bad = 1;
    }
    if (bad) {
        rp_error("annotate: %s: write error: %s", of.path, strerror(errno));
        rp_outfile_abort(&of);
        a->oc.failed = 1;
        return RP_EXIT_ENV;
    }
    r = rp_outfile_commit(&of);
    if (r)
        a->oc.failed = 1;
    return r;
}

/* --resume: moves the sources whose DIR/<id>.<ext> exists after the others
 * (order kept) and runs only the first ones; rp_sources_free still sees
 * them all (n_sources). Returns how many were already done. */
static size_t resume_partition(annotate *a)
{
    rp_sources *s = &a->oc.src;
    size_t n = s->n, todo = 0, done = 0;
    rp_source *tmp = rp_xcalloc(n ? n : 1, sizeof *tmp);
    unsigned char *have = rp_xcalloc(n ? n : 1, 1);
    for (size_t i = 0; i < n; i++) {
        char *path = brat_path(a->split, s->v[i].id, split_ext(a->format));
        struct stat st;
        have[i] = stat(path, &st) == 0 && S_ISREG(st.st_mode);
        free(path);
        if (!have[i])
            tmp[todo++] = s->v[i];
    }
    for (size_t i = 0; i < n; i++)
        if (have[i])
            tmp[todo + done++] = s->v[i];
    free(have);
    memcpy(s->v, tmp, n * sizeof *tmp);
    free(tmp);
    a->n_sources = n;
    s->n = todo;
    return n - todo;
}

typedef struct split_name {
    char *path;
    size_t i;
} split_name;

static int cmp_split_name(const void *x, const void *y)
{
    const split_name *a = x, *b = y;
    int c = strcmp(a->path, b->path);
    return c ? c : (a->i < b->i ? -1 : a->i > b->i);
}

/* --split: two doc ids that give the same file ("a" and "/a", "x/../y"
 * and "x/__/y") would overwrite each other; refuse before starting.
 * Returns 0 or RP_EXIT_INPUT (reported). */
static int split_check_names(annotate *a)
{
    const rp_sources *s = &a->oc.src;
    split_name *v = rp_xcalloc(s->n ? s->n : 1, sizeof *v);
    for (size_t i = 0; i < s->n; i++) {
        v[i].path = brat_path(a->split, s->v[i].id, split_ext(a->format));
        v[i].i = i;
    }
    qsort(v, s->n, sizeof *v, cmp_split_name);
    int r = 0;
    for (size_t k = 1; k < s->n && !r; k++)
        if (strcmp(v[k - 1].path, v[k].path) == 0) {
            rp_error("annotate: --split: doc \"%s\" and doc \"%s\" would both be written to %s; "
                     "give them distinct ids", s->v[v[k - 1].i].id, s->v[v[k].i].id, v[k].path);
            r = RP_EXIT_INPUT;
        }
    for (size_t i = 0; i < s->n; i++)
        free(v[i].path);
    free(v);
    return r;
}

static int ann_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    annotate *a = ud;
    const char *p;
    size_t len;
    rp_outcmd_collected(&a->oc, src, out, &p, &len);
    if (len < sizeof(uint64_t))
        return 0;
    uint64_t kept;
    memcpy(&kept, p, sizeof kept);
    a->n_annotations += kept;
    p += sizeof kept;
    len -= sizeof kept;
    if (a->split)
        return split_write(a, src, p, len);
    switch (a->format) {
    case RP_FMT_CSV:
    case RP_FMT_TSV:
        if (rp_table_add(a->table, p, len) < 0) {
            a->oc.failed = 1;
            return RP_EXIT_ENV;
        }
        return 0;
    case RP_FMT_BRAT:
        for (size_t i = 0; i < len;) {
            size_t l = strnlen(p + i, len - i);
            add_type(a, p + i, l);
            i += l + 1;
        }
        return 0;
    default:
        if (len && fwrite(p, 1, len, a->oc.out.fp) != len) {
            rp_error("%s: write error: %s", a->oc.out.path ? a->oc.out.path : "standard output",
                     strerror(errno));
            a->oc.failed = 1;
            return RP_EXIT_ENV;
        }
        return 0;
    }
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rapporteur annotate [OPTIONS] INPUT...\n"
            "Run the plugins over every document and write one record per annotation.\n\n"
            "Options:\n"
            "      --format FMT      jsonl (default), csv, tsv, conllu or brat (brat\n"
            "                        needs -o FOLDER)\n"
            "      --meta COLS       manifest columns carried into every record: all\n"
            "                        (default), none, or a comma-separated list\n"
            "      --plugin LIST     keep only these plugins' annotations (comma list)\n"
            "      --label LIST      keep only these labels (comma list)\n"
            "      --split DIR       one file per document instead of -o: DIR/<doc_id>.jsonl\n"
            "                        (.csv, .tsv, .conllu), each written atomically; a doc id\n"
            "                        with '/' makes subfolders\n"
            "      --resume          with --split: skip documents whose file is already in\n"
            "                        DIR (continues an interrupted run)\n");
    rp_common_help(f, RP_OPTS_ALL);
    fprintf(f,
            "\nJSON Lines records: doc, plugin, label, start, end (byte offsets, end\n"
            "exclusive), text, para (printed paragraph number or null), sentence, page,\n"
            "section, block, the metadata columns, attrs. CSV/TSV: the same columns, then\n"
            "attrs as attr_<key> columns (the same set on every row). See doc/outputs.md.\n");
}

int rp_cmd_annotate(int argc, char **argv)
{
    static const struct option longopts[] = {
        RP_COMMON_LONGOPTS,
        {"meta", required_argument, NULL, OPT_META},
        {"plugin", required_argument, NULL, OPT_PLUGIN},
        {"label", required_argument, NULL, OPT_LABEL},
        {"split", required_argument, NULL, OPT_SPLIT},
        {"resume", no_argument, NULL, OPT_RESUME},
        {NULL, 0, NULL, 0}};
    annotate a;
    memset(&a, 0, sizeof a);
    rp_outcmd_init(&a.oc, "annotate", argc, argv);
    pthread_mutex_init(&a.lock, NULL);
    const char *meta = NULL;
    int opt, status = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, RP_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
        if (opt == 'h') {
            usage(stdout);
            goto done;
        }
        switch (opt) {
        case OPT_META: meta = optarg; continue;
        case OPT_PLUGIN: rp_filter_add(&a.filter, 'p', optarg); continue;
        case OPT_LABEL: rp_filter_add(&a.filter, 'l', optarg); continue;
        case OPT_SPLIT: a.split = optarg; continue;
        case OPT_RESUME: a.resume = 1; continue;
        default: break;
        }
        int r = rp_common_option(&a.oc.co, opt, optarg);
        if (r <= 0) {
            if (r == 0)
                fprintf(stderr, "(see `rapporteur annotate --help`)\n");
            status = RP_EXIT_INPUT;
            goto done;
        }
    }
    a.format = rp_format_parse(a.oc.co.format ? a.oc.co.format : "jsonl");
    if (a.format < 0) {
        status = rp_usage_error("annotate", "--format: unknown format '%s' (jsonl, csv, tsv, "
                                "conllu, brat)", a.oc.co.format);
        goto done;
    }
    if (optind >= argc) {
        status = rp_usage_error("annotate", "no INPUT given (a file, a folder, a manifest or -)");
        goto done;
    }
    if (a.resume && !a.split) {
        status = rp_usage_error("annotate", "--resume needs --split DIR (the folder of per-document files)");
        goto done;
    }
    if (a.split && a.format == RP_FMT_BRAT) {
        status = rp_usage_error("annotate", "--split: brat already writes one file per document (-o DIR)");
        goto done;
    }
    if (a.split && a.oc.co.output) {
        status = rp_usage_error("annotate", "--split DIR and -o FILE exclude each other");
        goto done;
    }
    if (a.split) {
        struct stat sb;
        errno = 0;
        if (stat(a.split, &sb) == 0 ? !S_ISDIR(sb.st_mode) : mkdir(a.split, 0777) < 0) {
            rp_error("annotate: --split %s: %s", a.split, errno ? strerror(errno) : "not a folder");
            status = RP_EXIT_ENV;
            goto done;
        }
    }
    if (a.format == RP_FMT_BRAT) {
        a.dir = a.oc.co.output;
        if (!a.dir || strcmp(a.dir, "-") == 0) {
            status = rp_usage_error("annotate", "--format brat writes a folder: give it with -o DIR");
            goto done;
        }
        struct stat sb;
        if (stat(a.dir, &sb) == 0 ? !S_ISDIR(sb.st_mode) : mkdir(a.dir, 0777) < 0) {
            rp_error("annotate: %s: %s", a.dir, errno ? strerror(errno) : "not a folder");
            status = RP_EXIT_ENV;
            goto done;
        }
    }
    status = rp_outcmd_prepare(&a.oc, argv + optind, (size_t)(argc - optind), 1,
                               a.format != RP_FMT_BRAT && !a.split);
    if (status)
        goto done;
    if (a.split && (status = split_check_names(&a)) != 0)
        goto done;
    if (a.resume) {
        size_t total = a.oc.src.n, had = resume_partition(&a);
        if (had && !a.oc.co.quiet)
            fprintf(stderr, "rapporteur: annotate: --resume: %zu of %zu documents already in %s, "
                    "not redone\n", had, total, a.split);
        if (a.oc.src.n == 0) {
            /* nothing left to do; earlier input errors still count */
            status = a.oc.src.n_errors ? a.oc.src.status : 0;
            goto done;
        }
    }
    a.ctx.filter = &a.filter;
    a.ctx.sep = a.format == RP_FMT_TSV ? '\t' : ',';
    if (rp_wctx_meta(&a.ctx, meta, a.oc.src.meta_cols, a.oc.src.n_meta_cols) < 0) {
        status = RP_EXIT_INPUT;
        goto done;
    }
    a.n_plugins = a.oc.mods.n;
    a.plugins = rp_xcalloc(a.n_plugins + 1, sizeof *a.plugins);
    for (size_t i = 0; i < a.n_plugins; i++)
        a.plugins[i] = a.oc.mods.v[i].plugin->name;
    if ((a.format == RP_FMT_CSV || a.format == RP_FMT_TSV) && !a.split) {
        a.table = rp_table_new(&a.ctx);
        if (!a.table) {
            status = RP_EXIT_ENV;
            goto done;
        }
    }
    if (a.format == RP_FMT_CONLLU && !a.split) {
        rp_buf h;
        rp_buf_init(&h);
        rp_write_conllu_header(&h, a.plugins, a.n_plugins);
        fwrite(h.data, 1, h.len, a.oc.out.fp);
        rp_buf_free(&h);
    }

    rp_job job = {.doc = ann_doc, .collect = ann_collect, .ud = &a, .keeps_done = a.split != NULL};
    status = rp_outcmd_run(&a.oc, &job);
    if (a.table && !a.oc.failed && !a.oc.st.interrupted &&
        rp_table_finish(a.table, a.oc.out.fp) < 0) {
        a.oc.failed = 1;
        status = RP_EXIT_ENV;
    }
    if (a.format == RP_FMT_BRAT && !a.oc.st.interrupted) {
        rp_buf conf;
        rp_buf_init(&conf);
        rp_buf_adds(&conf, "# written by rapporteur annotate: one entity type per plugin-label\n"
                           "[entities]\n");
        for (size_t i = 0; i < a.types.n; i++) {
            rp_buf_adds(&conf, a.types.v[i]);
            rp_buf_addc(&conf, '\n');
        }
        rp_buf_adds(&conf, "[relations]\n\n[events]\n\n[attributes]\n");
        char err[512];
        char *path = brat_path(a.dir, "annotation", ".conf");
        if (write_file_atomic(path, conf.data, conf.len, err, sizeof err) < 0) {
            rp_error("annotate: %s", err);
            status = RP_EXIT_ENV;
        }
        free(path);
        rp_buf_free(&conf);
    }
    if (a.oc.prov)
        rp_prov_result(a.oc.prov, "annotations", a.n_annotations);
    status = rp_outcmd_finish(&a.oc, status);

done:
    if (a.n_sources)
        a.oc.src.n = a.n_sources;
    rp_outcmd_free(&a.oc);
    rp_table_free(a.table);
    rp_wctx_free(&a.ctx);
    rp_filter_free(&a.filter);
    free(a.plugins);
    for (size_t i = 0; i < a.scratch.n; i++) {
        if (a.scratch.v[i])
            rp_conllu_scratch_free(a.scratch.v[i]);
        free(a.scratch.v[i]);
    }
    RP_VEC_FREE(a.scratch);
    for (size_t i = 0; i < a.types.n; i++)
        free(a.types.v[i]);
    RP_VEC_FREE(a.types);
    pthread_mutex_destroy(&a.lock);
    return status;
}
