/*
 * test_token.c -- the tokenizer, rule by rule, on small texts whose
 * offsets are checked against the source bytes; then the seed report and
 * every corpus under $RP_SHARED/corpora through the real segmenter, with
 * the invariants every tokenized document must satisfy (tokens inside
 * their block's spans, by_start sorted, pieces inside tokens, sentence and
 * block token ranges consistent, no printable byte of a span left out).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "segment.h"
#include "text.h"

/* ---- invariants --------------------------------------------------------- */

static int in_block_spans(const rp_doc *doc, uint32_t b, uint64_t s, uint64_t e)
{
    const rp_block *B = &doc->blocks[b];
    for (uint32_t k = 0; k < B->n_spans; k++)
        if (B->spans[k].start <= s && e <= B->spans[k].end)
            return 1;
    return 0;
}

static void check_invariants(const rp_docbuf *d)
{
    const rp_doc *doc = &d->doc;
    const char *text = doc->text;
    assert_int_equal(doc->n_tokens, d->tokens.n);
    assert_int_equal(doc->n_forms, d->n_forms);
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        const rp_token *t = &doc->tokens[i];
        if (!(t->start < t->end && t->end <= doc->len && t->start >= d->body_start))
            fail_msg("token %u: bad range [%lu,%lu)", i, (unsigned long)t->start,
                     (unsigned long)t->end);
        assert_true(t->end - t->start <= RP_TOKEN_MAX);
        assert_true(t->block < doc->n_blocks);
        if (!in_block_spans(doc, t->block, t->start, t->end))
            fail_msg("token %u [%lu,%lu) outside the spans of block %u", i,
                     (unsigned long)t->start, (unsigned long)t->end, t->block);
        const rp_block *B = &doc->blocks[t->block];
        assert_true(B->tok_begin <= i && i < B->tok_end);
        for (uint64_t k = t->start; k < t->end; k++)
            if (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r')
                fail_msg("token %u [%lu,%lu) holds white space", i, (unsigned long)t->start,
                         (unsigned long)t->end);
        assert_non_null(t->norm);
        assert_int_equal(strlen(t->norm), t->norm_len);
        assert_int_equal(strlen(t->stem), t->stem_len);
        assert_true(t->norm_id >= 1 && t->norm_id < doc->n_forms);
        if (t->sentence != RP_NONE) {
            assert_true(t->sentence < doc->n_sentences);
            const rp_sentence *s = &doc->sentences[t->sentence];
            assert_int_equal(s->block, t->block);
            assert_true(s->tok_begin <= i && i < s->tok_end);
        }
        if (i > 0 && doc->tokens[i - 1].block == t->block && doc->tokens[i - 1].end == t->start)
            assert_true(t->flags & RP_TOK_GLUED);
        else if (!(t->flags & RP_TOK_GLUED))
            ; /* fine */
        else
            fail_msg("token %u flagged GLUED after white space", i);
    }
    /* by_start: a permutation, sorted by start; tokens never overlap.
     * NULL when the tokens are in start order themselves (no start_runs). */
    const uint32_t *bs = rp_docbuf_by_start(rp_docbuf_of(doc)); /* writes it: d is ours */
    if (!bs) {
        assert_int_equal(d->start_runs.n, 0);
        for (uint32_t i = 1; i < doc->n_tokens; i++)
            assert_true(doc->tokens[i - 1].end <= doc->tokens[i].start);
    } else {
        assert_int_equal(d->by_start.n, doc->n_tokens);
        char *seen = calloc(doc->n_tokens + 1, 1);
        for (size_t k = 0; k < d->by_start.n; k++) {
            uint32_t t = bs[k];
            assert_true(t < doc->n_tokens);
            assert_false(seen[t]);
            seen[t] = 1;
            if (k > 0)
                assert_true(doc->tokens[bs[k - 1]].end <= doc->tokens[t].start);
        }
        free(seen);
        /* start_runs: by_start, run by run */
        size_t k = 0;
        for (size_t r = 0; r < d->start_runs.n; r++) {
            const rp_tokrun *R = &d->start_runs.v[r];
            assert_true(R->tok_begin < R->tok_end);
            if (r > 0)
                assert_true(d->start_runs.v[r - 1].tok_end != R->tok_begin);
            for (uint32_t t = R->tok_begin; t < R->tok_end; t++, k++) {
                assert_true(k < d->by_start.n);
                assert_int_equal(bs[k], t);
            }
        }
        assert_int_equal(k, d->by_start.n);
    }
    /* n_words: the tokens that are neither punctuation nor footnote markers */
    uint64_t words = 0;
    for (uint32_t i = 0; i < doc->n_tokens; i++)
        words += (doc->tokens[i].flags & (RP_TOK_PUNCT | RP_TOK_FOOTNOTE)) == 0;
    assert_int_equal(d->n_words, words);
    /* wide_tokens: exactly the tokens holding a byte >= 0x80, ascending */
    size_t w = 0;
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        int wide = 0;
        for (uint64_t k = doc->tokens[i].start; k < doc->tokens[i].end; k++)
            wide |= (unsigned char)text[k] >= 0x80;
        if (wide) {
            assert_true(w < d->wide_tokens.n);
            assert_int_equal(d->wide_tokens.v[w], i);
            w++;
        }
    }
    assert_int_equal(w, d->wide_tokens.n);
    /* blocks' token ranges tile the token array in order */
    uint32_t next = 0;
    for (uint32_t b = 0; b < doc->n_blocks; b++) {
        assert_int_equal(doc->blocks[b].tok_begin, next);
        next = doc->blocks[b].tok_end;
    }
    assert_int_equal(next, doc->n_tokens);
    /* sentences' ranges lie in their block's */
    for (uint32_t s = 0; s < doc->n_sentences; s++) {
        const rp_sentence *S = &doc->sentences[s];
        assert_true(S->tok_begin <= S->tok_end);
        if (S->block < doc->n_blocks && S->tok_end > S->tok_begin) {
            assert_true(S->tok_begin >= doc->blocks[S->block].tok_begin);
            assert_true(S->tok_end <= doc->blocks[S->block].tok_end);
        }
    }
    /* scanned_tokens: ascending; only their pieces are written out */
    char *scanned = calloc(doc->n_tokens + 1, 1);
    for (size_t k = 0; k < d->scanned_tokens.n; k++) {
        assert_true(d->scanned_tokens.v[k] < doc->n_tokens);
        if (k > 0)
            assert_true(d->scanned_tokens.v[k - 1] < d->scanned_tokens.v[k]);
        scanned[d->scanned_tokens.v[k]] = 1;
    }
    /* pieces: in token order, inside their (scanned) token, flags right */
    for (size_t p = 0; p < d->pieces.n; p++) {
        const rp_piece *P = &d->pieces.v[p];
        assert_true(P->token < doc->n_tokens);
        assert_true(scanned[P->token]);
        const rp_token *t = &doc->tokens[P->token];
        assert_true(t->start <= P->start && P->start < P->end && P->end <= t->end);
        int first = p == 0 || d->pieces.v[p - 1].token != P->token;
        assert_int_equal(!!(P->flags & RP_PIECE_FIRST), first);
        if (p > 0)
            assert_true(d->pieces.v[p - 1].token <= P->token);
        assert_true(P->norm_id >= 1 && P->norm_id < doc->n_forms);
        assert_int_equal(strlen(P->norm), P->norm_len);
        if (t->flags & RP_TOK_PUNCT)
            fail_msg("token %u [%lu,%lu) \"%.*s\" is punctuation but has a piece", P->token,
                     (unsigned long)t->start, (unsigned long)t->end, (int)(t->end - t->start),
                     text + t->start);
    }
    free(scanned);
    /* nothing printable in a span is left out of every token */
    for (uint32_t b = 0; b < doc->n_blocks; b++)
        for (uint32_t k = 0; k < doc->blocks[b].n_spans; k++) {
            rp_span sp = doc->blocks[b].spans[k];
            uint64_t s = sp.start < d->body_start ? d->body_start : sp.start;
            uint64_t e = sp.end > doc->len ? doc->len : sp.end;
            uint32_t t = doc->blocks[b].tok_begin;
            for (uint64_t x = s; x < e; x++) {
                unsigned char c = (unsigned char)text[x];
                if (c <= 0x20 || c >= 0x7F)
                    continue;
                while (t < doc->blocks[b].tok_end && doc->tokens[t].end <= x)
                    t++;
                /* spans of a block are in order, so t only moves forward */
                if (!(t < doc->blocks[b].tok_end && doc->tokens[t].start <= x))
                    fail_msg("byte %lu ('%c') of block %u is in no token", (unsigned long)x, c, b);
            }
        }
}

/* ---- fixtures ------------------------------------------------------------ */

static rp_vocab *vocab;

static int setup(void **state)
{
    (void)state;
    vocab = rp_vocab_new();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rp_vocab_free(vocab);
    return 0;
}

static void add_sentence(rp_docbuf *d, uint64_t start, uint64_t end, uint32_t block)
{
    rp_sentence *s = &RP_VEC_PUSH(d->sentences);
    memset(s, 0, sizeof *s);
    s->start = start;
    s->end = end;
    s->block = block;
}

/* One paragraph block holding the whole text, one sentence. */
static void tok(rp_docbuf *d, const char *text, size_t len, const char *lang)
{
    rp_docbuf_init(d);
    d->doc.text = text;
    d->doc.len = len;
    d->lang = lang;
    char err[256];
    assert_int_equal(rp_utf8_check(d, err, sizeof err), 0);
    rp_docbuf_add_block(d, RP_BLOCK_PARAGRAPH, NULL, RP_NONE, 1, d->body_start, len);
    add_sentence(d, d->body_start, len, 0);
    assert_int_equal(rp_tokenize(d, vocab), 0);
    rp_docbuf_publish(d);
    check_invariants(d);
}
#define TOK(d, lit) tok(d, lit, strlen(lit), "en")

/* The tokens' surfaces must be exactly want[] (NULL-terminated). */
static void expect_tokens(const rp_docbuf *d, const char *const *want)
{
    size_t n = 0;
    for (; want[n]; n++) {
        if (n >= d->tokens.n)
            fail_msg("only %zu tokens; expected \"%s\" next", d->tokens.n, want[n]);
        const rp_token *t = &d->tokens.v[n];
        size_t len = (size_t)(t->end - t->start);
        if (len != strlen(want[n]) || memcmp(d->doc.text + t->start, want[n], len) != 0)
            fail_msg("token %zu is \"%.*s\", expected \"%s\"", n, (int)len,
                     d->doc.text + t->start, want[n]);
    }
    if (n != d->tokens.n)
        fail_msg("%zu tokens, expected %zu", d->tokens.n, n);
}
#define EXPECT(d, ...) expect_tokens(d, (const char *const[]){__VA_ARGS__, NULL})

/* The first token whose surface is s. */
static const rp_token *T(const rp_docbuf *d, const char *s)
{
    for (size_t i = 0; i < d->tokens.n; i++) {
        const rp_token *t = &d->tokens.v[i];
        if ((size_t)(t->end - t->start) == strlen(s) && memcmp(d->doc.text + t->start, s, strlen(s)) == 0)
            return t;
    }
    fail_msg("no token \"%s\"", s);
    return NULL;
}

/* The norms of the pieces of token t, joined with '|': those written out
 * for a scanned token, else the token itself, or none for punctuation. */
static const char *pieces_of(const rp_docbuf *d, const rp_token *t)
{
    static char buf[512];
    buf[0] = '\0';
    uint32_t ti = (uint32_t)(t - d->tokens.v);
    int scanned = 0;
    for (size_t k = 0; k < d->scanned_tokens.n; k++)
        scanned |= d->scanned_tokens.v[k] == ti;
    if (!scanned) {
        if (!(t->flags & RP_TOK_PUNCT))
            snprintf(buf, sizeof buf, "%s", t->norm);
        return buf;
    }
    for (size_t p = 0; p < d->pieces.n; p++)
        if (d->pieces.v[p].token == ti) {
            if (buf[0])
                strcat(buf, "|");
            strncat(buf, d->pieces.v[p].norm, sizeof buf - strlen(buf) - 2);
        }
    return buf;
}

#define HAS(t, f) assert_true(((t)->flags & (f)) == (f))
#define HASNT(t, f) assert_int_equal((t)->flags & (f), 0)

/* ---- the rules ----------------------------------------------------------- */

static void un_units_stay_whole(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "COVID-19, UN-Women, A/HRC/47/53, E/CN.6/2021/14, A/RES/74/151, "
            "resolution 74/151, 0.7 per cent, 1,000 people, 2030 and 2030-2031; "
            "S/RES/2334 (2016), E/CN.6/2025/3/Rev.1 and A/RES/ES-11/1.");
    EXPECT(&d, "COVID-19", ",", "UN-Women", ",", "A/HRC/47/53", ",", "E/CN.6/2021/14", ",",
           "A/RES/74/151", ",", "resolution", "74/151", ",", "0.7", "per", "cent", ",", "1,000",
           "people", ",", "2030", "and", "2030-2031", ";", "S/RES/2334", "(", "2016", ")", ",",
           "E/CN.6/2025/3/Rev.1", "and", "A/RES/ES-11/1", ".");
    const rp_token *t = T(&d, "COVID-19");
    HAS(t, RP_TOK_ALPHA | RP_TOK_ALLCAPS | RP_TOK_CAPITALIZED);
    HASNT(t, RP_TOK_SYMBOL | RP_TOK_NUMBER);
    assert_string_equal(t->norm, "covid-19");
    assert_string_equal(pieces_of(&d, t), "covid|19");
    assert_string_equal(pieces_of(&d, T(&d, "UN-Women")), "un|women");
    t = T(&d, "A/HRC/47/53");
    HAS(t, RP_TOK_SYMBOL);
    assert_string_equal(t->norm, "a/hrc/47/53");
    assert_string_equal(pieces_of(&d, t), "a|hrc|47|53");
    t = T(&d, "74/151");
    HAS(t, RP_TOK_SYMBOL);
    HASNT(t, RP_TOK_NUMBER | RP_TOK_ALPHA);
    HAS(T(&d, "E/CN.6/2021/14"), RP_TOK_SYMBOL);
    HAS(T(&d, "E/CN.6/2025/3/Rev.1"), RP_TOK_SYMBOL);
    HAS(T(&d, "A/RES/ES-11/1"), RP_TOK_SYMBOL);
    HAS(T(&d, "0.7"), RP_TOK_NUMBER);
    HASNT(T(&d, "0.7"), RP_TOK_ALPHA | RP_TOK_SYMBOL | RP_TOK_PUNCT);
    HAS(T(&d, "1,000"), RP_TOK_NUMBER);
    HAS(T(&d, "2030"), RP_TOK_NUMBER);
    HAS(T(&d, "2030-2031"), RP_TOK_NUMBER);
    HAS(T(&d, ","), RP_TOK_PUNCT | RP_TOK_GLUED);
    HASNT(T(&d, "resolution"), RP_TOK_GLUED);
    rp_docbuf_free(&d);
}

static void slashes_without_digits_split(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "women and/or girls with HIV/AIDS; COVID-19/pandemic");
    EXPECT(&d, "women", "and", "/", "or", "girls", "with", "HIV", "/", "AIDS", ";", "COVID-19", "/",
           "pandemic");
    rp_docbuf_free(&d);
    /* a failed look-ahead is remembered, and must not hide a later symbol */
    TOK(&d, "A/B/C/D 1 then A/B/C/1, ab.cd.ef@un.org and ab.cd.");
    EXPECT(&d, "A", "/", "B", "/", "C", "/", "D", "1", "then", "A/B/C/1", ",", "ab.cd.ef@un.org",
           "and", "ab", ".", "cd", ".");
    HAS(T(&d, "A/B/C/1"), RP_TOK_SYMBOL);
    rp_docbuf_free(&d);
}

static void hyphenated_words_are_one_token_of_pieces(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "gender-based violence, non‐governmental (U+2010) and pre- and post-war");
    EXPECT(&d, "gender-based", "violence", ",", "non‐governmental", "(", "U", "+", "2010", ")", "and",
           "pre", "-", "and", "post-war");
    const rp_token *t = T(&d, "gender-based");
    assert_string_equal(pieces_of(&d, t), "gender|based");
    assert_string_equal(t->norm, "gender-based");
    /* U+2010 folds to '-': the same form as with an ASCII hyphen */
    assert_string_equal(T(&d, "non‐governmental")->norm, "non-governmental");
    size_t p = 0;
    while (d.pieces.v[p].token != (uint32_t)(t - d.tokens.v))
        p++;
    assert_int_equal(d.pieces.v[p].flags, RP_PIECE_FIRST);
    assert_int_equal(d.pieces.v[p + 1].flags, 0);
    assert_string_equal(d.pieces.v[p + 1].stem, "base");
    assert_int_equal(d.pieces.v[p + 1].start, 7);
    assert_int_equal(d.pieces.v[p + 1].end, 12);
    HAS(T(&d, "-"), RP_TOK_PUNCT | RP_TOK_GLUED);
    rp_docbuf_free(&d);
}

static void superscript_footnote_markers_split_off(void **state)
{
    (void)state;
    rp_docbuf d;
    const char *text = "the pandemic⁵⁰ spread; equality.⁵² As a result¹²³ of COVID-19;³";
    TOK(&d, text);
    EXPECT(&d, "the", "pandemic", "⁵⁰", "spread", ";", "equality", ".", "⁵²", "As", "a", "result",
           "¹²³", "of", "COVID-19", ";", "³");
    const rp_token *t = T(&d, "⁵⁰");
    HAS(t, RP_TOK_FOOTNOTE | RP_TOK_NUMBER | RP_TOK_GLUED);
    HASNT(t, RP_TOK_ALPHA | RP_TOK_PUNCT);
    assert_string_equal(t->norm, "50");
    assert_int_equal(t->start, strlen("the pandemic"));
    assert_int_equal(t->end, strlen("the pandemic⁵⁰"));
    assert_string_equal(T(&d, "¹²³")->norm, "123");
    /* word and marker are one piece each, themselves (no record written) */
    assert_string_equal(pieces_of(&d, T(&d, "pandemic")), "pandemic");
    assert_string_equal(pieces_of(&d, t), "50");
    assert_string_equal(pieces_of(&d, T(&d, "COVID-19")), "covid|19");
    assert_string_equal(pieces_of(&d, T(&d, ";")), "");
    assert_string_equal(T(&d, "pandemic")->stem, "pandem");
    rp_docbuf_free(&d);
}

static void segmenter_markers_are_one_token_each(void **state)
{
    (void)state;
    rp_docbuf d;
    const char *text = "spread of the pandemic50 was fast* and 2021 12 saw";
    rp_docbuf_init(&d);
    d.doc.text = text;
    d.doc.len = strlen(text);
    d.lang = "en";
    rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, "1", RP_NONE, 1, 0, d.doc.len);
    add_sentence(&d, 0, d.doc.len, 0);
    /* the segmenter says "50", "*" and "12" are footnote markers */
    const char *m[] = {"50", "*", "12"};
    for (int k = 0; k < 3; k++) {
        rp_span *s = &RP_VEC_PUSH(d.markers);
        s->start = (uint64_t)(strstr(text, m[k]) - text);
        s->end = s->start + strlen(m[k]);
    }
    rp_tokenize(&d, vocab);
    rp_docbuf_publish(&d);
    check_invariants(&d);
    EXPECT(&d, "spread", "of", "the", "pandemic", "50", "was", "fast", "*", "and", "2021", "12",
           "saw");
    HAS(T(&d, "50"), RP_TOK_FOOTNOTE | RP_TOK_NUMBER | RP_TOK_GLUED);
    HAS(T(&d, "*"), RP_TOK_FOOTNOTE | RP_TOK_GLUED);
    HASNT(T(&d, "*"), RP_TOK_PUNCT);
    HAS(T(&d, "12"), RP_TOK_FOOTNOTE | RP_TOK_NUMBER);
    HASNT(T(&d, "2021"), RP_TOK_FOOTNOTE);
    rp_docbuf_free(&d);
}

static void apostrophes_and_quotes(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "Côte d’Ivoire and Côte d'Ivoire; States’ obligations, the world’s “quoted” "
            "‘single’ words and \"straight\" ones");
    EXPECT(&d, "Côte", "d’Ivoire", "and", "Côte", "d'Ivoire", ";", "States", "’", "obligations",
           ",", "the", "world’s", "“", "quoted", "”", "‘", "single", "’", "words", "and", "\"",
           "straight", "\"", "ones");
    const rp_token *curly = T(&d, "d’Ivoire"), *plain = T(&d, "d'Ivoire");
    assert_string_equal(pieces_of(&d, curly), "d|ivoire");
    assert_string_equal(pieces_of(&d, plain), "d|ivoire");
    assert_int_equal(curly->norm_id, plain->norm_id); /* ’ folds to ' */
    HASNT(curly, RP_TOK_CAPITALIZED);                 /* first letter d */
    HAS(T(&d, "Côte"), RP_TOK_CAPITALIZED | RP_TOK_ALPHA);
    HAS(T(&d, "’"), RP_TOK_PUNCT | RP_TOK_GLUED);
    const rp_token *w = T(&d, "world’s");
    assert_string_equal(w->norm, "world's");
    assert_string_equal(w->stem, "world"); /* the English stemmer drops 's */
    assert_string_equal(pieces_of(&d, w), "world|s");
    HAS(T(&d, "“"), RP_TOK_PUNCT);
    HASNT(T(&d, "“"), RP_TOK_GLUED);
    HAS(T(&d, "quoted"), RP_TOK_GLUED);
    rp_docbuf_free(&d);
}

static void dashes_separate_and_punctuation_is_kept(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "peace – and security—now; 2030–2031... First, second: third! (a) [b] 50% of $5");
    EXPECT(&d, "peace", "–", "and", "security", "—", "now", ";", "2030", "–", "2031", "...",
           "First", ",", "second", ":", "third", "!", "(", "a", ")", "[", "b", "]", "50", "%",
           "of", "$", "5");
    HAS(T(&d, "—"), RP_TOK_PUNCT | RP_TOK_GLUED);
    HAS(T(&d, "..."), RP_TOK_PUNCT);
    HAS(T(&d, "%"), RP_TOK_PUNCT | RP_TOK_GLUED);
    assert_string_equal(T(&d, ",")->norm, ",");
    rp_docbuf_free(&d);
}

static void case_flags(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "OHCHR and UNDP support Member States in A Nation; iPhone ÉTATS Ελλάδα");
    HAS(T(&d, "OHCHR"), RP_TOK_ALPHA | RP_TOK_ALLCAPS | RP_TOK_CAPITALIZED);
    HAS(T(&d, "UNDP"), RP_TOK_ALLCAPS);
    HAS(T(&d, "Member"), RP_TOK_CAPITALIZED);
    HASNT(T(&d, "Member"), RP_TOK_ALLCAPS);
    HAS(T(&d, "A"), RP_TOK_CAPITALIZED); /* one letter: not an acronym */
    HASNT(T(&d, "A"), RP_TOK_ALLCAPS);
    HASNT(T(&d, "and"), RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS | RP_TOK_NUMBER | RP_TOK_PUNCT);
    HASNT(T(&d, "iPhone"), RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS);
    HAS(T(&d, "ÉTATS"), RP_TOK_ALLCAPS | RP_TOK_CAPITALIZED);
    assert_string_equal(T(&d, "ÉTATS")->norm, "états");
    HAS(T(&d, "Ελλάδα"), RP_TOK_CAPITALIZED);
    rp_docbuf_free(&d);
}

static void urls_and_email(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "See https://www.un.org/en/coronavirus. Write to info@ohchr.org or "
            "first.last@un.org, visit www.ohchr.org/EN, <https://unsdg.un.org/x-19.pdf>; "
            "(https://en.wikipedia.org/wiki/Foo_(bar)) and [A/HRC/47/53](#).");
    EXPECT(&d, "See", "https://www.un.org/en/coronavirus", ".", "Write", "to", "info@ohchr.org",
           "or", "first.last@un.org", ",", "visit", "www.ohchr.org/EN", ",", "<",
           "https://unsdg.un.org/x-19.pdf", ">", ";", "(", "https://en.wikipedia.org/wiki/Foo_(bar)",
           ")", "and", "[", "A/HRC/47/53", "]", "(", "#", ")", ".");
    assert_string_equal(pieces_of(&d, T(&d, "info@ohchr.org")), "info|ohchr|org");
    HAS(T(&d, "A/HRC/47/53"), RP_TOK_SYMBOL | RP_TOK_GLUED);
    rp_docbuf_free(&d);
}

static void abbreviations(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "e.g. the U.S. and i.e., see para. 5 and No. 3 in Annex I.A.2 of vitamin A. B");
    EXPECT(&d, "e.g.", "the", "U.S.", "and", "i.e.", ",", "see", "para", ".", "5", "and", "No", ".",
           "3", "in", "Annex", "I", ".", "A", ".", "2", "of", "vitamin", "A", ".", "B");
    assert_string_equal(pieces_of(&d, T(&d, "U.S.")), "u|s");
    HAS(T(&d, "U.S."), RP_TOK_ALLCAPS);
    rp_docbuf_free(&d);
}

static void han_characters_one_token_each(void **state)
{
    (void)state;
    rp_docbuf d;
    const char *text = "世界人权宣言 2021年，联合国。";
    tok(&d, text, strlen(text), "zh");
    EXPECT(&d, "世", "界", "人", "权", "宣", "言", "2021", "年", "，", "联", "合", "国", "。");
    HAS(T(&d, "世"), RP_TOK_HAN | RP_TOK_ALPHA);
    HASNT(T(&d, "世"), RP_TOK_GLUED);
    HAS(T(&d, "界"), RP_TOK_HAN | RP_TOK_GLUED);
    HAS(T(&d, "年"), RP_TOK_HAN | RP_TOK_GLUED);
    HAS(T(&d, "，"), RP_TOK_PUNCT);
    assert_string_equal(T(&d, "权")->stem, "权");
    /* each character is one piece, itself */
    assert_string_equal(pieces_of(&d, T(&d, "界")), "界");
    assert_int_equal(d.pieces.n, 0);
    rp_docbuf_free(&d);
}

static void other_scripts(void **state)
{
    (void)state;
    rp_docbuf d;
    const char *ru = "Все люди рождаются свободными и равными.";
    tok(&d, ru, strlen(ru), "ru");
    EXPECT(&d, "Все", "люди", "рождаются", "свободными", "и", "равными", ".");
    assert_string_equal(T(&d, "свободными")->stem, "свободн");
    HAS(T(&d, "Все"), RP_TOK_CAPITALIZED);
    rp_docbuf_free(&d);
    const char *ar = "يولد جميع الناس أحراراً متساوين في الكرامة والحقوق.";
    tok(&d, ar, strlen(ar), "ar");
    EXPECT(&d, "يولد", "جميع", "الناس", "أحراراً", "متساوين", "في", "الكرامة", "والحقوق", ".");
    assert_string_equal(T(&d, "الناس")->stem, "ناس");
    HASNT(T(&d, "الناس"), RP_TOK_CAPITALIZED | RP_TOK_ALLCAPS);
    rp_docbuf_free(&d);
    const char *sp = "los\xC2\xA0" "derechos\xE2\x80\xAF" "humanos"; /* NBSP, narrow NBSP */
    tok(&d, sp, strlen(sp), "es");
    EXPECT(&d, "los", "derechos", "humanos");
    assert_string_equal(T(&d, "derechos")->stem, "derech");
    rp_docbuf_free(&d);
}

static void invalid_utf8_is_flagged(void **state)
{
    (void)state;
    rp_docbuf d;
    const char *text = "caf\xE9 au lait \x80 ok";
    TOK(&d, text);
    assert_int_equal(d.n_invalid, 2);
    assert_int_equal(d.first_invalid, 3);
    EXPECT(&d, "caf\xE9", "au", "lait", "\x80", "ok");
    const rp_token *t = T(&d, "caf\xE9");
    HAS(t, RP_TOK_INVALID | RP_TOK_ALPHA);
    assert_string_equal(t->norm, "caf\xEF\xBF\xBD");
    t = T(&d, "\x80");
    HAS(t, RP_TOK_INVALID);
    HASNT(t, RP_TOK_PUNCT | RP_TOK_ALPHA);
    HASNT(T(&d, "au"), RP_TOK_INVALID);
    rp_docbuf_free(&d);
}

static void long_runs_are_cut(void **state)
{
    (void)state;
    rp_docbuf d;
    size_t n = 5000;
    char *text = malloc(n + 1);
    memset(text, 'a', n);
    text[n] = '\0';
    tok(&d, text, n, "en");
    assert_int_equal(d.tokens.n, 5); /* 4 x 1024 + 904 */
    for (size_t i = 0; i < d.tokens.n; i++) {
        assert_int_equal(d.tokens.v[i].start, i * RP_TOKEN_MAX);
        if (i > 0)
            HAS(&d.tokens.v[i], RP_TOK_GLUED);
    }
    assert_int_equal(d.tokens.v[0].norm_id, d.tokens.v[3].norm_id);
    rp_docbuf_free(&d);
    free(text);
    /* two-byte characters: cut at a character boundary, never inside one */
    n = 3001 * 2;
    text = malloc(n + 1);
    for (size_t i = 0; i < n; i += 2)
        memcpy(text + i, "\xC3\xA9", 2);
    text[n] = '\0';
    tok(&d, text, n, "fr");
    for (size_t i = 0; i < d.tokens.n; i++)
        assert_int_equal((d.tokens.v[i].end - d.tokens.v[i].start) % 2, 0);
    rp_docbuf_free(&d);
    free(text);
}

static void bom_and_empty(void **state)
{
    (void)state;
    rp_docbuf d;
    TOK(&d, "\xEF\xBB\xBFHello world");
    EXPECT(&d, "Hello", "world");
    assert_int_equal(d.tokens.v[0].start, 3);
    rp_docbuf_free(&d);
    TOK(&d, "");
    assert_int_equal(d.tokens.n, 0);
    rp_docbuf_free(&d);
    TOK(&d, " \n\t \r\n  ");
    assert_int_equal(d.tokens.n, 0);
    assert_int_equal(d.sentences.v[0].tok_begin, d.sentences.v[0].tok_end);
    rp_docbuf_free(&d);
}

/* A paragraph cut by a page break, with a footnote printed between its
 * halves: the paragraph's tokens come together, then the footnote's. */
static void paragraph_across_a_page_break(void **state)
{
    (void)state;
    const char *text = "12. The crisis affects every region of the\n"
                       "¹ See A/74/351.\n"
                       "\f world, and States must act. Now.";
    size_t len = strlen(text);
    uint64_t cut1 = (uint64_t)(strstr(text, "\n¹") - text);
    uint64_t fn = cut1 + 1, fn_end = (uint64_t)(strstr(text, "\n\f") - text);
    uint64_t cont = fn_end + 3, now = (uint64_t)(strstr(text, "Now") - text);
    rp_docbuf d;
    rp_docbuf_init(&d);
    d.doc.text = text;
    d.doc.len = len;
    d.lang = "en";
    rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, "12", RP_NONE, 1, 4, cut1);
    rp_docbuf_extend_block(&d, cont, len);
    rp_docbuf_add_block(&d, RP_BLOCK_FOOTNOTE, "1", RP_NONE, 1, fn, fn_end);
    /* sentences sorted by start: the paragraph's first (crossing the page
     * break), the footnote's, the paragraph's second */
    add_sentence(&d, 4, now - 1, 0);
    add_sentence(&d, fn, fn_end, 1);
    add_sentence(&d, now, len, 0);
    rp_tokenize(&d, vocab);
    rp_docbuf_publish(&d);
    check_invariants(&d);
    EXPECT(&d, "The", "crisis", "affects", "every", "region", "of", "the", "world", ",", "and",
           "States", "must", "act", ".", "Now", ".", "¹", "See", "A/74/351", ".");
    assert_int_equal(d.blocks.v[0].tok_begin, 0);
    assert_int_equal(d.blocks.v[0].tok_end, 16);
    assert_int_equal(d.blocks.v[1].tok_begin, 16);
    assert_int_equal(d.blocks.v[1].tok_end, 20);
    /* sentence ranges */
    assert_int_equal(d.sentences.v[0].tok_begin, 0);
    assert_int_equal(d.sentences.v[0].tok_end, 14);
    assert_int_equal(d.sentences.v[1].tok_begin, 16);
    assert_int_equal(d.sentences.v[1].tok_end, 20);
    assert_int_equal(d.sentences.v[2].tok_begin, 14);
    assert_int_equal(d.sentences.v[2].tok_end, 16);
    assert_int_equal(T(&d, "world")->sentence, 0);
    assert_int_equal(T(&d, "Now")->sentence, 2);
    assert_int_equal(T(&d, "See")->sentence, 1);
    assert_int_equal(T(&d, "See")->block, 1);
    HAS(T(&d, "¹"), RP_TOK_FOOTNOTE);
    HASNT(T(&d, "world"), RP_TOK_GLUED);
    /* by_start interleaves the footnote between the halves */
    const uint32_t *bs = rp_docbuf_by_start(&d);
    assert_non_null(bs);
    assert_int_equal(bs[6], 6);  /* "the" */
    assert_int_equal(bs[7], 16); /* "¹" */
    assert_int_equal(bs[10], 19); /* the footnote's "." */
    assert_int_equal(bs[11], 7);  /* "world" */
    /* the offset lookups of doc.c work through by_start */
    assert_int_equal(rp_doc_block_at(&d.doc, T(&d, "world")->start), 0);
    assert_int_equal(rp_doc_block_at(&d.doc, T(&d, "See")->start), 1);
    assert_string_equal(rp_doc_para_at(&d.doc, T(&d, "world")->start), "12");
    rp_docbuf_free(&d);
}

static void sentences_get_their_tokens(void **state)
{
    (void)state;
    const char *text = "First one.  Second one here. Third.";
    rp_docbuf d;
    rp_docbuf_init(&d);
    d.doc.text = text;
    d.doc.len = strlen(text);
    d.lang = "en";
    rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, NULL, RP_NONE, 1, 0, d.doc.len);
    add_sentence(&d, 0, 10, 0);
    add_sentence(&d, 10, 12, 0); /* only white space: no tokens */
    add_sentence(&d, 12, 28, 0);
    add_sentence(&d, 29, d.doc.len, 0);
    rp_tokenize(&d, vocab);
    rp_docbuf_publish(&d);
    check_invariants(&d);
    uint32_t want[][2] = {{0, 3}, {3, 3}, {3, 7}, {7, 9}};
    for (int s = 0; s < 4; s++) {
        assert_int_equal(d.sentences.v[s].tok_begin, want[s][0]);
        assert_int_equal(d.sentences.v[s].tok_end, want[s][1]);
    }
    assert_int_equal(T(&d, "Third")->sentence, 3);
    assert_int_equal(d.n_forms, rp_vocab_n_forms(vocab));
    /* tokens in start order: no permutation, and the offset lookups of
     * doc.c read the tokens directly */
    assert_null(rp_docbuf_by_start(&d));
    assert_int_equal(rp_doc_sentence_at(&d.doc, T(&d, "Second")->start), 2);
    assert_int_equal(rp_doc_sentence_at(&d.doc, T(&d, "Third")->start + 1), 3);
    rp_docbuf_free(&d);
}

static void same_word_same_id_across_documents(void **state)
{
    (void)state;
    rp_docbuf a, b;
    TOK(&a, "Recommendations on poverty.");
    TOK(&b, "POVERTY and recommendations");
    assert_int_equal(T(&a, "poverty")->norm_id, T(&b, "POVERTY")->norm_id);
    assert_int_equal(T(&a, "Recommendations")->norm_id, T(&b, "recommendations")->norm_id);
    assert_ptr_equal(T(&a, "poverty")->norm, T(&b, "POVERTY")->norm);
    rp_docbuf_free(&a);
    rp_docbuf_free(&b);
}

/* Short words are found through the vocabulary's word cache, which holds
 * one language at a time: the same word in documents of other languages
 * gets each language's stem, and again after switching back. */
static void short_words_stem_per_language(void **state)
{
    (void)state;
    rp_docbuf en, fr, en2;
    tok(&en, "nations unies", 13, "en");
    tok(&fr, "nations unies", 13, "fr");
    tok(&en2, "nations unies", 13, "en");
    assert_string_equal(T(&en, "nations")->stem, "nation");
    assert_string_equal(T(&en, "unies")->stem, "uni");
    assert_string_equal(T(&fr, "unies")->stem, "uni");
    assert_string_equal(T(&fr, "nations")->stem, "nation");
    assert_true(T(&en, "nations")->norm_id != T(&fr, "nations")->norm_id); /* (language, norm) */
    assert_int_equal(T(&en2, "nations")->norm_id, T(&en, "nations")->norm_id);
    assert_int_equal(T(&en2, "unies")->norm_id, T(&en, "unies")->norm_id);
    rp_docbuf_free(&en);
    rp_docbuf_free(&fr);
    rp_docbuf_free(&en2);
}

/* A token scanned for its pieces is scanned once per vocabulary: seen
 * again (here at another offset, in another document), its pieces come
 * from the memo of its surface, with the same forms at the new offsets. */
static void scanned_tokens_seen_again(void **state)
{
    (void)state;
    rp_docbuf a, b;
    TOK(&a, "A gender-based approach: https://www.un.org/en/x.pdf now.");
    TOK(&b, "Our d\xe2\x80\x99Ivoire and gender-based plan; https://www.un.org/en/x.pdf");
    rp_docbuf_free(&b);
    TOK(&b, "The gender-based plan, https://www.un.org/en/x.pdf and C\xc3\xb4te d\xe2\x80\x99Ivoire");
    const rp_token *ga = T(&a, "gender-based"), *gb = T(&b, "gender-based");
    assert_string_equal(pieces_of(&a, ga), "gender|based");
    assert_string_equal(pieces_of(&b, gb), "gender|based");
    assert_int_equal(ga->flags & ~(uint32_t)RP_TOK_GLUED, gb->flags & ~(uint32_t)RP_TOK_GLUED);
    const rp_token *ua = T(&a, "https://www.un.org/en/x.pdf"), *ub = T(&b, "https://www.un.org/en/x.pdf");
    assert_string_equal(pieces_of(&a, ua), "https|www|un|org|en|x|pdf");
    assert_string_equal(pieces_of(&b, ub), "https|www|un|org|en|x|pdf");
    /* the pieces lie at the new offsets */
    for (size_t p = 0; p < b.pieces.n; p++)
        if (b.pieces.v[p].token == (uint32_t)(gb - b.tokens.v) && b.pieces.v[p].flags == RP_PIECE_FIRST) {
            assert_int_equal(b.pieces.v[p].start, gb->start);
            assert_int_equal(b.pieces.v[p].end, gb->start + 6);
        }
    /* a non-ASCII scanned token seen again is still listed as wide */
    const rp_token *dv = T(&b, "d\xe2\x80\x99Ivoire");
    assert_string_equal(pieces_of(&b, dv), "d|ivoire");
    int listed = 0;
    for (size_t w = 0; w < b.wide_tokens.n; w++)
        listed |= b.wide_tokens.v[w] == (uint32_t)(dv - b.tokens.v);
    assert_true(listed);
    rp_docbuf_free(&a);
    rp_docbuf_free(&b);
}

/* A segmenter bug (overlapping spans) must not break by_start's order. */
static void overlapping_spans_still_sorted(void **state)
{
    (void)state;
    const char *text = "one two three four five six";
    rp_docbuf d;
    rp_docbuf_init(&d);
    d.doc.text = text;
    d.doc.len = strlen(text);
    d.lang = "en";
    rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, NULL, RP_NONE, 1, 8, 27); /* three ... six */
    rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, NULL, RP_NONE, 1, 0, 18); /* one ... four */
    add_sentence(&d, 0, 18, 1);
    add_sentence(&d, 8, 27, 0);
    rp_tokenize(&d, vocab);
    rp_docbuf_publish(&d);
    assert_int_equal(d.tokens.n, 8);
    const uint32_t *bs = rp_docbuf_by_start(&d);
    assert_non_null(bs);
    assert_int_equal(d.by_start.n, 8);
    for (size_t i = 1; i < d.by_start.n; i++)
        assert_true(d.tokens.v[bs[i - 1]].start <= d.tokens.v[bs[i]].start);
    assert_int_equal(d.tokens.v[bs[0]].start, 0);
    assert_int_equal(d.tokens.v[bs[7]].start, 24);
    rp_docbuf_free(&d);
}

/* ---- random documents ------------------------------------------------------ */

/* Texts glued together from tricky fragments, cut into blocks of one or
 * two spans with a few sentences and footnote markers, must keep every
 * invariant; each marker inside a span is exactly one token; every
 * token's norm is the fold of its surface (the cache never mixes forms). */
static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static void random_documents(void **state)
{
    (void)state;
    static const char *const frag[] = {
        "a", "Word", "COVID", "-", "19", "’", "'", ".", ",", "/", "A/HRC/", "47", "@", "http://",
        "https://", "www.", "⁵", "¹²", " ", " ", " ", "\n", "\n\n", "世", "界", "\xE9", "\x80",
        "\xE2\x82", "é", "e\xCC\x81", "(", ")", "–", "e.g.", "U.S.", ":", "_", "\xC2\xA0",
        "\xE2\x80\x8B", "…", "0.7", "1,000", "74/151", "ОН", "الناس", "\t", "\f", "*", "--",
        "d’Ivoire", "info@un.org", "\xEF\xBB\xBF", "%", "UN-Women", "x_(y)", "\xF0\x9F\x98\x80"};
    size_t nf = sizeof frag / sizeof frag[0];
    char text[4096];
    /* RP_RANDOM_ROUNDS=N RP_RANDOM_SEED=S for a longer soak */
    int rounds = getenv("RP_RANDOM_ROUNDS") ? atoi(getenv("RP_RANDOM_ROUNDS")) : 3000;
    if (getenv("RP_RANDOM_SEED"))
        rng = strtoull(getenv("RP_RANDOM_SEED"), NULL, 10) | 1;
    for (int round = 0; round < rounds; round++) {
        size_t len = 0;
        rp_span mk[16];
        size_t nmk = 0;
        int parts = 1 + (int)rnd(120);
        for (int k = 0; k < parts; k++) {
            const char *f = frag[rnd((uint32_t)nf)];
            int marker = nmk < 16 && rnd(10) == 0;
            if (marker)
                f = rnd(2) ? "50" : "⁵⁰";
            size_t fl = strlen(f);
            if (len + fl >= sizeof text)
                break;
            if (marker && (nmk == 0 || mk[nmk - 1].end < len)) {
                mk[nmk].start = len;
                mk[nmk].end = len + fl;
                nmk++;
            }
            memcpy(text + len, f, fl);
            len += fl;
        }
        rp_docbuf d;
        rp_docbuf_init(&d);
        d.doc.text = text;
        d.doc.len = len;
        d.lang = rnd(3) == 0 ? "fr" : "en";
        char err[256];
        if (rp_utf8_check(&d, err, sizeof err) != 0) {
            rp_docbuf_free(&d);
            continue;
        }
        /* blocks: cut [body_start, len) at sorted points; block 0 gets a
         * second span after block 1 (a page break) when there are three */
        uint64_t lo = d.body_start, cuts[4];
        for (int c = 0; c < 4; c++)
            cuts[c] = lo + rnd((uint32_t)(len - lo + 1));
        for (int a = 0; a < 4; a++)
            for (int b = a + 1; b < 4; b++)
                if (cuts[b] < cuts[a]) {
                    uint64_t x = cuts[a];
                    cuts[a] = cuts[b];
                    cuts[b] = x;
                }
        rp_docbuf_add_block(&d, RP_BLOCK_PARAGRAPH, "1", RP_NONE, 1, lo, cuts[0]);
        rp_docbuf_extend_block(&d, cuts[1], cuts[2]);
        rp_docbuf_add_block(&d, RP_BLOCK_FOOTNOTE, "1", RP_NONE, 1, cuts[0], cuts[1]);
        rp_docbuf_add_block(&d, RP_BLOCK_TEXT, NULL, RP_NONE, 1, cuts[2], cuts[3]);
        /* sentences sorted by start: block 0's two halves, block 1, block 2 */
        add_sentence(&d, lo, cuts[0], 0);
        add_sentence(&d, cuts[0], cuts[1], 1);
        add_sentence(&d, cuts[1], cuts[2], 0);
        add_sentence(&d, cuts[2], cuts[3], 2);
        for (size_t m = 0; m < nmk; m++)
            RP_VEC_PUSH(d.markers) = mk[m];
        rp_tokenize(&d, vocab);
        rp_docbuf_publish(&d);
        check_invariants(&d);
        for (size_t m = 0; m < nmk; m++) {
            int inside = 0;
            for (uint32_t b = 0; b < d.doc.n_blocks; b++)
                inside |= in_block_spans(&d.doc, b, mk[m].start, mk[m].end);
            if (!inside)
                continue;
            int found = 0;
            for (size_t t = 0; t < d.tokens.n; t++)
                if (d.tokens.v[t].start == mk[m].start && d.tokens.v[t].end == mk[m].end &&
                    (d.tokens.v[t].flags & RP_TOK_FOOTNOTE))
                    found++;
            if (found != 1)
                fail_msg("round %d: marker [%lu,%lu) is %d tokens", round,
                         (unsigned long)mk[m].start, (unsigned long)mk[m].end, found);
        }
        for (size_t t = 0; t < d.tokens.n; t++) {
            const rp_token *tk = &d.tokens.v[t];
            size_t n;
            char *f = rp_fold(text + tk->start, (size_t)(tk->end - tk->start), &n);
            assert_int_equal(n, tk->norm_len);
            assert_memory_equal(f, tk->norm, n);
            free(f);
        }
        rp_docbuf_free(&d);
    }
}

/* ---- real documents ------------------------------------------------------ */

static const char *shared_dir(void)
{
    const char *s = getenv("RP_SHARED");
    struct stat st;
    if (!s || stat(s, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    return s;
}

static void analyse_file(const char *path, const char *lang, rp_docbuf *d, char **text)
{
    size_t n;
    *text = rp_read_file(path, &n);
    if (!*text)
        fail_msg("cannot read %s", path);
    rp_docbuf_init(d);
    d->doc.text = *text;
    d->doc.len = n;
    d->lang = lang;
    char err[256];
    if (rp_utf8_check(d, err, sizeof err) != 0)
        fail_msg("%s: %s", path, err);
    rp_segment(d);
    rp_tokenize(d, vocab);
    rp_docbuf_publish(d);
    check_invariants(d);
}

static void seed_report(void **state)
{
    (void)state;
    const char *shared = shared_dir();
    if (!shared) {
        print_message("RP_SHARED is not set or missing: seed report test skipped\n");
        skip();
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/corpora/seed/sg-report-international-cooperation-2021.txt",
             shared);
    rp_docbuf d;
    char *text;
    analyse_file(path, "en", &d, &text);
    assert_true(d.tokens.n > 8000);
    HAS(T(&d, "74/151"), RP_TOK_SYMBOL);
    HAS(T(&d, "A/HRC/47/53"), RP_TOK_SYMBOL);
    HAS(T(&d, "COVID-19"), RP_TOK_ALLCAPS);
    HAS(T(&d, "OHCHR"), RP_TOK_ALLCAPS);
    HAS(T(&d, "²"), RP_TOK_FOOTNOTE | RP_TOK_GLUED);
    /* "world’s" and "non-selectivity" stay one token */
    T(&d, "world’s");
    assert_string_equal(pieces_of(&d, T(&d, "non-selectivity")), "non|selectivity");
    /* no token holds a superscript digit glued to a word */
    for (size_t i = 0; i < d.tokens.n; i++) {
        const rp_token *t = &d.tokens.v[i];
        if (t->flags & RP_TOK_ALPHA)
            assert_null(memmem(text + t->start, t->end - t->start, "\xC2\xB9", 2));
    }
    rp_docbuf_free(&d);
    free(text);
}

static size_t n_files, n_bytes;

static void sweep(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        size_t n = strlen(de->d_name);
        if (S_ISDIR(st.st_mode))
            sweep(path);
        else if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0) {
            rp_docbuf d;
            char *text;
            analyse_file(path, strstr(path, "udhr_rus") ? "ru" : "en", &d, &text);
            n_files++;
            n_bytes += d.doc.len;
            rp_docbuf_free(&d);
            free(text);
        }
    }
    closedir(dp);
}

static void every_shared_corpus(void **state)
{
    (void)state;
    const char *shared = shared_dir();
    if (!shared) {
        print_message("RP_SHARED is not set or missing: corpus sweep skipped\n");
        skip();
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/corpora", shared);
    sweep(path);
    assert_true(n_files > 300);
    print_message("tokenized %zu files, %.1f MB, every invariant held\n", n_files, n_bytes / 1e6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(un_units_stay_whole),
        cmocka_unit_test(slashes_without_digits_split),
        cmocka_unit_test(hyphenated_words_are_one_token_of_pieces),
        cmocka_unit_test(superscript_footnote_markers_split_off),
        cmocka_unit_test(segmenter_markers_are_one_token_each),
        cmocka_unit_test(apostrophes_and_quotes),
        cmocka_unit_test(dashes_separate_and_punctuation_is_kept),
        cmocka_unit_test(case_flags),
        cmocka_unit_test(urls_and_email),
        cmocka_unit_test(abbreviations),
        cmocka_unit_test(han_characters_one_token_each),
        cmocka_unit_test(other_scripts),
        cmocka_unit_test(invalid_utf8_is_flagged),
        cmocka_unit_test(long_runs_are_cut),
        cmocka_unit_test(bom_and_empty),
        cmocka_unit_test(paragraph_across_a_page_break),
        cmocka_unit_test(sentences_get_their_tokens),
        cmocka_unit_test(same_word_same_id_across_documents),
        cmocka_unit_test(short_words_stem_per_language),
        cmocka_unit_test(scanned_tokens_seen_again),
        cmocka_unit_test(overlapping_spans_still_sorted),
        cmocka_unit_test(random_documents),
        cmocka_unit_test(seed_report),
        cmocka_unit_test(every_shared_corpus),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
