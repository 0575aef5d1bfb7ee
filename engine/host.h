/*
 * host.h -- the engine side of the plugin ABI: finding and loading plugin
 * modules with libltdl, opening one instance per worker, the host services
 * table (rp_host) each instance gets, and the sink that collects the
 * annotations a plugin emits for one document.
 */
#ifndef RP_HOST_H
#define RP_HOST_H

#include <rapporteur/plugin.h>

#include "util.h"

/* One loaded plugin module. */
typedef struct rp_module {
    const rp_plugin *plugin;
    char *path;     /* the file it was loaded from */
    void *handle;   /* lt_dlhandle */
} rp_module;

/* The set of loaded modules for a run. Owned by the caller
 * (rp_modules_free). */
typedef struct rp_modules {
    rp_module *v;
    size_t n;
} rp_modules;

/* What to load. */
typedef struct rp_loadopts {
    const char *const *dirs;  /* --plugin-dir values (NULL-terminated, may be NULL) */
    const char *select;       /* -p/--plugins "a,b" or NULL for every default plugin */
} rp_loadopts;

/* Finds and loads plugins (search order: --plugin-dir, RAPPORTEUR_PLUGIN_PATH,
 * the build tree when run from it, $(pkglibdir)). Returns 0, or an exit
 * status (RP_EXIT_*) after printing one line per failure. */
int rp_modules_load(const rp_loadopts *o, rp_modules *out);
/* Every plugin found (for `rapporteur plugins`), loaded or refused. */
int rp_modules_list(const rp_loadopts *o, FILE *out, int json);
void rp_modules_free(rp_modules *m);

/* One collected annotation (everything copied into the sink's arena). */
typedef struct rp_annot {
    const char *plugin;
    const char *label;
    uint64_t start;
    uint64_t end;
    rp_kv *attrs;
    uint32_t n_attrs;
    uint32_t sentence;  /* index in the document, or RP_NONE */
    const char *para;   /* printed paragraph number, or NULL */
    uint32_t block;
} rp_annot;

/* The sink behind rp_host.emit. One per worker; reset per document. */
struct rp_sink {
    const rp_doc *doc;
    const char *plugin;  /* name of the plugin currently processing */
    RP_VEC(rp_annot) annots;
    rp_arena arena;
    uint64_t n_rejected;
};

void rp_sink_init(rp_sink *s);
void rp_sink_reset(rp_sink *s, const rp_doc *doc);
void rp_sink_free(rp_sink *s);
/* Sorts by (start, end, plugin, label) -- the document order of DESIGN.md. */
void rp_sink_sort(rp_sink *s);

/* The instances of every loaded plugin for one worker. */
typedef struct rp_instances rp_instances;

/* opts: "plugin.key=value" strings from -P (NULL-terminated, may be NULL);
 * a key the plugin does not declare is an error. Returns NULL after
 * printing one line (plugin name, path, reason) on failure. */
rp_instances *rp_instances_open(const rp_modules *m, const char *const *opts);
/* Runs every instance on doc into sink (rp_sink_reset first). Returns the
 * number of plugins that failed; each failure is reported on stderr with
 * plugin and doc. */
int rp_instances_process(rp_instances *in, const rp_doc *doc, rp_sink *sink);
/* The ordered labels an instance's plugin declares (via labels()), for
 * plugin index i; *n = 0 when it declares none. */
void rp_instances_labels(rp_instances *in, size_t i, const char *const **labels, size_t *n);
size_t rp_instances_count(const rp_instances *in);
const char *rp_instances_name(const rp_instances *in, size_t i);
void rp_instances_close(rp_instances *in);

#endif /* RP_HOST_H */
