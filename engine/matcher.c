/*
 * matcher.c -- matching compiled lexicons against an analysed document.
 *
 * One matcher per worker (plugin instance).  For each lexicon it keeps a
 * memo of document forms: in the engine token mode an array indexed by the
 * piece's norm_id (dense per worker vocabulary), in the simple mode a hash
 * table keyed by the surface bytes of a run of letters and digits (and an
 * array by norm_id for ASCII runs).  A form is resolved once (stemmed with
 * the lexicon's language, then looked up in the lexicon's first-element
 * indexes and phrase-continuation lookups), so the steady state costs O(1)
 * per piece whatever the size of the lexicon, and allocates nothing.  In
 * the engine mode a matcher-wide memo (norm_id -> the lexicons in which
 * something starts at the form) lets one pass over the pieces serve every
 * lexicon, and a piece where nothing starts cost one lookup.
 *
 * A run walks the document's units (engine: pieces outside footnote
 * markers; simple: runs of letters and digits of the raw token bytes, a run
 * glued to the previous one joining it) in token order; at the units where
 * something starts it reports the one-element entries of the unit's form
 * and follows the phrases it starts through the lexicon's phrase trie, one
 * step per following unit of the same sentence (in simple mode phrases run
 * across the whole document, like the themes.tsv reference).  It runs the
 * regex entries over the text under match limits, drops matches that lie
 * inside one of their entry's not= phrases, applies the overlap policy and
 * reports each surviving match once per category of its entry, sorted by
 * (start, end, lexicon, category, entry): the matches come out nearly in
 * that order, so a natural merge sort puts them in it.
 */
#include "config.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lex_int.h"

#define RX_MATCH_LIMIT 1000000u
#define RX_DEPTH_LIMIT 10000u

/* What one document form means to one lexicon (memoised: engine-mode
 * memos hold one index per form of the worker's vocabulary and lexicon).
 * Its lists live in the mlex pool: the one-element entries it matches,
 * the trie nodes of the phrases it starts (after their first element),
 * and the classes of phrase continuations it matches (sorted). */
typedef struct lx_form {
    uint32_t stem_sid;  /* interned stem of the form, 0 if the lexicon has none */
    uint32_t norm_sid;  /* interned folded form, 0 if none */
    uint32_t cand_off;  /* one-element entries: pool[cand_off .. +n_cand) */
    uint32_t n_cand;
    uint32_t start_off; /* phrase starts: pool[start_off .. +n_start) */
    uint32_t n_start;
    uint32_t cont_off;  /* continuation classes: pool[cont_off .. +n_cont) */
    uint32_t n_cont;
} lx_form;

/* Simple mode: the surface and its Python-lowered form (parallel to forms). */
typedef struct lx_sform {
    const char *surf;   /* matcher arena */
    const char *norm;
    uint32_t surf_len;
    uint32_t norm_len;
} lx_sform;

typedef struct unit {
    uint64_t start, end;
    uint32_t tok_b, tok_e;
    uint32_t sent;
    uint32_t form;
    const char *norm;
    uint32_t norm_len;
    uint32_t pad;
} unit;

/* A simple-mode unit as stored: a unit without the folded text, which
 * simple mode reads from the unit's form (elem_ok).  32 bytes instead of
 * 48: one is written per word, and a large document's units outgrow the
 * cache. */
typedef struct sunit {
    uint64_t start, end;
    uint32_t tok_b, tok_e;
    uint32_t sent;
    uint32_t form;
} sunit;

/* An engine-mode unit: its piece, with what the walks read most. */
typedef struct eunit {
    uint32_t piece; /* index in the pieces, or RP_NONE: the token is the piece */
    uint32_t tok;   /* its token */
    uint32_t form;  /* the piece's norm_id */
    uint32_t sent;  /* its token's sentence */
} eunit;

typedef struct rawm {
    uint64_t start, end;
    uint32_t tb, te;
    uint32_t ub, ue;  /* unit range, RP_NONE for regex matches */
    uint32_t entry;
    uint32_t lexi;
    uint32_t kept;
    uint32_t pad;
} rawm;

typedef struct mlex {
    const rp_lexicon *lex;
    struct sb_stemmer *stemmer;
    RP_VEC(lx_form) forms;   /* engine: forms[0] is the form that means nothing */
    RP_VEC(lx_sform) sforms; /* simple mode, parallel to forms */
    uint32_t *memo;          /* engine: norm_id -> forms index + 1, 0 = not seen */
    size_t memo_n;
    uint32_t *slots;   /* simple mode: surface -> form index + 1 */
    size_t cap;
    uint32_t *by_norm; /* simple mode: norm_id -> (form index + 1) << 1 | 1 if
                          something starts at the form (ASCII runs), 0 = not seen */
    size_t by_norm_n;
    rp_arena arena;
    RP_VEC(uint32_t) pool;
    RP_VEC(uint32_t) starts; /* resolve's scratch */
    uint64_t *hits;
    pcre2_match_data **md;
    size_t cat_base;   /* its categories' slots in rp_matcher.slots */
} mlex;

/* Longest per category: per (lexicon, category), the pair of the current
 * start that may survive, and the greatest end so far in the document. */
typedef struct catslot {
    uint64_t max_end;
    uint64_t gen;    /* document of max_end (rp_matcher.gen) */
    uint64_t group;  /* start group of best (rp_matcher.group) */
    uint32_t best;
    uint32_t pad;
} catslot;

typedef struct pairm {
    rp_lexmatch m;
    uint32_t raw;
    uint32_t lexi;
} pairm;

struct rp_matcher {
    mlex *lx;
    size_t n;
    int overlap;
    RP_VEC(sunit) units;     /* simple mode */
    RP_VEC(eunit) eunits;    /* engine mode */
    int eng;                 /* the current units are eunits */
    const rp_piece *pv;      /* engine mode: the document's pieces and tokens */
    const rp_token *tv;
    RP_VEC(rawm) raw;
    RP_VEC(pairm) pairs;
    RP_VEC(rp_lexmatch) out;
    RP_VEC(uint32_t) order;
    RP_VEC(uint8_t) taken; /* longest: tokens (in start order) already taken */
    RP_VEC(uint32_t) stack; /* walk: pairs (trie node, last unit) */
    RP_VEC(uint32_t) hot;   /* units where something starts */
    RP_VEC(uint32_t) glued; /* simple mode: units extended by a glued run */
    RP_VEC(uint32_t) runs;  /* sort_out: run boundaries */
    RP_VEC(pairm) spare;    /* sort_out: merge buffer */
    catslot *slots;
    uint64_t gen, group;
    uint32_t *memo;         /* engine: norm_id -> 0 not seen, else 1 + lexicon bits */
    size_t memo_n;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    rp_buf tmp;
    uint32_t rb, re;        /* the tokens being matched: [rb, re) */
};

/* ---- forms ------------------------------------------------------------ */

static void add_list(mlex *ml, const lx_index *ix, uint32_t key)
{
    if (!key || !ix->off || key >= ix->n_keys)
        return;
    for (uint32_t i = ix->off[key]; i < ix->off[key + 1]; i++)
        RP_VEC_PUSH(ml->pool) = ix->pool[i];
}

/* The stem of a form with the lexicon's stemmer (the form itself without
 * one); valid until that stemmer's next call. */
static const char *stem_of(const mlex *ml, const char *norm, size_t n, size_t *sl)
{
    *sl = n;
    if (ml->stemmer) {
        const sb_symbol *r = sb_stemmer_stem(ml->stemmer, (const sb_symbol *)norm, (int)n);
        if (r) {
            *sl = (size_t)sb_stemmer_length(ml->stemmer);
            return (const char *)r;
        }
    }
    return norm;
}

/* Resolves a form (folded text norm, stem s) against the lexicon's
 * indexes; its lists go to the pool. */
static void resolve(mlex *ml, lx_form *f, const char *norm, size_t n, const char *s, size_t sl)
{
    const rp_lexicon *lex = ml->lex;
    f->stem_sid = lx_strtab_find(&lex->strs, s, sl);
    f->norm_sid = lx_strtab_find(&lex->strs, norm, n);
    f->cand_off = (uint32_t)ml->pool.n;
    add_list(ml, &lex->first_stem, f->stem_sid);
    add_list(ml, &lex->first_word, f->norm_sid);
    for (size_t i = 0; i < lex->n_prefix_lens; i++) {
        uint32_t L = lex->prefix_lens[i];
        if (L <= n)
            add_list(ml, &lex->first_prefix, lx_strtab_find(&lex->strs, norm, L));
    }
    for (size_t i = 0; i < lex->n_glob_lens; i++) {
        uint32_t L = lex->glob_lens[i];
        uint32_t key = L <= n ? lx_strtab_find(&lex->strs, norm, L) : 0;
        if (!key || key >= lex->first_glob.n_keys)
            continue;
        for (uint32_t j = lex->first_glob.off[key]; j < lex->first_glob.off[key + 1]; j++) {
            uint32_t e = lex->first_glob.pool[j];
            const lx_elem *el = &lex->elems[lex->cent[e].elem_first];
            if (lx_glob_match(el->pat, el->pat_len, norm, n))
                RP_VEC_PUSH(ml->pool) = e;
        }
    }
    for (size_t i = 0; i < lex->n_gen_globs; i++) {
        uint32_t e = lex->gen_globs[i];
        const lx_elem *el = &lex->elems[lex->cent[e].elem_first];
        if (lx_glob_match(el->pat, el->pat_len, norm, n))
            RP_VEC_PUSH(ml->pool) = e;
    }
    /* one-element entries stay; a phrase becomes its trie node (once) */
    uint32_t *pool = ml->pool.v ? ml->pool.v + f->cand_off : NULL; /* no arithmetic on NULL (UB) */
    size_t nc = ml->pool.n - f->cand_off, w = 0;
    ml->starts.n = 0;
    for (size_t i = 0; i < nc; i++) {
        uint32_t e = pool[i];
        uint32_t node = lex->phrase_node ? lex->phrase_node[e] : 0;
        if (!node) {
            pool[w++] = e;
            continue;
        }
        size_t k = 0;
        while (k < ml->starts.n && ml->starts.v[k] != node)
            k++;
        if (k == ml->starts.n)
            RP_VEC_PUSH(ml->starts) = node;
    }
    ml->pool.n = f->cand_off + w;
    f->n_cand = (uint32_t)w;
    f->start_off = (uint32_t)ml->pool.n;
    for (size_t k = 0; k < ml->starts.n; k++)
        RP_VEC_PUSH(ml->pool) = ml->starts.v[k];
    f->n_start = (uint32_t)ml->starts.n;
    /* the phrase continuations this form matches */
    f->cont_off = (uint32_t)ml->pool.n;
    if (lex->n_trie_nodes) {
        uint32_t c;
        if (f->stem_sid < lex->n_cls_keys && (c = lex->cls_stem[f->stem_sid]) != 0)
            RP_VEC_PUSH(ml->pool) = c;
        if (f->norm_sid < lex->n_cls_keys && (c = lex->cls_word[f->norm_sid]) != 0)
            RP_VEC_PUSH(ml->pool) = c;
        for (size_t i = 0; i < lex->n_cont_prefix_lens; i++) {
            uint32_t L = lex->cont_prefix_lens[i];
            uint32_t id = L <= n ? lx_strtab_find(&lex->strs, norm, L) : 0;
            if (id && id < lex->n_cls_keys && (c = lex->cls_prefix[id]) != 0)
                RP_VEC_PUSH(ml->pool) = c;
        }
        for (size_t i = 0; i < lex->n_cont_globs; i++) {
            const lx_elem *el = &lex->elems[lex->cont_glob_elem[i]];
            if (lx_glob_match(el->pat, el->pat_len, norm, n))
                RP_VEC_PUSH(ml->pool) = lex->cont_glob_cls[i];
        }
        /* sorted, so that a walk meets each class once */
        uint32_t *cv = ml->pool.v ? ml->pool.v + f->cont_off : NULL; /* no arithmetic on NULL (UB) */
        size_t cn = ml->pool.n - f->cont_off;
        for (size_t i = 1; i < cn; i++)
            for (size_t j = i; j > 0 && cv[j - 1] > cv[j]; j--) {
                uint32_t t = cv[j];
                cv[j] = cv[j - 1];
                cv[j - 1] = t;
            }
    }
    f->n_cont = (uint32_t)(ml->pool.n - f->cont_off);
}

/* The simple-mode form of surface bytes s[0..n). */
static uint32_t simple_form(mlex *ml, rp_buf *tmp, const char *s, size_t n)
{
    if ((ml->sforms.n + 1) * 2 > ml->cap) {
        size_t ncap = ml->cap ? ml->cap * 2 : 1024;
        uint32_t *ns = rp_xcalloc(ncap, sizeof *ns);
        for (size_t i = 0; i < ml->sforms.n; i++) {
            size_t h = (size_t)rp_hash64(ml->sforms.v[i].surf, ml->sforms.v[i].surf_len) & (ncap - 1);
            while (ns[h])
                h = (h + 1) & (ncap - 1);
            ns[h] = (uint32_t)i + 1;
        }
        free(ml->slots);
        ml->slots = ns;
        ml->cap = ncap;
    }
    size_t mask = ml->cap - 1, h = (size_t)rp_hash64(s, n) & mask;
    for (;;) {
        uint32_t k = ml->slots[h];
        if (!k)
            break;
        const lx_sform *f = &ml->sforms.v[k - 1];
        if (f->surf_len == n && memcmp(f->surf, s, n) == 0)
            return k - 1;
        h = (h + 1) & mask;
    }
    lx_sform *sf = &RP_VEC_PUSH(ml->sforms);
    sf->surf = rp_arena_strndup(&ml->arena, s, n);
    sf->surf_len = (uint32_t)n;
    lx_pylower(s, n, tmp);
    sf->norm = rp_arena_strndup(&ml->arena, tmp->data, tmp->len);
    sf->norm_len = (uint32_t)tmp->len;
    lx_form *f = &RP_VEC_PUSH(ml->forms);
    size_t sl;
    const char *st = stem_of(ml, sf->norm, sf->norm_len, &sl);
    resolve(ml, f, sf->norm, sf->norm_len, st, sl);
    ml->slots[h] = (uint32_t)ml->sforms.n;
    return (uint32_t)ml->sforms.n - 1;
}

/* ---- units ------------------------------------------------------------ */

/* Resolves a form for one engine-mode lexicon; returns its forms index
 * + 1. A form that means nothing to the lexicon (no stem, word,
 * candidate or continuation: most of them) shares forms[0], so the memo
 * costs 4 bytes per form of the vocabulary. */
static uint32_t engine_form(mlex *ml, const char *norm, size_t n, const char *st, size_t sl)
{
    if (ml->forms.n == 0)
        memset(&RP_VEC_PUSH(ml->forms), 0, sizeof(lx_form));
    lx_form f;
    resolve(ml, &f, norm, n, st, sl);
    if (f.stem_sid == 0 && f.norm_sid == 0 && f.n_cand == 0 && f.n_start == 0 && f.n_cont == 0)
        return 1;
    RP_VEC_PUSH(ml->forms) = f;
    return (uint32_t)ml->forms.n;
}

/* The matcher-wide memo bit of engine lexicon i (lexicons from 30 on
 * share the last bit). */
static inline uint32_t lex_bit(size_t i)
{
    return 1u << (i < 30 ? i : 30);
}

/* Resolves norm_id id (unit u) for every engine-mode lexicon; returns the
 * matcher-wide memo value: 1 + the bits of the lexicons in which
 * something starts at the form. */
static uint32_t engine_resolve(rp_matcher *m, uint32_t id, const char *norm, uint32_t norm_len)
{
    uint32_t bits = 0;
    const char *st_lang = NULL, *st = NULL;
    size_t sl = 0;
    for (size_t k = 0; k < m->n; k++) {
        mlex *ml = &m->lx[k];
        if (ml->lex->mode == LX_SIMPLE || ml->lex->n_elems == 0)
            continue;
        if (ml->memo_n <= id) {
            size_t need = m->memo_n;
            ml->memo = rp_xrealloc(ml->memo, need * sizeof *ml->memo);
            memset(ml->memo + ml->memo_n, 0, (need - ml->memo_n) * sizeof *ml->memo);
            ml->memo_n = need;
        }
        /* lexicons of one language share the stem (stemming is most of
         * the cost of a new form) */
        if (!st_lang || strcmp(st_lang, ml->lex->info.lang) != 0) {
            st = stem_of(ml, norm, norm_len, &sl);
            st_lang = ml->lex->info.lang;
        }
        uint32_t fi = engine_form(ml, norm, norm_len, st, sl);
        ml->memo[id] = fi;
        const lx_form *f = &ml->forms.v[fi - 1];
        if (f->n_cand | f->n_start)
            bits |= lex_bit(k);
    }
    return 1 + bits;
}

/* The matcher-wide memo value of form id (norm[0..norm_len)), resolved
 * for every engine-mode lexicon the first time. */
static inline uint32_t engine_memo(rp_matcher *m, uint32_t id, const char *norm, uint32_t norm_len)
{
    if (id >= m->memo_n) {
        size_t need = (size_t)id + 1;
        m->memo = rp_xrealloc(m->memo, need * sizeof *m->memo);
        memset(m->memo + m->memo_n, 0, (need - m->memo_n) * sizeof *m->memo);
        m->memo_n = need;
    }
    uint32_t mk = m->memo[id];
    if (!mk)
        mk = m->memo[id] = engine_resolve(m, id, norm, norm_len);
    return mk;
}

/* First index in v[0..n) whose value is >= key (v ascending). */
static size_t lower_u32(const uint32_t *v, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* First piece of token t or of a later token (pieces are in token order). */
static size_t first_piece_of(const rp_piece *pv, size_t np, uint32_t t)
{
    size_t lo = 0, hi = np;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pv[mid].token < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The engine-mode units of a document: its pieces outside footnote
 * markers (a token's own when it is one piece, else those written out for
 * it: doc.h), kept small (m->eunits: piece, token, form, sentence;
 * unit_at reads the rest from the piece or token: writing whole units for
 * every piece of every document cost more than the matching). They do
 * not depend on the lexicon (a unit's form is its norm_id), so one pass
 * builds them for every engine-mode lexicon, and notes the units where
 * something starts in some lexicon (m->hot), by the matcher-wide memo:
 * norm_id -> 0 (not seen), else 1 + lexicon bits.  New forms are
 * resolved for every lexicon on the way (after the first documents,
 * almost none). */
static void engine_units(rp_matcher *m, const rp_doc *doc, const rp_docbuf *db)
{
    size_t np = db->pieces.n;
    uint32_t nt = m->re; /* the range's end: the document's for matcher_run */
    RP_GROW(m->eunits.v, m->eunits.cap, np + doc->n_tokens + 1);
    RP_GROW(m->hot.v, m->hot.cap, np + doc->n_tokens + 1);
    if (m->memo_n < (size_t)doc->n_forms + 1) {
        size_t need = (size_t)doc->n_forms + 1;
        m->memo = rp_xrealloc(m->memo, need * sizeof *m->memo);
        memset(m->memo + m->memo_n, 0, (need - m->memo_n) * sizeof *m->memo);
        m->memo_n = need;
    }
    const rp_piece *pv = db->pieces.v;
    const rp_token *tv = doc->tokens;
    const uint32_t *sc = db->scanned_tokens.v;
    size_t nsc = db->scanned_tokens.n, si = 0, pi = 0;
    if (m->rb > 0) {
        si = lower_u32(sc, nsc, m->rb);
        pi = first_piece_of(pv, np, m->rb);
    }
    eunit *ev = m->eunits.v;
    uint32_t *hot = m->hot.v;
    size_t U = 0, H = 0;
    const uint32_t skip = RP_TOK_PUNCT | RP_TOK_FOOTNOTE;
    m->eng = 1;
    m->pv = pv;
    m->tv = tv;
    for (uint32_t t = m->rb; t < nt; t++) {
        /* the tokens up to the next scanned one: each its own piece, or
         * none (punctuation); footnote markers are left out; a unit is
         * noted in m->hot without a branch */
        uint32_t stop = si < nsc && sc[si] < nt ? sc[si] : nt;
        for (; t < stop; t++) {
            const rp_token *tok = &tv[t];
            if (tok->flags & skip)
                continue;
            uint32_t id = tok->norm_id;
            uint32_t mk = engine_memo(m, id, tok->norm, tok->norm_len);
            ev[U] = (eunit){RP_NONE, t, id, tok->sentence};
            hot[H] = (uint32_t)U;
            H += mk > 1;
            U++;
        }
        if (t == nt)
            break;
        /* a scanned token: its written pieces */
        si++;
        const rp_token *tok = &tv[t];
        while (pi < np && pv[pi].token < t)
            pi++;
        for (; pi < np && pv[pi].token == t; pi++) {
            if (tok->flags & RP_TOK_FOOTNOTE)
                continue;
            uint32_t id = pv[pi].norm_id;
            uint32_t mk = engine_memo(m, id, pv[pi].norm, pv[pi].norm_len);
            ev[U] = (eunit){(uint32_t)pi, t, id, tok->sentence};
            hot[H] = (uint32_t)U;
            H += mk > 1;
            U++;
        }
    }
    m->eunits.n = U;
    m->hot.n = H;
}

/* Unit k of the current units (either mode). */
static inline unit unit_at(const rp_matcher *m, size_t k)
{
    unit u;
    if (!m->eng) {
        const sunit *s = &m->units.v[k];
        u.start = s->start;
        u.end = s->end;
        u.tok_b = s->tok_b;
        u.tok_e = s->tok_e;
        u.sent = s->sent;
        u.form = s->form;
        u.norm = NULL;
        u.norm_len = 0;
        u.pad = 0;
        return u;
    }
    const eunit *e = &m->eunits.v[k];
    u.tok_b = e->tok;
    u.tok_e = e->tok + 1;
    u.sent = e->sent;
    u.form = e->form;
    u.pad = 0;
    if (e->piece == RP_NONE) {
        const rp_token *t = &m->tv[e->tok];
        u.start = t->start;
        u.end = t->end;
        u.norm = t->norm;
        u.norm_len = t->norm_len;
    } else {
        const rp_piece *p = &m->pv[e->piece];
        u.start = p->start;
        u.end = p->end;
        u.norm = p->norm;
        u.norm_len = p->norm_len;
    }
    return u;
}

static inline size_t n_units(const rp_matcher *m)
{
    return m->eng ? m->eunits.n : m->units.n;
}

static inline uint32_t unit_sent(const rp_matcher *m, size_t k)
{
    return m->eng ? m->eunits.v[k].sent : m->units.v[k].sent;
}

static inline uint32_t unit_form(const rp_matcher *m, size_t k)
{
    return m->eng ? m->eunits.v[k].form : m->units.v[k].form;
}

/* The form of a unit for this lexicon. */
static inline const lx_form *form_of(const mlex *ml, const unit *u)
{
    if (ml->lex->mode == LX_SIMPLE)
        return &ml->forms.v[u->form];
    return &ml->forms.v[ml->memo[u->form] - 1];
}

/* The form of unit k for this lexicon. */
static inline const lx_form *form_at(const rp_matcher *m, const mlex *ml, size_t k)
{
    uint32_t f = unit_form(m, k);
    if (ml->lex->mode == LX_SIMPLE)
        return &ml->forms.v[f];
    return &ml->forms.v[ml->memo[f] - 1];
}

/* Are the n bytes at s all ASCII? A few overlapping word loads. */
static inline int all_ascii(const char *s, size_t n)
{
    uint64_t acc = 0;
    if (n >= 8) {
        size_t i = 0;
        uint64_t w;
        for (; i + 8 <= n; i += 8) {
            memcpy(&w, s + i, 8);
            acc |= w;
        }
        memcpy(&w, s + n - 8, 8);
        acc |= w;
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        acc = a | b;
    } else if (n >= 2) {
        uint16_t a, b;
        memcpy(&a, s, 2);
        memcpy(&b, s + n - 2, 2);
        acc = (uint64_t)(a | b);
    } else if (n == 1) {
        acc = (unsigned char)s[0];
    }
    return (acc & 0x8080808080808080ull) == 0;
}

/* Room for one more element in a vector whose count is kept in a local
 * (the hot loops keep counts and pointers in registers). */
static void *grow_for(void *v, size_t *cap, size_t n, size_t size)
{
    rp_grow(&v, cap, n + 1, size);
    return v;
}

/* simple_units' output cursors, for simple_tokens. */
typedef struct sunits {
    sunit *uv;
    size_t ucap, U;
    uint32_t *hv; /* m->hot: never shorter than uv, so H <= U needs no check */
    size_t H;
    uint64_t prev_end;
} sunits;

/* simple_units' hot loop, in a function of its own so that its few values
 * stay in registers: the tokens [t, stop), plain ASCII ones that are one
 * piece each (themselves) or none (punctuation), as long as each is a
 * unit of its own (not glued to the previous run) whose form the lexicon
 * has seen (by_norm) and there is room.  A unit is noted in m->hot
 * without a branch (stored, and counted when its form starts something).
 * Returns the first token it did not take. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t simple_tokens(sunits *su, const rp_token *tv, uint32_t t, uint32_t stop,
                              const uint32_t *by_norm, size_t by_norm_n)
{
    sunit *uv = su->uv;
    uint32_t *hv = su->hv;
    size_t U = su->U, H = su->H, ucap = su->ucap;
    uint64_t prev_end = su->prev_end;
    /* a token makes one unit at most: with stop cut to the room left, the
     * loop needs no test of its own for it (the caller's general case
     * grows the vector); norm_id is below doc->n_forms < by_norm_n, so
     * by_norm needs no bound test either */
    (void)by_norm_n;
    if (stop - t > ucap - U)
        stop = t + (uint32_t)(ucap - U);
    for (; t < stop; t++) {
        const rp_token *k = &tv[t];
        if (k->flags & RP_TOK_PUNCT)
            continue;
        uint32_t bn = by_norm[k->norm_id];
        if (!bn || k->start == prev_end)
            break;
        sunit *u = &uv[U];
        u->start = k->start;
        u->end = k->end;
        u->tok_b = t;
        u->tok_e = t + 1;
        u->sent = 0;
        u->form = (bn >> 1) - 1;
        hv[H] = (uint32_t)U;
        H += bn & 1;
        U++;
        prev_end = k->end;
    }
    su->U = U;
    su->H = H;
    su->prev_end = prev_end;
    return t;
}

/* Simple mode follows the raw text: tokens in offset order (the engine
 * keeps a paragraph's halves together across a page break, the reference
 * reads the footnotes in between), runs glued across tokens joined.
 *
 * The tokens come in runs of consecutive indexes in offset order (the
 * whole document when start_runs is empty).  The runs of an ASCII token are
 * exactly its engine pieces (maximal runs of ASCII letters and digits),
 * whose folded forms are their lower-case forms: the token itself for a
 * plain word, none for punctuation, the pieces written out for a scanned
 * token (doc.h).  So between the tokens of db->wide_tokens and
 * db->scanned_tokens the units come straight from the tokens, keyed by
 * their norm_id, without looking at the bytes; a scanned token's come
 * from its pieces; only the tokens holding non-ASCII bytes are scanned.
 * A unit's form is found at once (by norm_id, else by its bytes) and the
 * unit noted in m->hot when something starts there; a unit that a glued
 * run extends is taken off m->hot and resolved again once whole
 * (m->glued). */
static void simple_units(rp_matcher *m, mlex *ml, const rp_doc *doc, const rp_docbuf *db)
{
    static const unsigned char ascii_alnum[128] = {
        ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
        ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
        ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
        ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
        ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
        ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
        ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};
    m->glued.n = 0;
    m->eng = 0;
    if (ml->by_norm_n < (size_t)doc->n_forms + 1) {
        size_t need = (size_t)doc->n_forms + 1;
        ml->by_norm = rp_xrealloc(ml->by_norm, need * sizeof *ml->by_norm);
        memset(ml->by_norm + ml->by_norm_n, 0, (need - ml->by_norm_n) * sizeof *ml->by_norm);
        ml->by_norm_n = need;
    }
    /* units: one per token or written piece, and more only from non-ASCII
     * tokens; m->hot is never shorter than m->units, so the hot path
     * stores into it unchecked (H <= U) */
    RP_GROW(m->units.v, m->units.cap, (size_t)doc->n_tokens + db->pieces.n + 1);
    RP_GROW(m->hot.v, m->hot.cap, m->units.cap);
    sunit *uv = m->units.v;
    size_t U = 0, H = 0, ucap = m->units.cap;
    uint32_t *hv = m->hot.v;
    const uint32_t *by_norm = ml->by_norm;
    size_t by_norm_n = ml->by_norm_n;
    const char *text = doc->text;
    uint64_t prev_end = UINT64_MAX;
    uint32_t nt = doc->n_tokens;
    const rp_piece *pv = db->pieces.v;
    const uint32_t *wide = db->wide_tokens.v, *sc = db->scanned_tokens.v;
    const rp_token *tv = doc->tokens;
    size_t np = db->pieces.n, nwide = db->wide_tokens.n, nsc = db->scanned_tokens.n;
    size_t pi = 0, wi = 0, si = 0;

    /* one run [RS, RE) of token T, KEY its norm_id or 0 */
#define SIMPLE_RUN(RS, RE, T, KEY)                                                                   \
    do {                                                                                         \
        uint64_t rs_ = (RS), re_ = (RE);                                                         \
        uint32_t t_ = (T), key_ = (KEY);                                                         \
        if (rs_ == prev_end) {                                                                   \
            sunit *u_ = &uv[U - 1];                                                              \
            u_->end = re_;                                                                       \
            if (!m->glued.n || m->glued.v[m->glued.n - 1] != U - 1) {                            \
                if (H && hv[H - 1] == U - 1)                                                     \
                    H--;                                                                         \
                RP_VEC_PUSH(m->glued) = (uint32_t)(U - 1);                                       \
            }                                                                                    \
            if (t_ + 1 > u_->tok_e)                                                              \
                u_->tok_e = t_ + 1;                                                              \
            if (t_ < u_->tok_b)                                                                  \
                u_->tok_b = t_;                                                                  \
        } else {                                                                                 \
            if (U == ucap) {                                                                     \
                uv = m->units.v = grow_for(uv, &m->units.cap, U, sizeof *uv);                    \
                ucap = m->units.cap;                                                             \
                RP_GROW(m->hot.v, m->hot.cap, ucap);                                             \
                hv = m->hot.v;                                                                   \
            }                                                                                    \
            sunit *u_ = &uv[U];                                                                  \
            u_->start = rs_;                                                                     \
            u_->end = re_;                                                                       \
            u_->tok_b = t_;                                                                      \
            u_->tok_e = t_ + 1;                                                                  \
            u_->sent = 0;                                                                        \
            uint32_t bn_ = key_ < by_norm_n ? by_norm[key_] : 0;                                 \
            if (!bn_) {                                                                          \
                uint32_t fi_ = simple_form(ml, &m->tmp, text + rs_, (size_t)(re_ - rs_));        \
                const lx_form *f_ = &ml->forms.v[fi_];                                           \
                bn_ = (fi_ + 1) << 1 | ((f_->n_cand | f_->n_start) != 0);                        \
                if (key_ && key_ < by_norm_n)                                                    \
                    ml->by_norm[key_] = bn_;                                                     \
            }                                                                                    \
            u_->form = (bn_ >> 1) - 1;                                                           \
            if (bn_ & 1)                                                                         \
                hv[H++] = (uint32_t)U;                                                           \
            U++;                                                                                 \
        }                                                                                        \
        prev_end = re_;                                                                          \
    } while (0)

    /* the runs of consecutive token indexes in offset order: the whole
     * document, or the tokenizer's start_runs */
    rp_tokrun whole = {0, nt};
    const rp_tokrun *runs = db->start_runs.n ? db->start_runs.v : &whole;
    size_t nruns = db->start_runs.n ? db->start_runs.n : 1;
    uint32_t next_t = 0; /* the token after the previous run: pi, wi and si are there */
    for (size_t r = 0; r < nruns; r++) {
        uint32_t tb = runs[r].tok_begin, te = runs[r].tok_end;
        if (tb < m->rb)
            tb = m->rb; /* only the range's tokens (matcher_run_range) */
        if (te > m->re)
            te = m->re;
        if (tb >= te)
            continue;
        if (tb != next_t) {
            pi = first_piece_of(pv, np, tb);
            wi = lower_u32(wide, nwide, tb);
            si = lower_u32(sc, nsc, tb);
        }
        next_t = te;
        for (uint32_t t = tb; t < te; t++) {
            uint32_t stop = te;
            if (wi < nwide && wide[wi] < stop)
                stop = wide[wi];
            if (si < nsc && sc[si] < stop)
                stop = sc[si];
            /* plain ASCII tokens up to stop: each its own run, or none */
            while (t < stop) {
                sunits su = {uv, ucap, U, hv, H, prev_end};
                t = simple_tokens(&su, tv, t, stop, by_norm, by_norm_n);
                U = su.U;
                H = su.H;
                prev_end = su.prev_end;
                if (t < stop) {
                    /* the general case: a glued run, a new form, a full
                     * vector (simple_tokens may stop at punctuation then) */
                    const rp_token *tok = &tv[t];
                    if (!(tok->flags & RP_TOK_PUNCT))
                        SIMPLE_RUN(tok->start, tok->end, t, tok->norm_id);
                    t++;
                }
            }
            if (t == te)
                break;
            int wide_t = wi < nwide && wide[wi] == t;
            if (wide_t)
                wi++;
            if (si < nsc && sc[si] == t)
                si++;
            if (!wide_t) {
                /* a scanned ASCII token: its pieces are its runs */
                while (pi < np && pv[pi].token < t)
                    pi++;
                for (; pi < np && pv[pi].token == t; pi++)
                    SIMPLE_RUN(pv[pi].start, pv[pi].end, t, pv[pi].norm_id);
                continue;
            }
            /* a token with non-ASCII bytes: its runs from its bytes */
            const rp_token *tok = &tv[t];
            uint64_t i = tok->start, e = tok->end > doc->len ? doc->len : tok->end;
            while (i < e) {
                int32_t cp;
                size_t k;
                unsigned char c = (unsigned char)text[i];
                if (c < 0x80) {
                    if (!ascii_alnum[c]) {
                        i++;
                        continue;
                    }
                } else {
                    k = lx_decode(text + i, (size_t)(e - i), &cp);
                    if (!lx_is_alnum(cp)) {
                        i += k;
                        continue;
                    }
                }
                uint64_t rs = i;
                while (i < e) {
                    c = (unsigned char)text[i];
                    if (c < 0x80) {
                        if (!ascii_alnum[c])
                            break;
                        i++;
                        continue;
                    }
                    k = lx_decode(text + i, (size_t)(e - i), &cp);
                    if (!lx_is_alnum(cp))
                        break;
                    i += k;
                }
                SIMPLE_RUN(rs, i, t, 0);
            }
        }
    }
#undef SIMPLE_RUN
    m->units.n = U;
    m->hot.n = H;
    /* units extended by glued runs: their form is that of the whole run */
    for (size_t g = 0; g < m->glued.n; g++) {
        sunit *u = &m->units.v[m->glued.v[g]];
        u->form = simple_form(ml, &m->tmp, text + u->start, (size_t)(u->end - u->start));
        const lx_form *f = &ml->forms.v[u->form];
        if (f->n_cand | f->n_start)
            RP_VEC_PUSH(m->hot) = m->glued.v[g];
    }
}

/* ---- elements --------------------------------------------------------- */

static int case_ok(const lx_elem *e, const unit *u, const char *text)
{
    const char *s = text + u->start;
    size_t n = (size_t)(u->end - u->start);
    switch (e->kind) {
    case LX_E_PREFIX:
        return n >= e->surface_len && memcmp(s, e->surface, e->surface_len) == 0;
    case LX_E_GLOB:
        return lx_glob_match(e->surface, e->surface_len, s, n);
    default:
        return n == e->surface_len && memcmp(s, e->surface, n) == 0;
    }
}

static inline int elem_ok(const mlex *ml, const lx_elem *e, const unit *u)
{
    const lx_form *f = form_of(ml, u);
    switch (e->kind) {
    case LX_E_STEM:
        return f->stem_sid == e->sid;
    case LX_E_WORD:
        return f->norm_sid == e->sid;
    default:
        break;
    }
    /* simple-mode units leave their folded text to their form */
    const char *norm = u->norm;
    size_t nl = u->norm_len;
    if (ml->lex->mode == LX_SIMPLE) {
        norm = ml->sforms.v[u->form].norm;
        nl = ml->sforms.v[u->form].norm_len;
    }
    if (e->kind == LX_E_PREFIX)
        return nl >= e->pat_len && memcmp(norm, e->pat, e->pat_len) == 0;
    return lx_glob_match(e->pat, e->pat_len, norm, nl);
}

/* Do elements seq match the units from p on (same sentence)? */
static int seq_at(const rp_matcher *m, const mlex *ml, const lx_elem *el, uint32_t n, size_t p,
                  int case_sens, const char *text)
{
    if (p + n > n_units(m))
        return 0;
    uint32_t sent = unit_sent(m, p);
    for (uint32_t k = 0; k < n; k++) {
        unit u = unit_at(m, p + k);
        if (u.sent != sent || !elem_ok(ml, &el[k], &u))
            return 0;
        if (case_sens && !case_ok(&el[k], &u, text))
            return 0;
    }
    return 1;
}

static int excluded(const rp_matcher *m, const mlex *ml, const lx_centry *ce, uint32_t ub, uint32_t ue,
                    const char *text)
{
    const rp_lexicon *lex = ml->lex;
    for (uint32_t a = 0; a < ce->n_not; a++) {
        const lx_seq *s = &lex->nots[ce->not_first + a];
        const lx_elem *el = lex->elems + s->first;
        size_t from = ue >= s->n ? ue - s->n : 0;
        /* the first element checked inline: an entry may have many
         * alternatives ("United Nations" has 17), tried at every start */
        for (size_t p = from; p <= ub; p++)
            if (p + s->n >= ue && p + s->n <= n_units(m)) {
                unit u = unit_at(m, p);
                if (elem_ok(ml, el, &u) && seq_at(m, ml, el, s->n, p, 0, text))
                    return 1;
            }
    }
    return 0;
}

static void add_raw(rp_matcher *m, uint32_t lexi, uint32_t entry, const unit *ub, const unit *ue_last,
                    uint32_t b, uint32_t e)
{
    rawm *r = &RP_VEC_PUSH(m->raw);
    r->start = ub->start;
    r->end = ue_last->end;
    r->tb = ub->tok_b;
    r->te = ue_last->tok_e;
    if (r->te <= r->tb)
        r->te = r->tb + 1;
    r->ub = b;
    r->ue = e;
    r->entry = entry;
    r->lexi = lexi;
    r->kept = 0;
}

/* Reports entry ei over units [b, e) unless its case or its not=
 * phrases rule it out. */
static void report(rp_matcher *m, mlex *ml, uint32_t lexi, uint32_t ei, uint32_t b, uint32_t e,
                   const char *text)
{
    const rp_lexicon *lex = ml->lex;
    const lx_centry *ce = &lex->cent[ei];
    if (lex->entries[ei].flags & RP_LEX_CASE) {
        const lx_elem *el = lex->elems + ce->elem_first;
        for (uint32_t k = 0; k < ce->n_elems; k++) {
            unit u = unit_at(m, b + k);
            if (!case_ok(&el[k], &u, text))
                return;
        }
    }
    if (ce->n_not && excluded(m, ml, ce, b, e, text))
        return;
    unit ub = unit_at(m, b), ul = unit_at(m, e - 1);
    add_raw(m, lexi, ei, &ub, &ul, b, e);
}

/* The child of trie node tn along class c, or 0. */
static inline uint32_t trie_kid(const rp_lexicon *lex, const lx_tnode *tn, uint32_t c)
{
    const lx_tedge *e = lex->trie_edges + tn->kid_first;
    uint32_t lo = 0, hi = tn->n_kids;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (e[mid].cls < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < tn->n_kids && e[lo].cls == c ? e[lo].node : 0;
}

/* Does the unit after i (same sentence) continue some phrase of this
 * lexicon? Checked before walking (inline: usually it does not). */
static inline int continues(const rp_matcher *m, const mlex *ml, size_t i)
{
    if (i + 1 >= n_units(m) || unit_sent(m, i + 1) != unit_sent(m, i))
        return 0;
    return form_at(m, ml, i + 1)->n_cont != 0;
}

static inline void push2(rp_matcher *m, uint32_t a, uint32_t b)
{
    if (m->stack.n + 2 > m->stack.cap)
        RP_GROW(m->stack.v, m->stack.cap, m->stack.n + 2);
    m->stack.v[m->stack.n++] = a;
    m->stack.v[m->stack.n++] = b;
}

/* May a phrase step from unit a to unit b = a + 1 into trie node kid?
 * In engine mode not across a punctuation mark that ends a clause (a
 * comma, bracket, quotation mark...: lx_ends_clause) unless the phrase's
 * term has one there too: "North-South, South-South" holds the phrase
 * "South-South" once, not also "South, South", while "economic, social
 * and cultural rights" still matches itself.  Simple mode (themes.tsv)
 * reads runs of letters and digits whatever lies between them. */
static int step_ok(const rp_matcher *m, const rp_lexicon *lex, size_t a, uint32_t kid)
{
    if (!m->eng || lex->trie_cross[kid])
        return 1;
    uint32_t ta = m->eunits.v[a].tok, tb = m->eunits.v[a + 1].tok;
    for (uint32_t t = ta + 1; t < tb; t++) {
        const rp_token *k = &m->tv[t];
        int32_t cp;
        if ((k->flags & RP_TOK_PUNCT) && k->norm_len &&
            lx_decode(k->norm, k->norm_len, &cp) && lx_ends_clause(cp))
            return 0;
    }
    return 1;
}

/* Follows the phrases that start at unit i (the trie nodes of its form f
 * after their first element) one unit at a time (same sentence),
 * reporting those that end on the way. A unit may match several classes
 * (a stem and a prefix), so the walk keeps a stack of (node, last unit).
 * Phrases have two elements or more, so nothing ends at the start nodes:
 * the caller walks only when the next unit continues some phrase
 * (continues()), which after "the" it usually does not. */
static void walk(rp_matcher *m, mlex *ml, uint32_t lexi, const lx_form *f, size_t i, const char *text)
{
    const rp_lexicon *lex = ml->lex;
    size_t U = n_units(m);
    uint32_t sent = unit_sent(m, i);
    const lx_form *nf = form_at(m, ml, i + 1);
    m->stack.n = 0;
    for (uint32_t s = 0; s < f->n_start; s++) {
        const lx_tnode *tn = &lex->trie_nodes[ml->pool.v[f->start_off + s]];
        for (uint32_t c = 0; c < nf->n_cont && tn->n_kids; c++) {
            uint32_t kid = trie_kid(lex, tn, ml->pool.v[nf->cont_off + c]);
            if (kid && step_ok(m, lex, i, kid))
                push2(m, kid, (uint32_t)i + 1);
        }
    }
    while (m->stack.n) {
        size_t j = m->stack.v[--m->stack.n];
        const lx_tnode *tn = &lex->trie_nodes[m->stack.v[--m->stack.n]];
        for (uint32_t t = 0; t < tn->n_terms; t++)
            report(m, ml, lexi, lex->trie_terms[tn->term_first + t], (uint32_t)i, (uint32_t)j + 1, text);
        if (!tn->n_kids || j + 1 >= U || unit_sent(m, j + 1) != sent)
            continue;
        const lx_form *jf = form_at(m, ml, j + 1);
        for (uint32_t c = 0; c < jf->n_cont; c++) {
            uint32_t kid = trie_kid(lex, tn, ml->pool.v[jf->cont_off + c]);
            if (kid && step_ok(m, lex, j, kid))
                push2(m, kid, (uint32_t)j + 1);
        }
    }
}

/* Simple mode: the units where something starts (m->hot). */
static void match_units(rp_matcher *m, uint32_t lexi, const char *text)
{
    mlex *ml = &m->lx[lexi];
    for (size_t h = 0; h < m->hot.n; h++) {
        size_t i = m->hot.v[h];
        const lx_form *f = form_at(m, ml, i);
        for (uint32_t c = 0; c < f->n_cand; c++)
            report(m, ml, lexi, ml->pool.v[f->cand_off + c], (uint32_t)i, (uint32_t)i + 1, text);
        if (f->n_start && continues(m, ml, i))
            walk(m, ml, lexi, f, i, text);
    }
}

/* The matches starting at unit i (form id) in engine-mode lexicon k. */
static inline void match_at(rp_matcher *m, size_t k, size_t i, uint32_t id, const char *text)
{
    mlex *ml = &m->lx[k];
    if (ml->lex->mode == LX_SIMPLE || ml->lex->n_elems == 0)
        return;
    const lx_form *f = &ml->forms.v[ml->memo[id] - 1];
    for (uint32_t c = 0; c < f->n_cand; c++)
        report(m, ml, (uint32_t)k, ml->pool.v[f->cand_off + c], (uint32_t)i, (uint32_t)i + 1, text);
    if (f->n_start && continues(m, ml, i))
        walk(m, ml, (uint32_t)k, f, i, text);
}

/* Engine mode: the units where something starts, for every engine-mode
 * lexicon at once (their matches interleave; the output is sorted), each
 * visiting only the lexicons whose bit the memo sets. */
static void match_engine(rp_matcher *m, const char *text)
{
    for (size_t h = 0; h < m->hot.n; h++) {
        size_t i = m->hot.v[h];
        uint32_t id = m->eunits.v[i].form;
        uint32_t bits = m->memo[id] - 1;
        uint32_t low = bits & (lex_bit(30) - 1);
        while (low) {
#if defined(__GNUC__)
            size_t k = (size_t)__builtin_ctz(low);
#else
            size_t k = 0;
            while (!(low & (1u << k)))
                k++;
#endif
            low &= low - 1;
            match_at(m, k, i, id, text);
        }
        if (bits & lex_bit(30))
            for (size_t k = 30; k < m->n; k++)
                match_at(m, k, i, id, text);
    }
}

/* Widens a byte range to the tokens it overlaps; 0 if it overlaps none. */
static int widen(const rp_doc *doc, const rp_docbuf *db, uint64_t s, uint64_t e, rawm *r)
{
    uint32_t n = doc->n_tokens;
    const uint32_t *perm = rp_docbuf_by_start(rp_docbuf_of(doc)); /* written on first use */
#define TOK(k) (&doc->tokens[perm ? perm[k] : (k)])
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (TOK(mid)->end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    int any = 0;
    for (uint32_t k = lo; k < n && TOK(k)->start < e; k++) {
        uint32_t idx = perm ? perm[k] : k;
        const rp_token *t = &doc->tokens[idx];
        if (t->end <= s)
            continue;
        if (!any) {
            r->start = t->start;
            r->end = t->end;
            r->tb = idx;
            r->te = idx + 1;
            any = 1;
        } else {
            if (t->start < r->start)
                r->start = t->start;
            if (t->end > r->end)
                r->end = t->end;
            if (idx < r->tb)
                r->tb = idx;
            if (idx + 1 > r->te)
                r->te = idx + 1;
        }
    }
#undef TOK
    return any;
}

static void match_regexes(rp_matcher *m, uint32_t lexi, const rp_doc *doc, const rp_docbuf *db)
{
    mlex *ml = &m->lx[lexi];
    const rp_lexicon *lex = ml->lex;
    const char *text = doc->text;
    size_t len = (size_t)doc->len, from = (size_t)db->body_start;
    if (m->rb > 0 || m->re < doc->n_tokens) {
        /* a range: its bytes only, as if the document ended there */
        if (m->rb >= m->re)
            return;
        if ((size_t)doc->tokens[m->rb].start > from)
            from = (size_t)doc->tokens[m->rb].start;
        len = (size_t)doc->tokens[m->re - 1].end;
    }
    for (size_t r = 0; r < lex->n_regexes; r++) {
        size_t off = from;
        uint32_t entry = lex->regex_entry[r];
        while (off < len) {
            int rc = pcre2_match(lex->regexes[r], (PCRE2_SPTR)text, len, off, 0, ml->md[r], m->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc < 0) {
                PCRE2_UCHAR msg[160];
                pcre2_get_error_message(rc, msg, sizeof msg);
                rp_warn("%s:%u: regex stopped in document %s at byte %zu: %s%s", lex->cent[entry].file,
                        lex->entries[entry].line, doc->id ? doc->id : "-", off, (const char *)msg,
                        rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT
                            ? " (its other matches in this document are skipped)"
                            : "");
                break;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ml->md[r]);
            size_t s = ov[0], e = ov[1];
            if (e > s) {
                rawm tmp;
                memset(&tmp, 0, sizeof tmp);
                if (widen(doc, db, s, e, &tmp)) {
                    tmp.ub = tmp.ue = RP_NONE;
                    tmp.entry = entry;
                    tmp.lexi = lexi;
                    RP_VEC_PUSH(m->raw) = tmp;
                }
                off = e;
            } else {
                off = s + 1;
                while (off < len && ((unsigned char)text[off] & 0xc0) == 0x80)
                    off++;
            }
        }
    }
}

/* ---- policies and output ---------------------------------------------- */

static int cmp_out(const void *a, const void *b)
{
    const pairm *x = a, *y = b;
    if (x->m.start != y->m.start)
        return x->m.start < y->m.start ? -1 : 1;
    if (x->m.end != y->m.end)
        return x->m.end < y->m.end ? -1 : 1;
    if (x->lexi != y->lexi)
        return x->lexi < y->lexi ? -1 : 1;
    if (x->m.cat != y->m.cat)
        return x->m.cat < y->m.cat ? -1 : 1;
    if (x->m.entry != y->m.entry)
        return x->m.entry < y->m.entry ? -1 : 1;
    return 0;
}

static int cmp_longest(const void *a, const void *b, void *ctx)
{
    const rp_matcher *m = ctx;
    const rawm *x = &m->raw.v[*(const uint32_t *)a], *y = &m->raw.v[*(const uint32_t *)b];
    uint64_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->lexi != y->lexi)
        return x->lexi < y->lexi ? -1 : 1;
    if (x->entry != y->entry)
        return x->entry < y->entry ? -1 : 1;
    return 0;
}

/* The tokens a span covers, as positions [*lo, *hi) in start order (the
 * spans of matches are whole tokens, so two spans overlap exactly when
 * their position ranges do). */
static void span_positions(const rp_doc *doc, const rp_docbuf *db, uint64_t s, uint64_t e, uint32_t *lo,
                           uint32_t *hi)
{
    uint32_t n = doc->n_tokens;
    const uint32_t *perm = rp_docbuf_by_start(rp_docbuf_of(doc)); /* written on first use */
#define TOK(k) (&doc->tokens[perm ? perm[k] : (k)])
    uint32_t a = 0, b = n;
    while (a < b) {
        uint32_t mid = a + (b - a) / 2;
        if (TOK(mid)->end <= s)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    b = n;
    while (a < b) {
        uint32_t mid = a + (b - a) / 2;
        if (TOK(mid)->start < e)
            a = mid + 1;
        else
            b = mid;
    }
    *hi = a;
#undef TOK
}

static void expand(rp_matcher *m, const rawm *r, uint32_t ri)
{
    const rp_lexicon *lex = m->lx[r->lexi].lex;
    const rp_lexentry *e = &lex->entries[r->entry];
    for (uint32_t k = 0; k < e->n_cats; k++) {
        pairm *p = &RP_VEC_PUSH(m->pairs);
        p->m.start = r->start;
        p->m.end = r->end;
        p->m.tok_begin = r->tb;
        p->m.tok_end = r->te;
        p->m.entry = r->entry;
        p->m.cat = e->cats[k];
        p->m.lexicon = lex;
        p->raw = ri;
        p->lexi = r->lexi;
    }
}

/* Sorts the pairs by cmp_out: a natural merge sort, since the matches
 * come out nearly in that order already (by unit, and units are in start
 * order but around page breaks): O(n) when sorted, O(n log runs) else. */
static void sort_out(rp_matcher *m)
{
    size_t n = m->pairs.n;
    if (n < 2)
        return;
    pairm *v = m->pairs.v;
    m->runs.n = 0;
    RP_VEC_PUSH(m->runs) = 0;
    for (size_t i = 1; i < n; i++)
        if (cmp_out(&v[i - 1], &v[i]) > 0)
            RP_VEC_PUSH(m->runs) = (uint32_t)i;
    if (m->runs.n == 1)
        return;
    RP_VEC_PUSH(m->runs) = (uint32_t)n;
    RP_GROW(m->spare.v, m->spare.cap, n);
    pairm *src = v, *dst = m->spare.v;
    while (m->runs.n > 2) {
        size_t w = 0, r;
        for (r = 0; r + 2 < m->runs.n; r += 2) {
            size_t a = m->runs.v[r], mid = m->runs.v[r + 1], e = m->runs.v[r + 2], i = a, j = mid, o = a;
            while (i < mid && j < e)
                dst[o++] = cmp_out(&src[j], &src[i]) < 0 ? src[j++] : src[i++];
            while (i < mid)
                dst[o++] = src[i++];
            while (j < e)
                dst[o++] = src[j++];
            m->runs.v[w++] = (uint32_t)a;
        }
        if (r + 1 < m->runs.n) { /* an odd run left over */
            size_t a = m->runs.v[r], e = m->runs.v[r + 1];
            memcpy(dst + a, src + a, (e - a) * sizeof *src);
            m->runs.v[w++] = (uint32_t)a;
        }
        m->runs.v[w++] = (uint32_t)n;
        m->runs.n = w;
        pairm *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
}

/* Applies the overlap policy and leaves the surviving pairs in m->pairs,
 * sorted by cmp_out. */
static void apply_policy(rp_matcher *m, const rp_doc *doc, const rp_docbuf *db)
{
    m->pairs.n = 0;
    if (m->overlap == RP_OVERLAP_LONGEST) {
        m->order.n = 0;
        for (size_t i = 0; i < m->raw.n; i++)
            RP_VEC_PUSH(m->order) = (uint32_t)i;
        if (m->order.n > 1)
            qsort_r(m->order.v, m->order.n, sizeof *m->order.v, cmp_longest, m);
        /* greedy, longest first: a match is kept when none of its tokens
         * is taken yet; O(tokens of the candidates) in all */
        RP_GROW(m->taken.v, m->taken.cap, (size_t)doc->n_tokens + 1);
        memset(m->taken.v, 0, (size_t)doc->n_tokens + 1);
        for (size_t i = 0; i < m->order.n; i++) {
            rawm *r = &m->raw.v[m->order.v[i]];
            uint32_t lo, hi, k;
            span_positions(doc, db, r->start, r->end, &lo, &hi);
            for (k = lo; k < hi && !m->taken.v[k]; k++)
                ;
            if (k < hi)
                continue;
            memset(m->taken.v + lo, 1, hi - lo);
            r->kept = 1;
        }
        /* expanded in raw order, which is nearly the output order */
        for (size_t i = 0; i < m->raw.n; i++)
            if (m->raw.v[i].kept)
                expand(m, &m->raw.v[i], (uint32_t)i);
        sort_out(m);
        return;
    }
    for (size_t i = 0; i < m->raw.n; i++)
        expand(m, &m->raw.v[i], (uint32_t)i);
    sort_out(m);
    if (m->overlap == RP_OVERLAP_ALL) {
        for (size_t i = 0; i < m->raw.n; i++)
            m->raw.v[i].kept = 1;
        return;
    }
    /* Longest per category: drop a pair inside (or equal to) a longer or
     * equal pair of the same lexicon and category that comes first by
     * (start, end descending, entry). Scanning in output order, one start
     * at a time: of the pairs of a category at this start, only the first
     * with the greatest end may survive, and it does when it ends after
     * every pair of its category that started before. */
    m->gen++;
    size_t w = 0, n = m->pairs.n;
    pairm *v = m->pairs.v;
    for (size_t g = 0; g < n;) {
        size_t ge = g + 1;
        while (ge < n && v[ge].m.start == v[g].m.start)
            ge++;
        m->group++;
        for (size_t i = g; i < ge; i++) {
            catslot *c = &m->slots[m->lx[v[i].lexi].cat_base + v[i].m.cat];
            if (c->group != m->group || v[i].m.end > v[c->best].m.end) {
                c->group = m->group;
                c->best = (uint32_t)i;
            }
        }
        for (size_t i = g; i < ge; i++) {
            catslot *c = &m->slots[m->lx[v[i].lexi].cat_base + v[i].m.cat];
            if (c->best != i)
                continue;
            if (c->gen == m->gen && c->max_end >= v[i].m.end)
                continue;
            c->gen = m->gen;
            c->max_end = v[i].m.end;
            m->raw.v[v[i].raw].kept = 1;
            v[w++] = v[i];
        }
        g = ge;
    }
    m->pairs.n = w;
}

/* ---- public ----------------------------------------------------------- */

rp_matcher *rp_matcher_new(const rp_lexicon *const *lexs, size_t n, int overlap)
{
    if (overlap != RP_OVERLAP_ALL && overlap != RP_OVERLAP_LONGEST && overlap != RP_OVERLAP_LONGEST_PER_CAT)
        return NULL;
    rp_matcher *m = rp_xcalloc(1, sizeof *m);
    m->overlap = overlap;
    m->n = n;
    m->lx = rp_xcalloc(n ? n : 1, sizeof *m->lx);
    int any_re = 0;
    size_t n_slots = 0;
    for (size_t i = 0; i < n; i++) {
        mlex *ml = &m->lx[i];
        const rp_lexicon *lex = lexs[i];
        ml->lex = lex;
        ml->cat_base = n_slots;
        n_slots += lex->info.n_cats;
        ml->stemmer = sb_stemmer_new(lex->info.lang, NULL);
        rp_arena_init(&ml->arena, 1 << 14);
        ml->hits = rp_xcalloc(lex->info.n_entries ? lex->info.n_entries : 1, sizeof *ml->hits);
        if (lex->n_regexes) {
            any_re = 1;
            ml->md = rp_xcalloc(lex->n_regexes, sizeof *ml->md);
            for (size_t r = 0; r < lex->n_regexes; r++) {
                ml->md[r] = pcre2_match_data_create_from_pattern(lex->regexes[r], NULL);
                if (!ml->md[r]) {
                    rp_matcher_free(m);
                    return NULL;
                }
            }
        }
    }
    m->slots = rp_xcalloc(n_slots ? n_slots : 1, sizeof *m->slots);
    if (any_re) {
        m->mctx = pcre2_match_context_create(NULL);
        if (!m->mctx) {
            rp_matcher_free(m);
            return NULL;
        }
        pcre2_set_match_limit(m->mctx, RX_MATCH_LIMIT);
        pcre2_set_depth_limit(m->mctx, RX_DEPTH_LIMIT);
        m->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
        if (m->jit)
            pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
    }
    rp_buf_init(&m->tmp);
    return m;
}

/* The lexicons matched over the engine's pieces (phrases stop at a
 * sentence's end). */
static int any_engine_lexicon(const rp_matcher *m)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->lx[i].lex->n_elems > 0 && m->lx[i].lex->mode != LX_SIMPLE)
            return 1;
    return 0;
}

int rp_matcher_needs_sentences(const rp_matcher *m)
{
    return m && any_engine_lexicon(m);
}

/* Matches tokens [m->rb, m->re) of doc; hits are counted when count. */
static int run_range(rp_matcher *m, const rp_doc *doc, int count, const rp_lexmatch **out, size_t *n)
{
    const rp_docbuf *db = rp_docbuf_of(doc);
    m->raw.n = 0;
    /* the order of the raw matches does not matter: every ordering below
     * is total */
    if (any_engine_lexicon(m)) {
        engine_units(m, doc, db);
        match_engine(m, doc->text);
    }
    for (size_t i = 0; i < m->n; i++) {
        mlex *ml = &m->lx[i];
        if (ml->lex->n_elems > 0 && ml->lex->mode == LX_SIMPLE) {
            simple_units(m, ml, doc, db);
            match_units(m, (uint32_t)i, doc->text);
        }
        if (ml->lex->n_regexes)
            match_regexes(m, (uint32_t)i, doc, db);
    }
    apply_policy(m, doc, db);
    for (size_t i = 0; count && i < m->raw.n; i++)
        if (m->raw.v[i].kept)
            m->lx[m->raw.v[i].lexi].hits[m->raw.v[i].entry]++;
    m->out.n = 0;
    RP_GROW(m->out.v, m->out.cap, m->pairs.n + 1);
    for (size_t i = 0; i < m->pairs.n; i++)
        m->out.v[m->out.n++] = m->pairs.v[i].m;
    *out = m->out.v;
    *n = m->out.n;
    return RP_OK;
}

int rp_matcher_run(rp_matcher *m, const rp_doc *doc, const rp_lexmatch **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!m || !doc)
        return RP_ERR;
    m->rb = 0;
    m->re = doc->n_tokens;
    return run_range(m, doc, 1, out, n);
}

int rp_matcher_run_range(rp_matcher *m, const rp_doc *doc, uint32_t tok_begin, uint32_t tok_end,
                         const rp_lexmatch **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!m || !doc)
        return RP_ERR;
    if (tok_end > doc->n_tokens)
        tok_end = doc->n_tokens;
    if (tok_begin > tok_end)
        tok_begin = tok_end;
    m->rb = tok_begin;
    m->re = tok_end;
    /* hits are the whole documents' (--lexicon-report): windows may overlap */
    return run_range(m, doc, 0, out, n);
}

void rp_matcher_free(rp_matcher *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++) {
        mlex *ml = &m->lx[i];
        if (!ml->lex)
            continue;
        rp_lexicon *lex = (rp_lexicon *)ml->lex; /* only the atomic counters change */
        for (uint32_t e = 0; e < lex->info.n_entries; e++)
            if (ml->hits && ml->hits[e])
                atomic_fetch_add(&lex->hits[e], ml->hits[e]);
        if (ml->stemmer)
            sb_stemmer_delete(ml->stemmer);
        RP_VEC_FREE(ml->forms);
        RP_VEC_FREE(ml->sforms);
        free(ml->memo);
        free(ml->slots);
        free(ml->by_norm);
        rp_arena_free(&ml->arena);
        RP_VEC_FREE(ml->pool);
        RP_VEC_FREE(ml->starts);
        free(ml->hits);
        if (ml->md) {
            for (size_t r = 0; r < lex->n_regexes; r++)
                pcre2_match_data_free(ml->md[r]);
            free(ml->md);
        }
    }
    free(m->lx);
    RP_VEC_FREE(m->units);
    RP_VEC_FREE(m->eunits);
    RP_VEC_FREE(m->raw);
    RP_VEC_FREE(m->pairs);
    RP_VEC_FREE(m->out);
    RP_VEC_FREE(m->order);
    RP_VEC_FREE(m->taken);
    RP_VEC_FREE(m->stack);
    RP_VEC_FREE(m->hot);
    RP_VEC_FREE(m->glued);
    RP_VEC_FREE(m->runs);
    RP_VEC_FREE(m->spare);
    free(m->slots);
    free(m->memo);
    if (m->mctx)
        pcre2_match_context_free(m->mctx);
    if (m->jit)
        pcre2_jit_stack_free(m->jit);
    rp_buf_free(&m->tmp);
    free(m);
}
