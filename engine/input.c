/*
 * input.c -- expands the command line's INPUTs into the ordered list of
 * documents to analyse (see input.h).
 *
 *  - a file: one document; its id is its name without ".txt";
 *  - a directory: every *.txt below it, recursively, in byte order of the
 *    path (so runs are reproducible); the id is the path relative to the
 *    directory without ".txt"; symbolic links are followed, but a folder
 *    already visited (same device and inode) is never entered twice, so a
 *    symlink loop ends;
 *  - a manifest (*.tsv): a header row with at least doc_id and path, then
 *    one row per document; other columns are the document's metadata;
 *    paths are relative to the manifest's folder; a field may be quoted
 *    with double quotes ("" for a quote inside);
 *  - "-": standard input, id "-".
 * Only names and metadata are collected here: the bytes are read later by
 * the worker that analyses the document.
 */
#include "config.h"

#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

typedef struct collector {
    RP_VEC(rp_source) docs;
    RP_VEC(char *) cols;
    RP_VEC(dev_t) seen_dev; /* folders entered (loop guard) */
    RP_VEC(ino_t) seen_ino;
    size_t n_errors;
    int strict;
    int status;  /* worst RP_EXIT_* so far */
} collector;

static int fail(collector *c, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(collector *c, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_verror(NULL, fmt, ap);
    va_end(ap);
    c->n_errors++;
    if (status > c->status)
        c->status = status;
    return c->strict ? -1 : 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static char *strip_txt(const char *s)
{
    size_t n = strlen(s);
    if (n > 4 && strcmp(s + n - 4, ".txt") == 0)
        n -= 4;
    return rp_xstrndup(s, n);
}

static char *join_path(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = rp_xmalloc(a + b + 2);
    memcpy(p, dir, a);
    size_t k = a;
    if (a && dir[a - 1] != '/')
        p[k++] = '/';
    memcpy(p + k, name, b + 1);
    return p;
}

static rp_source *add_doc(collector *c, char *id, char *path)
{
    rp_source *s = &RP_VEC_PUSH(c->docs);
    memset(s, 0, sizeof *s);
    s->id = id;
    s->path = path;
    return s;
}

static int col_index(collector *c, const char *name)
{
    for (size_t i = 0; i < c->cols.n; i++)
        if (strcmp(c->cols.v[i], name) == 0)
            return (int)i;
    RP_VEC_PUSH(c->cols) = rp_xstrdup(name);
    return (int)c->cols.n - 1;
}

/* ---- directories ---------------------------------------------------- */

/* Orders walk()'s names (a type byte, then the name) by name, in byte order. */
static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

static int walk(collector *c, const char *root, const char *rel)
{
    char *dir = rel[0] ? join_path(root, rel) : rp_xstrdup(root);
    struct stat st;
    if (stat(dir, &st) != 0) {
        int r = fail(c, RP_EXIT_ENV, "%s: %s", dir, strerror(errno));
        free(dir);
        return r;
    }
    for (size_t i = 0; i < c->seen_dev.n; i++)
        if (c->seen_dev.v[i] == st.st_dev && c->seen_ino.v[i] == st.st_ino) {
            free(dir); /* a symlink loop or a folder linked twice: seen */
            return 0;
        }
    RP_VEC_PUSH(c->seen_dev) = st.st_dev;
    RP_VEC_PUSH(c->seen_ino) = st.st_ino;

    DIR *d = opendir(dir);
    if (!d) {
        int r = fail(c, RP_EXIT_ENV, "%s: cannot read the folder: %s", dir, strerror(errno));
        free(dir);
        return r;
    }
    /* Each name is kept with its type from the folder's entry in front
     * of it (one byte), so that a regular file, the common case, costs no
     * stat() (a round trip to the server on a network file system); a
     * link, a folder or a file system that does not say is asked. */
    RP_VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files */
        size_t len = strlen(e->d_name);
        char *name = rp_xmalloc(len + 2);
        name[0] = e->d_type == DT_REG ? 'f' : '?';
        memcpy(name + 1, e->d_name, len + 1);
        RP_VEC_PUSH(names) = name;
    }
    closedir(d);
    if (names.n > 1) /* an empty folder has no vector to sort */
        qsort(names.v, names.n, sizeof *names.v, cmp_name);

    int r = 0;
    for (size_t i = 0; i < names.n && r == 0; i++) {
        const char *name = names.v[i] + 1;
        if (names.v[i][0] == 'f' && !ends_with(name, ".txt"))
            continue;
        char *relp = rel[0] ? join_path(rel, name) : rp_xstrdup(name);
        char *full = join_path(root, relp);
        if (names.v[i][0] == 'f') {
            add_doc(c, strip_txt(relp), full)->regular = 1;
            free(relp);
            continue;
        }
        struct stat fs;
        if (stat(full, &fs) != 0) {
            int serr = errno;
            if (lstat(full, &fs) == 0 && S_ISLNK(fs.st_mode))
                r = fail(c, RP_EXIT_ENV, "%s: %s", full,
                         serr == ELOOP ? "symbolic link loop (too many levels of symbolic links)"
                                    : "dangling symbolic link");
            free(full);
            free(relp);
            continue;
        }
        if (S_ISDIR(fs.st_mode)) {
            r = walk(c, root, relp);
            free(full);
        } else if (S_ISREG(fs.st_mode) && ends_with(name, ".txt")) {
            add_doc(c, strip_txt(relp), full)->regular = 1;
        } else {
            free(full);
        }
        free(relp);
    }
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i]);
    RP_VEC_FREE(names);
    free(dir);
    return r;
}

/* ---- manifests ------------------------------------------------------ */

/* Splits one TSV line into fields (in place). Handles "quoted" fields with
 * "" inside. Returns the number of fields, or -1 (bad quoting) with the
 * 1-based column of the problem in *badcol. */
static int split_tsv(char *line, char ***fields, size_t *cap, size_t *badcol)
{
    size_t n = 0;
    char *p = line;
    for (;;) {
        RP_GROW(*fields, *cap, n + 1);
        if (*p == '"') {
            char *start = p + 1, *w = p + 1, *r = p + 1;
            for (;;) {
                if (*r == '\0') {
                    *badcol = (size_t)(p - line) + 1;
                    return -1;
                }
                if (*r == '"') {
                    if (r[1] == '"') {
                        *w++ = '"';
                        r += 2;
                        continue;
                    }
                    r++;
                    break;
                }
                *w++ = *r++;
            }
            if (*r != '\t' && *r != '\0') {
                *badcol = (size_t)(r - line) + 1;
                return -1;
            }
            char end = *r;
            *w = '\0';
            (*fields)[n++] = start;
            if (end == '\0')
                break;
            p = r + 1;
        } else {
            char *tab = strchr(p, '\t');
            (*fields)[n++] = p;
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
    }
    return (int)n;
}

static int read_manifest(collector *c, const char *mpath)
{
    size_t len;
    char *text = rp_read_file(mpath, &len);
    if (!text)
        return fail(c, RP_EXIT_ENV, "%s: cannot read the manifest: %s", mpath, strerror(errno));
    if (memchr(text, '\0', len)) {
        free(text);
        return fail(c, RP_EXIT_INPUT, "%s: not a text file (NUL byte)", mpath);
    }
    char *base = rp_xstrdup(mpath);
    char *slash = strrchr(base, '/');
    if (slash)
        slash[1] = '\0';
    else
        base[0] = '\0';

    char **fields = NULL;
    size_t fcap = 0, lineno = 0, hdr_n = 0;
    int id_col = -1, path_col = -1, lang_col = -1, r = 0;
    int *meta_map = NULL; /* header column -> collector column */
    char **hdr = NULL;
    char *p = text;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (*p && r == 0) {
        char *nl = p + strcspn(p, "\r\n");
        char *next = nl;
        if (*next == '\r' && next[1] == '\n')
            next += 2;
        else if (*next)
            next++;
        *nl = '\0';
        lineno++;
        char *line = p;
        p = next;
        if (line[0] == '\0' || line[0] == '#')
            continue;
        size_t badcol = 0;
        int nf = split_tsv(line, &fields, &fcap, &badcol);
        if (nf < 0) {
            r = fail(c, RP_EXIT_INPUT, "%s:%zu:%zu: unterminated or misplaced quote", mpath, lineno, badcol);
            continue;
        }
        if (!hdr) {
            hdr_n = (size_t)nf;
            hdr = rp_xcalloc(hdr_n, sizeof *hdr);
            meta_map = rp_xcalloc(hdr_n, sizeof *meta_map);
            int dup = 0;
            for (size_t i = 0; i < hdr_n && !dup; i++)
                for (size_t k = 0; k < i; k++)
                    if (strcmp(fields[i], fields[k]) == 0) {
                        r = fail(c, RP_EXIT_INPUT, "%s:%zu: column %zu: \"%s\" is also column %zu", mpath,
                                 lineno, i + 1, fields[i], k + 1);
                        dup = 1;
                        break;
                    }
            if (dup)
                break;
            for (size_t i = 0; i < hdr_n; i++) {
                hdr[i] = rp_xstrdup(fields[i]);
                if (strcmp(fields[i], "doc_id") == 0)
                    id_col = (int)i;
                else if (strcmp(fields[i], "path") == 0)
                    path_col = (int)i;
                else {
                    if (strcmp(fields[i], "language") == 0 || strcmp(fields[i], "lang") == 0)
                        lang_col = (int)i;
                    meta_map[i] = col_index(c, fields[i]);
                }
            }
            if (id_col < 0 || path_col < 0) {
                r = fail(c, RP_EXIT_INPUT, "%s:%zu: the header has no %s column (a manifest needs doc_id and path)",
                         mpath, lineno, id_col < 0 ? "doc_id" : "path");
                break;
            }
            continue;
        }
        if ((size_t)nf != hdr_n) {
            r = fail(c, RP_EXIT_INPUT, "%s:%zu: %d fields, the header has %zu", mpath, lineno, nf, hdr_n);
            continue;
        }
        const char *id = fields[id_col], *path = fields[path_col];
        if (!id[0] || !path[0]) {
            r = fail(c, RP_EXIT_INPUT, "%s:%zu: empty %s", mpath, lineno, id[0] ? "path" : "doc_id");
            continue;
        }
        char *full = path[0] == '/' ? rp_xstrdup(path) : join_path(base, path);
        struct stat st;
        if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) {
            r = fail(c, RP_EXIT_ENV, "%s:%zu: doc \"%s\": %s: %s", mpath, lineno, id, full,
                     errno && stat(full, &st) != 0 ? strerror(errno) : "not a regular file");
            free(full);
            continue;
        }
        rp_source *s = add_doc(c, rp_xstrdup(id), full);
        s->regular = 1;
        size_t wn = strlen(mpath) + 24;
        s->where = rp_xmalloc(wn);
        snprintf(s->where, wn, "%s:%zu", mpath, lineno);
        s->meta = rp_xcalloc(hdr_n, sizeof *s->meta);
        for (size_t i = 0; i < hdr_n; i++) {
            if ((int)i == id_col || (int)i == path_col)
                continue;
            s->meta[s->n_meta].key = c->cols.v[meta_map[i]];
            s->meta[s->n_meta].value = rp_xstrdup(fields[i]);
            s->n_meta++;
        }
        if (lang_col >= 0 && fields[lang_col][0])
            s->lang = rp_xstrdup(fields[lang_col]);
    }
    if (hdr) {
        for (size_t i = 0; i < hdr_n; i++)
            free(hdr[i]);
        free(hdr);
    } else if (r == 0) {
        r = fail(c, RP_EXIT_INPUT, "%s: empty manifest (expected a header with doc_id and path)", mpath);
    }
    free(meta_map);
    free(fields);
    free(base);
    free(text);
    return r;
}

/* ---- duplicate ids -------------------------------------------------- */

static const rp_source *sort_base;

static int cmp_by_id(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int c = strcmp(sort_base[i].id, sort_base[j].id);
    return c ? c : (i < j ? -1 : i > j);
}

static void free_source(rp_source *d)
{
    free(d->id);
    free(d->path);
    free(d->lang);
    free(d->where);
    for (size_t k = 0; k < d->n_meta; k++)
        free((char *)d->meta[k].value);
    free(d->meta);
}

/* The same doc id twice would make every output ambiguous: report each
 * later one (naming the earlier) and drop it. Sorting keeps this
 * O(n log n) for corpora of many thousands of files. */
static int drop_duplicates(collector *c)
{
    size_t n = c->docs.n;
    if (n < 2)
        return 0;
    size_t *ix = rp_xmalloc(n * sizeof *ix);
    unsigned char *drop = rp_xcalloc(n, 1);
    for (size_t i = 0; i < n; i++)
        ix[i] = i;
    sort_base = c->docs.v;
    qsort(ix, n, sizeof *ix, cmp_by_id);
    int r = 0;
    for (size_t k = 1; k < n && r == 0; k++) {
        const rp_source *a = &c->docs.v[ix[k - 1]], *b = &c->docs.v[ix[k]];
        if (strcmp(a->id, b->id) != 0 || strcmp(b->id, "-") == 0)
            continue;
        /* a is the earlier one (ties sorted by position) */
        size_t first = k - 1;
        while (first > 0 && strcmp(c->docs.v[ix[first - 1]].id, b->id) == 0)
            first--;
        const rp_source *f = &c->docs.v[ix[first]];
        r = fail(c, RP_EXIT_INPUT, "%s: duplicate doc id \"%s\" (first from %s); skipped",
                 b->where ? b->where : b->path, b->id, f->where ? f->where : f->path);
        drop[ix[k]] = 1;
    }
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (drop[i])
            free_source(&c->docs.v[i]);
        else
            c->docs.v[w++] = c->docs.v[i];
    }
    c->docs.n = w;
    free(ix);
    free(drop);
    return r;
}

/* ---- entry points --------------------------------------------------- */

int rp_sources_collect(char *const *inputs, size_t n, int strict, rp_sources *out)
{
    collector c;
    memset(&c, 0, sizeof c);
    c.strict = strict;
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) {
        const char *in = inputs[i];
        struct stat st;
        if (strcmp(in, "-") == 0) {
            add_doc(&c, rp_xstrdup("-"), rp_xstrdup("-"));
        } else if (stat(in, &st) != 0) {
            r = fail(&c, RP_EXIT_ENV, "%s: %s", in, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            c.seen_dev.n = c.seen_ino.n = 0;
            r = walk(&c, in, "");
        } else if (ends_with(in, ".tsv")) {
            r = read_manifest(&c, in);
        } else {
            const char *slash = strrchr(in, '/');
            add_doc(&c, strip_txt(slash ? slash + 1 : in), rp_xstrdup(in))->regular = S_ISREG(st.st_mode);
        }
    }
    if (r == 0)
        r = drop_duplicates(&c);
    RP_VEC_FREE(c.seen_dev);
    RP_VEC_FREE(c.seen_ino);
    out->v = c.docs.v;
    out->n = c.docs.n;
    out->meta_cols = c.cols.v;
    out->n_meta_cols = c.cols.n;
    out->n_errors = c.n_errors;
    out->status = c.status;
    if (r != 0)
        return c.status;
    return 0;
}

void rp_sources_free(rp_sources *s)
{
    for (size_t i = 0; i < s->n; i++)
        free_source(&s->v[i]);
    free(s->v);
    for (size_t i = 0; i < s->n_meta_cols; i++)
        free(s->meta_cols[i]);
    free(s->meta_cols);
    memset(s, 0, sizeof *s);
}

const char *rp_source_meta(const rp_source *s, const char *col)
{
    for (size_t i = 0; i < s->n_meta; i++)
        if (strcmp(s->meta[i].key, col) == 0)
            return s->meta[i].value;
    return NULL;
}
