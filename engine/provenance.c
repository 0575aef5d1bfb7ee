/*
 * provenance.c -- writes the --provenance JSON (see provenance.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "lexicon.h"
#include "outfile.h"
#include "provenance.h"

struct rp_prov {
    char *command;
    RP_VEC(char *) argv;
    struct timeval t0;
    rp_buf inputs;      /* the "inputs" array's elements, comma-separated */
    uint64_t n_inputs;
    uint64_t bytes;
    rp_buf results;     /* members of "results" */
};

rp_prov *rp_prov_start(const char *command, int argc, char **argv)
{
    rp_prov *p = rp_xcalloc(1, sizeof *p);
    p->command = rp_xstrdup(command);
    for (int i = 0; i < argc; i++)
        RP_VEC_PUSH(p->argv) = rp_xstrdup(argv[i]);
    gettimeofday(&p->t0, NULL);
    rp_buf_init(&p->inputs);
    rp_buf_init(&p->results);
    return p;
}

void rp_prov_free(rp_prov *p)
{
    if (!p)
        return;
    free(p->command);
    for (size_t i = 0; i < p->argv.n; i++)
        free(p->argv.v[i]);
    RP_VEC_FREE(p->argv);
    rp_buf_free(&p->inputs);
    rp_buf_free(&p->results);
    free(p);
}

static void json_str(rp_buf *b, const char *s)
{
    if (s)
        rp_buf_add_json(b, s, strlen(s));
    else
        rp_buf_adds(b, "null");
}

static void key(rp_buf *b, const char *k, int *first)
{
    if (!*first)
        rp_buf_addc(b, ',');
    *first = 0;
    rp_buf_adds(b, "\n  ");
    json_str(b, k);
    rp_buf_adds(b, ": ");
}

void rp_prov_input(rp_prov *p, const rp_source *src, uint64_t bytes, const char *sha)
{
    rp_buf *b = &p->inputs;
    if (p->n_inputs++)
        rp_buf_addc(b, ',');
    rp_buf_adds(b, "\n    {\"doc\": ");
    json_str(b, src->id);
    rp_buf_adds(b, ", \"path\": ");
    json_str(b, src->path);
    rp_buf_adds(b, ", \"bytes\": ");
    rp_buf_add_u64(b, bytes);
    rp_buf_adds(b, ", \"sha256\": ");
    json_str(b, sha);
    rp_buf_addc(b, '}');
    p->bytes += bytes;
}

void rp_prov_result(rp_prov *p, const char *k, uint64_t value)
{
    if (p->results.len)
        rp_buf_adds(&p->results, ", ");
    json_str(&p->results, k);
    rp_buf_adds(&p->results, ": ");
    rp_buf_add_u64(&p->results, value);
}

static void iso_time(rp_buf *b, const struct timeval *tv)
{
    struct tm tm;
    time_t t = tv->tv_sec;
    gmtime_r(&t, &tm);
    char s[64];
    strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm);
    json_str(b, s);
}

static void add_info(rp_buf *b, const rp_lexinfo *info, int first)
{
    if (!first)
        rp_buf_addc(b, ',');
    rp_buf_adds(b, "\n    {\"path\": ");
    json_str(b, info->path);
    rp_buf_adds(b, ", \"scheme\": ");
    json_str(b, info->scheme);
    rp_buf_adds(b, ", \"version\": ");
    json_str(b, info->version);
    rp_buf_adds(b, ", \"language\": ");
    json_str(b, info->lang);
    rp_buf_adds(b, ", \"entries\": ");
    rp_buf_add_u64(b, info->n_entries);
    rp_buf_adds(b, ", \"categories\": ");
    rp_buf_add_u64(b, info->n_cats);
    rp_buf_adds(b, ", \"checksum\": ");
    json_str(b, info->checksum);
    rp_buf_addc(b, '}');
}

/* A lexicon named in the options that the run did not load (a plugin
 * refused it, or it was never opened): its file's checksum. */
static void add_file(rp_buf *b, const char *path, int first)
{
    if (!first)
        rp_buf_addc(b, ',');
    rp_buf_adds(b, "\n    {\"path\": ");
    json_str(b, path);
    char sha[72];
    rp_buf_adds(b, ", \"loaded\": false, \"checksum\": ");
    if (rp_sha256_file(path, sha) == 0)
        json_str(b, sha);
    else
        rp_buf_adds(b, "null");
    rp_buf_addc(b, '}');
}

int rp_prov_write(rp_prov *p, const char *path, const rp_common *co, const rp_modules *mods,
                  const rp_runstats *st)
{
    struct timeval t1;
    gettimeofday(&t1, NULL);
    rp_buf b;
    rp_buf_init(&b);
    int first = 1;
    rp_buf_addc(&b, '{');
    key(&b, "rapporteur", &first);
    json_str(&b, PACKAGE_VERSION);
    key(&b, "plugin_abi", &first);
    rp_buf_printf(&b, "\"%d.%d\"", RP_ABI_MAJOR, RP_ABI_MINOR);
    key(&b, "command", &first);
    json_str(&b, p->command);
    key(&b, "argv", &first);
    rp_buf_addc(&b, '[');
    for (size_t i = 0; i < p->argv.n; i++) {
        if (i)
            rp_buf_adds(&b, ", ");
        json_str(&b, p->argv.v[i]);
    }
    rp_buf_addc(&b, ']');

    key(&b, "options", &first);
    rp_buf_adds(&b, "{\"format\": ");
    json_str(&b, co->format);
    rp_buf_adds(&b, ", \"jobs\": ");
    rp_buf_add_u64(&b, (uint64_t)co->threads);
    rp_buf_adds(&b, ", \"language\": ");
    json_str(&b, co->lang);
    rp_buf_adds(&b, ", \"strict\": ");
    rp_buf_adds(&b, co->strict ? "true" : "false");
    rp_buf_adds(&b, ", \"plugins\": ");
    json_str(&b, co->select);
    rp_buf_adds(&b, ", \"overlap\": ");
    json_str(&b, co->overlap);
    rp_buf_adds(&b, ", \"plugin_options\": [");
    for (size_t i = 0; i < co->popts.n; i++) {
        if (i)
            rp_buf_adds(&b, ", ");
        json_str(&b, co->popts.v[i]);
    }
    rp_buf_adds(&b, "]}");

    key(&b, "plugins", &first);
    rp_buf_addc(&b, '[');
    for (size_t i = 0; mods && i < mods->n; i++) {
        const rp_plugin *pl = mods->v[i].plugin;
        rp_buf_adds(&b, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
        json_str(&b, pl ? pl->name : NULL);
        rp_buf_adds(&b, ", \"version\": ");
        json_str(&b, pl ? pl->version : NULL);
        rp_buf_adds(&b, ", \"path\": ");
        json_str(&b, mods->v[i].path);
        rp_buf_addc(&b, '}');
    }
    rp_buf_adds(&b, mods && mods->n ? "\n  ]" : "]");

    /* lexicons: every lexicon the run loaded (the host's cache, in load
     * order), then any named by an option ("x.lexicon=FILE", --lexicon)
     * that is not among them */
    key(&b, "lexicons", &first);
    rp_buf_addc(&b, '[');
    int lfirst = 1;
    size_t nl = rp_lexcache_list(NULL, 0);
    const rp_lexicon **lexs = rp_xcalloc(nl + 1, sizeof *lexs);
    nl = rp_lexcache_list(lexs, nl);
    for (size_t i = 0; i < nl; i++) {
        const rp_lexinfo *info = lexs[i] ? rp_lexicon_info(lexs[i]) : NULL;
        /* the same file loaded twice (once with the file's own language,
         * once with a plugin's explicit one) is listed once */
        int dup = 0;
        for (size_t k = 0; k < i && info && !dup; k++) {
            const rp_lexinfo *o = lexs[k] ? rp_lexicon_info(lexs[k]) : NULL;
            dup = o && strcmp(o->path, info->path) == 0 && strcmp(o->checksum, info->checksum) == 0 &&
                  strcmp(o->lang ? o->lang : "", info->lang ? info->lang : "") == 0;
        }
        if (info && !dup) {
            add_info(&b, info, lfirst);
            lfirst = 0;
        }
    }
    for (size_t i = 0; i < co->popts.n; i++) {
        const char *o = co->popts.v[i];
        const char *eq = o ? strchr(o, '=') : NULL;
        if (!eq || eq - o < 8 || strncmp(eq - 8, ".lexicon", 8) != 0)
            continue;
        char *real = realpath(eq + 1, NULL);
        int seen = 0;
        for (size_t k = 0; k < nl && !seen; k++) {
            const rp_lexinfo *info = rp_lexicon_info(lexs[k]);
            char *r2 = info && info->path ? realpath(info->path, NULL) : NULL;
            seen = info && (strcmp(info->path, eq + 1) == 0 || (real && r2 && strcmp(real, r2) == 0));
            free(r2);
        }
        free(real);
        if (!seen) {
            add_file(&b, eq + 1, lfirst);
            lfirst = 0;
        }
    }
    free(lexs);
    rp_buf_adds(&b, lfirst ? "]" : "\n  ]");

    key(&b, "inputs", &first);
    rp_buf_addc(&b, '[');
    if (p->inputs.len)
        rp_buf_add(&b, p->inputs.data, p->inputs.len);
    rp_buf_adds(&b, p->n_inputs ? "\n  ]" : "]");

    key(&b, "results", &first);
    rp_buf_adds(&b, "{\"documents\": ");
    rp_buf_add_u64(&b, st ? st->docs : p->n_inputs);
    rp_buf_adds(&b, ", \"skipped\": ");
    rp_buf_add_u64(&b, st ? st->skipped : 0);
    rp_buf_adds(&b, ", \"plugin_errors\": ");
    rp_buf_add_u64(&b, st ? st->plugin_errors : 0);
    rp_buf_adds(&b, ", \"bytes\": ");
    rp_buf_add_u64(&b, p->bytes);
    if (p->results.len) {
        rp_buf_adds(&b, ", ");
        rp_buf_add(&b, p->results.data, p->results.len);
    }
    rp_buf_addc(&b, '}');

    key(&b, "start", &first);
    iso_time(&b, &p->t0);
    key(&b, "end", &first);
    iso_time(&b, &t1);
    key(&b, "seconds", &first);
    double secs = (double)(t1.tv_sec - p->t0.tv_sec) + (double)(t1.tv_usec - p->t0.tv_usec) / 1e6;
    rp_buf_printf(&b, "%.3f", secs);
    rp_buf_adds(&b, "\n}\n");

    rp_outfile of;
    int rc = rp_outfile_open(&of, path);
    if (rc == 0) {
        if (fwrite(b.data, 1, b.len, of.fp) != b.len) {
            rp_error("%s: write error", path);
            rp_outfile_abort(&of);
            rc = RP_EXIT_ENV;
        } else {
            rc = rp_outfile_commit(&of);
        }
    }
    rp_buf_free(&b);
    return rc;
}
