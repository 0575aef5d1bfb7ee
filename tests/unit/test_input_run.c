/*
 * test_input_run.c -- the corpus driver: how INPUTs become documents
 * (folders, manifests, ids, metadata, problems reported and skipped) and
 * how rp_run processes them (input order for any number of threads, a file
 * that vanishes mid-run, --strict).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "input.h"
#include "run.h"

static char root[256];

static void put(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    /* make parent folders */
    for (char *p = path + strlen(root) + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(path, 0755);
            *p = '/';
        }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(root, sizeof root, "/tmp/rp-test-input-XXXXXX");
    assert_non_null(mkdtemp(root));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd);
}

/* Silence the one-line error reports the tests provoke. */
static FILE *saved_stderr;
static void quiet(void)
{
    fflush(stderr);
    saved_stderr = stderr;
    stderr = fopen("/dev/null", "w");
}
static void loud(void)
{
    fclose(stderr);
    stderr = saved_stderr;
}

static void folder_gives_sorted_ids_relative_to_it(void **state)
{
    (void)state;
    put("corpus/b.txt", "Bravo.");
    put("corpus/a.txt", "Alpha.");
    put("corpus/sub/c.txt", "Charlie.");
    put("corpus/notes.md", "not a document");
    char dir[300];
    snprintf(dir, sizeof dir, "%s/corpus", root);
    char *inputs[] = {dir};
    rp_sources s;
    assert_int_equal(rp_sources_collect(inputs, 1, 0, &s), 0);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.v[0].id, "a");
    assert_string_equal(s.v[1].id, "b");
    assert_string_equal(s.v[2].id, "sub/c");
    rp_sources_free(&s);
}

static void symlink_loop_is_entered_once(void **state)
{
    (void)state;
    put("loop/x.txt", "X.");
    char link[300], target[300];
    snprintf(link, sizeof link, "%s/loop/again", root);
    snprintf(target, sizeof target, "%s/loop", root);
    assert_int_equal(symlink(target, link), 0);
    char *inputs[] = {target};
    rp_sources s;
    assert_int_equal(rp_sources_collect(inputs, 1, 0, &s), 0);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.v[0].id, "x");
    rp_sources_free(&s);
}

static void manifest_carries_metadata_and_quoted_fields(void **state)
{
    (void)state;
    put("m/docs/one.txt", "One.");
    put("m/docs/two.txt", "Two.");
    put("m/manifest.tsv", "doc_id\tpath\tyear\ttitle\tlanguage\n"
                          "A/1\tdocs/one.txt\t2021\t\"Report \"\"one\"\"\"\ten\n"
                          "A/2\tdocs/two.txt\t2022\tplain\tfr\n");
    char m[300];
    snprintf(m, sizeof m, "%s/m/manifest.tsv", root);
    char *inputs[] = {m};
    rp_sources s;
    assert_int_equal(rp_sources_collect(inputs, 1, 0, &s), 0);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.v[0].id, "A/1");
    assert_string_equal(rp_source_meta(&s.v[0], "year"), "2021");
    assert_string_equal(rp_source_meta(&s.v[0], "title"), "Report \"one\"");
    assert_string_equal(s.v[1].lang, "fr");
    assert_int_equal(s.n_meta_cols, 3); /* year, title, language */
    rp_sources_free(&s);
}

static void manifest_problems_are_reported_and_skipped(void **state)
{
    (void)state;
    put("bad/docs/one.txt", "One.");
    put("bad/manifest.tsv", "doc_id\tpath\tyear\n"
                            "one\tdocs/one.txt\t2021\n"
                            "gone\tdocs/missing.txt\t2021\n"
                            "short\tdocs/one.txt\n"
                            "one\tdocs/one.txt\t2023\n");
    char m[300];
    snprintf(m, sizeof m, "%s/bad/manifest.tsv", root);
    char *inputs[] = {m};
    rp_sources s;
    quiet();
    int r = rp_sources_collect(inputs, 1, 0, &s);
    loud();
    assert_int_equal(r, 0);      /* not strict: go on */
    assert_int_equal(s.n, 1);    /* only the first row survives */
    assert_int_equal(s.n_errors, 3);
    assert_int_equal(s.status, RP_EXIT_ENV); /* the missing file is the worst */
    rp_sources_free(&s);

    quiet();
    r = rp_sources_collect(inputs, 1, 1, &s); /* strict: stop at the first */
    loud();
    assert_int_equal(r, RP_EXIT_ENV);
    rp_sources_free(&s);
}

/* A job that writes "id:tokens\n" per document. */
static int count_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    (void)ud;
    (void)err;
    (void)errlen;
    rp_buf_printf(out, "%s:%u\n", src->id, w->doc.doc.n_tokens);
    return 0;
}

static int append(const rp_source *src, const rp_buf *out, void *ud)
{
    (void)src;
    rp_buf_add((rp_buf *)ud, out->data, out->len);
    return 0;
}

static void output_order_does_not_depend_on_threads(void **state)
{
    (void)state;
    char rel[64], text[4096];
    for (int i = 0; i < 40; i++) {
        snprintf(rel, sizeof rel, "many/d%02d.txt", i);
        text[0] = '\0';
        for (int k = 0; k <= i * 3; k++)
            strcat(text, "word ");
        put(rel, text);
    }
    char dir[300];
    snprintf(dir, sizeof dir, "%s/many", root);
    char *inputs[] = {dir};
    rp_sources s;
    assert_int_equal(rp_sources_collect(inputs, 1, 0, &s), 0);
    rp_buf one, four;
    rp_buf_init(&one);
    rp_buf_init(&four);
    rp_job job = {.doc = count_doc, .collect = append, .ud = &one, .threads = 1, .quiet = 1};
    rp_runstats st;
    assert_int_equal(rp_run(&job, &s, &st), 0);
    assert_int_equal(st.docs, 40);
    job.ud = &four;
    job.threads = 4;
    assert_int_equal(rp_run(&job, &s, &st), 0);
    assert_string_equal(one.data, four.data);
    assert_non_null(strstr(one.data, "d00:"));
    rp_buf_free(&one);
    rp_buf_free(&four);
    rp_sources_free(&s);
}

static void a_file_that_vanishes_is_skipped_and_the_rest_done(void **state)
{
    (void)state;
    put("vanish/a.txt", "Alpha beta.");
    put("vanish/b.txt", "Gamma.");
    put("vanish/c.txt", "Delta epsilon zeta.");
    char dir[300], gone[320];
    snprintf(dir, sizeof dir, "%s/vanish", root);
    char *inputs[] = {dir};
    rp_sources s;
    assert_int_equal(rp_sources_collect(inputs, 1, 0, &s), 0);
    snprintf(gone, sizeof gone, "%s/b.txt", dir);
    unlink(gone);
    rp_buf out;
    rp_buf_init(&out);
    rp_job job = {.doc = count_doc, .collect = append, .ud = &out, .threads = 2, .quiet = 1};
    rp_runstats st;
    quiet();
    int r = rp_run(&job, &s, &st);
    loud();
    assert_int_equal(r, RP_EXIT_ENV);
    assert_int_equal(st.docs, 2);
    assert_int_equal(st.skipped, 1);
    assert_non_null(strstr(out.data, "a:"));
    assert_non_null(strstr(out.data, "c:"));
    assert_null(strstr(out.data, "b:"));

    /* with --strict the run stops at the bad document */
    rp_buf_reset(&out);
    job.strict = 1;
    job.threads = 1;
    quiet();
    r = rp_run(&job, &s, &st);
    loud();
    assert_int_equal(r, RP_EXIT_ENV);
    assert_int_equal(st.docs, 1);
    rp_buf_free(&out);
    rp_sources_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(folder_gives_sorted_ids_relative_to_it),
        cmocka_unit_test(symlink_loop_is_entered_once),
        cmocka_unit_test(manifest_carries_metadata_and_quoted_fields),
        cmocka_unit_test(manifest_problems_are_reported_and_skipped),
        cmocka_unit_test(output_order_does_not_depend_on_threads),
        cmocka_unit_test(a_file_that_vanishes_is_skipped_and_the_rest_done),
    };
    return cmocka_run_group_tests_name("input and run", tests, setup, teardown);
}
