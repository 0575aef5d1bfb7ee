/*
 * words.c -- the vocabulary of the recommendations plugin, and what each
 * token of a document is.
 *
 * The words come from four lexicons read through the host (lexicon_open
 * and lexicon_info; the plugin copies what it needs and closes them):
 * actions.lex (verbs with UPR category, lemma, irregular forms and
 * nominalisations),
 * cues.lex (modals, recommending verbs, "it is important to" adjectives),
 * objects.lex (object words that settle adopt/implement/develop...), and
 * grammar.lex (closed-class roles).  They go into one open-addressing hash
 * keyed by the folded word.
 *
 * recs_form_of() answers "what is this token" once per distinct form: the
 * answer is memoised in an array indexed by the token's norm_id, so the
 * scan of a document costs one array read per token.  An unknown form is
 * de-inflected by rule (ratifies, ratifying, ratified -> ratify; measures
 * -> measure) and the inflection is kept, because the rules need it:
 * "urges" is a cue, "urged" is narrative; a British -ise form is read in
 * its -ize spelling when only that is listed (harmonised -> harmonize).
 */
#include "recs.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL_BLOCK 16384

/* n bytes from the pool, aligned for pointers. */
static void *pool_alloc(recs_words *v, size_t n)
{
    size_t align = sizeof(void *);
    size_t at = (v->pool_used + align - 1) & ~(align - 1);
    if (v->pool == NULL || at + n > v->pool_cap) {
        size_t cap = n > POOL_BLOCK ? n : POOL_BLOCK;
        char *b = malloc(cap);
        char **nb = realloc(v->blocks, (v->nblocks + 1) * sizeof *nb);
        if (b == NULL || nb == NULL) {
            free(b);
            if (nb != NULL)
                v->blocks = nb;
            return NULL;
        }
        v->blocks = nb;
        v->blocks[v->nblocks++] = b;
        v->pool = b;
        v->pool_cap = cap;
        at = 0;
    }
    v->pool_used = at + n;
    return v->pool + at;
}

static char *pool_strndup(recs_words *v, const char *s, size_t n)
{
    char *p = pool_alloc(v, n + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

uint32_t recs_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

const recs_word *recs_words_find(const recs_words *v, const char *s, size_t n)
{
    if (v->nslots == 0)
        return NULL;
    uint32_t mask = v->nslots - 1;
    for (uint32_t i = recs_hash(s, n) & mask;; i = (i + 1) & mask) {
        uint32_t k = v->slots[i];
        if (k == 0)
            return NULL;
        const recs_word *w = &v->w[k - 1];
        if (strncmp(w->text, s, n) == 0 && w->text[n] == '\0')
            return w;
    }
}

static int rehash(recs_words *v, uint32_t nslots)
{
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    for (uint32_t k = 0; k < v->n; k++) {
        const char *t = v->w[k].text;
        uint32_t i = recs_hash(t, strlen(t)) & (nslots - 1);
        while (slots[i] != 0)
            i = (i + 1) & (nslots - 1);
        slots[i] = k + 1;
    }
    free(v->slots);
    v->slots = slots;
    v->nslots = nslots;
    return 0;
}

/* The word for s (added if new); its index, or RP_NONE on out of memory. */
static uint32_t word_get(recs_words *v, const char *s, size_t n)
{
    const recs_word *f = recs_words_find(v, s, n);
    if (f != NULL)
        return (uint32_t)(f - v->w);
    if ((v->n + 1) * 2 > v->nslots && rehash(v, v->nslots ? v->nslots * 2 : 256) != 0)
        return RP_NONE;
    if (v->n == v->cap) {
        uint32_t cap = v->cap ? v->cap * 2 : 256;
        recs_word *w = realloc(v->w, cap * sizeof *w);
        if (w == NULL)
            return RP_NONE;
        v->w = w;
        v->cap = cap;
    }
    char *t = pool_strndup(v, s, n);
    if (t == NULL)
        return RP_NONE;
    recs_word *w = &v->w[v->n];
    memset(w, 0, sizeof *w);
    w->text = t;
    w->verb = w->cue = w->lemma_word = w->nominal_of = RP_NONE;
    uint32_t mask = v->nslots - 1;
    uint32_t i = recs_hash(t, n) & mask;
    while (v->slots[i] != 0)
        i = (i + 1) & mask;
    v->slots[i] = v->n + 1;
    return v->n++;
}

const recs_word *recs_word_at(const recs_words *v, uint32_t word1)
{
    return word1 == 0 ? NULL : &v->w[word1 - 1];
}

/* ---- reading the lexicons ------------------------------------------- */

static const char *attr_of(const rp_lexinfo *info, const rp_lexentry *e, const char *key)
{
    for (uint32_t i = 0; i < e->n_attrs; i++)
        if (strcmp(e->attrs[i].key, key) == 0)
            return e->attrs[i].value;
    if (e->n_cats > 0) {
        const rp_lexcat *c = &info->cats[e->cats[0]];
        for (uint32_t i = 0; i < c->n_attrs; i++)
            if (strcmp(c->attrs[i].key, key) == 0)
                return c->attrs[i].value;
    }
    return NULL;
}

/* Splits a lexicon term into folded words: "=states" -> states, "Step up" ->
 * step, up.  Returns the number of words (at most max), 0 for terms the
 * plugin cannot use (regular expressions). */
static size_t split_term(const char *term, char *buf, size_t buflen, const char **words, size_t max)
{
    if (strncmp(term, "re:", 3) == 0)
        return 0;
    size_t n = 0, o = 0;
    const char *p = term;
    while (*p != '\0' && n < max) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0')
            break;
        if (*p == '=')
            p++;
        words[n++] = buf + o;
        while (*p != '\0' && *p != ' ' && *p != '\t' && o + 1 < buflen) {
            char c = *p++;
            if (c == '*')
                continue; /* a glob is read as its prefix word */
            buf[o++] = (char)tolower((unsigned char)c);
        }
        if (o + 1 >= buflen)
            return 0;
        buf[o++] = '\0';
    }
    return n;
}

static int make_tail(recs_words *v, recs_tail *t, const char **words, size_t n)
{
    t->n = 0;
    t->words = NULL;
    if (n <= 1)
        return 0;
    const char **arr = pool_alloc(v, (n - 1) * sizeof *arr);
    if (arr == NULL)
        return -1;
    for (size_t i = 1; i < n; i++) {
        arr[i - 1] = pool_strndup(v, words[i], strlen(words[i]));
        if (arr[i - 1] == NULL)
            return -1;
    }
    t->words = arr;
    t->n = (uint32_t)(n - 1);
    return 0;
}

typedef int (*entry_fn)(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                        const char **words, size_t n, char *err, size_t errlen);

static int read_lexicon(recs_words *v, const rp_host *host, const char *path, entry_fn fn,
                        char *err, size_t errlen)
{
    const rp_lexicon *lex = host->lexicon_open(host, path, "en", err, errlen);
    if (lex == NULL)
        return -1;
    const rp_lexinfo *info = host->lexicon_info(lex);
    int rc = 0;
    if (info == NULL) {
        snprintf(err, errlen, "%s: the host gave no lexicon information", path);
        rc = -1;
    }
    for (uint32_t i = 0; rc == 0 && i < info->n_entries; i++) {
        const rp_lexentry *e = &info->entries[i];
        char buf[256];
        const char *words[8];
        size_t n = split_term(e->term, buf, sizeof buf, words, 8);
        if (n == 0 || e->n_cats == 0)
            continue;
        rc = fn(v, info, e, words, n, err, errlen);
    }
    host->lexicon_close(host, lex);
    return rc;
}

static int oom(char *err, size_t errlen)
{
    snprintf(err, errlen, "recommendations: out of memory");
    return -1;
}

static int add_action(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                      const char **words, size_t n, char *err, size_t errlen);

/* A phrasal verb ("speed up") is also one hyphenated token ("Speed-up"). */
static int add_hyphenated(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                          const char **words, size_t n, char *err, size_t errlen)
{
    char joined[128];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(words[i]);
        if (o + l + 2 > sizeof joined)
            return 0;
        if (i > 0)
            joined[o++] = '-';
        memcpy(joined + o, words[i], l);
        o += l;
    }
    joined[o] = '\0';
    const char *one[1] = {joined};
    return add_action(v, info, e, one, 1, err, errlen);
}

/* Links each word of the "a|b|c" list (NULL: none) to verb word wi: as an
 * irregular form of it, or (nominal) as a noun standing for it.  0, or -1
 * on out of memory. */
static int link_forms(recs_words *v, const char *list, uint32_t wi, int nominal)
{
    for (const char *p = list; p != NULL && *p != '\0';) {
        const char *q = strchr(p, '|');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len > 0) {
            uint32_t fi = word_get(v, p, len);
            if (fi == RP_NONE)
                return -1;
            if (nominal) {
                v->w[fi].nominal_of = wi;
            } else {
                v->w[fi].irregular = 1;
                v->w[fi].lemma_word = wi;
            }
        }
        p = q ? q + 1 : NULL;
    }
    return 0;
}

static int add_action(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                      const char **words, size_t n, char *err, size_t errlen)
{
    const char *cat = attr_of(info, e, "category");
    if (cat == NULL || cat[0] < '1' || cat[0] > '5' || cat[1] != '\0') {
        snprintf(err, errlen, "%s:%u: action `%s` needs category=1..5", info->path, e->line,
                 e->term);
        return -1;
    }
    const char *lemma = attr_of(info, e, "lemma");
    const char *obj = attr_of(info, e, "object");
    const char *forms = attr_of(info, e, "forms");
    const char *nouns = n == 1 ? attr_of(info, e, "nouns") : NULL;
    uint32_t wi = word_get(v, words[0], strlen(words[0]));
    if (wi == RP_NONE)
        return oom(err, errlen);
    if (v->nverbs == v->capverbs) {
        uint32_t cap = v->capverbs ? v->capverbs * 2 : 256;
        recs_verb *nv = realloc(v->verbs, cap * sizeof *nv);
        if (nv == NULL)
            return oom(err, errlen);
        v->verbs = nv;
        v->capverbs = cap;
    }
    recs_verb *vb = &v->verbs[v->nverbs];
    memset(vb, 0, sizeof *vb);
    vb->category = (uint8_t)(cat[0] - '0');
    vb->object = obj != NULL && strcmp(obj, "yes") == 0;
    const char *noun = attr_of(info, e, "noun");
    vb->noun = noun != NULL && strcmp(noun, "yes") == 0;
    if (lemma == NULL)
        lemma = e->term[0] == '=' ? e->term + 1 : e->term;
    vb->lemma = pool_strndup(v, lemma, strlen(lemma));
    if (vb->lemma == NULL || make_tail(v, &vb->tail, words, n) != 0)
        return oom(err, errlen);
    /* Longer phrases first, so that "put in place" is tried before "put". */
    uint32_t *link = &v->w[wi].verb;
    while (*link != RP_NONE && v->verbs[*link].tail.n >= vb->tail.n)
        link = &v->verbs[*link].next;
    vb->next = *link;
    *link = v->nverbs++;
    /* forms=...: irregular forms of the verb; nouns=adoption|adoptions:
     * nominalisations, which stand for the verb at the start of a
     * recommendation ("Adoption of a law"; the verb itself too: "Repeal
     * of") */
    if (link_forms(v, forms, wi, 0) != 0 || link_forms(v, nouns, wi, 1) != 0)
        return oom(err, errlen);
    if (n > 1)
        return add_hyphenated(v, info, e, words, n, err, errlen);
    return 0;
}

static int add_cue(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                   const char **words, size_t n, char *err, size_t errlen)
{
    const char *kind = attr_of(info, e, "kind");
    const char *strength = attr_of(info, e, "strength");
    const char *passive = attr_of(info, e, "passive");
    uint8_t k = 0, s = 0;
    if (kind != NULL)
        k = strcmp(kind, "modal") == 0 ? RECS_CUE_MODAL
            : strcmp(kind, "verb") == 0 ? RECS_CUE_VERB
            : strcmp(kind, "adj") == 0  ? RECS_CUE_ADJ
            : strcmp(kind, "need") == 0 ? RECS_CUE_NEED
                                        : 0;
    if (k == 0) {
        snprintf(err, errlen, "%s:%u: cue `%s` needs kind=modal|verb|adj|need", info->path,
                 e->line, e->term);
        return -1;
    }
    if (strength == NULL || (strcmp(strength, "binding") != 0 && strcmp(strength, "strong") != 0
                             && strcmp(strength, "soft") != 0)) {
        snprintf(err, errlen, "%s:%u: cue `%s` needs strength=binding|strong|soft", info->path,
                 e->line, e->term);
        return -1;
    }
    s = strength[0] == 'b' ? RECS_BINDING : strength[1] == 't' ? RECS_STRONG : RECS_SOFT;
    uint32_t wi = word_get(v, words[0], strlen(words[0]));
    if (wi == RP_NONE)
        return oom(err, errlen);
    if (v->ncues == v->capcues) {
        uint32_t cap = v->capcues ? v->capcues * 2 : 64;
        recs_cue *nc = realloc(v->cues, cap * sizeof *nc);
        if (nc == NULL)
            return oom(err, errlen);
        v->cues = nc;
        v->capcues = cap;
    }
    recs_cue *c = &v->cues[v->ncues];
    memset(c, 0, sizeof *c);
    c->kind = k;
    c->strength = s;
    c->passive_only = passive != NULL && strcmp(passive, "only") == 0;
    const char *self = attr_of(info, e, "self");
    c->not_after_self = self != NULL && strcmp(self, "no") == 0;
    const char *det = attr_of(info, e, "det");
    c->not_after_det = det != NULL && strcmp(det, "no") == 0;
    if (make_tail(v, &c->tail, words, n) != 0)
        return oom(err, errlen);
    uint32_t *link = &v->w[wi].cue;
    while (*link != RP_NONE && v->cues[*link].tail.n >= c->tail.n)
        link = &v->cues[*link].next;
    c->next = *link;
    *link = v->ncues++;
    return 0;
}

static int add_object(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                      const char **words, size_t n, char *err, size_t errlen)
{
    const char *cat = attr_of(info, e, "category");
    if (cat == NULL || (strcmp(cat, "4") != 0 && strcmp(cat, "5") != 0)) {
        snprintf(err, errlen, "%s:%u: object `%s` needs category=4 or 5", info->path, e->line,
                 e->term);
        return -1;
    }
    if (n != 1)
        return 0; /* objects are single words */
    uint32_t wi = word_get(v, words[0], strlen(words[0]));
    if (wi == RP_NONE)
        return oom(err, errlen);
    v->w[wi].objcat = (uint8_t)(cat[0] - '0');
    return 0;
}

static const struct {
    const char *id;
    uint32_t role;
} roles[] = {
    {"skip", RECS_R_SKIP},   {"be", RECS_R_BE},       {"bepast", RECS_R_BEPAST},
    {"intro", RECS_R_INTRO}, {"bound", RECS_R_BOUND}, {"conj", RECS_R_CONJ},
    {"cond", RECS_R_COND},   {"det", RECS_R_DET},     {"self", RECS_R_SELF},
    {"to", RECS_R_TO},       {"that", RECS_R_THAT},   {"there", RECS_R_THERE},
    {"noun", RECS_R_NOUN},   {"it", RECS_R_IT},       {"neg", RECS_R_NEG},
    {"art", RECS_R_ART},     {"fn", RECS_R_FN},       {"discourse", RECS_R_DISCOURSE},
    {"incl", RECS_R_INCL},   {"lynoun", RECS_R_LYNOUN}, {"nonverb", RECS_R_NONVERB},
    {"xref", RECS_R_XREF},   {"clause", RECS_R_CLAUSE}, {"modal", RECS_R_MODAL},
    {"lead", RECS_R_LEAD},
};

static int add_grammar(recs_words *v, const rp_lexinfo *info, const rp_lexentry *e,
                       const char **words, size_t n, char *err, size_t errlen)
{
    if (n != 1)
        return 0;
    for (uint32_t c = 0; c < e->n_cats; c++) {
        const char *id = info->cats[e->cats[c]].id;
        uint32_t role = 0;
        for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
            if (strcmp(roles[i].id, id) == 0)
                role = roles[i].role;
        if (role == 0) {
            snprintf(err, errlen, "%s:%u: unknown grammar role `%s`", info->path, e->line, id);
            return -1;
        }
        uint32_t wi = word_get(v, words[0], strlen(words[0]));
        if (wi == RP_NONE)
            return oom(err, errlen);
        v->w[wi].roles |= role;
    }
    return 0;
}

int recs_words_load(recs_words *v, const rp_host *host, const char *actions, const char *cues,
                    const char *objects, const char *grammar, char *err, size_t errlen)
{
    memset(v, 0, sizeof *v);
    if (read_lexicon(v, host, actions, add_action, err, errlen) != 0
        || read_lexicon(v, host, cues, add_cue, err, errlen) != 0
        || read_lexicon(v, host, objects, add_object, err, errlen) != 0
        || read_lexicon(v, host, grammar, add_grammar, err, errlen) != 0)
        return -1;
    if (v->nverbs == 0 || v->ncues == 0) {
        snprintf(err, errlen, "%s: no action verbs or no cues", v->nverbs ? cues : actions);
        return -1;
    }
    return 0;
}

void recs_words_free(recs_words *v)
{
    for (size_t i = 0; i < v->nblocks; i++)
        free(v->blocks[i]);
    free(v->blocks);
    free(v->w);
    free(v->slots);
    free(v->verbs);
    free(v->cues);
    free(v->memo);
    free(v->scanb);
    memset(v, 0, sizeof *v);
}

/* ---- what a token is -------------------------------------------------- */

void recs_words_prepare(recs_words *v, const rp_doc *doc)
{
    size_t need = doc->n_forms;
    if (need <= v->nmemo)
        return;
    size_t cap = v->nmemo ? v->nmemo : 1024;
    while (cap < need)
        cap *= 2;
    uint8_t *b = realloc(v->scanb, cap);
    if (b == NULL)
        return; /* recs_form_of() then computes without memoising */
    memset(b + v->nmemo, 0, cap - v->nmemo);
    v->scanb = b;
    recs_form *m = realloc(v->memo, cap * sizeof *m);
    if (m == NULL)
        return; /* scanb is only read below nmemo */
    memset(m + v->nmemo, 0, (cap - v->nmemo) * sizeof *m);
    v->memo = m;
    v->nmemo = cap;
}

static int lexical(const recs_word *w)
{
    return w->verb != RP_NONE || w->cue != RP_NONE || w->objcat != 0 || w->irregular;
}

/* Tries the lemma base[0..n) + suffix; 1 if it names a lexical word. */
static int try_lemma(const recs_words *v, const char *base, size_t n, const char *suffix,
                     uint8_t infl, recs_form *f)
{
    char buf[64];
    size_t sl = strlen(suffix);
    if (n + sl >= sizeof buf || n < 2)
        return 0;
    memcpy(buf, base, n);
    memcpy(buf + n, suffix, sl);
    const recs_word *w = recs_words_find(v, buf, n + sl);
    if (w == NULL || !lexical(w) || w->irregular)
        return 0;
    f->word = (uint32_t)(w - v->w) + 1;
    f->infl = infl;
    return 1;
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(s + n - k, suf, k) == 0;
}

static void compute_plain(const recs_words *v, const char *s, size_t n, recs_form *f);

/* The -ize spelling of a British -ise form ("harmonise", "harmonised",
 * "harmonising", "harmonisation" -> "harmoniz..."): its length, or 0 when
 * the form has no such ending. */
static size_t ize_spelling(const char *s, size_t n, char *buf)
{
    static const char *const ends[] = {"ise", "ised", "ises", "ising", "isation", "isations"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 2 && memcmp(s + n - l, ends[k], l) == 0) {
            memcpy(buf, s, n);
            buf[n - l + 1] = 'z';
            return n;
        }
    }
    return 0;
}

/* A hyphenated form unknown as such is looked up without its hyphens
 * ("re-double", "de-criminalize"); a British -ise form unknown as such,
 * in its -ize spelling ("harmonise" -> harmonize). */
static void compute(const recs_words *v, const char *s, size_t n, recs_form *f)
{
    compute_plain(v, s, n, f);
    if (f->word == 0 && f->nominal == 0 && n < 64) {
        char z[64];
        size_t zn = ize_spelling(s, n, z);
        if (zn > 0) {
            recs_form g;
            compute_plain(v, z, zn, &g);
            if (g.word != 0 || g.nominal != 0) {
                g.roles = f->roles; /* the roles of the exact form */
                *f = g;
                return;
            }
        }
    }
    if (f->word != 0 || n == 0 || n >= 64 || memchr(s, '-', n) == NULL)
        return;
    char buf[64];
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '-')
            buf[o++] = s[i];
    uint32_t exact_roles = f->roles;
    compute_plain(v, buf, o, f);
    if (f->word == 0) {
        /* "ratify-accede", "acknowledge-recognize": the first verb */
        const char *h = memchr(s, '-', n);
        compute_plain(v, s, (size_t)(h - s), f);
        const recs_word *w = f->word ? &v->w[f->word - 1] : NULL;
        if (w == NULL || w->verb == RP_NONE || f->infl != RECS_BASE)
            f->word = 0;
        f->roles = 0;
    }
    f->roles |= exact_roles;
}

int recs_open_quote(const char *s, size_t n)
{
    return (n == 1 && s[0] == '"') || (n == 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0) /* “ */
           || (n == 2 && memcmp(s, "\xC2\xAB", 2) == 0);                          /* « */
}

int recs_close_quote(const char *s, size_t n)
{
    return (n == 1 && s[0] == '"') || (n == 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0) /* ” */
           || (n == 2 && memcmp(s, "\xC2\xBB", 2) == 0);                          /* » */
}

/* compute(), then the summary the prose scan reads (enum recs_scan). */
static void compute_form(const recs_words *v, const char *s, size_t n, recs_form *f)
{
    compute(v, s, n, f);
    const recs_word *w = f->word ? &v->w[f->word - 1] : NULL;
    f->scan = (uint8_t)((w != NULL && w->cue != RP_NONE ? RECS_SCAN_CUE : 0)
                        | (f->roles & RECS_R_COND ? RECS_SCAN_COND : 0)
                        | (w != NULL && w->verb != RP_NONE ? RECS_SCAN_VERB : 0));
    if (f->roles == 0 && n >= 3 && !(f->scan & (RECS_SCAN_CUE | RECS_SCAN_VERB))) {
        size_t k = 0;
        while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-' || (unsigned char)s[k] >= 0x80))
            k++;
        if (k == n)
            f->scan |= RECS_SCAN_PLAIN;
    }
    if ((f->scan & RECS_SCAN_CUE) || (f->roles & (RECS_R_TO | RECS_R_CONJ))
        || (n == 1 && strchr(":?!,;\"", s[0]) != NULL && s[0] != '\0') || recs_open_quote(s, n))
        f->scan |= RECS_SCAN_JOIN;
}

static void compute_plain(const recs_words *v, const char *s, size_t n, recs_form *f)
{
    memset(f, 0, sizeof *f);
    f->known = 1;
    const recs_word *w = recs_words_find(v, s, n);
    if (w != NULL) {
        f->roles = w->roles;
        f->nominal = w->nominal_of != RP_NONE ? w->nominal_of + 1 : 0;
        if (w->irregular) {
            f->word = w->lemma_word + 1;
            f->infl = RECS_ED;
            return;
        }
        if (lexical(w)) {
            f->word = (uint32_t)(w - v->w) + 1;
            f->infl = RECS_BASE;
            return;
        }
    }
    int found = 0;
    if (ends(s, n, "ies"))
        found = try_lemma(v, s, n - 3, "y", RECS_S, f);
    if (!found && ends(s, n, "es"))
        found = try_lemma(v, s, n - 2, "", RECS_S, f);
    if (!found && ends(s, n, "s") && !ends(s, n, "ss"))
        found = try_lemma(v, s, n - 1, "", RECS_S, f);
    if (!found && ends(s, n, "ing") && n > 5) {
        found = try_lemma(v, s, n - 3, "", RECS_ING, f)
                || try_lemma(v, s, n - 3, "e", RECS_ING, f)
                || (s[n - 4] == s[n - 5] && try_lemma(v, s, n - 4, "", RECS_ING, f));
    }
    if (!found && ends(s, n, "ied"))
        found = try_lemma(v, s, n - 3, "y", RECS_ED, f);
    if (!found && ends(s, n, "ed") && n > 4) {
        found = try_lemma(v, s, n - 2, "", RECS_ED, f) || try_lemma(v, s, n - 1, "", RECS_ED, f)
                || (s[n - 3] == s[n - 4] && try_lemma(v, s, n - 3, "", RECS_ED, f));
    }
    if (!found && n > 4 && ends(s, n, "ly") && !(f->roles & RECS_R_LYNOUN))
        f->adverb = 1; /* "Italy", "family" are not (grammar.lex lynoun) */
}

const recs_form *recs_form_of(recs_words *v, const rp_token *t)
{
    static const recs_form none = {0, 0, 0, 1, 0, 0, 0};
    if (t->norm_id < v->nmemo && t->norm_id != 0) {
        recs_form *f = &v->memo[t->norm_id];
        if (!f->known) {
            compute_form(v, t->norm, t->norm_len, f);
            v->scanb[t->norm_id] =
                (uint8_t)(RECS_SCAN_KNOWN | (f->scan & (RECS_SCAN_CUE | RECS_SCAN_COND)));
        }
        return f;
    }
    /* No memo slot (the memo could not grow, or a norm_id of 0): answer in
     * slot 0, which no real norm_id uses, and recompute next time. */
    if (v->nmemo == 0)
        return &none;
    recs_form *f = &v->memo[0];
    compute_form(v, t->norm, t->norm_len, f);
    return f;
}
