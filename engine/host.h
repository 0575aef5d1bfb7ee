/*
 * host.h -- the engine side of the plugin ABI: finding and loading plugin
 * modules with libltdl (loader.c), opening one instance per worker and
 * passing options (instances.c), the host services table (rp_host) each
 * instance gets (host.c), and the sink that collects the annotations a
 * plugin emits for one document (sink.c).
 *
 * Threads: rp_modules_load/list/free use libltdl, which is not
 * thread-safe: call them on the main thread, before workers start and
 * after they stop.  Everything else is per worker: each worker opens its
 * own rp_instances and owns its own rp_sink.
 *
 * Built-in plugins are NOT dlpreopened.  They are ordinary modules found
 * in $(pkglibdir) (or, run from the build tree, in its plugins/ folder),
 * exactly like a user's plugin.  Preopening would link every built-in into
 * the binary, make the installed binary behave differently from the
 * tested one, give built-ins an override path that user plugins do not
 * have (a user's themes.so could no longer shadow ours through
 * --plugin-dir), and would force every plugin to use the *_LTX_ symbol
 * prefix.  A rapporteur installed without its plugin directory runs the
 * commands that need no plugin and says which plugin it could not find.
 */
#ifndef RP_HOST_H
#define RP_HOST_H

#include <rapporteur/plugin.h>

#include <stdatomic.h>

#include "util.h"

/* One loaded plugin module. */
typedef struct rp_module {
    const rp_plugin *plugin;
    char *path;     /* the file it was loaded from (owned by rp_modules) */
    void *handle;   /* lt_dlhandle; NULL for a plugin linked into the program */
} rp_module;

/* The set of loaded modules for a run. Owned by the caller
 * (rp_modules_free). */
typedef struct rp_modules {
    rp_module *v;
    size_t n;
    size_t cap;
    int ltdl;       /* lt_dlinit() was called for this set */
    atomic_int open_failed; /* set by the first worker whose rp_instances_open
                               failed: the others stay quiet, so a failure
                               is one line whatever -j is */
} rp_modules;

/* What to load. */
typedef struct rp_loadopts {
    const char *const *dirs;  /* --plugin-dir values (NULL-terminated, may be NULL) */
    const char *select;       /* -p/--plugins "a,b" or NULL for every default plugin */
    const char *const *opts;  /* -P values (NULL-terminated) to check once the
                                 plugins are loaded (rp_plugin_opts_check), so a
                                 bad option is a usage error (exit 1) reported
                                 once; NULL: checked later by each worker */
} rp_loadopts;

/* Finds and loads plugins (search order: --plugin-dir, RAPPORTEUR_PLUGIN_PATH,
 * the build tree's plugins/ when run from it, $(pkglibdir)). With select,
 * exactly the named plugins in that order; without, every plugin flagged
 * RP_PLUGIN_DEFAULT (sorted by name), and each refused file is a warning.
 * Returns 0, or an exit status (RP_EXIT_*) after printing one line per
 * failure (`plugin "x" (path): reason`, or `plugin "x" not found ...`);
 * *out is then empty. Main thread only. The caller owns *out. */
int rp_modules_load(const rp_loadopts *o, rp_modules *out);
/* Every plugin found (for `rapporteur plugins`), loaded or refused, as
 * text or JSON Lines on out. Returns 0 or an RP_EXIT_* status. */
int rp_modules_list(const rp_loadopts *o, FILE *out, int json);

/* One file found in the plugin directories, and what the loader made of
 * it. */
enum rp_found_state { RP_FOUND_OK = 0, RP_FOUND_REFUSED = 1, RP_FOUND_SHADOWED = 2 };
typedef struct rp_found {
    const char *name;         /* the declared name once known good, else the
                                 file name without .la/.so */
    const char *path;
    int state;                /* enum rp_found_state */
    const char *reason;       /* REFUSED: why; SHADOWED: the file that wins */
    const rp_plugin *plugin;  /* OK only */
} rp_found;

/* Every candidate of every plugin directory, in search order, each
 * checked as rp_modules_load would (open() excepted). */
typedef struct rp_scan {
    rp_found *found;
    size_t n;
    const char *const *dirs;  /* the directories searched, in order */
    size_t n_dirs;
    void *priv;               /* the loader's: open handles, strings */
} rp_scan;

/* Fills *s (main thread only). Returns 0, or an RP_EXIT_* status after
 * one line (a --plugin-dir that does not exist). Everything in *s is
 * owned by it until rp_scan_free, which closes the modules. */
int rp_scan_plugins(const rp_loadopts *o, rp_scan *s);
void rp_scan_free(rp_scan *s);
/* Closes every module (after every instance is closed). Accepts NULL. */
void rp_modules_free(rp_modules *m);
/* Adds a plugin linked into the program itself (tests, the harness): no
 * file, no handle. path is a label for messages ("(linked)"); copied. The
 * plugin struct must outlive m. Returns 0, or -1 after printing why the
 * loader would refuse it (ABI, name). */
int rp_modules_add_linked(rp_modules *m, const rp_plugin *p, const char *path);

/* Is name a valid plugin name ([a-z][a-z0-9_-]*, at most 64 bytes)? */
int rp_plugin_name_ok(const char *name);
/* Is the running binary the build tree's ./rapporteur (RP_BUILDDIR)? */
int rp_running_from_build_tree(void);
/* Where shipped lexicons are: the source tree's lexicons/ when run from
 * the build tree, else RP_LEXICONDIR. Static string. */
const char *rp_lexicon_dir(void);

/* One collected annotation (everything copied into the sink's arena). */
typedef struct rp_annot {
    const char *plugin; /* the plugin's name (owned by the module) */
    const char *label;
    uint64_t start;
    uint64_t end;
    rp_kv *attrs;
    uint32_t n_attrs;
    uint32_t sentence;  /* index in the document, or RP_NONE */
    const char *para;   /* printed paragraph number, or NULL (owned by the doc) */
    uint32_t block;     /* index in the document, or RP_NONE */
    uint32_t seq;       /* emission order: the last sort key, for stability */
} rp_annot;

/* What a job never reads of the annotations (rp_sink.skip, set from
 * rp_job.sink_skip): the sink does not spend time filling it.  Checks and
 * rejections stay the same whatever is skipped. */
enum rp_sink_skip {
    RP_SINK_NO_ATTRS = 1u << 0, /* attributes are checked, not copied (attrs NULL,
                                   n_attrs 0) */
    RP_SINK_NO_LOCATE = 1u << 1 /* sentence and block RP_NONE, para NULL */
};

/* The sink behind rp_host.emit. One per worker; reset per document. The
 * annotations and everything they point to (in the arena) belong to the
 * sink and stay valid until the next rp_sink_reset or rp_sink_free; para
 * points into the document, plugin into its module. */
struct rp_sink {
    const rp_doc *doc;
    const char *plugin;  /* name of the plugin currently processing */
    RP_VEC(rp_annot) annots;
    rp_arena arena;
    uint64_t n_rejected; /* annotations refused since rp_sink_init */
    uint32_t n_logged;   /* rejections logged for this document (capped) */
    unsigned skip;       /* enum rp_sink_skip; 0 (rp_sink_init): keep everything */
    /* With RP_SINK_NO_ATTRS, the labels copied for this document by the
     * plugin's pointer (a plugin passes the same strings again and again:
     * compared, not copied; see sink.c) */
    struct { const char *src, *copy; } labels[64];
};

/* Sets up an empty sink (the caller owns the struct; rp_sink_free). */
void rp_sink_init(rp_sink *s);
/* Forgets the previous document's annotations (keeps the memory) and
 * sets the document the next emits refer to. */
void rp_sink_reset(rp_sink *s, const rp_doc *doc);
void rp_sink_free(rp_sink *s);
/* Copies one annotation from s->plugin into the sink (label, attrs into
 * the arena; sentence, para and block looked up from the span). A span
 * outside the document, an empty span or label, or a bad attribute key is
 * rejected: counted in n_rejected, logged (at most a few lines per
 * document) and RP_ERR returned. The rp_host.emit service. */
int rp_sink_add(rp_sink *s, const rp_annotation *a);
/* Sorts by (start, end, plugin, label), then emission order -- the
 * document order of DESIGN.md. */
void rp_sink_sort(rp_sink *s);

/* The services table for one instance of plugin p (whose name prefixes
 * its log lines), in a run that drops emit_drops (enum rp_emit_drop) of
 * every annotation. Owned by the caller: rp_host_free. */
rp_host *rp_host_new(const rp_plugin *p, unsigned emit_drops);
void rp_host_free(rp_host *h);
/* The parts of a document (enum rp_doc_part) the instance behind host
 * can do without: what it said through doc_skip, less what its matchers
 * read. */
unsigned rp_host_doc_skip(const rp_host *host);

/* The instances of every loaded plugin for one worker. */
typedef struct rp_instances rp_instances;

/* Checks -P options against the modules without opening anything: every
 * "plugin.key=value" must name a loaded plugin and a key it declares;
 * "*.key=value" goes to the plugins that declare key. Returns 0, or
 * RP_EXIT_INPUT after one line per bad option. rp_instances_open runs the
 * same check; call this once on the main thread to report it once. */
int rp_plugin_opts_check(const rp_modules *m, const char *const *opts);
/* opts: "plugin.key=value" strings from -P (NULL-terminated, may be NULL);
 * a key the plugin does not declare is an error. Each plugin's open()
 * gets its own "key=value" strings in command-line order, and a host
 * whose emit_drops is emit_drops (enum rp_emit_drop). Returns NULL
 * after printing one line (plugin name, path, reason) on failure; when
 * several workers fail, only the first one prints. Call
 * from the worker thread that will use the instances. The caller owns
 * the result (rp_instances_close); m must outlive it. */
rp_instances *rp_instances_open(const rp_modules *m, const char *const *opts, unsigned emit_drops);
/* Runs every instance on doc into sink (the caller resets the sink
 * first: rp_sink_reset). Returns the number of plugins that failed; each
 * failure is reported on stderr with plugin and doc, and the annotations
 * that plugin emitted for this document are dropped. */
int rp_instances_process(rp_instances *in, const rp_doc *doc, rp_sink *sink);
/* The ordered labels an instance's plugin declares (via labels()), for
 * plugin index i; *n = 0 when it declares none. Owned by the instance. */
void rp_instances_labels(rp_instances *in, size_t i, const char *const **labels, size_t *n);
/* The parts of a document (enum rp_doc_part) that no instance reads
 * (rp_host.doc_skip): every part when there are none.  Asked before each
 * document, since an instance may create a matcher at any time. */
unsigned rp_instances_doc_skip(const rp_instances *in);
/* Number of instances (one per loaded module, in the modules' order). */
size_t rp_instances_count(const rp_instances *in);
/* Name of plugin i (owned by its module: valid until rp_modules_free), or
 * NULL when i is out of range. */
const char *rp_instances_name(const rp_instances *in, size_t i);
/* Closes every instance (close(), then the host tables). Accepts NULL. */
void rp_instances_close(rp_instances *in);

#endif /* RP_HOST_H */
