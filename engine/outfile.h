/*
 * outfile.h -- where a command writes: standard output, or with -o FILE a
 * temporary file next to FILE that is renamed over it only when the run
 * succeeds, so a failed or interrupted run never leaves a half-written or
 * truncated output behind.
 */
#ifndef RP_OUTFILE_H
#define RP_OUTFILE_H

#include <stdio.h>

typedef struct rp_outfile {
    FILE *fp;       /* write here */
    char *path;     /* final path, or NULL for stdout */
    char *tmp;      /* temporary path while open */
} rp_outfile;

/* Opens path ("-" or NULL = stdout). Returns 0, or RP_EXIT_ENV after one
 * line naming the file and the system error. */
int rp_outfile_open(rp_outfile *o, const char *path);
/* Flushes and, for a file, renames the temporary over the target.
 * Returns 0 or RP_EXIT_ENV (write error, disk full...). */
int rp_outfile_commit(rp_outfile *o);
/* Removes the temporary (failed run). Safe to call after commit. */
void rp_outfile_abort(rp_outfile *o);
/* Called from signal handlers: unlink every open temporary. */
void rp_outfile_abort_all_signal_safe(void);

#endif /* RP_OUTFILE_H */
