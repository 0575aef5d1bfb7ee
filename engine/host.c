/*
 * host.c -- the services table (struct rp_host) one plugin instance gets:
 * logging under the plugin's name, emit (-> the worker's sink), lexicons
 * (-> the shared lexicon cache and the matcher of lexicon.h) and regular
 * expressions (PCRE2 in UTF mode, tolerant of invalid UTF-8, JIT-compiled,
 * with match and depth limits and match data of its own per regex).
 *
 * Each instance gets its own table, so a log line can name the plugin
 * without any global state, and a table is only ever used from the
 * instance's worker thread.  Nothing here is shared between threads except
 * what lexicon.h already makes thread-safe (the lexicon cache).
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host.h"
#include "lexicon.h"

/* PCRE2's JIT code reads its own stack in ways memcheck cannot follow
 * (pcre2jit(3): a PCRE2 built without --enable-valgrind gives false
 * "uninitialised value" reports), so under valgrind the interpreter runs
 * instead: same results, and memcheck sees every access. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define RP_UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#ifndef RP_UNDER_VALGRIND
#define RP_UNDER_VALGRIND() 0
#endif

/* Bounds for one regex_match() call: enough for any sane pattern over a
 * long report (pcre2's own default match limit), small enough that a
 * catastrophic pattern fails in well under a second instead of hanging. */
#define RP_RE_MATCH_LIMIT 10000000u
#define RP_RE_DEPTH_LIMIT 100000u
#define RP_RE_JIT_STACK_MAX (1024u * 1024u)

/* The table a plugin sees, followed by what the host needs to serve it. */
typedef struct host_impl {
    rp_host pub; /* first: the plugin's `const rp_host *` points here */
    const char *name;
    int log_level; /* lines above this level are not shown */
    unsigned skip; /* enum rp_doc_part: what the instance said it never reads */
    unsigned need; /* what its matchers read (sticky: matcher_free has no host) */
} host_impl;

struct rp_regex {
    pcre2_code *code;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
};

const char *rp_lexicon_dir(void)
{
    return rp_running_from_build_tree() ? RP_SRCDIR "/lexicons" : RP_LEXICONDIR;
}

/* ---- logging ---------------------------------------------------------- */

/* RAPPORTEUR_LOG=error|warning|info|debug; warnings and errors by default. */
static int log_level_from_env(void)
{
    static const char *const names[] = {"error", "warning", "info", "debug"};
    const char *e = getenv("RAPPORTEUR_LOG");
    for (int i = 0; e && i < 4; i++)
        if (strcmp(e, names[i]) == 0)
            return i;
    return RP_LOG_WARNING;
}

static void host_log(const rp_host *host, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void host_log(const rp_host *host, int level, const char *fmt, ...)
{
    const host_impl *h = (const host_impl *)host;
    if (level > h->log_level)
        return;
    static const char *const tags[] = {"error: ", "warning: ", "", "debug: "};
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    if (fmt)
        vsnprintf(msg, sizeof msg, fmt, ap);
    else
        msg[0] = '\0';
    va_end(ap);
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    /* one line, written whole (or captured with the document's other
     * diagnostics: run.c prints them in input order) */
    char prefix[320];
    snprintf(prefix, sizeof prefix, "plugin \"%s\": %s", h->name,
             tags[level < 0 ? 0 : level > 3 ? 3 : level]);
    rp_diag_line(prefix, msg);
}

/* ---- lexicons ------------------------------------------------------- */

static const rp_lexicon *host_lexicon_open(const rp_host *host, const char *path, const char *lang,
                                           char *err, size_t errlen)
{
    if (!path || !*path) {
        snprintf(err, errlen, "lexicon_open: empty path");
        return NULL;
    }
    /* as given, then under the shipped lexicon directory */
    if (path[0] != '/' && access(path, F_OK) != 0 && host->lexicon_dir) {
        size_t n = strlen(host->lexicon_dir) + strlen(path) + 2;
        char *p = rp_xmalloc(n);
        snprintf(p, n, "%s/%s", host->lexicon_dir, path);
        if (access(p, F_OK) == 0) {
            const rp_lexicon *lex = rp_lexcache_open(p, lang, err, errlen);
            free(p);
            return lex;
        }
        free(p);
    }
    return rp_lexcache_open(path, lang, err, errlen);
}

static void host_lexicon_close(const rp_host *host, const rp_lexicon *lex)
{
    (void)host;
    if (lex)
        rp_lexcache_close(lex);
}

static rp_matcher *host_matcher_new(const rp_host *host, const rp_lexicon *const *lexs, size_t n,
                                    int overlap)
{
    rp_matcher *m = rp_matcher_new(lexs, n, overlap);
    if (rp_matcher_needs_sentences(m))
        ((host_impl *)(void *)host)->need |= RP_DOC_SENTENCES;
    return m;
}

static void host_doc_skip(const rp_host *host, unsigned int parts)
{
    ((host_impl *)(void *)host)->skip |= parts;
}

unsigned rp_host_doc_skip(const rp_host *host)
{
    const host_impl *h = (const host_impl *)(const void *)host;
    return h->skip & ~h->need;
}

/* ---- regular expressions -------------------------------------------- */

static void regex_free(rp_regex *re)
{
    if (!re)
        return;
    pcre2_match_data_free(re->md);
    pcre2_match_context_free(re->mctx);
    pcre2_jit_stack_free(re->jit);
    pcre2_code_free(re->code);
    free(re);
}

static rp_regex *regex_compile(const rp_host *host, const char *pattern, unsigned int flags,
                               char *err, size_t errlen)
{
    (void)host;
    if (!pattern) {
        snprintf(err, errlen, "regex_compile: no pattern");
        return NULL;
    }
    if (flags & ~(unsigned int)(RP_RE_CASELESS | RP_RE_MULTILINE)) {
        snprintf(err, errlen, "regex_compile: unknown flags 0x%x", flags);
        return NULL;
    }
    uint32_t opts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (flags & RP_RE_CASELESS)
        opts |= PCRE2_CASELESS;
    if (flags & RP_RE_MULTILINE)
        opts |= PCRE2_MULTILINE;
    int code;
    PCRE2_SIZE off;
    pcre2_code *c = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &code, &off, NULL);
    if (!c) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        snprintf(err, errlen, "regex /%s/ at offset %zu: %s", pattern, (size_t)off, (char *)msg);
        return NULL;
    }
    rp_regex *re = rp_xcalloc(1, sizeof *re);
    re->code = c;
    re->md = pcre2_match_data_create_from_pattern(c, NULL);
    re->mctx = pcre2_match_context_create(NULL);
    if (!re->md || !re->mctx) {
        snprintf(err, errlen, "regex /%s/: out of memory", pattern);
        regex_free(re);
        return NULL;
    }
    pcre2_set_match_limit(re->mctx, RP_RE_MATCH_LIMIT);
    pcre2_set_depth_limit(re->mctx, RP_RE_DEPTH_LIMIT);
    /* JIT when the platform has it; otherwise the interpreter does the
     * same work, only slower */
    if (!RP_UNDER_VALGRIND() && pcre2_jit_compile(c, PCRE2_JIT_COMPLETE) == 0) {
        re->jit = pcre2_jit_stack_create(32 * 1024, RP_RE_JIT_STACK_MAX, NULL);
        if (re->jit)
            pcre2_jit_stack_assign(re->mctx, NULL, re->jit);
    }
    return re;
}

static int regex_match(rp_regex *re, const char *subject, size_t len, size_t offset,
                       rp_span *groups, int n_groups)
{
    if (!re || (!subject && len) || offset > len)
        return RP_ERR;
    int rc = pcre2_match(re->code, (PCRE2_SPTR)(subject ? subject : ""), len, offset, 0, re->md,
                         re->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return RP_NOMATCH;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
        return RP_ERR_LIMIT;
    if (rc < 0)
        return RP_ERR;
    if (n_groups <= 0 || !groups)
        return 1;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
    uint32_t have = pcre2_get_ovector_count(re->md);
    int n = (uint32_t)n_groups < have ? n_groups : (int)have;
    for (int i = 0; i < n; i++) {
        if (i >= rc || ov[2 * i] == PCRE2_UNSET) {
            groups[i].start = groups[i].end = RP_UNSET;
        } else {
            groups[i].start = ov[2 * i];
            groups[i].end = ov[2 * i + 1];
        }
    }
    return n;
}

/* ---- the table -------------------------------------------------------- */

rp_host *rp_host_new(const rp_plugin *p, unsigned emit_drops)
{
    host_impl *h = rp_xcalloc(1, sizeof *h);
    h->name = p->name;
    h->log_level = log_level_from_env();
    rp_host *t = &h->pub;
    t->abi_version = RP_ABI_VERSION;
    t->engine_version = PACKAGE_VERSION;
    t->lexicon_dir = rp_lexicon_dir();
    t->log = host_log;
    t->emit = rp_sink_add;
    t->lexicon_open = host_lexicon_open;
    t->lexicon_close = host_lexicon_close;
    t->lexicon_info = rp_lexicon_info;
    t->matcher_new = host_matcher_new;
    t->matcher_run = rp_matcher_run;
    t->matcher_free = rp_matcher_free;
    t->regex_compile = regex_compile;
    t->regex_match = regex_match;
    t->regex_free = regex_free;
    t->doc_skip = host_doc_skip;
    t->emit_drops = emit_drops;
    t->matcher_run_range = rp_matcher_run_range;
    return t;
}

void rp_host_free(rp_host *h)
{
    free(h); /* pub is the first member of host_impl */
}
