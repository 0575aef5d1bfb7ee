/*
 * themes.c -- the "themes" plugin: thematic tags from theme lexicons.
 *
 * The plugin is deliberately thin.  At open() it loads every theme
 * lexicon through the host (the shipped lexicons/sdg.lex and
 * lexicons/upr-issues.lex unless defaults=no, plus each lexicon=FILE),
 * keeps those whose scheme the optional scheme= option allows, and builds
 * one matcher over them with the requested overlap policy.  The lexicons
 * are compiled and cached by the host and shared between instances; the
 * matcher (which memoises per-form lookups) belongs to this instance.
 * process() runs the matcher, which is linear in tokens, and emits one
 * annotation per match: label = the category (theme) id, attrs scheme,
 * entry (the lexicon term as written), path (the category's parent chain,
 * "sdg5" or "sdg5/sdg5.2"), weight when it is not 1, and the entry's own
 * attributes.  With the shipped lexicons, a match inside a web address (a
 * run of non-blank characters holding "://" or "www.", as in footnotes
 * that cite ".../un_policy_brief_on_debt_relief.pdf") is not a mention of
 * the theme and is not emitted; a lexicon given with lexicon=FILE counts
 * every match its own rules make (so --lexicon bench/themes.tsv --overlap
 * all gives the benchmark peers' table cell for cell).  labels() lists
 * every category id of every loaded lexicon in lexicon order, which gives
 * `count --wide` its columns.
 *
 * Everything is static except the exported rp_plugin; all mutable state
 * lives in the instance (one per worker thread).
 */
#include <rapporteur/plugin.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The lexicons loaded when defaults=yes, from host->lexicon_dir. */
static const char *const default_lexicons[] = {"sdg.lex", "upr-issues.lex"};

/* Attribute keys the plugin itself sets; an entry attribute with one of
 * these names is not passed on (the plugin's value wins). */
static const char *const own_keys[] = {"scheme", "entry", "path", "weight"};

typedef struct themes_lex {
    const rp_lexicon *lex;
    const rp_lexinfo *info;
    char **paths;  /* per category: "parent/child" chain of ids, made the
                      first time a category is emitted */
    int skip_urls; /* a shipped lexicon: drop matches inside web addresses */
} themes_lex;

typedef struct themes {
    const rp_host *host;
    themes_lex *lexs;
    size_t n_lexs;
    rp_matcher *matcher;
    const char **labels; /* distinct category ids, lexicon order */
    size_t n_labels;
    rp_kv *attrs;        /* scratch for one annotation's attributes */
    size_t attrs_cap;
} themes;

static void set_err(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (!err || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Is s one of the comma-separated names in list? */
static int in_list(const char *list, const char *s)
{
    size_t n = strlen(s);
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, s, n) == 0)
            return 1;
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

/* An attribute key the host accepts: [a-z][a-z0-9_]*. */
static int valid_key(const char *k)
{
    if (!k || !(*k >= 'a' && *k <= 'z'))
        return 0;
    for (k++; *k; k++)
        if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_'))
            return 0;
    return 1;
}

static int own_key(const char *k)
{
    for (size_t i = 0; i < sizeof own_keys / sizeof own_keys[0]; i++)
        if (strcmp(k, own_keys[i]) == 0)
            return 1;
    return 0;
}

/* Deepest category nesting a path spells out (the nearest ancestors). */
#define PATH_DEPTH_MAX 32

/* The parent chain of category c as "root/.../c", at most PATH_DEPTH_MAX
 * ids: a hostile lexicon's long or cyclic chain costs bounded time and
 * memory. */
static char *cat_path(const rp_lexinfo *info, uint32_t c)
{
    uint32_t depth = 0, i = c;
    size_t len = 0;
    while (i != RP_NONE && i < info->n_cats && depth < PATH_DEPTH_MAX) {
        len += strlen(info->cats[i].id) + 1;
        depth++;
        i = info->cats[i].parent;
    }
    char *s = malloc(len ? len : 1);
    if (!s)
        return NULL;
    s[len ? len - 1 : 0] = '\0';
    size_t end = len ? len - 1 : 0;
    i = c;
    for (uint32_t d = 0; d < depth; d++) {
        const char *id = info->cats[i].id;
        size_t n = strlen(id);
        end -= n;
        memcpy(s + end, id, n);
        if (end > 0)
            s[--end] = '/';
        i = info->cats[i].parent;
    }
    return s;
}

/* Open-addressing set of strings, used once at open() to keep the label
 * list free of duplicates (two lexicons may share a category id). */
static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static int build_labels(themes *t, char *err, size_t errlen)
{
    size_t total = 0;
    for (size_t l = 0; l < t->n_lexs; l++)
        total += t->lexs[l].info->n_cats;
    t->labels = calloc(total ? total : 1, sizeof *t->labels);
    size_t cap = 16;
    while (cap < 2 * total)
        cap *= 2;
    const char **set = calloc(cap, sizeof *set);
    if (!t->labels || !set) {
        free(set);
        set_err(err, errlen, "out of memory");
        return -1;
    }
    for (size_t l = 0; l < t->n_lexs; l++) {
        const rp_lexinfo *info = t->lexs[l].info;
        for (uint32_t c = 0; c < info->n_cats; c++) {
            const char *id = info->cats[c].id;
            size_t h = (size_t)hash_str(id) & (cap - 1);
            while (set[h] && strcmp(set[h], id) != 0)
                h = (h + 1) & (cap - 1);
            if (set[h])
                continue;
            set[h] = id;
            t->labels[t->n_labels++] = id;
        }
    }
    free(set);
    return 0;
}

static void themes_close(void *state)
{
    themes *t = state;
    if (!t)
        return;
    if (t->matcher)
        t->host->matcher_free(t->matcher);
    for (size_t l = 0; l < t->n_lexs; l++) {
        if (t->lexs[l].paths) {
            for (uint32_t c = 0; c < t->lexs[l].info->n_cats; c++)
                free(t->lexs[l].paths[c]);
            free(t->lexs[l].paths);
        }
        t->host->lexicon_close(t->host, t->lexs[l].lex);
    }
    free(t->lexs);
    free(t->labels);
    free(t->attrs);
    free(t);
}

/* Loads one lexicon and keeps it unless the scheme filter excludes it.
 * Returns 0 (kept or skipped) or -1 with err set. */
static int add_lexicon(themes *t, const char *path, int shipped, const char *schemes, char *err,
                       size_t errlen)
{
    char lerr[512] = "";
    const rp_lexicon *lex = t->host->lexicon_open(t->host, path, NULL, lerr, sizeof lerr);
    if (!lex) {
        set_err(err, errlen, "lexicon %s: %s", path, lerr[0] ? lerr : "cannot load");
        return -1;
    }
    const rp_lexinfo *info = t->host->lexicon_info(lex);
    if (schemes && !in_list(schemes, info->scheme)) {
        t->host->lexicon_close(t->host, lex);
        return 0;
    }
    /* The same lexicon twice (the same file given again, or the same bytes
     * under another path) would double every match: keep the first. */
    for (size_t l = 0; l < t->n_lexs; l++) {
        const rp_lexinfo *o = t->lexs[l].info;
        if (t->lexs[l].lex == lex ||
            (o->checksum && info->checksum && strcmp(o->checksum, info->checksum) == 0 &&
             strcmp(o->lang, info->lang) == 0)) {
            t->host->lexicon_close(t->host, lex);
            return 0;
        }
    }
    themes_lex *v = realloc(t->lexs, (t->n_lexs + 1) * sizeof *v);
    if (!v) {
        t->host->lexicon_close(t->host, lex);
        set_err(err, errlen, "out of memory");
        return -1;
    }
    t->lexs = v;
    themes_lex *tl = &t->lexs[t->n_lexs++];
    tl->lex = lex;
    tl->info = info;
    tl->skip_urls = shipped;
    tl->paths = calloc(info->n_cats ? info->n_cats : 1, sizeof *tl->paths);
    if (!tl->paths) {
        set_err(err, errlen, "out of memory");
        return -1;
    }
    for (uint32_t e = 0; e < info->n_entries; e++) {
        size_t need = 4 + (size_t)info->entries[e].n_attrs;
        if (need > t->attrs_cap)
            t->attrs_cap = need;
    }
    return 0;
}

static int parse_overlap(const char *v)
{
    if (strcmp(v, "longest-per-category") == 0)
        return RP_OVERLAP_LONGEST_PER_CAT;
    if (strcmp(v, "all") == 0)
        return RP_OVERLAP_ALL;
    if (strcmp(v, "longest") == 0)
        return RP_OVERLAP_LONGEST;
    return -1;
}

static int themes_open(const rp_host *host, const char *const *opts, void **state, char *err,
                       size_t errlen)
{
    *state = NULL;
    if (RP_ABI_GET_MAJOR(host->abi_version) != RP_ABI_MAJOR) {
        set_err(err, errlen, "host ABI major %u, plugin built for %u",
                RP_ABI_GET_MAJOR(host->abi_version), (unsigned)RP_ABI_MAJOR);
        return RP_ERR;
    }
    int defaults = 1, overlap = RP_OVERLAP_LONGEST_PER_CAT;
    const char *schemes = NULL;
    size_t n_user = 0;
    /* First pass: settings (defaults=no may come after lexicon=F). */
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *o = opts[i], *eq = strchr(o, '=');
        if (!eq) {
            set_err(err, errlen, "option '%s': expected key=value", o);
            return RP_ERR;
        }
        size_t klen = (size_t)(eq - o);
        const char *v = eq + 1;
        if (klen == 7 && memcmp(o, "lexicon", 7) == 0) {
            if (!*v) {
                set_err(err, errlen, "option lexicon: empty file name");
                return RP_ERR;
            }
            n_user++;
        } else if (klen == 8 && memcmp(o, "defaults", 8) == 0) {
            if (strcmp(v, "yes") == 0)
                defaults = 1;
            else if (strcmp(v, "no") == 0)
                defaults = 0;
            else {
                set_err(err, errlen, "option defaults: expected yes or no, got '%s'", v);
                return RP_ERR;
            }
        } else if (klen == 7 && memcmp(o, "overlap", 7) == 0) {
            if ((overlap = parse_overlap(v)) < 0) {
                set_err(err, errlen,
                        "option overlap: expected all, longest-per-category or longest, got '%s'",
                        v);
                return RP_ERR;
            }
        } else if (klen == 6 && memcmp(o, "scheme", 6) == 0) {
            schemes = *v ? v : NULL;
        } else {
            set_err(err, errlen, "unknown option '%.*s'", (int)klen, o);
            return RP_ERR;
        }
    }
    if (!defaults && n_user == 0) {
        set_err(err, errlen, "defaults=no and no lexicon=FILE: nothing to match");
        return RP_ERR;
    }

    themes *t = calloc(1, sizeof *t);
    if (!t) {
        set_err(err, errlen, "out of memory");
        return RP_ERR;
    }
    t->host = host;
    if (defaults) {
        for (size_t i = 0; i < sizeof default_lexicons / sizeof default_lexicons[0]; i++) {
            /* The shipped file itself, not a namesake in the current
             * directory (a relative path is tried as given first); the
             * bare name when the directory does not hold it. */
            char path[4096];
            const char *name = default_lexicons[i];
            if (host->lexicon_dir &&
                (size_t)snprintf(path, sizeof path, "%s/%s", host->lexicon_dir, name) <
                    sizeof path &&
                access(path, R_OK) == 0)
                name = path;
            if (add_lexicon(t, name, 1, schemes, err, errlen) < 0)
                goto fail;
        }
    }
    for (size_t i = 0; opts && opts[i]; i++)
        if (strncmp(opts[i], "lexicon=", 8) == 0 &&
            add_lexicon(t, opts[i] + 8, 0, schemes, err, errlen) < 0)
            goto fail;
    if (t->n_lexs == 0) {
        set_err(err, errlen, "scheme=%s: no loaded lexicon has that scheme",
                schemes ? schemes : "");
        goto fail;
    }
    if (build_labels(t, err, errlen) < 0)
        goto fail;
    if (!(t->attrs = calloc(t->attrs_cap ? t->attrs_cap : 4, sizeof *t->attrs))) {
        set_err(err, errlen, "out of memory");
        goto fail;
    }
    {
        const rp_lexicon **v = malloc(t->n_lexs * sizeof *v);
        if (!v) {
            set_err(err, errlen, "out of memory");
            goto fail;
        }
        for (size_t l = 0; l < t->n_lexs; l++)
            v[l] = t->lexs[l].lex;
        t->matcher = host->matcher_new(host, v, t->n_lexs, overlap);
        free(v);
        if (!t->matcher) {
            set_err(err, errlen, "cannot create a matcher (out of memory)");
            goto fail;
        }
    }
    /* the plugin itself never reads sentences (its matcher says whether
     * the lexicons' phrases do), so a run that needs none skips them */
    if (RP_ABI_AT_LEAST(host->abi_version, 1, 1))
        host->doc_skip(host, RP_DOC_SENTENCES);
    *state = t;
    return RP_OK;
fail:
    themes_close(t);
    return RP_ERR;
}

/* The loaded lexicon a match came from (few lexicons: a linear scan). */
static themes_lex *lex_of(themes *t, const rp_lexicon *lex)
{
    for (size_t l = 0; l < t->n_lexs; l++)
        if (t->lexs[l].lex == lex)
            return &t->lexs[l];
    return NULL;
}

/* weight_milli as a decimal without trailing zeros: 500 -> "0.5". */
static void format_weight(char *buf, size_t len, uint32_t milli)
{
    unsigned int frac = milli % 1000u;
    if (frac == 0)
        snprintf(buf, len, "%u", milli / 1000u);
    else if (frac % 100u == 0)
        snprintf(buf, len, "%u.%u", milli / 1000u, frac / 100u);
    else if (frac % 10u == 0)
        snprintf(buf, len, "%u.%02u", milli / 1000u, frac / 10u);
    else
        snprintf(buf, len, "%u.%03u", milli / 1000u, frac);
}

/* How far the web-address test looks on each side of a match. */
#define URL_SCAN_MAX 2048

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Does the run of non-blank bytes around [start, end) look like a web
 * address?  Linear in the run's length (bounded by URL_SCAN_MAX). */
static int in_web_address(const rp_doc *doc, uint64_t start, uint64_t end)
{
    if (end > doc->len || start > end)
        return 0;
    const char *t = doc->text;
    uint64_t a = start, b = end;
    uint64_t lo = start > URL_SCAN_MAX ? start - URL_SCAN_MAX : 0;
    uint64_t hi = doc->len - end > URL_SCAN_MAX ? end + URL_SCAN_MAX : doc->len;
    while (a > lo && !is_blank(t[a - 1]))
        a--;
    while (b < hi && !is_blank(t[b]))
        b++;
    for (uint64_t i = a; i + 3 <= b; i++) {
        if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/')
            return 1;
        if (i + 4 <= b && (t[i] == 'w' || t[i] == 'W') && (t[i + 1] == 'w' || t[i + 1] == 'W') &&
            (t[i + 2] == 'w' || t[i + 2] == 'W') && t[i + 3] == '.')
            return 1;
    }
    return 0;
}

static int themes_process(void *state, const rp_doc *doc, rp_sink *sink, char *err,
                          size_t errlen)
{
    themes *t = state;
    const rp_lexmatch *m;
    size_t n;
    if (t->host->matcher_run(t->matcher, doc, &m, &n) != RP_OK) {
        set_err(err, errlen, "lexicon matcher failed");
        return RP_ERR;
    }
    themes_lex *tl = NULL;
    char wbuf[32];
    /* a run that reads no attributes (count) gets none */
    int attrs = !RP_HOST_DROPS(t->host, RP_EMIT_NO_ATTRS);
    for (size_t i = 0; i < n; i++) {
        if (!tl || tl->lex != m[i].lexicon)
            tl = lex_of(t, m[i].lexicon);
        if (!tl || m[i].cat >= tl->info->n_cats || m[i].entry >= tl->info->n_entries)
            continue; /* cannot happen with a sound matcher */
        if (tl->skip_urls && in_web_address(doc, m[i].start, m[i].end))
            continue;
        if (!attrs) {
            rp_annotation bare = {.label = tl->info->cats[m[i].cat].id, .start = m[i].start, .end = m[i].end};
            (void)t->host->emit(sink, &bare);
            continue;
        }
        const rp_lexentry *e = &tl->info->entries[m[i].entry];
        char **path = &tl->paths[m[i].cat];
        if (!*path && !(*path = cat_path(tl->info, m[i].cat))) {
            set_err(err, errlen, "out of memory");
            return RP_ERR;
        }
        size_t k = 0;
        t->attrs[k++] = (rp_kv){"scheme", tl->info->scheme};
        t->attrs[k++] = (rp_kv){"entry", e->term};
        t->attrs[k++] = (rp_kv){"path", *path};
        if (e->weight_milli != 1000) {
            format_weight(wbuf, sizeof wbuf, e->weight_milli);
            t->attrs[k++] = (rp_kv){"weight", wbuf};
        }
        for (uint32_t a = 0; a < e->n_attrs && k < t->attrs_cap; a++)
            if (valid_key(e->attrs[a].key) && !own_key(e->attrs[a].key) && e->attrs[a].value)
                t->attrs[k++] = e->attrs[a];
        rp_annotation an = {
            .label = tl->info->cats[m[i].cat].id,
            .start = m[i].start,
            .end = m[i].end,
            .attrs = t->attrs,
            .n_attrs = (uint32_t)k,
            .reserved = 0,
        };
        /* A rejected annotation is logged by the host; keep going. */
        (void)t->host->emit(sink, &an);
    }
    return RP_OK;
}

static int themes_labels(void *state, const char *const **labels, size_t *n)
{
    themes *t = state;
    *labels = t->labels;
    *n = t->n_labels;
    return RP_OK;
}

static const rp_option themes_options[] = {
    {"lexicon", "add a theme lexicon (.lex, .tsv, .dic, .dicx, .yml; may repeat)"},
    {"defaults", "yes|no: load the shipped lexicons sdg.lex and upr-issues.lex (default yes)"},
    {"overlap", "all|longest-per-category|longest (default longest-per-category)"},
    {"scheme", "only use lexicons of these schemes (comma list, e.g. sdg or upr-issues)"},
    {NULL, NULL},
};

RP_PLUGIN_DEFINE(themes_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .flags = RP_PLUGIN_DEFAULT,
    .name = "themes",
    .version = "0.1.0",
    .description = "thematic tags (SDGs, UPR human-rights issues, any theme lexicon)",
    .options = themes_options,
    .open = themes_open,
    .process = themes_process,
    .labels = themes_labels,
    .close = themes_close,
};
