/*
 * lex_int.h -- the private model shared by the lexicon readers
 * (lex_native.c, lex_tsv.c, lex_dic.c, lex_dicx.c, lex_yaml.c), the
 * compiler and cache (lexicon.c), the matcher (matcher.c) and
 * `rapporteur lexicon` (cmd_lexicon.c).  Nothing here is visible outside
 * the engine.
 *
 * Loading has two stages.  A reader turns a file into a builder (lx_builder):
 * categories, and raw entries that still hold their term as written.  The
 * compiler (lexicon.c) then folds, splits into pieces and stems every term
 * once, interns every stem, word and glob prefix in one string table, and
 * indexes each entry by its FIRST element, so that the matcher can find all
 * candidate entries of a document form with a few hash lookups, once per
 * distinct form.  Phrases also go into a trie over element classes (one
 * class per distinct element: kind and interned key), so that the matcher
 * follows a phrase by advancing trie states piece by piece instead of
 * re-checking every phrase that starts with a common word ("the",
 * "united") from every occurrence of it.
 */
#ifndef RP_LEX_INT_H
#define RP_LEX_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>

#include "lexicon.h"
#include "util.h"

/* Token modes (doc/lexicon-format.md, "Token modes"). */
enum lx_mode {
    LX_ENGINE = 0, /* the engine's pieces, NFKC case folding */
    LX_SIMPLE = 1  /* runs of letters and digits of the raw text, str.lower() */
};

/* How the words of a raw term are read. */
enum lx_syntax {
    LX_SYN_NATIVE = 0, /* .lex: word = stem, =word exact, word* glob, re: regex */
    LX_SYN_EXACT = 1,  /* .dic, .dicx, .yml: plain words are exact, * and ? globs */
    LX_SYN_SIMPLE = 2  /* .tsv: themes.tsv rules (stems; a trailing * makes the
                          whole lowered term a prefix) */
};

/* One element of a compiled term (a piece of a word or phrase). */
enum lx_elem_kind {
    LX_E_STEM = 1,   /* compare the unit's stem */
    LX_E_WORD = 2,   /* compare the unit's folded form */
    LX_E_PREFIX = 3, /* folded form starts with pat ("environment*") */
    LX_E_GLOB = 4    /* folded form matches the glob pat (* anywhere, ?) */
};

typedef struct lx_elem {
    uint32_t kind;        /* enum lx_elem_kind */
    uint32_t sid;         /* interned stem / word / prefix (0: none) */
    const char *pat;      /* folded text of the piece (glob: the pattern) */
    const char *surface;  /* the piece as written (for case=yes) */
    uint32_t pat_len;
    uint32_t surface_len;
    uint32_t after_punct; /* the term has a comma, bracket, quotation mark...
                             (lx_ends_clause) before this piece */
} lx_elem;

/* A run of elements: a phrase, or one alternative of not=. */
typedef struct lx_seq {
    uint32_t first;
    uint32_t n;
} lx_seq;

/* The compiled side of an entry (parallel to rp_lexinfo.entries). */
typedef struct lx_centry {
    uint32_t elem_first;
    uint32_t n_elems;  /* 0 for a regex or a term that compiled to nothing */
    uint32_t regex;    /* index into rp_lexicon.regexes, or RP_NONE */
    uint32_t not_first; /* alternatives of not= (indexes into nots) */
    uint32_t n_not;
    uint32_t col;      /* column of the term on its line */
    const char *file;  /* the file it came from (an include, or the lexicon) */
} lx_centry;

/* An interning table: byte strings to dense ids from 1. */
typedef struct lx_strtab {
    uint32_t *slots;  /* ids, 0 = empty */
    size_t cap;       /* power of two */
    RP_VEC(const char *) strs; /* id -> string (v[0] unused) */
    RP_VEC(uint32_t) lens;
    rp_arena *arena;
} lx_strtab;

void lx_strtab_init(lx_strtab *t, rp_arena *arena);
void lx_strtab_free(lx_strtab *t);
uint32_t lx_strtab_find(const lx_strtab *t, const char *s, size_t n);
uint32_t lx_strtab_add(lx_strtab *t, const char *s, size_t n);

/* A compressed list per id: ids [off[id], off[id+1]) of pool. */
typedef struct lx_index {
    uint32_t *off;   /* n_keys + 1 offsets, or NULL when empty */
    uint32_t *pool;
    uint32_t n_keys;
} lx_index;

/* The phrase trie.  Node 0 is the root; the node reached from the root by
 * a phrase's first element is that entry's phrase_node.  A node's
 * children are edges sorted by class (binary search); its terminals are
 * the phrases that end there (entry order). */
typedef struct lx_tnode {
    uint32_t kid_first, n_kids;   /* lx_tedge [kid_first, +n_kids) of trie_edges */
    uint32_t term_first, n_terms; /* entries [term_first, +n_terms) of trie_terms */
} lx_tnode;

typedef struct lx_tedge {
    uint32_t cls;
    uint32_t node;
} lx_tedge;

struct rp_lexicon {
    rp_lexinfo info;
    rp_arena arena;          /* every string of the lexicon */
    int mode;                /* enum lx_mode */
    int syntax;              /* enum lx_syntax */
    char *format;            /* "lex", "tsv", ... */
    const char *title;       /* @title, or NULL */
    rp_lexcat *cats;
    rp_lexentry *entries;
    lx_centry *cent;
    uint32_t *catidx;
    rp_kv *attrs;
    lx_elem *elems;
    size_t n_elems;
    lx_seq *nots;
    size_t n_nots;
    lx_strtab strs;
    lx_index first_stem, first_word, first_prefix, first_glob;
    uint32_t *prefix_lens;   /* distinct byte lengths of first-element prefixes */
    size_t n_prefix_lens;
    uint32_t *glob_lens;     /* distinct byte lengths of the literal heads of globs */
    size_t n_glob_lens;
    uint32_t *gen_globs;     /* entries whose first element is a glob that
                                starts with a wildcard */
    size_t n_gen_globs;
    /* phrase trie (n_trie_nodes == 0 when there is no phrase) */
    lx_tnode *trie_nodes;
    size_t n_trie_nodes;
    uint8_t *trie_cross;   /* per node: a phrase reaching it may cross a
                              comma, bracket... before its last piece (its
                              term has one there); else it stops at one */
    lx_tedge *trie_edges;
    uint32_t *trie_terms;
    uint32_t *phrase_node;   /* per entry: its node after the first element, 0 if not a phrase */
    /* the classes of the elements that continue a phrase (second and later),
     * found from a form: by string id (stem, folded word, prefix of one of
     * cont_prefix_lens bytes; arrays of n_cls_keys, 0 = none), and the
     * globs, tried one by one */
    uint32_t *cls_stem, *cls_word, *cls_prefix;
    uint32_t n_cls_keys;
    uint32_t *cont_prefix_lens;
    size_t n_cont_prefix_lens;
    uint32_t *cont_glob_elem;  /* elems index of a glob of each glob class */
    uint32_t *cont_glob_cls;
    size_t n_cont_globs;
    pcre2_code **regexes;
    uint32_t *regex_entry;
    size_t n_regexes;
    uint32_t *dup_of;        /* per entry: an earlier entry that compiles the
                                same way, or RP_NONE */
    _Atomic uint64_t *hits;  /* per entry, merged by rp_matcher_free */
    atomic_int refs;         /* rp_lexcache */
    char *cache_key;
    unsigned n_warnings;     /* warnings given while loading */
    unsigned n_includes;
};

/* ---- builder (what the readers fill) -------------------------------- */

typedef struct lx_raw {
    const char *term;   /* as written (arena) */
    const char *file;   /* file it came from (arena) */
    uint32_t line, col; /* of the term */
    uint32_t cat_first, n_cats;   /* into builder catidx */
    uint32_t attr_first, n_attrs; /* into builder attrs */
    uint32_t flags;     /* enum rp_lex_flag */
    uint32_t weight_milli;
    const char *not_;   /* not= value, or NULL */
    uint32_t not_col;
    int syntax;         /* enum lx_syntax */
} lx_raw;

typedef struct lx_bcat {
    rp_lexcat cat;
    uint32_t attr_first;
    int declared;       /* by @category (not just used) */
    uint32_t line;
} lx_bcat;

typedef struct lx_builder {
    const char *path;     /* the file as given */
    char *err;
    size_t errlen;
    int quiet;            /* no warnings on stderr */
    int each_duplicate;   /* one warning per duplicate entry (lexicon check),
                             else one summary line per lexicon */
    unsigned n_warnings;
    rp_arena *arena;      /* becomes the lexicon's */
    RP_VEC(lx_bcat) cats;
    lx_strtab catnames;   /* id -> index + 1 */
    RP_VEC(uint32_t) catidx;
    RP_VEC(rp_kv) attrs;
    RP_VEC(rp_kv) cattrs;
    RP_VEC(lx_raw) raws;
    const char *scheme, *version, *lang, *title;
    int mode;             /* enum lx_mode */
    int mode_set;
    rp_buf bytes;         /* every byte read (file + includes), for the checksum */
    RP_VEC(char *) stack; /* realpaths of the files being read (include cycles) */
    unsigned n_includes;
} lx_builder;

/* Errors and warnings: "file:line:column: message". lx_fail writes into
 * the builder's err and returns -1. */
int lx_fail(lx_builder *b, const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void lx_warn(lx_builder *b, const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* The category with this id, created (in order) on first use. */
uint32_t lx_cat(lx_builder *b, const char *id, size_t n);
/* Finds a category; RP_NONE if absent. */
uint32_t lx_cat_find(lx_builder *b, const char *id, size_t n);
/* Appends an entry; cats are category indexes. Returns its raw index. */
lx_raw *lx_entry(lx_builder *b, const char *file, uint32_t line, uint32_t col, const char *term,
                 size_t term_len, const uint32_t *cats, size_t n_cats, int syntax);
char *lx_strdup(lx_builder *b, const char *s, size_t n);

/* Reads a whole file into the builder's checksum bytes; returns a malloc'd
 * NUL-terminated copy (caller frees) or NULL after lx_fail. Checks the
 * 1 MB line limit; with utf8 set, also that it is UTF-8 (error with line,
 * column and byte offset). */
char *lx_read(lx_builder *b, const char *path, size_t *len, int utf8);
/* Checks UTF-8; returns the offset of the first bad byte or (size_t)-1. */
size_t lx_utf8_bad(const char *s, size_t n);
/* 1-based line and column (in characters) of byte offset off. */
void lx_linecol(const char *s, size_t off, unsigned *line, unsigned *col);

/* The readers: each returns 0 or -1 after lx_fail. */
int lx_read_native(lx_builder *b, const char *path);
int lx_read_tsv(lx_builder *b, const char *path);
int lx_read_dic(lx_builder *b, const char *path);
int lx_read_dicx(lx_builder *b, const char *path);
int lx_read_yaml(lx_builder *b, const char *path);

/* ---- text helpers shared by the compiler and the matcher ------------ */

/* Python's str.lower() of UTF-8 bytes into out (reset first). */
void lx_pylower(const char *s, size_t n, rp_buf *out);
/* Is the code point a letter or number (simple mode), or a letter, number
 * or mark (engine pieces)? */
int lx_is_alnum(int32_t cp);
int lx_is_piece_char(int32_t cp);
int lx_is_han(int32_t cp);
/* Does code point cp end a clause, so that an engine-mode phrase does not
 * run across it unless its term has one there?  , ; : ( ) [ ] { } ! ?
 * quotation marks, en and em dashes. */
int lx_ends_clause(int32_t cp);
/* White space as Python's str.isspace() sees it (Zs, Zl, Zp, the ASCII
 * controls TAB..CR and FS..US, NEL). */
int lx_is_space(int32_t cp);
/* Glob match (* any run, ? one character) of UTF-8 strings. */
int lx_glob_match(const char *pat, size_t pn, const char *s, size_t sn);
/* Decodes one code point (returns its byte length >= 1; invalid bytes give
 * cp = -1 and length 1). */
size_t lx_decode(const char *s, size_t n, int32_t *cp);

/* Describes an element for `lexicon show`. */
const char *lx_elem_kind_name(uint32_t kind);
const char *lx_type_name(uint32_t type);

/* Why an entry can never match (NULL if it can). */
const char *lx_never_reason(const rp_lexicon *lex, uint32_t entry);

/* rp_lexicon_load, with one warning per duplicate entry when
 * each_duplicate is set (lexicon check). */
rp_lexicon *lx_load(const char *path, const char *format, const char *lang, int each_duplicate,
                    char *err, size_t errlen);

/* A one-entry lexicon holding term, read the way `like` reads its terms
 * (same syntax, language and token mode); for `lexicon show`. Caller
 * frees; NULL with a message in err. */
rp_lexicon *lx_compile_term(const rp_lexicon *like, const char *term, char *err, size_t errlen);

/* Compiles a lexicon from a filled builder (consumes the builder). */
rp_lexicon *lx_compile(lx_builder *b, const char *format);

#endif /* RP_LEX_INT_H */
