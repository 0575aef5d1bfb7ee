/*
 * lexicon.h -- loading dictionaries (native .lex, TSV, LIWC .dic, LIWC-22
 * .dicx, quanteda YAML) into one compiled form, and matching them against
 * analysed documents in time linear in the number of tokens.
 *
 * A compiled rp_lexicon is read-only after loading and shared by every
 * worker; a rp_matcher is per worker (it memoises per-form lookups in an
 * array indexed by norm_id and holds the per-thread regex match data).
 * The public types (rp_lexinfo, rp_lexentry, rp_lexmatch, ...) are in
 * rapporteur/plugin.h because plugins see them too.
 */
#ifndef RP_LEXICON_H
#define RP_LEXICON_H

#include <stdio.h>

#include <rapporteur/plugin.h>

/* Loads and compiles a lexicon file (formats: doc/lexicon-format.md and
 * rapporteur-lexicon(5)); the format comes from the extension
 * unless `format` ("lex", "tsv", "dic", "dicx", "yaml") is given. lang is
 * the stemming language, or NULL for the file's own (default "en").
 * Returns NULL with one line "file:line:column: what" in err.
 * The caller owns the result (rp_lexicon_free). */
rp_lexicon *rp_lexicon_load(const char *path, const char *format, const char *lang,
                            char *err, size_t errlen);
/* Frees a lexicon from rp_lexicon_load (NULL is fine); never for one from
 * the cache. */
void rp_lexicon_free(rp_lexicon *lex);
/* What the lexicon is: owned by the lexicon, valid as long as it is. */
const rp_lexinfo *rp_lexicon_info(const rp_lexicon *lex);

/* The host's shared cache: the same (realpath, lang) loads once per run.
 * Thread-safe. The cache owns the lexicons: rp_lexcache_close() drops a
 * reference but keeps the lexicon (and its hit counters, for
 * --lexicon-report) until rp_lexcache_clear() frees everything at exit. */
const rp_lexicon *rp_lexcache_open(const char *path, const char *lang, char *err, size_t errlen);
void rp_lexcache_close(const rp_lexicon *lex);
void rp_lexcache_clear(void);
/* Copies up to max cached lexicons (in load order) into out and returns
 * how many the cache holds. The pointers stay owned by the cache. */
size_t rp_lexcache_list(const rp_lexicon **out, size_t max);

/* Hits of an entry, summed over every matcher freed so far. */
uint64_t rp_lexicon_hits(const rp_lexicon *lex, uint32_t entry);
/* The lexicon report (--lexicon-report FILE): a TSV with one row per entry
 * (lexicon file, line, term, type, categories, hits), after one '#' line
 * per lexicon giving its checksum and how many entries never matched.
 * Counts come from matchers already freed. Returns 0, or -1 on a write
 * error. */
int rp_lexicon_report(const rp_lexicon *const *lexs, size_t n, FILE *out);

/* Matchers: see rp_host.matcher_new / matcher_run / matcher_free. A
 * matcher belongs to one worker: it memoises per-form lookups by norm_id,
 * so every document it sees must come from that worker's vocabulary. The
 * lexicons must outlive it. rp_matcher_new returns NULL for an unknown
 * overlap policy or out of memory; the caller frees the matcher with
 * rp_matcher_free, which adds its hit counts to the lexicons. The matches
 * rp_matcher_run returns are owned by the matcher (valid until the next
 * run or free); the document must be one the engine analysed (the matcher
 * reads its pieces and by-start token index through rp_docbuf_of). It
 * returns RP_OK, or RP_ERR for a NULL matcher or document. */
rp_matcher *rp_matcher_new(const rp_lexicon *const *lexs, size_t n, int overlap);
int rp_matcher_run(rp_matcher *m, const rp_doc *doc, const rp_lexmatch **out, size_t *n);
/* The same for tokens [tok_begin, tok_end) of doc alone (rp_host's
 * matcher_run_range); counts no hits for the lexicon report. */
int rp_matcher_run_range(rp_matcher *m, const rp_doc *doc, uint32_t tok_begin, uint32_t tok_end,
                         const rp_lexmatch **out, size_t *n);
void rp_matcher_free(rp_matcher *m);
/* Does matching m read the document's sentences?  Yes when one of its
 * lexicons matches phrases of the engine's pieces, which never cross a
 * sentence; simple-mode lexicons and regexes do not (rp_host.doc_skip). */
int rp_matcher_needs_sentences(const rp_matcher *m);

/* Parses an overlap policy name ("all", "longest-per-category",
 * "longest"); -1 if unknown. */
int rp_overlap_parse(const char *name);

#endif /* RP_LEXICON_H */
