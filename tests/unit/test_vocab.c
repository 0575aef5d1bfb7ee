/*
 * test_vocab.c -- the per-worker vocabulary: one form and one id per
 * (language, folded form), NFKC + case folding, Snowball stems for the UN
 * official languages that have a stemmer, language names, unknown
 * languages, invalid UTF-8, and pointers that stay put as it grows.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "text.h"

static const rp_form *S(rp_vocab *v, const char *lang, const char *s)
{
    return rp_vocab_surface(v, lang, s, strlen(s));
}

static void same_form_same_id(void **state)
{
    (void)state;
    rp_vocab *v = rp_vocab_new();
    const rp_form *a = S(v, "en", "Poverty");
    const rp_form *b = S(v, "en", "poverty");
    const rp_form *c = S(v, "en", "POVERTY");
    const rp_form *d = S(v, "en", "Poverty");
    assert_int_equal(a->id, 1);
    assert_ptr_equal(a, b); /* one form per (language, norm) */
    assert_ptr_equal(a, c);
    assert_ptr_equal(a, d);
    assert_string_equal(a->norm, "poverty");
    assert_int_equal(a->norm_len, 7);
    const rp_form *e = S(v, "en", "poverties");
    assert_int_equal(e->id, 2);
    assert_string_equal(e->stem, a->stem); /* same stem, other form */
    assert_int_equal(rp_vocab_n_forms(v), 3);
    /* the same norm in another language is another form */
    const rp_form *f = S(v, "fr", "poverty");
    assert_int_equal(f->id, 3);
    rp_vocab_free(v);
}

typedef struct stem_case {
    const char *lang, *word, *norm, *stem;
} stem_case;

static void stems_of_un_languages(void **state)
{
    (void)state;
    static const stem_case cases[] = {
        {"en", "Recommendations", "recommendations", "recommend"},
        {"en", "recommended", "recommended", "recommend"},
        {"en", "poverty", "poverty", "poverti"},
        {"en", "world’s", "world's", "world"}, /* curly apostrophe folded to ' */
        {"en", "States", "states", "state"},
        {"fr", "droits", "droits", "droit"},
        {"fr", "Égaux", "égaux", "égal"},
        {"fr", "dignité", "dignité", "dignit"},
        {"es", "derechos", "derechos", "derech"},
        {"es", "iguales", "iguales", "igual"},
        {"ru", "правах", "правах", "прав"},
        {"ru", "Свободными", "свободными", "свободн"},
        {"ar", "الناس", "الناس", "ناس"},
        {"ar", "الكرامة", "الكرامة", "كرام"},
        {"english", "recommendations", "recommendations", "recommend"},
        {"EN-GB", "recommendations", "recommendations", "recommend"},
        {"zh", "人权", "人权", "人权"},    /* no stemmer: stem == norm */
        {"xx", "running", "running", "running"},
        {"en", "2030", "2030", "2030"},    /* no letter: not stemmed */
    };
    rp_vocab *v = rp_vocab_new();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const rp_form *f = S(v, cases[i].lang, cases[i].word);
        assert_string_equal(f->norm, cases[i].norm);
        assert_string_equal(f->stem, cases[i].stem);
        assert_int_equal(f->stem_len, strlen(cases[i].stem));
    }
    rp_vocab_free(v);
}

static void language_names(void **state)
{
    (void)state;
    assert_true(rp_stem_language_ok("en"));
    assert_true(rp_stem_language_ok("fr"));
    assert_true(rp_stem_language_ok("es"));
    assert_true(rp_stem_language_ok("ru"));
    assert_true(rp_stem_language_ok("ar"));
    assert_true(rp_stem_language_ok("english"));
    assert_true(rp_stem_language_ok("En"));
    assert_true(rp_stem_language_ok("pt-BR"));
    assert_false(rp_stem_language_ok("zh"));
    assert_false(rp_stem_language_ok("ja"));
    assert_false(rp_stem_language_ok("xx"));
    assert_false(rp_stem_language_ok(""));
    assert_false(rp_stem_language_ok(NULL));
    /* every language libstemmer offers */
    for (const char **l = sb_stemmer_list(); *l; l++)
        assert_true(rp_stem_language_ok(*l));
}

static void folding(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"ﬁnance", "finance"},     /* NFKC: ligature */
        {"Straße", "strasse"},     /* case folding, not lower-casing */
        {"ＵＮＤＰ", "undp"},       /* full-width letters */
        {"⁵⁰", "50"},              /* superscript digits */
        {"ΣΑΣ", "σασ"},
        {"d’Ivoire", "d'ivoire"},  /* U+2019 -> ' */
        {"dʼIvoire", "d'ivoire"},  /* U+02BC -> ' */
        {"gender‐based", "gender-based"}, /* U+2010 -> - */
        {"Co\xCC\x82te", "côte"},  /* combining circumflex composed */
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        size_t n;
        char *f = rp_fold(pairs[i][0], strlen(pairs[i][0]), &n);
        assert_string_equal(f, pairs[i][1]);
        assert_int_equal(n, strlen(pairs[i][1]));
        free(f);
    }
    /* the vocabulary folds the same way, so "Côte" written two ways is one form */
    rp_vocab *v = rp_vocab_new();
    assert_ptr_equal(S(v, "fr", "Côte"), S(v, "fr", "Co\xCC\x82te"));
    rp_vocab_free(v);
}

static void invalid_utf8_becomes_replacement(void **state)
{
    (void)state;
    rp_vocab *v = rp_vocab_new();
    const rp_form *f = S(v, "fr", "caf\xE9"); /* Latin-1 é */
    assert_string_equal(f->norm, "caf\xEF\xBF\xBD");
    /* the same bytes map to the same form; other bad bytes fold the same */
    assert_ptr_equal(f, S(v, "fr", "caf\xE9"));
    assert_ptr_equal(f, S(v, "fr", "CAF\xE8"));
    /* one U+FFFD per maximal subpart */
    f = S(v, "en", "a\xC0\xAF" "b\xE2\x82");
    assert_string_equal(f->norm, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    size_t n;
    char *g = rp_fold("\xED\xA0\x80", 3, &n);
    assert_int_equal(n, 9);
    free(g);
    rp_vocab_free(v);
}

static void pointers_stay_valid_as_it_grows(void **state)
{
    (void)state;
    rp_vocab *v = rp_vocab_new();
    const rp_form *first = S(v, "en", "Recommendations");
    const char *norm = first->norm, *stem = first->stem;
    char buf[32];
    for (int i = 0; i < 200000; i++) {
        int n = snprintf(buf, sizeof buf, "Word%dx", i);
        const rp_form *f = rp_vocab_surface(v, "en", buf, (size_t)n);
        assert_int_equal(f->id, (uint32_t)i + 2);
    }
    assert_int_equal(rp_vocab_n_forms(v), 200002);
    assert_ptr_equal(S(v, "en", "Recommendations"), first);
    assert_ptr_equal(first->norm, norm);
    assert_ptr_equal(first->stem, stem);
    assert_string_equal(norm, "recommendations");
    assert_string_equal(stem, "recommend");
    /* every one is still found, with its own id */
    for (int i = 0; i < 200000; i += 997) {
        int n = snprintf(buf, sizeof buf, "word%dX", i);
        assert_int_equal(rp_vocab_surface(v, "en", buf, (size_t)n)->id, (uint32_t)i + 2);
    }
    assert_true(rp_vocab_bytes(v) > (size_t)200000 * 16);
    assert_false(rp_vocab_full(v));
    rp_vocab_free(v);
}

/* Past its soft bound the vocabulary says so, and keeps working. */
static void full_vocabulary_keeps_working(void **state)
{
    (void)state;
    rp_vocab *v = rp_vocab_new();
    char buf[1000];
    memset(buf, 'x', sizeof buf);
    uint32_t n = 0;
    while (!rp_vocab_full(v)) {
        snprintf(buf, 16, "%015u", n);
        buf[15] = 'x';
        const rp_form *f = rp_vocab_surface(v, "en", buf, sizeof buf);
        assert_int_equal(f->id, n + 1);
        n++;
        assert_true(n < 200000);
    }
    assert_true(rp_vocab_bytes(v) > ((size_t)40 << 20));
    /* still folds, stems and finds */
    const rp_form *f = S(v, "en", "Recommendations");
    assert_string_equal(f->stem, "recommend");
    assert_int_equal(f->id, n + 1);
    snprintf(buf, 16, "%015u", 7u);
    buf[15] = 'x';
    assert_int_equal(rp_vocab_surface(v, "en", buf, sizeof buf)->id, 8);
    rp_vocab_free(v);
}

static void empty_surface(void **state)
{
    (void)state;
    rp_vocab *v = rp_vocab_new();
    const rp_form *f = rp_vocab_surface(v, "en", "", 0);
    assert_string_equal(f->norm, "");
    assert_string_equal(f->stem, "");
    assert_int_equal(f->id, 1);
    rp_vocab_free(v);
}

/* The UDHR in each official language: the words' stems come from the
 * language's stemmer, and a word's forms share a stem. */
static char *read_shared(const char *rel, size_t *n)
{
    const char *shared = getenv("RP_SHARED");
    if (!shared)
        return NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/corpora/udhr_un_official_languages/%s", shared, rel);
    return rp_read_file(path, n);
}

static int has_token(const rp_docbuf *d, const char *norm, const char *stem)
{
    for (size_t i = 0; i < d->tokens.n; i++)
        if (strcmp(d->tokens.v[i].norm, norm) == 0)
            return strcmp(d->tokens.v[i].stem, stem) == 0 ? 1 : -1;
    return 0;
}

static void udhr_in_official_languages(void **state)
{
    (void)state;
    static const stem_case cases[] = {
        {"en", "udhr_eng.txt", "rights", "right"},
        {"en", "udhr_eng.txt", "freedoms", "freedom"},
        {"fr", "udhr_fra.txt", "droits", "droit"},
        {"es", "udhr_spa.txt", "derechos", "derech"},
        {"ru", "udhr_rus.txt", "правах", "прав"},
        {"ar", "udhr_arb.txt", "الناس", "ناس"},
        {"zh", "udhr_cmn_hans.txt", "权", "权"},
    };
    size_t probe_len;
    char *probe = read_shared("udhr_eng.txt", &probe_len);
    free(probe);
    if (!probe) {
        print_message("RP_SHARED not set or without the UDHR corpus: skipped\n");
        skip();
    }
    rp_vocab *v = rp_vocab_new();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        char *text = read_shared(cases[i].word, &n);
        assert_non_null(text);
        rp_docbuf d;
        rp_docbuf_init(&d);
        d.doc.text = text;
        d.doc.len = n;
        d.lang = cases[i].lang;
        char err[256];
        assert_int_equal(rp_utf8_check(&d, err, sizeof err), 0);
        assert_int_equal(d.n_invalid, 0);
        rp_segment(&d);
        rp_tokenize(&d, v);
        rp_docbuf_publish(&d);
        assert_true(d.tokens.n > 100);
        if (has_token(&d, cases[i].norm, cases[i].stem) != 1)
            fail_msg("%s: no token %s with stem %s", cases[i].word, cases[i].norm, cases[i].stem);
        rp_docbuf_free(&d);
        free(text);
    }
    rp_vocab_free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_form_same_id),
        cmocka_unit_test(stems_of_un_languages),
        cmocka_unit_test(language_names),
        cmocka_unit_test(folding),
        cmocka_unit_test(invalid_utf8_becomes_replacement),
        cmocka_unit_test(pointers_stay_valid_as_it_grows),
        cmocka_unit_test(full_vocabulary_keeps_working),
        cmocka_unit_test(empty_surface),
        cmocka_unit_test(udhr_in_official_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
