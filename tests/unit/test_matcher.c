/*
 * test_matcher.c -- matching lexicons against documents analysed by the
 * engine's own pipeline (UTF-8 check, segmenter, tokenizer): every match
 * type, case-sensitive entries, exclusions, regexes widened to tokens and
 * their limits, the three overlap policies, the two token modes, and the
 * per-entry hit report.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <pthread.h>

#include "doc.h"
#include "lex_int.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"

static char err[1200];
static rp_vocab *vocab;   /* one worker: one vocabulary for every document */
static rp_docbuf db;

static rp_lexicon *lexicon(const char *ext, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "/tmp/rp-test-matcher-XXXXXX%s", ext);
    int fd = mkstemps(path, (int)strlen(ext));
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    rp_lexicon *lex = rp_lexicon_load(path, NULL, NULL, err, sizeof err);
    unlink(path);
    if (!lex)
        fail_msg("%s", err);
    return lex;
}

static const rp_doc *analyse(const char *text)
{
    rp_docbuf_reset(&db);
    size_t len = strlen(text);
    db.text_owned = rp_xstrndup(text, len);
    db.doc.text = db.text_owned;
    db.doc.len = len;
    db.id = "test";
    db.path = "test";
    db.lang = "en";
    assert_int_equal(rp_utf8_check(&db, err, sizeof err), 0);
    rp_segment(&db);
    rp_tokenize(&db, vocab);
    rp_docbuf_publish(&db);
    return &db.doc;
}

/* Runs the matcher and renders the matches as "surface=category" joined
 * by " | ", in output order. */
static const char *run(rp_matcher *m, const char *text)
{
    static char out[4096];
    const rp_doc *doc = analyse(text);
    const rp_lexmatch *ms;
    size_t n;
    assert_int_equal(rp_matcher_run(m, doc, &ms, &n), RP_OK);
    out[0] = '\0';
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const rp_lexinfo *in = rp_lexicon_info(ms[i].lexicon);
        w += (size_t)snprintf(out + w, sizeof out - w, "%s%.*s=%s", i ? " | " : "",
                              (int)(ms[i].end - ms[i].start), text + ms[i].start, in->cats[ms[i].cat].id);
        if (i > 0) {
            /* sorted by (start, end, lexicon, category, entry) */
            assert_true(ms[i - 1].start < ms[i].start ||
                        (ms[i - 1].start == ms[i].start && ms[i - 1].end <= ms[i].end));
        }
        /* the span lies in its tokens (it starts and ends on pieces,
         * which may be inside a token: "related" in "COVID-related") */
        assert_true(ms[i].tok_begin < ms[i].tok_end);
        assert_true(doc->tokens[ms[i].tok_begin].start <= ms[i].start);
        assert_true(ms[i].start < doc->tokens[ms[i].tok_begin].end);
        assert_true(ms[i].end <= doc->tokens[ms[i].tok_end - 1].end);
    }
    return out;
}

static const char *match1(rp_lexicon *lex, int overlap, const char *text)
{
    const rp_lexicon *ls[1] = {lex};
    rp_matcher *m = rp_matcher_new(ls, 1, overlap);
    assert_non_null(m);
    const char *r = run(m, text);
    rp_matcher_free(m);
    return r;
}

static void stems_words_and_globs(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "rec\trecommendations\npoor\t=poor\nvac\tvaccin*\nq\twom?n\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "It recommended RECOMMENDATION and a recommendation."),
                        "recommended=rec | RECOMMENDATION=rec | recommendation=rec");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "The poor, the poorest, poorly."), "poor=poor");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "Vaccines and vaccination; a vaccine-based plan."),
                        "Vaccines=vac | vaccination=vac | vaccine=vac");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "women, woman and womxn but not wo"),
                        "women=q | woman=q | womxn=q");
    rp_lexicon_free(lex);
    /* globs with * or ? anywhere (quanteda), with and without a literal head */
    lex = lexicon(".yml", "suffix: ['*ization']\ninside: ['org*ion', 'ac?*s']\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "Organization and civilizations, acts, actors, as."),
                        "Organization=suffix | Organization=inside | acts=inside | actors=inside");
    rp_lexicon_free(lex);
}

static void phrases_match_pieces(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "gbv\tgender based violence\nci\tCôte d'Ivoire\ncovid\tcovid-19\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "Gender-based violence, and gender based violences."),
                        "Gender-based violence=gbv | gender based violences=gbv");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "In Côte d’Ivoire and COVID-19 times."),
                        "Côte d’Ivoire=ci | COVID-19=covid");
    /* a match may start or end inside a token */
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "pre-COVID-19-era"), "COVID-19=covid");
    rp_lexicon_free(lex);
}

static void phrases_stop_at_sentence_end(void **state)
{
    (void)state;
    const char *text = "It was about gender. Based violence is not.";
    if (analyse(text)->n_sentences < 2)
        skip(); /* the segmenter in this tree does not split sentences yet */
    rp_lexicon *lex = lexicon(".lex", "gbv\tgender based violence\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, text), "");
    rp_lexicon_free(lex);
}

static void phrases_stop_at_commas_unless_the_term_has_one(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "ss\tsouth-south\nesc\teconomic, social and cultural rights\n"
                                      "hc\thealth care\n");
    /* "South, South" across the comma is not the phrase; each South-South is */
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "North-South, South-South and triangular."),
                        "South-South=ss");
    /* a term with a comma matches across one, and also without it */
    assert_string_equal(match1(lex, RP_OVERLAP_ALL,
                               "economic, social and cultural rights; economic social and cultural rights"),
                        "economic, social and cultural rights=esc | economic social and cultural rights=esc");
    /* brackets, semicolons and quotation marks stop a phrase; a slash, a
     * hyphen or a footnote number do not */
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "health (care), health; care, \u201chealth\u201d care, "
                                                    "health/care, health-care, health\u00b9 care."),
                        "health/care=hc | health-care=hc | health\u00b9 care=hc");
    rp_lexicon_free(lex);
}

static void case_sensitive_entries(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "org\tWHO\tcase=yes\nun\tUN Women\tcase=yes\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "WHO said who knows; UN Women, not Un women."),
                        "WHO=org | UN Women=un");
    rp_lexicon_free(lex);
}

static void exclusions(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "pay\tpay\tnot=pay attention|pay tribute\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "We pay attention and paid tribute, then pay the bill."),
                        "pay=pay");
    rp_lexicon_free(lex);
}

static void regexes_widen_to_tokens(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "sym\tre:HRC/\\d+\nres\tre:resolution \\d+/\\d+\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "See A/HRC/47/53 and Resolution 74/151."),
                        "A/HRC/47/53=sym | Resolution 74/151=res");
    rp_lexicon_free(lex);
}

static void regex_limits_are_a_warning(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "bad\tre:(a+)+$\nok\tword\n");
    char text[20000];
    memset(text, 'a', sizeof text - 8);
    strcpy(text + sizeof text - 8, "! word");
    /* the catastrophic pattern stops at its limit; other entries still match */
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, text), "word=ok");
    rp_lexicon_free(lex);
}

static void overlap_policies(void **state)
{
    (void)state;
    rp_lexicon *lex = lexicon(".lex", "health\thealth\nhealth\tuniversal health coverage\ncov\tcoverage\n"
                                      "both,health\thealth coverage\n");
    const char *text = "universal health coverage";
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, text),
                        "universal health coverage=health | health=health | health coverage=health | "
                        "health coverage=both | coverage=cov");
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST_PER_CAT, text),
                        "universal health coverage=health | health coverage=both | coverage=cov");
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST, text), "universal health coverage=health");
    rp_lexicon_free(lex);
    /* partial overlaps: longest first, then the earliest; the rest stays */
    lex = lexicon(".lex", "a\tclimate change\nb\tchange policy\nc\tpolicy\nd\tfunds\n");
    text = "climate change policy funds; change policy";
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST, text),
                        "climate change=a | policy=c | funds=d | change policy=b");
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST_PER_CAT, text),
                        "climate change=a | change policy=b | policy=c | funds=d | change policy=b | policy=c");
    rp_lexicon_free(lex);
}

static void liwc_exact_and_wildcard(void **state)
{
    (void)state;
    /* our rule for LIWC's exact-vs-wildcard question: every entry that
     * matches counts; the default policy counts a word once per category */
    rp_lexicon *lex = lexicon(".dic", "%\n1\tstrong\n2\tall_urge\n%\nurge\t1\nurge*\t1\t2\n");
    assert_string_equal(match1(lex, RP_OVERLAP_ALL, "We urge."), "urge=strong | urge=strong | urge=all_urge");
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST_PER_CAT, "We urge."), "urge=strong | urge=all_urge");
    assert_string_equal(match1(lex, RP_OVERLAP_LONGEST_PER_CAT, "It urges; urgent."),
                        "urges=strong | urges=all_urge | urgent=strong | urgent=all_urge");
    rp_lexicon_free(lex);
}

static void token_modes(void **state)
{
    (void)state;
    /* engine: a footnote marker glued to a word is its own token */
    rp_lexicon *eng = lexicon(".lex", "h\tpandemic\nc\tenvironment*\n");
    /* simple (themes.tsv rules): runs of letters and digits, so pandemic⁵⁰
     * is one token that stems to itself */
    rp_lexicon *simple = lexicon(".tsv", "h\tpandemic\nc\tenvironment*\n");
    const char *text = "1. The pandemic⁵⁰ hit the environment⁵¹ hard.\n\n"
                       "⁵⁰ A footnote.\n⁵¹ Another.\n";
    assert_string_equal(match1(eng, RP_OVERLAP_ALL, text), "pandemic=h | environment=c");
    assert_string_equal(match1(simple, RP_OVERLAP_ALL, text), "environment⁵¹=c");
    rp_lexicon_free(eng);
    rp_lexicon_free(simple);
}

static void several_lexicons_and_memo(void **state)
{
    (void)state;
    rp_lexicon *a = lexicon(".lex", "x\tdebt\n");
    rp_lexicon *b = lexicon(".yml", "y: [debt relief, relief]\n");
    const rp_lexicon *ls[2] = {a, b};
    rp_matcher *m = rp_matcher_new(ls, 2, RP_OVERLAP_LONGEST_PER_CAT);
    assert_string_equal(run(m, "Debt relief now."), "Debt=x | Debt relief=y");
    /* the memo carries over: the same forms in another document */
    assert_string_equal(run(m, "Relief, not debt. Debts and relief."), "Relief=y | debt=x | Debts=x | relief=y");
    rp_matcher_free(m);
    /* hit counters went to the lexicons */
    assert_int_equal(rp_lexicon_hits(a, 0), 3);
    assert_int_equal(rp_lexicon_hits(b, 0), 1);
    assert_int_equal(rp_lexicon_hits(b, 1), 2);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(rp_lexicon_report(ls, 2, f), 0);
    fclose(f);
    assert_non_null(strstr(buf, "lexicon\tline\tterm\ttype\tcategories\thits\n"));
    assert_non_null(strstr(buf, "\t1\tdebt\tstem\tx\t3\n"));
    assert_non_null(strstr(buf, "\t1\tdebt relief\tphrase\ty\t1\n"));
    assert_non_null(strstr(buf, ": 1 entries, 0 never matched\n"));
    free(buf);
    rp_lexicon_free(a);
    rp_lexicon_free(b);
}

static void engine_and_simple_lexicons_together(void **state)
{
    (void)state;
    rp_lexicon *a = lexicon(".lex", "e1\tpandemic\n");
    rp_lexicon *b = lexicon(".tsv", "s\tpandemic\ns\tpandemic*\n");
    rp_lexicon *c = lexicon(".dic", "%\n1\te2\n%\npandemic\t1\n");
    const rp_lexicon *ls[3] = {a, b, c};
    rp_matcher *m = rp_matcher_new(ls, 3, RP_OVERLAP_ALL);
    const char *text = "1. The pandemic⁵⁰ and a pandemic.\n\n⁵⁰ A footnote.\n";
    assert_string_equal(run(m, text), "pandemic=e1 | pandemic=e2 | pandemic⁵⁰=s | pandemic=e1 | pandemic=s | "
                                      "pandemic=s | pandemic=e2");
    rp_matcher_free(m);
    rp_lexicon_free(a);
    rp_lexicon_free(b);
    rp_lexicon_free(c);
}

/* Terms are split into pieces the way the tokenizer splits text: every
 * term, exact or stemmed, matches its own text, from its first piece to its
 * last (so "50%" matches "50" and "#tag" matches "tag"). */
static void terms_split_like_the_tokenizer(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "COVID-19", "C\xc3\xb4te d\xe2\x80\x99Ivoire", "e\xcc\x81" "cole", "\xe4\xb8\xad\xe5\x9b\xbd\xe4\xba\xba",
        "A/HRC/47/53", "don't", "1,000", "0.7", "l'\xc3\x89tat", "co-operation", "pre-2030",
        "\xef\xac\x81nance", "Stra\xc3\x9f" "e", "\xef\xbc\xb5\xef\xbc\xae", "e-mail@x.org", "50%", "#tag"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        for (int exact = 0; exact < 2; exact++) {
            char lx[256];
            snprintf(lx, sizeof lx, "c\t%s%s\n", exact ? "=" : "", texts[i]);
            rp_lexicon *lex = lexicon(".lex", lx);
            char want[128];
            const char *t = texts[i] + (texts[i][0] == '#');
            size_t n = strlen(t) - (t[strlen(t) - 1] == '%');
            snprintf(want, sizeof want, "%.*s=c", (int)n, t);
            assert_string_equal(match1(lex, RP_OVERLAP_ALL, texts[i]), want);
            rp_lexicon_free(lex);
        }
    }
}

static void bad_policy(void **state)
{
    (void)state;
    rp_lexicon *a = lexicon(".lex", "x\tdebt\n");
    const rp_lexicon *ls[1] = {a};
    assert_null(rp_matcher_new(ls, 1, 42));
    rp_lexicon_free(a);
}

/* Workers share one cached lexicon; each has its own vocabulary, document
 * buffer and matcher. Their hit counts add up in the lexicon. */
typedef struct worker {
    const rp_lexicon *lex;
    size_t matches;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    rp_vocab *v = rp_vocab_new();
    rp_docbuf d;
    rp_docbuf_init(&d);
    const rp_lexicon *ls[1] = {w->lex};
    rp_matcher *m = rp_matcher_new(ls, 1, RP_OVERLAP_ALL);
    static const char text[] = "Debt relief and debts; relief of debt. ";
    char e[128];
    for (int i = 0; i < 200; i++) {
        rp_docbuf_reset(&d);
        d.text_owned = rp_xstrdup(text);
        d.doc.text = d.text_owned;
        d.doc.len = sizeof text - 1;
        d.id = d.path = "t";
        d.lang = "en";
        rp_utf8_check(&d, e, sizeof e);
        rp_segment(&d);
        rp_tokenize(&d, v);
        rp_docbuf_publish(&d);
        const rp_lexmatch *ms;
        size_t n;
        rp_matcher_run(m, &d.doc, &ms, &n);
        w->matches += n;
    }
    rp_matcher_free(m);
    rp_docbuf_free(&d);
    rp_vocab_free(v);
    return NULL;
}

static void workers_share_a_cached_lexicon(void **state)
{
    (void)state;
    char path[] = "/tmp/rp-test-matcher-XXXXXX.lex";
    int fd = mkstemps(path, 4);
    assert_true(fd >= 0);
    const char *lx = "x\tdebt\ny\tdebt relief\n";
    assert_int_equal(write(fd, lx, strlen(lx)), (ssize_t)strlen(lx));
    close(fd);
    const rp_lexicon *lex = rp_lexcache_open(path, NULL, err, sizeof err);
    assert_non_null(lex);
    worker w[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        w[i].lex = rp_lexcache_open(path, NULL, err, sizeof err);
        assert_ptr_equal(w[i].lex, lex);
        w[i].matches = 0;
        assert_int_equal(pthread_create(&th[i], NULL, work, &w[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        /* debt, debts, debt; "Debt relief" ("debts; relief" is not the
         * phrase: it stops at the semicolon) */
        assert_int_equal(w[i].matches, 200 * 4);
        rp_lexcache_close(w[i].lex);
    }
    assert_int_equal(rp_lexicon_hits(lex, 0), 4 * 200 * 3);
    assert_int_equal(rp_lexicon_hits(lex, 1), 4 * 200 * 1);
    rp_lexcache_close(lex);
    rp_lexcache_clear();
    unlink(path);
}

static int setup(void **state)
{
    (void)state;
    vocab = rp_vocab_new();
    rp_docbuf_init(&db);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rp_docbuf_free(&db);
    rp_vocab_free(vocab);
    return 0;
}

/* A range is matched as if it were the whole document: every stretch of
 * tokens gets exactly the whole document's matches that lie inside it,
 * in both modes; a regex sees the range's bytes; no hits are counted. */
static void a_range_is_matched_as_if_it_were_the_document(void **state)
{
    (void)state;
    rp_lexicon *eng = lexicon(".lex", "@category\thrc\tHRC\n@category\tpov\tPoverty\n"
                                      "hrc\thuman rights council\npov\t=poverty\npov\textreme poverty\n");
    rp_lexicon *simple = lexicon(".tsv", "health\tpublic health\nhealth\thealth\n");
    const rp_lexicon *ls[2] = {eng, simple};
    rp_matcher *m = rp_matcher_new(ls, 2, RP_OVERLAP_ALL);
    assert_non_null(m);
    const char *text = "Extreme poverty rose. The Human Rights Council met on public health, "
                       "and on poverty in the Human Rights Council.";
    const rp_doc *doc = analyse(text);
    const rp_lexmatch *ms;
    size_t n;
    assert_int_equal(rp_matcher_run(m, doc, &ms, &n), RP_OK);
    assert_int_equal(n, 7); /* "poverty" twice, "Extreme poverty", two councils, "public health", "health" */
    rp_lexmatch all[16];
    memcpy(all, ms, n * sizeof *ms);
    size_t nall = n;
    for (uint32_t b = 0; b <= doc->n_tokens; b++)
        for (uint32_t e = b; e <= doc->n_tokens + 1; e++) {
            assert_int_equal(rp_matcher_run_range(m, doc, b, e, &ms, &n), RP_OK);
            size_t k = 0;
            for (size_t i = 0; i < nall; i++) {
                if (all[i].tok_begin < b || all[i].tok_end > e)
                    continue;
                assert_true(k < n);
                assert_int_equal(ms[k].start, all[i].start);
                assert_int_equal(ms[k].end, all[i].end);
                assert_int_equal(ms[k].cat, all[i].cat);
                assert_ptr_equal(ms[k].lexicon, all[i].lexicon);
                k++;
            }
            assert_int_equal(k, n);
        }
    rp_matcher_free(m);
    /* the whole-document run counted its matches once; the ranges none */
    assert_int_equal(rp_lexicon_hits(eng, 0), 2); /* human rights council */
    assert_int_equal(rp_lexicon_hits(simple, 0), 1); /* public health */

    /* a regex: the range's bytes, as if the document ended there */
    rp_lexicon *re = lexicon(".lex", "@category\tsym\tSymbols\nsym\tre:A/HRC/\\d+\n");
    const rp_lexicon *l1[1] = {re};
    m = rp_matcher_new(l1, 1, RP_OVERLAP_ALL);
    doc = analyse("See A/HRC/47 and A/HRC/48 today.");
    assert_int_equal(rp_matcher_run(m, doc, &ms, &n), RP_OK);
    assert_int_equal(n, 2);
    uint32_t second = ms[1].tok_begin;
    assert_int_equal(rp_matcher_run_range(m, doc, second, doc->n_tokens, &ms, &n), RP_OK);
    assert_int_equal(n, 1);
    assert_int_equal(ms[0].tok_begin, second);
    assert_int_equal(rp_matcher_run_range(m, doc, 0, second, &ms, &n), RP_OK);
    assert_int_equal(n, 1);
    rp_matcher_free(m);
    rp_lexicon_free(eng);
    rp_lexicon_free(simple);
    rp_lexicon_free(re);
}

int main(void)
{
    setenv("RP_LEXICON_QUIET", "1", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stems_words_and_globs),
        cmocka_unit_test(phrases_match_pieces),
        cmocka_unit_test(phrases_stop_at_sentence_end),
        cmocka_unit_test(phrases_stop_at_commas_unless_the_term_has_one),
        cmocka_unit_test(case_sensitive_entries),
        cmocka_unit_test(exclusions),
        cmocka_unit_test(regexes_widen_to_tokens),
        cmocka_unit_test(regex_limits_are_a_warning),
        cmocka_unit_test(overlap_policies),
        cmocka_unit_test(liwc_exact_and_wildcard),
        cmocka_unit_test(token_modes),
        cmocka_unit_test(several_lexicons_and_memo),
        cmocka_unit_test(engine_and_simple_lexicons_together),
        cmocka_unit_test(terms_split_like_the_tokenizer),
        cmocka_unit_test(bad_policy),
        cmocka_unit_test(workers_share_a_cached_lexicon),
        cmocka_unit_test(a_range_is_matched_as_if_it_were_the_document),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
