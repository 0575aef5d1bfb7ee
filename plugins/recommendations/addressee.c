/*
 * addressee.c -- who a recommendation is addressed to ("States should",
 * "calls upon all Member States to") and, for UPR lines, which State made
 * it ("... (Maldives)").
 *
 * Actor ids are those of the actors plugin (DESIGN.md).  The plugin's own
 * short list recommendations/addressees.lex comes first (it knows "the
 * State party" from "States parties" and "the Government" of the State
 * under review), then the actors lexicons under lexicons/actors/ when they
 * are installed (not demonyms.lex: "Swedish" asks no one to act), or the
 * files the `addressees` option names.  Where two lexicons match the same
 * words, the earlier lexicon wins.  The host's matcher finds the actors
 * in the sentences the rules ask about (the whole document from a host
 * older than ABI 1.2); the rules then ask for the actor nearest a cue.  Countries are the
 * categories whose kind attribute is "country".
 */
#include "recs.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LEXS 32

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The actors lexicons under lexicon_dir/actors, sorted; their count. */
static size_t actors_files(const rp_host *host, char **out, size_t max)
{
    if (host->lexicon_dir == NULL)
        return 0;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/actors", host->lexicon_dir);
    DIR *d = opendir(dir);
    if (d == NULL)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < max) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".lex") == 0 && e->d_name[0] != '.'
            && strcmp(e->d_name, "demonyms.lex") != 0) {
            size_t need = strlen(dir) + len + 2;
            out[n] = malloc(need);
            if (out[n] == NULL)
                break;
            snprintf(out[n], need, "%s/%s", dir, e->d_name);
            n++;
        }
    }
    closedir(d);
    qsort(out, n, sizeof *out, cmp_str);
    return n;
}

static int open_one(recs_addr *a, const char *path, char *err, size_t errlen)
{
    if (a->nlexs == MAX_LEXS) {
        snprintf(err, errlen, "%s: more than %d addressee lexicons", path, MAX_LEXS);
        return -1;
    }
    const rp_lexicon *lex = a->host->lexicon_open(a->host, path, "en", err, errlen);
    if (lex == NULL)
        return -1;
    a->lexs[a->nlexs++] = lex;
    return 0;
}

int recs_addr_open(recs_addr *a, const rp_host *host, const char *paths, char *err,
                   size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->host = host;
    a->lexs = calloc(MAX_LEXS, sizeof *a->lexs);
    if (a->lexs == NULL) {
        snprintf(err, errlen, "recommendations: out of memory");
        return -1;
    }
    int rc = open_one(a, "recommendations/addressees.lex", err, errlen);
    if (rc == 0 && paths != NULL) {
        /* A comma-separated list of files. */
        const char *p = paths;
        while (rc == 0 && *p != '\0') {
            const char *q = strchr(p, ',');
            size_t len = q ? (size_t)(q - p) : strlen(p);
            char path[4096];
            if (len >= sizeof path)
                len = sizeof path - 1;
            memcpy(path, p, len);
            path[len] = '\0';
            if (len > 0)
                rc = open_one(a, path, err, errlen);
            p = q ? q + 1 : p + len;
        }
    } else if (rc == 0) {
        char *files[MAX_LEXS];
        size_t n = actors_files(host, files, MAX_LEXS - 1);
        for (size_t i = 0; i < n; i++) {
            if (rc == 0)
                rc = open_one(a, files[i], err, errlen);
            free(files[i]);
        }
    }
    return rc;
}

void recs_addr_close(recs_addr *a)
{
    if (a->matcher != NULL)
        a->host->matcher_free(a->matcher);
    for (size_t i = 0; i < a->nlexs; i++)
        a->host->lexicon_close(a->host, a->lexs[i]);
    free(a->lexs);
    memset(a, 0, sizeof *a);
}

void recs_addr_reset(recs_addr *a)
{
    a->doc = NULL;
    a->m = NULL;
    a->nm = 0;
}

#define RANGE_MARGIN 8 /* tokens matched on either side of the sentences
                          asked about: the context of a not= entry */

/* Matches for tokens [from, to) of doc, if not there yet; 0 when
 * available.  A host of ABI 1.2 matches the sentences holding them (and
 * RANGE_MARGIN tokens around), so that a document costs what its
 * recommending sentences hold, not its length; the matches inside [from,
 * to) are those of the whole document.  An older host matches the whole
 * document once. */
static int ensure_matches(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t to)
{
    if (a->failed || a->nlexs == 0)
        return -1;
    if (a->doc == doc && a->rb <= from && to <= a->re)
        return 0;
    if (a->matcher == NULL) {
        a->matcher = a->host->matcher_new(a->host, a->lexs, a->nlexs, RP_OVERLAP_ALL);
        if (a->matcher == NULL) {
            a->failed = 1;
            a->host->log(a->host, RP_LOG_WARNING,
                         "the host has no matcher: recommendations get no addressee");
            return -1;
        }
    }
    uint32_t rb = 0, re = doc->n_tokens;
    int ranged = RP_ABI_AT_LEAST(a->host->abi_version, 1, 2) && a->host->matcher_run_range != NULL;
    if (ranged) {
        /* the sentences of from and of to - 1 */
        rb = from < doc->n_tokens ? from : doc->n_tokens;
        re = to < doc->n_tokens ? to : doc->n_tokens;
        uint32_t sb = rb < doc->n_tokens ? doc->tokens[rb].sentence : RP_NONE;
        uint32_t se = re > 0 ? doc->tokens[re - 1].sentence : RP_NONE;
        if (sb < doc->n_sentences && doc->sentences[sb].tok_begin < rb)
            rb = doc->sentences[sb].tok_begin;
        if (se < doc->n_sentences && doc->sentences[se].tok_end > re)
            re = doc->sentences[se].tok_end;
        rb = rb > RANGE_MARGIN ? rb - RANGE_MARGIN : 0;
        re = doc->n_tokens - re > RANGE_MARGIN ? re + RANGE_MARGIN : doc->n_tokens;
    }
    if ((ranged ? a->host->matcher_run_range(a->matcher, doc, rb, re, &a->m, &a->nm)
                : a->host->matcher_run(a->matcher, doc, &a->m, &a->nm)) != RP_OK) {
        a->failed = 1;
        a->host->log(a->host, RP_LOG_WARNING,
                     "matching addressees failed: recommendations get no addressee");
        a->m = NULL;
        a->nm = 0;
        return -1;
    }
    a->doc = doc;
    a->rb = rb;
    a->re = re;
    return 0;
}

/* Index of the first match starting at or after token `from`. */
static size_t first_from(const recs_addr *a, const rp_doc *doc, uint32_t from)
{
    uint64_t off = doc->tokens[from].start;
    size_t lo = 0, hi = a->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->m[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The position of a match's lexicon in the list (earlier wins ties). */
static size_t rank(const recs_addr *a, const rp_lexmatch *m)
{
    for (size_t i = 0; i < a->nlexs; i++)
        if (a->lexs[i] == m->lexicon)
            return i;
    return a->nlexs;
}

/* Whether match m is a better addressee than best: longer, then from an
 * earlier lexicon. */
static int better(const recs_addr *a, const rp_lexmatch *m, const rp_lexmatch *best)
{
    if (best == NULL)
        return 1;
    uint32_t lm = m->tok_end - m->tok_begin, lb = best->tok_end - best->tok_begin;
    if (lm != lb)
        return lm > lb;
    return rank(a, m) < rank(a, best);
}

static const char *cat_id(const rp_lexmatch *m, const rp_host *host)
{
    const rp_lexinfo *info = host->lexicon_info(m->lexicon);
    return info != NULL && m->cat < info->n_cats ? info->cats[m->cat].id : NULL;
}

static int is_country(const rp_lexmatch *m, const rp_host *host)
{
    const rp_lexinfo *info = host->lexicon_info(m->lexicon);
    if (info == NULL || m->cat >= info->n_cats)
        return 0;
    const rp_lexcat *c = &info->cats[m->cat];
    for (uint32_t i = 0; i < c->n_attrs; i++)
        if (strcmp(c->attrs[i].key, "kind") == 0)
            return strcmp(c->attrs[i].value, "country") == 0;
    return 0;
}

const char *recs_addr_within(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t to)
{
    if (to <= from || ensure_matches(a, doc, from, to) != 0)
        return NULL;
    /* the first match; among those starting there, the best one */
    const rp_lexmatch *best = NULL;
    for (size_t i = first_from(a, doc, from); i < a->nm; i++) {
        const rp_lexmatch *m = &a->m[i];
        if (m->tok_begin >= to || (best != NULL && m->tok_begin > best->tok_begin))
            break;
        if (m->tok_begin >= from && m->tok_end <= to && better(a, m, best))
            best = m;
    }
    return best ? cat_id(best, a->host) : NULL;
}

uint32_t recs_addr_at(recs_addr *a, const rp_doc *doc, uint32_t tok, uint32_t to)
{
    if (to <= tok || ensure_matches(a, doc, tok, to) != 0)
        return 0;
    const rp_lexmatch *best = NULL;
    for (size_t i = first_from(a, doc, tok); i < a->nm; i++) {
        const rp_lexmatch *m = &a->m[i];
        if (m->tok_begin != tok)
            break;
        if (m->tok_end <= to && better(a, m, best))
            best = m;
    }
    return best ? best->tok_end : 0;
}

const char *recs_addr_country(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t to)
{
    if (to <= from || ensure_matches(a, doc, from, to) != 0)
        return NULL;
    const rp_lexmatch *best = NULL;
    for (size_t i = first_from(a, doc, from); i < a->nm; i++) {
        const rp_lexmatch *m = &a->m[i];
        if (m->tok_begin >= to)
            break;
        if (m->tok_begin >= from && m->tok_end <= to && is_country(m, a->host) && better(a, m, best))
            best = m;
    }
    return best ? cat_id(best, a->host) : NULL;
}

const char *recs_addr_subject(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t before,
                              int (*joiner)(const void *ctx, uint32_t tok), const void *ctx,
                              char *out, size_t outlen)
{
    if (before <= from || outlen == 0 || ensure_matches(a, doc, from, before) != 0)
        return NULL;
    const char *ids[8];
    size_t n = 0;
    uint32_t end = before, gap = 1;
    while (n < sizeof ids / sizeof ids[0]) {
        /* the best match ending at end (or gap tokens before it) */
        const rp_lexmatch *best = NULL;
        for (size_t i = first_from(a, doc, from); i < a->nm; i++) {
            const rp_lexmatch *m = &a->m[i];
            if (m->tok_begin >= end)
                break;
            if (m->tok_begin < from || m->tok_end > end || m->tok_end + gap < end)
                continue;
            if (best == NULL || m->tok_end > best->tok_end
                || (m->tok_end == best->tok_end && better(a, m, best)))
                best = m;
        }
        if (best == NULL)
            break;
        const char *id = cat_id(best, a->host);
        int dup = 0;
        for (size_t k = 0; k < n; k++)
            dup |= id != NULL && strcmp(ids[k], id) == 0;
        if (id != NULL && !dup)
            ids[n++] = id;
        /* "States and all stakeholders": a coordinator, then another actor */
        uint32_t j = best->tok_begin;
        int conj = 0;
        for (int steps = 0; j > from && steps < 3; steps++) {
            int r = joiner(ctx, j - 1);
            if (r == 0)
                break;
            conj |= r == 2;
            j--;
        }
        if (!conj)
            break;
        end = j;
        gap = 0;
    }
    if (n == 0)
        return NULL;
    size_t o = 0;
    out[0] = '\0';
    for (size_t k = n; k-- > 0;) {
        size_t l = strlen(ids[k]);
        if (o + l + 2 > outlen)
            break;
        if (o > 0)
            out[o++] = ',';
        memcpy(out + o, ids[k], l + 1);
        o += l;
    }
    return out;
}
