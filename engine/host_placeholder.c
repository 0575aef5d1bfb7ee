/* PLACEHOLDER (to be replaced by loader.c, host.c, sink.c, cmd_plugins.c). */
#include "config.h"
#include "host.h"
#include "cli.h"
#include <stdlib.h>
#include <string.h>
int rp_modules_load(const rp_loadopts *o, rp_modules *out) { (void)o; out->v = NULL; out->n = 0; return 0; }
int rp_modules_list(const rp_loadopts *o, FILE *out, int json) { (void)o; (void)out; (void)json; return 0; }
void rp_modules_free(rp_modules *m) { (void)m; }
void rp_sink_init(rp_sink *s) { memset(s, 0, sizeof *s); rp_arena_init(&s->arena, 16384); }
void rp_sink_reset(rp_sink *s, const rp_doc *doc) { s->doc = doc; s->annots.n = 0; rp_arena_reset(&s->arena); }
void rp_sink_free(rp_sink *s) { RP_VEC_FREE(s->annots); rp_arena_free(&s->arena); }
void rp_sink_sort(rp_sink *s) { (void)s; }
struct rp_instances { int dummy; };
rp_instances *rp_instances_open(const rp_modules *m, const char *const *opts) { (void)m; (void)opts; return rp_xcalloc(1, sizeof(rp_instances)); }
int rp_instances_process(rp_instances *in, const rp_doc *doc, rp_sink *sink) { (void)in; (void)doc; (void)sink; return 0; }
void rp_instances_labels(rp_instances *in, size_t i, const char *const **labels, size_t *n) { (void)in; (void)i; *labels = NULL; *n = 0; }
size_t rp_instances_count(const rp_instances *in) { (void)in; return 0; }
const char *rp_instances_name(const rp_instances *in, size_t i) { (void)in; (void)i; return NULL; }
void rp_instances_close(rp_instances *in) { free(in); }
int rp_cmd_plugins(int argc, char **argv) { (void)argc; (void)argv; rp_error("plugins: not built yet"); return RP_EXIT_ENV; }
