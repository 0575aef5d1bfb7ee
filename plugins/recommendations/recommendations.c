/*
 * recommendations.c -- the recommendations plugin: finds recommended
 * actions in UN prose and in UPR recommendation lists, one annotation per
 * action, with its UPR Info action category (1-5), the strength of the cue
 * and who is asked to act (rules.c says how).
 *
 * This file holds the plugin's entry points and options; the only symbol
 * the module exports is `rp_plugin`.  Options (-P recommendations.KEY=VALUE):
 *   actions, cues, objects, grammar   replace one of the shipped lexicons
 *                                     (the .lex files in recommendations/,
 *                                     relative to the host's lexicon directory)
 *   addressees   comma-separated actor lexicons for addressees and
 *                recommending States, after recommendations/addressees.lex
 *                (default: the .lex files in lexicons/actors/ but
 *                demonyms.lex, when installed)
 *   imperatives  yes|no: sentence-initial UPR imperatives (default yes)
 *   prose        yes|no: cues in running text (default yes)
 *   model        the action-category model (default
 *                recommendations/category.model), or `none` for the hand
 *                rules' category (actions.lex, objects.lex)
 *   features     yes|no: add attrs.features, the model's input features
 *                (what eval/upr/train_category.py trains on; default no)
 */
#include "recs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_option options[] = {
    {"actions", "action verbs with UPR category (default recommendations/actions.lex)"},
    {"cues", "deontic cues and recommending verbs (default recommendations/cues.lex)"},
    {"objects", "object words for object-dependent verbs (default recommendations/objects.lex)"},
    {"grammar", "closed-class word roles (default recommendations/grammar.lex)"},
    {"addressees", "comma-separated actor lexicons used after recommendations/addressees.lex "
                   "(default: the actors lexicons but demonyms.lex)"},
    {"imperatives", "yes|no: count sentence-initial imperatives (UPR lists; default yes)"},
    {"prose", "yes|no: count cues in running text (default yes)"},
    {"model", "action-category model (default recommendations/category.model; none: the "
              "lexicons' category)"},
    {"features", "yes|no: add attrs.features, the category model's inputs (default no)"},
    {NULL, NULL},
};

/* The value of key in opts, or NULL. */
static const char *opt(const char *const *opts, const char *key)
{
    size_t n = strlen(key);
    const char *found = NULL;
    for (size_t i = 0; opts != NULL && opts[i] != NULL; i++)
        if (strncmp(opts[i], key, n) == 0 && opts[i][n] == '=')
            found = opts[i] + n + 1; /* the last one wins */
    return found;
}

static int yes_no(const char *v, int dflt, int *out)
{
    if (v == NULL) {
        *out = dflt;
        return 0;
    }
    if (strcmp(v, "yes") == 0 || strcmp(v, "1") == 0 || strcmp(v, "true") == 0) {
        *out = 1;
        return 0;
    }
    if (strcmp(v, "no") == 0 || strcmp(v, "0") == 0 || strcmp(v, "false") == 0) {
        *out = 0;
        return 0;
    }
    return -1;
}

static void recs_close(void *state)
{
    recs_state *st = state;
    if (st == NULL)
        return;
    recs_words_free(&st->words);
    recs_addr_close(&st->addr);
    recs_model_free(&st->model);
    free(st->fm);
    free(st->vrow);
    free(st->used);
    free(st->marks);
    free(st);
}

static int recs_open(const rp_host *host, const char *const *opts, void **state, char *err,
                     size_t errlen)
{
    *state = NULL;
    if (RP_ABI_GET_MAJOR(host->abi_version) != RP_ABI_MAJOR) {
        snprintf(err, errlen, "host ABI %u.%u, plugin built for %u.%u",
                 RP_ABI_GET_MAJOR(host->abi_version), RP_ABI_GET_MINOR(host->abi_version),
                 RP_ABI_MAJOR, RP_ABI_MINOR);
        return RP_ERR;
    }
    recs_state *st = calloc(1, sizeof *st);
    if (st == NULL) {
        snprintf(err, errlen, "out of memory");
        return RP_ERR;
    }
    st->host = host;
    if (yes_no(opt(opts, "imperatives"), 1, &st->opts.imperatives) != 0
        || yes_no(opt(opts, "prose"), 1, &st->opts.prose) != 0
        || yes_no(opt(opts, "features"), 0, &st->opts.features) != 0) {
        snprintf(err, errlen, "imperatives, prose and features take yes or no");
        free(st);
        return RP_ERR;
    }
    const char *actions = opt(opts, "actions"), *cues = opt(opts, "cues");
    const char *objects = opt(opts, "objects"), *grammar = opt(opts, "grammar");
    if (recs_words_load(&st->words, host, actions ? actions : "recommendations/actions.lex",
                        cues ? cues : "recommendations/cues.lex",
                        objects ? objects : "recommendations/objects.lex",
                        grammar ? grammar : "recommendations/grammar.lex", err, errlen)
        != 0) {
        recs_words_free(&st->words);
        free(st);
        return RP_ERR;
    }
    const char *model = opt(opts, "model");
    if (model == NULL)
        model = "recommendations/category.model";
    if (strcmp(model, "none") != 0
        && recs_model_load(&st->model, host, model, err, errlen) != 0) {
        recs_words_free(&st->words);
        free(st);
        return RP_ERR;
    }
    if (recs_addr_open(&st->addr, host, opt(opts, "addressees"), err, errlen) != 0) {
        recs_words_free(&st->words);
        recs_model_free(&st->model);
        recs_addr_close(&st->addr);
        free(st);
        return RP_ERR;
    }
    *state = st;
    return RP_OK;
}

static int recs_run(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    return recs_process(state, doc, sink, err, errlen);
}

/* The exported symbol `rp_plugin`, under the C name recs_plugin (see
 * RP_PLUGIN_DEFINE in plugin.h). */
RP_PLUGIN_DEFINE(recs_plugin) = {
    RP_ABI_VERSION,
    RP_PLUGIN_DEFAULT,
    "recommendations",
    "0.1.0",
    "recommended actions: UPR action category 1-5, strength, cue, addressee",
    options,
    recs_open,
    recs_run,
    NULL, /* labels: unlisted verbs after a cue are labelled too, so no closed list */
    recs_close,
};
