/*
 * instances.c -- one instance of every loaded plugin for one worker:
 * routing the -P options to the plugins that declare them, open(),
 * process() of each document into the worker's sink, labels(), close().
 *
 * A worker calls rp_instances_open from its own thread and is then the
 * only user of the instances, so nothing here locks.  Options are checked
 * against each plugin's options table before anything is opened: a typo
 * in a key is an error naming the plugin and the key, never silently
 * ignored.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "host.h"

typedef struct instance {
    const rp_module *mod;
    rp_host *host;
    void *state;
    int opened;
} instance;

struct rp_instances {
    instance *v;
    size_t n;
};

typedef RP_VEC(const char *) str_list;

/* ---- options ---------------------------------------------------------- */

/* "plugin.key=value": lengths of plugin and key; 0 when malformed. */
static int opt_split(const char *s, size_t *plen, size_t *klen)
{
    const char *dot = strchr(s, '.');
    const char *eq = strchr(s, '=');
    if (!dot || !eq || dot > eq || dot == s || eq == dot + 1)
        return 0;
    *plen = (size_t)(dot - s);
    *klen = (size_t)(eq - dot - 1);
    return 1;
}

static int declares(const rp_plugin *p, const char *key, size_t klen)
{
    for (const rp_option *o = p->options; o && o->name; o++)
        if (strlen(o->name) == klen && memcmp(o->name, key, klen) == 0)
            return 1;
    return 0;
}

static void list_keys(const rp_plugin *p, rp_buf *b)
{
    for (const rp_option *o = p->options; o && o->name; o++)
        rp_buf_printf(b, "%s%s", o == p->options ? "" : ", ", o->name);
    if (!b->len)
        rp_buf_adds(b, "none");
}

static int opts_check(const rp_modules *m, const char *const *opts, int report);

int rp_plugin_opts_check(const rp_modules *m, const char *const *opts)
{
    return opts_check(m, opts, 1);
}

/* The first worker to fail reports; the others fail quietly. */
static int first_failure(const rp_modules *m)
{
    return atomic_exchange(&((rp_modules *)m)->open_failed, 1) == 0;
}

static int opts_check(const rp_modules *m, const char *const *opts, int report)
{
    int bad = 0;
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *s = opts[i];
        size_t pl, kl;
        if (!opt_split(s, &pl, &kl)) {
            if (report)
                rp_error("-P %s: expected plugin.key=value", s);
            bad = 1;
            continue;
        }
        if (pl == 1 && s[0] == '*')
            continue; /* reaches whoever declares the key; nobody is fine */
        const rp_module *mod = NULL;
        for (size_t j = 0; j < m->n && !mod; j++)
            if (strlen(m->v[j].plugin->name) == pl && memcmp(m->v[j].plugin->name, s, pl) == 0)
                mod = &m->v[j];
        if (!mod) {
            if (report)
                rp_error("-P %s: plugin \"%.*s\" is not running (select it with -p)", s, (int)pl, s);
            bad = 1;
        } else if (!declares(mod->plugin, s + pl + 1, kl)) {
            bad = 1;
            if (!report)
                continue;
            rp_buf keys;
            rp_buf_init(&keys);
            list_keys(mod->plugin, &keys);
            rp_error("-P %s: plugin \"%s\" has no option \"%.*s\" (its options: %s)", s,
                     mod->plugin->name, (int)kl, s + pl + 1, keys.data);
            rp_buf_free(&keys);
        }
    }
    return bad ? RP_EXIT_INPUT : 0;
}

/* The "key=value" strings (pointers into opts) that reach plugin p. */
static void opts_for(const rp_plugin *p, const char *const *opts, str_list *out)
{
    out->n = 0;
    size_t nl = strlen(p->name);
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *s = opts[i];
        size_t pl, kl;
        if (!opt_split(s, &pl, &kl))
            continue;
        int mine = (pl == nl && memcmp(s, p->name, nl) == 0) || (pl == 1 && s[0] == '*');
        if (mine && declares(p, s + pl + 1, kl))
            RP_VEC_PUSH(*out) = s + pl + 1;
    }
    RP_VEC_PUSH(*out) = NULL;
}

/* ---- lifecycle -------------------------------------------------------- */

rp_instances *rp_instances_open(const rp_modules *m, const char *const *opts, unsigned emit_drops)
{
    if (opts_check(m, opts, 0) != 0) {
        if (first_failure(m))
            opts_check(m, opts, 1);
        return NULL;
    }
    rp_instances *in = rp_xcalloc(1, sizeof *in);
    in->v = rp_xcalloc(m->n ? m->n : 1, sizeof *in->v);
    str_list mine = {0};
    for (size_t i = 0; i < m->n; i++) {
        instance *it = &in->v[in->n++];
        it->mod = &m->v[i];
        it->host = rp_host_new(it->mod->plugin, emit_drops);
        opts_for(it->mod->plugin, opts, &mine);
        char err[1024] = "";
        int rc = it->mod->plugin->open(it->host, mine.v, &it->state, err, sizeof err);
        if (rc != RP_OK) {
            if (first_failure(m))
                rp_error("plugin \"%s\" (%s): open failed: %s", it->mod->plugin->name,
                         it->mod->path, err[0] ? err : "no reason given");
            RP_VEC_FREE(mine);
            rp_instances_close(in);
            return NULL;
        }
        it->opened = 1;
    }
    RP_VEC_FREE(mine);
    return in;
}

int rp_instances_process(rp_instances *in, const rp_doc *doc, rp_sink *sink)
{
    int failed = 0;
    for (size_t i = 0; in && i < in->n; i++) {
        instance *it = &in->v[i];
        const rp_plugin *p = it->mod->plugin;
        size_t before = sink->annots.n;
        char err[1024] = "";
        sink->plugin = p->name;
        int rc = p->process(it->state, doc, sink, err, sizeof err);
        if (rc != RP_OK) {
            /* all or nothing: a half-analysed document would skew counts */
            sink->annots.n = before;
            rp_error("plugin \"%s\": doc \"%s\": %s", p->name, doc->id ? doc->id : "-",
                     err[0] ? err : "process() failed without a message");
            failed++;
        }
    }
    sink->plugin = NULL;
    return failed;
}

void rp_instances_labels(rp_instances *in, size_t i, const char *const **labels, size_t *n)
{
    *labels = NULL;
    *n = 0;
    if (!in || i >= in->n)
        return;
    instance *it = &in->v[i];
    if (!it->mod->plugin->labels)
        return;
    if (it->mod->plugin->labels(it->state, labels, n) != RP_OK || !*labels) {
        *labels = NULL;
        *n = 0;
    }
}

unsigned rp_instances_doc_skip(const rp_instances *in)
{
    unsigned skip = ~0u;
    for (size_t i = 0; in && i < in->n; i++)
        skip &= rp_host_doc_skip(in->v[i].host);
    return skip;
}

size_t rp_instances_count(const rp_instances *in)
{
    return in ? in->n : 0;
}

const char *rp_instances_name(const rp_instances *in, size_t i)
{
    return in && i < in->n ? in->v[i].mod->plugin->name : NULL;
}

void rp_instances_close(rp_instances *in)
{
    if (!in)
        return;
    for (size_t i = in->n; i-- > 0;) {
        instance *it = &in->v[i];
        if (it->opened)
            it->mod->plugin->close(it->state);
        rp_host_free(it->host);
    }
    free(in->v);
    free(in);
}
