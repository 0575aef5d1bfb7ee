/*
 * failon.c -- a test plugin for issue 8's plugin-error tests: it tags
 * every token whose folded form is the `word` option (default "water")
 * with "hit", and its process() fails on a document that contains the
 * folded word `failon` (default "boom"), after emitting its hits, with a
 * message giving the byte offset. The host must report the plugin and the
 * doc, drop that document's annotations from this plugin and go on
 * (or stop with --strict).
 */
#include <rapporteur/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct failon {
    const rp_host *host;
    char word[64];
    char failon[64];
} failon;

static const rp_option failon_options[] = {
    {"word", "the folded word to tag (default: water)"},
    {"failon", "fail on documents containing this folded word (default: boom)"},
    {NULL, NULL},
};

static const char *const failon_labels_v[] = {"hit"};

static int failon_open(const rp_host *host, const char *const *opts, void **state, char *err,
                       size_t errlen)
{
    failon *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, errlen, "out of memory");
        return RP_ERR;
    }
    f->host = host;
    snprintf(f->word, sizeof f->word, "water");
    snprintf(f->failon, sizeof f->failon, "boom");
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *v = strchr(opts[i], '=') + 1;
        if (strncmp(opts[i], "word=", 5) == 0)
            snprintf(f->word, sizeof f->word, "%s", v);
        else if (strncmp(opts[i], "failon=", 7) == 0)
            snprintf(f->failon, sizeof f->failon, "%s", v);
    }
    *state = f;
    return RP_OK;
}

static int failon_process(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    failon *f = state;
    long bad = -1;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        const rp_token *t = &doc->tokens[i];
        if (bad < 0 && strcmp(t->norm, f->failon) == 0)
            bad = (long)t->start;
        if (strcmp(t->norm, f->word) != 0)
            continue;
        rp_annotation a = {.label = "hit", .start = t->start, .end = t->end};
        f->host->emit(sink, &a);
    }
    if (bad >= 0) {
        snprintf(err, errlen, "the document contains \"%s\" (byte %ld)", f->failon, bad);
        return RP_ERR;
    }
    return RP_OK;
}

static int failon_labels(void *state, const char *const **labels, size_t *n)
{
    (void)state;
    *labels = failon_labels_v;
    *n = 1;
    return RP_OK;
}

static void failon_close(void *state)
{
    free(state);
}

RP_PLUGIN_DEFINE(failon_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .name = "failon",
    .version = "1.0",
    .description = "tags one word, fails on documents with another (robustness test plugin)",
    .options = failon_options,
    .open = failon_open,
    .process = failon_process,
    .labels = failon_labels,
    .close = failon_close,
};
