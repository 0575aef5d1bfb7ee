/*
 * actors.c -- the "actors" plugin: who is mentioned in a UN document.
 *
 * It finds mentions of States (ISO 3166-1 alpha-3 ids), United Nations
 * entities and other intergovernmental bodies (their acronyms), groups
 * (lower-case hyphenated ids: member-states, civil-society, ...) and roles
 * of persons (secretary-general, special-rapporteur, ...), as fixed in
 * DESIGN.md.  The knowledge lives in gazetteer lexicons (lexicons/actors/
 * *.lex, one category per canonical actor, every name variant an entry);
 * the host loads and matches them.  This file adds what a gazetteer alone
 * gets wrong:
 *
 *  - overlap: of overlapping names the longest wins, across lexicons, so
 *    "United States" is USA and not the group "States", and "Democratic
 *    Republic of the Congo" is COD and not COG (option overlap=);
 *  - case: a country or organisation name must have a capitalised token
 *    ("turkey", "chad" in lower case are not States), and a name in
 *    capitals inside ordinary text is a title ("the SAMOA Pathway");
 *  - where a name stands: not inside document symbols (A/HRC/47/53) or web
 *    addresses, not across punctuation or text the name does not have
 *    ("Liberal International, Organisation ..."), not inside a longer
 *    proper name ("Kenya National Commission on Human Rights", "Persons
 *    with Disabilities Act", "South Sudan People's Defence Forces");
 *  - persons and places: entries marked ambiguous=person ("Chad",
 *    "Jordan", "Georgia", "Niger") are dropped after a title ("Mr.") or
 *    next to another capitalised word ("Michael Jordan", "Lake Chad");
 *  - acronyms a document defines: "the International Trade Centre (ITC)"
 *    makes every later "ITC" the same actor.  When the long form is a
 *    gazetteer name that the acronym abbreviates, the acronym takes that
 *    actor's id and kind; when the acronym is known but the long form is a
 *    variant ("United Nations Children Fund (UNICEF)"), the long form
 *    becomes that actor; otherwise, when the long form looks like the name
 *    of a body, the acronym upper-cased becomes a new organisation id.
 *    All of these carry attrs.learned=yes.
 *
 * One instance per worker thread; everything mutable is in struct actors,
 * whose per-document buffers grow and are reused (no allocation per token
 * in the steady state; per-form decisions are memoised by norm_id).
 */
#include <rapporteur/plugin.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ACTORS_VERSION "1.0.0"
#define MAX_LEXICONS 32
#define ACRO_MAX_LEN 16
#define MAX_ACROS 256 /* acronyms learned per document */
#define CHOOSE_SMALL 16 /* runs of overlapping candidates choose() settles without its bitmap */

/* The lexicons shipped with the plugin, relative to host->lexicon_dir. */
static const char *const default_lexicons[] = {
    "actors/countries.lex",
    "actors/organizations.lex",
    "actors/groups.lex",
    "actors/roles.lex",
};
static const char demonym_lexicon[] = "actors/demonyms.lex";

enum kind { K_OTHER = 0, K_COUNTRY, K_ORGANIZATION, K_GROUP, K_ROLE };
static const char *const kind_names[] = {"other", "country", "organization", "group",
                                         "person-role"}; /* K_OTHER is refused at open */

/* What the plugin needs to know about one category of one lexicon. */
struct catinfo {
    const char *id;
    const char *name;  /* the category's label */
    const char *iso3;  /* iso3= attribute, or NULL */
    uint8_t kind;      /* enum kind */
    uint8_t demonym;   /* demonym=yes */
    uint8_t former;    /* former=yes: a State that no longer exists (USSR) */
};

/* ... and about one entry. */
enum {
    E_AMBIGUOUS = 1u << 0,
    E_CASE = 1u << 1,
    E_PAREN = 1u << 2 /* the term ends with ')' (set once here, not per match) */
};

struct lexdata {
    const rp_lexicon *lex;
    const rp_lexinfo *info;
    struct catinfo *cats;
    uint8_t *eflags; /* per entry: E_* */
};

/* A mention being decided on. For gazetteer mentions cat/entry point into
 * a lexdata; mentions found through an acronym have acro set, and cat NULL
 * when the actor is new to the gazetteer. */
struct mention {
    uint64_t start, end;
    uint32_t tok_begin, tok_end;
    const struct catinfo *cat;
    const char *entry;
    int32_t acro;     /* index into acros, or -1 */
    uint8_t learned;  /* found through an acronym the document defines */
    uint8_t longform; /* the defining long form itself */
};

/* An acronym the document defines. Strings are offsets into the instance's
 * string buffer (it may move while growing). */
struct acro {
    size_t text;        /* the acronym as written, without a plural s */
    size_t label;       /* the label learned acronyms get (upper-cased) */
    size_t name;        /* the long form as written */
    uint32_t text_len;
    uint64_t def_start; /* the "(ACR)" token: later mentions only */
    const struct catinfo *cat; /* the gazetteer actor of the long form, or NULL */
    int32_t next;       /* the next acronym with the same first letter, or -1 */
};

struct actors {
    const rp_host *host;
    struct lexdata lexs[MAX_LEXICONS];
    size_t n_lexs;
    rp_matcher *matcher;
    int overlap;

    const char **labels;
    size_t n_labels;

    /* per-document buffers, reused */
    struct mention *cand;
    size_t n_cand, cap_cand;
    struct mention *acc; /* accepted, kept sorted by start */
    size_t n_acc, cap_acc;
    const struct mention **order;
    size_t cap_order;
    uint64_t *bits;       /* byte occupancy for choose() */
    size_t cap_bits;
    uint8_t *keep;        /* per candidate: accepted by choose() */
    size_t cap_keep;
    struct mention *extra; /* mentions found through acronyms, merged at the end */
    size_t n_extra, cap_extra;
    uint64_t acc_max_len; /* longest accepted mention, bounds acc_conflict */
    struct acro *acros;
    size_t n_acros, cap_acros;
    char *str;
    size_t n_str, cap_str;
    /* norm_id -> 0 unknown, 1 not an acronym form, 2 + k acronym k */
    uint32_t *form_memo;
    size_t cap_memo;
    uint32_t *touched;
    size_t n_touched, cap_touched;
    /* the acronyms by first letter (a-z), in order: lists through
     * acro.next, so a form is compared with few of them */
    int32_t acro_head[26], acro_tail[26];
};

/* ------------------------------------------------------------------ */
/* small helpers                                                        */

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

static void errf(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static const char *kv_get(const rp_kv *kv, uint32_t n, const char *key)
{
    for (uint32_t i = 0; i < n; i++)
        if (kv[i].key && strcmp(kv[i].key, key) == 0)
            return kv[i].value;
    return NULL;
}

static int parse_bool(const char *v, int *out)
{
    if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1") || !strcmp(v, "on"))
        *out = 1;
    else if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0") || !strcmp(v, "off"))
        *out = 0;
    else
        return -1;
    return 0;
}

/* Byte classes for the scans over a token's or a match's bytes: one
 * table read per byte instead of a chain of compares. */
enum { B_ADDR = 1u << 0, /* '.', ':', '@': in every in_address() needle */
       B_STOP = 1u << 1  /* ',', ';', ':', '(', ')', '.': crosses_punctuation() */ };
static const unsigned char byte_class[256] = {
    ['.'] = B_ADDR | B_STOP, [':'] = B_ADDR | B_STOP, ['@'] = B_ADDR,
    [','] = B_STOP,          [';'] = B_STOP,          ['('] = B_STOP,
    [')'] = B_STOP,
};

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alnum(unsigned char c) { return is_upper(c) || is_lower(c) || is_digit(c); }
static unsigned char lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }
static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Appends n bytes and a NUL to the string buffer; returns the offset or
 * (size_t)-1 on out of memory. */
static size_t str_add(struct actors *a, const char *s, size_t n)
{
    if (grow((void **)&a->str, &a->cap_str, a->n_str + n + 1, 1))
        return (size_t)-1;
    size_t off = a->n_str;
    memcpy(a->str + off, s, n);
    a->str[off + n] = '\0';
    a->n_str += n + 1;
    return off;
}

/* Like str_add, with every run of white space (a line break inside a
 * name taken from the text) turned into one space. */
static size_t str_add_spaced(struct actors *a, const char *s, size_t n)
{
    size_t off = str_add(a, s, n);
    if (off == (size_t)-1)
        return off;
    char *d = a->str + off;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space((unsigned char)d[i])) {
            if (j > 0 && d[j - 1] != ' ')
                d[j++] = ' ';
        } else {
            d[j++] = d[i];
        }
    }
    while (j > 0 && d[j - 1] == ' ')
        j--;
    d[j] = '\0';
    return off;
}

/* ------------------------------------------------------------------ */
/* lexicons and labels                                                  */

/* The kind a category declares (kind=...); organization when it declares
 * none (a user's lexicon of bodies); K_OTHER for an unknown value. */
static int kind_of(const char *v)
{
    if (!v)
        return K_ORGANIZATION;
    for (int k = K_COUNTRY; k <= K_ROLE; k++)
        if (!strcmp(v, kind_names[k]))
            return k;
    return K_OTHER;
}

static int add_lexicon(struct actors *a, const char *path, char *err, size_t errlen)
{
    if (a->n_lexs == MAX_LEXICONS) {
        errf(err, errlen, "%s: too many lexicons (at most %d)", path, MAX_LEXICONS);
        return -1;
    }
    char lerr[512] = "";
    const rp_lexicon *lex = a->host->lexicon_open(a->host, path, NULL, lerr, sizeof lerr);
    if (!lex) {
        errf(err, errlen, "%s", lerr[0] ? lerr : path);
        return -1;
    }
    for (size_t i = 0; i < a->n_lexs; i++)
        if (a->lexs[i].lex == lex) { /* the same file twice: once is enough */
            a->host->lexicon_close(a->host, lex);
            return 0;
        }
    struct lexdata *d = &a->lexs[a->n_lexs];
    memset(d, 0, sizeof *d);
    d->lex = lex;
    d->info = a->host->lexicon_info(lex);
    a->n_lexs++; /* closed by actors_close from here on */
    if (!d->info) {
        errf(err, errlen, "%s: the host gave no lexicon info", path);
        return -1;
    }
    d->cats = calloc(d->info->n_cats ? d->info->n_cats : 1, sizeof *d->cats);
    d->eflags = calloc(d->info->n_entries ? d->info->n_entries : 1, 1);
    if (!d->cats || !d->eflags) {
        errf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    for (uint32_t i = 0; i < d->info->n_cats; i++) {
        const rp_lexcat *c = &d->info->cats[i];
        struct catinfo *ci = &d->cats[i];
        ci->id = c->id;
        ci->name = c->label ? c->label : c->id;
        const char *kind = kv_get(c->attrs, c->n_attrs, "kind");
        ci->kind = (uint8_t)kind_of(kind);
        if (ci->kind == K_OTHER) {
            errf(err, errlen,
                 "%s: category %s: kind=%s is not country, organization, group or person-role",
                 path, c->id, kind);
            return -1;
        }
        ci->iso3 = kv_get(c->attrs, c->n_attrs, "iso3");
        const char *dem = kv_get(c->attrs, c->n_attrs, "demonym");
        ci->demonym = dem && !strcmp(dem, "yes");
        const char *former = kv_get(c->attrs, c->n_attrs, "former");
        ci->former = former && !strcmp(former, "yes");
        if (!ci->iso3 && ci->kind == K_COUNTRY)
            ci->iso3 = c->id;
    }
    for (uint32_t i = 0; i < d->info->n_entries; i++) {
        const rp_lexentry *e = &d->info->entries[i];
        const char *amb = kv_get(e->attrs, e->n_attrs, "ambiguous");
        if (amb && strcmp(amb, "no") != 0)
            d->eflags[i] |= E_AMBIGUOUS;
        if (e->flags & RP_LEX_CASE)
            d->eflags[i] |= E_CASE;
        size_t tl = e->term ? strlen(e->term) : 0;
        if (tl && e->term[tl - 1] == ')')
            d->eflags[i] |= E_PAREN;
    }
    return 0;
}

/* FNV-1a, for the label set. */
static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The ordered, de-duplicated list of category ids of every lexicon. */
static int build_labels(struct actors *a)
{
    size_t total = 0;
    for (size_t i = 0; i < a->n_lexs; i++)
        total += a->lexs[i].info->n_cats;
    a->labels = calloc(total ? total : 1, sizeof *a->labels);
    size_t hcap = 16;
    while (hcap < total * 2)
        hcap *= 2;
    const char **set = calloc(hcap, sizeof *set);
    if (!a->labels || !set) {
        free(set);
        return -1;
    }
    for (size_t i = 0; i < a->n_lexs; i++) {
        const rp_lexinfo *info = a->lexs[i].info;
        for (uint32_t c = 0; c < info->n_cats; c++) {
            const char *id = info->cats[c].id;
            size_t h = hash_str(id) & (hcap - 1);
            while (set[h] && strcmp(set[h], id) != 0)
                h = (h + 1) & (hcap - 1);
            if (set[h])
                continue;
            set[h] = id;
            a->labels[a->n_labels++] = id;
        }
    }
    free(set);
    return 0;
}

/* ------------------------------------------------------------------ */
/* open / close                                                         */

static void actors_close(void *state)
{
    struct actors *a = state;
    if (!a)
        return;
    if (a->matcher)
        a->host->matcher_free(a->matcher);
    for (size_t i = 0; i < a->n_lexs; i++) {
        free(a->lexs[i].cats);
        free(a->lexs[i].eflags);
        a->host->lexicon_close(a->host, a->lexs[i].lex);
    }
    free(a->labels);
    free(a->cand);
    free(a->acc);
    free(a->order);
    free(a->bits);
    free(a->keep);
    free(a->extra);
    free(a->acros);
    free(a->str);
    free(a->form_memo);
    free(a->touched);
    free(a);
}

static int parse_overlap(const char *v)
{
    if (!strcmp(v, "longest"))
        return RP_OVERLAP_LONGEST;
    if (!strcmp(v, "longest-per-category"))
        return RP_OVERLAP_LONGEST_PER_CAT;
    if (!strcmp(v, "all"))
        return RP_OVERLAP_ALL;
    return -1;
}

static int actors_open(const rp_host *host, const char *const *opts, void **state, char *err,
                       size_t errlen)
{
    *state = NULL;
    if (RP_ABI_GET_MAJOR(host->abi_version) != RP_ABI_MAJOR) {
        errf(err, errlen, "host ABI %u.%u, plugin built for %d.x",
             RP_ABI_GET_MAJOR(host->abi_version), RP_ABI_GET_MINOR(host->abi_version),
             RP_ABI_MAJOR);
        return RP_ERR;
    }
    struct actors *a = calloc(1, sizeof *a);
    if (!a) {
        errf(err, errlen, "out of memory");
        return RP_ERR;
    }
    a->host = host;
    a->overlap = RP_OVERLAP_LONGEST;
    int defaults = 1, demonyms = 0;

    /* First pass: the switches; lexicons come second so that defaults=no
     * may come after lexicon=... on the command line. */
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *eq = strchr(opts[i], '=');
        if (!eq) {
            errf(err, errlen, "option '%s': expected key=value", opts[i]);
            goto fail;
        }
        size_t kl = (size_t)(eq - opts[i]);
        const char *v = eq + 1;
        if (kl == 8 && !strncmp(opts[i], "defaults", kl)) {
            if (parse_bool(v, &defaults)) {
                errf(err, errlen, "option defaults=%s: expected yes or no", v);
                goto fail;
            }
        } else if (kl == 8 && !strncmp(opts[i], "demonyms", kl)) {
            if (parse_bool(v, &demonyms)) {
                errf(err, errlen, "option demonyms=%s: expected yes or no", v);
                goto fail;
            }
        } else if (kl == 7 && !strncmp(opts[i], "overlap", kl)) {
            int o = parse_overlap(v);
            if (o < 0) {
                errf(err, errlen,
                     "option overlap=%s: expected longest, longest-per-category or all", v);
                goto fail;
            }
            a->overlap = o;
        } else if (kl == 7 && !strncmp(opts[i], "lexicon", kl)) {
            if (!*v) {
                errf(err, errlen, "option lexicon=: empty path");
                goto fail;
            }
        } else {
            errf(err, errlen, "unknown option '%.*s'", (int)kl, opts[i]);
            goto fail;
        }
    }
    if (defaults)
        for (size_t i = 0; i < sizeof default_lexicons / sizeof *default_lexicons; i++)
            if (add_lexicon(a, default_lexicons[i], err, errlen))
                goto fail;
    if (demonyms && add_lexicon(a, demonym_lexicon, err, errlen))
        goto fail;
    for (size_t i = 0; opts && opts[i]; i++)
        if (!strncmp(opts[i], "lexicon=", 8) && add_lexicon(a, opts[i] + 8, err, errlen))
            goto fail;
    if (a->n_lexs == 0) {
        errf(err, errlen, "no lexicon to match (defaults=no and no lexicon=FILE)");
        goto fail;
    }

    const rp_lexicon *lv[MAX_LEXICONS];
    for (size_t i = 0; i < a->n_lexs; i++)
        lv[i] = a->lexs[i].lex;
    /* Every match comes back; this file applies the overlap policy after
     * dropping the matches that are not mentions (see choose()). */
    a->matcher = host->matcher_new(host, lv, a->n_lexs, RP_OVERLAP_ALL);
    if (!a->matcher) {
        errf(err, errlen, "cannot create a matcher (out of memory)");
        goto fail;
    }
    if (build_labels(a)) {
        errf(err, errlen, "out of memory");
        goto fail;
    }
    *state = a;
    return RP_OK;
fail:
    actors_close(a);
    return RP_ERR;
}

static int actors_labels(void *state, const char *const **labels, size_t *n)
{
    struct actors *a = state;
    *labels = a->labels;
    *n = a->n_labels;
    return RP_OK;
}

/* ------------------------------------------------------------------ */
/* filtering gazetteer matches                                          */

static const struct lexdata *lexdata_of(const struct actors *a, const rp_lexicon *lex)
{
    for (size_t i = 0; i < a->n_lexs; i++)
        if (a->lexs[i].lex == lex)
            return &a->lexs[i];
    return NULL;
}

static int tok_has(const rp_doc *doc, uint32_t t, const char *needle)
{
    const rp_token *tk = &doc->tokens[t];
    size_t n = (size_t)(tk->end - tk->start), nl = strlen(needle);
    const char *s = doc->text + tk->start;
    for (size_t i = 0; i + nl <= n; i++)
        if (s[i] == needle[0] && !memcmp(s + i, needle, nl)) /* the first byte first */
            return 1;
    return 0;
}

/* A token that is (part of) a document symbol, web address or e-mail
 * (but "HIV/AIDS" is a word). */
static int in_address(const rp_doc *doc, uint32_t t)
{
    const rp_token *tk = &doc->tokens[t];
    if (tk->flags & RP_TOK_SYMBOL)
        return 1;
    /* Every needle below holds a '.', ':' or '@', which most tokens lack:
     * one pass over the bytes settles them without the searches. */
    const unsigned char *s = (const unsigned char *)doc->text + tk->start;
    size_t n = (size_t)(tk->end - tk->start), i = 0;
    while (i < n && !(byte_class[s[i]] & B_ADDR))
        i++;
    if (i == n)
        return 0;
    return tok_has(doc, t, "://") || tok_has(doc, t, "www.") || tok_has(doc, t, "@") ||
           tok_has(doc, t, ".org") || tok_has(doc, t, ".int/") || tok_has(doc, t, ".pdf") ||
           tok_has(doc, t, ".htm");
}

static int norm_is(const rp_token *t, const char *s)
{
    return t->norm_len == strlen(s) && !memcmp(t->norm, s, t->norm_len);
}

static int is_title(const rp_token *t)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady",
                                         "miss", "prof", "professor", "madam", "mister",
                                         "judge", "justice", "senator", "general"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (norm_is(t, titles[i]))
            return 1;
    return 0;
}

/* Is a one-word name that is also a person's or a place's name ("Jordan",
 * "Chad") used as such here? */
static int person_context(const rp_doc *doc, uint32_t tb, uint32_t te)
{
    const rp_token *first = &doc->tokens[tb];
    uint32_t sent = first->sentence;
    /* the previous word, skipping one full stop ("Mr. Jordan") */
    if (tb > 0) {
        uint32_t p = tb - 1;
        const rp_token *pt = &doc->tokens[p];
        if (pt->sentence == sent && pt->norm_len == 1 && pt->norm[0] == '.' && p > 0 &&
            doc->tokens[p - 1].sentence == sent)
            pt = &doc->tokens[p - 1];
        if (pt->sentence == sent && is_title(pt))
            return 1;
        /* "Michael Jordan": a capitalised word before, not the sentence's
         * first word (which is capitalised anyway), not an acronym
         * ("UNICEF Jordan" is the country office) */
        pt = &doc->tokens[tb - 1];
        if (pt->sentence == sent && (pt->flags & RP_TOK_CAPITALIZED) &&
            !(pt->flags & RP_TOK_ALLCAPS) && (pt->flags & RP_TOK_ALPHA) &&
            doc->sentences[sent].tok_begin != tb - 1)
            return 1;
    }
    /* "Jordan Valley", "Niger Delta": a capitalised word after */
    if (te < doc->n_tokens) {
        const rp_token *nt = &doc->tokens[te];
        if (nt->sentence == sent && (nt->flags & RP_TOK_CAPITALIZED) &&
            !(nt->flags & RP_TOK_ALLCAPS) && (nt->flags & RP_TOK_ALPHA) && nt->start > first->end)
            return 1;
    }
    return 0;
}

/* Is a neighbour of token t in its sentence written in capitals too? */
static int caps_context(const rp_doc *doc, uint32_t t)
{
    uint32_t sent = doc->tokens[t].sentence;
    /* the nearest word before and the nearest word after, within 2 tokens */
    for (int dir = -1; dir <= 1; dir += 2) {
        for (uint32_t d = 1; d <= 2; d++) {
            if (dir < 0 ? d > t : t + d >= doc->n_tokens)
                break;
            const rp_token *n = &doc->tokens[dir < 0 ? t - d : t + d];
            if (n->sentence != sent)
                break;
            if (!(n->flags & RP_TOK_ALPHA))
                continue;
            if (n->flags & RP_TOK_ALLCAPS)
                return 1;
            break;
        }
    }
    return 0;
}

/* Does a name of several words run across punctuation the lexicon term
 * does not have ("Liberal International, Organisation Mondiale" is not
 * "international organisation"), or across other text (a paragraph cut by
 * a page break has the page's footnotes between its halves)?  A line break
 * is only white space: "the United\nNations" is the United Nations, even
 * where the segmenter makes each line of a hard-wrapped text a block. */
static int crosses_punctuation(const rp_doc *doc, const rp_lexmatch *m, const char *term)
{
    for (uint32_t t = m->tok_begin + 1; t < m->tok_end; t++) {
        uint64_t from = doc->tokens[t - 1].end, to = doc->tokens[t].start;
        if (to < from)
            return 1;
        for (uint64_t i = from; i < to; i++)
            if (!is_space((unsigned char)doc->text[i]))
                return 1;
    }
    for (uint64_t i = m->start; i < m->end; i++) {
        unsigned char c = (unsigned char)doc->text[i];
        if ((byte_class[c] & B_STOP) && !strchr(term, c))
            return 1;
    }
    return 0;
}

/* Does any byte of w lie in 0x28..0x40?  (Bit Twiddling Hacks,
 * "hasbetween"; exact for every byte value, the high ones included.) */
static int bytes_28_to_40(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    return ((ones * (127 + 0x41) - (w & ones * 127)) & ~w &
            ((w & ones * 127) + ones * (127 - 0x27)) & highs) != 0;
}

/* crosses_punctuation() of a match of several words, or in_address() of
 * one of its tokens?  Both look for bytes of byte_class: when the match
 * (which holds its tokens) has none, one pass settles it, leaving only
 * the flag test of in_address and the gap test of crosses_punctuation. */
static int bytes_refuse(const rp_doc *doc, const rp_lexmatch *m, const char *term)
{
    int several = m->tok_end - m->tok_begin > 1;
    const rp_token *first = &doc->tokens[m->tok_begin], *last = &doc->tokens[m->tok_end - 1];
    if (first->start >= m->start && last->end <= m->end && m->end <= doc->len) {
        const unsigned char *p = (const unsigned char *)doc->text;
        uint64_t i = m->start;
        /* eight bytes at a time while none is in 0x28..0x40, the range of
         * every byte_class byte (letters, spaces and UTF-8 are not) */
        while (i + 8 <= m->end) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (bytes_28_to_40(w))
                break;
            i += 8;
        }
        while (i < m->end && !byte_class[p[i]])
            i++;
        if (i == m->end) {
            for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
                if (doc->tokens[t].flags & RP_TOK_SYMBOL)
                    return 1;
            for (uint32_t t = m->tok_begin + 1; several && t < m->tok_end; t++) {
                uint64_t from = doc->tokens[t - 1].end, to = doc->tokens[t].start;
                if (to < from)
                    return 1;
                for (uint64_t j = from; j < to; j++)
                    if (!is_space(p[j]))
                        return 1;
            }
            return 0;
        }
    }
    if (several && crosses_punctuation(doc, m, term))
        return 1;
    for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
        if (in_address(doc, t))
            return 1;
    return 0;
}

/* Function words that may stand inside a proper name ("Rights of
 * Indigenous Peoples", "Women and Girls"), by length. */
static int is_function_word(const char *s, size_t n)
{
    static const char *const fw[8] = {
        NULL, "ya", "ofonintoatdeladuetlean", "theandfordeslesdel", "with", NULL, NULL,
        "against"};
    if (n == 0 || n >= 8 || fw[n] == NULL)
        return 0;
    for (const char *w = fw[n]; *w; w += n)
        if (!memcmp(s, w, n))
            return 1;
    return 0;
}

/* A capitalised word (not an acronym) at token t? */
static int cap_word(const rp_doc *doc, uint32_t t)
{
    uint32_t f = doc->tokens[t].flags;
    return (f & RP_TOK_ALPHA) && (f & RP_TOK_CAPITALIZED) && !(f & RP_TOK_ALLCAPS);
}

/* Is the match [tb, te) inside a longer proper name: a capitalised word
 * right before it that does not start the sentence ("Kenya National
 * Commission on Human Rights" is not the Commission on Human Rights), or,
 * when after is set, a capitalised word right after it ("Kenya Vision
 * 2030", "Persons with Disabilities Act")? */
static int inside_name(const rp_doc *doc, uint32_t tb, uint32_t te, int before, int after)
{
    uint32_t sent = doc->tokens[tb].sentence;
    if (before && tb > 0 && doc->tokens[tb - 1].sentence == sent && cap_word(doc, tb - 1) &&
        doc->sentences[sent].tok_begin != tb - 1)
        return 1;
    if (after && te < doc->n_tokens && doc->tokens[te].sentence == sent && cap_word(doc, te) &&
        doc->tokens[te].start > doc->tokens[te - 1].end)
        return 1;
    return 0;
}

/* Is there, before token tb and across function words only ("of",
 * "against", "and", "the" ...), a capitalised word that does not start the
 * sentence: is tb inside a title in Title Case? */
static int title_before(const rp_doc *doc, uint32_t tb)
{
    uint32_t sent = doc->tokens[tb].sentence;
    uint32_t first = doc->sentences[sent].tok_begin;
    int crossed = 0;
    for (uint32_t t = tb; t > first && tb - t < 6; t--) {
        const rp_token *p = &doc->tokens[t - 1];
        if (p->sentence != sent || !(p->flags & RP_TOK_ALPHA))
            return 0;
        if (is_function_word(p->norm, p->norm_len)) {
            crossed = 1;
            continue;
        }
        return crossed && cap_word(doc, t - 1) && t - 1 != first;
    }
    return 0;
}

/* Does an apostrophe follow offset e (Kenya's, Kenya’s)? */
static int possessive(const rp_doc *doc, uint64_t e)
{
    const unsigned char *p = (const unsigned char *)doc->text + e;
    return (e < doc->len && p[0] == '\'') ||
           (e + 2 < doc->len && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99);
}

/* Is the role ending before token te someone else's office: "of", an
 * optional "the", then a capitalised name other than the United Nations
 * ("the Secretary-General of SPLM", "Secretary-General of the League of
 * Arab States", "Secretary-General of UNCTAD")? */
static int office_of_another_body(const rp_doc *doc, uint32_t te)
{
    uint32_t sent = doc->tokens[te - 1].sentence;
    if (te + 1 >= doc->n_tokens || doc->tokens[te].sentence != sent || !norm_is(&doc->tokens[te], "of"))
        return 0;
    uint32_t t = te + 1;
    if (norm_is(&doc->tokens[t], "the") && t + 1 < doc->n_tokens)
        t++;
    const rp_token *w = &doc->tokens[t];
    if (w->sentence != sent || !(w->flags & RP_TOK_ALPHA) ||
        !(w->flags & (RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS)))
        return 0;
    return !norm_is(w, "united") && !norm_is(w, "un") && !norm_is(w, "organization");
}

/* Whether a gazetteer match is a mention. */
static int keep_match(const rp_doc *doc, const rp_lexmatch *m, const struct catinfo *ci,
                      uint8_t eflags, const char *term)
{
    if (m->tok_begin >= m->tok_end || m->tok_end > doc->n_tokens)
        return 0;
    /* Every test is a condition of its own: the ones that read the flags
     * come first, the ones that read the bytes (crosses_punctuation,
     * in_address) last, for the matches still standing. */
    int capital = 0;
    for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
        if (doc->tokens[t].flags & (RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS))
            capital = 1;
    if ((ci->kind == K_COUNTRY || ci->kind == K_ORGANIZATION) && !(eflags & E_CASE) && !capital)
        return 0;
    /* A name written in capitals inside ordinary text is an acronym or a
     * title ("the SAMOA Pathway"), not the name: a heading in capitals has
     * capitals around it. */
    if (!(eflags & E_CASE) && m->tok_end == m->tok_begin + 1 &&
        (doc->tokens[m->tok_begin].flags & RP_TOK_ALLCAPS) &&
        !caps_context(doc, m->tok_begin))
        return 0;
    if ((eflags & E_AMBIGUOUS) && person_context(doc, m->tok_begin, m->tok_end))
        return 0;
    switch (ci->kind) {
    case K_ORGANIZATION:
        if (!(eflags & E_CASE) && inside_name(doc, m->tok_begin, m->tok_end, 1, 0))
            return 0;
        break;
    case K_COUNTRY:
        /* not after a possessive: "Kenya's Vision 2030" is Kenya; a name
         * of several words needs a capitalised word after it that is glued
         * to it by nothing but a space ("South Sudan People's Defence
         * Forces") */
        if (!(eflags & E_CASE) && !possessive(doc, m->end) &&
            inside_name(doc, m->tok_begin, m->tok_end, 0, 1))
            return 0;
        break;
    case K_GROUP:
        /* a group written in lower case in the lexicon, capitalised here
         * in the middle of a sentence, next to another capitalised word,
         * also across function words: the title of a law, a fund, a
         * treaty or a day ("Women Enterprise Fund", "Convention on the
         * Elimination of All Forms of Discrimination against Women",
         * "International Day of the World's Indigenous Women and Girls") */
        if (is_lower((unsigned char)term[term[0] == '=' ? 1 : 0]) &&
            cap_word(doc, m->tok_begin) &&
            doc->sentences[doc->tokens[m->tok_begin].sentence].tok_begin != m->tok_begin &&
            (inside_name(doc, m->tok_begin, m->tok_end, 1, 1) ||
             title_before(doc, m->tok_begin)))
            return 0;
        break;
    case K_ROLE:
        /* the Secretary-General (and deputies) of the United Nations, not
         * of another body */
        if (strstr(ci->id, "secretary-general") && office_of_another_body(doc, m->tok_end))
            return 0;
        break;
    default:
        break;
    }
    return !bytes_refuse(doc, m, term);
}

/* ------------------------------------------------------------------ */
/* overlap                                                              */

static int cmp_len_start(const void *x, const void *y)
{
    /* sorted through an array of pointers: ties keep candidate order */
    const struct mention *a = *(const struct mention *const *)x;
    const struct mention *b = *(const struct mention *const *)y;
    uint64_t la = a->end - a->start, lb = b->end - b->start;
    if (la != lb)
        return la > lb ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int same_label(const struct actors *a, const struct mention *x, const struct mention *y)
{
    const char *lx = x->cat ? x->cat->id : a->str + a->acros[x->acro].label;
    const char *ly = y->cat ? y->cat->id : a->str + a->acros[y->acro].label;
    return strcmp(lx, ly) == 0;
}

/* Index of the first accepted mention with start >= s. */
static size_t acc_lower(const struct actors *a, uint64_t s)
{
    size_t lo = 0, hi = a->n_acc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->acc[mid].start < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Does m overlap an accepted mention (of the same label when per_label)? */
static int acc_conflict(const struct actors *a, const struct mention *m, int per_label)
{
    uint64_t max_len = a->acc_max_len;
    size_t i = acc_lower(a, m->start);
    for (size_t j = i; j < a->n_acc && a->acc[j].start < m->end; j++)
        if (!per_label || same_label(a, m, &a->acc[j]))
            return 1;
    for (size_t j = i; j > 0; j--) {
        const struct mention *p = &a->acc[j - 1];
        if (p->start + max_len <= m->start)
            break;
        if (p->end > m->start && (!per_label || same_label(a, m, p)))
            return 1;
    }
    return 0;
}

static int acc_insert(struct actors *a, const struct mention *m)
{
    if (grow((void **)&a->acc, &a->cap_acc, a->n_acc + 1, sizeof *a->acc))
        return -1;
    size_t i = acc_lower(a, m->start);
    memmove(&a->acc[i + 1], &a->acc[i], (a->n_acc - i) * sizeof *a->acc);
    a->acc[i] = *m;
    a->n_acc++;
    if (m->end - m->start > a->acc_max_len)
        a->acc_max_len = m->end - m->start;
    return 0;
}

/* Drops the accepted mentions that lie inside [s, e). */
static void acc_remove_inside(struct actors *a, uint64_t s, uint64_t e)
{
    size_t i = acc_lower(a, s), j = i;
    for (size_t r = i; r < a->n_acc; r++) {
        if (a->acc[r].start < e && a->acc[r].end <= e)
            continue;
        a->acc[j++] = a->acc[r];
    }
    a->n_acc = j;
}

/* The byte-occupancy bitmap of choose(): bit i set when byte i of the
 * document belongs to an accepted mention. */
static int span_free(const uint64_t *bits, uint64_t s, uint64_t e)
{
    for (uint64_t i = s; i < e; i++)
        if (bits[i >> 6] & (1ull << (i & 63)))
            return 0;
    return 1;
}

static void span_set(uint64_t *bits, uint64_t s, uint64_t e, int on)
{
    for (uint64_t i = s; i < e; i++) {
        if (on)
            bits[i >> 6] |= 1ull << (i & 63);
        else
            bits[i >> 6] &= ~(1ull << (i & 63));
    }
}

static int cmp_label_len_start(const void *x, const void *y)
{
    const struct mention *a = *(const struct mention *const *)x;
    const struct mention *b = *(const struct mention *const *)y;
    int c = strcmp(a->cat->id, b->cat->id);
    return c ? c : cmp_len_start(x, y);
}

/* The overlap policy over candidates [b, e) of a->cand: longest first,
 * then earliest (spaCy's filter_spans, GATE's appelt), across all actors or
 * within each; sets a->keep and leaves a->bits clear again. */
static void choose_run(struct actors *a, int per_label, const rp_doc *doc, size_t b, size_t e)
{
    const struct mention **ord = a->order;
    size_t n = e - b;
    for (size_t i = 0; i < n; i++)
        ord[i] = &a->cand[b + i];
    int (*cmp)(const void *, const void *) = per_label ? cmp_label_len_start : cmp_len_start;
    if (n <= CHOOSE_SMALL) {
        /* insertion sort: the comparison is a total order (it ends with
         * the candidates' addresses), so the order is qsort's, without
         * its set-up for two or three candidates */
        for (size_t i = 1; i < n; i++) {
            const struct mention *x = ord[i];
            size_t j = i;
            for (; j > 0 && cmp(&ord[j - 1], &x) > 0; j--)
                ord[j] = ord[j - 1];
            ord[j] = x;
        }
    } else {
        qsort(ord, n, sizeof *ord, cmp);
    }
    if (n <= CHOOSE_SMALL) {
        /* a few candidates (the usual run): test each against the kept
         * ones of its label group instead of the byte bitmap; an empty
         * span occupies no byte, as there */
        const struct mention *kept[CHOOSE_SMALL];
        size_t nk = 0, grp = 0;
        for (size_t i = 0; i < n; i++) {
            if (per_label && i > grp && strcmp(ord[i]->cat->id, ord[grp]->cat->id) != 0) {
                nk = 0;
                grp = i;
            }
            const struct mention *m = ord[i];
            if (m->end > doc->len)
                continue;
            int free = 1;
            for (size_t k = 0; k < nk && free && m->start < m->end; k++)
                if (kept[k]->start < m->end && m->start < kept[k]->end)
                    free = 0;
            if (!free)
                continue;
            if (m->start < m->end)
                kept[nk++] = m;
            a->keep[m - a->cand] = 1;
        }
        return;
    }
    size_t group = 0; /* first candidate of the current label (per_label) */
    for (size_t i = 0; i < n; i++) {
        if (per_label && i > group && strcmp(ord[i]->cat->id, ord[group]->cat->id) != 0) {
            /* a new label: forget the previous label's bytes */
            for (size_t k = group; k < i; k++)
                if (a->keep[ord[k] - a->cand])
                    span_set(a->bits, ord[k]->start, ord[k]->end, 0);
            group = i;
        }
        const struct mention *m = ord[i];
        if (m->end > doc->len || !span_free(a->bits, m->start, m->end))
            continue;
        span_set(a->bits, m->start, m->end, 1);
        a->keep[m - a->cand] = 1;
    }
    for (size_t k = group; k < n; k++)
        if (a->keep[ord[k] - a->cand])
            span_set(a->bits, ord[k]->start, ord[k]->end, 0);
}

/* Moves the candidates (sorted by start, as the matcher returns them) into
 * the accepted list under the overlap policy.  Candidates that overlap no
 * other are kept as they are; the policy (choose_run) only runs over each
 * maximal run of overlapping candidates, which no other run touches, so
 * the result is that of one run over all of them at a fraction of the
 * cost (most mentions overlap nothing). */
static int choose(struct actors *a, int policy, const rp_doc *doc)
{
    a->n_acc = 0;
    a->acc_max_len = 0;
    if (a->n_cand == 0)
        return 0;
    if (grow((void **)&a->acc, &a->cap_acc, a->n_cand, sizeof *a->acc))
        return -1;
    if (policy == RP_OVERLAP_ALL) {
        for (size_t i = 0; i < a->n_cand; i++) {
            a->acc[a->n_acc++] = a->cand[i];
            if (a->cand[i].end - a->cand[i].start > a->acc_max_len)
                a->acc_max_len = a->cand[i].end - a->cand[i].start;
        }
        return 0;
    }
    size_t words = (size_t)(doc->len / 64 + 1);
    if (grow((void **)&a->order, &a->cap_order, a->n_cand, sizeof(struct mention *)) ||
        grow((void **)&a->bits, &a->cap_bits, words, sizeof *a->bits) ||
        grow((void **)&a->keep, &a->cap_keep, a->n_cand, 1))
        return -1;
    memset(a->bits, 0, words * sizeof *a->bits);
    memset(a->keep, 0, a->n_cand);
    int per_label = policy == RP_OVERLAP_LONGEST_PER_CAT;
    int sorted = 1;
    for (size_t i = 1; i < a->n_cand && sorted; i++)
        sorted = a->cand[i - 1].start <= a->cand[i].start;
    if (!sorted) { /* not as the matcher promises: one run over them all */
        choose_run(a, per_label, doc, 0, a->n_cand);
    } else {
        for (size_t i = 0; i < a->n_cand;) {
            size_t j = i + 1;
            uint64_t end = a->cand[i].end;
            for (; j < a->n_cand && a->cand[j].start < end; j++)
                if (a->cand[j].end > end)
                    end = a->cand[j].end;
            if (j == i + 1)
                a->keep[i] = a->cand[i].end <= doc->len;
            else
                choose_run(a, per_label, doc, i, j);
            i = j;
        }
    }
    for (size_t i = 0; i < a->n_cand; i++)
        if (a->keep[i]) {
            a->acc[a->n_acc++] = a->cand[i];
            if (a->cand[i].end - a->cand[i].start > a->acc_max_len)
                a->acc_max_len = a->cand[i].end - a->cand[i].start;
        }
    return 0;
}

/* ------------------------------------------------------------------ */
/* acronyms the document defines                                        */

/* Words that name a body: a long form ending in a capitalised name that
 * contains one of them ("International Trade Centre") is an organisation. */
static int is_head_word(const char *s, size_t n)
{
    static const char *const heads[] = {
        "agency", "alliance", "association", "assembly", "authority", "bank", "board",
        "bureau", "centre", "center", "coalition", "commission", "committee", "community",
        "conference", "corporation", "council", "court", "department", "directorate",
        "division", "facility", "federation", "forum", "foundation", "fund", "group",
        "initiative", "institute", "institution", "league", "mechanism", "ministry", "mission",
        "movement", "network", "office", "organisation", "organization", "panel",
        "parliament", "partnership", "programme", "program", "secretariat", "service",
        "society", "team", "tribunal", "union", "unit", "university", "observatory"};
    char w[24];
    if (n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)lower((unsigned char)s[i]);
    w[n] = '\0';
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (!strcmp(w, heads[i]))
            return 1;
    return 0;
}


/* Does [s, e) of the text read like the name of a body: two or more words,
 * every word but function words capitalised, one of them a head word? */
static int looks_like_body(const char *text, uint64_t s, uint64_t e)
{
    int words = 0, head = 0;
    uint64_t i = s;
    while (i < e) {
        while (i < e && !is_alnum((unsigned char)text[i]) && (unsigned char)text[i] < 0x80)
            i++;
        uint64_t w = i;
        while (i < e && (is_alnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80 ||
                         text[i] == '\'' || text[i] == '-'))
            i++;
        if (i == w)
            break;
        size_t n = (size_t)(i - w);
        words++;
        if (is_function_word(text + w, n))
            continue;
        if (is_lower((unsigned char)text[w]))
            return 0;
        /* a hyphenated word ("Inter-Parliamentary") counts by its parts */
        size_t p = 0;
        while (p < n) {
            size_t q = p;
            while (q < n && text[w + q] != '-')
                q++;
            if (is_head_word(text + w + p, q - p))
                head = 1;
            p = q + 1;
        }
    }
    return words >= 2 && head;
}

/* Is the token [s, e) shaped like an acronym: 2..16 bytes of ASCII letters,
 * digits, '-' and '&', an upper-case first letter and at least two
 * upper-case letters (OHCHR, UN-Women, AfDB, NHRIs)? */
static int acronym_shape(const char *s, size_t n)
{
    if (n < 2 || n > ACRO_MAX_LEN || !is_upper((unsigned char)s[0]))
        return 0;
    int upper = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_upper(c))
            upper++;
        else if (!is_lower(c) && !is_digit(c) && c != '-' && c != '&')
            return 0;
    }
    return upper >= 2;
}

/* Schwartz & Hearst (2003): the start of the long form whose letters the
 * acronym abbreviates, searching [ws, pe) backwards; -1 if none. The
 * acronym's first letter must begin a word. */
static int64_t long_form_start(const char *text, uint64_t ws, uint64_t pe, const char *acr,
                               size_t an)
{
    int64_t l = (int64_t)(pe - ws) - 1;
    const char *lf = text + ws;
    int64_t si = (int64_t)an - 1;
    int seen = 0;
    while (si >= 0) {
        unsigned char c = lower((unsigned char)acr[si]);
        if (!is_alnum(c)) {
            si--;
            continue;
        }
        while (l >= 0 && (lower((unsigned char)lf[l]) != c ||
                          (si == 0 && l > 0 && (is_alnum((unsigned char)lf[l - 1]) ||
                                                (unsigned char)lf[l - 1] >= 0x80))))
            l--;
        if (l < 0)
            return -1;
        seen++;
        l--;
        si--;
    }
    return seen ? (int64_t)ws + l + 1 : -1;
}

/* The start of the long form whose content words' initials spell the
 * acronym ("International Trade Centre (ITC)"), allowing one trailing
 * content word outside the acronym ("Multinational Security Support
 * Mission (MSS)"); function words in between are kept ("Office for ...
 * (OHRLLS)").  -1 when the initials do not spell it. */
static int64_t initials_start(const char *text, uint64_t ws, uint64_t pe, const char *acr,
                              size_t an)
{
    char want[ACRO_MAX_LEN];
    size_t nw = 0;
    for (size_t i = 0; i < an; i++)
        if (is_alnum((unsigned char)acr[i]))
            want[nw++] = (char)lower((unsigned char)acr[i]);
    if (nw < 2)
        return -1;
    for (int skip = 0; skip <= 1; skip++) {
        /* walk the words backwards, matching initials from the acronym's end */
        uint64_t i = pe;
        size_t k = nw;
        int skipped = 0, ok = 1;
        while (k > 0 && i > ws) {
            while (i > ws && !is_alnum((unsigned char)text[i - 1]) &&
                   (unsigned char)text[i - 1] < 0x80)
                i--;
            uint64_t e = i;
            while (i > ws &&
                   (is_alnum((unsigned char)text[i - 1]) || (unsigned char)text[i - 1] >= 0x80))
                i--;
            if (i == e)
                break;
            if (is_function_word(text + i, (size_t)(e - i)))
                continue;
            if (skipped < skip) {
                skipped++;
                continue;
            }
            if (lower((unsigned char)text[i]) != (unsigned char)want[k - 1]) {
                ok = 0;
                break;
            }
            k--;
        }
        if (ok && k == 0)
            return (int64_t)i;
    }
    return -1;
}

/* The accepted gazetteer mention that ends the long form [lf, pe), if any. */
static const struct mention *mention_ending(const struct actors *a, const char *text,
                                            uint64_t lf, uint64_t pe)
{
    uint64_t end = pe;
    while (end > lf && is_space((unsigned char)text[end - 1]))
        end--;
    for (size_t i = acc_lower(a, lf > a->acc_max_len ? lf - a->acc_max_len : 0); i < a->n_acc; i++) {
        const struct mention *m = &a->acc[i];
        if (m->start >= end)
            break;
        if (m->end == end && m->cat && !m->learned)
            return m;
    }
    return NULL;
}

/* The accepted mention exactly covering [s, e), or NULL. */
static struct mention *mention_at(struct actors *a, uint64_t s, uint64_t e)
{
    size_t i = acc_lower(a, s);
    if (i < a->n_acc && a->acc[i].start == s && a->acc[i].end == e)
        return &a->acc[i];
    return NULL;
}

static int find_acro(const struct actors *a, const char *s, size_t n)
{
    for (size_t k = 0; k < a->n_acros; k++)
        if (a->acros[k].text_len == n && !memcmp(a->str + a->acros[k].text, s, n))
            return (int)k;
    return -1;
}

/* A definition "Long Form (ACR)" at token t: 0 when there is none or it
 * was learnt, 1 when no more acronyms fit, -1 out of memory. */
static int define_at(struct actors *a, const rp_doc *doc, uint32_t t)
{
    const char *text = doc->text;
    const rp_token *tk = &doc->tokens[t];
    size_t n = (size_t)(tk->end - tk->start);
    const char *s = text + tk->start;
    if (tk->start == 0 || text[tk->start - 1] != '(' || tk->end >= doc->len ||
        text[tk->end] != ')' || !acronym_shape(s, n) || in_address(doc, t))
        return 0;
    size_t an = n;
    if (s[n - 1] == 's' && is_upper((unsigned char)s[n - 2]))
        an--; /* NHRIs: the acronym is NHRI */
    if (find_acro(a, s, an) >= 0)
        return 0;
    if (a->n_acros >= MAX_ACROS)
        return 1; /* a real document defines a few dozen */
    /* the window of words before "(": at most min(|A| + 5, 2|A|) */
    uint64_t pe = tk->start - 1;
    size_t maxw = an + 5 < 2 * an ? an + 5 : 2 * an;
    uint64_t ws = pe;
    size_t words = 0;
    uint32_t p0 = t;
    if (p0 > 0 && doc->tokens[p0 - 1].start == pe)
        p0--; /* the "(" itself */
    for (uint32_t p = p0; p > 0 && words < maxw; p--) {
        const rp_token *pt = &doc->tokens[p - 1];
        if (pt->sentence != tk->sentence || pt->end > pe)
            break;
        if (pt->flags & (RP_TOK_FOOTNOTE | RP_TOK_SYMBOL))
            break;
        if (pt->norm_len == 1 && (pt->norm[0] == '(' || pt->norm[0] == ')' ||
                                  pt->norm[0] == ';' || pt->norm[0] == ':'))
            break;
        ws = pt->start;
        if (pt->flags & RP_TOK_ALPHA)
            words++;
    }
    if (ws == pe)
        return 0;
    int64_t lf = initials_start(text, ws, pe, s, an);
    if (lf < 0)
        lf = long_form_start(text, ws, pe, s, an);
    if (lf < 0)
        return 0;
    uint64_t lfe = pe;
    while (lfe > (uint64_t)lf && is_space((unsigned char)text[lfe - 1]))
        lfe--;
    if (lfe - (uint64_t)lf > 400)
        return 0; /* no body's name is that long: a run-on token */
    const struct mention *g = mention_ending(a, text, (uint64_t)lf, pe);
    /* the gazetteer name must be what the acronym abbreviates, not
     * only its last words: "Convention on the Rights of Persons with
     * Disabilities (CRPD)" is not the group persons with disabilities,
     * "Working Group on the Universal Periodic Review (UPR)" defines
     * UPR for the Review, not for the Working Group */
    if (g && (lower((unsigned char)text[g->start]) != lower((unsigned char)s[0]) ||
              g->start > (uint64_t)lf))
        g = NULL;
    struct mention *self = mention_at(a, tk->start, tk->end);
    if (!g && !looks_like_body(text, (uint64_t)lf, lfe))
        return 0;
    /* A known acronym after a name the gazetteer lacks ("United
     * Nations Children Fund (UNICEF)"): the long form is that actor. */
    const struct catinfo *known = !g && self && self->cat && !self->learned ? self->cat : NULL;
    if (grow((void **)&a->acros, &a->cap_acros, a->n_acros + 1, sizeof *a->acros))
        return -1;
    struct acro *ac = &a->acros[a->n_acros];
    char up[ACRO_MAX_LEN + 1];
    for (size_t i = 0; i < an; i++)
        up[i] = is_lower((unsigned char)s[i]) ? (char)(s[i] - 32) : s[i];
    ac->text = str_add(a, s, an);
    ac->label = str_add(a, up, an);
    uint64_t nfrom = g && g->start < (uint64_t)lf ? g->start : (uint64_t)lf;
    ac->name = str_add_spaced(a, text + nfrom, (size_t)(lfe - nfrom));
    if (ac->text == (size_t)-1 || ac->label == (size_t)-1 || ac->name == (size_t)-1)
        return -1;
    ac->text_len = (uint32_t)an;
    ac->def_start = tk->start;
    ac->cat = g ? g->cat : known;
    int k = (int)a->n_acros++;
    int l = lower((unsigned char)s[0]) - 'a'; /* s[0] is A-Z (acronym_shape) */
    ac->next = -1;
    if (a->acro_tail[l] >= 0)
        a->acros[a->acro_tail[l]].next = k;
    else
        a->acro_head[l] = k;
    a->acro_tail[l] = k;
    if (!g) {
        /* the long form itself is a mention of the actor; names inside
         * it ("United Nations") are part of it */
        struct mention m = {.start = (uint64_t)lf, .end = lfe, .tok_begin = RP_NONE,
                            .tok_end = RP_NONE, .cat = known, .entry = NULL, .acro = k,
                            .learned = 1, .longform = 1};
        acc_remove_inside(a, m.start, m.end);
        if (!acc_conflict(a, &m, 0) && acc_insert(a, &m))
            return -1;
    }
    return 0;
}

/* Pass 1: the definitions "Long Form (ACR)", in token order.  The token
 * of one follows a "(" right away, and few bytes are "(": memchr finds
 * them in each block's bytes and a binary search their token, as a
 * block's tokens are sorted by start and the blocks hold the tokens in
 * order (checked; else every token is tested). */
static int find_definitions(struct actors *a, const rp_doc *doc)
{
    const char *text = doc->text;
    const rp_token *tks = doc->tokens;
    for (int l = 0; l < 26; l++)
        a->acro_head[l] = a->acro_tail[l] = -1;
    uint32_t covered = 0;
    for (uint32_t b = 0; b < doc->n_blocks && covered != RP_NONE; b++)
        covered = doc->blocks[b].tok_begin == covered && doc->blocks[b].tok_end >= covered &&
                          doc->blocks[b].tok_end <= doc->n_tokens
                      ? doc->blocks[b].tok_end
                      : RP_NONE;
    if (covered != doc->n_tokens) {
        for (uint32_t t = 0; t < doc->n_tokens; t++) {
            if (tks[t].start == 0 || text[tks[t].start - 1] != '(')
                continue;
            int rc = define_at(a, doc, t);
            if (rc)
                return rc < 0 ? -1 : 0;
        }
        return 0;
    }
    for (uint32_t b = 0; b < doc->n_blocks; b++) {
        uint32_t tb = doc->blocks[b].tok_begin, te = doc->blocks[b].tok_end;
        if (tb == te)
            continue;
        uint64_t lo = tks[tb].start ? tks[tb].start - 1 : 0, hi = tks[te - 1].start;
        if (hi <= lo || hi > doc->len)
            continue;
        uint32_t cur = tb;
        for (const char *q = memchr(text + lo, '(', (size_t)(hi - lo)); q != NULL;
             q = memchr(q + 1, '(', (size_t)(hi - (uint64_t)(q + 1 - text)))) {
            uint64_t at = (uint64_t)(q - text) + 1;
            uint32_t l = cur, h = te;
            while (l < h) {
                uint32_t mid = l + (h - l) / 2;
                if (tks[mid].start < at)
                    l = mid + 1;
                else
                    h = mid;
            }
            cur = l;
            if (cur == te)
                break;
            if (tks[cur].start != at)
                continue;
            int rc = define_at(a, doc, cur);
            if (rc)
                return rc < 0 ? -1 : 0;
        }
    }
    return 0;
}

/* Which acronym a form is (memoised per norm_id): 0 none, else k + 1. */
static uint32_t acro_of_form(struct actors *a, const rp_token *tk)
{
    uint32_t id = tk->norm_id;
    if (id < a->cap_memo && a->form_memo[id])
        return a->form_memo[id] - 1;
    uint32_t r = 0;
    unsigned char c0 = (unsigned char)tk->norm[0];
    int32_t k = c0 >= 'a' && c0 <= 'z' ? a->acro_head[c0 - 'a'] : -1;
    for (; k >= 0 && !r; k = a->acros[k].next) {
        const char *s = a->str + a->acros[k].text;
        size_t n = a->acros[k].text_len;
        if (tk->norm_len != n && tk->norm_len != n + 1)
            continue;
        size_t i = 0;
        while (i < n && lower((unsigned char)s[i]) == (unsigned char)tk->norm[i])
            i++;
        if (i == n && (tk->norm_len == n || tk->norm[n] == 's'))
            r = (uint32_t)k + 1;
    }
    if (id < a->cap_memo) {
        a->form_memo[id] = r + 1;
        if (a->n_touched < a->cap_touched)
            a->touched[a->n_touched++] = id;
    }
    return r;
}

static int cmp_start(const void *x, const void *y)
{
    const struct mention *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

/* Merges the mentions found through acronyms (a->extra) into the accepted
 * list, keeping it sorted by start; the candidates' buffer is the scratch. */
static int merge_extra(struct actors *a)
{
    qsort(a->extra, a->n_extra, sizeof *a->extra, cmp_start);
    size_t n = a->n_acc + a->n_extra;
    if (grow((void **)&a->cand, &a->cap_cand, n, sizeof *a->cand))
        return -1;
    size_t i = 0, j = 0, k = 0;
    while (i < a->n_acc || j < a->n_extra) {
        if (j == a->n_extra || (i < a->n_acc && a->acc[i].start <= a->extra[j].start))
            a->cand[k++] = a->acc[i++];
        else
            a->cand[k++] = a->extra[j++];
    }
    struct mention *t = a->acc;
    size_t tc = a->cap_acc;
    a->acc = a->cand;
    a->cap_acc = a->cap_cand;
    a->cand = t;
    a->cap_cand = tc;
    a->n_acc = n;
    a->n_cand = 0;
    a->n_extra = 0;
    return 0;
}

/* The first capitalised word at or after token t, or n: where a use of an
 * acronym can be (it starts with the acronym's bytes, an upper-case letter
 * first).  A loop of its own, over a pointer, so that it stays tight. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint32_t next_cap(const rp_token *tks, uint32_t t, uint32_t n)
{
    const rp_token *p = tks + t, *e = tks + n;
    /* four at a time over the lower-case words, the most of them */
    while (e - p >= 4 && !((p[0].flags | p[1].flags | p[2].flags | p[3].flags) & RP_TOK_CAPITALIZED))
        p += 4;
    while (p < e && (p->flags & (RP_TOK_ALPHA | RP_TOK_CAPITALIZED)) !=
                        (RP_TOK_ALPHA | RP_TOK_CAPITALIZED))
        p++;
    return (uint32_t)(p - tks);
}

/* Pass 2: every use of a defined acronym from its definition on. */
static int find_uses(struct actors *a, const rp_doc *doc)
{
    size_t nf = doc->n_forms;
    if (nf > a->cap_memo) {
        uint32_t *m = realloc(a->form_memo, nf * sizeof *m);
        if (!m)
            return -1;
        memset(m + a->cap_memo, 0, (nf - a->cap_memo) * sizeof *m);
        a->form_memo = m;
        a->cap_memo = nf;
    }
    if (grow((void **)&a->touched, &a->cap_touched, a->cap_memo, sizeof *a->touched))
        return -1;
    a->n_touched = 0;
    int rc = 0;
    for (uint32_t t = next_cap(doc->tokens, 0, doc->n_tokens); t < doc->n_tokens && rc == 0;
         t = next_cap(doc->tokens, t + 1, doc->n_tokens)) {
        const rp_token *tk = &doc->tokens[t];
        if (tk->norm_len > ACRO_MAX_LEN + 1)
            continue;
        uint32_t k1 = acro_of_form(a, tk);
        if (!k1)
            continue;
        const struct acro *ac = &a->acros[k1 - 1];
        const char *s = doc->text + tk->start;
        size_t n = (size_t)(tk->end - tk->start);
        if (tk->start < ac->def_start || in_address(doc, t))
            continue;
        if (memcmp(s, a->str + ac->text, ac->text_len) != 0 ||
            (n != ac->text_len && !(n == ac->text_len + 1 && s[n - 1] == 's')))
            continue; /* case-sensitive: "WHO" and "who" share a form */
        struct mention m = {.start = tk->start, .end = tk->end, .tok_begin = t,
                            .tok_end = t + 1, .cat = ac->cat, .entry = NULL,
                            .acro = (int32_t)(k1 - 1), .learned = 1, .longform = 0};
        struct mention *g = mention_at(a, tk->start, tk->end);
        if (g) {
            /* the gazetteer knows this acronym as someone else: the
             * document's own definition wins */
            if (ac->cat && g->cat != ac->cat && strcmp(g->cat->id, ac->cat->id) != 0)
                *g = m;
            continue;
        }
        if (acc_conflict(a, &m, 0))
            continue;
        if (grow((void **)&a->extra, &a->cap_extra, a->n_extra + 1, sizeof *a->extra))
            rc = -1;
        else
            a->extra[a->n_extra++] = m;
    }
    for (size_t i = 0; i < a->n_touched; i++)
        a->form_memo[a->touched[i]] = 0;
    a->n_touched = 0;
    if (rc == 0 && a->n_extra)
        rc = merge_extra(a);
    return rc;
}

/* ------------------------------------------------------------------ */
/* process                                                              */

static int emit_mention(struct actors *a, const struct mention *m, rp_sink *sink)
{
    rp_kv kv[8];
    uint32_t n = 0;
    const struct acro *ac = m->acro >= 0 ? &a->acros[m->acro] : NULL;
    const char *label;
    if (m->cat) {
        label = m->cat->id;
        kv[n++] = (rp_kv){"kind", kind_names[m->cat->kind]};
        kv[n++] = (rp_kv){"name", m->cat->name};
    } else {
        label = a->str + ac->label;
        kv[n++] = (rp_kv){"kind", kind_names[K_ORGANIZATION]};
        kv[n++] = (rp_kv){"name", a->str + ac->name};
    }
    if (m->entry)
        kv[n++] = (rp_kv){"entry", m->entry};
    else if (ac)
        kv[n++] = (rp_kv){"entry", m->longform ? a->str + ac->name : a->str + ac->text};
    if (m->cat && m->cat->iso3 && m->cat->kind == K_COUNTRY)
        kv[n++] = (rp_kv){"iso3", m->cat->iso3};
    if (m->cat && m->cat->demonym)
        kv[n++] = (rp_kv){"demonym", "yes"};
    if (m->cat && m->cat->former)
        kv[n++] = (rp_kv){"former", "yes"};
    if (m->learned)
        kv[n++] = (rp_kv){"learned", "yes"};
    /* a run that reads no attributes (count) gets none */
    if (RP_HOST_DROPS(a->host, RP_EMIT_NO_ATTRS))
        n = 0;
    rp_annotation an = {.label = label, .start = m->start, .end = m->end, .attrs = n ? kv : NULL,
                        .n_attrs = n, .reserved = 0};
    return a->host->emit(sink, &an);
}

static int actors_process(void *state, const rp_doc *doc, rp_sink *sink, char *err,
                          size_t errlen)
{
    struct actors *a = state;
    a->n_cand = a->n_acc = a->n_acros = a->n_str = a->n_extra = 0;
    a->acc_max_len = 0;
    if (doc->n_tokens == 0)
        return RP_OK;

    const rp_lexmatch *ms = NULL;
    size_t nm = 0;
    if (a->host->matcher_run(a->matcher, doc, &ms, &nm) != RP_OK) {
        errf(err, errlen, "lexicon matching failed");
        return RP_ERR;
    }
    const struct lexdata *d = NULL;
    for (size_t i = 0; i < nm; i++) {
        const rp_lexmatch *m = &ms[i];
        if (!d || d->lex != m->lexicon) /* runs of matches share a lexicon */
            d = lexdata_of(a, m->lexicon);
        if (!d || m->cat >= d->info->n_cats || m->entry >= d->info->n_entries)
            continue;
        const struct catinfo *ci = &d->cats[m->cat];
        if (!keep_match(doc, m, ci, d->eflags[m->entry], d->info->entries[m->entry].term))
            continue;
        if (grow((void **)&a->cand, &a->cap_cand, a->n_cand + 1, sizeof *a->cand))
            goto oom;
        /* "Iran (Islamic Republic of)": the closing parenthesis is not a
         * word, so the match stops before it; give it back */
        uint64_t end = m->end;
        if ((d->eflags[m->entry] & E_PAREN) && end < doc->len && doc->text[end] == ')')
            end++;
        a->cand[a->n_cand++] = (struct mention){.start = m->start, .end = end,
                                                .tok_begin = m->tok_begin,
                                                .tok_end = m->tok_end, .cat = ci,
                                                .entry = d->info->entries[m->entry].term,
                                                .acro = -1, .learned = 0, .longform = 0};
    }
    if (choose(a, a->overlap, doc))
        goto oom;
    if (find_definitions(a, doc))
        goto oom;
    if (a->n_acros && find_uses(a, doc))
        goto oom;
    for (size_t i = 0; i < a->n_acc; i++)
        if (emit_mention(a, &a->acc[i], sink) != RP_OK) {
            errf(err, errlen, "the host refused an annotation at byte %llu",
                 (unsigned long long)a->acc[i].start);
            return RP_ERR;
        }
    return RP_OK;
oom:
    errf(err, errlen, "out of memory");
    return RP_ERR;
}

static const rp_option actors_options[] = {
    {"lexicon", "add a gazetteer lexicon (may repeat); a category's kind=country|"
                "organization|group|person-role (default organization)"},
    {"defaults", "yes|no: load the shipped lexicons (default yes)"},
    {"demonyms", "yes|no: also match demonyms (\"Swedish\" -> SWE; default no)"},
    {"overlap", "longest (default) | longest-per-category | all"},
    {NULL, NULL},
};

/* The one exported symbol, `rp_plugin` (C name actors_plugin: see
 * RP_PLUGIN_DEFINE in plugin.h). */
RP_PLUGIN_DEFINE(actors_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .flags = RP_PLUGIN_DEFAULT,
    .name = "actors",
    .version = ACTORS_VERSION,
    .description = "who is mentioned: States (ISO3), UN entities and other bodies, groups, roles",
    .options = actors_options,
    .open = actors_open,
    .process = actors_process,
    .labels = actors_labels,
    .close = actors_close,
};
