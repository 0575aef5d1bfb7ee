/*
 * rapporteur/plugin.h -- the plugin ABI of rapporteur, the only header a
 * plugin needs.
 *
 * A plugin is a shared module (built with libtool -module, or any
 * `cc -shared -fPIC`) that exports exactly one symbol, `rp_plugin`, a
 * `struct rp_plugin` whose first field is the ABI version it was built
 * against.  The engine hands the plugin a read-only view of an analysed
 * document (tokens with byte offsets, folded forms and stems, sentences,
 * blocks, sections, metadata) and a table of host services (lexicons,
 * regular expressions, logging, emit).  Plugins never re-tokenize, re-stem
 * or link against the engine: everything they need comes through this file.
 *
 * Versioning rules (after sudo_plugin.h):
 *  - RP_ABI_VERSION is (major << 16) | minor.
 *  - The minor goes up when fields are APPENDED to struct rp_plugin,
 *    struct rp_host or struct rp_doc.  Existing fields never move, change
 *    type or change meaning within a major.  A host reads a plugin's
 *    appended fields only when the plugin's minor says they exist; a plugin
 *    reads the host's appended fields only when host->abi_version says so.
 *  - The element structs that come in arrays (rp_token, rp_sentence,
 *    rp_block, rp_section, rp_kv, rp_span, rp_lexmatch, rp_lexentry,
 *    rp_lexcat) are frozen within a major: their size is part of the ABI.
 *  - The major goes up for anything else; the loader refuses a plugin of
 *    another major, and one whose minor is newer than the engine's.
 *
 * Threads: the engine may analyse several documents at once.  Each worker
 * thread opens its own instance of every plugin (open() once per worker),
 * and calls process() on that instance from that thread only.  A plugin
 * therefore keeps all mutable state in its instance, never in globals.
 *
 * Ownership, in one rule: everything the host passes to a plugin (the
 * document, options, strings) is owned by the host and valid only for the
 * duration of the call, unless a field says otherwise; everything a plugin
 * passes to emit() is copied by the host before emit() returns.
 */
/*
 * ABI history (append a line with every minor):
 *   1.0  first release: rp_plugin, rp_host, rp_doc as below.
 *   1.1  rp_host.doc_skip and enum rp_doc_part: an instance may say it
 *        never reads a document's sentences, so that a job nobody needs
 *        them for skips sentence splitting; rp_host.emit_drops and enum
 *        rp_emit_drop: the host says when nothing reads attributes.
 *
 * How plugins are found, checked and refused, how options reach them, and
 * a complete example: rapporteur-plugin(7).
 */
#ifndef RAPPORTEUR_PLUGIN_H
#define RAPPORTEUR_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RP_ABI_MAJOR 1
#define RP_ABI_MINOR 2
#define RP_ABI_MK(major, minor) ((((unsigned int)(major)) << 16) | ((unsigned int)(minor)))
#define RP_ABI_VERSION RP_ABI_MK(RP_ABI_MAJOR, RP_ABI_MINOR)
#define RP_ABI_GET_MAJOR(v) (((unsigned int)(v)) >> 16)
#define RP_ABI_GET_MINOR(v) (((unsigned int)(v)) & 0xffffu)
/* Does version v (same major) have the fields of major.minor? A plugin
 * tests host->abi_version with it before using a field appended later:
 *     if (RP_ABI_AT_LEAST(host->abi_version, 1, 1)) ... */
#define RP_ABI_AT_LEAST(v, major, minor)                                        \
    (RP_ABI_GET_MAJOR(v) == (unsigned int)(major) && (unsigned int)(v) >= RP_ABI_MK(major, minor))

/* Marks the exported symbol visible under -fvisibility=hidden. */
#if defined(__GNUC__)
#define RP_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define RP_PLUGIN_EXPORT
#endif

/* "No such index" for the uint32_t index fields below. */
#define RP_NONE UINT32_MAX
/* Offset of a regex group that took no part in the match (regex_match). */
#define RP_UNSET UINT64_MAX

/* ---------------------------------------------------------------------
 * The analysed document (read-only for plugins)
 * ------------------------------------------------------------------- */

/* A byte range [start, end) of the original input file. */
typedef struct rp_span {
    uint64_t start;
    uint64_t end;
} rp_span;

/* A key/value string pair (metadata, options, attributes). */
typedef struct rp_kv {
    const char *key;
    const char *value;
} rp_kv;

/* Token flags (rp_token.flags). */
enum rp_token_flag {
    RP_TOK_ALPHA = 1u << 0,       /* contains a letter */
    RP_TOK_NUMBER = 1u << 1,      /* a number: 2030, 0.7, 1,000, 74 */
    RP_TOK_PUNCT = 1u << 2,       /* punctuation only */
    RP_TOK_CAPITALIZED = 1u << 3, /* first letter upper case */
    RP_TOK_ALLCAPS = 1u << 4,     /* two or more letters, all upper case (acronym) */
    RP_TOK_FOOTNOTE = 1u << 5,    /* a footnote marker (superscript digits, or a
                                     plain number the segmenter knows is one) */
    RP_TOK_SYMBOL = 1u << 6,      /* a document symbol or resolution number:
                                     A/HRC/47/53, E/CN.6/2021/14, 74/151 */
    RP_TOK_INVALID = 1u << 7,     /* contained invalid UTF-8 (replaced by U+FFFD
                                     in norm and stem) */
    RP_TOK_HAN = 1u << 8,         /* a CJK ideograph (one token per character) */
    RP_TOK_GLUED = 1u << 9        /* no white space between this token and the
                                     previous one */
};

/*
 * A token.  start/end are byte offsets into rp_doc.text (end exclusive).
 * norm is the NFKC case-folded form, stem its Snowball stem in the
 * document's language (equal to norm where there is no stemmer or the
 * token is not a word).  Both are NUL-terminated and owned by the host;
 * they stay valid for the life of the plugin instance that received them.
 * norm_id identifies (language, norm) within the instance's worker: the
 * same form always gets the same id there, so a plugin can memoise
 * per-form decisions in an array indexed by norm_id (ids are dense,
 * starting at 1, and below rp_doc.n_forms).
 */
typedef struct rp_token {
    uint64_t start;
    uint64_t end;
    const char *norm;
    const char *stem;
    uint32_t norm_len;
    uint32_t stem_len;
    uint32_t norm_id;
    uint32_t sentence; /* index into rp_doc.sentences */
    uint32_t block;    /* index into rp_doc.blocks */
    uint32_t flags;    /* enum rp_token_flag */
} rp_token;

/* A sentence: its byte range and tokens [tok_begin, tok_end). A sentence
 * never crosses a block, but may cross a page break inside a paragraph
 * (then start..end also covers the interleaved footnotes; use its tokens). */
typedef struct rp_sentence {
    uint64_t start;
    uint64_t end;
    uint32_t tok_begin;
    uint32_t tok_end;
    uint32_t block;
} rp_sentence;

/* Block kinds (rp_block.kind). */
enum rp_block_kind {
    RP_BLOCK_TITLE = 1,     /* the title block before the first heading or paragraph */
    RP_BLOCK_HEADING = 2,   /* a section heading: "VI. Conclusions and recommendations" */
    RP_BLOCK_PARAGRAPH = 3, /* a body paragraph, numbered ("49.") or not */
    RP_BLOCK_FOOTNOTE = 4,  /* a footnote's text */
    RP_BLOCK_TEXT = 5       /* anything else: lists, tables, contents pages */
};

/*
 * A block of the document.  A paragraph cut by a page break has two (or
 * more) spans; the footnotes printed between them are blocks of their own.
 * label is the number as printed ("49", "VI", "A", "35" for "³⁵") or NULL.
 */
typedef struct rp_block {
    uint32_t kind;       /* enum rp_block_kind */
    uint32_t section;    /* index into rp_doc.sections, or RP_NONE */
    uint32_t page;       /* 1-based page on which the block starts */
    uint32_t n_spans;
    const rp_span *spans;
    const char *label;
    uint32_t sent_begin; /* sentences [sent_begin, sent_end) */
    uint32_t sent_end;
    uint32_t tok_begin;  /* tokens [tok_begin, tok_end) */
    uint32_t tok_end;
} rp_block;

/* A section: opened by a heading block, closed by the next heading of the
 * same or a higher level. */
typedef struct rp_section {
    const char *label;   /* "VI", "A" or NULL */
    const char *title;   /* "Conclusions and recommendations" */
    const char *path;    /* labels from the top: "VI", "II.B" */
    uint32_t level;      /* 1 for I., II.; 2 for A., B.; ... */
    uint32_t parent;     /* index of the enclosing section, or RP_NONE */
    uint32_t heading;    /* index of the heading block */
} rp_section;

/* The document. Every pointer is owned by the host and valid during the
 * process() call it is passed to. */
typedef struct rp_doc {
    const char *id;        /* doc id (DESIGN.md): manifest doc_id, else path without .txt */
    const char *path;      /* the input file, or "-" */
    const char *lang;      /* ISO 639-1 code: "en", "fr", ... */
    const char *text;      /* the original bytes, exactly as read (not NUL-terminated
                              in general; may hold invalid UTF-8) */
    uint64_t len;          /* length of text in bytes */
    const rp_token *tokens;
    uint32_t n_tokens;
    uint32_t n_sentences;
    const rp_sentence *sentences;
    const rp_block *blocks;
    uint32_t n_blocks;
    uint32_t n_sections;
    const rp_section *sections;
    const rp_kv *meta;     /* manifest columns other than doc_id and path */
    uint32_t n_meta;
    uint32_t n_pages;      /* form feeds + 1 (1 for a text without form feeds) */
    uint32_t n_forms;      /* every token's norm_id is below this */
    uint32_t reserved;
} rp_doc;

/* ---------------------------------------------------------------------
 * Lexicons (compiled by the host, matched by the host on request)
 * ------------------------------------------------------------------- */

typedef struct rp_lexicon rp_lexicon; /* opaque, shared, read-only once loaded */
typedef struct rp_matcher rp_matcher; /* opaque, one per plugin instance */
typedef struct rp_regex rp_regex;     /* opaque, one per plugin instance */

/* How a lexicon entry matches (rp_lexentry.type). */
enum rp_lex_type {
    RP_LEX_STEM = 1,   /* one word, compared by stem: "recommendations" ~ "recommended" */
    RP_LEX_WORD = 2,   /* one word, compared by folded form, no stemming */
    RP_LEX_GLOB = 3,   /* prefix* (or ? for one character) on the folded, unstemmed form */
    RP_LEX_PHRASE = 4, /* several words, each a stem, word or glob, consecutive */
    RP_LEX_REGEX = 5   /* a PCRE2 pattern over the original text */
};

/* Entry flags (rp_lexentry.flags). */
enum rp_lex_flag {
    RP_LEX_CASE = 1u << 0 /* the surface must match case-sensitively: WHO, not who */
};

/* A category of a lexicon (a theme, an actor, a verb class...). */
typedef struct rp_lexcat {
    const char *id;     /* "sdg5", "upr-womens-rights", "CIV" */
    const char *label;  /* human label, or the id */
    uint32_t parent;    /* index of the parent category, or RP_NONE */
    uint32_t n_attrs;
    const rp_kv *attrs; /* category attributes (kind=country, ...) */
} rp_lexcat;

/* An entry of a lexicon. */
typedef struct rp_lexentry {
    const char *term;      /* as written in the lexicon file */
    uint32_t type;         /* enum rp_lex_type */
    uint32_t flags;        /* enum rp_lex_flag */
    uint32_t line;         /* line in the file it came from */
    uint32_t n_cats;
    const uint32_t *cats;  /* indexes into the lexicon's categories */
    uint32_t n_attrs;
    uint32_t weight_milli; /* weight * 1000 (1000 when not given) */
    const rp_kv *attrs;    /* entry attributes (iso3=CIV, category=5, ...) */
} rp_lexentry;

/* What a loaded lexicon is: all arrays owned by the lexicon. */
typedef struct rp_lexinfo {
    const char *path;      /* the file as given */
    const char *scheme;    /* "sdg", "upr-issues", or the file's base name */
    const char *version;   /* the file's @version, or "" */
    const char *lang;      /* language used to stem its terms */
    const char *checksum;  /* "sha256:<hex>" of the file's bytes (and includes) */
    const rp_lexcat *cats;
    uint32_t n_cats;
    uint32_t n_entries;
    const rp_lexentry *entries;
} rp_lexinfo;

/* One match: the span, the entry and ONE of its categories (an entry with
 * two categories gives two matches). */
typedef struct rp_lexmatch {
    uint64_t start;        /* byte offsets into rp_doc.text */
    uint64_t end;
    uint32_t tok_begin;    /* tokens [tok_begin, tok_end) */
    uint32_t tok_end;
    uint32_t entry;        /* index into the lexicon's entries */
    uint32_t cat;          /* index into the lexicon's categories */
    const rp_lexicon *lexicon;
} rp_lexmatch;

/* Overlap policies for a matcher. */
enum rp_overlap {
    RP_OVERLAP_LONGEST_PER_CAT = 0, /* default: within a category, a match inside a
                                       longer one is dropped */
    RP_OVERLAP_ALL = 1,             /* every match counts */
    RP_OVERLAP_LONGEST = 2          /* across all categories, only the longest
                                       (then earliest) of overlapping matches */
};

/* ---------------------------------------------------------------------
 * Host services
 * ------------------------------------------------------------------- */

typedef struct rp_sink rp_sink; /* opaque: where emit() sends annotations */

/* An annotation a plugin emits. The host fills doc, plugin, text, para and
 * sentence from the span. attrs keys are short identifiers
 * ([a-z][a-z0-9_]*); values are UTF-8 strings. */
typedef struct rp_annotation {
    const char *label;
    uint64_t start;
    uint64_t end;
    const rp_kv *attrs;
    uint32_t n_attrs;
    uint32_t reserved;
} rp_annotation;

enum rp_log_level { RP_LOG_ERROR = 0, RP_LOG_WARNING = 1, RP_LOG_INFO = 2, RP_LOG_DEBUG = 3 };

/* Regex compile flags (regex_compile). */
enum rp_regex_flag {
    RP_RE_CASELESS = 1u << 0, /* Unicode case-insensitive */
    RP_RE_MULTILINE = 1u << 1 /* ^ and $ at line ends */
};

/* Results of regex_match() and error codes returned by host services. */
#define RP_OK 0
#define RP_NOMATCH 0
#define RP_ERR (-1)
#define RP_ERR_LIMIT (-2) /* regex match or depth limit hit: treat as no match, warn */

/*
 * The host's services.  The engine passes one rp_host per plugin instance;
 * it stays valid until close() returns.  Every function is safe to call
 * from the thread the instance runs on.
 */
typedef struct rp_host {
    unsigned int abi_version;      /* the engine's RP_ABI_VERSION */
    unsigned int reserved0;
    const char *engine_version;    /* "0.1.0" */
    const char *lexicon_dir;       /* where shipped lexicons live (no trailing /) */

    /* Log one line to stderr: `rapporteur: plugin "NAME": error: ...` (a
     * trailing newline is dropped). RP_LOG_ERROR and RP_LOG_WARNING are
     * always shown, RP_LOG_INFO/RP_LOG_DEBUG only when the environment has
     * RAPPORTEUR_LOG=info or debug. Lines of concurrent workers never
     * interleave. */
    void (*log)(const struct rp_host *host, int level, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

    /* Send one annotation to the sink passed to process(); call it only
     * during process(). The host copies label and attrs before returning.
     * Returns RP_OK, or RP_ERR (the annotation is dropped and the host
     * logs why) for an empty label, an empty span or one outside the
     * document, an attribute key that is not [a-z][a-z0-9_]*, or a NULL
     * attribute value. */
    int (*emit)(rp_sink *sink, const rp_annotation *a);

    /*
     * Load a lexicon (native .lex, .tsv, LIWC .dic, LIWC-22 .dicx, quanteda
     * .yml/.yaml; by extension).  A relative path is tried as given, then
     * under lexicon_dir.  lang is the stemming language ("en"), or NULL for
     * the file's own.  Lexicons are cached by the host and shared between
     * instances: the result stays valid until lexicon_close() and is
     * read-only.  On error returns NULL and writes one line
     * ("file:line:column: what") into err.
     */
    const rp_lexicon *(*lexicon_open)(const struct rp_host *host, const char *path,
                                      const char *lang, char *err, size_t errlen);
    void (*lexicon_close)(const struct rp_host *host, const rp_lexicon *lex);
    const rp_lexinfo *(*lexicon_info)(const rp_lexicon *lex);

    /* A matcher over n lexicons with an overlap policy; owned by the
     * instance, free it with matcher_free. Returns NULL on out of memory. */
    rp_matcher *(*matcher_new)(const struct rp_host *host, const rp_lexicon *const *lexs,
                               size_t n, int overlap);
    /* Match a document. *out points into the matcher (valid until the next
     * matcher_run or matcher_free); matches are sorted by (start, end,
     * lexicon, category, entry). Returns RP_OK or RP_ERR. */
    int (*matcher_run)(rp_matcher *m, const rp_doc *doc, const rp_lexmatch **out, size_t *n);
    void (*matcher_free)(rp_matcher *m);

    /* PCRE2 (UTF, JIT, with match and depth limits; invalid UTF-8 in the
     * subject is tolerated and never matches a character). flags: enum
     * rp_regex_flag. Each regex holds its own match data: owned by the
     * instance (regex_free), never shared between threads. NULL on error,
     * with "regex /PATTERN/ at offset N: pcre2's message" in err. */
    rp_regex *(*regex_compile)(const struct rp_host *host, const char *pattern,
                               unsigned int flags, char *err, size_t errlen);
    /* Search subject[offset..len) (subject need not be NUL-terminated).
     * On a match returns the number of pairs written to groups: group 0 is
     * the whole match, then the capture groups, up to n_groups; a group
     * that took no part is {RP_UNSET, RP_UNSET}; with n_groups 0 returns 1.
     * Returns RP_NOMATCH (0) for no match, RP_ERR_LIMIT when the match or
     * depth limit stopped the search (treat as no match and warn), RP_ERR
     * for offset > len and other errors. To find every match, search again
     * from groups[0].end (one byte further after an empty match). */
    int (*regex_match)(rp_regex *re, const char *subject, size_t len, size_t offset,
                       rp_span *groups, int n_groups);
    void (*regex_free)(rp_regex *re);

    /* ---- ABI 1.1 (test RP_ABI_AT_LEAST(host->abi_version, 1, 1)) ---- */

    /* Call from open(): this instance never reads the parts of a document
     * named in parts (enum rp_doc_part, OR-ed; calls add up).  When no
     * instance and nothing else in the run reads a part, the host may
     * leave it out of every document, and must be free to: with
     * RP_DOC_SENTENCES, n_sentences is 0, every token's sentence is
     * RP_NONE and every block's sentence range is empty.  The host's own
     * services keep what they need: a matcher whose lexicons match
     * phrases within sentences keeps the sentences coming (make it in
     * open(): one made in process() counts from the next document).  An
     * instance that never calls it gets every part. */
    void (*doc_skip)(const struct rp_host *host, unsigned int parts);
    /* What the run drops of every annotation (enum rp_emit_drop, OR-ed;
     * 0: nothing), set before open().  With RP_EMIT_NO_ATTRS nothing reads
     * attributes (rapporteur count without --cross): a plugin may emit
     * its annotations without them and save building them.  What it does
     * pass is still checked. */
    unsigned int emit_drops;
    unsigned int reserved1;

    /* ---- ABI 1.2 (test RP_ABI_AT_LEAST(host->abi_version, 1, 2)) ---- */

    /* matcher_run over tokens [tok_begin, tok_end) of doc alone, as if the
     * document were that stretch (a phrase reaching past either end is not
     * found; the overlap policy sees only what is inside); for a plugin
     * that looks up a few windows of a document, such as the words before
     * a cue, at a cost that follows the window, not the document.  The
     * bounds are clamped to the document.  *out as for matcher_run (valid
     * until the next run); the lexicon report counts matcher_run's hits
     * only. */
    int (*matcher_run_range)(rp_matcher *m, const rp_doc *doc, uint32_t tok_begin,
                             uint32_t tok_end, const rp_lexmatch **out, size_t *n);
} rp_host;

/* What a run drops of the annotations (rp_host.emit_drops). */
enum rp_emit_drop {
    RP_EMIT_NO_ATTRS = 1u << 0
};

/* Whether the run behind host drops `what` (enum rp_emit_drop) of every
 * annotation; 0 from a host older than ABI 1.1, which has no emit_drops:
 *     if (RP_HOST_DROPS(host, RP_EMIT_NO_ATTRS)) ... emit bare annotations */
#define RP_HOST_DROPS(host, what)                                               \
    (RP_ABI_AT_LEAST((host)->abi_version, 1, 1) && ((host)->emit_drops & (what)) != 0)

/* Parts of a document an instance can do without (rp_host.doc_skip). */
enum rp_doc_part {
    RP_DOC_SENTENCES = 1u << 0 /* rp_doc.sentences, rp_token.sentence, rp_block.sent_* */
};

/* An option a plugin accepts, for `rapporteur plugins` and validation:
 * -P NAME.KEY=VALUE reaches only a plugin whose options list KEY. */
typedef struct rp_option {
    const char *name;  /* "lexicon" */
    const char *help;  /* "add a lexicon (may repeat)" */
} rp_option;

/* Plugin flags (rp_plugin.flags). */
enum rp_plugin_flag {
    RP_PLUGIN_DEFAULT = 1u << 0 /* runs when no -p/--plugins is given */
};

/*
 * The one exported symbol, named `rp_plugin`: a struct rp_plugin.
 *
 * C does not let a file declare a variable with the same name as the
 * typedef rp_plugin below, so define the symbol with RP_PLUGIN_DEFINE,
 * which gives a variable of your naming the linker name `rp_plugin`
 * (GCC and Clang):
 *
 *     RP_PLUGIN_DEFINE(symbols_plugin) = {
 *         .abi_version = RP_ABI_VERSION,
 *         .name = "symbols", ...
 *     };
 *
 * With another compiler, #define RP_PLUGIN_NO_TYPEDEF before including
 * this header and write
 * `RP_PLUGIN_EXPORT const struct rp_plugin rp_plugin = {...};`.
 * A test program that links a plugin's source refers to it with
 * RP_PLUGIN_DECLARE(name) (see the harness in rapporteur-plugin(7)).
 *
 * open:    create an instance. opts is a NULL-terminated array (never
 *          NULL; empty when no option was given) of "key=value" strings,
 *          valid during the call only (only keys listed in options reach
 *          it; a key may repeat, in command-line order). On success store the
 *          instance in *state and return RP_OK; on failure write one line
 *          into err and return RP_ERR (the run stops, exit status 2).
 *          host stays valid until close() returns: keep the pointer.
 * process: analyse one document, calling host->emit(sink, ...) for each
 *          annotation. Returns RP_OK, or RP_ERR with a message in err:
 *          the engine reports it with the plugin and doc, drops what the
 *          plugin emitted for that document, and goes on.
 * labels:  optional (may be NULL): the ordered list of labels the instance
 *          can emit (for wide tables and complete panels). The array and
 *          strings are owned by the instance and valid until close().
 *          Returns RP_OK (or RP_ERR: treated as no list).
 * close:   free the instance (state may be NULL).
 * err/errlen: a buffer owned by the engine (errlen > 0): write one line,
 *          without a trailing newline, with snprintf.
 */
struct rp_plugin {
    unsigned int abi_version;     /* always RP_ABI_VERSION */
    unsigned int flags;           /* enum rp_plugin_flag */
    const char *name;             /* [a-z][a-z0-9_-]*, at most 64 bytes, unique */
    const char *version;          /* the plugin's own version */
    const char *description;      /* one line */
    const rp_option *options;     /* terminated by {NULL, NULL}; may be NULL */
    int (*open)(const rp_host *host, const char *const *opts, void **state,
                char *err, size_t errlen);
    int (*process)(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen);
    int (*labels)(void *state, const char *const **labels, size_t *n);
    void (*close)(void *state);
    /* later minors append fields here, never above */
};
#ifndef RP_PLUGIN_NO_TYPEDEF
typedef struct rp_plugin rp_plugin;
#endif

#if defined(__GNUC__)
/* Declares (RP_PLUGIN_DECLARE) or starts the definition of
 * (RP_PLUGIN_DEFINE) the exported symbol `rp_plugin` under the C name
 * var. */
#define RP_PLUGIN_DECLARE(var) extern const struct rp_plugin var __asm__("rp_plugin")
#define RP_PLUGIN_DEFINE(var)                                                        \
    RP_PLUGIN_EXPORT RP_PLUGIN_DECLARE(var);                                          \
    RP_PLUGIN_EXPORT const struct rp_plugin var
#endif

#ifdef __cplusplus
}
#endif
#endif /* RAPPORTEUR_PLUGIN_H */
