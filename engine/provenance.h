/*
 * provenance.h -- `--provenance FILE`: what a researcher cites next to a
 * table.  A JSON document with the rapporteur version, the command line
 * and options, the plugins (name, version, path), the lexicons (path,
 * scheme, version, sha256 checksum), every input document (doc id, path,
 * size, sha256 of the bytes analysed), the run's figures, and the start
 * and end times.  The checksums of inputs are computed by the workers from
 * the bytes they analysed, so the file describes exactly what was read.
 */
#ifndef RP_PROVENANCE_H
#define RP_PROVENANCE_H

#include "cli.h"
#include "host.h"
#include "input.h"
#include "run.h"

typedef struct rp_prov rp_prov;

/* Starts a record (notes the start time). Owned by the caller
 * (rp_prov_free). argv is copied. */
rp_prov *rp_prov_start(const char *command, int argc, char **argv);
/* Adds one input document (main thread, in input order). sha is
 * "sha256:<hex>" or NULL. */
void rp_prov_input(rp_prov *p, const rp_source *src, uint64_t bytes, const char *sha);
/* Adds a key/value to the "results" object (e.g. "annotations"). */
void rp_prov_result(rp_prov *p, const char *key, uint64_t value);
/* Writes the JSON to path atomically. co supplies the options and the
 * lexicon files, mods the plugins (may be NULL), st the run's figures
 * (may be NULL). Returns 0 or an RP_EXIT_* status after one line. */
int rp_prov_write(rp_prov *p, const char *path, const rp_common *co, const rp_modules *mods,
                  const rp_runstats *st);
void rp_prov_free(rp_prov *p);

#endif /* RP_PROVENANCE_H */
