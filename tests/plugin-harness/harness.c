/*
 * harness.c -- the plugin test host of harness.h: a real analysed
 * document, the real host services and a sink that records, around one
 * plugin linked into the test program.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "harness.h"
#include "segment.h"
#include "text.h"

struct rp_harness {
    rp_modules mods;
    rp_instances *inst;
    rp_vocab *vocab;
    rp_docbuf doc;
    rp_sink sink;
    int failed;
    RP_VEC(char *) texts; /* rp_harness_text copies, per annotation */
    char **optv;          /* "name.key=value" copies of the options */
};

static void forget_texts(rp_harness *h)
{
    for (size_t i = 0; i < h->texts.n; i++)
        free(h->texts.v[i]);
    h->texts.n = 0;
}

rp_harness *rp_harness_open(const rp_plugin *plugin, const char *const *opts)
{
    if (!plugin)
        return NULL;
    rp_harness *h = rp_xcalloc(1, sizeof *h);
    rp_docbuf_init(&h->doc);
    rp_sink_init(&h->sink);
    h->vocab = rp_vocab_new();
    if (rp_modules_add_linked(&h->mods, plugin, "(linked into the test)") != 0) {
        rp_harness_free(h);
        return NULL;
    }
    /* the instance code wants -P's "plugin.key=value" form */
    size_t n = 0;
    while (opts && opts[n])
        n++;
    h->optv = rp_xcalloc(n + 1, sizeof *h->optv);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(plugin->name) + strlen(opts[i]) + 2;
        h->optv[i] = rp_xmalloc(len);
        snprintf(h->optv[i], len, "%s.%s", plugin->name, opts[i]);
    }
    h->inst = rp_instances_open(&h->mods, (const char *const *)h->optv, 0);
    if (!h->inst) {
        rp_harness_free(h);
        return NULL;
    }
    return h;
}

int rp_harness_process(rp_harness *h, const char *text, size_t len, const char *lang)
{
    forget_texts(h);
    rp_docbuf *d = &h->doc;
    rp_docbuf_reset(d);
    d->text_owned = rp_xmalloc(len + 1);
    memcpy(d->text_owned, text, len);
    d->text_owned[len] = '\0';
    d->doc.text = d->text_owned;
    d->doc.len = len;
    d->id = "test";
    d->path = "test.txt";
    d->lang = lang ? lang : "en";
    char err[512];
    rp_sink_reset(&h->sink, &d->doc);
    if (rp_utf8_check(d, err, sizeof err) != 0) {
        rp_error("harness: %s", err);
        h->failed = 1;
        return RP_ERR;
    }
    rp_segment(d);
    rp_tokenize(d, h->vocab);
    rp_docbuf_publish(d);
    h->failed = rp_instances_process(h->inst, &d->doc, &h->sink) != 0;
    rp_sink_sort(&h->sink);
    return h->failed ? RP_ERR : RP_OK;
}

rp_harness *rp_harness_run(const rp_plugin *plugin, const char *text, const char *const *opts)
{
    rp_harness *h = rp_harness_open(plugin, opts);
    if (h)
        rp_harness_process(h, text, strlen(text), NULL);
    return h;
}

int rp_harness_failed(const rp_harness *h)
{
    return h->failed;
}

size_t rp_harness_count(const rp_harness *h)
{
    return h->sink.annots.n;
}

const rp_annot *rp_harness_annot(const rp_harness *h, size_t i)
{
    return i < h->sink.annots.n ? &h->sink.annots.v[i] : NULL;
}

const char *rp_harness_text(rp_harness *h, size_t i)
{
    const rp_annot *a = rp_harness_annot(h, i);
    if (!a)
        return NULL;
    char *t = rp_xstrndup(h->doc.doc.text + a->start, (size_t)(a->end - a->start));
    RP_VEC_PUSH(h->texts) = t;
    return t;
}

const char *rp_harness_attr(const rp_annot *a, const char *key)
{
    for (uint32_t i = 0; a && i < a->n_attrs; i++)
        if (strcmp(a->attrs[i].key, key) == 0)
            return a->attrs[i].value;
    return NULL;
}

long rp_harness_find(rp_harness *h, const char *label, const char *text)
{
    for (size_t i = 0; i < h->sink.annots.n; i++) {
        const rp_annot *a = &h->sink.annots.v[i];
        if (strcmp(a->label, label) != 0)
            continue;
        size_t n = (size_t)(a->end - a->start);
        if (!text || (strlen(text) == n && memcmp(h->doc.doc.text + a->start, text, n) == 0))
            return (long)i;
    }
    return -1;
}

uint64_t rp_harness_rejected(const rp_harness *h)
{
    return h->sink.n_rejected;
}

const rp_doc *rp_harness_doc(const rp_harness *h)
{
    return &h->doc.doc;
}

void rp_harness_labels(rp_harness *h, const char *const **labels, size_t *n)
{
    rp_instances_labels(h->inst, 0, labels, n);
}

void rp_harness_dump(rp_harness *h, FILE *out)
{
    for (size_t i = 0; i < h->sink.annots.n; i++) {
        const rp_annot *a = &h->sink.annots.v[i];
        fprintf(out, "%llu\t%llu\t%s\t%s\t", (unsigned long long)a->start,
                (unsigned long long)a->end, a->label, rp_harness_text(h, i));
        for (uint32_t k = 0; k < a->n_attrs; k++)
            fprintf(out, "%s%s=%s", k ? ";" : "", a->attrs[k].key, a->attrs[k].value);
        fputc('\n', out);
    }
}

void rp_harness_free(rp_harness *h)
{
    if (!h)
        return;
    rp_instances_close(h->inst);
    rp_modules_free(&h->mods);
    forget_texts(h);
    RP_VEC_FREE(h->texts);
    for (size_t i = 0; h->optv && h->optv[i]; i++)
        free(h->optv[i]);
    free(h->optv);
    rp_sink_free(&h->sink);
    rp_docbuf_free(&h->doc);
    rp_vocab_free(h->vocab);
    free(h);
}
