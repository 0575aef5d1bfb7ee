/*
 * model.c -- the learned UPR Info action-category model of the
 * recommendations plugin: a multinomial logistic regression over a few
 * features of one recommended action (its verb's lemma, the hand rules'
 * category, the adverb before it, a coordinated or complement verb, the
 * words of its object), read from a plain text file
 * (lexicons/recommendations/category.model, written by
 * eval/upr/train_category.py) into one open-addressing hash from feature
 * name to a row of five weights.
 *
 * rules.c names the features of an action and asks recs_model_row() for
 * each; the category is the arg-max of bias + the sum of the rows found.
 * A feature the file does not list weighs nothing.  The file format is
 * described in the file itself and in doc/recommendations.md.
 */
#include "recs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

uint32_t recs_model_row(const recs_model *m, const char *s, size_t n)
{
    if (m->nslots == 0)
        return RP_NONE;
    uint32_t mask = m->nslots - 1;
    for (uint32_t i = recs_hash(s, n) & mask;; i = (i + 1) & mask) {
        uint32_t k = m->slots[i];
        if (k == 0)
            return RP_NONE;
        const char *key = m->keys + m->key_at[k - 1];
        if (memcmp(key, s, n) == 0 && key[n] == '\0')
            return k - 1;
    }
}

static int rehash(recs_model *m, uint32_t nslots);

/* Appends key (n bytes) and its weights: 0, 1 if the key is there
 * already, -1 on out of memory. */
static int add_row(recs_model *m, const char *key, size_t n, const double *w)
{
    if ((m->n + 1) * 2 > m->nslots && rehash(m, m->nslots ? m->nslots * 2 : 4096) != 0)
        return -1;
    uint32_t mask = m->nslots - 1, i = recs_hash(key, n) & mask;
    for (; m->slots[i] != 0; i = (i + 1) & mask) {
        const char *k = m->keys + m->key_at[m->slots[i] - 1];
        if (memcmp(k, key, n) == 0 && k[n] == '\0')
            return 1;
    }
    if (m->n == m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 1024;
        double *wn = realloc(m->w, (size_t)cap * RECS_NCAT * sizeof *wn);
        if (wn == NULL)
            return -1;
        m->w = wn;
        uint32_t *kn = realloc(m->key_at, (size_t)cap * sizeof *kn);
        if (kn == NULL)
            return -1;
        m->key_at = kn;
        m->cap = cap;
    }
    if (m->keys_used + n + 1 > m->keys_cap) {
        size_t cap = m->keys_cap ? m->keys_cap * 2 : 65536;
        while (cap < m->keys_used + n + 1)
            cap *= 2;
        char *kn = realloc(m->keys, cap);
        if (kn == NULL)
            return -1;
        m->keys = kn;
        m->keys_cap = cap;
    }
    memcpy(m->keys + m->keys_used, key, n);
    m->keys[m->keys_used + n] = '\0';
    m->key_at[m->n] = (uint32_t)m->keys_used;
    m->keys_used += n + 1;
    memcpy(m->w + (size_t)m->n * RECS_NCAT, w, RECS_NCAT * sizeof *w);
    m->slots[i] = ++m->n;
    return 0;
}

/* (Re)builds the hash over the rows with nslots slots; -1 on out of memory. */
static int rehash(recs_model *m, uint32_t nslots)
{
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    for (uint32_t k = 0; k < m->n; k++) {
        const char *key = m->keys + m->key_at[k];
        uint32_t i = recs_hash(key, strlen(key)) & (nslots - 1);
        while (slots[i] != 0)
            i = (i + 1) & (nslots - 1);
        slots[i] = k + 1;
    }
    free(m->slots);
    m->slots = slots;
    m->nslots = nslots;
    return 0;
}

/* A decimal number at p ([-+]digits[.digits][e[-+]digits], what the
 * trainer writes), into *out; the end, or NULL if there is none.  Its own
 * reader rather than strtod, which costs ten times more per number and
 * the file has thousands. */
static const char *read_number(const char *p, double *out)
{
    while (*p == ' ' || *p == '\t')
        p++;
    int neg = 0, digits = 0;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    double v = 0, scale = 1;
    for (; *p >= '0' && *p <= '9'; p++, digits++)
        v = v * 10 + (*p - '0');
    if (*p == '.')
        for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
            v = v * 10 + (*p - '0');
            scale *= 10;
        }
    if (digits == 0 || digits > 15)
        return NULL;
    v /= scale;
    if (*p == 'e' || *p == 'E') {
        p++;
        int eneg = 0, e = 0, ed = 0;
        if (*p == '-' || *p == '+')
            eneg = *p++ == '-';
        for (; *p >= '0' && *p <= '9' && ed < 3; p++, ed++)
            e = e * 10 + (*p - '0');
        if (ed == 0 || e > 30)
            return NULL;
        while (e-- > 0)
            v = eneg ? v / 10 : v * 10;
    }
    *out = neg ? -v : v;
    return p;
}

/* Reads RECS_NCAT numbers from p into w; 0, or -1 if the line does not
 * hold exactly that many numbers (each at most 1e6 in absolute value). */
static int read_weights(const char *p, double *w)
{
    for (int c = 0; c < RECS_NCAT; c++) {
        double d;
        p = read_number(p, &d);
        if (p == NULL || d > 1e6 || d < -1e6 || (*p != ' ' && *p != '\t' && *p != '\0'))
            return -1;
        w[c] = d;
    }
    while (*p == ' ' || *p == '\t')
        p++;
    return *p == '\0' ? 0 : -1;
}

int recs_model_load(recs_model *m, const rp_host *host, const char *path, char *err,
                    size_t errlen)
{
    memset(m, 0, sizeof *m);
    /* Like the lexicons: a relative path as given, then under lexicon_dir. */
    char full[4096];
    if (path[0] != '/' && access(path, F_OK) != 0 && host->lexicon_dir != NULL)
        snprintf(full, sizeof full, "%s/%s", host->lexicon_dir, path);
    else
        snprintf(full, sizeof full, "%s", path);
    /* the whole file at once, parsed in place */
    FILE *f = fopen(full, "rb");
    if (f == NULL) {
        snprintf(err, errlen, "%s: %s", full, strerror(errno));
        return -1;
    }
    char *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (cap - len < 65536) {
            cap = cap ? cap * 2 : 262144;
            char *d = realloc(data, cap + 1);
            if (d == NULL) {
                free(data);
                fclose(f);
                snprintf(err, errlen, "recommendations: out of memory reading %s", full);
                return -1;
            }
            data = d;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    int rc = ferror(f) ? -1 : 0;
    fclose(f);
    if (rc != 0) {
        free(data);
        snprintf(err, errlen, "%s: read error", full);
        return -1;
    }
    data[len] = '\0';
    unsigned lineno = 0;
    int have_classes = 0, have_bias = 0;
    for (char *line = data; rc == 0 && line < data + len;) {
        char *nl = memchr(line, '\n', (size_t)(data + len - line));
        char *next = nl != NULL ? nl + 1 : data + len;
        size_t n = (size_t)((nl != NULL ? nl : data + len) - line);
        lineno++;
        while (n > 0 && line[n - 1] == '\r')
            n--;
        line[n] = '\0';
        char *cur = line;
        line = next;
        if (n == 0 || cur[0] == '#')
            continue;
        char *tab = memchr(cur, '\t', n);
        if (tab == NULL || tab == cur) {
            snprintf(err, errlen, "%s:%u: expected FEATURE<TAB>%d weights", full, lineno,
                     RECS_NCAT);
            rc = -1;
            break;
        }
        *tab = '\0';
        size_t kn = (size_t)(tab - cur);
        const char *rest = tab + 1;
        if (strcmp(cur, "@classes") == 0) {
            if (strcmp(rest, "1 2 3 4 5") != 0) {
                snprintf(err, errlen, "%s:%u: @classes must be `1 2 3 4 5`", full, lineno);
                rc = -1;
            }
            have_classes = 1;
            continue;
        }
        double w[RECS_NCAT];
        if (read_weights(rest, w) != 0) {
            snprintf(err, errlen, "%s:%u: `%.200s` needs %d numbers after the tab", full, lineno,
                     cur, RECS_NCAT);
            rc = -1;
            break;
        }
        if (strcmp(cur, "@bias") == 0) {
            memcpy(m->bias, w, sizeof w);
            have_bias = 1;
            continue;
        }
        if (cur[0] == '@') {
            snprintf(err, errlen, "%s:%u: unknown directive `%.200s`", full, lineno, cur);
            rc = -1;
            break;
        }
        int added = add_row(m, cur, kn, w);
        if (added == 1) {
            snprintf(err, errlen, "%s:%u: feature `%.200s` given twice", full, lineno, cur);
            rc = -1;
        } else if (added != 0) {
            snprintf(err, errlen, "recommendations: out of memory reading %s", full);
            rc = -1;
        }
    }
    free(data);
    if (rc == 0 && (!have_classes || !have_bias)) {
        snprintf(err, errlen, "%s:%u: no @classes or no @bias line", full, lineno);
        rc = -1;
    }
    if (rc != 0)
        recs_model_free(m);
    return rc;
}

void recs_model_free(recs_model *m)
{
    free(m->w);
    free(m->key_at);
    free(m->keys);
    free(m->slots);
    memset(m, 0, sizeof *m);
}
