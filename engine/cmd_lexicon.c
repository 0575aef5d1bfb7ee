/*
 * cmd_lexicon.c -- `rapporteur lexicon`, the tools researchers use to
 * validate a dictionary before a run:
 *
 *   rapporteur lexicon check FILE...        load, then entries per category,
 *                                           duplicates, entries that can never match
 *   rapporteur lexicon show FILE TERM       what TERM compiles to, and which
 *                                           entries TERM hits when read as text
 *   rapporteur lexicon convert FILE [-o OUT] the lexicon in the native format
 *   rapporteur lexicon report FILE INPUT...  hits of every entry over a corpus,
 *                                           and the entries that never matched
 *
 * Errors are the loader's one line (file:line:column: what), exit 1;
 * a missing file exits 2.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pthread.h>

#include "cli.h"
#include "doc.h"
#include "lex_int.h"
#include "outfile.h"
#include "run.h"
#include "segment.h"
#include "text.h"

static const char usage[] =
    "usage: rapporteur lexicon check [--format FMT] [--language L] [--quiet] FILE...\n"
    "       rapporteur lexicon show [--format FMT] [--language L] FILE TERM\n"
    "       rapporteur lexicon convert [--format FMT] [--language L] FILE [-o OUT]\n"
    "       rapporteur lexicon report [--format FMT] [--language L] [--overlap P] [-j N] [-o OUT]\n"
    "                                 FILE INPUT...\n"
    "FMT is lex, tsv, dic, dicx or yaml (default: from the extension).\n"
    "--quiet: check only prints errors (the exit status says the rest).\n"
    "report: hits per entry of FILE over the documents INPUT (files, directories,\n"
    "manifests, -) as TSV; P is longest-per-category (default), all or longest.\n";

enum { OPT_LEX_FORMAT = RP_OPT_FIRST_LOCAL, OPT_LEX_QUIET, OPT_LEX_OVERLAP };

/* A file that is missing or unreadable is the environment (2); anything
 * wrong inside it is bad input (1). */
static int load_status(const char *path, const char *err)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) != 0)
        return RP_EXIT_ENV;
    return strstr(err, ": cannot read: ") || strstr(err, ": cannot include ") ? RP_EXIT_ENV : RP_EXIT_INPUT;
}

static rp_lexicon *load(const char *path, const char *format, const char *lang, int each_duplicate, int *status)
{
    char err[1200];
    rp_lexicon *lex = lx_load(path, format, lang, each_duplicate, err, sizeof err);
    if (!lex) {
        rp_error("%s", err);
        *status = load_status(path, err);
    }
    return lex;
}

/* ---- check ------------------------------------------------------------ */

static int check(const char *path, const char *format, const char *lang, int quiet)
{
    int status = 0;
    rp_lexicon *lex = load(path, format, lang, 1, &status);
    if (!lex)
        return status;
    if (quiet) {
        rp_lexicon_free(lex);
        return 0;
    }
    const rp_lexinfo *in = &lex->info;
    unsigned by_type[6] = {0};
    uint32_t *per_cat = rp_xcalloc(in->n_cats ? in->n_cats : 1, sizeof *per_cat);
    for (uint32_t i = 0; i < in->n_entries; i++) {
        const rp_lexentry *e = &in->entries[i];
        if (e->type < 6)
            by_type[e->type]++;
        for (uint32_t k = 0; k < e->n_cats; k++)
            per_cat[e->cats[k]]++;
    }
    printf("%s: %u entries in %u categories; format %s, language %s, tokens %s, %s\n", path, in->n_entries,
           in->n_cats, lex->format, in->lang, lex->mode == LX_SIMPLE ? "simple" : "engine", in->checksum);
    printf("types\tstem %u\tword %u\tglob %u\tphrase %u\tregex %u\n", by_type[RP_LEX_STEM], by_type[RP_LEX_WORD],
           by_type[RP_LEX_GLOB], by_type[RP_LEX_PHRASE], by_type[RP_LEX_REGEX]);
    printf("category\tentries\tparent\tlabel\n");
    for (uint32_t c = 0; c < in->n_cats; c++)
        printf("%s\t%u\t%s\t%s\n", in->cats[c].id, per_cat[c],
               in->cats[c].parent == RP_NONE ? "-" : in->cats[in->cats[c].parent].id,
               in->cats[c].label);
    unsigned dups = 0, never = 0, empty = 0;
    for (uint32_t c = 0; c < in->n_cats; c++)
        empty += per_cat[c] == 0 && in->cats[c].parent == RP_NONE;
    for (uint32_t i = 0; i < in->n_entries; i++) {
        if (lex->dup_of[i] == RP_NONE)
            continue;
        const rp_lexentry *e = &in->entries[i], *o = &in->entries[lex->dup_of[i]];
        printf("%s:%u:%u: duplicate: \"%s\" compiles like line %u \"%s\"\n", lex->cent[i].file, e->line,
               lex->cent[i].col, e->term, o->line, o->term);
        dups++;
    }
    for (uint32_t i = 0; i < in->n_entries; i++) {
        const char *why = lx_never_reason(lex, i);
        if (!why)
            continue;
        printf("%s:%u:%u: never matches: \"%s\": %s\n", lex->cent[i].file, in->entries[i].line, lex->cent[i].col,
               in->entries[i].term, why);
        never++;
    }
    printf("%s: %u duplicates, %u entries that never match, %u warnings\n", path, dups, never, lex->n_warnings);
    free(per_cat);
    rp_lexicon_free(lex);
    return 0;
}

/* ---- show ------------------------------------------------------------- */

static void print_elems(const rp_lexicon *lex, const lx_elem *el, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        const lx_elem *e = &el[k];
        printf("  %u. %s", k + 1, lx_elem_kind_name(e->kind));
        if (e->kind == LX_E_STEM)
            printf(" \"%s\" (from \"%s\")", lex->strs.strs.v[e->sid], e->pat);
        else
            printf(" \"%.*s\"", (int)e->pat_len, e->pat);
        printf("\n");
    }
}

static int show(const char *path, const char *format, const char *lang, const char *term)
{
    int status = 0;
    rp_lexicon *lex = load(path, format, lang, 0, &status);
    if (!lex)
        return status;
    /* 1. the term as a lexicon entry */
    {
        char err[1200];
        rp_lexicon *one = lx_compile_term(lex, term, err, sizeof err);
        if (!one) {
            rp_error("lexicon show: %s", err);
            rp_lexicon_free(lex);
            return RP_EXIT_INPUT;
        }
        const lx_centry *ce = &one->cent[0];
        printf("term \"%s\" compiles to a %s entry", term, lx_type_name(one->entries[0].type));
        if (ce->regex != RP_NONE || ce->n_elems == 0)
            printf("%s\n", ce->n_elems == 0 && ce->regex == RP_NONE ? " with no words (it never matches)" : "");
        else
            printf(" of %u element%s:\n", ce->n_elems, ce->n_elems == 1 ? "" : "s");
        print_elems(one, one->elems + ce->elem_first, ce->n_elems);
        rp_lexicon_free(one);
    }
    /* 2. the term as text */
    rp_docbuf d;
    rp_docbuf_init(&d);
    rp_vocab *v = rp_vocab_new();
    size_t len = strlen(term);
    d.text_owned = rp_xstrndup(term, len);
    d.doc.text = d.text_owned;
    d.doc.len = len;
    d.id = "-";
    d.path = "-";
    d.lang = lex->info.lang;
    char err[256];
    int rc = RP_EXIT_OK;
    if (rp_utf8_check(&d, err, sizeof err) != 0) {
        rp_error("lexicon show: %s", err);
        rc = RP_EXIT_INPUT;
    } else {
        rp_segment(&d);
        rp_tokenize(&d, v);
        rp_docbuf_publish(&d);
        const rp_lexicon *ls[1] = {lex};
        rp_matcher *m = rp_matcher_new(ls, 1, RP_OVERLAP_ALL);
        const rp_lexmatch *ms;
        size_t n;
        rp_matcher_run(m, &d.doc, &ms, &n);
        printf("as text, \"%s\" hits %zu entr%s of %s:\n", term, n, n == 1 ? "y" : "ies", path);
        for (size_t i = 0; i < n; i++) {
            const rp_lexentry *e = &lex->info.entries[ms[i].entry];
            printf("  [%llu,%llu) \"%.*s\" -> %s:%u \"%s\" (%s) category %s\n", (unsigned long long)ms[i].start,
                   (unsigned long long)ms[i].end, (int)(ms[i].end - ms[i].start), term + ms[i].start,
                   lex->cent[ms[i].entry].file, e->line, e->term, lx_type_name(e->type),
                   lex->info.cats[ms[i].cat].id);
        }
        rp_matcher_free(m);
    }
    rp_docbuf_free(&d);
    rp_vocab_free(v);
    rp_lexicon_free(lex);
    return rc;
}

/* ---- convert ---------------------------------------------------------- */

static void put_clean(FILE *f, const char *s)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

static int convert(const char *path, const char *format, const char *lang, const char *out)
{
    int status = 0;
    rp_lexicon *lex = load(path, format, lang, 0, &status);
    if (!lex)
        return status;
    rp_outfile o;
    int rc = rp_outfile_open(&o, out);
    if (rc != 0) {
        rp_lexicon_free(lex);
        return rc;
    }
    FILE *f = o.fp;
    const rp_lexinfo *in = &lex->info;
    fprintf(f, "# converted from %s (%s format, %s) by rapporteur lexicon convert\n", path, lex->format, in->checksum);
    fprintf(f, "@scheme\t");
    put_clean(f, in->scheme);
    fprintf(f, "\n");
    if (lex->title) {
        fprintf(f, "@title\t");
        put_clean(f, lex->title);
        fprintf(f, "\n");
    }
    if (in->version[0]) {
        fprintf(f, "@version\t");
        put_clean(f, in->version);
        fprintf(f, "\n");
    }
    fprintf(f, "@language\t%s\n", in->lang);
    if (lex->mode == LX_SIMPLE)
        fprintf(f, "@tokens\tsimple\n");
    for (uint32_t c = 0; c < in->n_cats; c++) {
        const rp_lexcat *cat = &in->cats[c];
        fprintf(f, "@category\t");
        put_clean(f, cat->id);
        fputc('\t', f);
        put_clean(f, cat->label);
        if (cat->parent != RP_NONE) {
            fprintf(f, "\tparent=");
            put_clean(f, in->cats[cat->parent].id);
        }
        for (uint32_t a = 0; a < cat->n_attrs; a++) {
            fputc('\t', f);
            put_clean(f, cat->attrs[a].key);
            fputc('=', f);
            put_clean(f, cat->attrs[a].value);
        }
        fputc('\n', f);
    }
    unsigned lossy = 0;
    for (uint32_t i = 0; i < in->n_entries; i++) {
        const rp_lexentry *e = &in->entries[i];
        const lx_centry *ce = &lex->cent[i];
        if (ce->n_elems == 0 && ce->regex == RP_NONE) {
            fprintf(f, "# line %u: \"", e->line);
            put_clean(f, e->term);
            fprintf(f, "\" has no words and never matches\n");
            continue;
        }
        for (uint32_t k = 0; k < e->n_cats; k++) {
            if (k)
                fputc(',', f);
            put_clean(f, in->cats[e->cats[k]].id);
        }
        fputc('\t', f);
        if (ce->regex != RP_NONE) {
            put_clean(f, e->term);
        } else {
            /* write the compiled elements back: the native reading of
             * this text compiles to the same elements */
            for (uint32_t k = 0; k < ce->n_elems; k++) {
                const lx_elem *el = &lex->elems[ce->elem_first + k];
                if (k)
                    fputc(' ', f);
                if (el->kind == LX_E_WORD)
                    fputc('=', f);
                if (el->kind == LX_E_PREFIX || el->kind == LX_E_GLOB) {
                    for (uint32_t j = 0; j < el->surface_len; j++)
                        lossy += el->surface[j] == ' ' || el->surface[j] == '\t';
                }
                fprintf(f, "%.*s", (int)el->surface_len, el->surface);
                if (el->kind == LX_E_PREFIX)
                    fputc('*', f);
            }
        }
        if (e->flags & RP_LEX_CASE)
            fprintf(f, "\tcase=yes");
        if (e->weight_milli != 1000)
            fprintf(f, "\tweight=%g", e->weight_milli / 1000.0);
        if (ce->n_not) {
            fprintf(f, "\tnot=");
            for (uint32_t a = 0; a < ce->n_not; a++) {
                const lx_seq *s = &lex->nots[ce->not_first + a];
                if (a)
                    fputc('|', f);
                for (uint32_t k = 0; k < s->n; k++) {
                    const lx_elem *el = &lex->elems[s->first + k];
                    if (k)
                        fputc(' ', f);
                    if (el->kind == LX_E_WORD)
                        fputc('=', f);
                    fprintf(f, "%.*s", (int)el->surface_len, el->surface);
                    if (el->kind == LX_E_PREFIX)
                        fputc('*', f);
                }
            }
        }
        for (uint32_t a = 0; a < e->n_attrs; a++) {
            fputc('\t', f);
            put_clean(f, e->attrs[a].key);
            fputc('=', f);
            put_clean(f, e->attrs[a].value);
        }
        fputc('\n', f);
    }
    if (lossy)
        rp_warn("%s: %u glob pattern%s with white space cannot be written exactly in the native format", path,
                lossy, lossy == 1 ? "" : "s");
    rc = rp_outfile_commit(&o);
    rp_lexicon_free(lex);
    return rc;
}

/* ---- report ----------------------------------------------------------- */

/* One matcher per worker. A matcher memoises by norm_id, so it is renewed
 * when its worker starts a new vocabulary. */
typedef struct wmatch {
    rp_matcher *m;
    const rp_vocab *vocab;
    uint32_t n_forms;
} wmatch;

typedef struct report {
    const rp_lexicon *lex;
    int overlap;
    pthread_mutex_t lock;
    wmatch *w;
    size_t n_w;
} report;

static int report_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    (void)src;
    (void)out;
    report *r = ud;
    pthread_mutex_lock(&r->lock);
    if ((size_t)w->index >= r->n_w) {
        size_t n = (size_t)w->index + 1;
        r->w = rp_xrealloc(r->w, n * sizeof *r->w);
        memset(r->w + r->n_w, 0, (n - r->n_w) * sizeof *r->w);
        r->n_w = n;
    }
    wmatch *wm = &r->w[w->index];
    pthread_mutex_unlock(&r->lock);
    uint32_t forms = rp_vocab_n_forms(w->vocab);
    if (wm->m && (wm->vocab != w->vocab || forms < wm->n_forms)) {
        rp_matcher_free(wm->m); /* keeps its counts in the lexicon */
        wm->m = NULL;
    }
    if (!wm->m) {
        wm->m = rp_matcher_new(&r->lex, 1, r->overlap);
        wm->vocab = w->vocab;
        if (!wm->m) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    wm->n_forms = forms;
    const rp_lexmatch *ms;
    size_t n;
    if (rp_matcher_run(wm->m, &w->doc.doc, &ms, &n) != RP_OK) {
        snprintf(err, errlen, "the lexicon matcher failed");
        return -1;
    }
    return 0;
}

static int report_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    (void)src;
    (void)out;
    (void)ud;
    return 0;
}

static int report_cmd(const char *path, const char *format, const char *lang, int overlap, int threads,
                      int quiet, const char *outpath, char **inputs, size_t n_inputs)
{
    int status = 0;
    rp_lexicon *lex = load(path, format, lang, 0, &status);
    if (!lex)
        return status;
    rp_sources src;
    memset(&src, 0, sizeof src);
    status = rp_sources_collect(inputs, n_inputs, 0, &src);
    if (src.n == 0) {
        if (!status)
            rp_error("lexicon report: no documents in the input");
        rp_sources_free(&src);
        rp_lexicon_free(lex);
        return status ? status : RP_EXIT_INPUT;
    }
    rp_outfile o;
    int rc = rp_outfile_open(&o, outpath);
    if (rc) {
        rp_sources_free(&src);
        rp_lexicon_free(lex);
        return rc;
    }
    report r;
    memset(&r, 0, sizeof r);
    r.lex = lex;
    r.overlap = overlap;
    pthread_mutex_init(&r.lock, NULL);
    rp_job job;
    memset(&job, 0, sizeof job);
    job.doc = report_doc;
    job.collect = report_collect;
    job.ud = &r;
    job.threads = threads;
    job.lang = lang;
    job.quiet = quiet;
    rp_runstats st;
    memset(&st, 0, sizeof st);
    int run = rp_run(&job, &src, &st);
    for (size_t i = 0; i < r.n_w; i++)
        rp_matcher_free(r.w[i].m); /* adds the worker's counts to the lexicon */
    free(r.w);
    pthread_mutex_destroy(&r.lock);
    const rp_lexicon *ls[1] = {lex};
    if (st.interrupted || rp_lexicon_report(ls, 1, o.fp) != 0) {
        rp_outfile_abort(&o);
        rc = st.interrupted ? RP_EXIT_INPUT : RP_EXIT_ENV;
    } else {
        rc = rp_outfile_commit(&o);
    }
    if (!quiet && rc == 0) {
        uint32_t never = 0;
        for (uint32_t i = 0; i < lex->info.n_entries; i++)
            never += rp_lexicon_hits(lex, i) == 0;
        fprintf(stderr, "rapporteur: lexicon report: %zu documents, %u of %u entries never matched\n", st.docs,
                never, lex->info.n_entries);
    }
    rp_sources_free(&src);
    rp_lexicon_free(lex);
    if (rc)
        return rc;
    return run ? run : status;
}

int rp_cmd_lexicon(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, OPT_LEX_FORMAT},
        {"language", required_argument, NULL, 'l'},
        {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, OPT_LEX_QUIET},
        {"overlap", required_argument, NULL, OPT_LEX_OVERLAP},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *format = NULL, *lang = NULL, *out = NULL;
    int quiet = 0, overlap = RP_OVERLAP_LONGEST_PER_CAT, threads = 0;
    if (argc < 2) {
        fputs(usage, stderr);
        return RP_EXIT_INPUT;
    }
    const char *sub = argv[1];
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
        fputs(usage, stdout);
        return RP_EXIT_OK;
    }
    optind = 1;
    int opt;
    while ((opt = getopt_long(argc - 1, argv + 1, "o:j:h", longopts, NULL)) != -1) {
        switch (opt) {
        case OPT_LEX_FORMAT: format = optarg; break;
        case OPT_LEX_QUIET: quiet = 1; break;
        case OPT_LEX_OVERLAP:
            overlap = rp_overlap_parse(optarg);
            if (overlap < 0)
                return rp_usage_error("lexicon", "unknown --overlap %s (expected longest-per-category, all or longest)",
                                      optarg);
            break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 1024)
                return rp_usage_error("lexicon", "-j expects a number of threads, got %s", optarg);
            threads = (int)v;
            break;
        }
        case 'l': lang = optarg; break;
        case 'o': out = optarg; break;
        case 'h': fputs(usage, stdout); return RP_EXIT_OK;
        default: return rp_usage_error("lexicon", "unknown option");
        }
    }
    char **rest = argv + 1 + optind;
    int nrest = argc - 1 - optind;
    if (format && strcmp(format, "lex") && strcmp(format, "tsv") && strcmp(format, "dic") &&
        strcmp(format, "dicx") && strcmp(format, "yaml") && strcmp(format, "yml"))
        return rp_usage_error("lexicon", "unknown --format %s (expected lex, tsv, dic, dicx or yaml)", format);
    if (strcmp(sub, "check") == 0) {
        if (nrest < 1)
            return rp_usage_error("lexicon check", "expected at least one FILE");
        int worst = 0;
        if (quiet)
            setenv("RP_LEXICON_QUIET", "1", 1); /* no warnings */
        for (int i = 0; i < nrest; i++) {
            int rc = check(rest[i], format, lang, quiet);
            if (rc > worst)
                worst = rc;
        }
        return worst;
    }
    if (strcmp(sub, "show") == 0) {
        if (nrest != 2)
            return rp_usage_error("lexicon show", "expected FILE TERM");
        return show(rest[0], format, lang, rest[1]);
    }
    if (strcmp(sub, "convert") == 0) {
        if (nrest != 1)
            return rp_usage_error("lexicon convert", "expected one FILE");
        return convert(rest[0], format, lang, out);
    }
    if (strcmp(sub, "report") == 0) {
        if (nrest < 2)
            return rp_usage_error("lexicon report", "expected FILE INPUT...");
        return report_cmd(rest[0], format, lang, overlap, threads, quiet, out, rest + 1, (size_t)(nrest - 1));
    }
    return rp_usage_error("lexicon", "unknown subcommand %s (expected check, show, convert or report)", sub);
}
