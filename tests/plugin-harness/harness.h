/*
 * harness.h -- a test host for rapporteur plugins: run a plugin on a
 * string and look at what it emitted, from any C test program, without
 * the rapporteur binary, plugin directories or libltdl.
 *
 * The harness analyses the text with the engine's own code (UTF-8 check,
 * segmentation, tokenizer, folding and stemming), gives the plugin the
 * real host services (lexicons, regex, logging) and records every emit()
 * in a real sink, so a plugin sees exactly what it sees in a run.  Options
 * go through the same checks as -P (an undeclared key is an error).
 *
 *     #include "harness.h"
 *     extern const rp_plugin rp_plugin;          // the plugin under test,
 *                                                // linked into the test
 *     const char *opts[] = {"resolutions=no", NULL};
 *     rp_harness *h = rp_harness_run(&rp_plugin, "See A/HRC/47/53.", opts);
 *     assert(h && rp_harness_count(h) == 1);
 *     const rp_annot *a = rp_harness_annot(h, 0);
 *     assert(strcmp(a->label, "A/HRC/47/53") == 0);
 *     assert(strcmp(rp_harness_attr(a, "body"), "A/HRC") == 0);
 *     assert(strcmp(rp_harness_text(h, 0), "A/HRC/47/53") == 0);
 *     rp_harness_free(h);
 *
 * Build (inside the rapporteur tree, see engine/plugin.am):
 *     tests_unit_test_x_SOURCES = tests/unit/test_x.c plugins/x/x.c
 *     tests_unit_test_x_CFLAGS = $(HARNESS_C_FLAGS)
 *     tests_unit_test_x_LDADD = $(HARNESS_LIBS)
 *
 * One harness is one plugin instance: use it from one thread.
 */
#ifndef RP_HARNESS_H
#define RP_HARNESS_H

#include <rapporteur/plugin.h>

#include <stdio.h>

#include "host.h"

typedef struct rp_harness rp_harness;

/* Opens one instance of plugin, with opts ("key=value" strings as the
 * plugin's open() receives them, NULL-terminated; may be NULL). Returns
 * NULL after printing the reason on stderr (bad ABI or name, undeclared
 * option key, open() failed). The caller owns the result
 * (rp_harness_free). */
rp_harness *rp_harness_open(const rp_plugin *plugin, const char *const *opts);

/* Analyses text[0..len) as document "test" in language lang (NULL: "en")
 * and runs the plugin on it; the annotations are sorted as in a run.
 * Forgets the previous document's results. Returns RP_OK, or RP_ERR when
 * the text is not UTF-8 at all or process() failed (reported on stderr;
 * then there are no annotations). */
int rp_harness_process(rp_harness *h, const char *text, size_t len, const char *lang);

/* Open, then process the NUL-terminated text in English. NULL when open
 * failed; check rp_harness_failed() for process(). */
rp_harness *rp_harness_run(const rp_plugin *plugin, const char *text, const char *const *opts);

/* Did the last rp_harness_process fail? */
int rp_harness_failed(const rp_harness *h);

/* The emitted annotations of the last document, in document order. The
 * pointers are owned by the harness and valid until the next process or
 * rp_harness_free. */
size_t rp_harness_count(const rp_harness *h);
const rp_annot *rp_harness_annot(const rp_harness *h, size_t i);
/* The text annotation i covers (NUL-terminated copy owned by the
 * harness, valid until the next process or free). */
const char *rp_harness_text(rp_harness *h, size_t i);
/* Value of attribute key of a, or NULL. */
const char *rp_harness_attr(const rp_annot *a, const char *key);
/* Index of the first annotation with this label and, unless text is
 * NULL, this covered text; -1 when there is none. */
long rp_harness_find(rp_harness *h, const char *label, const char *text);
/* Emits the sink refused (bad span, empty label, bad attribute key). */
uint64_t rp_harness_rejected(const rp_harness *h);
/* The analysed document the plugin saw (owned by the harness). */
const rp_doc *rp_harness_doc(const rp_harness *h);
/* The plugin's labels() list (owned by the instance); *n = 0 if none. */
void rp_harness_labels(rp_harness *h, const char *const **labels, size_t *n);

/* Writes the annotations of the last document to out, one per line:
 * start TAB end TAB label TAB covered text TAB key=value;key=value --
 * handy while writing a test, and as a golden file. */
void rp_harness_dump(rp_harness *h, FILE *out);

/* Closes the instance and frees everything. Accepts NULL. */
void rp_harness_free(rp_harness *h);

#endif /* RP_HARNESS_H */
