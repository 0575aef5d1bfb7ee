/*
 * recs.h -- the private interface between the files of the recommendations
 * plugin (not installed; nothing here is exported: the module is built with
 * -fvisibility=hidden and exports only `rp_plugin`).
 *
 *   words.c     the vocabulary the rules look at: action verbs, cues,
 *               object words and grammar roles read from the plugin's
 *               lexicons, and the per-form memo (indexed by norm_id) that
 *               says what each token is, with its inflection
 *   addressee.c who a recommendation addresses and who made it, from the
 *               actors lexicons through the host's matcher
 *   rules.c     the scan of a document's sentences that finds recommended
 *               actions and emits one annotation per action
 *   model.c     the learned action-category model (category.model): feature
 *               name -> five weights
 *   recommendations.c  the plugin entry points, options and the exported
 *               rp_plugin
 */
#ifndef RECS_H
#define RECS_H

#include <rapporteur/plugin.h>

#include <stddef.h>
#include <stdint.h>

/* Inflection of a token relative to its lemma. */
enum recs_infl {
    RECS_BASE = 0, /* ratify */
    RECS_S = 1,    /* ratifies */
    RECS_ING = 2,  /* ratifying */
    RECS_ED = 3    /* ratified (past tense or participle) */
};

/* Grammar roles of an exact form (grammar.lex category ids). */
enum recs_role {
    RECS_R_SKIP = 1u << 0,
    RECS_R_BE = 1u << 1,
    RECS_R_BEPAST = 1u << 2,
    RECS_R_INTRO = 1u << 3,
    RECS_R_BOUND = 1u << 4,
    RECS_R_CONJ = 1u << 5,
    RECS_R_COND = 1u << 6,
    RECS_R_DET = 1u << 7,
    RECS_R_SELF = 1u << 8,
    RECS_R_TO = 1u << 9,
    RECS_R_THAT = 1u << 10,
    RECS_R_THERE = 1u << 11,
    RECS_R_NOUN = 1u << 12,
    RECS_R_IT = 1u << 13,
    RECS_R_NEG = 1u << 14,
    RECS_R_ART = 1u << 15,
    RECS_R_FN = 1u << 16,
    RECS_R_DISCOURSE = 1u << 17,
    RECS_R_INCL = 1u << 18,
    RECS_R_LYNOUN = 1u << 19, /* a noun or name in -ly: not an adverb */
    RECS_R_NONVERB = 1u << 20, /* an adjective, noun or quantifier that opens
                                  noun phrases: never an unlisted verb */
    RECS_R_XREF = 1u << 21,    /* a cross-reference: "see", "cf." and what they
                                  point at ("annex", "chapter", "above") */
    RECS_R_CLAUSE = 1u << 22,  /* a relative word or subordinating conjunction
                                  ("which", "because"): a clause starts */
    RECS_R_MODAL = 1u << 23,   /* a modal verb ("will", "can", "must") */
    RECS_R_LEAD = 1u << 24     /* opens a UPR list's lead-in: "recommendations" */
};

/* How a cue governs its action (cues.lex kind=). */
enum recs_cue_kind { RECS_CUE_MODAL = 1, RECS_CUE_VERB, RECS_CUE_ADJ, RECS_CUE_NEED };

/* Strengths, in the order of DESIGN.md. */
enum recs_strength { RECS_BINDING = 0, RECS_STRONG = 1, RECS_SOFT = 2 };

/* A lexicon entry of several words: the words after the first (folded). */
typedef struct recs_tail {
    const char **words;
    uint32_t n;
} recs_tail;

typedef struct recs_verb {
    const char *lemma;   /* label of the annotation */
    recs_tail tail;      /* "up" of "step up"; empty for one word */
    uint8_t category;    /* 1..5 */
    uint8_t object;      /* category depends on the object (objects.lex) */
    uint8_t noun;        /* also a common noun: not an imperative before a
                            preposition ("Support for") */
    uint32_t next;       /* next verb with the same first word, or RP_NONE */
} recs_verb;

typedef struct recs_cue {
    recs_tail tail;      /* "to" of "need to" */
    uint8_t kind;        /* enum recs_cue_kind */
    uint8_t strength;    /* enum recs_strength */
    uint8_t passive_only;
    uint8_t not_after_self; /* self=no: "I shall" is a future */
    uint8_t not_after_det;  /* det=no: "the need to" is a noun */
    uint32_t next;
} recs_cue;

/* What one distinct word (a lemma, or an exact grammar form) is. */
typedef struct recs_word {
    const char *text;
    uint32_t roles;      /* enum recs_role, exact form only */
    uint32_t verb;       /* first recs_verb starting with this lemma, or RP_NONE */
    uint32_t cue;        /* first recs_cue starting with this lemma, or RP_NONE */
    uint8_t objcat;      /* 4 or 5 from objects.lex, else 0 */
    uint8_t irregular;   /* an irregular form: the verb(s) below are its lemma's */
    uint32_t lemma_word; /* for an irregular form: the word of its lemma */
    uint32_t nominal_of; /* a nominalisation (actions.lex nouns=: "adoption"):
                            the word of its verb's lemma, or RP_NONE */
} recs_word;

/* The memoised answer for one norm_id. */
typedef struct recs_form {
    uint32_t word;   /* index+1 of the lemma's recs_word (0: none) */
    uint32_t roles;  /* grammar roles of the exact form */
    uint8_t infl;    /* enum recs_infl of the form relative to `word` */
    uint8_t known;   /* 1 once computed */
    uint8_t adverb;  /* an -ly adverb that is not a verb: skipped like RECS_R_SKIP */
    uint8_t scan;    /* enum recs_scan: what the prose scan stops at */
    uint32_t nominal; /* index+1 of the verb's word when the form is a
                         nominalisation of it ("adoption" -> adopt), else 0 */
} recs_form;

/* What the scan of a sentence for cues (rules.c) must stop at in a form,
 * so that it reads one byte per token and stops at few. */
enum recs_scan {
    RECS_SCAN_CUE = 1u << 0,  /* its lemma starts a cue */
    RECS_SCAN_COND = 1u << 1, /* RECS_R_COND */
    RECS_SCAN_VERB = 1u << 2, /* its lemma starts a listed verb (not a stop:
                                 not in scanb) */
    RECS_SCAN_JOIN = 1u << 3, /* a cue, RECS_R_TO, RECS_R_CONJ, or one of
                                 : ? ! , ; -- what the scan for coordinated
                                 actions stops at (not in scanb) */
    RECS_SCAN_PLAIN = 1u << 4, /* no role, 3 bytes or more of a-z, '-' or
                                  UTF-8, and no lemma of a cue or a listed
                                  verb: what plausible_verb asks of a form
                                  (not in scanb) */
    RECS_SCAN_KNOWN = 1u << 7 /* in recs_words.scanb: the form is computed */
};

/* The vocabulary: built once per instance from the lexicons. */
typedef struct recs_words {
    recs_word *w;
    uint32_t n, cap;
    uint32_t *slots;     /* open-addressing hash of w (index+1), power of 2 */
    uint32_t nslots;
    recs_verb *verbs;
    uint32_t nverbs, capverbs;
    recs_cue *cues;
    uint32_t ncues, capcues;
    char *pool;          /* the strings (words, lemmas), in blocks */
    size_t pool_used, pool_cap;
    char **blocks;
    size_t nblocks;
    recs_form *memo;     /* indexed by norm_id */
    uint8_t *scanb;      /* indexed by norm_id: RECS_SCAN_KNOWN | memo's scan once
                            computed, 0 before (the prose scan's one byte) */
    size_t nmemo;        /* slots of memo and of scanb */
} recs_words;

int recs_words_load(recs_words *v, const rp_host *host, const char *actions, const char *cues,
                    const char *objects, const char *grammar, char *err, size_t errlen);
void recs_words_free(recs_words *v);
/* Makes the memo cover every norm_id of doc (doc->n_forms). */
void recs_words_prepare(recs_words *v, const rp_doc *doc);
/* What token t of the document is (memoised by norm_id). */
const recs_form *recs_form_of(recs_words *v, const rp_token *t);
const recs_word *recs_word_at(const recs_words *v, uint32_t word1);
/* Exact-form lookup of a folded word (NULL when unknown). */
const recs_word *recs_words_find(const recs_words *v, const char *s, size_t n);
/* FNV-1a of s[0..n): the hash of the plugin's open-addressing tables
 * (words.c, model.c). */
uint32_t recs_hash(const char *s, size_t n);

/* Addressees and recommending States. */
typedef struct recs_addr {
    const rp_host *host;
    const rp_lexicon **lexs;
    size_t nlexs;
    rp_matcher *matcher;
    const rp_lexmatch *m;    /* matches of the current document */
    size_t nm;
    const rp_doc *doc;       /* the document m belongs to */
    uint32_t rb, re;         /* the tokens m covers (all, from a host before
                                ABI 1.2) */
    int failed;              /* matcher unavailable: warned once, no addressees */
} recs_addr;

int recs_addr_open(recs_addr *a, const rp_host *host, const char *paths, char *err,
                   size_t errlen);
void recs_addr_close(recs_addr *a);
void recs_addr_reset(recs_addr *a);
/* The addressees of a subject ending just before token `before`: the
 * actor nearest it and those coordinated with it ("States and all
 * stakeholders" -> "states,stakeholders", in text order). joiner(ctx, k)
 * says what token k can be between two actors: 2 a coordinator ("and",
 * ","), 1 a filler ("all", "the"), 0 nothing. Writes into out; returns
 * out, or NULL if there is no addressee. */
const char *recs_addr_subject(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t before,
                              int (*joiner)(const void *ctx, uint32_t tok), const void *ctx,
                              char *out, size_t outlen);
/* The first addressee inside tokens [from, to); NULL if none. */
const char *recs_addr_within(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t to);
/* The end (a token index) of the best addressee that begins at token tok
 * and ends by token `to`; 0 when none begins there. */
uint32_t recs_addr_at(recs_addr *a, const rp_doc *doc, uint32_t tok, uint32_t to);
/* The country id (kind=country) of a match inside tokens [from, to), or
 * NULL. */
const char *recs_addr_country(recs_addr *a, const rp_doc *doc, uint32_t from, uint32_t to);

/* Whether the folded token s (n bytes) opens a quotation (" “ «), or
 * closes one (" ” »). */
int recs_open_quote(const char *s, size_t n);
int recs_close_quote(const char *s, size_t n);

/* The action-category model (model.c): a multinomial logistic regression,
 * category = arg-max over 1..5 of bias + the rows of the features present. */
#define RECS_NCAT 5

typedef struct recs_model {
    double bias[RECS_NCAT];
    double *w;           /* n rows of RECS_NCAT weights (double, as the
                            trainer sums them: the same arg-max) */
    uint32_t *key_at;    /* row -> offset of its feature name in keys */
    char *keys;          /* the feature names, NUL-terminated */
    size_t keys_used, keys_cap;
    uint32_t n, cap;
    uint32_t *slots;     /* open-addressing hash of the rows (index+1) */
    uint32_t nslots;
} recs_model;

/* Reads a model file (a relative path as given, else under the host's
 * lexicon_dir).  0, or -1 with "file:line: what" in err.  The model owns
 * everything it allocates: free it with recs_model_free(). */
int recs_model_load(recs_model *m, const rp_host *host, const char *path, char *err,
                    size_t errlen);
void recs_model_free(recs_model *m);
/* The row of feature s (n bytes), or RP_NONE; its weights are
 * m->w + row * RECS_NCAT (owned by the model). */
uint32_t recs_model_row(const recs_model *m, const char *s, size_t n);

/* What the model's features read of one form (rules.c), memoised by
 * norm_id: its "w:" and "h:" rows and what it is to the feature scan. */
typedef struct recs_fmemo {
    uint32_t wrow, hrow; /* 0 not looked up, 1 no row, row + 2 */
    uint32_t drow;       /* its "d:" row, for an article or determiner */
    uint8_t known;
    uint8_t flags;       /* enum recs_fflag */
} recs_fmemo;

enum recs_fflag {
    RECS_F_STOP = 1u << 0,  /* ";", ":" or "(": the object ends */
    RECS_F_ALPHA = 1u << 1, /* a word */
    RECS_F_HEAD = 1u << 2,  /* can be the object's first word (not a
                               determiner, adverb, "and") */
    RECS_F_TO = 1u << 3,    /* "to" */
    RECS_F_MEANS = 1u << 4, /* "by", "through", "including" */
    RECS_F_BY = 1u << 5     /* "by", "through" (after "including") */
};

/* The feature families of a listed verb (rules.c): v:, v2:, vt:, by:. */
enum recs_vfam { RECS_VF_V = 0, RECS_VF_V2, RECS_VF_VT, RECS_VF_BY, RECS_VFAMS };

/* The rules. */
typedef struct recs_opts {
    int imperatives; /* sentence-initial imperatives count (UPR style) */
    int prose;       /* deontic cues and recommending verbs count */
    int features;    /* add attrs.features (the model's inputs, for training) */
} recs_opts;

typedef struct recs_state {
    const rp_host *host;
    recs_words words;
    recs_addr addr;
    recs_opts opts;
    recs_model model;      /* n == 0: no model, the hand rules' category */
    /* Memos of model rows (0 not looked up yet, 1 no row, row + 2), so that
     * an action costs array reads, not hash lookups: */
    struct recs_fmemo *fm; /* per norm_id: what the features read of a form */
    size_t nfm;
    uint32_t *vrow;        /* per listed verb x enum recs_vfam */
    uint32_t crow[6];      /* "c:1".."c:5"; [0] "neg:yes" */
    uint32_t d0row;        /* "d:0" (no article before the object's head) */
    uint32_t nrow[6];      /* "nby:0".."nby:3", "nv2:0", "nv2:1" */
    unsigned char *used;   /* per token: already an action (all 0 between
                              documents) */
    size_t nused;
    uint32_t *marks;       /* the tokens set in used, to clear them */
    uint32_t nmarks, capmarks;
    int marks_lost;        /* a mark could not be kept: clear all of used */
} recs_state;

int recs_process(recs_state *st, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen);

#endif /* RECS_H */
