/*
 * cli.h -- the subcommands of rapporteur(1) and the options they share.
 * main.c dispatches to rp_cmd_*; each subcommand lives in its own cmd_*.c.
 *
 * A subcommand parses its arguments with getopt_long using
 * RP_COMMON_LONGOPTS and RP_COMMON_SHORTOPTS, hands every option it does
 * not know itself to rp_common_option(), then calls rp_common_finish().
 */
#ifndef RP_CLI_H
#define RP_CLI_H

#include <getopt.h>

#include "host.h"
#include "input.h"
#include "run.h"
#include "util.h"

/* Options shared by the subcommands that read a corpus. */
typedef struct rp_common {
    const char *output;          /* -o FILE */
    const char *format;          /* --format NAME (NULL: the command's default) */
    int threads;                 /* -j N (0 = number of cores) */
    const char *lang;            /* --language CODE */
    int strict;                  /* --strict */
    int quiet;                   /* --quiet */
    const char *select;          /* -p/--plugins a,b */
    RP_VEC(const char *) plugin_dirs; /* --plugin-dir DIR (repeatable) */
    RP_VEC(const char *) popts;  /* -P plugin.key=value, and those that
                                    --lexicon/--overlap expand to;
                                    NULL-terminated by rp_common_finish */
    RP_VEC(const char *) lexicons; /* --lexicon FILE (repeatable) */
    const char *overlap;         /* --overlap POLICY */
    const char *provenance;      /* --provenance FILE */
    const char *lexicon_report;  /* --lexicon-report FILE */
    RP_VEC(char *) owned;        /* strings built by rp_common_finish */
    unsigned groups;             /* RP_OPTS_*: the option groups the command takes */
} rp_common;

/* Groups of common options. Every corpus-reading command takes the base
 * group (-o, --format, -j, --language, --strict, --quiet, --provenance);
 * the commands that run plugins also take the plugin group (-p, -P,
 * --plugin-dir, --lexicon, --overlap, --lexicon-report). */
enum { RP_OPTS_BASE = 1u << 0, RP_OPTS_PLUGINS = 1u << 1, RP_OPTS_ALL = RP_OPTS_BASE | RP_OPTS_PLUGINS };

enum {
    RP_OPT_FORMAT = 256, RP_OPT_LANGUAGE, RP_OPT_STRICT, RP_OPT_QUIET, RP_OPT_PLUGIN_DIR,
    RP_OPT_LEXICON, RP_OPT_OVERLAP, RP_OPT_PROVENANCE, RP_OPT_LEXICON_REPORT, RP_OPT_HELP,
    RP_OPT_FIRST_LOCAL = 400 /* subcommands number their own long options from here */
};

#define RP_COMMON_SHORTOPTS "o:j:p:P:h"
#define RP_COMMON_LONGOPTS                                                        \
    {"output", required_argument, NULL, 'o'},                                     \
    {"format", required_argument, NULL, RP_OPT_FORMAT},                           \
    {"jobs", required_argument, NULL, 'j'},                                       \
    {"language", required_argument, NULL, RP_OPT_LANGUAGE},                       \
    {"strict", no_argument, NULL, RP_OPT_STRICT},                                 \
    {"quiet", no_argument, NULL, RP_OPT_QUIET},                                   \
    {"plugins", required_argument, NULL, 'p'},                                    \
    {"plugin-dir", required_argument, NULL, RP_OPT_PLUGIN_DIR},                   \
    {"plugin-option", required_argument, NULL, 'P'},                              \
    {"lexicon", required_argument, NULL, RP_OPT_LEXICON},                         \
    {"overlap", required_argument, NULL, RP_OPT_OVERLAP},                         \
    {"provenance", required_argument, NULL, RP_OPT_PROVENANCE},                   \
    {"lexicon-report", required_argument, NULL, RP_OPT_LEXICON_REPORT},           \
    {"help", no_argument, NULL, 'h'}

/* groups: the RP_OPTS_* groups the command takes. */
void rp_common_init(rp_common *c, unsigned groups);
/* Handles one getopt result. Returns 1 if handled, 0 if not a common
 * option, or -1 after printing a usage error (also for an option of a
 * group the command does not take). 'h' is not handled here. */
int rp_common_option(rp_common *c, int opt, const char *arg);
/* Turns --lexicon and --overlap into plugin options ("themes.lexicon=F",
 * "*.overlap=P") and NULL-terminates popts. Returns 0 or -1. */
int rp_common_finish(rp_common *c);
void rp_common_free(rp_common *c);
/* Loads the plugins the options select. Returns 0 or an RP_EXIT_*. */
int rp_common_load_plugins(const rp_common *c, rp_modules *mods);

/* Prints the help lines of the common options in groups (RP_OPTS_*), the
 * same for every command, ending with -h. A command prints its own options
 * first. */
void rp_common_help(FILE *f, unsigned groups);

/* Prints "rapporteur CMD: MESSAGE" + a hint to run --help; returns RP_EXIT_INPUT. */
int rp_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A subcommand that streams one output record group per document, in
 * input order, and runs no plugins (segment, tokens): rp_cli_stream parses
 * the base options and runs the job through the driver annotate, count and
 * kwic use (outcmd.h), writing each document's buffer as it comes. */
typedef struct rp_stream_cmd {
    const char *name;                 /* "segment" */
    void (*usage)(FILE *out);         /* the command's own lines; the common
                                         ones follow (rp_common_help) */
    const char *const *formats;       /* allowed --format values, NULL-terminated;
                                         the first is the default */
    int (*doc)(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err,
               size_t errlen);        /* as rp_job.doc; ud is this struct */
    int format;                       /* set by rp_cli_stream: index into formats */
    void *user;                       /* for the command's own use */
} rp_stream_cmd;

/* Returns the process exit status. */
int rp_cli_stream(rp_stream_cmd *cmd, int argc, char **argv);

/* The subcommands: each returns the process exit status. */
int rp_cmd_segment(int argc, char **argv);
int rp_cmd_tokens(int argc, char **argv);
int rp_cmd_annotate(int argc, char **argv);
int rp_cmd_count(int argc, char **argv);
int rp_cmd_kwic(int argc, char **argv);
int rp_cmd_plugins(int argc, char **argv);
int rp_cmd_lexicon(int argc, char **argv);

#endif /* RP_CLI_H */
