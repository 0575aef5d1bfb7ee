/*
 * cli.c -- the options the corpus-reading subcommands share (see cli.h):
 * parsing, their help lines, turning --lexicon/--overlap into plugin
 * options, loading the selected plugins; and rp_cli_stream, which runs
 * segment and tokens through the driver of outcmd.h.
 */
#include "config.h"

#include "cli.h"
#include "lexicon.h"
#include "outcmd.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void rp_common_init(rp_common *c, unsigned groups)
{
    memset(c, 0, sizeof *c);
    c->groups = groups;
}

/* The help line of each common option, in the order --help lists them.
 * RP_COMMON_LONGOPTS (cli.h) is the parser's side of the same list. */
static const struct {
    unsigned group;
    const char *line;
} common_help[] = {
    {RP_OPTS_BASE, "  -o, --output FILE     write to FILE atomically (no partial file on failure)\n"},
    {RP_OPTS_BASE, "  -j, --jobs N          worker threads (default: number of cores)\n"},
    {RP_OPTS_BASE, "      --language CODE   language of documents without a manifest language (en)\n"},
    {RP_OPTS_BASE, "      --strict          stop at the first document that cannot be read\n"},
    {RP_OPTS_BASE, "      --quiet           no progress line on a terminal\n"},
    {RP_OPTS_BASE, "      --provenance FILE write versions, lexicons and input checksums as JSON\n"},
    {RP_OPTS_PLUGINS, "  -p, --plugins LIST    plugins to run (default: every default plugin)\n"},
    {RP_OPTS_PLUGINS, "  -P, --plugin-option PLUGIN.KEY=VALUE   an option for a plugin\n"},
    {RP_OPTS_PLUGINS, "      --plugin-dir DIR  look for plugins in DIR first (repeatable)\n"},
    {RP_OPTS_PLUGINS, "      --lexicon FILE    use this lexicon for themes (repeatable)\n"},
    {RP_OPTS_PLUGINS, "      --overlap POLICY  all, longest-per-category (default) or longest\n"},
    {RP_OPTS_PLUGINS, "      --lexicon-report FILE   write the hits of every lexicon entry (TSV)\n"},
    {RP_OPTS_BASE, "  -h, --help            this help\n"},
};

void rp_common_help(FILE *f, unsigned groups)
{
    for (size_t i = 0; i < sizeof common_help / sizeof common_help[0]; i++)
        if (common_help[i].group & groups)
            fputs(common_help[i].line, f);
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

/* The name of a plugin-group option, or NULL for any other option. */
static const char *plugin_opt_name(int opt)
{
    switch (opt) {
    case 'p': return "-p/--plugins";
    case 'P': return "-P/--plugin-option";
    case RP_OPT_PLUGIN_DIR: return "--plugin-dir";
    case RP_OPT_LEXICON: return "--lexicon";
    case RP_OPT_OVERLAP: return "--overlap";
    case RP_OPT_LEXICON_REPORT: return "--lexicon-report";
    default: return NULL;
    }
}

int rp_common_option(rp_common *c, int opt, const char *arg)
{
    const char *pname = plugin_opt_name(opt);
    if (pname && !(c->groups & RP_OPTS_PLUGINS)) {
        rp_error("%s: this command runs no plugins", pname);
        return -1;
    }
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
    rp_outcmd oc;
} stream_ctx;

static int stream_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    stream_ctx *c = ud;
    rp_outcmd_begin_doc(&c->oc, w, out);
    return c->cmd->doc(w, src, out, c->cmd, err, errlen);
}

static int stream_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    stream_ctx *c = ud;
    const char *p;
    size_t len;
    rp_outcmd_collected(&c->oc, src, out, &p, &len);
    if (len && fwrite(p, 1, len, c->oc.out.fp) != len) {
        rp_error("%s: write error", c->oc.out.path ? c->oc.out.path : "standard output");
        c->oc.failed = 1;
        return RP_EXIT_ENV;
    }
    return 0;
}

int rp_cli_stream(rp_stream_cmd *cmd, int argc, char **argv)
{
    static const struct option longopts[] = {RP_COMMON_LONGOPTS, {NULL, 0, NULL, 0}};
    stream_ctx c = {.cmd = cmd};
    rp_outcmd_init(&c.oc, cmd->name, argc, argv);
    c.oc.co.groups = RP_OPTS_BASE;
    int opt, status = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, RP_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
        if (opt == 'h') {
            cmd->usage(stdout);
            rp_common_help(stdout, RP_OPTS_BASE);
            goto done;
        }
        int r = rp_common_option(&c.oc.co, opt, optarg);
        if (r <= 0) {
            fprintf(stderr, "(see `rapporteur %s --help`)\n", cmd->name);
            status = RP_EXIT_INPUT;
            goto done;
        }
    }
    cmd->format = 0;
    if (c.oc.co.format) {
        int found = -1;
        for (int i = 0; cmd->formats[i]; i++)
            if (strcmp(cmd->formats[i], c.oc.co.format) == 0)
                found = i;
        if (found < 0) {
            status = rp_usage_error(cmd->name, "--format: unknown format '%s'", c.oc.co.format);
            goto done;
        }
        cmd->format = found;
    }
    if (optind >= argc) {
        status = rp_usage_error(cmd->name, "no INPUT given (a file, a folder, a manifest or -)");
        goto done;
    }
    status = rp_outcmd_prepare(&c.oc, argv + optind, (size_t)(argc - optind), 0, 1);
    if (status == 0) {
        rp_job job = {.doc = stream_doc, .collect = stream_collect, .ud = &c};
        status = rp_outcmd_run(&c.oc, &job);
        status = rp_outcmd_finish(&c.oc, status);
    }
done:
    rp_outcmd_free(&c.oc);
    return status;
}
