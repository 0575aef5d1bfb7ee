/*
 * rules.c -- finding recommended actions in a document's sentences.
 *
 * One pass over each sentence's tokens, reading one byte per token of the
 * per-form memo (words.c) and looking closely only at cues, conditionals
 * and the tokens after a line break; what each token is comes from the
 * memo.  An action is found in one of these ways:
 *
 *  1. A UPR-style imperative opening the sentence, after any list number
 *     ("140.7", "(a)"), introductory phrase ("In line with X,") or adverb:
 *     "Ratify the Optional Protocol ... (Maldives)".
 *  2. A deontic modal followed by the action (cues.lex kind=modal):
 *     "States should adopt", "must be repealed", "may wish to consider".
 *  3. A recommending verb in the present tense (kind=verb) with the action
 *     after "to" or in a "that" clause: "calls upon all Member States to
 *     ratify", "recommends that the State party adopt"; its passive
 *     present ("are encouraged to") too, its past tense never.
 *  4. "it is important/essential ... (for X) to" (kind=adj) and "there is
 *     a need to" (kind=need).
 *  5. In a recommendation (a one-sentence document, a numbered list item)
 *     that opens with no imperative, an action named by a noun, a gerund
 *     or a subjunctive: "Adoption of a law", "Strengthening efforts to",
 *     "Legislation be adopted"; and after a recommending verb of rule 3:
 *     "recommends the establishment of", "Recommended ratifying".
 *  6. The last resorts of a UPR recommendation (a document of one
 *     sentence, or an item closed by a recommending State) in which no
 *     rule found an action, tried after the sentence's other rules
 *     (rare_emit): an unlisted verb opening it ("Penalize rape"), a
 *     singular subject and a verb in the subjunctive ("The Government of
 *     Kyrgyzstan reopen"), the first listed verb after "to" ("Further
 *     efforts to engage").
 *
 * Actions joined to an action by "and", "or" or a comma count separately
 * ("ratify and implement"), but not the verbs of its complement ("continue
 * its efforts to combat X and ensure Y" is one action, continue).  Not
 * recommendations: questions, "should" in conditionals ("if ... should",
 * "Should the State fail"), "should have been", past-tense recommending
 * verbs ("requested the High Commissioner to report").
 *
 * The annotation's span is the action verb (with its particle: "step up",
 * "carry out"); label = the verb's lemma; attrs: category (UPR Info 1-5,
 * from actions.lex, settled by the object for verbs marked object=yes),
 * strength (binding/strong/soft, from the cue; UPR imperatives are
 * strong), cue (the cue's text; for an imperative the verb itself),
 * addressee (actor id, when found) and from (the recommending States in
 * parentheses at the end of a UPR line, ISO3 when the actors lexicons
 * resolve them).  A verb after a cue that actions.lex does not list is
 * still an action, labelled with its folded form, category 4.
 *
 * In a UPR Working Group report the lists of recommendations follow a
 * sentence that names the State under review and its response ("The
 * recommendations ... listed below have been examined by Kenya and enjoy
 * its support", "... will be examined by Brazil", "... did not enjoy the
 * support of Kenya"): the items after it get that State as addressee and
 * the response (supported, pending, noted) as an attribute.
 */
#define _GNU_SOURCE 1 /* memmem */
#include "recs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COORD_GAP 40 /* tokens scanned for a coordinated action */

typedef struct scan {
    recs_state *st;
    const rp_doc *doc;
    rp_sink *sink;
    uint32_t sb, se;    /* the sentence's tokens */
    uint32_t first;     /* first content token of the sentence */
    int cond;           /* a conditional word seen so far */
    int has_subject;    /* subject below holds the last modal's addressees */
    char subject[128];  /* for "States should X and should Y": Y's subject */
    const char *upr_state;    /* the State under review of the UPR list
                                 being read (ISO3), or NULL */
    const char *upr_response; /* "supported", "pending", "noted" or NULL */
    int upr_item;             /* set while imperative() reads a list item */
    int part;                 /* a later part of an item that groups several
                                 recommendations: may start in lower case */
    struct rare_list *rare;   /* where imperative() leaves its last resort */
} scan;

/* A found action. */
typedef struct action {
    uint32_t a, aend;   /* the verb's tokens */
    uint32_t verb;      /* recs_verb index, or RP_NONE for an unlisted verb */
    int infinitival;    /* after "to": coordinated "and to VERB" is allowed */
    int participle;     /* an unlisted verb as a passive participle: the
                           label is its lemma guessed by rule */
    uint32_t obj;       /* where its object starts when not at aend (after
                           the "of" of "Adoption of"), else 0 */
} action;

/* The last resorts of rule 1 in one sentence (rare_imperative): emitted
 * after the sentence's other rules, where they found nothing. */
#define MAX_RARE 4
typedef struct rare_list {
    struct {
        scan item; /* the item's scan (a copy: no pointer into it is kept) */
        action a;
        uint32_t cue_b, cue_e; /* the cue's tokens */
    } at[MAX_RARE];
    uint32_t n;
} rare_list;

/* The small helpers below are asked for at every step of the rules:
 * inlined, they cost a few instructions instead of a call. */
#if defined(__GNUC__)
#define HOT inline __attribute__((always_inline))
#else
#define HOT inline
#endif

static HOT const rp_token *tok(const scan *s, uint32_t i)
{
    return &s->doc->tokens[i];
}

/* Inlined everywhere: the rules ask for forms all the time.  scanb[id] is
 * non-zero once memo[id] is computed (and scanb[0] stays 0). */
static HOT const recs_form *form(const scan *s, uint32_t i)
{
    const rp_token *t = &s->doc->tokens[i];
    const recs_words *v = &s->st->words;
    uint32_t id = t->norm_id;
    if (id < v->nmemo && v->scanb[id] != 0)
        return &v->memo[id]; /* the memo, without a call */
    return recs_form_of(&s->st->words, t);
}

static HOT const recs_word *word_of(const scan *s, const recs_form *f)
{
    return f->word == 0 ? NULL : &s->st->words.w[f->word - 1];
}

/* Whether token t's folded form has min bytes or more and ends in the
 * ASCII suffix suf ("-ing", "-ed"). */
static int ends_in(const rp_token *t, const char *suf, size_t min)
{
    size_t l = strlen(suf);
    return t->norm_len >= min && t->norm_len >= l && memcmp(t->norm + t->norm_len - l, suf, l) == 0;
}

static HOT int is_char(const scan *s, uint32_t i, char c)
{
    const rp_token *t = tok(s, i);
    return t->norm_len == 1 && t->norm[0] == c;
}

static HOT uint32_t roles(const scan *s, uint32_t i)
{
    return form(s, i)->roles;
}

static HOT int skippable(const scan *s, uint32_t i)
{
    const recs_form *f = form(s, i);
    if (tok(s, i)->flags & RP_TOK_FOOTNOTE)
        return 1;
    if (f->roles & RECS_R_SKIP)
        return 1;
    if (f->adverb)
        return 1;
    return 0;
}

/* First token at or after i that is not an adverb, a footnote marker or a
 * parenthetical between commas ("should, where appropriate, consider"). */
static uint32_t skip(const scan *s, uint32_t i)
{
    while (i < s->se) {
        if (skippable(s, i)) {
            i++;
            continue;
        }
        if (is_char(s, i, ',')) {
            uint32_t j = i + 1;
            while (j < s->se && j < i + 12 && !is_char(s, j, ',') && !is_char(s, j, ';'))
                j++;
            if (j < s->se && j < i + 12 && is_char(s, j, ',')) {
                i = j + 1;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Like skip() but without jumping over commas. */
static uint32_t skip_light(const scan *s, uint32_t i)
{
    while (i < s->se && skippable(s, i))
        i++;
    return i;
}

/* Whether tokens from i spell a tail of a multi-word entry. */
static int tail_at(const scan *s, uint32_t i, const recs_tail *t)
{
    if (i + t->n > s->se)
        return 0;
    for (uint32_t k = 0; k < t->n; k++) {
        const rp_token *x = tok(s, i + k);
        if (strlen(t->words[k]) != x->norm_len || memcmp(t->words[k], x->norm, x->norm_len) != 0)
            return 0;
    }
    return 1;
}

/* A listed verb at token i whose inflection is in infl_mask (1 << infl):
 * its index (RP_NONE if none) and *end. */
static uint32_t verb_at_word(const scan *s, uint32_t i, const recs_form *f, uint32_t *end)
{
    const recs_word *w = word_of(s, f);
    const recs_words *v = &s->st->words;
    for (uint32_t k = w->verb; k != RP_NONE; k = v->verbs[k].next) {
        if (tail_at(s, i + 1, &v->verbs[k].tail)) {
            *end = i + 1 + v->verbs[k].tail.n;
            return k;
        }
    }
    return RP_NONE;
}

/* Most tokens start no listed verb (recs_form.scan says so): inlined. */
static HOT uint32_t verb_at(const scan *s, uint32_t i, unsigned infl_mask, uint32_t *end)
{
    if (i >= s->se)
        return RP_NONE;
    const recs_form *f = form(s, i);
    if (!(f->scan & RECS_SCAN_VERB) || !(infl_mask & (1u << f->infl)))
        return RP_NONE;
    return verb_at_word(s, i, f, end);
}

/* Whether token i starts a cue (of any kind) or is a modal: then a scan for
 * coordinated actions stops there and the cue is handled on its own. */
static int cue_at_word(const scan *s, uint32_t i, const recs_form *f)
{
    const recs_word *w = word_of(s, f);
    const recs_words *v = &s->st->words;
    for (uint32_t k = w->cue; k != RP_NONE; k = v->cues[k].next) {
        const recs_cue *c = &v->cues[k];
        if (!tail_at(s, i + 1, &c->tail))
            continue;
        if (c->kind == RECS_CUE_MODAL)
            return 1;
        if (c->kind == RECS_CUE_VERB && f->infl == RECS_S && !c->passive_only)
            return 1;
    }
    return 0;
}

/* Most tokens start no cue (recs_form.scan says so): inlined. */
static HOT int cue_here(const scan *s, uint32_t i)
{
    const recs_form *f = form(s, i);
    return (f->scan & RECS_SCAN_CUE) && cue_at_word(s, i, f);
}

/* An unlisted word that can be the verb after a cue ("should leverage"). */
static int plausible_verb(const scan *s, uint32_t i)
{
    const rp_token *t = tok(s, i);
    if (!(t->flags & RP_TOK_ALPHA) || (t->flags & (RP_TOK_NUMBER | RP_TOK_SYMBOL | RP_TOK_ALLCAPS)))
        return 0;
    if ((t->flags & RP_TOK_CAPITALIZED) && i != s->first)
        return 0; /* a name */
    /* the rest depends on the form only: its roles, length, letters and
     * lemma (recs_form.scan, computed once) */
    return (form(s, i)->scan & RECS_SCAN_PLAIN) != 0;
}

/* An unlisted past participle ("must be reinvigorated"): a plausible verb
 * ending in -ed. */
static int unlisted_participle(const scan *s, uint32_t i)
{
    if (i >= s->se || !plausible_verb(s, i))
        return 0;
    const rp_token *t = tok(s, i);
    return ends_in(t, "ed", 5) && memchr(t->norm, '-', t->norm_len) == NULL; /* not "people-centred" */
}

/* The lemma of an unlisted regular participle, by rule: applied -> apply,
 * committed -> commit, reallocated -> reallocate, converted -> convert. */
static void participle_lemma(const char *p, size_t n, char *out, size_t outlen)
{
    static const char *const need_e[] = {"at", "iz", "is", "ag", "dg", "rg", "uc", "ac", "rc",
                                         "nc", "v",  "bl", "ur", "ar", "os", "us", "ud", "id",
                                         "ir", "ut", "ib", "rs", "ng"};
    size_t b = n - 2; /* without -ed */
    if (b + 2 > outlen)
        b = outlen - 2;
    memcpy(out, p, b);
    out[b] = '\0';
    if (b >= 2 && out[b - 1] == 'i') {
        out[b - 1] = 'y';
        return;
    }
    if (b >= 3 && out[b - 1] == 'u') {
        out[b] = 'e'; /* construed, pursued, issued */
        out[b + 1] = '\0';
        return;
    }
    if (b >= 3 && out[b - 1] == out[b - 2]
        && (strchr("lsfz", out[b - 1]) == NULL
            || (out[b - 1] == 'l' && b > 5 && (out[b - 3] == 'e' || out[b - 3] == 'o')))) {
        out[b - 1] = '\0'; /* committed, controlled, cancelled; not installed */
        return;
    }
    if (b >= 3 && out[b - 2] == 'i' && out[b - 1] == 'n' && strchr("aeiou", out[b - 3]) == NULL) {
        out[b] = 'e'; /* reimagined, determined; not obtained */
        out[b + 1] = '\0';
        return;
    }
    for (size_t k = 0; k < sizeof need_e / sizeof need_e[0]; k++) {
        size_t l = strlen(need_e[k]);
        if (b > l && memcmp(out + b - l, need_e[k], l) == 0) {
            out[b] = 'e';
            out[b + 1] = '\0';
            return;
        }
    }
}

/* The action governed by a cue ending just before token j: a base-form
 * verb, or "be" + a listed participle (passive). */
static int action_after(const scan *s, uint32_t j, int infinitival, action *out)
{
    j = skip(s, j);
    if (j >= s->se)
        return 0;
    const recs_form *f = form(s, j);
    if (f->roles & RECS_R_BEPAST)
        return 0; /* "should have been", "to have" */
    if (f->roles & RECS_R_DISCOURSE)
        return 0; /* "it is necessary to stress that": a comment, not an action */
    uint32_t end;
    if (f->roles & RECS_R_BE) {
        uint32_t k = skip_light(s, j + 1);
        uint32_t v = verb_at(s, k, 1u << RECS_ED, &end);
        if (v != RP_NONE) {
            *out = (action){k, end, v, infinitival, 0, 0};
            return 1;
        }
        if (unlisted_participle(s, k)) {
            *out = (action){k, k + 1, RP_NONE, infinitival, 1, 0};
            return 1;
        }
        /* "should be able to act": the action after "to" */
        if (k + 1 < s->se && tok(s, k)->norm_len == 4 && memcmp(tok(s, k)->norm, "able", 4) == 0
            && (roles(s, k + 1) & RECS_R_TO))
            return action_after(s, k + 2, 1, out);
        /* "people must be at the centre", "should be mindful of": the
         * action is to be so; the label is "be" */
        if (k < s->se && (tok(s, k)->flags & RP_TOK_ALPHA)
            && !(roles(s, k) & (RECS_R_DISCOURSE | RECS_R_BEPAST | RECS_R_THAT))) {
            *out = (action){j, j + 1, RP_NONE, infinitival, 0, 0};
            return 1;
        }
        return 0;
    }
    uint32_t v = verb_at(s, j, 1u << RECS_BASE, &end);
    if (v != RP_NONE) {
        *out = (action){j, end, v, infinitival, 0, 0};
        return 1;
    }
    if (plausible_verb(s, j)) {
        *out = (action){j, j + 1, RP_NONE, infinitival, 0, 0};
        return 1;
    }
    return 0;
}

/* The category of action a: the verb's, or its object's for object=yes. */
static int category_of(const scan *s, const action *a)
{
    if (a->verb == RP_NONE)
        return 4;
    const recs_verb *vb = &s->st->words.verbs[a->verb];
    if (!vb->object)
        return vb->category;
    uint32_t k = a->aend, n = 0, end;
    while (k < s->se && n < 7) {
        const rp_token *t = tok(s, k);
        const recs_form *f = form(s, k);
        if ((t->flags & RP_TOK_PUNCT) || (f->roles & RECS_R_BOUND))
            break;
        if ((f->roles & RECS_R_CONJ) && verb_at(s, k + 1, 1u << RECS_BASE, &end) != RP_NONE) {
            k = end;
            continue;
        }
        const recs_word *w = word_of(s, f);
        if (w != NULL && w->objcat != 0)
            return w->objcat;
        k++;
        n++;
    }
    return vb->category;
}

/* ---- the category model's features --------------------------------
 *
 * The category of an action is the arg-max of the model (model.c) over the
 * features below, all read from the action's own verb and the words after
 * it (so that each action of a sentence of prose gets its own):
 *   v:LEMMA     the verb's lemma (the label; spaces as "_")
 *   c:N         the hand rules' category (actions.lex, objects.lex)
 *   a:ADVERB    an adverb right before the verb ("further", "urgently")
 *   v2:LEMMA    a verb coordinated with it ("continue and strengthen")
 *   vt:LEMMA    the first listed verb after "to" in its object ("continue
 *               its efforts to combat", "take measures to ensure")
 *   h:STEM      the first word after it past determiners, adverbs and
 *               "and" / "or"
 *   vh:LEMMA|STEM  the verb with that word
 *   d:ARTICLE   the article or determiner right before that word ("a",
 *               "the", "its"; "0" when there is none: "a law" / "laws")
 *   w:STEM      each word of the object: up to FEAT_WINDOW tokens after the
 *               verb, to the first ";", ":" or "("
 *   by:LEMMA    the means, up to FEAT_FAR tokens on: a listed verb in -ing
 *               after "by", "through", "including (by|through)", or a noun
 *               standing for one ("including through the ratification
 *               of"); up to MAX_MEANS of them
 *   neg:yes     a negated action
 *   nby:N       how many different means (by:) it has, 0 to 3 (3: three
 *               or more): whether it names any, pooled over the verbs
 *   nv2:N       whether it has a coordinated verb (v2:), 0 or 1
 * Costs: a few hash lookups per action; what a form is to the features
 * (its w: and h: rows, whether it ends the object, is "to", "by"...) is
 * memoised per form (recs_state.fm), so a token of the window costs an
 * array read. */
#define FEAT_WINDOW 12
#define FEAT_FAR 40
#define MAX_MEANS 4 /* by: features of one action ("by amending ... and by
                       adopting ...") */

typedef struct featx {
    scan *s;
    double score[RECS_NCAT]; /* summed in the trainer's order, as it does */
    char *dump;       /* attrs.features being written, or NULL */
    size_t dn, dcap;
} featx;

/* Whether token k is the folded word w (inlined: strlen of a literal
 * folds). */
static HOT int is_word(const scan *s, uint32_t k, const char *w)
{
    const rp_token *t = tok(s, k);
    return strlen(w) == t->norm_len && memcmp(t->norm, w, t->norm_len) == 0;
}

static HOT void feat_row(featx *x, uint32_t row)
{
    const double *w = x->s->st->model.w + (size_t)row * RECS_NCAT;
    x->score[0] += w[0]; /* RECS_NCAT is 5: unrolled */
    x->score[1] += w[1];
    x->score[2] += w[2];
    x->score[3] += w[3];
    x->score[4] += w[4];
}

/* Feature pre + text (n bytes; spaces become "_"): appended to the dump
 * if there is one; its model row, or RP_NONE. */
static uint32_t feat_lookup(featx *x, const char *pre, const char *text, size_t n)
{
    char buf[128];
    size_t pn = strlen(pre);
    if (pn + n >= sizeof buf)
        return RP_NONE;
    memcpy(buf, pre, pn);
    for (size_t i = 0; i < n; i++)
        buf[pn + i] = text[i] == ' ' ? '_' : text[i];
    buf[pn + n] = '\0';
    if (x->dump != NULL && x->dn + pn + n + 2 < x->dcap) {
        if (x->dn > 0)
            x->dump[x->dn++] = ' ';
        memcpy(x->dump + x->dn, buf, pn + n + 1);
        x->dn += pn + n;
    }
    if (x->s->st->model.n == 0)
        return RP_NONE;
    return recs_model_row(&x->s->st->model, buf, pn + n);
}

/* feat() when the slot does not answer: looked up (and memoised). */
static void feat_slow(featx *x, uint32_t *slot, const char *pre, const char *text, size_t n)
{
    uint32_t row = feat_lookup(x, pre, text, n);
    if (slot != NULL && x->dump == NULL)
        *slot = row == RP_NONE ? 1 : row + 2;
    if (row != RP_NONE)
        feat_row(x, row);
}

/* Adds feature pre + text.  slot, when not NULL, memoises its row (0 not
 * looked up yet, 1 none, row + 2), so that a verb's or a form's feature is
 * looked up once per instance, not once per action: then the feature
 * costs an array read (inlined). */
static HOT void feat(featx *x, uint32_t *slot, const char *pre, const char *text, size_t n)
{
    if (slot != NULL && *slot != 0 && x->dump == NULL) {
        if (*slot > 1)
            feat_row(x, *slot - 2);
        return;
    }
    feat_slow(x, slot, pre, text, n);
}

/* The memo slot of family f (enum recs_vfam) of listed verb v. */
static uint32_t *verb_slot(const featx *x, uint32_t v, int f)
{
    recs_state *st = x->s->st;
    return st->vrow != NULL ? &st->vrow[(size_t)v * RECS_VFAMS + (size_t)f] : NULL;
}

/* What the features read of token k's form (memoised per norm_id when
 * the memo has room; the rows are looked up only with a model and
 * without a dump). */
static recs_fmemo fmemo_compute(featx *x, uint32_t k, recs_fmemo *slot);

static HOT recs_fmemo fmemo(featx *x, uint32_t k)
{
    recs_state *st = x->s->st;
    uint32_t id = tok(x->s, k)->norm_id;
    recs_fmemo *slot = id < st->nfm && x->dump == NULL ? &st->fm[id] : NULL;
    if (slot != NULL && slot->known)
        return *slot;
    return fmemo_compute(x, k, slot);
}

/* fmemo() for a form not memoised yet: computed, and memoised in slot
 * when there is one. */
static recs_fmemo fmemo_compute(featx *x, uint32_t k, recs_fmemo *slot)
{
    const scan *s = x->s;
    recs_state *st = s->st;
    const rp_token *t = tok(s, k);
    recs_fmemo m = {0, 0, 0, 1, 0};
    const recs_form *f = form(s, k);
    if (t->norm_len == 1 && (t->norm[0] == ';' || t->norm[0] == ':' || t->norm[0] == '('))
        m.flags |= RECS_F_STOP;
    if (t->flags & RP_TOK_ALPHA)
        m.flags |= RECS_F_ALPHA;
    if (!(f->roles & (RECS_R_DET | RECS_R_ART | RECS_R_SKIP | RECS_R_CONJ)) && !f->adverb)
        m.flags |= RECS_F_HEAD;
    if (f->roles & RECS_R_TO)
        m.flags |= RECS_F_TO;
    if (is_word(s, k, "by") || is_word(s, k, "through"))
        m.flags |= RECS_F_MEANS | RECS_F_BY;
    if (is_word(s, k, "including"))
        m.flags |= RECS_F_MEANS;
    if (slot != NULL && st->model.n > 0 && (m.flags & RECS_F_ALPHA)) {
        featx q = *x; /* a lookup, not a feature of this action */
        uint32_t row = feat_lookup(&q, "w:", t->stem, t->stem_len);
        m.wrow = row == RP_NONE ? 1 : row + 2;
        row = (m.flags & RECS_F_HEAD) ? feat_lookup(&q, "h:", t->stem, t->stem_len) : RP_NONE;
        m.hrow = row == RP_NONE ? 1 : row + 2;
        row = (f->roles & (RECS_R_ART | RECS_R_DET)) ? feat_lookup(&q, "d:", t->norm, t->norm_len)
                                                     : RP_NONE;
        m.drow = row == RP_NONE ? 1 : row + 2;
    }
    if (slot != NULL)
        *slot = m;
    return m;
}

static uint32_t single_verb(const scan *s, uint32_t w1);

/* Feature family pre of listed verb v. */
static void feat_verb(featx *x, const char *pre, int fam, uint32_t v)
{
    const char *l = x->s->st->words.verbs[v].lemma;
    feat(x, verb_slot(x, v, fam), pre, l, strlen(l));
}

/* Names the features of action a (label: its lemma; rule_cat: the hand
 * rules' category) into x. */
static void features(featx *x, const action *a, const char *label, int rule_cat, int negated)
{
    const scan *s = x->s;
    recs_state *st = s->st;
    static const char *const digits[] = {"0", "1", "2", "3", "4", "5"};
    if (a->verb != RP_NONE)
        feat_verb(x, "v:", RECS_VF_V, a->verb);
    else
        feat(x, NULL, "v:", label, strlen(label));
    feat(x, &st->crow[rule_cat], "c:", digits[rule_cat], 1);
    if (negated)
        feat(x, &st->crow[0], "neg:", "yes", 3);
    /* the adverb right before the verb */
    if (a->a > s->sb) {
        uint32_t p = a->a - 1;
        const rp_token *t = tok(s, p);
        if ((t->flags & RP_TOK_ALPHA) && skippable(s, p) && !(roles(s, p) & RECS_R_NEG))
            feat(x, NULL, "a:", t->norm, t->norm_len);
    }
    /* a coordinated verb */
    uint32_t from = a->obj != 0 ? a->obj : a->aend;
    uint32_t end, j = skip_light(s, from);
    int v2 = 0;
    if (j < s->se && (roles(s, j) & RECS_R_CONJ)) {
        uint32_t v = verb_at(s, skip_light(s, j + 1), 1u << RECS_BASE, &end);
        if (v != RP_NONE) {
            v2 = 1;
            feat_verb(x, "v2:", RECS_VF_V2, v);
        }
    }
    /* the object's words, its first word, the verb after "to"; then, up
     * to FEAT_FAR tokens on, the means ("by adopting", "including
     * through establishing") */
    uint32_t lim = from + FEAT_WINDOW < s->se ? from + FEAT_WINDOW : s->se;
    uint32_t far = from + FEAT_FAR < s->se ? from + FEAT_FAR : s->se;
    int head = 0, vt = 0, by = 0; /* by: the means found, up to MAX_MEANS */
    const char *means[MAX_MEANS]; /* their lemmas */
    int nmeans = 0;               /* how many different */
    for (uint32_t k = from; k < far && !(by >= MAX_MEANS && k >= lim); k++) {
        recs_fmemo m = fmemo(x, k);
        if (m.flags & RECS_F_STOP)
            break;
        if (!(m.flags & RECS_F_ALPHA) || (tok(s, k)->flags & RP_TOK_FOOTNOTE))
            continue;
        if (by < MAX_MEANS && (m.flags & RECS_F_MEANS)) {
            uint32_t q = skip_light(s, k + 1);
            if (q < s->se && (fmemo(x, q).flags & RECS_F_BY))
                q = skip_light(s, q + 1); /* "including through", "including by" */
            uint32_t v = verb_at(s, q, 1u << RECS_ING, &end);
            if (v == RP_NONE && q < s->se) {
                /* the means named by a noun: "including through the
                 * ratification of", "by the adoption of" */
                if (roles(s, q) & RECS_R_ART)
                    q = skip_light(s, q + 1);
                if (q < s->se && form(s, q)->nominal != 0)
                    v = single_verb(s, form(s, q)->nominal);
            }
            if (v != RP_NONE) {
                /* one per means word: "including by adopting" gives
                 * by:adopt twice, for "including" and for "by" (better in
                 * cross-validation than once, or than a family of its
                 * own for "including") */
                by++;
                feat_verb(x, "by:", RECS_VF_BY, v);
                const char *l = st->words.verbs[v].lemma;
                int seen = 0;
                for (int i = 0; i < nmeans; i++)
                    seen |= strcmp(means[i], l) == 0;
                if (!seen)
                    means[nmeans++] = l;
            }
        }
        if (k >= lim)
            continue;
        const rp_token *t = tok(s, k);
        if (x->dump != NULL || m.wrow == 0)
            feat(x, NULL, "w:", t->stem, t->stem_len);
        else if (m.wrow > 1)
            feat_row(x, m.wrow - 2);
        if (!head && (m.flags & RECS_F_HEAD)) {
            head = 1;
            if (x->dump != NULL || m.hrow == 0)
                feat(x, NULL, "h:", t->stem, t->stem_len);
            else if (m.hrow > 1)
                feat_row(x, m.hrow - 2);
            char pair[128];
            size_t ln = strlen(label);
            if (ln + 1 + t->stem_len < sizeof pair) {
                memcpy(pair, label, ln);
                pair[ln] = '|';
                memcpy(pair + ln + 1, t->stem, t->stem_len);
                feat(x, NULL, "vh:", pair, ln + 1 + t->stem_len);
            }
            /* the article or determiner before it ("a law", "the
             * necessary measures"; "0": none, as in "laws") */
            if (k > from && (roles(s, k - 1) & (RECS_R_ART | RECS_R_DET))) {
                recs_fmemo md = fmemo(x, k - 1);
                const rp_token *d = tok(s, k - 1);
                if (x->dump != NULL || md.drow == 0)
                    feat(x, NULL, "d:", d->norm, d->norm_len);
                else if (md.drow > 1)
                    feat_row(x, md.drow - 2);
            } else {
                feat(x, &st->d0row, "d:", "0", 1);
            }
        }
        if (!vt && (m.flags & RECS_F_TO)) {
            uint32_t v = verb_at(s, skip_light(s, k + 1), 1u << RECS_BASE, &end);
            if (v != RP_NONE) {
                vt = 1;
                feat_verb(x, "vt:", RECS_VF_VT, v);
            }
        }
    }
    /* how many different means, whether a coordinated verb: what the
     * by: and v2: rows of the verbs seen rarely do not say alone (the
     * trainer's temporal validation: doc/recommendations.md) */
    static const char *const counts[] = {"0", "1", "2", "3"};
    int nb = nmeans < 3 ? nmeans : 3;
    feat(x, &st->nrow[nb], "nby:", counts[nb], 1);
    feat(x, &st->nrow[4 + v2], "nv2:", counts[v2], 1);
}

/* The category of action a: the model's arg-max over its features, or
 * the hand rules' when no model is loaded.  With opts.features, writes
 * the feature names into dump. */
static int model_category(scan *s, const action *a, const char *label, int negated, char *dump,
                          size_t dumplen)
{
    int rule_cat = category_of(s, a);
    if (s->st->model.n == 0 && dump == NULL)
        return rule_cat;
    featx x;
    memset(&x, 0, sizeof x);
    x.s = s;
    x.dump = dump;
    x.dcap = dumplen;
    if (dump != NULL)
        dump[0] = '\0';
    memcpy(x.score, s->st->model.bias, sizeof x.score);
    features(&x, a, label, rule_cat, negated);
    if (s->st->model.n == 0)
        return rule_cat;
    int best = 0;
    for (int c = 1; c < RECS_NCAT; c++)
        if (x.score[c] > x.score[best])
            best = c;
    return best + 1;
}

/* Copies the text of tokens [b, e) into out with runs of white space made
 * one space. */
static void span_text(const scan *s, uint32_t b, uint32_t e, char *out, size_t outlen)
{
    size_t o = 0;
    if (outlen == 0)
        return;
    if (b < e) {
        uint64_t from = tok(s, b)->start, to = tok(s, e - 1)->end;
        int space = 0;
        for (uint64_t p = from; p < to && o + 1 < outlen; p++) {
            char c = s->doc->text[p];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space = 1;
                continue;
            }
            if (space && o > 0 && o + 2 < outlen)
                out[o++] = ' ';
            space = 0;
            out[o++] = c;
        }
    }
    out[o] = '\0';
}

static const char *const strength_names[] = {"binding", "strong", "soft"};

/* snprintf(out, outlen, "%s", src) without the cost of a formatted print
 * (it runs for every action): at most outlen - 1 bytes and a NUL. */
static void copy_str(char *out, size_t outlen, const char *src)
{
    size_t n = strlen(src);
    if (n >= outlen)
        n = outlen - 1;
    memcpy(out, src, n);
    out[n] = '\0';
}

/* Emits one action and marks it used. */
static void emit_action(scan *s, const action *a, const char *cue, int strength,
                        const char *addressee, const char *from)
{
    recs_state *st = s->st;
    if (st->used[a->a])
        return;
    st->used[a->a] = 1;
    /* remembered, so that the next document clears only these */
    if (st->nmarks == st->capmarks) {
        uint32_t cap = st->capmarks ? st->capmarks * 2 : 256;
        uint32_t *m = realloc(st->marks, cap * sizeof *m);
        if (m == NULL)
            st->marks_lost = 1; /* then the next document clears all */
        else {
            st->marks = m;
            st->capmarks = cap;
        }
    }
    if (st->nmarks < st->capmarks)
        st->marks[st->nmarks++] = a->a;
    /* The label: a pointer that stays the same for the same lemma (the
     * lexicon's lemma, the host's folded form), so that the sink can share
     * its copy; only a participle's guessed lemma is built here. */
    const char *label;
    char lbuf[64];
    if (a->verb != RP_NONE) {
        label = s->st->words.verbs[a->verb].lemma;
    } else if (a->participle) {
        const rp_token *t = tok(s, a->a);
        participle_lemma(t->norm, t->norm_len, lbuf, sizeof lbuf);
        label = lbuf;
    } else {
        label = tok(s, a->a)->norm; /* an unlisted verb: its surface form, lower-cased */
    }
    /* a negation among the adverbs before the verb ("should not be used",
     * "urges States not to impose") */
    int negated = 0;
    for (uint32_t k = a->a; k > s->sb && !negated;) {
        k--;
        uint32_t r = roles(s, k);
        if (r & RECS_R_NEG)
            negated = 1;
        else if (!skippable(s, k) && !(r & (RECS_R_BE | RECS_R_TO)))
            break;
    }
    char dump[1024];
    int category = model_category(s, a, label, negated, s->st->opts.features ? dump : NULL,
                                  sizeof dump);
    static const char *const cat_names[] = {"0", "1", "2", "3", "4", "5"};
    const char *cat = cat_names[category];
    rp_kv attrs[8];
    uint32_t n = 0;
    attrs[n++] = (rp_kv){"category", cat};
    attrs[n++] = (rp_kv){"strength", strength_names[strength]};
    attrs[n++] = (rp_kv){"cue", cue};
    if (addressee != NULL)
        attrs[n++] = (rp_kv){"addressee", addressee};
    if (from != NULL && from[0] != '\0')
        attrs[n++] = (rp_kv){"from", from};
    if (s->upr_item && s->upr_response != NULL)
        attrs[n++] = (rp_kv){"response", s->upr_response};
    if (negated)
        attrs[n++] = (rp_kv){"negated", "yes"};
    if (s->st->opts.features)
        attrs[n++] = (rp_kv){"features", dump};
    rp_annotation an = {label, tok(s, a->a)->start, tok(s, a->aend - 1)->end, attrs, n, 0};
    s->st->host->emit(s->sink, &an);
}

/* Emits action a and every action coordinated with it. */
static void emit_with_coordinated(scan *s, action a, const char *cue, int strength,
                                  const char *addressee, const char *from)
{
    emit_action(s, &a, cue, strength, addressee, from);
    uint32_t k = a.aend, limit = a.aend + MAX_COORD_GAP, end;
    int complement = 0;
    while (k < s->se && k < limit) {
        if (!(form(s, k)->scan & RECS_SCAN_JOIN)) {
            k++; /* none of the tests below holds for it */
            continue;
        }
        if (is_char(s, k, ':') || is_char(s, k, '?') || is_char(s, k, '!') || cue_here(s, k))
            break;
        if (recs_open_quote(tok(s, k)->norm, tok(s, k)->norm_len)) {
            /* a quoted title or phrase ("the item entitled “General and
             * complete disarmament”") holds no action: past its end */
            uint32_t q = k + 1;
            while (q < s->se && q < limit && !recs_close_quote(tok(s, q)->norm, tok(s, q)->norm_len))
                q++;
            if (q >= s->se || q >= limit)
                break;
            k = q + 1;
            continue;
        }
        uint32_t r = roles(s, k);
        if (r & RECS_R_TO) {
            uint32_t j = skip_light(s, k + 1);
            if (verb_at(s, j, 1u << RECS_BASE, &end) != RP_NONE) {
                complement = 1;
                k = end;
                continue;
            }
        }
        if ((r & RECS_R_CONJ) || is_char(s, k, ',') || is_char(s, k, ';')) {
            uint32_t j = skip_light(s, k + 1);
            if (j < s->se && (roles(s, j) & RECS_R_CONJ))
                j = skip_light(s, j + 1); /* ", and" */
            if (a.infinitival && j < s->se && (roles(s, j) & RECS_R_TO))
                j = skip_light(s, j + 1);
            uint32_t v = verb_at(s, j, 1u << RECS_BASE, &end);
            if (v != RP_NONE) {
                if (!complement) {
                    action b = {j, end, v, a.infinitival, 0, 0};
                    emit_action(s, &b, cue, strength, addressee, from);
                    limit = end + MAX_COORD_GAP;
                }
                k = end;
                continue;
            }
        }
        k++;
    }
}

/* Between two coordinated addressees: "and", "or", "," (2); "all",
 * "the", adverbs (1). */
static int joiner(const void *ctx, uint32_t k)
{
    const scan *s = ctx;
    uint32_t r = roles(s, k);
    if ((r & RECS_R_CONJ) || is_char(s, k, ','))
        return 2;
    if ((r & (RECS_R_DET | RECS_R_SKIP)) || form(s, k)->adverb)
        return 1;
    return 0;
}

/* Whether token i can begin what follows a subject's head before its
 * verb: a preposition ("States in the region"), "of", a participle in
 * -ing ("States participating in the review"), "concerned", or a
 * coordinator ("All States and other relevant actors"). */
static int post_modifier(const scan *s, uint32_t i)
{
    const rp_token *t = tok(s, i);
    if ((roles(s, i) & (RECS_R_BOUND | RECS_R_CONJ)) && !(roles(s, i) & RECS_R_THAT))
        return 1;
    if (is_word(s, i, "of") || is_word(s, i, "from") || is_word(s, i, "at") || is_word(s, i, "across")
        || is_word(s, i, "within") || is_word(s, i, "concerned"))
        return 1;
    return ends_in(t, "ing", 6);
}

#define MAX_SUBJECT 20 /* tokens from a clause's start to its modal */

/* The addressees of a subject that opens its clause, when words stand
 * between it and the cue: "States and stakeholders participating in the
 * review should", "All States and other relevant actors should", "All
 * States which wish to ... should", "States that have not yet done so
 * should".  The clause starts at the sentence, or after , ; : ( ); an
 * actor (or actors coordinated: "Member States and parties to conflict")
 * must begin it, after determiners and adverbs, and be followed by a
 * preposition, a participle in -ing or a coordinator, or by the relative
 * pronoun ("that", "which", "who") that opens the words before the cue.
 * Not when a verb follows it ("China believes that civilizations should",
 * "Member States noted ... the Council should": no request to them), nor
 * a possessive ("the Government's efforts should"). */
static const char *clause_subject(scan *s, uint32_t before, char *out, size_t outlen)
{
    uint32_t c = before, rel = 0;
    while (c > s->sb) {
        uint32_t p = c - 1;
        if (before - p > MAX_SUBJECT)
            return NULL;
        if (is_char(s, p, ',') || is_char(s, p, ';') || is_char(s, p, ':') || is_char(s, p, '(')
            || is_char(s, p, ')'))
            break;
        if (is_word(s, p, "that") || is_word(s, p, "which") || is_word(s, p, "who")) {
            if (rel != 0)
                return NULL;
            rel = p;
        }
        c = p;
    }
    while (c < before && joiner(s, c) == 1)
        c++;
    uint32_t lim = rel ? rel : before;
    uint32_t e = recs_addr_at(&s->st->addr, s->doc, c, lim);
    if (e == 0)
        return NULL;
    /* further actors coordinated with the first: "States and stakeholders" */
    for (;;) {
        uint32_t j = e;
        int conj = 0;
        for (int r; j < lim && j < e + 3 && (r = joiner(s, j)) != 0; j++)
            conj |= r == 2;
        uint32_t e2 = conj && j < lim ? recs_addr_at(&s->st->addr, s->doc, j, lim) : 0;
        if (e2 == 0)
            break;
        e = e2;
    }
    if (rel ? e != rel : e >= before || !post_modifier(s, e))
        return NULL;
    const rp_token *t = tok(s, e);
    if (t->norm_len > 0 && (t->norm[0] == '\'' || (unsigned char)t->norm[0] == 0xE2))
        return NULL; /* ' or a typographic apostrophe: a possessive */
    return recs_addr_subject(&s->st->addr, s->doc, c, e, joiner, s, out, outlen);
}

/* The addressees of the subject ending before token `before`. */
static const char *subject_addressees(scan *s, uint32_t before, char *out, size_t outlen)
{
    const char *r = recs_addr_subject(&s->st->addr, s->doc, s->sb, before, joiner, s, out, outlen);
    return r != NULL ? r : clause_subject(s, before, out, outlen);
}

/* Where the subject of a cue at token i ends: before adverbs and a
 * parenthetical between commas ("States, in cooperation with X, should"). */
static uint32_t subject_end(const scan *s, uint32_t i)
{
    uint32_t k = i;
    while (k > s->sb) {
        uint32_t p = k - 1;
        if (skippable(s, p)) {
            k = p;
            continue;
        }
        if (is_char(s, p, ',')) {
            /* ", including A, B and C," : back to the comma before "including" */
            uint32_t q = p;
            while (q > s->sb && q + 40 > p && !((roles(s, q) & RECS_R_INCL) && is_char(s, q - 1, ',')))
                q--;
            if (q > s->sb && q + 40 > p && (roles(s, q) & RECS_R_INCL)) {
                k = q - 1;
                continue;
            }
            q = p;
            while (q > s->sb && q + 30 > p && !is_char(s, q - 1, ','))
                q--;
            if (q > s->sb && is_char(s, q - 1, ',')) {
                k = q - 1;
                continue;
            }
        }
        break;
    }
    return k;
}

/* Whether the surface of token i has an upper-case ASCII letter
 * ("d'Ivoire"). */
static int has_upper(const scan *s, uint32_t i)
{
    const rp_token *t = tok(s, i);
    for (uint64_t p = t->start; p < t->end; p++)
        if (s->doc->text[p] >= 'A' && s->doc->text[p] <= 'Z')
            return 1;
    return 0;
}

/* How many c (a parenthesis) punctuation token i holds: "))" is one token. */
static int parens(const scan *s, uint32_t i, char c)
{
    const rp_token *t = tok(s, i);
    int n = 0;
    if (!(t->flags & RP_TOK_PUNCT))
        return 0;
    for (uint32_t k = 0; k < t->norm_len; k++)
        n += t->norm[k] == c;
    return n;
}

/* The names inside one pair of parentheses [p, close) of a UPR line, as
 * ISO3 codes where the actors lexicons know the countries: "Chile, China"
 * and "Denmark; Liechtenstein; France" name one State each between the
 * commas or semicolons (when every part is a country), else the whole is
 * one name ("Bolivia (Plurinational State of)", "Netherlands (Kingdom of
 * the)").  Returns 1 when the names are countries. */
static int paren_names(scan *s, uint32_t p, uint32_t close, char *out, size_t outlen)
{
    char acc[96] = "";
    size_t al = 0;
    int parts = 0, ok = 1;
    for (uint32_t b = p; b < close && ok;) {
        uint32_t e = b;
        while (e < close && !is_char(s, e, ',') && !is_char(s, e, ';'))
            e++;
        const char *iso = e > b ? recs_addr_country(&s->st->addr, s->doc, b, e) : NULL;
        if (iso == NULL || e - b > 12) {
            ok = 0;
        } else {
            size_t l = strlen(iso);
            if (al + l + 2 > sizeof acc) {
                ok = 0;
            } else {
                if (al > 0)
                    acc[al++] = ',';
                memcpy(acc + al, iso, l + 1);
                al += l;
                parts++;
            }
        }
        b = e + 1;
    }
    if (ok && parts > 1) {
        copy_str(out, outlen, acc);
        return 1;
    }
    const char *iso = recs_addr_country(&s->st->addr, s->doc, p, close);
    if (iso != NULL)
        copy_str(out, outlen, iso);
    else
        span_text(s, p, close, out, outlen);
    return iso != NULL;
}

/* The "from" attribute: the parenthesised names closing a UPR line,
 * "(Maldives)", "(France) (Germany)", "(Netherlands (Kingdom of the))",
 * "(Chile, China)"; ISO3 codes where the actors lexicons know the
 * country, else the names.  Returns 1 when there are some and all are
 * countries. */
static int upr_from(scan *s, char *out, size_t outlen)
{
    out[0] = '\0';
    int countries = 1, groups = 0;
    uint32_t k = s->se;
    while (k > s->sb && (tok(s, k - 1)->flags & RP_TOK_PUNCT) && !parens(s, k - 1, ')'))
        k--;
    char item[96];
    char acc[256] = "";
    while (k > s->sb + 2 && parens(s, k - 1, ')') > 0) {
        /* the matching "(", nested groups included ("))" is one token) */
        uint32_t close = k - 1, p = close;
        int depth = parens(s, close, ')');
        while (p > s->sb && p + 16 > close && depth > 0) {
            p--;
            depth += parens(s, p, ')') - parens(s, p, '(');
        }
        if (depth != 0 || p + 1 >= close)
            break;
        uint32_t open = p;
        p = open + 1;
        /* Only names: every word capitalized or a small joining word. */
        int names = 1;
        for (uint32_t q = p; q < close && names; q++) {
            const rp_token *t = tok(s, q);
            if (!has_upper(s, q) && !(t->flags & RP_TOK_PUNCT) && strcmp(t->norm, "of") != 0
                && strcmp(t->norm, "and") != 0 && strcmp(t->norm, "the") != 0)
                names = 0;
        }
        if (!names)
            break;
        countries &= paren_names(s, p, close, item, sizeof item);
        groups++;
        char tmp[sizeof acc];
        size_t il = strlen(item), al = strlen(acc);
        if (il + 1 + al + 1 > sizeof tmp)
            break;
        memcpy(tmp, item, il);
        if (al > 0) {
            tmp[il] = ',';
            memcpy(tmp + il + 1, acc, al + 1);
        } else {
            tmp[il] = '\0';
        }
        memcpy(acc, tmp, sizeof acc);
        k = open;
    }
    copy_str(out, outlen, acc);
    return groups > 0 && countries;
}

/* Skips adverbs, also joined by "and" ("Thoroughly and impartially
 * investigate"). */
static uint32_t skip_adverbs(const scan *s, uint32_t i)
{
    for (;;) {
        i = skip_light(s, i);
        if (i > s->sb && i + 1 < s->se && (roles(s, i) & RECS_R_CONJ) && skippable(s, i - 1)
            && form(s, i + 1)->adverb)
            i++;
        else
            return i;
    }
}

/* An unlisted verb opening a list item: capitalized, and followed by a
 * determiner or possessive ("Transpose the Directive", "Employ its ..."),
 * which a sentence-initial noun or name is not; never a word in -s or
 * -ing. */
static int unlisted_imperative(const scan *s, uint32_t i)
{
    if (i != s->first || i + 1 >= s->se || !(tok(s, i)->flags & RP_TOK_CAPITALIZED))
        return 0;
    if (!plausible_verb(s, i))
        return 0;
    const recs_word *w = word_of(s, form(s, i));
    if (w != NULL && w->objcat != 0)
        return 0;
    const rp_token *t = tok(s, i);
    if (t->norm[t->norm_len - 1] == 's' && t->norm[t->norm_len - 2] != 's')
        return 0; /* "States that ...": a plural noun or a third person */
    if (ends_in(t, "ing", 5))
        return 0; /* "Knowing his competence, ...", "Using the impetus": a participle */
    if (ends_in(t, "ed", 5))
        return 0; /* "Referred the situation": a past tense */
    if (form(s, i)->adverb)
        return 0; /* "Nearly the entire population", "Certainly the world" */
    return (roles(s, i + 1) & RECS_R_ART) != 0 && !(tok(s, i + 1)->flags & RP_TOK_CAPITALIZED);
}

/* Whether the verb at token i is a cross-reference (grammar.lex `xref`:
 * "see") pointing at what follows it: a link, a document symbol, a number
 * or another `xref` word ("See https://unctad.org/...", "(see
 * A/77/PV.6)", "see annex to the present report", "See also
 * recommendations 53, 71 and 77", "See also JS3, p. 9."), or at nothing in its sentence (a
 * footnote "23 See" whose link the layout set apart); not "See to it
 * that". */
static int reference_after(const scan *s, uint32_t i, uint32_t end)
{
    if (!(roles(s, i) & RECS_R_XREF))
        return 0;
    if (end < s->se && is_word(s, end, "also"))
        return 1; /* "See also JS3, p. 9.": a footnote citing a submission */
    uint32_t k = skip_light(s, end);
    if (k >= s->se)
        return end >= s->se;
    const rp_token *t = tok(s, k);
    if (t->flags & (RP_TOK_SYMBOL | RP_TOK_NUMBER))
        return 1;
    if (memmem(t->norm, t->norm_len, "://", 3) != NULL || (t->norm_len > 4 && memcmp(t->norm, "www.", 4) == 0))
        return 1;
    return (roles(s, k) & RECS_R_XREF) != 0;
}

static int upr_recommendation(scan *s, int context);

/* Whether the imperative verb ending before token `end` is a speaker's
 * aside rather than a request: "Take, for example, ...", "Take India, for
 * example", and in a text of more than one sentence "Consider what
 * happened", "Think about what we achieved", "Look what Russia did" (not
 * "Consider cooperation with, for example, ...": a recommendation). */
static int aside_after(scan *s, uint32_t end)
{
    for (uint32_t k = end; k < s->se && k < end + 2; k++)
        if (is_char(s, k, ',') && k + 2 < s->se && is_word(s, k + 1, "for")
            && (is_word(s, k + 2, "example") || is_word(s, k + 2, "instance")))
            return 1;
    for (uint32_t k = end; k < s->se && k < end + 2; k++)
        if (is_word(s, k, "what") || is_word(s, k, "why"))
            /* not in a recommendation, one line or a list item closed by
             * its recommending State: "Secure what is prescribed in" */
            return !upr_recommendation(s, 1);
    return 0;
}

static void that_clause(scan *s, uint32_t c, const char *cue, int strength);
static int item_marker(const scan *s, uint32_t k);
static int line_start(const scan *s, uint32_t k);

/* Endings of English nouns, adjectives and adverbs that verbs seldom
 * have (the verbs that do, "implement", "present", are mostly listed in
 * actions.lex): "Legislation for", "Comprehensive training", "Equal
 * access", "Victims of" open a recommendation with a noun phrase, not a
 * verb.  The endings of verbs among them are kept: "Succeed", "Discuss",
 * "Reveal", "Revive", "Multiply". */
static int nonverb_ending(const rp_token *t)
{
    static const char *const verbs[] = {"eed", "ss", "eal", "eive", "rive", "vive", "iply"};
    static const char *const ends[] = {"tion", "sion", "ment", "ness", "ity", "ship", "ism",
                                       "ance", "ence", "ive", "al", "ous", "ful", "ic", "ary",
                                       "ory", "able", "ible", "ant", "ent", "ian", "ese",
                                       "ing", "ly", "ed", "s"};
    const char *p = t->norm;
    size_t n = t->norm_len;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        size_t l = strlen(verbs[k]);
        if (n > l && memcmp(p + n - l, verbs[k], l) == 0)
            return 0;
    }
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 2 && memcmp(p + n - l, ends[k], l) == 0)
            return 1; /* not "Shed", "Bus" */
    }
    return 0;
}

/* Whether the sentence is a recommendation as UPR Info's database and
 * the UPR's reports print one: a document of one sentence, or an item
 * closed by a recommending State ("124.9 ... (France);"), ending in ".",
 * ";" or ")" (item_context).  A numbered paragraph of a report, a table
 * row or the list of a delegation's members after a UPR list ("Visit to
 * Bulgaria", "• Patrícia de Morais, Federal Attorney") is none of them. */
static int upr_recommendation(scan *s, int context)
{
    if (!context)
        return 0;
    if (s->doc->n_sentences <= 1)
        return 1;
    char from[256];
    upr_from(s, from, sizeof from);
    /* an ISO3 code: the parentheses name a country the actors know */
    return from[0] >= 'A' && from[0] <= 'Z' && from[1] >= 'A' && from[1] <= 'Z' && from[2] >= 'A'
           && from[2] <= 'Z' && (from[3] == '\0' || from[3] == ',');
}

/* Whether the item's tokens before token k hold no verb of their own: no
 * form of "be" or "have", no modal, no word in -ed, no listed verb in -s
 * and no recommending verb ("the Council requested the High Commissioner
 * to report", "Measures taken to protect", "(e) Requesting the Commission
 * to keep") but one in -ed opening the item, as UPR Info's rows do
 * ("Recommended to Tonga to follow up", "Strongly encouraged to
 * abolish"). */
static int verbless_before(const scan *s, uint32_t k)
{
    uint32_t open = skip_adverbs(s, s->first);
    for (uint32_t q = s->first; q < k; q++) {
        const rp_token *t = tok(s, q);
        const recs_form *f = form(s, q);
        if (q == open && (f->scan & RECS_SCAN_CUE) && f->infl == RECS_ED)
            continue;
        if ((f->roles & (RECS_R_BE | RECS_R_BEPAST | RECS_R_SELF | RECS_R_IT))
            || ((f->roles & RECS_R_NOUN) && !is_word(s, q, "of")) || (f->scan & RECS_SCAN_CUE)
            || ((f->scan & RECS_SCAN_VERB) && f->infl != RECS_BASE && f->infl != RECS_ING)
            || ((t->flags & RP_TOK_ALPHA) && ends_in(t, "ed", 5)))
            return 0;
    }
    return 1;
}

/* A recommendation in the subjunctive without "that": a subject ending in
 * a singular name ("The Afghan Government sign and ratify", "The
 * Government of Kyrgyzstan reopen"), then a listed verb in the base form
 * that is no noun, followed by its object; no verb before it
 * (verbless_before).  The verb's token, or 0. */
static uint32_t subject_verb(const scan *s)
{
    uint32_t end;
    for (uint32_t k = s->first + 1; k + 1 < s->se && k < s->first + 12; k++) {
        const rp_token *p = tok(s, k - 1), *t = tok(s, k);
        if (form(s, k - 1)->scan & RECS_SCAN_CUE)
            return 0; /* "Recommended further cooperation": no subject */
        if (!(t->flags & RP_TOK_ALPHA) || (t->flags & RP_TOK_CAPITALIZED))
            continue;
        uint32_t v = verb_at(s, k, 1u << RECS_BASE, &end);
        if (v == RP_NONE)
            continue;
        if (s->st->words.verbs[v].noun || !verbless_before(s, k) || roles(s, k) != 0
            || !(p->flags & RP_TOK_ALPHA) || (roles(s, k - 1) != 0)
            || !(p->flags & (RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS))
            || (p->norm[p->norm_len - 1] == 's' && p->norm_len > 3))
            return 0; /* not "Police officers protect", "States ensure": the
                         present, not the subjunctive */
        if (end >= s->se || (roles(s, end) & (RECS_R_NOUN | RECS_R_BE | RECS_R_BEPAST))
            || (tok(s, end)->flags & RP_TOK_PUNCT))
            return 0;
        return k;
    }
    return 0;
}

/* The first last resort of a UPR recommendation (upr_recommendation)
 * where no rule found an action: a verb actions.lex does not list opening
 * it ("Tailor and design", "Reengage with"), or after its adverbs
 * ("Publicly speak out"), or a verb it lists only in phrases ("Draw a
 * plan"), taken as an imperative labelled with its lower-cased form (the
 * model then reads its object).  The word (token i) is capitalized only
 * when it opens the item, is no name the actors lexicons know ("Germany
 * wished"), no `nonverb` word of grammar.lex and has no ending of a noun,
 * adjective or adverb (nonverb_ending); it is followed by a word in lower
 * case that is no form of "be", "of" or a modal ("Victims of", "Gender
 * equality is"), or by "and"/"or" and a listed verb; its first clause
 * has no verb of its own ("Police officers are trained") and the item no
 * label's colon. */
static int rare_imperative(scan *s, uint32_t i)
{
    if (i + 1 >= s->se)
        return 0;
    const recs_form *fi = form(s, i);
    /* a verb actions.lex lists only in phrases ("draw up", "carry out")
     * is one too on its own: "Draw a plan of action", "Carry forward" */
    int phrasal = fi->word != 0 && fi->infl == RECS_BASE && fi->roles == 0
                  && !(fi->scan & RECS_SCAN_CUE) && (fi->scan & RECS_SCAN_VERB)
                  && single_verb(s, fi->word) == RP_NONE && (tok(s, i)->flags & RP_TOK_ALPHA)
                  && !(tok(s, i)->flags & (RP_TOK_NUMBER | RP_TOK_SYMBOL | RP_TOK_ALLCAPS));
    if (!phrasal && !plausible_verb(s, i))
        return 0;
    const rp_token *t = tok(s, i), *n = tok(s, i + 1);
    if (((t->flags & RP_TOK_CAPITALIZED) != 0) != (i == s->first) || nonverb_ending(t))
        return 0;
    const recs_word *w = word_of(s, form(s, i));
    if (w != NULL && w->objcat != 0)
        return 0;
    if (!(n->flags & RP_TOK_ALPHA)
        || (n->flags & (RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS | RP_TOK_NUMBER)))
        return 0;
    uint32_t r = roles(s, i + 1), end;
    if (r & (RECS_R_BE | RECS_R_BEPAST | RECS_R_NOUN | RECS_R_COND | RECS_R_SELF | RECS_R_IT))
        return 0;
    if ((r & RECS_R_CONJ)
        && (i + 2 >= s->se || verb_at(s, i + 2, 1u << RECS_BASE, &end) == RP_NONE))
        return 0;
    /* no verb of its own in the first clause; no label ("Observer for an
     * intergovernmental organization: European Union") */
    for (uint32_t k = i + 1; k < s->se; k++)
        if (is_char(s, k, ':'))
            return 0;
    int clause = 1;
    for (uint32_t k = i + 1; k < s->se && clause; k++) {
        if (is_char(s, k, ',') || is_char(s, k, ';') || is_char(s, k, '(') || is_word(s, k, "which")
            || is_word(s, k, "who") || (roles(s, k) & RECS_R_THAT))
            clause = 0;
        uint32_t rk = roles(s, k);
        if (clause && !(roles(s, k - 1) & RECS_R_TO)
            && ((rk & (RECS_R_BE | RECS_R_BEPAST | RECS_R_IT | RECS_R_SELF))
                || ((rk & RECS_R_NOUN) && !is_word(s, k, "of"))))
            return 0; /* "Police officers are", "Germany has"; not "to be" */
    }
    return recs_addr_within(&s->st->addr, s->doc, i, i + 1) == NULL;
}

/* Whether the verb ending before token k opens a name in title case
 * rather than an action: two capitalised words follow, and no actor is
 * in their run ("Counter Improvised Explosive Devices", "Open Data Watch
 * assists"; not "Support United Nations efforts", "Establish National
 * Human Rights Institutions"); not in a recommendation. */
static int title_case_name(scan *s, uint32_t k)
{
    if (k + 1 >= s->se || !(tok(s, k)->flags & RP_TOK_CAPITALIZED)
        || !(tok(s, k + 1)->flags & RP_TOK_CAPITALIZED) || !(tok(s, k)->flags & RP_TOK_ALPHA)
        || !(tok(s, k + 1)->flags & RP_TOK_ALPHA))
        return 0;
    uint32_t r = k + 2; /* the capitalised run, for an actor in it */
    while (r < s->se && r < k + 8 && (tok(s, r)->flags & RP_TOK_CAPITALIZED))
        r++;
    if (recs_addr_within(&s->st->addr, s->doc, k, r) != NULL)
        return 0; /* "Establish National Human Rights Institutions" */
    return !upr_recommendation(s, 1);
}

/* Whether the word before token k names a numbered text rather than an
 * action: "Act No. 1/11 of 24 November 2020 revised", "Decree No. 5". */
static int numbered_title(const scan *s, uint32_t k)
{
    return k + 1 < s->se && (tok(s, k)->flags & RP_TOK_CAPITALIZED)
           && (is_word(s, k, "no") || is_word(s, k, "nos")) && is_char(s, k + 1, '.');
}

/* Whether the word opening a sentence of prose is the head of its
 * subject rather than an imperative: the clause it opens reaches a verb
 * of its own, a form of "be" or "have" or a modal, before any punctuation,
 * "and", "or", "that", "to", a relative word or a conjunction ("so",
 * "because", "until", ...): "Work in almost all
 * countries has been carried out", "Help in the development of the Congo
 * is", "Respect for international law is a core interest", "Resource
 * shortages remain critical", "Draft trusteeship agreements have been
 * submitted".  Not after a verb that takes a clause without "that"
 * ("Ensure the Council is informed", "Make sure children are safe"), and
 * not in a recommendation (a one-line row, an item closed by its
 * recommending State), where the opening verb is the action. */
static int subject_before_verb(scan *s, uint32_t verb, uint32_t end)
{
    static const char *const clause_verbs[] = {"ensure", "guarantee", "make", "see", "note",
                                               "recognize", "recognise", "acknowledge",
                                               "remember", "know", "consider", "verify",
                                               "demonstrate", "show", "say", "think", NULL};
    uint32_t k = end;
    while (k < s->se && k < end + 12 && !(roles(s, k) & (RECS_R_BE | RECS_R_BEPAST | RECS_R_MODAL))) {
        if ((tok(s, k)->flags & RP_TOK_PUNCT)
            || (roles(s, k) & (RECS_R_CONJ | RECS_R_THAT | RECS_R_TO | RECS_R_CLAUSE)))
            return 0;
        k++;
    }
    if (k >= s->se || k >= end + 12)
        return 0;
    for (int c = 0; clause_verbs[c]; c++)
        if (is_word(s, verb, clause_verbs[c]))
            return 0;
    return !upr_recommendation(s, 1);
}

/* After a verb that is also a noun, a comma that makes it a verb:
 * "Review, reform and amend", "Review, inter alia, the laws". */
static int verb_before_comma(const scan *s, uint32_t end)
{
    uint32_t end2;
    if (!is_char(s, end, ','))
        return 0;
    uint32_t j = skip_light(s, end + 1);
    if (verb_at(s, j, 1u << RECS_BASE, &end2) != RP_NONE)
        return 1;
    j = skip(s, end);
    return j < s->se && j > end + 1 && (roles(s, j) & (RECS_R_DET | RECS_R_ART)) != 0;
}

/* ---- nominal recommendations -----------------------------------------
 *
 * A UPR recommendation may name its action with a noun or a gerund
 * instead of an imperative: "Adoption of a comprehensive law", "The early
 * ratification and full implementation of the Optional Protocol",
 * "Strengthening efforts to ...", "Recommended the repeal of ...",
 * "Legislative measures be adopted".  The noun stands for its verb
 * (actions.lex nouns=: adoption -> adopt), which is the label.  Only at
 * the start of a list item, or right after a recommending verb: "The
 * adoption of the resolution was welcomed" has a verb of its own and is
 * no recommendation. */

/* The single-word verb of word index+1 w1 ("put", not "put in place"). */
static uint32_t single_verb(const scan *s, uint32_t w1)
{
    const recs_words *v = &s->st->words;
    for (uint32_t k = v->w[w1 - 1].verb; k != RP_NONE; k = v->verbs[k].next)
        if (v->verbs[k].tail.n == 0)
            return k;
    return RP_NONE;
}

/* The verb token i names as a noun: a nominalisation (nouns=:
 * "adoption", "repeal") or a listed verb's -ing form ("strengthening");
 * RP_NONE if none. */
static uint32_t noun_verb(const scan *s, uint32_t i)
{
    const recs_form *f = form(s, i);
    if (f->nominal != 0)
        return single_verb(s, f->nominal);
    if (f->word == 0 || !(f->scan & RECS_SCAN_VERB) || f->infl != RECS_ING)
        return RP_NONE;
    return single_verb(s, f->word);
}

/* Past an article and up to two modifiers ("The early", "Full",
 * "further"): the token where a noun of an action may be, or RP_NONE. */
static uint32_t past_modifiers(const scan *s, uint32_t k, uint32_t *mods_end)
{
    if (k < s->se && (roles(s, k) & RECS_R_ART))
        k++;
    for (int m = 0; k < s->se; m++) {
        if (form(s, k)->nominal != 0 || noun_verb(s, k) != RP_NONE || m == 2)
            break;
        const rp_token *t = tok(s, k);
        if (!(t->flags & RP_TOK_ALPHA) || (t->flags & (RP_TOK_NUMBER | RP_TOK_ALLCAPS))
            || (roles(s, k) & ~(RECS_R_SKIP | RECS_R_NONVERB)) != 0)
            return RP_NONE;
        if (k > s->first && (t->flags & RP_TOK_CAPITALIZED))
            return RP_NONE; /* a name: "Human Rights Council" */
        k++;
    }
    *mods_end = k;
    return k < s->se ? k : RP_NONE;
}

/* A noun phrase naming an action, from token i: [article] [modifiers]
 * NOUN "of" ..., or NOUN and/or [article] [modifiers] NOUN "of" ...
 * ("Ratification and effective implementation of CRPD").  The first
 * noun's action into *a. */
static int nominal_phrase(const scan *s, uint32_t i, action *a)
{
    uint32_t me, k = past_modifiers(s, i, &me);
    if (k == RP_NONE)
        return 0;
    uint32_t v = noun_verb(s, k);
    if (v == RP_NONE || k + 1 >= s->se || (k > s->first && (tok(s, k)->flags & RP_TOK_CAPITALIZED)))
        return 0; /* not a name: "Universal Declaration of Human Rights" */
    uint32_t of = RP_NONE;
    if (is_word(s, k + 1, "of") || (form(s, k)->nominal != 0 && is_word(s, k + 1, "to"))) {
        of = k + 1; /* "Adoption of", "Accession to" */
    } else if (roles(s, k + 1) & RECS_R_CONJ) {
        uint32_t q = past_modifiers(s, k + 2, &me);
        if (q != RP_NONE && noun_verb(s, q) != RP_NONE && q + 1 < s->se && is_word(s, q + 1, "of"))
            of = q + 1;
    }
    if (of == RP_NONE)
        return 0;
    *a = (action){k, k + 1, v, 0, 0, of + 1};
    return 1;
}

/* Whether tokens from k hold a verb of their own (a form of "be" or
 * "have", a modal, a cue), up to a relative pronoun or ";": then a noun
 * phrase opening the sentence is its subject, not a recommendation. */
static int finite_after(const scan *s, uint32_t k)
{
    for (; k < s->se; k++) {
        if (is_char(s, k, ';') || is_word(s, k, "which") || is_word(s, k, "who")
            || (roles(s, k) & RECS_R_THAT))
            return 0;
        uint32_t r = roles(s, k);
        if ((r & (RECS_R_BE | RECS_R_BEPAST | RECS_R_IT | RECS_R_SELF))
            || ((r & RECS_R_NOUN) && !is_word(s, k, "of")) || cue_here(s, k))
            return 1; /* also a subject: "Recognizing X, it participated" */
    }
    return 0;
}

/* A gerund at token i ("Ratifying the OP-CEDAW", "Pursuing policies"):
 * a listed verb in -ing not followed by "of" (a noun phrase) or a
 * preposition. */
static int gerund_at(const scan *s, uint32_t i, action *a)
{
    uint32_t end;
    uint32_t v = verb_at(s, i, 1u << RECS_ING, &end);
    if (v == RP_NONE || end >= s->se || word_of(s, form(s, i))->cue != RP_NONE)
        return 0; /* not a recommending verb: "(e) Requesting the Commission to" */
    if (((roles(s, end) & (RECS_R_NOUN | RECS_R_BOUND | RECS_R_FN)) && !(roles(s, end) & RECS_R_THAT))
        || (tok(s, end)->flags & RP_TOK_PUNCT))
        return 0; /* "Building on", "Taking into account"; not "Ensuring that" */
    *a = (action){i, end, v, 0, 0, 0};
    return 1;
}

/* "Legislative measures be adopted", "Civil society be actively
 * involved": a subject and the bare "be" of a subjunctive without
 * "that", then a participle; the sentence's first clause holds no other
 * verb.  From the item's first token i. */
static int subjunctive_at(const scan *s, uint32_t i, action *a)
{
    for (uint32_t k = i + 1; k < s->se && k < i + 25; k++) {
        if (is_word(s, k, "be")) {
            const rp_token *p = tok(s, k - 1);
            if (!(p->flags & (RP_TOK_ALPHA | RP_TOK_PUNCT)) || (roles(s, k - 1) & RECS_R_TO))
                return 0;
            uint32_t q = skip_adverbs(s, k + 1), end;
            uint32_t v = verb_at(s, q, 1u << RECS_ED, &end);
            if (v != RP_NONE) {
                *a = (action){q, end, v, 0, 0, 0};
                return 1;
            }
            if (unlisted_participle(s, q)) {
                *a = (action){q, q + 1, RP_NONE, 0, 1, 0};
                return 1;
            }
            return 0;
        }
        uint32_t r = roles(s, k);
        if (is_char(s, k, ';') || is_char(s, k, ':') || cue_here(s, k)
            || (r & (RECS_R_BE | RECS_R_BEPAST | RECS_R_THAT))
            || ((r & RECS_R_NOUN) && !is_word(s, k, "of")))
            return 0;
    }
    return 0;
}

/* Whether the sentence can be a recommendation named by a noun: the
 * whole document (a UPR database row), or a numbered or lettered list item
 * ending in ".", ";" or ")" (a UPR Working Group report's "124.7 Adoption
 * of ... (Kenya);").  Not a title ("80/52. Implementation of the
 * Convention"), not a resolution's preambular paragraph, which ends in ","
 * ("Recognizing the importance of ...,"), not a sentence of prose
 * ("Combating trafficking requires ..."). */
static int item_context(const scan *s, int marked)
{
    uint32_t last = s->se;
    while (last > s->sb && (tok(s, last - 1)->flags & RP_TOK_FOOTNOTE))
        last--;
    if (last <= s->sb || is_char(s, last - 1, ','))
        return 0;
    if (s->doc->n_sentences <= 1)
        return 1;
    if (!marked && s->sb >= 2) {
        /* "100.1. Adoption of ...": the number ends a sentence of its own */
        uint32_t n = s->sb - 1;
        if (is_char(s, n, '.') || is_char(s, n, ')'))
            n--;
        const rp_token *t = tok(s, n);
        marked = (t->flags & RP_TOK_NUMBER) && memchr(t->norm, '.', t->norm_len) != NULL
                 && (n == 0 || line_start(s, n)); /* "100.1", not a year ending a line */
    }
    return marked && (is_char(s, last - 1, '.') || is_char(s, last - 1, ';')
                      || parens(s, last - 1, ')') > 0);
}

/* A list item that opens with no imperative: a noun phrase or a gerund
 * naming its action, at token i, with no verb of its own after it; or a
 * subjunctive from the item's first token. */
static int nominal_item(const scan *s, uint32_t i, action *a)
{
    if (i >= s->se)
        return 0;
    if (nominal_phrase(s, i, a) || gerund_at(s, i, a))
        return !finite_after(s, a->aend);
    return subjunctive_at(s, s->first, a);
}

/* Right after a recommending verb: "recommends the establishment of",
 * "Recommended ratifying", "encourages the strengthening of". */
static int nominal_object(scan *s, uint32_t j, action *a)
{
    if (j >= s->se)
        return 0;
    if (nominal_phrase(s, j, a))
        return 1;
    if (!gerund_at(s, j, a))
        return 0;
    /* "encourages developing countries to": an addressee, not a gerund */
    return recs_addr_within(&s->st->addr, s->doc, j, j + 3) == NULL;
}

/* The first comma in [from, lim) followed by an imperative ("In line with
 * the Committee on Economic, Social and Cultural Rights, adopt"): a listed
 * verb in the base form, not capitalized, or "to" and one; or RP_NONE. */
static uint32_t comma_verb(const scan *s, uint32_t from, uint32_t lim)
{
    uint32_t end;
    for (uint32_t k = from; k < lim; k++) {
        if (!is_char(s, k, ','))
            continue;
        uint32_t q = skip_adverbs(s, k + 1);
        if (q < s->se && (roles(s, q) & RECS_R_TO))
            q = skip_light(s, q + 1);
        if (q < s->se && !(tok(s, q)->flags & RP_TOK_CAPITALIZED)
            && verb_at(s, q, 1u << RECS_BASE, &end) != RP_NONE)
            return k;
    }
    return RP_NONE;
}

/* The first base-form listed verb in [from, lim) not governed by "to" nor
 * after a determiner ("Although this reply does"), and not capitalized,
 * when no finite clause comes first ("With support from UNODC continue";
 * not "the Government ... can render"); "of" is no finite verb in a
 * recommendation (in_item).  RP_NONE if none. */
static uint32_t bare_verb(const scan *s, uint32_t from, uint32_t lim, int in_item)
{
    uint32_t end;
    if (lim > s->se)
        lim = s->se;
    for (uint32_t k = from; k < lim; k++) {
        if (cue_here(s, k) || (roles(s, k) & (RECS_R_BE | RECS_R_BEPAST))
            || ((roles(s, k) & RECS_R_NOUN) && !(in_item && is_word(s, k, "of"))))
            return RP_NONE;
        if (!(roles(s, k - 1) & (RECS_R_TO | RECS_R_DET | RECS_R_ART))
            && verb_at(s, k, 1u << RECS_BASE, &end) != RP_NONE
            && !(tok(s, k)->flags & RP_TOK_CAPITALIZED))
            return k;
    }
    return RP_NONE;
}

/* A UPR recommendation may keep the recommending State's third person
 * ("Continues its efforts", "Takes steps to", "Immediately reinstates
 * the moratorium"), in UPR Info's rows and in the reports' lists
 * ("115.175. Implements both procedural and legislative measures ...
 * (Egypt);"): a listed verb in -s opening a document of one sentence or
 * an item closed by a recommending State (upr_recommendation), not followed by what shows a plural noun ("Measures be
 * taken", "Measures taken", "Reports of"), not a verb that is also a noun,
 * a recommending verb or a comment ("Reiterates").  Its index and *end,
 * or RP_NONE. */
static uint32_t third_person_at(const scan *s, uint32_t i, uint32_t *end)
{
    uint32_t v = verb_at(s, i, 1u << RECS_S, end);
    if (v == RP_NONE || *end >= s->se || s->st->words.verbs[v].noun)
        return RP_NONE;
    const recs_form *fi = form(s, i);
    if ((fi->scan & RECS_SCAN_CUE) || (word_of(s, fi)->roles & RECS_R_DISCOURSE))
        return RP_NONE; /* "Encourages the ...", "Reiterates": rule 3's, or a comment */
    const recs_form *f = form(s, *end);
    if ((f->roles & (RECS_R_NOUN | RECS_R_BE | RECS_R_BEPAST | RECS_R_BOUND | RECS_R_CONJ))
        || (tok(s, *end)->flags & RP_TOK_PUNCT)
        || ((f->scan & RECS_SCAN_VERB) && f->infl == RECS_ED))
        return RP_NONE;
    return v;
}

/* Rule 1: a UPR-style imperative opening the sentence. */
static void imperative(scan *s, const rp_block *blk)
{
    if (blk->kind == RP_BLOCK_HEADING || blk->kind == RP_BLOCK_FOOTNOTE
        || (blk->kind == RP_BLOCK_TITLE && s->doc->n_blocks > 1))
        return; /* a document's title ("Follow-up to the World Summit for
                   Social Development"); a one-line document may be all title */
    s->upr_item = 1; /* s is the caller's copy for this item */
    uint32_t i = s->first, end, v = RP_NONE;
    if (i >= s->se)
        return;
    /* after a list number or "(a)" an item may start in lower case;
     * otherwise a sentence starting in lower case is no list item */
    int prefixed = (i > s->sb && item_marker(s, s->sb)) || s->part;
    if (!(tok(s, i)->flags & RP_TOK_CAPITALIZED) && !prefixed)
        return;
    uint32_t last = s->se;
    while (last > i + 1 && (tok(s, last - 1)->flags & RP_TOK_FOOTNOTE))
        last--;
    if (is_char(s, last - 1, '?'))
        return; /* a question ("Do you want this right?") asks no one to act */
    uint32_t r = roles(s, i);
    /* an -ing word opening the item: an introductory phrase ("Recognizing
     * X, ratify ...") or the action itself ("Strengthening efforts to") */
    uint32_t start = i;
    const rp_token *t0 = tok(s, i);
    int ing_word = ends_in(t0, "ing", 6)
                   && !(form(s, i)->scan & RECS_SCAN_CUE); /* not "Requesting X to" */
    /* whether the sentence can be a recommendation (item_context): asked
     * only when it matters, -1 until then */
    const int marked = prefixed;
    int context = ing_word || (r & RECS_R_INTRO) ? item_context(s, marked) : -1;
#define CONTEXT() (context < 0 ? (context = item_context(s, marked)) : context)
    int ing_open = ing_word && context == 1;
    action a;
    uint32_t verb_tok = RP_NONE; /* the verb's place, past the adverbs: for
                                    rare_imperative() */
    if (r & RECS_R_THAT) {
        /* "That the Government set out how ..."; not "That is why" */
        if (i + 1 >= s->se || (roles(s, i + 1) & (RECS_R_BE | RECS_R_BEPAST | RECS_R_NOUN)))
            return;
        char cue[64];
        span_text(s, i, i + 1, cue, sizeof cue);
        that_clause(s, i + 1, cue, RECS_STRONG);
        return;
    }
    if ((r & RECS_R_INTRO) || ing_open) {
        /* "In line with X, adopt"; without the comma, the first base-form
         * verb not governed by "to": "With support from UNODC continue".
         * In a recommendation (item_context): the comma before its verb,
         * past commas inside the phrase ("In line with the Committee on
         * Economic, Social and Cultural Rights, adopt") */
        uint32_t j = context ? comma_verb(s, i + 1, i + 40 < s->se ? i + 40 : s->se) : RP_NONE;
        uint32_t k = RP_NONE;
        if (j == RP_NONE) {
            j = i + 1;
            while (j < s->se && j < i + 20 && !is_char(s, j, ','))
                j++;
            if (!ing_open && (j >= s->se || !is_char(s, j, ',')))
                k = bare_verb(s, i + 1, i + 25, context);
        }
        if (k != RP_NONE) {
            i = k;
        } else if (j < s->se && is_char(s, j, ',')) {
            i = j + 1;
            /* "In accordance with the Constitution, to allow ...": an
             * infinitive list item, when no finite verb follows */
            if (i < s->se && (roles(s, i) & RECS_R_TO)) {
                for (uint32_t q = i + 1; q < s->se; q++)
                    if (cue_here(s, q) || (roles(s, q) & (RECS_R_BE | RECS_R_BEPAST))
                        || ((roles(s, q) & RECS_R_NOUN) && !(context && is_word(s, q, "of"))))
                        goto no_intro;
                i++;
            }
        } else {
            goto no_intro; /* an -ing phrase ends at a comma */
        }
        prefixed = 1;
    }
    if ((r & RECS_R_NEG) && i + 1 < s->se && (roles(s, i + 1) & RECS_R_TO)) {
        i++; /* "Not to maintain the death penalty": a negated infinitive */
        r = roles(s, i);
    }
    if ((r & RECS_R_TO) && i + 1 < s->se) {
        /* "To take all measures to ...": an infinitive list item, when no
         * finite verb follows ("To that end, States should" is not); an
         * item of a report's list closed by its recommending State is one
         * whatever its clauses hold ("8. To finalize all outstanding cases
         * of discrimination that have occurred since 2006 (Indonesia);") */
        int closed = s->doc->n_sentences > 1 && upr_recommendation(s, 1);
        for (uint32_t k = i + 1; k < s->se && !closed; k++) {
            if (cue_here(s, k) || (roles(s, k) & (RECS_R_BE | RECS_R_BEPAST))
                || ((roles(s, k) & RECS_R_NOUN) && !is_word(s, k, "of")))
                return;
            /* "To build back better, it aims ...", "To advance Goal 11,
             * cities need ...": a purpose clause, then the sentence's
             * subject.  After a comma an item goes on with a joining
             * word, an adverb or a verb ("To evaluate, and monitor", ",
             * including", ", in particular") */
            uint32_t end2;
            if (is_char(s, k - 1, ',') && !skippable(s, k)
                && !(roles(s, k) & (RECS_R_CONJ | RECS_R_BOUND | RECS_R_INCL | RECS_R_INTRO))
                && verb_at(s, k, 1u << RECS_BASE, &end2) == RP_NONE)
                return;
        }
        i++;
    }
    if (i >= s->se)
        return; /* an introductory phrase up to the end: "Taking into account
                   the work done by the Group,"; nothing to read past it */
    if (is_word(s, i, "more") && i + 1 < s->se && form(s, i + 1)->adverb)
        i++; /* "More effectively enforce" */
    if (is_word(s, i, "be") && (i == start || prefixed) && CONTEXT()) {
        /* "Be more proactive in ...", "Be assisted by OHCHR": the label is
         * "be", or the participle's lemma */
        if (action_after(s, i, 0, &a))
            goto found;
        return;
    }
    uint32_t at = i;
    i = skip_adverbs(s, i);
    if (i > at && i + 1 < s->se && is_char(s, i, ',') && CONTEXT())
        i = skip_adverbs(s, i + 1); /* in a recommendation: "Promptly,
                                       impartially and thoroughly investigate",
                                       "Meanwhile, provide"; in prose
                                       "Similarly, respect for" is a noun */
    verb_tok = i;
    v = verb_at(s, i, 1u << RECS_BASE, &end);
    if (v == RP_NONE && at != i && (roles(s, at + 1) & RECS_R_ART)) {
        /* "Further its endeavours": the skipped word was the verb (not
         * "Further information is ...") */
        v = verb_at(s, at, 1u << RECS_BASE, &end);
        i = at;
    }
    if (v == RP_NONE) {
        v = third_person_at(s, i, &end);
        if (v != RP_NONE && !upr_recommendation(s, 1))
            v = RP_NONE; /* asked only of a verb in -s: it reads the item's end */
    }
    if (v != RP_NONE) {
        if (end < s->se && (roles(s, end) & (RECS_R_NOUN | RECS_R_BE | RECS_R_BEPAST | RECS_R_SELF)))
            goto nominal; /* "Review of ...", "Permit me to" */
        for (uint32_t k = end; k < s->se && k < end + 3; k++)
            if (is_char(s, k, ':'))
                return; /* a label: "Review theme: ..." */
        if (s->st->words.verbs[v].noun && end < s->se
            && ((roles(s, end) & RECS_R_BOUND) || (tok(s, end)->flags & RP_TOK_PUNCT))
            && !verb_before_comma(s, end) && !(i > at && form(s, i - 1)->adverb))
            return; /* a noun: "Support for renewables", "Support to the United
                       Nations"; not after an adverb: "Regularly report to" */
        if (aside_after(s, end) || reference_after(s, i, end) || subject_before_verb(s, i, end)
            || numbered_title(s, end) || title_case_name(s, end))
            return;
        a = (action){i, end, v, 0, 0, 0};
    } else if (unlisted_imperative(s, i)) {
        a = (action){i, i + 1, RP_NONE, 0, 0, 0};
    } else {
        goto nominal;
    }
    goto found;
no_intro:
    if (!ing_open)
        return;
    i = start;
nominal:
    /* no imperative: a noun, a gerund or a subjunctive naming the action;
     * after an -ing phrase that opened no imperative, the -ing word; else
     * the last resorts of a UPR recommendation (rule 6) */
    if (!CONTEXT())
        return;
    if (!(i != start && ing_open && nominal_item(s, start, &a)) && !nominal_item(s, i, &a)) {
        /* the last resort waits for the other rules (recs_process) */
        if (s->rare == NULL || s->rare->n >= MAX_RARE || !upr_recommendation(s, 1))
            return;
        uint32_t cb = RP_NONE, ce = 0;
        if (verb_tok != RP_NONE && rare_imperative(s, verb_tok)) {
            a = (action){verb_tok, verb_tok + 1, RP_NONE, 0, 0, 0};
            cb = verb_tok;
            ce = verb_tok + 1;
        } else if ((ce = subject_verb(s)) != 0) {
            /* "The Afghan Government sign and ratify ...": after its
             * subject, a verb in the base form */
            v = verb_at(s, ce, 1u << RECS_BASE, &end);
            a = (action){ce, end, v, 0, 0, 0};
            cb = ce;
            ce = end;
        } else {
            /* "Further efforts to engage ...", "Greenland and Faroe
             * Islands to ratify": the first listed verb after "to" */
            for (uint32_t k = s->first; k + 1 < s->se && cb == RP_NONE; k++) {
                if (!(roles(s, k) & RECS_R_TO) || k == s->first)
                    continue;
                if (!verbless_before(s, k))
                    break;
                if (!is_word(s, k - 1, "order") && !is_word(s, k - 1, "as")
                    && action_after(s, k + 1, 1, &a) && a.verb != RP_NONE) {
                    /* not a purpose: "in order to", "so as to" */
                    cb = k;
                    ce = k + 1;
                }
            }
        }
        if (cb != RP_NONE) {
            s->rare->at[s->rare->n].item = *s;
            s->rare->at[s->rare->n].a = a;
            s->rare->at[s->rare->n].cue_b = cb;
            s->rare->at[s->rare->n].cue_e = ce;
            s->rare->n++;
        }
        return;
    }
#undef CONTEXT
found:
    if (s->st->used[a.a])
        return;
    char cue[64], from[256];
    span_text(s, a.a, a.aend, cue, sizeof cue);
    upr_from(s, from, sizeof from);
    emit_with_coordinated(s, a, cue, RECS_STRONG, s->upr_state, from);
}

/* Whether the nearest non-adverb token before i has one of the roles. */
static int before_has(const scan *s, uint32_t i, uint32_t role)
{
    while (i > s->sb) {
        i--;
        if (skippable(s, i))
            continue;
        return (roles(s, i) & role) != 0;
    }
    return 0;
}

/* The index of the nearest non-adverb token before i, or RP_NONE. */
static uint32_t before_tok(const scan *s, uint32_t i)
{
    while (i > s->sb) {
        i--;
        if (!skippable(s, i))
            return i;
    }
    return RP_NONE;
}

/* A "that" clause from token c: the first subjunctive verb ("that the State
 * party adopt") or passive ("that a commission be established"). A modal
 * in the clause is left to rule 2. */
static void that_clause(scan *s, uint32_t c, const char *cue, int strength)
{
    uint32_t end;
    for (uint32_t m = c; m < s->se && m < c + 20; m++) {
        if (is_char(s, m, ';') || is_char(s, m, ':') || cue_here(s, m))
            return;
        uint32_t r = roles(s, m);
        if ((r & RECS_R_BE) && m > c) {
            uint32_t k = skip_adverbs(s, m + 1); /* "be promptly and impartially investigated" */
            uint32_t v = verb_at(s, k, 1u << RECS_ED, &end);
            if (v != RP_NONE) {
                action a = {k, end, v, 0, 0, 0};
                emit_with_coordinated(s, a, cue, strength, NULL, NULL);
            } else if (unlisted_participle(s, k)) {
                action a = {k, k + 1, RP_NONE, 0, 1, 0};
                emit_with_coordinated(s, a, cue, strength, NULL, NULL);
            }
            return;
        }
        if (m > c && !(r & (RECS_R_DET | RECS_R_SKIP))) {
            uint32_t v = verb_at(s, m, 1u << RECS_BASE, &end);
            if (v != RP_NONE) {
                action a = {m, end, v, 0, 0, 0};
                emit_with_coordinated(s, a, cue, strength,
                                      recs_addr_within(&s->st->addr, s->doc, c, m), NULL);
                return;
            }
        }
    }
}

/* "to" + action from token k (the "to"), addressee given. */
static int to_action(scan *s, uint32_t k, const char *cue, int strength, const char *addressee)
{
    action a;
    if (!action_after(s, k + 1, 1, &a))
        return 0;
    emit_with_coordinated(s, a, cue, strength, addressee, NULL);
    return 1;
}

/* Rule 2: modals. */
static int modal(scan *s, uint32_t i, uint32_t cend, const recs_cue *c)
{
    const recs_form *f = form(s, i);
    if (f->infl != RECS_BASE && f->infl != RECS_S)
        return 0;
    if (s->cond)
        return 0;
    if (c->not_after_self && before_has(s, i, RECS_R_SELF))
        return 0; /* "I shall not dwell on": a future */
    if (i == s->first && (tok(s, i)->flags & RP_TOK_CAPITALIZED) && c->tail.n == 0) {
        /* "Should the State fail to ...": a condition; but a
         * recommendation may open with its modal: "Should ratify CMW" */
        uint32_t end;
        if (verb_at(s, skip(s, cend), 1u << RECS_BASE, &end) == RP_NONE
            || !item_context(s, s->first > s->sb && item_marker(s, s->sb)))
            return 0;
    }
    if (c->not_after_det) {
        /* "need to": not the noun ("the need to", "an urgent need to") */
        if ((i > s->sb && (roles(s, i - 1) & RECS_R_DET))
            || (i > s->sb + 1 && (roles(s, i - 2) & RECS_R_DET)))
            return 0;
    }
    action a;
    if (!action_after(s, cend, c->tail.n > 0, &a))
        return 0;
    /* the subject of a passive ("countries should be assisted") is acted
     * upon, not asked to act */
    int passive = 0, negated = 0;
    for (uint32_t k = cend; k < a.a; k++) {
        if (roles(s, k) & RECS_R_BE)
            passive = 1;
        if (roles(s, k) & RECS_R_NEG)
            negated = 1;
    }
    /* "should not be construed as", "must not be interpreted to mean": a
     * negated passive followed by "as" or "to mean / imply" says how to
     * read something and asks nobody to act ("Children should not be
     * detained" does) */
    if (negated && passive && a.aend < s->se
        && (is_word(s, a.aend, "as")
            || (a.aend + 1 < s->se && is_word(s, a.aend, "to")
                && (is_word(s, a.aend + 1, "mean") || is_word(s, a.aend + 1, "imply")))))
        return 0;
    char cue[64];
    span_text(s, i, cend, cue, sizeof cue);
    char addrs[128];
    const char *addr = NULL;
    uint32_t p = before_tok(s, i);
    if (p != RP_NONE && (roles(s, p) & RECS_R_CONJ) && s->has_subject) {
        /* "States should establish X and should protect Y": the subject
         * of the first modal */
        if (!passive && s->subject[0] != '\0')
            addr = s->subject;
    } else {
        addr = passive ? NULL : subject_addressees(s, subject_end(s, i), addrs, sizeof addrs);
        if (!passive) {
            copy_str(s->subject, sizeof s->subject, addr != NULL ? addr : "");
            s->has_subject = 1;
        }
    }
    emit_with_coordinated(s, a, cue, c->strength, addr, NULL);
    return 1;
}

/* Rule 3: recommending verbs. */
static int rec_verb(scan *s, uint32_t i, uint32_t cend, const recs_cue *c)
{
    const recs_form *f = form(s, i);
    int passive = 0;
    /* a recommendation opening with an introductory phrase: "While
     * recognizing the progress made, recommends the consideration of" */
    int after_intro = i > s->first + 1 && is_char(s, i - 1, ',')
                      && (roles(s, s->first) & RECS_R_INTRO)
                      && item_context(s, s->first > s->sb && item_marker(s, s->sb));
    switch (f->infl) {
    case RECS_S:
        if (c->passive_only)
            return 0;
        if (i > s->sb && ((is_char(s, i - 1, ',') && !after_intro) || (roles(s, i - 1) & RECS_R_DET)))
            return 0; /* the noun: "the demands of", "in 2015, demands on" */
        break;
    case RECS_BASE: {
        /* "I recommend", "we urge", "would recommend" */
        uint32_t p = before_tok(s, i);
        if (c->passive_only || p == RP_NONE)
            return 0;
        const rp_token *t = tok(s, p);
        if (!(roles(s, p) & RECS_R_SELF) && !(t->norm_len == 5 && memcmp(t->norm, "would", 5) == 0))
            return 0;
        break;
    }
    case RECS_ED:
        if (before_has(s, i, RECS_R_BE)) {
            /* "are not required to be registered": no obligation, no
             * recommendation */
            for (uint32_t k = i; k > s->sb && skippable(s, k - 1); k--)
                if (roles(s, k - 1) & RECS_R_NEG)
                    return 0;
            passive = 1;
        } else if (before_has(s, i, RECS_R_BEPAST) && !c->passive_only) {
            /* a reported proposal: "It was proposed that X be Y"; only
             * with its "that" clause */
            uint32_t j = skip_light(s, cend);
            if (j >= s->se || !(roles(s, j) & RECS_R_THAT))
                return 0;
        } else if (!(((i == s->first && (tok(s, i)->flags & RP_TOK_CAPITALIZED)) || after_intro
                      || (i > s->first && (tok(s, s->first)->flags & RP_TOK_CAPITALIZED)
                          && form(s, s->first)->adverb && skip_adverbs(s, s->first) == i))
                     && !c->passive_only)) {
            /* ("Strongly recommended that Cuba allow": after the adverbs
             * opening the item) */
            return 0; /* narrative: "requested the High Commissioner to report" */
        }
        break;
    default:
        return 0;
    }
    char cue[64];
    uint32_t cue_b = i;
    if (passive) {
        uint32_t p = before_tok(s, i);
        if (p != RP_NONE) {
            cue_b = p;
            uint32_t q = before_tok(s, p);
            if (q != RP_NONE && (roles(s, q) & (RECS_R_THAT | RECS_R_DET)))
                return 0; /* "all that is needed to", "the steps which are required to" */
        }
    }
    uint32_t j = skip_light(s, cend);
    if (!passive && j < s->se) {
        /* "recommends the adoption of", "Recommended ratifying" */
        action a;
        if (nominal_object(s, j, &a)) {
            span_text(s, cue_b, cend, cue, sizeof cue);
            emit_with_coordinated(s, a, cue, c->strength, NULL, NULL);
            return 1;
        }
    }
    if (j < s->se && (roles(s, j) & RECS_R_TO) && passive) {
        span_text(s, cue_b, j + 1, cue, sizeof cue);
        char addrs[128];
        const char *addr = subject_addressees(s, subject_end(s, cue_b), addrs, sizeof addrs);
        to_action(s, j, cue, c->strength, addr);
        return 1;
    }
    if (passive && (j >= s->se || !(roles(s, j) & RECS_R_THAT)))
        return 0; /* "is needed." */
    int to_whom = 0; /* "Recommended to Poland that ...": "to" and no action */
    for (uint32_t k = cend; k < s->se && k < cend + 30; k++) {
        if (is_char(s, k, ';') || is_char(s, k, ':') || (k > cend && cue_here(s, k)))
            return 0;
        uint32_t r = roles(s, k);
        if ((r & RECS_R_THAT) && (k <= skip_light(s, cend) || to_whom)) {
            span_text(s, cue_b, cend, cue, sizeof cue);
            that_clause(s, k + 1, cue, c->strength);
            return 1;
        }
        if ((r & RECS_R_TO) && !to_whom) {
            span_text(s, cue_b, cend, cue, sizeof cue);
            if (to_action(s, k, cue, c->strength,
                          recs_addr_within(&s->st->addr, s->doc, cend, k)))
                return 1;
            if (!(i == s->first && (tok(s, i)->flags & RP_TOK_CAPITALIZED)))
                return 1;
            to_whom = 1;
        }
    }
    if (to_whom)
        return 1;
    return 0;
}

/* Whether token i is a kind=adj cue word ("urgent", "imperative"). */
static int is_adj_cue(const scan *s, uint32_t i)
{
    const recs_word *w = word_of(s, form(s, i));
    if (w == NULL)
        return 0;
    for (uint32_t k = w->cue; k != RP_NONE; k = s->st->words.cues[k].next)
        if (s->st->words.cues[k].kind == RECS_CUE_ADJ && s->st->words.cues[k].tail.n == 0)
            return 1;
    return 0;
}

/* Rule 4: "it is important (for X) to", "there is a need (for X) to". */
static int adj_or_need(scan *s, uint32_t i, uint32_t cend, const recs_cue *c)
{
    uint32_t cue_from = i;
    if (c->kind == RECS_CUE_ADJ) {
        /* "it is (both) important (and urgent) to": the subject is "it";
         * "cooperation is essential to X" only evaluates */
        uint32_t p = i;
        while (p > s->sb && ((roles(s, p - 1) & RECS_R_CONJ) || skippable(s, p - 1)
                             || is_adj_cue(s, p - 1)))
            p--;
        uint32_t be = before_tok(s, p);
        if (be == RP_NONE || !(roles(s, be) & RECS_R_BE))
            return 0;
        uint32_t subj = before_tok(s, be);
        /* "it will be important": past the modal to "it" */
        if (subj != RP_NONE && (roles(s, subj) & RECS_R_NOUN) && !(roles(s, subj) & RECS_R_BE))
            subj = before_tok(s, subj);
        if (subj == RP_NONE || !(roles(s, subj) & RECS_R_IT))
            return 0;
        cue_from = subj; /* the cue reads "it is important to" */
        /* "important and urgent to": the cue runs to the last adjective */
        while (cend + 1 < s->se && (roles(s, cend) & RECS_R_CONJ) && is_adj_cue(s, cend + 1))
            cend += 2;
    } else if (form(s, i)->infl == RECS_ED) {
        /* "X is / are needed to": the passive present */
        uint32_t be = before_tok(s, i);
        if (be == RP_NONE || !(roles(s, be) & RECS_R_BE))
            return 0;
        uint32_t q = before_tok(s, be);
        if (q != RP_NONE && (roles(s, q) & (RECS_R_THAT | RECS_R_DET)))
            return 0; /* "all that is needed to" */
        uint32_t j = skip_light(s, cend);
        if (j >= s->se || !(roles(s, j) & RECS_R_TO))
            return 0;
        char cue[64];
        span_text(s, be, j + 1, cue, sizeof cue);
        to_action(s, j, cue, c->strength, NULL);
        return 1;
    } else {
        /* the noun "need": "there is a need", "is an urgent need" */
        int det = 0, be = 0;
        for (uint32_t k = i, n = 0; k > s->sb && n < 4; n++) {
            k--;
            uint32_t r = roles(s, k);
            if (r & RECS_R_DET)
                det = 1;
            if (r & RECS_R_BE)
                be = 1;
            if (r & RECS_R_BEPAST)
                return 0;
        }
        if (!det || !be)
            return 0;
    }
    uint32_t j = cend;
    char cue[64];
    if (j < s->se && (roles(s, j) & RECS_R_THAT) && c->kind == RECS_CUE_ADJ) {
        span_text(s, cue_from, j + 1, cue, sizeof cue);
        that_clause(s, j + 1, cue, c->strength);
        return 1;
    }
    uint32_t for_tok = RP_NONE;
    for (uint32_t k = j; k < s->se && k < j + 10; k++) {
        const rp_token *t = tok(s, k);
        if (k == j && t->norm_len == 3 && memcmp(t->norm, "for", 3) == 0) {
            for_tok = k;
            continue;
        }
        if (roles(s, k) & RECS_R_TO) {
            if (k != j && for_tok == RP_NONE)
                return 0;
            uint32_t cb = cue_from;
            if (c->kind == RECS_CUE_NEED) /* the cue reads "there is a need to" */
                for (uint32_t q = i, n = 0; q > s->sb && n < 4; n++)
                    if (roles(s, --q) & RECS_R_THERE)
                        cb = q;
            span_text(s, cb, k + 1, cue, sizeof cue);
            const char *addr = for_tok != RP_NONE
                                   ? recs_addr_within(&s->st->addr, s->doc, for_tok + 1, k)
                                   : NULL;
            to_action(s, k, cue, c->strength, addr);
            return 1;
        }
        if (for_tok == RP_NONE || (t->flags & RP_TOK_PUNCT))
            return 0;
    }
    return 0;
}

static void cue_at(scan *s, uint32_t i)
{
    const recs_form *f = form(s, i);
    const recs_word *w = word_of(s, f);
    if (w == NULL || w->cue == RP_NONE)
        return;
    const recs_words *v = &s->st->words;
    for (uint32_t k = w->cue; k != RP_NONE; k = v->cues[k].next) {
        const recs_cue *c = &v->cues[k];
        if (!tail_at(s, i + 1, &c->tail))
            continue;
        uint32_t cend = i + 1 + c->tail.n;
        int done = 0;
        switch (c->kind) {
        case RECS_CUE_MODAL:
            done = modal(s, i, cend, c);
            break;
        case RECS_CUE_VERB:
            done = rec_verb(s, i, cend, c);
            break;
        default:
            done = adj_or_need(s, i, cend, c);
            break;
        }
        if (done)
            return;
    }
}

/* The first content token: after list numbers ("140.7", "(a)", "iv.")
 * and punctuation. */
static uint32_t first_content(const scan *s)
{
    uint32_t i = s->sb;
    while (i < s->se) {
        const rp_token *t = tok(s, i);
        if (t->flags & (RP_TOK_PUNCT | RP_TOK_NUMBER | RP_TOK_FOOTNOTE | RP_TOK_SYMBOL)) {
            i++;
            continue;
        }
        if ((t->flags & RP_TOK_ALPHA) && t->norm_len <= 4 && i + 1 < s->se
            && (is_char(s, i + 1, ')') || is_char(s, i + 1, '.'))
            && (i == s->sb || is_char(s, i - 1, '('))) {
            int marker = 1;
            for (uint32_t k = 0; k < t->norm_len; k++)
                if (t->norm_len > 1 && !strchr("ivxlc", t->norm[k]))
                    marker = 0;
            if (marker) {
                i += 2;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Whether token k starts a line: only blanks between a line break and it
 * (read backwards from the token, a byte or two for most tokens). */
static int line_start(const scan *s, uint32_t k)
{
    const rp_token *a = tok(s, k - 1), *b = tok(s, k);
    if (b->start <= a->end)
        return 0;
    for (uint64_t p = b->start; p > a->end;) {
        char c = s->doc->text[--p];
        if (c == '\n' || c == '\f')
            return 1;
        if (c != ' ' && c != '\t' && c != '\r')
            return 0; /* footnotes or other text between (a page break) */
    }
    return 0;
}

/* Whether token k opens a list item: a number ("4.1", "12"), a bullet, or
 * a letter or roman numeral in parentheses ("(a)", "iv)"). */
static int item_marker(const scan *s, uint32_t k)
{
    const rp_token *t = tok(s, k);
    if (t->flags & RP_TOK_NUMBER)
        return 1;
    if (t->flags & RP_TOK_PUNCT)
        return (is_char(s, k, '(') && k + 2 < s->se && parens(s, k + 2, ')') > 0
                && tok(s, k + 1)->norm_len <= 4) /* "(a)", "(iv)"; not "(see ...)" */
               || is_char(s, k, '-') || is_char(s, k, '*')
               || (t->norm_len == 3 && memcmp(t->norm, "\xe2\x80\xa2", 3) == 0); /* bullet */
    return k + 1 < s->se && t->norm_len <= 4 && is_char(s, k + 1, ')');
}

/* A list item opening a line after ":" or ";", or after a list number:
 * where to look for a UPR-style imperative inside a sentence
 * ("... in due time:\n4.1 Ratify ... (Uruguay);\n4.2 Continue ..."). */
static int item_start(const scan *s, uint32_t k)
{
    if (k <= s->sb)
        return 0;
    /* the cheap test first: most tokens are words inside a line */
    if (!line_start(s, k))
        return 0;
    return item_marker(s, k) || is_char(s, k - 1, ';') || is_char(s, k - 1, ':');
}

/* The first token from k on that opens a list item (item_start), or
 * s->se.  Only a token after a line break can, so the line breaks are
 * found with memchr and only the token after each is tested, instead of
 * every token of the sentence. */
static uint32_t next_item(const scan *s, uint32_t k)
{
    const rp_token *tk = s->doc->tokens;
    const char *text = s->doc->text;
    if (k <= s->sb)
        k = s->sb + 1;
    while (k < s->se) {
        /* a line break before a token k' >= k lies in [end of k - 1,
         * start of the last token) */
        uint64_t from = tk[k - 1].end, to = tk[s->se - 1].start;
        if (from >= to)
            return s->se;
        const char *nl = memchr(text + from, '\n', (size_t)(to - from));
        size_t ffn = nl != NULL ? (size_t)(nl - (text + from)) : (size_t)(to - from);
        /* a document of one page has no form feed */
        const char *ff = s->doc->n_pages > 1 ? memchr(text + from, '\f', ffn) : NULL;
        const char *p = ff != NULL ? ff : nl;
        if (p == NULL)
            return s->se;
        uint64_t off = (uint64_t)(p - text);
        /* the first token after it (the last token starts after it) */
        uint32_t lo = k, hi = s->se - 1;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (tk[mid].start > off)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (item_start(s, lo))
            return lo;
        k = lo + 1;
    }
    return s->se;
}

/* Rule 1 for an item, or for each recommendation of an item that groups
 * several, each closed by its own recommending States: "Consider ratifying
 * or acceding to OP-CAT (France, Chile); Consider ratifying or acceding to
 * ICRMW (Chile, Mexico); ..." or "... (Portugal); establish a mechanism
 * ... (Denmark);", as the reports of 2008-2011 print them.  Each part is
 * read as a recommendation of its own, so that one far from the item's
 * start is found, and the actions coordinated in a part stay in it. */
static void imperative_parts(scan *item, const rp_block *blk)
{
    uint32_t b = item->sb;
    for (uint32_t q = item->sb + 1; q + 1 < item->se; q++) {
        if (!is_char(item, q, ';') || parens(item, q - 1, ')') <= 0)
            continue;
        scan part = *item;
        part.sb = b;
        part.se = q + 1;
        char from[256];
        if (!upr_from(&part, from, sizeof from))
            continue; /* "(see annex);", "(2010);": no recommending State */
        part.first = first_content(&part);
        part.part = b > item->sb;
        if (part.first < part.se)
            imperative(&part, blk);
        b = q + 1;
    }
    if (b == item->sb) {
        imperative(item, blk);
        return;
    }
    scan last = *item;
    last.sb = b;
    last.first = first_content(&last);
    last.part = 1;
    if (last.first < last.se)
        imperative(&last, blk);
}

/* Rule 1 for each list item inside the sentence, from its first item k
 * (the sentence's own start is done before). */
static void list_items(scan *s, const rp_block *blk, uint32_t k)
{
    while (k < s->se) {
        uint32_t e = next_item(s, k + 1);
        scan item = *s;
        item.sb = k;
        item.se = e;
        item.first = first_content(&item);
        /* list items start with a capital: "(b) Consider", not "(see" */
        if (item.first < item.se && (tok(s, item.first)->flags & RP_TOK_CAPITALIZED))
            imperative_parts(&item, blk);
        k = e;
    }
}

/* The first token in [i, end) the prose scan must look at: a form not
 * yet computed or one with a non-zero recs_form.scan.  One byte per token
 * (recs_words.scanb), in a loop of its own so that it stays in registers. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint32_t next_stop(const recs_words *v, const rp_token *tk, uint32_t i, uint32_t end)
{
    const uint8_t *scanb = v->scanb;
    uint32_t n = (uint32_t)(v->nmemo < UINT32_MAX ? v->nmemo : UINT32_MAX);
    const rp_token *p = tk + i, *e = tk + end;
#define GOES_ON(t) ((t).norm_id < n && scanb[(t).norm_id] == RECS_SCAN_KNOWN)
    while (e - p >= 4 && GOES_ON(p[0]) && GOES_ON(p[1]) && GOES_ON(p[2]) && GOES_ON(p[3]))
        p += 4;
    while (p < e && GOES_ON(*p))
        p++;
#undef GOES_ON
    return (uint32_t)(p - tk);
}

/* Makes used[] cover n tokens, all 0: only the marks of the previous
 * document are cleared (a document has few actions and many tokens). */
static int ensure_used(recs_state *st, size_t n)
{
    if (st->marks_lost) {
        memset(st->used, 0, st->nused);
        st->marks_lost = 0;
    } else {
        for (uint32_t i = 0; i < st->nmarks; i++)
            st->used[st->marks[i]] = 0;
    }
    st->nmarks = 0;
    if (n > st->nused) {
        size_t cap = st->nused ? st->nused : 4096;
        while (cap < n)
            cap *= 2;
        unsigned char *u = realloc(st->used, cap);
        if (u == NULL)
            return -1;
        memset(u + st->nused, 0, cap - st->nused);
        st->used = u;
        st->nused = cap;
    }
    return 0;
}

#define LEAD_IN_WORDS 6 /* "recommendations" within the first words */

/* Where a lead-in's own words start: past an opening "In the course of
 * the discussion," (the reports of 2008-2009: "In the course of the
 * discussion, the following recommendations were made to Canada:"). */
static uint32_t lead_start(const scan *s)
{
    uint32_t k = s->first;
    if (k < s->se && is_word(s, k, "in"))
        for (uint32_t c = k + 1; c < s->se && c < k + 8; c++)
            if (is_char(s, c, ','))
                return c + 1;
    return k;
}

/* Whether the sentence may be a lead-in: "recommendation(s)" or
 * "response" (grammar.lex `lead`) among its first words; a role lookup
 * per token, where a search of the text for the lead-ins' phrases would
 * read every byte. */
static int lead_word(const scan *s)
{
    uint32_t first = lead_start(s);
    for (uint32_t k = first; k < s->se && k < first + LEAD_IN_WORDS + 2; k++)
        if (roles(s, k) & RECS_R_LEAD)
            return 1;
    return 0;
}

/* A UPR list's lead-in sentence (see the top of this file): sets the
 * scan's State under review and response for the items that follow, and
 * returns 1 (0: the sentence is no lead-in).
 * The lead-in is what opens the sentence, up to its colon or its first
 * list item (a list whose items end in ";" is one sentence, and its items
 * may well speak of "the support of" someone), and it is about the
 * recommendations from its first words: "The recommendations formulated
 * during the interactive dialogue and listed below enjoy the support of
 * Indonesia", "The following recommendations will be examined by Haiti",
 * "The recommendation below did not enjoy the support of Pakistan", "In
 * the course of the discussion, the following recommendations were made
 * to Canada" (no response); or "The response of Somalia
 * to the recommendations ... will be included in the outcome report".
 * Three wordings of 2009-2010 name the State after a clause, before a
 * colon: "The following recommendations are noted and China indicated that
 * ...:", "Viet Nam noted the following recommendations and indicated ...:",
 * "The following recommendations did not enjoy the support since Egypt
 * considers ...:" (and "are noted by Kenya:").  These need the colon: in
 * prose, "the recommendations ... that had been noted by Kazakhstan" open
 * no list. */
static int upr_lead_in(scan *s)
{
    int recs = 0, will = 0, neg = 0, support = 0, made = 0, noted = 0, late = 0;
    uint32_t by = RP_NONE, noted_at = RP_NONE;
    uint32_t end = next_item(s, s->sb + 1);
    uint32_t k = lead_start(s);
    if (k + 3 < end && is_word(s, k, "the") && is_word(s, k + 1, "response") && is_word(s, k + 2, "of"))
        by = k + 3; /* "The response of Somalia to the recommendations" */
    for (uint32_t n = 0; k < end && !is_char(s, k, ':'); k++, n++) {
        if (!recs) {
            recs = is_word(s, k, "recommendations") || is_word(s, k, "recommendation");
            if (!recs && n >= LEAD_IN_WORDS + (by != RP_NONE ? 8 : 0))
                return 0;
            if (!recs && n >= 1 && noted_at == RP_NONE && by == RP_NONE && is_word(s, k, "noted"))
                noted_at = k; /* "Viet Nam noted the following recommendations" */
            continue;
        }
        if (is_word(s, k, "will"))
            will = 1;
        else if (is_word(s, k, "not"))
            neg = 1;
        else if (is_word(s, k, "noted")) {
            noted = 1;
            if (by == RP_NONE && k + 2 < end && is_word(s, k + 1, "by")) {
                by = k + 2; /* "are noted by Kenya:" */
                late = 1;
            }
        } else if (by == RP_NONE && ((noted && is_word(s, k, "and")) ||
                                     (support && (is_word(s, k, "since") || is_word(s, k, "as")))) &&
                   k + 1 < end && recs_addr_country(&s->st->addr, s->doc, k + 1, k + 6 < end ? k + 6 : end)) {
            by = k + 1; /* "are noted and China indicated", "the support since Egypt considers" */
            late = 1;
        } else if (is_word(s, k, "support") || is_word(s, k, "supported")) {
            support = 1;
            if (by == RP_NONE && k + 1 < end && is_word(s, k + 1, "of"))
                by = k + 2; /* "(did not) enjoy the support of Kenya" */
        } else if (is_word(s, k, "made") && by == RP_NONE && k + 2 < end && is_word(s, k + 1, "to")) {
            by = k + 2; /* "were made to Canada:" (the colon below): no response yet */
            made = 1;
        } else if (is_word(s, k, "examined") && by == RP_NONE && k + 2 < end &&
                   is_word(s, k + 1, "by") && !is_word(s, k + 2, "and"))
            by = k + 2; /* "have been examined by Kenya", not "examined by and
                           enjoy the support of Fiji" */
    }
    uint32_t ne = by;
    if (recs && by == RP_NONE && noted_at != RP_NONE) {
        by = lead_start(s); /* the State that noted them */
        ne = noted_at;
        noted = late = 1;
    }
    if (!recs || by == RP_NONE || by >= end || ((made || late) && !(k < end && is_char(s, k, ':'))))
        return 0; /* "Implement all recommendations made to Burundi" asks, it opens no list */
    /* the State's name: up to the punctuation or the clause after it */
    if (ne == by)
        while (ne < end && ne < by + 10 && !(tok(s, ne)->flags & RP_TOK_PUNCT) && !is_word(s, ne, "and") &&
               !is_word(s, ne, "which") && !is_word(s, ne, "to"))
            ne++;
    /* a State, not "the support of OHCHR" */
    const char *state = recs_addr_country(&s->st->addr, s->doc, by, ne);
    if (state == NULL)
        return 0;
    s->upr_state = state;
    s->upr_response = neg || noted ? "noted" : will ? "pending" : support ? "supported" : NULL;
    return 1;
}

/* Whether a block's label is a number alone ("108", not "108.3" or
 * "(a)"), and which. */
static int label_number(const char *label, long *v)
{
    char *e;
    if (label == NULL)
        return 0;
    *v = strtol(label, &e, 10);
    return e != label && *e == '\0';
}

/* Whether block b still belongs to the UPR list whose lead-in opened the
 * paragraph labelled lead ("108"): an unnumbered block (text after a page
 * break), an item numbered inside the paragraph ("108.3") or by the list
 * itself: "(a)", or "1.", "2.", ... as the reports of 2008-2010 number
 * them, below the paragraph's number or going on in sequence past it
 * (*next: the number the list's next item would have, 0 before any).
 * Not a heading of the report ("III.", "B."), nor its next paragraph
 * ("112.", or "496." of another State's outcome in a session report). */
static int same_list(const rp_block *b, const char *lead, long *next)
{
    int heading = b->kind == RP_BLOCK_HEADING;
    if (b->label == NULL || lead == NULL)
        return !heading;
    size_t n = strlen(lead);
    if (strncmp(b->label, lead, n) == 0 && (b->label[n] == '\0' || b->label[n] == '.'))
        return !heading;
    long item, para;
    if (!label_number(b->label, &item))
        return !heading; /* "(a)": the list's own; a heading "III", "B" ends it */
    /* a number of the list's own, even where a short first line made the
     * segmenter take the item for a heading ("9.  To add a provision to
     * the Marriage and Family Relations Act") */
    if ((label_number(lead, &para) && item < para) || item == *next) {
        *next = item + 1;
        return 1;
    }
    return 0;
}

/* The sentence's last resorts of rule 1 (rare_imperative), each where no
 * rule found an action in its item. */
static void rare_emit(scan *s)
{
    for (uint32_t r = 0; r < s->rare->n; r++) {
        scan *item = &s->rare->at[r].item;
        uint32_t k = item->first;
        while (k < item->se && !s->st->used[k])
            k++;
        if (k < item->se)
            continue;
        char cue[64], from[256];
        span_text(item, s->rare->at[r].cue_b, s->rare->at[r].cue_e, cue, sizeof cue);
        upr_from(item, from, sizeof from);
        item->rare = NULL;
        emit_with_coordinated(item, s->rare->at[r].a, cue, RECS_STRONG, item->upr_state, from);
    }
    s->rare->n = 0;
}

int recs_process(recs_state *st, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    if (ensure_used(st, doc->n_tokens ? doc->n_tokens : 1) != 0) {
        snprintf(err, errlen, "out of memory for %u tokens", doc->n_tokens);
        return RP_ERR;
    }
    recs_words_prepare(&st->words, doc);
    if (st->model.n > 0 && doc->n_forms > st->nfm) {
        /* the memo of what the features read of each form (on out of
         * memory the forms are read without it) */
        size_t cap = st->nfm ? st->nfm : 1024;
        while (cap < doc->n_forms)
            cap *= 2;
        recs_fmemo *m = realloc(st->fm, cap * sizeof *m);
        if (m != NULL) {
            memset(m + st->nfm, 0, (cap - st->nfm) * sizeof *m);
            st->fm = m;
            st->nfm = cap;
        }
    }
    if (st->model.n > 0 && st->vrow == NULL && st->words.nverbs > 0)
        st->vrow = calloc((size_t)st->words.nverbs * RECS_VFAMS, sizeof *st->vrow);
    recs_addr_reset(&st->addr);
    scan s;
    memset(&s, 0, sizeof s);
    rare_list rare;
    rare.n = 0;
    s.st = st;
    s.doc = doc;
    s.sink = sink;
    uint32_t lead_block = 0; /* the block of the lead-in that set s.upr_state */
    long list_next = 0;      /* the number of its list's next item (same_list) */
    uint32_t list_block = 0; /* the last block that list was checked on */
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const rp_sentence *sen = &doc->sentences[si];
        if (sen->tok_end <= sen->tok_begin || sen->tok_end > doc->n_tokens)
            continue;
        const rp_block *blk = sen->block < doc->n_blocks ? &doc->blocks[sen->block] : NULL;
        if (blk != NULL && blk->kind == RP_BLOCK_FOOTNOTE)
            continue;
        s.sb = sen->tok_begin;
        s.se = sen->tok_end;
        s.cond = 0;
        s.has_subject = 0;
        /* Questions recommend nothing. */
        uint32_t last = s.se;
        while (last > s.sb && (tok(&s, last - 1)->flags & RP_TOK_FOOTNOTE))
            last--;
        if (last > s.sb && is_char(&s, last - 1, '?'))
            continue;
        s.first = first_content(&s);
        if (s.upr_state != NULL && sen->block != list_block && blk != NULL) {
            /* a new block: is the list still going on? Its labels say so,
             * or its first sentence is a recommendation closed by its
             * recommending State ("91. Continue taking measures ... (Viet
             * Nam);" after paragraph 90's items 1 to 90) */
            list_block = sen->block;
            if (!same_list(blk, doc->blocks[lead_block].label, &list_next)) {
                long item;
                if (blk->kind != RP_BLOCK_HEADING && upr_recommendation(&s, 1)) {
                    if (label_number(blk->label, &item))
                        list_next = item + 1;
                } else {
                    s.upr_state = NULL; /* the list is over */
                    s.upr_response = NULL;
                }
            }
        }
        if (st->opts.imperatives && lead_word(&s) && upr_lead_in(&s)) {
            lead_block = list_block = sen->block;
            list_next = 0;
        }
        rare.n = 0;
        s.rare = &rare;
        if (st->opts.imperatives && blk != NULL) {
            /* the sentence's own start, up to its first list item */
            scan head = s;
            uint32_t k = next_item(&s, s.sb + 1);
            head.se = k;
            imperative_parts(&head, blk);
            list_items(&s, blk, k);
        }
        if (!st->opts.prose) {
            rare_emit(&s);
            continue;
        }
        /* Stops only at cues and conditionals (recs_words.scanb, one byte
         * per token).  A conditional holds until the next ";" or ","
         * ("If X, States should" recommends): the tokens since it are
         * checked for one when a cue comes. */
        const recs_words *v = &st->words;
        uint32_t chk = s.sb; /* tokens before chk are settled */
        for (uint32_t i = next_stop(v, doc->tokens, s.sb, s.se); i < s.se;
             i = next_stop(v, doc->tokens, i + 1, s.se)) {
            const recs_form *f = form(&s, i);
            if (f->scan & RECS_SCAN_COND) {
                s.cond = 1;
                chk = i + 1;
            } else if (s.cond) {
                for (; chk <= i && s.cond; chk++)
                    if (is_char(&s, chk, ';') || is_char(&s, chk, ','))
                        s.cond = 0;
                chk = i + 1;
            }
            if (f->scan & RECS_SCAN_CUE)
                cue_at(&s, i);
        }
        rare_emit(&s);
    }
    return RP_OK;
}
