/*
 * cmd_kwic.c -- `rapporteur kwic PATTERN INPUT...`: keyword in context.
 *
 * PATTERN is one or more words matched against consecutive tokens of a
 * block: a plain word matches by Snowball stem in the document's language
 * ("recommendation" finds "recommended", "recommendations"); =word
 * matches the case-folded form exactly; a word with * or ? is a glob on
 * the folded form (vaccin*, ? = one character).  The pattern is folded and
 * stemmed with the worker's own vocabulary, exactly as the document's
 * tokens are, so the two always agree.  With --label L (no PATTERN) the
 * keywords are the annotations whose label is L, from the plugins.
 *
 * The context is --window N tokens (default 5) on each side, inside the
 * keyword's block (a paragraph cut by a page break stays one block; the
 * footnotes in between are not context), rebuilt from the tokens with one
 * space between them (none before a glued token).  Output: TSV with a
 * header (doc, para, sentence, start, end, left, match, right), or, on a
 * terminal without -o, aligned columns for reading.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "outcmd.h"
#include "text.h"
#include "writers.h"

enum { OPT_WINDOW = RP_OPT_FIRST_LOCAL, OPT_LABEL, OPT_PLUGIN };

enum { W_STEM = 1, W_EXACT, W_GLOB };

typedef struct pword {
    int type;
    char *text;   /* as given (without '=') */
    char *glob;   /* folded glob (W_GLOB) */
    size_t glob_len;
} pword;

typedef struct kwic {
    rp_outcmd oc;
    pword *words;
    size_t n_words;
    rp_filter filter;  /* --label mode */
    int label_mode;
    unsigned window;
    int pretty;        /* aligned text for a terminal */
    int color;         /* bold keywords (a terminal) */
} kwic;

/* ---- matching -------------------------------------------------------------- */

/* Length of the UTF-8 character at s (1 for an invalid byte). */
static size_t u8len(const unsigned char *s, size_t avail)
{
    size_t l = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
    return l <= avail ? l : 1;
}

/* Glob match (* any run, ? one character) of p[0..pn) against s[0..sn). */
static int glob_match(const char *p, size_t pn, const char *s, size_t sn)
{
    size_t pi = 0, si = 0, star_p = (size_t)-1, star_s = 0;
    while (si < sn) {
        if (pi < pn && p[pi] == '*') {
            star_p = ++pi;
            star_s = si;
        } else if (pi < pn && p[pi] == '?') {
            pi++;
            si += u8len((const unsigned char *)s + si, sn - si);
        } else if (pi < pn && p[pi] == s[si]) {
            pi++;
            si++;
        } else if (star_p != (size_t)-1) {
            pi = star_p;
            star_s += u8len((const unsigned char *)s + star_s, sn - star_s);
            si = star_s;
        } else {
            return 0;
        }
    }
    while (pi < pn && p[pi] == '*')
        pi++;
    return pi == pn;
}

typedef struct cword {
    int type;
    const char *s; /* stem, norm or glob */
    size_t n;
} cword;

static int word_match(const cword *w, const rp_token *t)
{
    switch (w->type) {
    case W_STEM: return t->stem_len == w->n && memcmp(t->stem, w->s, w->n) == 0;
    case W_EXACT: return t->norm_len == w->n && memcmp(t->norm, w->s, w->n) == 0;
    default: return glob_match(w->s, w->n, t->norm, t->norm_len);
    }
}

/* ---- output ------------------------------------------------------------------ */

/* Appends s[0..n) with white-space runs folded to one space. */
static void add_collapsed(rp_buf *b, const char *s, size_t n)
{
    rp_buf tmp;
    rp_buf_init(&tmp);
    rp_buf_add_line(&tmp, s, n);
    int sp = 0;
    for (size_t i = 0; i < tmp.len; i++) {
        char c = tmp.data[i];
        if (c == ' ' || c == '\f' || c == '\v') {
            sp = 1;
            continue;
        }
        if (sp)
            rp_buf_addc(b, ' ');
        sp = 0;
        rp_buf_addc(b, c);
    }
    rp_buf_free(&tmp);
}

/* Tokens [from, to) joined by one space (none before a glued token). */
static void add_tokens(rp_buf *b, const rp_doc *doc, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++) {
        const rp_token *t = &doc->tokens[i];
        if (i > from && !(t->flags & RP_TOK_GLUED))
            rp_buf_addc(b, ' ');
        add_collapsed(b, doc->text + t->start, (size_t)(t->end - t->start));
    }
}

static size_t u8chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* The last `width` characters of s, right-aligned (pretty mode). */
static void add_right_aligned(rp_buf *b, const char *s, size_t n, size_t width)
{
    size_t c = u8chars(s, n);
    if (c > width) {
        size_t skip = c - width + 1, i = 0;
        while (skip && i < n) {
            i++;
            while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            skip--;
        }
        rp_buf_adds(b, "\xE2\x80\xA6"); /* … */
        rp_buf_add(b, s + i, n - i);
        return;
    }
    for (size_t k = c; k < width; k++)
        rp_buf_addc(b, ' ');
    rp_buf_add(b, s, n);
}

/* The first `width` characters of s. */
static void add_left_cut(rp_buf *b, const char *s, size_t n, size_t width)
{
    size_t c = 0, i = 0;
    while (i < n && c < width) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    rp_buf_add(b, s, i);
    if (i < n)
        rp_buf_adds(b, "\xE2\x80\xA6");
}

static void emit_hit(const kwic *k, rp_buf *out, const rp_doc *doc, uint32_t block,
                     uint32_t ti, uint32_t tj, uint64_t start, uint64_t end, uint32_t sentence)
{
    const rp_block *bl = &doc->blocks[block];
    uint32_t lfrom = ti >= bl->tok_begin + k->window ? ti - k->window : bl->tok_begin;
    uint32_t rto = tj + k->window <= bl->tok_end ? tj + k->window : bl->tok_end;
    const char *para = bl->kind == RP_BLOCK_PARAGRAPH ? bl->label : NULL;
    rp_buf left, match, right;
    rp_buf_init(&left);
    rp_buf_init(&match);
    rp_buf_init(&right);
    add_tokens(&left, doc, lfrom, ti);
    add_collapsed(&match, doc->text + start, (size_t)(end - start));
    add_tokens(&right, doc, tj, rto);
    if (k->pretty) {
        rp_buf where;
        rp_buf_init(&where);
        rp_buf_adds(&where, doc->id);
        if (para) {
            rp_buf_addc(&where, ':');
            rp_buf_adds(&where, para);
        }
        add_left_cut(out, where.data, where.len, 24);
        for (size_t c = u8chars(where.data, where.len); c < 24; c++)
            rp_buf_addc(out, ' ');
        rp_buf_adds(out, "  ");
        add_right_aligned(out, left.data ? left.data : "", left.len, 40);
        rp_buf_adds(out, k->color ? "  \x1b[1m" : "  ");
        rp_buf_add(out, match.data ? match.data : "", match.len);
        rp_buf_adds(out, k->color ? "\x1b[0m  " : "  ");
        add_left_cut(out, right.data ? right.data : "", right.len, 40);
        rp_buf_addc(out, '\n');
        rp_buf_free(&where);
    } else {
        rp_buf_add_field(out, doc->id, strlen(doc->id), '\t');
        rp_buf_addc(out, '\t');
        if (para)
            rp_buf_add_field(out, para, strlen(para), '\t');
        rp_buf_addc(out, '\t');
        if (sentence != RP_NONE)
            rp_buf_add_u64(out, sentence);
        rp_buf_addc(out, '\t');
        rp_buf_add_u64(out, start);
        rp_buf_addc(out, '\t');
        rp_buf_add_u64(out, end);
        rp_buf_addc(out, '\t');
        rp_buf_add_field(out, left.data ? left.data : "", left.len, '\t');
        rp_buf_addc(out, '\t');
        rp_buf_add_field(out, match.data ? match.data : "", match.len, '\t');
        rp_buf_addc(out, '\t');
        rp_buf_add_field(out, right.data ? right.data : "", right.len, '\t');
        rp_buf_addc(out, '\n');
    }
    rp_buf_free(&left);
    rp_buf_free(&match);
    rp_buf_free(&right);
}

/* ---- the job -------------------------------------------------------------------- */

static int kwic_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err,
                    size_t errlen)
{
    kwic *k = ud;
    const rp_doc *doc = &w->doc.doc;
    rp_outcmd_begin_doc(&k->oc, w, out);
    (void)src;
    (void)err;
    (void)errlen;
    if (k->label_mode) {
        const rp_annot *a = w->sink.annots.v;
        for (size_t i = 0; i < w->sink.annots.n; i++) {
            if (!rp_filter_pass(&k->filter, a[i].plugin, a[i].label) || a[i].block >= doc->n_blocks)
                continue;
            const rp_block *bl = &doc->blocks[a[i].block];
            /* tokens of a block are in offset order: the first ending after
             * start, the first starting at or after end */
            uint32_t lo = bl->tok_begin, hi = bl->tok_end;
            while (lo < hi) {
                uint32_t mid = lo + (hi - lo) / 2;
                if (doc->tokens[mid].end <= a[i].start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            uint32_t ti = lo, tj = lo;
            while (tj < bl->tok_end && doc->tokens[tj].start < a[i].end)
                tj++;
            emit_hit(k, out, doc, a[i].block, ti, tj, a[i].start, a[i].end, a[i].sentence);
        }
        return 0;
    }
    /* the pattern in this document's language */
    cword cw[64];
    size_t nw = k->n_words;
    for (size_t i = 0; i < nw; i++) {
        cw[i].type = k->words[i].type;
        if (cw[i].type == W_GLOB) {
            cw[i].s = k->words[i].glob;
            cw[i].n = k->words[i].glob_len;
        } else {
            const rp_form *f = rp_vocab_surface(w->vocab, doc->lang ? doc->lang : "en",
                                                k->words[i].text, strlen(k->words[i].text));
            cw[i].s = cw[i].type == W_STEM ? f->stem : f->norm;
            cw[i].n = cw[i].type == W_STEM ? f->stem_len : f->norm_len;
        }
    }
    for (uint32_t b = 0; b < doc->n_blocks; b++) {
        const rp_block *bl = &doc->blocks[b];
        for (uint32_t i = bl->tok_begin; i + nw <= bl->tok_end; i++) {
            size_t m = 0;
            while (m < nw && word_match(&cw[m], &doc->tokens[i + m]))
                m++;
            if (m < nw)
                continue;
            emit_hit(k, out, doc, b, i, i + (uint32_t)nw, doc->tokens[i].start,
                     doc->tokens[i + nw - 1].end, doc->tokens[i].sentence);
        }
    }
    return 0;
}

static int kwic_collect(const rp_source *src, const rp_buf *out, void *ud)
{
    kwic *k = ud;
    const char *p;
    size_t len;
    rp_outcmd_collected(&k->oc, src, out, &p, &len);
    if (len && fwrite(p, 1, len, k->oc.out.fp) != len) {
        rp_error("kwic: write error on %s", k->oc.out.path ? k->oc.out.path : "standard output");
        k->oc.failed = 1;
        return RP_EXIT_ENV;
    }
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rapporteur kwic [OPTIONS] PATTERN INPUT...\n"
            "       rapporteur kwic [OPTIONS] --label LABEL INPUT...\n"
            "Keyword in context: every match of PATTERN (or every annotation labelled\n"
            "LABEL) with --window tokens on each side, its doc and paragraph.\n\n"
            "PATTERN: words matched against consecutive tokens. A plain word matches by\n"
            "stem (recommend ~ recommendations), =word the folded form exactly, a word\n"
            "with * or ? a glob on the folded form (vaccin*). Quote a phrase:\n"
            "'universal health coverage'.\n\n"
            "Options:\n"
            "      --window N        tokens of context on each side (default 5)\n"
            "      --label LIST      annotations with these labels are the keywords\n"
            "      --plugin LIST     with --label: only these plugins' annotations\n"
            "      --format FMT      tsv or text (aligned columns; the default on a terminal)\n");
    rp_common_help(f, RP_OPTS_ALL);
    fprintf(f,
            "\nPlugins run only with --label.\n"
            "Output: TSV (doc, para, sentence, start, end, left, match, right) with a\n"
            "header; on a terminal (no -o), aligned columns.\n");
}

static void free_words(kwic *k)
{
    for (size_t i = 0; i < k->n_words; i++) {
        free(k->words[i].text);
        free(k->words[i].glob);
    }
    free(k->words);
}

/* Splits the pattern into words. Returns 0 or -1 (reported). */
static int parse_pattern(kwic *k, const char *pat)
{
    const char *p = pat;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n')
            e++;
        if (k->n_words == 64) {
            rp_error("kwic: a pattern has at most 64 words");
            return -1;
        }
        k->words = rp_xrealloc(k->words, (k->n_words + 1) * sizeof *k->words);
        pword *w = &k->words[k->n_words++];
        memset(w, 0, sizeof *w);
        if (*p == '=' && e - p > 1) {
            w->type = W_EXACT;
            p++;
        } else if (memchr(p, '*', (size_t)(e - p)) || memchr(p, '?', (size_t)(e - p))) {
            w->type = W_GLOB;
        } else {
            w->type = W_STEM;
        }
        w->text = rp_xstrndup(p, (size_t)(e - p));
        if (w->type == W_GLOB)
            w->glob = rp_fold(w->text, strlen(w->text), &w->glob_len);
        p = e;
    }
    if (!k->n_words) {
        rp_error("kwic: the PATTERN is empty");
        return -1;
    }
    return 0;
}

int rp_cmd_kwic(int argc, char **argv)
{
    static const struct option longopts[] = {
        RP_COMMON_LONGOPTS,
        {"window", required_argument, NULL, OPT_WINDOW},
        {"label", required_argument, NULL, OPT_LABEL},
        {"plugin", required_argument, NULL, OPT_PLUGIN},
        {NULL, 0, NULL, 0}};
    kwic k;
    memset(&k, 0, sizeof k);
    k.window = 5;
    rp_outcmd_init(&k.oc, "kwic", argc, argv);
    int opt, status = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, RP_COMMON_SHORTOPTS, longopts, NULL)) != -1) {
        if (opt == 'h') {
            usage(stdout);
            goto done;
        }
        switch (opt) {
        case OPT_WINDOW: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end || n < 0 || n > 1000) {
                status = rp_usage_error("kwic", "--window: expected 0 to 1000 tokens, got '%s'", optarg);
                goto done;
            }
            k.window = (unsigned)n;
            continue;
        }
        case OPT_LABEL: rp_filter_add(&k.filter, 'l', optarg); k.label_mode = 1; continue;
        case OPT_PLUGIN: rp_filter_add(&k.filter, 'p', optarg); continue;
        default: break;
        }
        int r = rp_common_option(&k.oc.co, opt, optarg);
        if (r <= 0) {
            if (r == 0)
                fprintf(stderr, "(see `rapporteur kwic --help`)\n");
            status = RP_EXIT_INPUT;
            goto done;
        }
    }
    if (k.oc.co.format && strcmp(k.oc.co.format, "tsv") && strcmp(k.oc.co.format, "text")) {
        status = rp_usage_error("kwic", "--format: unknown format '%s' (tsv, text)", k.oc.co.format);
        goto done;
    }
    if (!k.label_mode) {
        if (optind >= argc) {
            status = rp_usage_error("kwic", "no PATTERN given");
            goto done;
        }
        if (parse_pattern(&k, argv[optind++]) < 0) {
            status = RP_EXIT_INPUT;
            goto done;
        }
    }
    if (optind >= argc) {
        status = rp_usage_error("kwic", "no INPUT given (a file, a folder, a manifest or -)");
        goto done;
    }
    status = rp_outcmd_prepare(&k.oc, argv + optind, (size_t)(argc - optind), k.label_mode, 1);
    if (status)
        goto done;
    if (k.oc.co.format)
        k.pretty = strcmp(k.oc.co.format, "text") == 0;
    else
        k.pretty = !k.oc.out.path && isatty(fileno(k.oc.out.fp));
    k.color = k.pretty && !k.oc.out.path && isatty(fileno(k.oc.out.fp));
    if (!k.pretty)
        fputs("doc\tpara\tsentence\tstart\tend\tleft\tmatch\tright\n", k.oc.out.fp);
    rp_job job = {.doc = kwic_doc, .collect = kwic_collect, .ud = &k};
    status = rp_outcmd_run(&k.oc, &job);
    status = rp_outcmd_finish(&k.oc, status);
done:
    rp_outcmd_free(&k.oc);
    rp_filter_free(&k.filter);
    free_words(&k);
    return status;
}
