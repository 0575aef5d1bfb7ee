/*
 * sink.c -- where the annotations of one document go: rp_host.emit copies
 * each one (label and attributes into a per-worker arena), checks it, and
 * fills in what the plugin does not have to know (its sentence, printed
 * paragraph number and block); rp_sink_sort puts them in document order.
 *
 * The sink is reused from document to document: rp_sink_reset keeps the
 * vector's capacity and the arena's first chunk, so the steady state
 * allocates nothing per annotation (one arena block holds an annotation's
 * label, attribute array and strings).  Plugins run one after the other
 * and each emits mostly in order, so the sort merges those sorted runs
 * rather than sorting from scratch.
 *
 * A job that never reads attributes or locations says so (rp_job.sink_skip,
 * e.g. `count` without --cross): the sink still checks every annotation
 * the same way, but copies only the label and looks nothing up, which is
 * most of what an annotation costs.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "host.h"

/* Rejections logged per document: enough to see what is wrong, never
 * enough to flood stderr when a plugin gets every span wrong. */
#define RP_SINK_LOG_MAX 5

void rp_sink_init(rp_sink *s)
{
    memset(s, 0, sizeof *s);
    rp_arena_init(&s->arena, 16384);
}

void rp_sink_reset(rp_sink *s, const rp_doc *doc)
{
    s->doc = doc;
    s->annots.n = 0;
    s->n_logged = 0;
    rp_arena_reset(&s->arena);
    memset(s->labels, 0, sizeof s->labels); /* their copies were in the arena */
}

void rp_sink_free(rp_sink *s)
{
    if (!s)
        return;
    RP_VEC_FREE(s->annots);
    rp_arena_free(&s->arena);
    memset(s, 0, sizeof *s);
}

/* Bytes of an attribute key after the first ([a-z][a-z0-9_]*). */
static const unsigned char key_byte[256] = {
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['_'] = 1};

/* Length of the valid attribute key k, or 0 if it is not one (checked
 * and measured in one pass). */
static size_t key_len(const char *k)
{
    if (!k || !(*k >= 'a' && *k <= 'z'))
        return 0;
    const char *p = k + 1;
    while (key_byte[(unsigned char)*p])
        p++;
    return *p ? 0 : (size_t)(p - k);
}

static int reject(rp_sink *s, const rp_annotation *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int reject(rp_sink *s, const rp_annotation *a, const char *fmt, ...)
{
    s->n_rejected++;
    if (s->n_logged++ >= RP_SINK_LOG_MAX)
        return RP_ERR;
    char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    const char *label = a && a->label ? a->label : "";
    rp_error("plugin \"%s\": doc \"%s\": annotation \"%.80s\" rejected: %s%s",
             s->plugin ? s->plugin : "?", s->doc && s->doc->id ? s->doc->id : "?", label, why,
             s->n_logged == RP_SINK_LOG_MAX ? " (further rejections in this document not shown)"
                                            : "");
    return RP_ERR;
}

/* The sentence, block and printed paragraph number of o (from its
 * start), unless the job skips them. */
static void locate(const rp_sink *s, rp_annot *o)
{
    if (s->skip & RP_SINK_NO_LOCATE) {
        o->sentence = o->block = RP_NONE;
        o->para = NULL;
        return;
    }
    rp_doc_locate(s->doc, o->start, &o->sentence, &o->block, &o->para);
}

/* rp_sink_add for a job that skips attributes (RP_SINK_NO_ATTRS): the
 * same checks, then only the label is copied. */
static int add_lean(rp_sink *s, const rp_annotation *a)
{
    for (uint32_t i = 0; i < a->n_attrs; i++) {
        const char *key = a->attrs[i].key;
        if (!key_len(key))
            return reject(s, a, "bad attribute key \"%.40s\" (expected [a-z][a-z0-9_]*)",
                          key ? key : "(null)");
        if (!a->attrs[i].value)
            return reject(s, a, "attribute \"%s\" has no value", key);
    }
    /* A plugin passes its labels from its own tables, the same pointers
     * again and again: a label whose pointer was copied before in this
     * document and whose bytes are still those of the copy shares it (the
     * bytes are compared: the pointer alone proves nothing). So equal
     * labels are mostly one string, which count_labels (count.c) notices. */
    size_t li = (size_t)(((uintptr_t)a->label * 0x9E3779B97F4A7C15ULL) >> 58); /* 0..63 */
    const char *label = s->labels[li].copy;
    if (s->labels[li].src != a->label || strcmp(label, a->label) != 0) {
        size_t lab = strlen(a->label);
        char *mem = rp_arena_alloc(&s->arena, lab + 1);
        memcpy(mem, a->label, lab + 1);
        s->labels[li].src = a->label;
        s->labels[li].copy = label = mem;
    }
    rp_annot *o = &RP_VEC_PUSH(s->annots);
    o->label = label;
    o->plugin = s->plugin;
    o->start = a->start;
    o->end = a->end;
    o->attrs = NULL;
    o->n_attrs = 0;
    locate(s, o);
    o->seq = (uint32_t)(s->annots.n - 1);
    return RP_OK;
}

int rp_sink_add(rp_sink *s, const rp_annotation *a)
{
    if (!s)
        return RP_ERR;
    if (!a)
        return reject(s, a, "no annotation");
    if (!a->label || !*a->label)
        return reject(s, a, "empty label");
    if (!s->doc)
        return reject(s, a, "no document is being processed");
    if (a->start >= a->end || a->end > s->doc->len)
        return reject(s, a, "bad span [%llu, %llu) (document length %llu)",
                      (unsigned long long)a->start, (unsigned long long)a->end,
                      (unsigned long long)s->doc->len);
    if (a->n_attrs && !a->attrs)
        return reject(s, a, "%u attributes but no array", a->n_attrs);
    if (s->skip & RP_SINK_NO_ATTRS)
        return add_lean(s, a);
    /* Lengths are measured once (while the keys are checked); the label,
     * the attribute array and its strings then take one arena block.
     * Annotations with many attributes measure again instead of keeping
     * the lengths.  A plugin gives the same keys in the same order to each
     * of its annotations: a key equal to the one at the same place in the
     * plugin's previous annotation (checked then) is shared, not checked
     * and copied again; the writers then find it by its pointer. */
    enum { KEEP = 16 };
    size_t klen[KEEP], vlen[KEEP];
    const char *kshared[KEEP];
    const rp_kv *prev = NULL;
    uint32_t n_prev = 0;
    if (s->annots.n && s->annots.v[s->annots.n - 1].plugin == s->plugin) {
        prev = s->annots.v[s->annots.n - 1].attrs; /* in the arena: stays put */
        n_prev = s->annots.v[s->annots.n - 1].n_attrs;
    }
    size_t lab = strlen(a->label);
    size_t total = lab + 1;
    for (uint32_t i = 0; i < a->n_attrs; i++) {
        const char *key = a->attrs[i].key;
        size_t kl = 0;
        int shared = i < KEEP && i < n_prev && key && strcmp(prev[i].key, key) == 0;
        if (!shared && !(kl = key_len(key)))
            return reject(s, a, "bad attribute key \"%.40s\" (expected [a-z][a-z0-9_]*)",
                          key ? key : "(null)");
        if (!a->attrs[i].value)
            return reject(s, a, "attribute \"%s\" has no value", key);
        size_t vl = strlen(a->attrs[i].value);
        if (i < KEEP) {
            klen[i] = kl;
            vlen[i] = vl;
            kshared[i] = shared ? prev[i].key : NULL;
        }
        total += (shared ? 0 : kl + 1) + vl + 1;
    }

    rp_annot *o = &RP_VEC_PUSH(s->annots);
    /* the kv array first: the arena block is 8-byte aligned */
    char *mem = rp_arena_alloc(&s->arena, a->n_attrs * sizeof *o->attrs + total);
    o->attrs = NULL;
    if (a->n_attrs) {
        o->attrs = (rp_kv *)(void *)mem;
        mem += a->n_attrs * sizeof *o->attrs;
    }
    memcpy(mem, a->label, lab + 1);
    o->label = mem;
    mem += lab + 1;
    o->plugin = s->plugin;
    o->start = a->start;
    o->end = a->end;
    o->n_attrs = a->n_attrs;
    for (uint32_t i = 0; i < a->n_attrs; i++) {
        if (i < KEEP && kshared[i]) {
            o->attrs[i].key = kshared[i];
        } else {
            size_t kl = i < KEEP ? klen[i] : strlen(a->attrs[i].key);
            memcpy(mem, a->attrs[i].key, kl + 1);
            o->attrs[i].key = mem;
            mem += kl + 1;
        }
        size_t vl = i < KEEP ? vlen[i] : strlen(a->attrs[i].value);
        memcpy(mem, a->attrs[i].value, vl + 1);
        o->attrs[i].value = mem;
        mem += vl + 1;
    }
    locate(s, o);
    o->seq = (uint32_t)(s->annots.n - 1);
    return RP_OK;
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int cmp_annot(const void *pa, const void *pb)
{
    const rp_annot *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    int c = cmp_str(a->plugin, b->plugin);
    if (c)
        return c;
    c = strcmp(a->label, b->label);
    if (c)
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* a <= b in cmp_annot's order; most pairs differ in start */
static inline int annot_le(const rp_annot *a, const rp_annot *b)
{
    if (a->start != b->start)
        return a->start < b->start;
    return cmp_annot(a, b) <= 0;
}

/* Merges the sorted runs a[0..m) and a[m..n) into out. */
static void merge(const rp_annot *a, size_t m, size_t n, rp_annot *out)
{
    size_t i = 0, j = m, k = 0;
    while (i < m && j < n)
        out[k++] = annot_le(&a[i], &a[j]) ? a[i++] : a[j++];
    if (i < m)
        memcpy(out + k, a + i, (m - i) * sizeof *a);
    else if (j < n)
        memcpy(out + k, a + j, (n - j) * sizeof *a);
}

void rp_sink_sort(rp_sink *s)
{
    /* Plugins run one after the other and each emits mostly in order: the
     * vector is a few sorted runs.  A natural merge sort merges adjacent
     * runs pass after pass (log2 of the number of runs passes; the
     * comparator mostly decides on the integer offsets), where qsort
     * costs n log n comparisons whatever the order.  cmp_annot is a total
     * order (seq last), so the result is the one qsort gave. */
    size_t n = s->annots.n;
    rp_annot *v = s->annots.v;
    size_t i = 1;
    while (i < n && annot_le(&v[i - 1], &v[i]))
        i++;
    if (i >= n)
        return;
    /* run boundaries: run r is [bound[r], bound[r + 1]) */
    RP_VEC(size_t) bound = {NULL, 0, 0};
    RP_VEC_PUSH(bound) = 0;
    RP_VEC_PUSH(bound) = i;
    for (i++; i < n; i++)
        if (!annot_le(&v[i - 1], &v[i]))
            RP_VEC_PUSH(bound) = i;
    RP_VEC_PUSH(bound) = n;
    rp_annot *tmp = rp_xmalloc(n * sizeof *tmp);
    rp_annot *src = v, *dst = tmp;
    while (bound.n > 2) {
        size_t nr = bound.n - 1, w = 0;
        for (size_t r = 0; r < nr; r += 2) {
            size_t b0 = bound.v[r];
            if (r + 1 < nr) {
                size_t b1 = bound.v[r + 1], b2 = bound.v[r + 2];
                merge(src + b0, b1 - b0, b2 - b0, dst + b0);
            } else {
                memcpy(dst + b0, src + b0, (bound.v[r + 1] - b0) * sizeof *src);
            }
            bound.v[w++] = b0;
        }
        bound.v[w++] = n;
        bound.n = w;
        rp_annot *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
    free(tmp);
    RP_VEC_FREE(bound);
}
