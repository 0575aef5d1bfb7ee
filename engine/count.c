/*
 * count.c -- the frequency tables of `rapporteur count` (see count.h).
 *
 * A worker turns a document into a record of
 *     'G' key tokens          one per group the document contributes to
 *                             (its doc id, its metadata values, each of
 *                             its sections or blocks), with word tokens;
 *     'C' group plugin label n   one per distinct counted (group, plugin,
 *                             label) of the document, in first-seen order,
 *                             n (u64) its annotations;
 *     'X' group a b n         one per co-occurring (a, b) pair (--cross),
 *                             n = sentences in which both occur;
 * strings as u32 length + bytes, group as the u32 index of the document's
 * 'G' entry.  The main thread interns groups and labels in hash tables and
 * adds the counts into a cell table keyed by (group, label) -- or (group,
 * a, b) -- so the table costs memory per non-zero cell only.
 *
 * Row order: groups in input order (by doc, section, paragraph) or sorted
 * by their values in version order (by metadata: 2009 < 2010, "A" < "B");
 * within a group, plugins in the order they were declared, labels in the
 * order their plugin declares them, then in first-seen order.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "doc.h"

/* ---- options -------------------------------------------------------------- */

int rp_countopts_by(rp_countopts *o, const char *spec, char *const *cols, size_t n_cols)
{
    o->by = RP_BY_DOC;
    if (!spec || strcmp(spec, "doc") == 0)
        return 0;
    if (strcmp(spec, "section") == 0) {
        o->by = RP_BY_SECTION;
        return 0;
    }
    if (strcmp(spec, "paragraph") == 0 || strcmp(spec, "para") == 0) {
        o->by = RP_BY_PARAGRAPH;
        return 0;
    }
    RP_VEC(const char *) v = {0};
    const char *p = spec;
    for (;;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        size_t i;
        for (i = 0; i < n_cols; i++)
            if (strlen(cols[i]) == len && memcmp(cols[i], p, len) == 0)
                break;
        if (i == n_cols) {
            rp_error("--by: '%.*s' is neither doc, section, paragraph nor a metadata column of "
                     "the input%s", (int)len, p, n_cols ? "" : " (metadata come from a manifest)");
            RP_VEC_FREE(v);
            return -1;
        }
        RP_VEC_PUSH(v) = cols[i];
        if (!e)
            break;
        p = e + 1;
    }
    o->by = RP_BY_META;
    o->by_cols = v.v;
    o->n_by = v.n;
    return 0;
}

int rp_countopts_cross(rp_countopts *o, const char *spec)
{
    const char *comma = strchr(spec, ',');
    const char *parts[2] = {spec, comma ? comma + 1 : NULL};
    size_t lens[2] = {comma ? (size_t)(comma - spec) : strlen(spec), comma ? strlen(comma + 1) : 0};
    for (int k = 0; k < 2; k++) {
        const char *dot = parts[k] ? memchr(parts[k], '.', lens[k]) : NULL;
        if (!dot || dot == parts[k] || (size_t)(dot - parts[k]) + 1 >= lens[k] ||
            memchr(parts[k], ',', lens[k])) {
            rp_error("--cross: expected PLUGIN.FIELD,PLUGIN.FIELD (FIELD = label or an attribute, "
                     "e.g. recommendations.addressee,themes.label), got '%s'", spec);
            return -1;
        }
    }
    for (int k = 0; k < 2; k++) {
        const char *dot = memchr(parts[k], '.', lens[k]);
        o->cross_plugin[k] = rp_xstrndup(parts[k], (size_t)(dot - parts[k]));
        o->cross_field[k] = rp_xstrndup(dot + 1, lens[k] - (size_t)(dot - parts[k]) - 1);
    }
    o->cross = 1;
    return 0;
}

void rp_countopts_free(rp_countopts *o)
{
    free((void *)o->by_cols);
    o->by_cols = NULL;
    o->n_by = 0;
    for (int k = 0; k < 2; k++) {
        free((void *)o->cross_plugin[k]);
        free((void *)o->cross_field[k]);
        o->cross_plugin[k] = o->cross_field[k] = NULL;
    }
    o->cross = 0;
}

/* ---- the worker side ------------------------------------------------------- */

uint64_t rp_count_words(const rp_doc *doc, uint32_t tok_begin, uint32_t tok_end)
{
    uint64_t n = 0;
    if (tok_end > doc->n_tokens)
        tok_end = doc->n_tokens;
    for (uint32_t i = tok_begin; i < tok_end; i++)
        n += (doc->tokens[i].flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE)) == 0;
    return n;
}

static void put_u32(rp_buf *b, uint32_t v)
{
    rp_buf_add(b, &v, sizeof v);
}

static void put_u64(rp_buf *b, uint64_t v)
{
    rp_buf_add(b, &v, sizeof v);
}

static void put_str(rp_buf *b, const char *s, size_t n)
{
    put_u32(b, (uint32_t)n);
    if (n)
        rp_buf_add(b, s, n);
}

/* The group key of a document for --by doc / metadata: the values joined
 * by \x1f. */
static void doc_key(rp_buf *k, const rp_doc *doc, const rp_countopts *o)
{
    rp_buf_reset(k);
    if (o->by == RP_BY_META) {
        for (size_t i = 0; i < o->n_by; i++) {
            if (i)
                rp_buf_addc(k, '\x1f');
            const char *v = rp_doc_meta(doc, o->by_cols[i]);
            if (v)
                rp_buf_adds(k, v);
        }
    } else {
        rp_buf_adds(k, doc->id);
    }
}

/* The local group of block b (section / paragraph modes). */
static uint32_t block_group(const rp_doc *doc, const rp_countopts *o, uint32_t b,
                            const uint32_t *sec_group, uint32_t none_group)
{
    if (b >= doc->n_blocks)
        return none_group;
    if (o->by == RP_BY_PARAGRAPH)
        return b;
    uint32_t s = doc->blocks[b].section;
    return s < doc->n_sections ? sec_group[s] : none_group;
}

/* The value of field f ("label" or an attribute key) of an annotation. */
static const char *field_of(const rp_annot *a, const char *f)
{
    if (strcmp(f, "label") == 0)
        return a->label;
    for (uint32_t k = 0; k < a->n_attrs; k++)
        if (a->attrs[k].key && strcmp(a->attrs[k].key, f) == 0)
            return a->attrs[k].value;
    return NULL;
}

typedef struct xitem {
    uint32_t sentence;
    uint32_t side;
    uint32_t group;
    const char *value;
} xitem;

static int cmp_xitem(const void *pa, const void *pb)
{
    const xitem *a = pa, *b = pb;
    if (a->sentence != b->sentence)
        return a->sentence < b->sentence ? -1 : 1;
    if (a->side != b->side)
        return a->side < b->side ? -1 : 1;
    return strcmp(a->value, b->value);
}

/* A distinct (group, plugin, label) of one document, and its count. */
typedef struct dcell {
    uint32_t g;
    uint32_t len;   /* of label */
    int pass;       /* the filter keeps it */
    const char *plugin, *label;
    uint64_t hash, n;
} dcell;

/* The 'C' entries of a document: its annotations counted per (group,
 * plugin, label) here, on the worker, so that the main thread (which
 * merges the documents one after the other) does one hash lookup per
 * distinct label of a document rather than per annotation; the filter is
 * asked once per distinct label too.  Entries come out in first-seen
 * order, so labels first met in records keep their order in the table. */
static void count_labels(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                         const rp_countopts *o, const uint32_t *sec_group, uint32_t none_group)
{
    RP_VEC(dcell) cells = {0};
    size_t cap = 64;
    uint32_t *slot = rp_xcalloc(cap, sizeof *slot); /* cell index + 1, 0 = empty */
    for (size_t i = 0; i < n; i++) {
        uint32_t g = o->by == RP_BY_DOC || o->by == RP_BY_META ? 0
                     : block_group(doc, o, a[i].block, sec_group, none_group);
        size_t len = strlen(a[i].label);
        uint64_t h = rp_hash64(a[i].label, len) ^ ((uint64_t)g * 0x9E3779B97F4A7C15ull) ^
                     ((uint64_t)(uintptr_t)a[i].plugin * 0xC2B2AE3D27D4EB4Full);
        size_t j = (size_t)h & (cap - 1);
        dcell *c = NULL;
        for (uint32_t k; (k = slot[j]) != 0; j = (j + 1) & (cap - 1)) {
            dcell *x = &cells.v[k - 1];
            if (x->hash == h && x->g == g && x->plugin == a[i].plugin && x->len == len &&
                memcmp(x->label, a[i].label, len) == 0) {
                c = x;
                break;
            }
        }
        if (!c) {
            c = &RP_VEC_PUSH(cells);
            *c = (dcell){g, (uint32_t)len, rp_filter_pass(o->filter, a[i].plugin, a[i].label),
                         a[i].plugin, a[i].label, h, 0};
            slot[j] = (uint32_t)cells.n;
            if (cells.n * 2 > cap) { /* rehash at half full */
                free(slot);
                cap *= 2;
                slot = rp_xcalloc(cap, sizeof *slot);
                for (size_t k = 0; k < cells.n; k++) {
                    size_t q = (size_t)cells.v[k].hash & (cap - 1);
                    while (slot[q])
                        q = (q + 1) & (cap - 1);
                    slot[q] = (uint32_t)k + 1;
                }
            }
        }
        c->n++;
    }
    for (size_t k = 0; k < cells.n; k++) {
        const dcell *c = &cells.v[k];
        if (!c->pass)
            continue;
        rp_buf_addc(out, 'C');
        put_u32(out, c->g);
        put_str(out, c->plugin, strlen(c->plugin));
        put_str(out, c->label, c->len);
        put_u64(out, c->n);
    }
    free(slot);
    RP_VEC_FREE(cells);
}

void rp_count_doc(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                  const rp_countopts *o)
{
    rp_count_doc_words(out, doc, UINT64_MAX, a, n, o);
}

void rp_count_doc_words(rp_buf *out, const rp_doc *doc, uint64_t doc_words, const rp_annot *a, size_t n,
                        const rp_countopts *o)
{
    /* groups */
    uint32_t none_group = 0;
    uint32_t *sec_group = NULL;
    rp_buf k;
    rp_buf_init(&k);
    if (o->by == RP_BY_DOC || o->by == RP_BY_META) {
        doc_key(&k, doc, o);
        rp_buf_addc(out, 'G');
        put_str(out, k.data, k.len);
        put_u64(out, doc_words != UINT64_MAX ? doc_words : rp_count_words(doc, 0, doc->n_tokens));
    } else {
        /* one group per block (paragraph) or per section, + "no section" */
        uint32_t ng = o->by == RP_BY_PARAGRAPH ? doc->n_blocks : doc->n_sections;
        uint64_t *words = rp_xcalloc((size_t)ng + 1, sizeof *words);
        for (uint32_t i = 0; i < doc->n_tokens; i++) {
            if (doc->tokens[i].flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE))
                continue;
            uint32_t b = doc->tokens[i].block, g = ng;
            if (b < doc->n_blocks)
                g = o->by == RP_BY_PARAGRAPH ? b
                    : doc->blocks[b].section < doc->n_sections ? doc->blocks[b].section : ng;
            words[g]++;
        }
        /* local group ids: sections/blocks in document order, the
         * front matter (no section) first when it has anything */
        sec_group = rp_xcalloc((size_t)ng + 1, sizeof *sec_group);
        uint32_t next = 0;
        int front = o->by == RP_BY_SECTION;
        if (front) {
            none_group = next++;
            rp_buf_addc(out, 'G');
            rp_buf_reset(&k);
            rp_buf_adds(&k, doc->id);
            rp_buf_adds(&k, "\x1f\x1f");
            put_str(out, k.data, k.len);
            put_u64(out, words[ng]);
        }
        for (uint32_t g = 0; g < ng; g++) {
            sec_group[g] = next++;
            rp_buf_reset(&k);
            rp_buf_adds(&k, doc->id);
            rp_buf_addc(&k, '\x1f');
            if (o->by == RP_BY_SECTION) {
                const rp_section *s = &doc->sections[g];
                const char *p = s->path ? s->path : s->label;
                rp_buf_adds(&k, p ? p : "");
                rp_buf_addc(&k, '\x1f');
                if (s->title)
                    rp_buf_adds(&k, s->title);
            } else {
                rp_buf_add_u64(&k, g);
                rp_buf_addc(&k, '\x1f');
                const rp_block *bl = &doc->blocks[g];
                if (bl->label && bl->kind == RP_BLOCK_PARAGRAPH)
                    rp_buf_adds(&k, bl->label);
                rp_buf_addc(&k, '\x1f');
                rp_buf_adds(&k, rp_block_kind_name(bl->kind));
            }
            rp_buf_addc(out, 'G');
            put_str(out, k.data, k.len);
            put_u64(out, words[g]);
        }
        int orphans = 0; /* annotations outside every block */
        for (size_t i = 0; i < n && !front; i++)
            orphans |= a[i].block >= doc->n_blocks;
        if (!front && orphans) {
            none_group = next++;
            rp_buf_addc(out, 'G');
            rp_buf_reset(&k);
            rp_buf_adds(&k, doc->id);
            rp_buf_adds(&k, "\x1f\x1f\x1f");
            put_str(out, k.data, k.len);
            put_u64(out, 0);
        }
        free(words);
        if (o->by == RP_BY_PARAGRAPH) {
            free(sec_group);
            sec_group = NULL;
        }
    }
    rp_buf_free(&k);

    if (!o->cross) {
        count_labels(out, doc, a, n, o, sec_group, none_group);
        free(sec_group);
        return;
    }

    /* co-occurrence within sentences: the distinct values of each side per
     * sentence, then every (a, b) pair of the sentence counts once */
    RP_VEC(xitem) items = {0};
    for (size_t i = 0; i < n; i++) {
        if (a[i].sentence == RP_NONE)
            continue;
        for (uint32_t side = 0; side < 2; side++) {
            if (strcmp(a[i].plugin, o->cross_plugin[side]) != 0)
                continue;
            const char *v = field_of(&a[i], o->cross_field[side]);
            if (!v || !*v)
                continue;
            xitem *it = &RP_VEC_PUSH(items);
            it->sentence = a[i].sentence;
            it->side = side;
            it->value = v;
            it->group = o->by == RP_BY_DOC || o->by == RP_BY_META ? 0
                        : block_group(doc, o, a[i].block, sec_group, none_group);
        }
    }
    if (items.n > 1)
        qsort(items.v, items.n, sizeof *items.v, cmp_xitem);
    for (size_t i = 0; i < items.n;) {
        size_t j = i;
        while (j < items.n && items.v[j].sentence == items.v[i].sentence)
            j++;
        size_t mid = i;
        while (mid < j && items.v[mid].side == 0)
            mid++;
        for (size_t x = i; x < mid; x++) {
            if (x > i && strcmp(items.v[x].value, items.v[x - 1].value) == 0)
                continue;
            for (size_t y = mid; y < j; y++) {
                if (y > mid && strcmp(items.v[y].value, items.v[y - 1].value) == 0)
                    continue;
                rp_buf_addc(out, 'X');
                put_u32(out, items.v[x].group);
                put_str(out, items.v[x].value, strlen(items.v[x].value));
                put_str(out, items.v[y].value, strlen(items.v[y].value));
            }
        }
        i = j;
    }
    RP_VEC_FREE(items);
    free(sec_group);
}

/* ---- the main-thread side: hash tables --------------------------------------- */

/* Interned strings: id -> bytes, and an open-addressing index. */
typedef struct strtab {
    RP_VEC(char *) s;
    RP_VEC(uint32_t) len;
    uint32_t *slot; /* id + 1, 0 = empty */
    uint64_t *hash;
    size_t cap;
} strtab;

static void strtab_free(strtab *t)
{
    for (size_t i = 0; i < t->s.n; i++)
        free(t->s.v[i]);
    RP_VEC_FREE(t->s);
    RP_VEC_FREE(t->len);
    free(t->slot);
    free(t->hash);
}

static void strtab_rehash(strtab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 64;
    uint32_t *slot = rp_xcalloc(cap, sizeof *slot);
    uint64_t *hash = rp_xcalloc(cap, sizeof *hash);
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slot[i])
            continue;
        size_t j = t->hash[i] & (cap - 1);
        while (slot[j])
            j = (j + 1) & (cap - 1);
        slot[j] = t->slot[i];
        hash[j] = t->hash[i];
    }
    free(t->slot);
    free(t->hash);
    t->slot = slot;
    t->hash = hash;
    t->cap = cap;
}

/* The id of s[0..n), or UINT32_MAX. */
static uint32_t strtab_find(const strtab *t, const char *s, size_t n)
{
    if (!t->cap)
        return UINT32_MAX;
    uint64_t h = rp_hash64(s, n);
    size_t j = h & (t->cap - 1);
    while (t->slot[j]) {
        uint32_t id = t->slot[j] - 1;
        if (t->hash[j] == h && t->len.v[id] == n && memcmp(t->s.v[id], s, n) == 0)
            return id;
        j = (j + 1) & (t->cap - 1);
    }
    return UINT32_MAX;
}

/* The id of s[0..n), added if new (*added set then). */
static uint32_t strtab_id(strtab *t, const char *s, size_t n, int *added)
{
    if ((t->s.n + 1) * 2 > t->cap)
        strtab_rehash(t);
    uint64_t h = rp_hash64(s, n);
    size_t j = h & (t->cap - 1);
    while (t->slot[j]) {
        uint32_t id = t->slot[j] - 1;
        if (t->hash[j] == h && t->len.v[id] == n && memcmp(t->s.v[id], s, n) == 0) {
            if (added)
                *added = 0;
            return id;
        }
        j = (j + 1) & (t->cap - 1);
    }
    uint32_t id = (uint32_t)t->s.n;
    RP_VEC_PUSH(t->s) = rp_xstrndup(s, n);
    RP_VEC_PUSH(t->len) = (uint32_t)n;
    t->slot[j] = id + 1;
    t->hash[j] = h;
    if (added)
        *added = 1;
    return id;
}

/* Cells: (a, b, c) -> count. */
typedef struct cell {
    uint32_t a, b, c, used;
    uint64_t n;
} cell;

typedef struct celltab {
    cell *v;
    size_t n, cap;
} celltab;

static uint64_t cell_hash(uint32_t a, uint32_t b, uint32_t c)
{
    uint64_t h = a * 0x9E3779B97F4A7C15ull;
    h ^= (b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= (c + 0x165667B19E3779F9ull) * 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 29);
}

static void cell_add(celltab *t, uint32_t a, uint32_t b, uint32_t c, uint64_t n)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        cell *v = rp_xcalloc(cap, sizeof *v);
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->v[i].used)
                continue;
            size_t j = cell_hash(t->v[i].a, t->v[i].b, t->v[i].c) & (cap - 1);
            while (v[j].used)
                j = (j + 1) & (cap - 1);
            v[j] = t->v[i];
        }
        free(t->v);
        t->v = v;
        t->cap = cap;
    }
    size_t j = cell_hash(a, b, c) & (t->cap - 1);
    while (t->v[j].used) {
        if (t->v[j].a == a && t->v[j].b == b && t->v[j].c == c) {
            t->v[j].n += n;
            return;
        }
        j = (j + 1) & (t->cap - 1);
    }
    t->v[j] = (cell){a, b, c, 1, n};
    t->n++;
}

static uint64_t cell_get(const celltab *t, uint32_t a, uint32_t b, uint32_t c)
{
    if (!t->cap)
        return 0;
    size_t j = cell_hash(a, b, c) & (t->cap - 1);
    while (t->v[j].used) {
        if (t->v[j].a == a && t->v[j].b == b && t->v[j].c == c)
            return t->v[j].n;
        j = (j + 1) & (t->cap - 1);
    }
    return 0;
}

typedef struct label {
    uint32_t plugin;
    uint32_t rank;  /* position within its plugin */
    const char *name;
} label;

struct rp_counts {
    const rp_countopts *o;
    strtab groups;              /* group keys */
    RP_VEC(uint64_t) words;     /* per group */
    strtab plugins;
    RP_VEC(uint32_t) plugin_nlabels;
    strtab labelkeys;           /* "plugin\x1flabel" */
    RP_VEC(label) labels;
    celltab cells;              /* (group, label, 0) */
    strtab xa, xb;              /* cross values */
    celltab xcells;             /* (group, a, b) */
    uint64_t total;
    RP_VEC(uint32_t) local;     /* scratch: record-local group -> group id */
};

rp_counts *rp_counts_new(const rp_countopts *o)
{
    rp_counts *t = rp_xcalloc(1, sizeof *t);
    t->o = o;
    return t;
}

void rp_counts_free(rp_counts *t)
{
    if (!t)
        return;
    strtab_free(&t->groups);
    RP_VEC_FREE(t->words);
    strtab_free(&t->plugins);
    RP_VEC_FREE(t->plugin_nlabels);
    strtab_free(&t->labelkeys);
    RP_VEC_FREE(t->labels);
    free(t->cells.v);
    strtab_free(&t->xa);
    strtab_free(&t->xb);
    free(t->xcells.v);
    RP_VEC_FREE(t->local);
    free(t);
}

static uint32_t plugin_id(rp_counts *t, const char *p, size_t n)
{
    int added;
    uint32_t id = strtab_id(&t->plugins, p, n, &added);
    if (added)
        RP_VEC_PUSH(t->plugin_nlabels) = 0;
    return id;
}

static uint32_t label_id(rp_counts *t, const char *p, size_t pn, const char *l, size_t ln)
{
    char stack[256];
    size_t kn = pn + 1 + ln;
    char *key = kn <= sizeof stack ? stack : rp_xmalloc(kn);
    memcpy(key, p, pn);
    key[pn] = '\x1f';
    memcpy(key + pn + 1, l, ln);
    int added;
    uint32_t id = strtab_id(&t->labelkeys, key, kn, &added);
    if (added) {
        uint32_t pid = plugin_id(t, p, pn);
        label *lb = &RP_VEC_PUSH(t->labels);
        lb->plugin = pid;
        lb->rank = t->plugin_nlabels.v[pid]++;
        lb->name = t->labelkeys.s.v[id] + pn + 1;
    }
    if (key != stack)
        free(key);
    return id;
}

void rp_counts_declare(rp_counts *t, const char *plugin, const char *const *labels, size_t n)
{
    plugin_id(t, plugin, strlen(plugin));
    for (size_t i = 0; i < n; i++)
        label_id(t, plugin, strlen(plugin), labels[i], strlen(labels[i]));
}

uint64_t rp_counts_total(const rp_counts *t)
{
    return t->total;
}

static int get_u32(const char *rec, size_t len, size_t *i, uint32_t *v)
{
    if (*i + 4 > len)
        return -1;
    memcpy(v, rec + *i, 4);
    *i += 4;
    return 0;
}

static int get_str(const char *rec, size_t len, size_t *i, const char **s, uint32_t *n)
{
    if (get_u32(rec, len, i, n) < 0 || *i + *n > len)
        return -1;
    *s = rec + *i;
    *i += *n;
    return 0;
}

int rp_counts_add(rp_counts *t, const char *rec, size_t len)
{
    size_t i = 0;
    t->local.n = 0;
    while (i < len) {
        char tag = rec[i++];
        const char *s1, *s2;
        uint32_t n1, n2, g;
        if (tag == 'G') {
            uint64_t w;
            if (get_str(rec, len, &i, &s1, &n1) < 0 || i + 8 > len)
                return -1;
            memcpy(&w, rec + i, 8);
            i += 8;
            int added;
            uint32_t id = strtab_id(&t->groups, s1, n1, &added);
            if (added)
                RP_VEC_PUSH(t->words) = 0;
            t->words.v[id] += w;
            RP_VEC_PUSH(t->local) = id;
        } else if (tag == 'C' || tag == 'X') {
            if (get_u32(rec, len, &i, &g) < 0 || g >= t->local.n ||
                get_str(rec, len, &i, &s1, &n1) < 0 || get_str(rec, len, &i, &s2, &n2) < 0)
                return -1;
            if (tag == 'C') {
                uint64_t cn;
                if (i + 8 > len)
                    return -1;
                memcpy(&cn, rec + i, 8);
                i += 8;
                cell_add(&t->cells, t->local.v[g], label_id(t, s1, n1, s2, n2), 0, cn);
                t->total += cn;
            } else {
                uint32_t xa = strtab_id(&t->xa, s1, n1, NULL);
                uint32_t xb = strtab_id(&t->xb, s2, n2, NULL);
                cell_add(&t->xcells, t->local.v[g], xa, xb, 1);
                t->total++;
            }
        } else {
            return -1;
        }
    }
    return 0;
}

/* ---- writing -------------------------------------------------------------------- */

/* Group order: the rank of each group id. */
static int cmp_group_meta(const void *pa, const void *pb, void *tab)
{
    const strtab *g = tab;
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    int c = strverscmp(g->s.v[a], g->s.v[b]);
    return c ? c : (a < b ? -1 : a > b);
}

static uint32_t *group_ranks(rp_counts *t, uint32_t **order_out)
{
    size_t ng = t->groups.s.n;
    uint32_t *order = rp_xcalloc(ng + 1, sizeof *order);
    uint32_t *rank = rp_xcalloc(ng + 1, sizeof *rank);
    for (size_t i = 0; i < ng; i++)
        order[i] = (uint32_t)i;
    if (t->o->by == RP_BY_META) {
        qsort_r(order, ng, sizeof *order, cmp_group_meta, &t->groups);
    }
    for (size_t i = 0; i < ng; i++)
        rank[order[i]] = (uint32_t)i;
    *order_out = order;
    return rank;
}

/* Names of the group columns. */
static size_t group_cols(const rp_counts *t, char (*names)[RP_COLNAME_MAX + 1])
{
    const rp_countopts *o = t->o;
    switch (o->by) {
    case RP_BY_META:
        for (size_t i = 0; i < o->n_by; i++)
            rp_colname(NULL, o->by_cols[i], names[i]);
        return o->n_by;
    case RP_BY_SECTION:
        strcpy(names[0], "doc");
        strcpy(names[1], "section");
        strcpy(names[2], "section_title");
        return 3;
    case RP_BY_PARAGRAPH:
        strcpy(names[0], "doc");
        strcpy(names[1], "block");
        strcpy(names[2], "para");
        strcpy(names[3], "kind");
        return 4;
    default:
        strcpy(names[0], "doc");
        return 1;
    }
}

/* Writes the group's values: the key split at \x1f. */
static void add_group(rp_buf *b, const char *key, char sep)
{
    for (;;) {
        const char *e = strchr(key, '\x1f');
        size_t n = e ? (size_t)(e - key) : strlen(key);
        rp_buf_add_field(b, key, n, sep);
        if (!e)
            break;
        rp_buf_addc(b, sep);
        key = e + 1;
    }
}

static void add_per1000(rp_buf *b, uint64_t n, uint64_t words)
{
    if (!words)
        return; /* empty: NA in R, NaN in pandas */
    char tmp[64];
    int len = snprintf(tmp, sizeof tmp, "%.4f", (double)n * 1000.0 / (double)words);
    rp_buf_add(b, tmp, (size_t)len);
}

typedef struct outrow {
    uint32_t grank, group, prank, lrank, label;
    uint64_t n;
} outrow;

static int cmp_outrow(const void *pa, const void *pb)
{
    const outrow *a = pa, *b = pb;
    if (a->grank != b->grank)
        return a->grank < b->grank ? -1 : 1;
    if (a->prank != b->prank)
        return a->prank < b->prank ? -1 : 1;
    return a->lrank < b->lrank ? -1 : a->lrank > b->lrank;
}

static int flush(rp_buf *b, FILE *out, size_t min)
{
    if (b->len >= min) {
        if (b->len && fwrite(b->data, 1, b->len, out) != b->len)
            return -1;
        rp_buf_reset(b);
    }
    return 0;
}

/* Is label id l written (filters)? */
static int label_shown(const rp_counts *t, uint32_t l)
{
    const label *lb = &t->labels.v[l];
    return rp_filter_pass(t->o->filter, t->plugins.s.v[lb->plugin], lb->name);
}

static int write_long(rp_counts *t, FILE *out, rp_buf *b)
{
    const rp_countopts *o = t->o;
    char sep = o->sep ? o->sep : '\t';
    char names[8][RP_COLNAME_MAX + 1];
    size_t ngc = group_cols(t, names);
    for (size_t i = 0; i < ngc; i++) {
        rp_buf_adds(b, names[i]);
        rp_buf_addc(b, sep);
    }
    const char *cols[] = {"plugin", "label", "n", "tokens", "per_1000"};
    for (size_t i = 0; i < 5; i++) {
        rp_buf_adds(b, cols[i]);
        rp_buf_addc(b, i < 4 ? sep : '\n');
    }
    uint32_t *order;
    uint32_t *grank = group_ranks(t, &order);
    /* labels by (plugin, rank) */
    size_t nl = t->labels.n;
    RP_VEC(outrow) rows = {0};
    if (o->complete) {
        for (size_t gi = 0; gi < t->groups.s.n; gi++) {
            uint32_t g = order[gi];
            for (uint32_t l = 0; l < nl; l++) {
                if (!label_shown(t, l))
                    continue;
                outrow *r = &RP_VEC_PUSH(rows);
                *r = (outrow){gi, g, t->labels.v[l].plugin, t->labels.v[l].rank, l,
                              cell_get(&t->cells, g, l, 0)};
            }
        }
    } else {
        for (size_t i = 0; i < t->cells.cap; i++) {
            const cell *c = &t->cells.v[i];
            if (!c->used || !c->n || !label_shown(t, c->b))
                continue;
            outrow *r = &RP_VEC_PUSH(rows);
            *r = (outrow){grank[c->a], c->a, t->labels.v[c->b].plugin, t->labels.v[c->b].rank,
                          c->b, c->n};
        }
    }
    if (rows.n > 1)
        qsort(rows.v, rows.n, sizeof *rows.v, cmp_outrow);
    int rc = 0;
    for (size_t i = 0; i < rows.n && rc == 0; i++) {
        const outrow *r = &rows.v[i];
        const label *lb = &t->labels.v[r->label];
        add_group(b, t->groups.s.v[r->group], sep);
        rp_buf_addc(b, sep);
        const char *pn = t->plugins.s.v[lb->plugin];
        rp_buf_add_field(b, pn, strlen(pn), sep);
        rp_buf_addc(b, sep);
        rp_buf_add_field(b, lb->name, strlen(lb->name), sep);
        rp_buf_addc(b, sep);
        rp_buf_add_u64(b, r->n);
        rp_buf_addc(b, sep);
        rp_buf_add_u64(b, t->words.v[r->group]);
        rp_buf_addc(b, sep);
        add_per1000(b, r->n, t->words.v[r->group]);
        rp_buf_addc(b, '\n');
        rc = flush(b, out, 1u << 16);
    }
    RP_VEC_FREE(rows);
    free(order);
    free(grank);
    return rc;
}

static int cmp_label_rank(const void *pa, const void *pb, void *tp)
{
    const rp_counts *t = tp;
    const label *a = &t->labels.v[*(const uint32_t *)pa], *b = &t->labels.v[*(const uint32_t *)pb];
    if (a->plugin != b->plugin)
        return a->plugin < b->plugin ? -1 : 1;
    return a->rank < b->rank ? -1 : a->rank > b->rank;
}

static int write_wide(rp_counts *t, FILE *out, rp_buf *b)
{
    const rp_countopts *o = t->o;
    char sep = o->sep ? o->sep : '\t';
    RP_VEC(uint32_t) cols = {0};
    for (uint32_t l = 0; l < t->labels.n; l++)
        if (label_shown(t, l))
            RP_VEC_PUSH(cols) = l;
    if (cols.n > 1)
        qsort_r(cols.v, cols.n, sizeof *cols.v, cmp_label_rank, t);
    size_t ngc;
    char(*names)[RP_COLNAME_MAX + 1] = rp_xcalloc(cols.n + 8, sizeof *names);
    ngc = group_cols(t, names);
    /* a label's column is its name; with several plugins sharing a label,
     * plugin_label */
    for (size_t i = 0; i < cols.n; i++) {
        const label *lb = &t->labels.v[cols.v[i]];
        int shared = 0;
        for (size_t j = 0; j < cols.n; j++)
            if (j != i && strcmp(t->labels.v[cols.v[j]].name, lb->name) == 0)
                shared = 1;
        if (shared) {
            char pre[RP_COLNAME_MAX + 2];
            snprintf(pre, sizeof pre, "%.30s_", t->plugins.s.v[lb->plugin]);
            rp_colname(pre, lb->name, names[ngc + i]);
        } else {
            rp_colname(NULL, lb->name, names[ngc + i]);
        }
    }
    rp_colnames_unique(names, ngc + cols.n);
    for (size_t i = 0; i < ngc + cols.n; i++) {
        if (i)
            rp_buf_addc(b, sep);
        rp_buf_adds(b, names[i]);
    }
    rp_buf_addc(b, '\n');
    free(names);
    uint32_t *order;
    uint32_t *grank = group_ranks(t, &order);
    int rc = 0;
    for (size_t gi = 0; gi < t->groups.s.n && rc == 0; gi++) {
        uint32_t g = order[gi];
        add_group(b, t->groups.s.v[g], sep);
        for (size_t i = 0; i < cols.n; i++) {
            rp_buf_addc(b, sep);
            rp_buf_add_u64(b, cell_get(&t->cells, g, cols.v[i], 0));
        }
        rp_buf_addc(b, '\n');
        rc = flush(b, out, 1u << 16);
    }
    free(order);
    free(grank);
    RP_VEC_FREE(cols);
    return rc;
}

typedef struct xrow {
    uint32_t grank, ra, rb, group, a, b;
    uint64_t n;
} xrow;

static int cmp_xrow(const void *pa, const void *pb)
{
    const xrow *a = pa, *b = pb;
    if (a->grank != b->grank)
        return a->grank < b->grank ? -1 : 1;
    if (a->ra != b->ra)
        return a->ra < b->ra ? -1 : 1;
    return a->rb < b->rb ? -1 : a->rb > b->rb;
}

/* Output ranks of the values of one side of --cross: a label field in its
 * plugin's label order (declared, then first seen), anything else (and
 * labels the plugin never emitted in counts) in first-seen order after. */
static uint32_t *cross_ranks(const rp_counts *t, const strtab *vals, const char *plugin,
                             const char *field)
{
    uint32_t *rank = rp_xcalloc(vals->s.n + 1, sizeof *rank);
    int is_label = strcmp(field, "label") == 0;
    size_t pl = strlen(plugin);
    rp_buf key;
    rp_buf_init(&key);
    for (size_t v = 0; v < vals->s.n; v++) {
        rank[v] = (uint32_t)(t->labels.n + v);
        if (!is_label)
            continue;
        rp_buf_reset(&key);
        rp_buf_add(&key, plugin, pl);
        rp_buf_addc(&key, '\x1f');
        rp_buf_add(&key, vals->s.v[v], vals->len.v[v]);
        uint32_t lid = strtab_find(&t->labelkeys, key.data, key.len);
        if (lid != UINT32_MAX)
            rank[v] = t->labels.v[lid].rank;
    }
    rp_buf_free(&key);
    return rank;
}

static int write_cross(rp_counts *t, FILE *out, rp_buf *b)
{
    const rp_countopts *o = t->o;
    char sep = o->sep ? o->sep : '\t';
    char names[8][RP_COLNAME_MAX + 1];
    size_t ngc = group_cols(t, names);
    for (int k = 0; k < 2; k++) {
        char pre[RP_COLNAME_MAX + 2];
        snprintf(pre, sizeof pre, "%.30s_", o->cross_plugin[k]);
        rp_colname(pre, o->cross_field[k], names[ngc + (size_t)k]);
    }
    strcpy(names[ngc + 2], "n");
    rp_colnames_unique(names, ngc + 3);
    for (size_t i = 0; i < ngc + 3; i++) {
        if (i)
            rp_buf_addc(b, sep);
        rp_buf_adds(b, names[i]);
    }
    rp_buf_addc(b, '\n');
    uint32_t *order;
    uint32_t *grank = group_ranks(t, &order);
    uint32_t *ra = cross_ranks(t, &t->xa, o->cross_plugin[0], o->cross_field[0]);
    uint32_t *rb = cross_ranks(t, &t->xb, o->cross_plugin[1], o->cross_field[1]);
    RP_VEC(xrow) rows = {0};
    for (size_t i = 0; i < t->xcells.cap; i++) {
        const cell *c = &t->xcells.v[i];
        if (!c->used)
            continue;
        RP_VEC_PUSH(rows) = (xrow){grank[c->a], ra[c->b], rb[c->c], c->a, c->b, c->c, c->n};
    }
    free(ra);
    free(rb);
    if (rows.n > 1)
        qsort(rows.v, rows.n, sizeof *rows.v, cmp_xrow);
    int rc = 0;
    for (size_t i = 0; i < rows.n && rc == 0; i++) {
        const xrow *r = &rows.v[i];
        add_group(b, t->groups.s.v[r->group], sep);
        rp_buf_addc(b, sep);
        rp_buf_add_field(b, t->xa.s.v[r->a], t->xa.len.v[r->a], sep);
        rp_buf_addc(b, sep);
        rp_buf_add_field(b, t->xb.s.v[r->b], t->xb.len.v[r->b], sep);
        rp_buf_addc(b, sep);
        rp_buf_add_u64(b, r->n);
        rp_buf_addc(b, '\n');
        rc = flush(b, out, 1u << 16);
    }
    RP_VEC_FREE(rows);
    free(order);
    free(grank);
    return rc;
}

int rp_counts_write(rp_counts *t, FILE *out)
{
    rp_buf b;
    rp_buf_init(&b);
    int rc;
    if (t->o->cross)
        rc = write_cross(t, out, &b);
    else if (t->o->wide)
        rc = write_wide(t, out, &b);
    else
        rc = write_long(t, out, &b);
    if (rc == 0)
        rc = flush(&b, out, 0);
    rp_buf_free(&b);
    if (rc)
        rp_error("writing the table failed");
    return rc;
}
