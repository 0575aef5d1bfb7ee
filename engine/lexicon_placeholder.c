/* PLACEHOLDER (to be replaced by lexicon*.c and cmd_lexicon.c). */
#include "config.h"
#include "lexicon.h"
#include "cli.h"
#include <string.h>
rp_lexicon *rp_lexicon_load(const char *path, const char *format, const char *lang, char *err, size_t errlen)
{ (void)format; (void)lang; snprintf(err, errlen, "%s: lexicons are not built yet", path); return NULL; }
void rp_lexicon_free(rp_lexicon *lex) { (void)lex; }
const rp_lexinfo *rp_lexicon_info(const rp_lexicon *lex) { (void)lex; return NULL; }
const rp_lexicon *rp_lexcache_open(const char *path, const char *lang, char *err, size_t errlen) { return rp_lexicon_load(path, NULL, lang, err, errlen); }
void rp_lexcache_close(const rp_lexicon *lex) { (void)lex; }
void rp_lexcache_clear(void) {}
rp_matcher *rp_matcher_new(const rp_lexicon *const *lexs, size_t n, int overlap) { (void)lexs; (void)n; (void)overlap; return NULL; }
int rp_matcher_run(rp_matcher *m, const rp_doc *doc, const rp_lexmatch **out, size_t *n) { (void)m; (void)doc; *out = NULL; *n = 0; return RP_ERR; }
void rp_matcher_free(rp_matcher *m) { (void)m; }
int rp_overlap_parse(const char *name) { return strcmp(name, "all") == 0 ? RP_OVERLAP_ALL : strcmp(name, "longest") == 0 ? RP_OVERLAP_LONGEST : strcmp(name, "longest-per-category") == 0 ? RP_OVERLAP_LONGEST_PER_CAT : -1; }
int rp_cmd_lexicon(int argc, char **argv) { (void)argc; (void)argv; rp_error("lexicon: not built yet"); return RP_EXIT_ENV; }
