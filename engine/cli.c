/*
 * cli.c -- the options the corpus-reading subcommands share (see cli.h):
 * parsing, turning --lexicon/--overlap into plugin options, and loading
 * the selected plugins.
 */
#include "config.h"

#include "cli.h"
#include "lexicon.h"
#include "outfile.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void rp_common_init(rp_common *c)
{
    memset(c, 0, sizeof *c);
}

void rp_common_free(rp_common *c)
{
    for (size_t i = 0; i < c->owned.n; i++)
        free(c->owned.v[i]);
    RP_VEC_FREE(c->owned);
    RP_VEC_FREE(c->plugin_dirs);
    RP_VEC_FREE(c->popts);
    RP_VEC_FREE(c->lexicons);
}

int rp_usage_error(const char *cmd, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "rapporteur %s: %s (see `rapporteur %s --help`)\n", cmd, msg, cmd);
    return RP_EXIT_INPUT;
}

int rp_common_option(rp_common *c, int opt, const char *arg)
{
    switch (opt) {
    case 'o': c->output = arg; return 1;
    case RP_OPT_FORMAT: c->format = arg; return 1;
    case 'j': {
        char *end;
        long n = strtol(arg, &end, 10);
        if (*arg == '\0' || *end || n < 0 || n > 1024) {
            rp_error("-j: expected a number of threads from 0 to 1024, got '%s'", arg);
            return -1;
        }
        c->threads = (int)n;
        return 1;
    }
    case RP_OPT_LANGUAGE: c->lang = arg; return 1;
    case RP_OPT_STRICT: c->strict = 1; return 1;
    case RP_OPT_QUIET: c->quiet = 1; return 1;
    case 'p': c->select = arg; return 1;
    case RP_OPT_PLUGIN_DIR: RP_VEC_PUSH(c->plugin_dirs) = arg; return 1;
    case 'P':
        if (!strchr(arg, '=') || !strchr(arg, '.') || strchr(arg, '.') > strchr(arg, '=')) {
            rp_error("-P: expected plugin.key=value, got '%s'", arg);
            return -1;
        }
        RP_VEC_PUSH(c->popts) = arg;
        return 1;
    case RP_OPT_LEXICON: RP_VEC_PUSH(c->lexicons) = arg; return 1;
    case RP_OPT_OVERLAP:
        if (strcmp(arg, "all") && strcmp(arg, "longest") && strcmp(arg, "longest-per-category")) {
            rp_error("--overlap: expected all, longest-per-category or longest, got '%s'", arg);
            return -1;
        }
        c->overlap = arg;
        return 1;
    case RP_OPT_PROVENANCE: c->provenance = arg; return 1;
    case RP_OPT_LEXICON_REPORT: c->lexicon_report = arg; return 1;
    default: return 0;
    }
}

static void add_owned_opt(rp_common *c, const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 1;
    char *s = rp_xmalloc(n);
    snprintf(s, n, "%s%s", a, b);
    RP_VEC_PUSH(c->owned) = s;
    RP_VEC_PUSH(c->popts) = s;
}

int rp_common_finish(rp_common *c)
{
    /* --lexicon FILE replaces the themes plugin's default lexicons for the
     * run: the first one says so, then each file is added. */
    for (size_t i = 0; i < c->lexicons.n; i++) {
        /* a malformed lexicon is bad input (exit 1, "file:line:column:
         * what"), not a plugin that cannot start (exit 2): check it here.
         * A missing or unreadable file is left to the plugin (exit 2). */
        struct stat st;
        if (stat(c->lexicons.v[i], &st) == 0 && S_ISREG(st.st_mode) && access(c->lexicons.v[i], R_OK) == 0) {
            char err[1024];
            rp_lexicon *lex = rp_lexicon_load(c->lexicons.v[i], NULL, c->lang, err, sizeof err);
            if (!lex) {
                rp_error("--lexicon %s", err);
                return -1;
            }
            rp_lexicon_free(lex);
        }
        if (i == 0)
            add_owned_opt(c, "themes.defaults=", "no");
        add_owned_opt(c, "themes.lexicon=", c->lexicons.v[i]);
    }
    /* --overlap applies to every plugin that declares an "overlap" option */
    if (c->overlap)
        add_owned_opt(c, "*.overlap=", c->overlap);
    RP_VEC_PUSH(c->popts) = NULL;
    c->popts.n--; /* keep the NULL terminator outside the count */
    RP_VEC_PUSH(c->plugin_dirs) = NULL;
    c->plugin_dirs.n--;
    return 0;
}

int rp_common_load_plugins(const rp_common *c, rp_modules *mods)
{
    rp_loadopts o = {.dirs = c->plugin_dirs.v, .select = c->select, .opts = c->popts.v};
    return rp_modules_load(&o, mods);
}

/* ---- streaming subcommands ------------------------------------------ */

typedef struct stream_ctx {
    rp_stream_cmd *cmd;
    rp_outfile out;
} stream_ctx;

static int stream_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    stream_ctx *c = ud;
    return c->cmd->doc(w, src, out, c->cmd, err, errlen);
}

static int stream_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    stream_ctx *c = ud;
    (void)src;
    if (out->len && fwrite(out->data, 1, out->len, c->out.fp) != out->len) {
        rp_error("%s: write error", c->out.path ? c->out.path : "standard output");
        return RP_EXIT_ENV;
    }
    return 0;
}

int rp_cli_stream(rp_stream_cmd *cmd, int argc, char **argv)
{
    static const struct option longopts[] = {RP_COMMON_LONGOPTS, {NULL, 0, NULL, 0}};
    rp_common co;
    rp_common_init(&co);
    int opt, status = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, RP_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
        if (opt == 'h') {
            cmd->usage(stdout);
            rp_common_free(&co);
            return 0;
        }
        int r = rp_common_option(&co, opt, optarg);
        if (r <= 0) {
            rp_common_free(&co);
            if (r == 0)
                fprintf(stderr, "(see `rapporteur %s --help`)\n", cmd->name);
            return RP_EXIT_INPUT;
        }
    }
    cmd->format = 0;
    if (co.format) {
        int found = -1;
        for (int i = 0; cmd->formats[i]; i++)
            if (strcmp(cmd->formats[i], co.format) == 0)
                found = i;
        if (found < 0) {
            rp_common_free(&co);
            return rp_usage_error(cmd->name, "--format: unknown format '%s'", co.format);
        }
        cmd->format = found;
    }
    if (optind >= argc) {
        rp_common_free(&co);
        return rp_usage_error(cmd->name, "no INPUT given (a file, a folder, a manifest or -)");
    }
    rp_sources src;
    stream_ctx c = {.cmd = cmd};
    status = rp_sources_collect(argv + optind, (size_t)(argc - optind), co.strict, &src);
    if (status == 0)
        status = rp_outfile_open(&c.out, co.output);
    if (status == 0) {
        rp_job job = {.doc = stream_doc, .collect = stream_collect, .ud = &c, .threads = co.threads,
                      .strict = co.strict, .lang = co.lang, .quiet = co.quiet};
        rp_runstats st;
        status = rp_run(&job, &src, &st);
        if (src.n_errors && !status)
            status = src.status;
        if (st.interrupted || (status && co.strict))
            rp_outfile_abort(&c.out);
        else {
            int r = rp_outfile_commit(&c.out);
            if (r)
                status = r;
        }
    }
    rp_sources_free(&src);
    rp_common_free(&co);
    return status;
}
