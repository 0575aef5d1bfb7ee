/*
 * test_host.c -- the host services a plugin instance gets (emit into the
 * sink, regex, logging, lexicon paths), the sink's checks and order, and
 * the plugin harness, with tests/loader/good.c linked in as the plugin.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "doc.h"
#include "harness.h"
#include "segment.h"
#include "text.h"

RP_PLUGIN_DECLARE(good_plugin);

static const char text[] = "rapporteur and rapporteur again";

static int saved_fd = -1;
static FILE *cap_file;
static char cap[16384];

static void capture_begin(void)
{
    fflush(stderr);
    cap_file = tmpfile();
    assert_non_null(cap_file);
    saved_fd = dup(2);
    dup2(fileno(cap_file), 2);
}

static const char *capture_end(void)
{
    fflush(stderr);
    dup2(saved_fd, 2);
    close(saved_fd);
    rewind(cap_file);
    size_t n = fread(cap, 1, sizeof cap - 1, cap_file);
    cap[n] = '\0';
    fclose(cap_file);
    return cap;
}

/* ---- the harness ----------------------------------------------------- */

static void harness_records_what_the_plugin_emits(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(&good_plugin, text, NULL);
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_int_equal(rp_harness_count(h), 2);
    const rp_annot *a = rp_harness_annot(h, 0);
    assert_string_equal(a->plugin, "good");
    assert_string_equal(a->label, "hit");
    assert_int_equal(a->start, 0);
    assert_int_equal(a->end, 10);
    assert_string_equal(rp_harness_attr(a, "n"), "1");
    assert_null(rp_harness_attr(a, "missing"));
    assert_int_equal(a->block, 0);
    assert_int_not_equal(a->sentence, RP_NONE);
    assert_string_equal(rp_harness_text(h, 0), "rapporteur");
    a = rp_harness_annot(h, 1);
    assert_int_equal(a->start, 15);
    assert_int_equal(a->end, 25);
    assert_string_equal(rp_harness_attr(a, "n"), "2");
    assert_null(rp_harness_annot(h, 2));
    assert_int_equal(rp_harness_find(h, "hit", "rapporteur"), 0);
    assert_int_equal(rp_harness_find(h, "hit", "again"), -1);
    assert_int_equal(rp_harness_rejected(h), 0);

    FILE *f = tmpfile();
    rp_harness_dump(h, f);
    rewind(f);
    char dump[256];
    size_t nd = fread(dump, 1, sizeof dump - 1, f);
    dump[nd] = '\0';
    fclose(f);
    assert_string_equal(dump, "0\t10\thit\trapporteur\tn=1\n15\t25\thit\trapporteur\tn=2\n");

    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 1);
    assert_string_equal(labels[0], "hit");

    /* the same instance, a second document: the first one's results go */
    assert_int_equal(rp_harness_process(h, "no match here", 13, "en"), RP_OK);
    assert_int_equal(rp_harness_count(h), 0);
    assert_int_equal(rp_harness_doc(h)->len, 13);
    rp_harness_free(h);
}

static void harness_passes_options(void **state)
{
    (void)state;
    const char *const opts[] = {"word=again", "label=echo", NULL};
    rp_harness *h = rp_harness_run(&good_plugin, text, opts);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 1);
    assert_string_equal(rp_harness_annot(h, 0)->label, "echo");
    assert_string_equal(rp_harness_text(h, 0), "again");
    rp_harness_free(h);

    const char *const bad[] = {"colour=red", NULL};
    capture_begin();
    h = rp_harness_open(&good_plugin, bad);
    capture_end();
    assert_null(h);
    assert_string_equal(cap, "rapporteur: -P good.colour=red: plugin \"good\" has no option "
                             "\"colour\" (its options: word, label, fail, bad)\n");
}

static void a_failing_process_is_reported_and_its_annotations_dropped(void **state)
{
    (void)state;
    const char *const opts[] = {"fail=yes", NULL};
    capture_begin();
    rp_harness *h = rp_harness_run(&good_plugin, text, opts);
    capture_end();
    assert_non_null(h);
    assert_true(rp_harness_failed(h));
    assert_int_equal(rp_harness_count(h), 0);
    assert_string_equal(cap, "rapporteur: plugin \"good\": doc \"test\": asked to fail after 2 "
                             "annotations\n");
    rp_harness_free(h);
}

static void the_sink_rejects_bad_annotations_with_a_line_each(void **state)
{
    (void)state;
    const char *const opts[] = {"bad=yes", NULL};
    capture_begin();
    rp_harness *h = rp_harness_run(&good_plugin, text, opts);
    capture_end();
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_int_equal(rp_harness_count(h), 2); /* the good ones stay */
    assert_int_equal(rp_harness_rejected(h), 3);
    assert_string_equal(
        cap, "rapporteur: plugin \"good\": doc \"test\": annotation \"hit\" rejected: bad span [0, "
             "32) (document length 31)\n"
             "rapporteur: plugin \"good\": doc \"test\": annotation \"\" rejected: empty label\n"
             "rapporteur: plugin \"good\": doc \"test\": annotation \"hit\" rejected: bad "
             "attribute key \"Bad Key\" (expected [a-z][a-z0-9_]*)\n");
    rp_harness_free(h);
}

/* ---- the sink's order ------------------------------------------------- */

static void sink_sorts_by_start_end_plugin_label_then_emission(void **state)
{
    (void)state;
    rp_docbuf d;
    rp_docbuf_init(&d);
    rp_vocab *v = rp_vocab_new();
    d.text_owned = rp_xstrdup(text);
    d.doc.text = d.text_owned;
    d.doc.len = strlen(text);
    d.id = "sorted";
    d.lang = "en";
    char err[256];
    assert_int_equal(rp_utf8_check(&d, err, sizeof err), 0);
    rp_segment(&d);
    rp_tokenize(&d, v);
    rp_docbuf_publish(&d);

    rp_sink s;
    rp_sink_init(&s);
    rp_sink_reset(&s, &d.doc);
    static const struct {
        const char *plugin, *label;
        uint64_t start, end;
    } in[] = {
        {"zeta", "b", 15, 25}, {"alpha", "b", 15, 25}, {"alpha", "a", 15, 25},
        {"alpha", "a", 0, 25}, {"alpha", "a", 0, 10},  {"alpha", "a", 15, 25},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        s.plugin = in[i].plugin;
        char num[8];
        snprintf(num, sizeof num, "%zu", i);
        rp_kv kv = {"i", num};
        rp_annotation a = {.label = in[i].label, .start = in[i].start, .end = in[i].end,
                           .attrs = &kv, .n_attrs = 1};
        assert_int_equal(rp_sink_add(&s, &a), RP_OK);
    }
    rp_sink_sort(&s);
    static const char *const order[] = {"4", "3", "2", "5", "1", "0"};
    assert_int_equal(s.annots.n, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(s.annots.v[i].attrs[0].value, order[i]);

    /* reset keeps nothing of the previous document */
    rp_sink_reset(&s, &d.doc);
    assert_int_equal(s.annots.n, 0);

    /* a job that reads labels only (count): the same checks, nothing else
     * kept; the order is the same */
    s.skip = RP_SINK_NO_ATTRS | RP_SINK_NO_LOCATE;
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        s.plugin = in[i].plugin;
        rp_kv kv = {"i", "x"};
        rp_annotation a = {.label = in[i].label, .start = in[i].start, .end = in[i].end,
                           .attrs = &kv, .n_attrs = 1};
        assert_int_equal(rp_sink_add(&s, &a), RP_OK);
    }
    rp_kv bad = {"Bad Key", "x"}, none = {"k", NULL};
    rp_annotation a = {.label = "c", .start = 0, .end = 3, .attrs = &bad, .n_attrs = 1};
    uint64_t rejected = s.n_rejected;
    assert_int_equal(rp_sink_add(&s, &a), RP_ERR);
    a.attrs = &none;
    assert_int_equal(rp_sink_add(&s, &a), RP_ERR);
    assert_int_equal(s.n_rejected, rejected + 2);
    rp_sink_sort(&s);
    assert_int_equal(s.annots.n, 6);
    static const char *const labels[] = {"a", "a", "a", "a", "b", "b"};
    static const char *const plugins[] = {"alpha", "alpha", "alpha", "alpha", "alpha", "zeta"};
    for (size_t i = 0; i < 6; i++) {
        assert_string_equal(s.annots.v[i].label, labels[i]);
        assert_string_equal(s.annots.v[i].plugin, plugins[i]);
        assert_int_equal(s.annots.v[i].n_attrs, 0);
        assert_int_equal(s.annots.v[i].sentence, RP_NONE);
        assert_int_equal(s.annots.v[i].block, RP_NONE);
        assert_null(s.annots.v[i].para);
    }
    assert_int_equal(s.annots.v[0].end, 10);
    /* equal labels passed by the same pointer share one copy; a buffer the
     * plugin reuses with other bytes gets a copy of its own */
    rp_sink_reset(&s, &d.doc);
    char buf[8] = "health";
    rp_annotation h = {.label = buf, .start = 0, .end = 3};
    assert_int_equal(rp_sink_add(&s, &h), RP_OK);
    assert_int_equal(rp_sink_add(&s, &h), RP_OK);
    memcpy(buf, "gender", 7);
    assert_int_equal(rp_sink_add(&s, &h), RP_OK);
    assert_ptr_equal(s.annots.v[0].label, s.annots.v[1].label);
    assert_string_equal(s.annots.v[1].label, "health");
    assert_string_equal(s.annots.v[2].label, "gender");
    /* attributes skipped, locations kept (count --by paragraph) */
    rp_sink_reset(&s, &d.doc);
    s.skip = RP_SINK_NO_ATTRS;
    rp_kv kv = {"i", "x"};
    rp_annotation b = {.label = "a", .start = 15, .end = 25, .attrs = &kv, .n_attrs = 1};
    assert_int_equal(rp_sink_add(&s, &b), RP_OK);
    assert_int_equal(s.annots.v[0].n_attrs, 0);
    assert_int_equal(s.annots.v[0].block, rp_doc_block_at(&d.doc, 15));
    assert_true(s.annots.v[0].block != RP_NONE);
    rp_sink_free(&s);
    rp_docbuf_free(&d);
    rp_vocab_free(v);
}

/* ---- the services table ----------------------------------------------- */

static void regex_service_matches_with_groups_and_limits(void **state)
{
    (void)state;
    rp_host *h = rp_host_new(&good_plugin, 0);
    assert_int_equal(h->abi_version, RP_ABI_VERSION);
    assert_true(RP_ABI_AT_LEAST(h->abi_version, RP_ABI_MAJOR, 0));
    assert_false(RP_ABI_AT_LEAST(h->abi_version, RP_ABI_MAJOR, RP_ABI_MINOR + 1));
    assert_false(RP_ABI_AT_LEAST(RP_ABI_MK(RP_ABI_MAJOR + 1, 0), RP_ABI_MAJOR, 0));
    assert_string_equal(h->engine_version, PACKAGE_VERSION);
    char err[256];
    rp_regex *re = h->regex_compile(h, "(\\d+)/(\\d+)(x)?", 0, err, sizeof err);
    assert_non_null(re);
    const char subj[] = "see resolution 74/151.";
    rp_span g[4];
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 0, g, 4), 4);
    assert_int_equal(g[0].start, 15);
    assert_int_equal(g[0].end, 21);
    assert_int_equal(g[1].end, 17);
    assert_int_equal(g[2].start, 18);
    assert_true(g[3].start == RP_UNSET && g[3].end == RP_UNSET);
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 0, g, 1), 1);
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 0, NULL, 0), 1);
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 16, g, 1), 1); /* "4/151" */
    assert_int_equal(g[0].start, 16);
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 21, g, 1), RP_NOMATCH);
    assert_int_equal(h->regex_match(re, subj, strlen(subj), 99, g, 1), RP_ERR);
    /* invalid UTF-8 in the subject is tolerated, not an error */
    const char bad[] = "caf\xe9 74/1 \xff";
    assert_int_equal(h->regex_match(re, bad, sizeof bad - 1, 0, g, 1), 1);
    assert_int_equal(g[0].start, 5);
    h->regex_free(re);

    re = h->regex_compile(h, "\xc3\xa9galit\xc3\xa9", RP_RE_CASELESS, err, sizeof err);
    assert_non_null(re);
    const char upper[] = "L'\xc3\x89GALIT\xc3\x89 des sexes";
    assert_int_equal(h->regex_match(re, upper, strlen(upper), 0, g, 1), 1);
    assert_int_equal(g[0].start, 2);
    h->regex_free(re);

    /* catastrophic backtracking stops at the match limit */
    re = h->regex_compile(h, "^(a+)+$", 0, err, sizeof err);
    char as[64];
    memset(as, 'a', 40);
    as[40] = 'b';
    assert_int_equal(h->regex_match(re, as, 41, 0, g, 1), RP_ERR_LIMIT);
    h->regex_free(re);

    assert_null(h->regex_compile(h, "(unclosed", 0, err, sizeof err));
    assert_non_null(strstr(err, "regex /(unclosed/ at offset 9: missing closing parenthesis"));
    assert_null(h->regex_compile(h, "x", 1u << 7, err, sizeof err));
    assert_string_equal(err, "regex_compile: unknown flags 0x80");
    h->regex_free(NULL);
    rp_host_free(h);
}

static void log_lines_carry_the_plugin_name(void **state)
{
    (void)state;
    unsetenv("RAPPORTEUR_LOG");
    rp_host *h = rp_host_new(&good_plugin, 0);
    capture_begin();
    h->log(h, RP_LOG_WARNING, "lexicon %s has %d empty categories\n", "x.lex", 2);
    h->log(h, RP_LOG_ERROR, "broken");
    h->log(h, RP_LOG_INFO, "not shown by default");
    capture_end();
    assert_string_equal(cap, "rapporteur: plugin \"good\": warning: lexicon x.lex has 2 empty "
                             "categories\nrapporteur: plugin \"good\": error: broken\n");
    rp_host_free(h);

    setenv("RAPPORTEUR_LOG", "debug", 1);
    h = rp_host_new(&good_plugin, 0);
    capture_begin();
    h->log(h, RP_LOG_INFO, "shown");
    h->log(h, RP_LOG_DEBUG, "also shown");
    capture_end();
    assert_string_equal(cap, "rapporteur: plugin \"good\": shown\n"
                             "rapporteur: plugin \"good\": debug: also shown\n");
    unsetenv("RAPPORTEUR_LOG");
    rp_host_free(h);
}

static void lexicon_service_reports_a_missing_file(void **state)
{
    (void)state;
    rp_host *h = rp_host_new(&good_plugin, 0);
    /* this test program is not the build tree's rapporteur */
    assert_string_equal(h->lexicon_dir, RP_LEXICONDIR);
    char err[512] = "";
    assert_null(h->lexicon_open(h, "/nonexistent/themes.lex", NULL, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/themes.lex"));
    err[0] = '\0';
    assert_null(h->lexicon_open(h, "", NULL, err, sizeof err));
    assert_string_equal(err, "lexicon_open: empty path");
    rp_host_free(h);
}

/* A lexicon file holding body, opened through the host's service. */
static const rp_lexicon *open_lexicon(rp_host *h, const char *ext, const char *body)
{
    char path[128], err[512] = "";
    snprintf(path, sizeof path, "/tmp/rp-test-host-XXXXXX%s", ext);
    int fd = mkstemps(path, (int)strlen(ext));
    assert_true(fd >= 0);
    assert_int_equal(write(fd, body, strlen(body)), (ssize_t)strlen(body));
    close(fd);
    const rp_lexicon *lex = h->lexicon_open(h, path, NULL, err, sizeof err);
    unlink(path);
    if (!lex)
        fail_msg("%s", err);
    return lex;
}

static void doc_skip_leaves_sentences_out_unless_a_matcher_reads_them(void **state)
{
    (void)state;
    rp_host *h = rp_host_new(&good_plugin, 0);
    assert_true(RP_ABI_AT_LEAST(h->abi_version, 1, 1));
    assert_true(RP_ABI_AT_LEAST(h->abi_version, 1, 2));
    assert_non_null(h->matcher_run_range); /* test_matcher.c tries it */
    assert_int_equal(rp_host_doc_skip(h), 0); /* never called: every part */
    h->doc_skip(h, RP_DOC_SENTENCES);
    assert_int_equal(rp_host_doc_skip(h), RP_DOC_SENTENCES);

    /* themes.tsv-style phrases run across sentences: still skipped */
    const rp_lexicon *tsv = open_lexicon(h, ".tsv", "health\tpublic health\n");
    rp_matcher *simple = h->matcher_new(h, &tsv, 1, RP_OVERLAP_ALL);
    assert_non_null(simple);
    assert_int_equal(rp_host_doc_skip(h), RP_DOC_SENTENCES);
    /* a native lexicon's phrases stop at a sentence's end: the instance
     * gets its sentences again, whatever it said */
    const rp_lexicon *lex = open_lexicon(h, ".lex", "@category\thealth\tHealth\nhealth\tpublic health\n");
    rp_matcher *engine = h->matcher_new(h, &lex, 1, RP_OVERLAP_ALL);
    assert_non_null(engine);
    assert_int_equal(rp_host_doc_skip(h), 0);
    h->matcher_free(simple);
    h->matcher_free(engine);
    h->lexicon_close(h, tsv);
    h->lexicon_close(h, lex);
    rp_host_free(h);

    /* a run that reads no attributes says so to every instance */
    h = rp_host_new(&good_plugin, RP_EMIT_NO_ATTRS);
    assert_int_equal(h->emit_drops, RP_EMIT_NO_ATTRS);
    rp_host_free(h);

    /* a document analysed without sentences: the same tokens, none of
     * them in a sentence, every block's range empty */
    static const char two[] = "1. Public health matters. It is urgent.\n\n2. Act now.\n";
    rp_vocab *v = rp_vocab_new();
    rp_docbuf d[2];
    for (int k = 0; k < 2; k++) {
        rp_docbuf_init(&d[k]);
        d[k].skip = k ? RP_DOC_SENTENCES : 0;
        d[k].doc.text = two;
        d[k].doc.len = sizeof two - 1;
        d[k].id = "two";
        d[k].lang = "en";
        char err[256];
        assert_int_equal(rp_utf8_check(&d[k], err, sizeof err), 0);
        rp_segment(&d[k]);
        rp_tokenize(&d[k], v);
        rp_docbuf_publish(&d[k]);
    }
    assert_int_equal(d[0].doc.n_sentences, 3);
    assert_int_equal(d[1].doc.n_sentences, 0);
    assert_int_equal(d[1].doc.n_blocks, d[0].doc.n_blocks);
    for (uint32_t b = 0; b < d[1].doc.n_blocks; b++)
        assert_int_equal(d[1].doc.blocks[b].sent_begin, d[1].doc.blocks[b].sent_end);
    assert_int_equal(d[1].doc.n_tokens, d[0].doc.n_tokens);
    for (uint32_t t = 0; t < d[1].doc.n_tokens; t++) {
        assert_int_equal(d[1].doc.tokens[t].start, d[0].doc.tokens[t].start);
        assert_int_equal(d[1].doc.tokens[t].end, d[0].doc.tokens[t].end);
        assert_int_not_equal(d[0].doc.tokens[t].sentence, RP_NONE);
        assert_int_equal(d[1].doc.tokens[t].sentence, RP_NONE);
    }
    rp_docbuf_free(&d[0]);
    rp_docbuf_free(&d[1]);
    rp_vocab_free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(harness_records_what_the_plugin_emits),
        cmocka_unit_test(harness_passes_options),
        cmocka_unit_test(a_failing_process_is_reported_and_its_annotations_dropped),
        cmocka_unit_test(the_sink_rejects_bad_annotations_with_a_line_each),
        cmocka_unit_test(sink_sorts_by_start_end_plugin_label_then_emission),
        cmocka_unit_test(regex_service_matches_with_groups_and_limits),
        cmocka_unit_test(log_lines_carry_the_plugin_name),
        cmocka_unit_test(lexicon_service_reports_a_missing_file),
        cmocka_unit_test(doc_skip_leaves_sentences_out_unless_a_matcher_reads_them),
    };
    return cmocka_run_group_tests_name("host", tests, NULL, NULL);
}
