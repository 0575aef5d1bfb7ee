/*
 * good.c -- a small working plugin for the loader and host tests: it tags
 * every token whose folded form is the `word` option (default "rapporteur")
 * with the `label` option (default "hit") and an attribute n = the
 * occurrence number.  fail=yes makes process() fail; bad=yes emits
 * annotations the sink must reject.  Everything but rp_plugin is static.
 */
#include <rapporteur/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef GOOD_NAME
#define GOOD_NAME "good"
#endif

typedef struct good {
    const rp_host *host;
    char word[64];
    char label[64];
    const char *labels[1];
    int fail, bad;
} good;

static const rp_option good_options[] = {
    {"word", "the folded word to tag (default: rapporteur)"},
    {"label", "the label to give it (default: hit)"},
    {"fail", "yes: process() fails"},
    {"bad", "yes: emit annotations the host must reject"},
    {NULL, NULL},
};

static int good_open(const rp_host *host, const char *const *opts, void **state, char *err,
                     size_t errlen)
{
    good *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return RP_ERR;
    }
    g->host = host;
    snprintf(g->word, sizeof g->word, "rapporteur");
    snprintf(g->label, sizeof g->label, "hit");
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *v = strchr(opts[i], '=') + 1;
        if (strncmp(opts[i], "word=", 5) == 0)
            snprintf(g->word, sizeof g->word, "%s", v);
        else if (strncmp(opts[i], "label=", 6) == 0)
            snprintf(g->label, sizeof g->label, "%s", v);
        else if (strncmp(opts[i], "fail=", 5) == 0)
            g->fail = strcmp(v, "yes") == 0;
        else if (strncmp(opts[i], "bad=", 4) == 0)
            g->bad = strcmp(v, "yes") == 0;
    }
    g->labels[0] = g->label;
    *state = g;
    return RP_OK;
}

static int good_process(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    good *g = state;
    unsigned n = 0;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        const rp_token *t = &doc->tokens[i];
        if (strcmp(t->norm, g->word) != 0)
            continue;
        char num[16];
        snprintf(num, sizeof num, "%u", ++n);
        rp_kv attr = {"n", num};
        rp_annotation a = {.label = g->label, .start = t->start, .end = t->end, .attrs = &attr,
                           .n_attrs = 1};
        g->host->emit(sink, &a);
    }
    if (g->bad) {
        rp_annotation past = {.label = g->label, .start = 0, .end = doc->len + 1};
        rp_annotation nolabel = {.label = "", .start = 0, .end = 1};
        rp_kv k = {"Bad Key", "x"};
        rp_annotation badkey = {.label = g->label, .start = 0, .end = 1, .attrs = &k, .n_attrs = 1};
        g->host->emit(sink, &past);
        g->host->emit(sink, &nolabel);
        g->host->emit(sink, &badkey);
    }
    if (g->fail) {
        snprintf(err, errlen, "asked to fail after %u annotations", n);
        return RP_ERR;
    }
    return RP_OK;
}

static int good_labels(void *state, const char *const **labels, size_t *n)
{
    good *g = state;
    *labels = g->labels;
    *n = 1;
    return RP_OK;
}

static void good_close(void *state)
{
    free(state);
}

RP_PLUGIN_DEFINE(good_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .flags = RP_PLUGIN_DEFAULT,
    .name = GOOD_NAME,
    .version = "1.0",
    .description = "tags one word (loader test plugin)",
    .options = good_options,
    .open = good_open,
    .process = good_process,
    .labels = good_labels,
    .close = good_close,
};
