/*
 * sink.c -- where the annotations of one document go: rp_host.emit copies
 * each one (label and attributes into a per-worker arena), checks it, and
 * fills in what the plugin does not have to know (its sentence, printed
 * paragraph number and block); rp_sink_sort puts them in document order.
 *
 * The sink is reused from document to document: rp_sink_reset keeps the
 * vector's capacity and the arena's first chunk, so the steady state
 * allocates nothing per annotation.
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
}

void rp_sink_free(rp_sink *s)
{
    if (!s)
        return;
    RP_VEC_FREE(s->annots);
    rp_arena_free(&s->arena);
    memset(s, 0, sizeof *s);
}

static int key_ok(const char *k)
{
    if (!k || !(*k >= 'a' && *k <= 'z'))
        return 0;
    for (k++; *k; k++)
        if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_'))
            return 0;
    return 1;
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
    for (uint32_t i = 0; i < a->n_attrs; i++) {
        if (!key_ok(a->attrs[i].key))
            return reject(s, a, "bad attribute key \"%.40s\" (expected [a-z][a-z0-9_]*)",
                          a->attrs[i].key ? a->attrs[i].key : "(null)");
        if (!a->attrs[i].value)
            return reject(s, a, "attribute \"%s\" has no value", a->attrs[i].key);
    }

    rp_annot *o = &RP_VEC_PUSH(s->annots);
    o->plugin = s->plugin;
    o->label = rp_arena_strndup(&s->arena, a->label, strlen(a->label));
    o->start = a->start;
    o->end = a->end;
    o->n_attrs = a->n_attrs;
    o->attrs = NULL;
    if (a->n_attrs) {
        o->attrs = rp_arena_alloc(&s->arena, a->n_attrs * sizeof *o->attrs);
        for (uint32_t i = 0; i < a->n_attrs; i++) {
            o->attrs[i].key = rp_arena_strndup(&s->arena, a->attrs[i].key, strlen(a->attrs[i].key));
            o->attrs[i].value =
                rp_arena_strndup(&s->arena, a->attrs[i].value, strlen(a->attrs[i].value));
        }
    }
    rp_doc_locate(s->doc, a->start, &o->sentence, &o->block, &o->para);
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

void rp_sink_sort(rp_sink *s)
{
    /* plugins mostly emit in order: check before paying for a sort */
    size_t n = s->annots.n;
    size_t i = 1;
    while (i < n && cmp_annot(&s->annots.v[i - 1], &s->annots.v[i]) <= 0)
        i++;
    if (i < n)
        qsort(s->annots.v, n, sizeof *s->annots.v, cmp_annot);
}
