/*
 * loader.c -- finding, opening and checking plugin modules (libltdl).
 *
 * Every *.la and *.so file in the plugin directories is a candidate; the
 * directories are searched in order (--plugin-dir, RAPPORTEUR_PLUGIN_PATH,
 * the build tree's plugins/ when this binary is the build tree's, then
 * $(pkglibdir)) and a name found in an earlier directory shadows the same
 * name later.  Each candidate goes through the checks of rapporteur-plugin(7)
 * in order -- a regular file that is not world-writable, it opens, it has
 * the rp_plugin symbol, same ABI major, minor not newer, a valid unique
 * name with the three mandatory functions -- and a refusal is one line
 * naming the plugin, its path and the reason.  All of this runs once, on
 * the main thread, before any worker starts: libltdl is not thread-safe.
 * Instances (open/process/close) are instances.c's business, the
 * listing of `rapporteur plugins` cmd_plugins.c's.
 */
#include "config.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <ltdl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host.h"

enum cand_state { CAND_OK, CAND_REFUSED, CAND_SHADOWED, CAND_UNUSED };

/* One file found in a plugin directory. */
typedef struct cand {
    char *base;     /* file name without .la/.so: the name before opening */
    char *path;     /* directory + file name */
    int state;      /* enum cand_state */
    char *reason;   /* why it was refused, or who shadows it (malloc'd) */
    lt_dlhandle handle;
    const rp_plugin *plugin;
} cand;

typedef RP_VEC(cand) cand_vec;
typedef RP_VEC(char *) str_vec;

/* ---- where to look ------------------------------------------------- */

int rp_running_from_build_tree(void)
{
    /* workers ask too (for the lexicon directory): the answer never
     * changes, so computing it twice is harmless, but the cache is atomic */
    static atomic_int cached = -1;
    int v = atomic_load(&cached);
    if (v >= 0)
        return v;
    v = 0;
    char self[PATH_MAX], want[PATH_MAX];
    if (realpath("/proc/self/exe", self)) {
        /* the binary itself, or libtool's uninstalled copy of it */
        static const char *const names[] = {"/rapporteur", "/.libs/rapporteur",
                                            "/.libs/lt-rapporteur"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            char p[PATH_MAX];
            snprintf(p, sizeof p, "%s%s", RP_BUILDDIR, names[i]);
            if (realpath(p, want) && strcmp(self, want) == 0)
                v = 1;
        }
    }
    atomic_store(&cached, v);
    return v;
}

/* Adds dir unless the same directory (by realpath) is already listed:
 * the build tree's plugins/ may also be in RAPPORTEUR_PLUGIN_PATH. */
static void add_dir(str_vec *dirs, char *dir)
{
    char a[PATH_MAX], b[PATH_MAX];
    if (realpath(dir, a))
        for (size_t i = 0; i < dirs->n; i++)
            if (realpath(dirs->v[i], b) && strcmp(a, b) == 0) {
                free(dir);
                return;
            }
    RP_VEC_PUSH(*dirs) = dir;
}

/* The plugin directories in search order (strings malloc'd). Returns 0,
 * or RP_EXIT_ENV when a --plugin-dir does not exist. */
static int search_dirs(const rp_loadopts *o, str_vec *dirs)
{
    struct stat st;
    for (size_t i = 0; o && o->dirs && o->dirs[i]; i++) {
        if (stat(o->dirs[i], &st) != 0) {
            rp_error("--plugin-dir %s: %s", o->dirs[i], strerror(errno));
            return RP_EXIT_ENV;
        }
        if (!S_ISDIR(st.st_mode)) {
            rp_error("--plugin-dir %s: not a directory", o->dirs[i]);
            return RP_EXIT_ENV;
        }
        add_dir(dirs, rp_xstrdup(o->dirs[i]));
    }
    const char *env = getenv("RAPPORTEUR_PLUGIN_PATH");
    while (env && *env) {
        size_t n = strcspn(env, ":");
        if (n > 0)
            add_dir(dirs, rp_xstrndup(env, n));
        env += n + (env[n] == ':');
    }
    if (rp_running_from_build_tree())
        add_dir(dirs, rp_xstrdup(RP_BUILDDIR "/plugins"));
    add_dir(dirs, rp_xstrdup(RP_PLUGINDIR));
    return 0;
}

static int plugin_suffix(const char *name, size_t *baselen)
{
    size_t n = strlen(name);
    if (n > 3 && (strcmp(name + n - 3, ".la") == 0 || strcmp(name + n - 3, ".so") == 0)) {
        *baselen = n - 3;
        return name[n - 2] == 'l' ? 1 : 2; /* .la sorts before .so */
    }
    return 0;
}

typedef struct dirent_name {
    char *name;
    size_t baselen;
    int kind;
} dirent_name;

static int cmp_dirent(const void *a, const void *b)
{
    const dirent_name *x = a, *y = b;
    size_t n = x->baselen < y->baselen ? x->baselen : y->baselen;
    int c = memcmp(x->name, y->name, n);
    if (c)
        return c;
    if (x->baselen != y->baselen)
        return x->baselen < y->baselen ? -1 : 1;
    return x->kind - y->kind;
}

/* Adds the candidates of one directory (sorted by name; x.la wins over
 * x.so in the same directory, since libltdl finds the .so through it). */
static void scan_dir(const char *dir, cand_vec *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return; /* an absent default or environment directory is normal */
    RP_VEC(dirent_name) names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t bl;
        int kind = plugin_suffix(e->d_name, &bl);
        if (!kind || e->d_name[0] == '.')
            continue;
        dirent_name *dn = &RP_VEC_PUSH(names);
        dn->name = rp_xstrdup(e->d_name);
        dn->baselen = bl;
        dn->kind = kind;
    }
    closedir(d);
    if (names.n > 1)
        qsort(names.v, names.n, sizeof *names.v, cmp_dirent);
    for (size_t i = 0; i < names.n; i++) {
        dirent_name *dn = &names.v[i];
        int dup_in_dir = i > 0 && names.v[i - 1].baselen == dn->baselen &&
                         memcmp(names.v[i - 1].name, dn->name, dn->baselen) == 0;
        if (!dup_in_dir) {
            cand *c = &RP_VEC_PUSH(*out);
            memset(c, 0, sizeof *c);
            c->base = rp_xstrndup(dn->name, dn->baselen);
            size_t n = strlen(dir) + strlen(dn->name) + 2;
            c->path = rp_xmalloc(n);
            snprintf(c->path, n, "%s/%s", dir, dn->name);
        }
    }
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i].name);
    RP_VEC_FREE(names);
}

/* ---- checking one candidate --------------------------------------- */

static void refuse(cand *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void refuse(cand *c, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    c->state = CAND_REFUSED;
    c->reason = rp_xstrdup(line);
    if (c->handle)
        lt_dlclose(c->handle);
    c->handle = NULL;
    c->plugin = NULL;
}

/* Regular file, not writable by everyone. Returns 0 or refuses. */
static int check_file(cand *c, const char *file)
{
    struct stat st;
    if (stat(file, &st) != 0) {
        refuse(c, "%s: %s", file, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        refuse(c, "not a regular file%s%s", file == c->path ? "" : ": ", file == c->path ? "" : file);
        return -1;
    }
    if (st.st_mode & S_IWOTH) {
        refuse(c, "%s%sis world-writable, so anyone could change the code it runs (chmod o-w)",
               file == c->path ? "" : file, file == c->path ? "" : " ");
        return -1;
    }
    /* a directory anyone may write to (without the sticky bit of /tmp)
     * lets anyone replace the file, whatever the file's own mode */
    const char *slash = strrchr(file, '/');
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash == file ? 1 : slash - file) : 1,
             slash ? file : ".");
    if (stat(dir, &st) == 0 && (st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX)) {
        refuse(c, "its directory %s is world-writable, so anyone could replace it (chmod o-w, or "
                  "chmod +t)", dir);
        return -1;
    }
    return 0;
}

int rp_plugin_name_ok(const char *name)
{
    if (!name || !(*name >= 'a' && *name <= 'z'))
        return 0;
    for (const char *p = name + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
            return 0;
    return strlen(name) <= 64;
}

/* The name to show in messages: the declared one once it is known good. */
static const char *cand_name(const cand *c)
{
    if (c->plugin && rp_plugin_name_ok(c->plugin->name))
        return c->plugin->name;
    return c->base;
}

/* The shared object a candidate stands for: the file itself for x.so;
 * for a libtool archive, the file its dlname names, looked for where
 * libltdl looks (installed: libdir, then beside the .la; uninstalled:
 * .libs/, then beside it), so that it is checked BEFORE any of its code
 * runs. Returns 0 with the path in so, or -1 with the reason in why. */
static int shared_object(const char *path, char *so, size_t n, char *why, size_t wn)
{
    size_t len = strlen(path);
    if (len > 3 && strcmp(path + len - 3, ".so") == 0) {
        snprintf(so, n, "%s", path);
        return 0;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(why, wn, "cannot read: %s", strerror(errno));
        return -1;
    }
    char line[1200], dlname[256] = "", libdir[1024] = "";
    int installed = 0;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "dlname='%255[^']'", dlname) == 1 ||
            sscanf(line, "libdir='%1023[^']'", libdir) == 1)
            continue;
        if (strncmp(line, "installed=yes", 13) == 0)
            installed = 1;
    }
    fclose(f);
    if (!*dlname) {
        snprintf(why, wn, "not a libtool archive of a shared module (no dlname)");
        return -1;
    }
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path) : 1;
    const char *dir = slash ? path : ".";
    char cands[2][PATH_MAX];
    if (installed)
        snprintf(cands[0], PATH_MAX, "%s/%s", libdir, dlname);
    else
        snprintf(cands[0], PATH_MAX, "%.*s/.libs/%s", dirlen, dir, dlname);
    snprintf(cands[1], PATH_MAX, "%.*s/%s", dirlen, dir, dlname);
    for (int k = 0; k < 2; k++)
        if (access(cands[k], F_OK) == 0 && strlen(cands[k]) < n) {
            memcpy(so, cands[k], strlen(cands[k]) + 1);
            return 0;
        }
    snprintf(why, wn, "its shared object %s is missing (looked in %s and next to it)", dlname,
             installed ? (*libdir ? libdir : "its libdir") : ".libs/");
    return -1;
}

/* libltdl reports most dlopen failures as "file not found", even for a
 * file that is there but needs a missing library. On that (rare) path,
 * ask the system loader itself for the real reason. Writes one line. */
static void open_failure(const char *so, const char *ltdl_msg, char *out, size_t n)
{
    dlerror();
    void *h = dlopen(so, RTLD_LAZY | RTLD_LOCAL);
    const char *e = h ? NULL : dlerror();
    if (h)
        dlclose(h);
    if (!e)
        e = ltdl_msg ? ltdl_msg : "unknown error";
    int libs = strstr(e, "shared object file") || strstr(e, "symbol");
    snprintf(out, n, "cannot open: %s%s", e, libs ? " (check its libraries with ldd(1))" : "");
}

static void check_cand(cand *c, const cand_vec *all, size_t self)
{
    if (check_file(c, c->path) != 0)
        return;
    char so[PATH_MAX], why[1024];
    if (shared_object(c->path, so, sizeof so, why, sizeof why) != 0) {
        refuse(c, "cannot open: %s", why);
        return;
    }
    if (strcmp(so, c->path) != 0 && check_file(c, so) != 0)
        return;
    lt_dlerror(); /* clear a stale message */
    c->handle = lt_dlopenext(c->path);
    if (!c->handle) {
        open_failure(so, lt_dlerror(), why, sizeof why);
        refuse(c, "%s", why);
        return;
    }
    void *sym = lt_dlsym(c->handle, "rp_plugin");
    if (!sym) {
        refuse(c, "no rp_plugin symbol: not a rapporteur plugin (or it was not exported with "
                  "RP_PLUGIN_EXPORT)");
        return;
    }
    /* the file the system loader really mapped (should libltdl have found
     * the .la's shared object somewhere else) passes the same checks */
    Dl_info info;
    if (dladdr(sym, &info) && info.dli_fname && strcmp(info.dli_fname, c->path) != 0 &&
        check_file(c, info.dli_fname) != 0)
        return;
    c->plugin = sym;
    unsigned int v = c->plugin->abi_version;
    if (RP_ABI_GET_MAJOR(v) != RP_ABI_MAJOR) {
        refuse(c, "incompatible ABI %u.%u (engine supports %d.x)", RP_ABI_GET_MAJOR(v),
               RP_ABI_GET_MINOR(v), RP_ABI_MAJOR);
        return;
    }
    if (RP_ABI_GET_MINOR(v) > RP_ABI_MINOR) {
        refuse(c, "built for ABI %u.%u, newer than this engine's %d.%d (upgrade rapporteur)",
               RP_ABI_GET_MAJOR(v), RP_ABI_GET_MINOR(v), RP_ABI_MAJOR, RP_ABI_MINOR);
        return;
    }
    if (!rp_plugin_name_ok(c->plugin->name)) {
        const char *n = c->plugin->name;
        refuse(c, "invalid name \"%.64s\" (expected [a-z][a-z0-9_-]*, at most 64 characters)",
               n ? n : "(null)");
        return;
    }
    if (!c->plugin->open || !c->plugin->process || !c->plugin->close) {
        refuse(c, "no %s() function", !c->plugin->open ? "open" : !c->plugin->process ? "process" : "close");
        return;
    }
    for (size_t i = 0; i < self; i++) {
        const cand *o = &all->v[i];
        if (o->state == CAND_OK && strcmp(o->plugin->name, c->plugin->name) == 0) {
            refuse(c, "name \"%s\" is already used by %s", c->plugin->name, o->path);
            return;
        }
    }
    c->state = CAND_OK;
}

/* ---- every candidate of every directory ---------------------------- */

typedef struct scan {
    str_vec dirs;
    cand_vec c;
} scan;

static void scan_free(scan *s)
{
    for (size_t i = 0; i < s->c.n; i++) {
        cand *c = &s->c.v[i];
        if (c->handle)
            lt_dlclose(c->handle);
        free(c->base);
        free(c->path);
        free(c->reason);
    }
    RP_VEC_FREE(s->c);
    for (size_t i = 0; i < s->dirs.n; i++)
        free(s->dirs.v[i]);
    RP_VEC_FREE(s->dirs);
}

static int ltdl_start(void)
{
    if (lt_dlinit() != 0) {
        const char *e = lt_dlerror();
        rp_error("cannot initialise libltdl: %s", e ? e : "unknown error");
        return RP_EXIT_ENV;
    }
    return 0;
}

static int scan_all(const rp_loadopts *o, scan *s)
{
    memset(s, 0, sizeof *s);
    int rc = search_dirs(o, &s->dirs);
    if (rc)
        return rc;
    for (size_t d = 0; d < s->dirs.n; d++) {
        size_t first = s->c.n;
        scan_dir(s->dirs.v[d], &s->c);
        /* an earlier directory's file of the same name shadows this one */
        for (size_t i = first; i < s->c.n; i++)
            for (size_t j = 0; j < first; j++)
                if (s->c.v[j].state != CAND_SHADOWED && strcmp(s->c.v[j].base, s->c.v[i].base) == 0) {
                    s->c.v[i].state = CAND_SHADOWED;
                    s->c.v[i].reason = rp_xstrdup(s->c.v[j].path);
                    break;
                }
    }
    for (size_t i = 0; i < s->c.n; i++)
        if (s->c.v[i].state != CAND_SHADOWED)
            check_cand(&s->c.v[i], &s->c, i);
    return 0;
}

static void refusal_line(const cand *c, int as_error)
{
    if (as_error)
        rp_error("plugin \"%s\" (%s): %s", cand_name(c), c->path, c->reason);
    else
        rp_warn("plugin \"%s\" (%s): %s", cand_name(c), c->path, c->reason);
}

static void take(rp_modules *out, cand *c)
{
    RP_GROW(out->v, out->cap, out->n + 1);
    rp_module *m = &out->v[out->n++];
    m->plugin = c->plugin;
    m->path = c->path;
    m->handle = c->handle;
    c->path = NULL;
    c->handle = NULL;
    c->state = CAND_UNUSED;
}

static int cmp_module(const void *a, const void *b)
{
    return strcmp(((const rp_module *)a)->plugin->name, ((const rp_module *)b)->plugin->name);
}

int rp_modules_load(const rp_loadopts *o, rp_modules *out)
{
    memset(out, 0, sizeof *out);
    int rc = ltdl_start();
    if (rc)
        return rc;
    out->ltdl = 1;
    scan s;
    rc = scan_all(o, &s);
    if (rc)
        goto done;
    if (!o || !o->select) {
        /* every default plugin; a refused file may have been one of them */
        for (size_t i = 0; i < s.c.n; i++) {
            cand *c = &s.c.v[i];
            if (c->state == CAND_REFUSED)
                refusal_line(c, 0);
            else if (c->state == CAND_OK && (c->plugin->flags & RP_PLUGIN_DEFAULT))
                take(out, c);
        }
        if (out->n > 1)
            qsort(out->v, out->n, sizeof *out->v, cmp_module);
        goto done;
    }
    /* -p a,b: exactly those, in that order */
    for (const char *p = o->select; *p;) {
        size_t n = strcspn(p, ",");
        size_t b0 = 0, e0 = n; /* "themes, actors" */
        while (b0 < e0 && (p[b0] == ' ' || p[b0] == '\t'))
            b0++;
        while (e0 > b0 && (p[e0 - 1] == ' ' || p[e0 - 1] == '\t'))
            e0--;
        char *want = rp_xstrndup(p + b0, e0 - b0);
        p += n + (p[n] == ',');
        if (!*want) {
            rp_error("-p/--plugins: empty plugin name in '%s'", o->select);
            free(want);
            rc = RP_EXIT_INPUT;
            goto done;
        }
        int found = 0;
        for (size_t i = 0; i < out->n && !found; i++)
            found = strcmp(out->v[i].plugin->name, want) == 0;
        for (size_t i = 0; i < s.c.n && !found; i++) {
            cand *c = &s.c.v[i];
            if (c->state == CAND_OK && strcmp(c->plugin->name, want) == 0) {
                take(out, c);
                found = 1;
            }
        }
        /* not loaded: say why, when a file of that name was refused */
        for (size_t i = 0; i < s.c.n && !found; i++) {
            cand *c = &s.c.v[i];
            if (c->state == CAND_REFUSED &&
                (strcmp(c->base, want) == 0 || strcmp(cand_name(c), want) == 0)) {
                refusal_line(c, 1);
                found = -1;
            }
        }
        for (size_t i = 0; i < s.c.n && !found; i++) {
            cand *c = &s.c.v[i]; /* a file named like it, calling itself otherwise */
            if (c->state == CAND_OK && strcmp(c->base, want) == 0) {
                rp_error("plugin \"%s\" not found (%s calls itself \"%s\": use -p %s)", want,
                         c->path, c->plugin->name, c->plugin->name);
                found = -1;
            }
        }
        if (!found) {
            rp_buf b;
            rp_buf_init(&b);
            for (size_t d = 0; d < s.dirs.n; d++)
                rp_buf_printf(&b, "%s%s", d ? ":" : "", s.dirs.v[d]);
            rp_error("plugin \"%s\" not found (searched %s)", want, b.data ? b.data : "nothing");
            rp_buf_free(&b);
        }
        free(want);
        if (found != 1)
            rc = RP_EXIT_ENV;
    }
done:
    scan_free(&s);
    if (rc == 0 && o && o->opts)
        rc = rp_plugin_opts_check(out, o->opts); /* on the final selection */
    if (rc)
        rp_modules_free(out);
    return rc;
}

void rp_modules_free(rp_modules *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++) {
        if (m->v[i].handle)
            lt_dlclose(m->v[i].handle);
        free(m->v[i].path);
    }
    free(m->v);
    if (m->ltdl)
        lt_dlexit();
    memset(m, 0, sizeof *m);
}

/* ---- the scan, for `rapporteur plugins` ---------------------------- */

int rp_scan_plugins(const rp_loadopts *o, rp_scan *out)
{
    memset(out, 0, sizeof *out);
    int rc = ltdl_start();
    if (rc)
        return rc;
    scan *s = rp_xcalloc(1, sizeof *s);
    out->priv = s;
    rc = scan_all(o, s);
    if (rc) {
        rp_scan_free(out);
        return rc;
    }
    out->found = rp_xcalloc(s->c.n ? s->c.n : 1, sizeof *out->found);
    for (size_t i = 0; i < s->c.n; i++) {
        const cand *c = &s->c.v[i];
        rp_found *f = &out->found[out->n++];
        f->name = cand_name(c);
        f->path = c->path;
        f->reason = c->reason;
        f->state = c->state == CAND_OK ? RP_FOUND_OK
                   : c->state == CAND_SHADOWED ? RP_FOUND_SHADOWED : RP_FOUND_REFUSED;
        f->plugin = c->state == CAND_OK ? c->plugin : NULL;
    }
    out->dirs = (const char *const *)s->dirs.v;
    out->n_dirs = s->dirs.n;
    return 0;
}

void rp_scan_free(rp_scan *s)
{
    if (!s || !s->priv)
        return;
    scan_free(s->priv);
    free(s->priv);
    free(s->found);
    memset(s, 0, sizeof *s);
    lt_dlexit();
}

/* ---- plugins linked into the program -------------------------------- */

int rp_modules_add_linked(rp_modules *m, const rp_plugin *p, const char *path)
{
    unsigned int v = p->abi_version;
    const char *why = NULL;
    if (RP_ABI_GET_MAJOR(v) != RP_ABI_MAJOR || RP_ABI_GET_MINOR(v) > RP_ABI_MINOR)
        why = "incompatible ABI version";
    else if (!rp_plugin_name_ok(p->name))
        why = "invalid name (expected [a-z][a-z0-9_-]*)";
    else if (!p->open || !p->process || !p->close)
        why = "open(), process() and close() are mandatory";
    for (size_t i = 0; !why && i < m->n; i++)
        if (strcmp(m->v[i].plugin->name, p->name) == 0)
            why = "name already used";
    if (why) {
        rp_error("plugin \"%s\" (%s): %s", p->name ? p->name : "(null)", path, why);
        return -1;
    }
    RP_GROW(m->v, m->cap, m->n + 1);
    rp_module *mod = &m->v[m->n++];
    mod->plugin = p;
    mod->path = rp_xstrdup(path);
    mod->handle = NULL;
    return 0;
}
