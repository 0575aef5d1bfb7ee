/*
 * cli.c -- the options the corpus-reading subcommands share (see cli.h):
 * parsing, turning --lexicon/--overlap into plugin options, and loading
 * the selected plugins.
 */
#include "config.h"

#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
    rp_loadopts o = {.dirs = c->plugin_dirs.v, .select = c->select};
    return rp_modules_load(&o, mods);
}
