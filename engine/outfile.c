/*
 * outfile.c -- atomic output files (see outfile.h).
 *
 * With -o FILE the command writes into FILE.XXXXXX in the same folder (so
 * the final rename(2) cannot cross file systems) and renames it over FILE
 * only after every byte was written and flushed. A failed run, or one
 * stopped by SIGINT/SIGTERM, removes the temporary and leaves FILE as it
 * was. The signal path only calls unlink(2) on paths recorded beforehand.
 * A target that exists and is not a regular file (/dev/null, a FIFO, a
 * terminal) is written directly: renaming over it would replace the
 * device with a file (as root, -o /dev/null would destroy /dev/null).
 */
#include "config.h"

#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* Temporaries open right now, for the signal handler (few: one per run). */
#define MAX_OPEN 8
static char *volatile open_tmps[MAX_OPEN];

static void track(char *tmp)
{
    for (int i = 0; i < MAX_OPEN; i++)
        if (!open_tmps[i]) {
            open_tmps[i] = tmp;
            return;
        }
}

static void untrack(const char *tmp)
{
    for (int i = 0; i < MAX_OPEN; i++)
        if (open_tmps[i] == tmp)
            open_tmps[i] = NULL;
}

void rp_outfile_abort_all_signal_safe(void)
{
    for (int i = 0; i < MAX_OPEN; i++)
        if (open_tmps[i])
            unlink(open_tmps[i]);
}

int rp_outfile_open(rp_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            rp_error("%s: cannot write the output: it is a folder", path);
            return RP_EXIT_ENV;
        }
        o->fp = fopen(path, "w");
        if (!o->fp) {
            rp_error("%s: cannot open the output: %s", path, strerror(errno));
            return RP_EXIT_ENV;
        }
        o->path = rp_xstrdup(path); /* no temporary: written in place */
        return 0;
    }
    size_t n = strlen(path);
    o->path = rp_xstrdup(path);
    o->tmp = rp_xmalloc(n + 8);
    memcpy(o->tmp, path, n);
    memcpy(o->tmp + n, ".XXXXXX", 8);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        rp_error("%s: cannot create the output file: %s", path, strerror(errno));
        free(o->path);
        free(o->tmp);
        memset(o, 0, sizeof *o);
        return RP_EXIT_ENV;
    }
    /* mkstemp gives 0600; give the file the mode a plain create would */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    track(o->tmp);
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        rp_error("%s: %s", path, strerror(errno));
        close(fd);
        rp_outfile_abort(o);
        return RP_EXIT_ENV;
    }
    setvbuf(o->fp, NULL, _IOFBF, 1 << 16);
    return 0;
}

int rp_outfile_commit(rp_outfile *o)
{
    if (!o->fp)
        return 0;
    int bad = fflush(o->fp) != 0 || ferror(o->fp);
    int saved = errno;
    if (!o->path) {
        o->fp = NULL;
        if (bad) {
            rp_error("standard output: write error: %s", strerror(saved));
            return RP_EXIT_ENV;
        }
        return 0;
    }
    if (fclose(o->fp) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    o->fp = NULL;
    if (!bad && o->tmp && rename(o->tmp, o->path) != 0) {
        bad = 1;
        saved = errno;
    }
    if (bad) {
        rp_error("%s: cannot write the output: %s (nothing written)", o->path, strerror(saved));
        rp_outfile_abort(o);
        return RP_EXIT_ENV;
    }
    untrack(o->tmp);
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
    return 0;
}

void rp_outfile_abort(rp_outfile *o)
{
    if (o->fp && o->path)
        fclose(o->fp);
    else if (o->fp)
        fflush(o->fp);
    o->fp = NULL;
    if (o->tmp) {
        untrack(o->tmp);
        unlink(o->tmp);
        free(o->tmp);
    }
    free(o->path);
    o->tmp = o->path = NULL;
}
