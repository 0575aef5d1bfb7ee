/*
 * test_loader.c -- the plugin loader against the deliberately broken
 * plugins of tests/loader: each refusal is the documented one line, a
 * refused plugin that was asked for is exit status 2, search order and
 * shadowing work, and -P options reach exactly the plugins that declare
 * them.
 */
#include "config.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "doc.h"
#include "host.h"
#include "segment.h"
#include "text.h"

#define LOADER_DIR RP_BUILDDIR "/tests/loader"

static const char *const test_dirs[] = {LOADER_DIR, NULL};

/* ---- capturing stderr ----------------------------------------------- */

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

static int load(const char *const *dirs, const char *select, rp_modules *m)
{
    rp_loadopts o = {.dirs = dirs, .select = select};
    capture_begin();
    int rc = rp_modules_load(&o, m);
    capture_end();
    return rc;
}

/* ---- a scratch directory for copies ---------------------------------- */

static char tmpdir[256];

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/rp-test-loader-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Copies the built good plugin (the shared object, not the .la) to
 * tmpdir/name with the given mode. */
static void copy_good(const char *name, mode_t mode)
{
    char cmd[1024], path[512];
    snprintf(cmd, sizeof cmd, "cp '%s/.libs/good.so' '%s/%s'", LOADER_DIR, tmpdir, name);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    assert_int_equal(chmod(path, mode), 0);
}

/* ---- tests -------------------------------------------------------------- */

static void loads_a_good_plugin_by_name(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "good", &m), 0);
    assert_int_equal(m.n, 1);
    assert_string_equal(m.v[0].plugin->name, "good");
    assert_string_equal(m.v[0].plugin->version, "1.0");
    assert_string_equal(m.v[0].path, LOADER_DIR "/good.la");
    assert_non_null(m.v[0].handle);
    assert_string_equal(cap, "");
    rp_modules_free(&m);
}

static void without_select_runs_default_plugins_and_warns_about_refused(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, NULL, &m), 0);
    /* good is the only default plugin that loads (failopen is not default) */
    assert_int_equal(m.n, 1);
    assert_string_equal(m.v[0].plugin->name, "good");
    assert_non_null(strstr(cap, "rapporteur: warning: plugin \"badmajor\" (" LOADER_DIR
                                "/badmajor.la): incompatible ABI 2.0 (engine supports 1.x)\n"));
    assert_non_null(strstr(cap, "rapporteur: warning: plugin \"nosym\" ("));
    rp_modules_free(&m);
}

static void refuses(const char *select, const char *line)
{
    rp_modules m;
    assert_int_equal(load(test_dirs, select, &m), RP_EXIT_ENV);
    assert_int_equal(m.n, 0);
    assert_string_equal(cap, line);
}

static void refuses_another_major(void **state)
{
    (void)state;
    refuses("badmajor", "rapporteur: plugin \"badmajor\" (" LOADER_DIR
                        "/badmajor.la): incompatible ABI 2.0 (engine supports 1.x)\n");
}

static void refuses_a_newer_minor(void **state)
{
    (void)state;
    char want[512];
    snprintf(want, sizeof want,
             "rapporteur: plugin \"newminor\" (%s/newminor.la): built for ABI %d.%d, newer than "
             "this engine's %d.%d (upgrade rapporteur)\n",
             LOADER_DIR, RP_ABI_MAJOR, RP_ABI_MINOR + 1, RP_ABI_MAJOR, RP_ABI_MINOR);
    refuses("newminor", want);
}

static void refuses_a_module_without_the_symbol(void **state)
{
    (void)state;
    refuses("nosym", "rapporteur: plugin \"nosym\" (" LOADER_DIR
                     "/nosym.la): no rp_plugin symbol: not a rapporteur plugin (or it was not "
                     "exported with RP_PLUGIN_EXPORT)\n");
}

static void refuses_an_invalid_name(void **state)
{
    (void)state;
    refuses("badname", "rapporteur: plugin \"badname\" (" LOADER_DIR
                       "/badname.la): invalid name \"Bad Name\" (expected [a-z][a-z0-9_-]*, at "
                       "most 64 characters)\n");
}

static void refuses_a_duplicate_name(void **state)
{
    (void)state;
    refuses("good_again", "rapporteur: plugin \"good_again\" (" LOADER_DIR
                          "/good_again.la): name \"good\" is already used by " LOADER_DIR
                          "/good.la\n");
}

static void unknown_name_is_an_error_naming_it(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "good,nope", &m), RP_EXIT_ENV);
    assert_int_equal(m.n, 0);
    assert_true(strncmp(cap, "rapporteur: plugin \"nope\" not found (searched " LOADER_DIR ":",
                        strlen("rapporteur: plugin \"nope\" not found (searched " LOADER_DIR ":")) ==
                0);
}

static void missing_plugin_dir_is_an_error(void **state)
{
    (void)state;
    const char *const dirs[] = {"/nonexistent/plugins", NULL};
    rp_modules m;
    assert_int_equal(load(dirs, "good", &m), RP_EXIT_ENV);
    assert_string_equal(cap, "rapporteur: --plugin-dir /nonexistent/plugins: No such file or directory\n");
}

static void refuses_world_writable_and_special_files(void **state)
{
    (void)state;
    const char *const dirs[] = {tmpdir, NULL};
    rp_modules m;
    copy_good("ww.so", 0666);
    assert_int_equal(load(dirs, "ww", &m), RP_EXIT_ENV);
    char want[1024];
    snprintf(want, sizeof want,
             "rapporteur: plugin \"ww\" (%s/ww.so): is world-writable, so anyone could change "
             "the code it runs (chmod o-w)\n",
             tmpdir);
    assert_string_equal(cap, want);

    /* the same file, once fixed, loads (and calls itself "good") */
    char path[512];
    snprintf(path, sizeof path, "%s/ww.so", tmpdir);
    assert_int_equal(chmod(path, 0644), 0);
    assert_int_equal(load(dirs, "good", &m), 0);
    assert_int_equal(m.n, 1);
    assert_string_equal(m.v[0].path, path);
    rp_modules_free(&m);
    unlink(path);

    /* a directory anyone may write to: anyone could swap the file */
    copy_good("good.so", 0644);
    assert_int_equal(chmod(tmpdir, 0777), 0);
    assert_int_equal(load(dirs, "good", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want,
             "rapporteur: plugin \"good\" (%s/good.so): its directory %s is world-writable, so "
             "anyone could replace it (chmod o-w, or chmod +t)\n",
             tmpdir, tmpdir);
    assert_string_equal(cap, want);
    /* ... unless only owners may remove their files, as in /tmp */
    assert_int_equal(chmod(tmpdir, 01777), 0);
    assert_int_equal(load(dirs, "good", &m), 0);
    rp_modules_free(&m);
    assert_int_equal(chmod(tmpdir, 0700), 0);
    snprintf(path, sizeof path, "%s/good.so", tmpdir);
    unlink(path);

    snprintf(path, sizeof path, "%s/adir.so", tmpdir);
    assert_int_equal(mkdir(path, 0755), 0);
    assert_int_equal(load(dirs, "adir", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want, "rapporteur: plugin \"adir\" (%s): not a regular file\n", path);
    assert_string_equal(cap, want);
    rmdir(path);

    snprintf(path, sizeof path, "%s/fifo.so", tmpdir);
    assert_int_equal(mkfifo(path, 0644), 0);
    assert_int_equal(load(dirs, "fifo", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want, "rapporteur: plugin \"fifo\" (%s): not a regular file\n", path);
    assert_string_equal(cap, want);
    unlink(path);
}

static void checks_the_shared_object_behind_a_libtool_archive(void **state)
{
    (void)state;
    const char *const dirs[] = {tmpdir, NULL};
    char cmd[1024], so[512], want[2048];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/.libs' && cp '%s/good.la' '%s/' && cp '%s/.libs/good.so' '%s/.libs/'",
             tmpdir, LOADER_DIR, tmpdir, LOADER_DIR, tmpdir);
    assert_int_equal(system(cmd), 0);
    snprintf(so, sizeof so, "%s/.libs/good.so", tmpdir);
    rp_modules m;
    assert_int_equal(load(dirs, "good", &m), 0); /* through the .la */
    assert_int_equal(m.n, 1);
    rp_modules_free(&m);

    assert_int_equal(chmod(so, 0666), 0);
    assert_int_equal(load(dirs, "good", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want,
             "rapporteur: plugin \"good\" (%s/good.la): %s is world-writable, so anyone could "
             "change the code it runs (chmod o-w)\n",
             tmpdir, so);
    assert_string_equal(cap, want);
    snprintf(cmd, sizeof cmd, "rm -rf '%s/.libs' '%s/good.la'", tmpdir, tmpdir);
    assert_int_equal(system(cmd), 0);
}

static void says_why_a_module_does_not_open(void **state)
{
    (void)state;
    const char *const dirs[] = {tmpdir, NULL};
    char path[512], want[2048];
    rp_modules m;

    /* not a shared object at all */
    snprintf(path, sizeof path, "%s/junk.so", tmpdir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("not an ELF file\n", f);
    fclose(f);
    assert_int_equal(load(dirs, "junk", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want, "rapporteur: plugin \"junk\" (%s): cannot open: %s: ", path, path);
    assert_true(strncmp(cap, want, strlen(want)) == 0);
    unlink(path);

    /* a libtool archive whose shared object is gone */
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s/good.la' '%s/gone.la'", LOADER_DIR, tmpdir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(load(dirs, "gone", &m), RP_EXIT_ENV);
    snprintf(want, sizeof want,
             "rapporteur: plugin \"gone\" (%s/gone.la): cannot open: its shared object good.so "
             "is missing (looked in .libs/ and next to it)\n",
             tmpdir);
    assert_string_equal(cap, want);
    snprintf(path, sizeof path, "%s/gone.la", tmpdir);
    unlink(path);
}

static void earlier_directory_shadows_later_and_env_path_is_searched(void **state)
{
    (void)state;
    copy_good("good.so", 0644);
    char path[512];
    snprintf(path, sizeof path, "%s/good.so", tmpdir);

    /* --plugin-dir order; a directory given twice is searched once, and
     * -p names may have spaces around them */
    const char *const dirs[] = {tmpdir, LOADER_DIR, tmpdir, NULL};
    rp_modules m;
    assert_int_equal(load(dirs, " good , failopen", &m), 0);
    assert_int_equal(m.n, 2);
    assert_string_equal(m.v[0].path, path);
    assert_string_equal(m.v[1].plugin->name, "failopen");
    rp_modules_free(&m);

    /* the file is good.so, but the plugin's name is what -p selects */
    char renamed[1024];
    snprintf(renamed, sizeof renamed, "%s/renamed.so", tmpdir);
    assert_int_equal(rename(path, renamed), 0);
    assert_int_equal(load(dirs, "renamed", &m), RP_EXIT_ENV);
    char line[2048];
    snprintf(line, sizeof line,
             "rapporteur: plugin \"renamed\" not found (%s calls itself \"good\": use -p good)\n",
             renamed);
    assert_string_equal(cap, line);
    assert_int_equal(rename(renamed, path), 0);

    /* RAPPORTEUR_PLUGIN_PATH comes after --plugin-dir */
    setenv("RAPPORTEUR_PLUGIN_PATH", tmpdir, 1);
    assert_int_equal(load(NULL, "good", &m), 0);
    assert_string_equal(m.v[0].path, path);
    rp_modules_free(&m);
    assert_int_equal(load(test_dirs, "good", &m), 0);
    assert_string_equal(m.v[0].path, LOADER_DIR "/good.la");
    rp_modules_free(&m);
    unsetenv("RAPPORTEUR_PLUGIN_PATH");

    /* the listing says who shadows whom */
    FILE *out = tmpfile();
    rp_loadopts o = {.dirs = dirs};
    capture_begin();
    assert_int_equal(rp_modules_list(&o, out, 1), 0);
    capture_end();
    rewind(out);
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, out);
    buf[n] = '\0';
    fclose(out);
    char want[1024];
    snprintf(want, sizeof want,
             "{\"name\":\"good\",\"path\":\"%s/good.la\",\"status\":\"shadowed\",\"shadowed_by\":\"%s\"}",
             LOADER_DIR, path);
    assert_non_null(strstr(buf, want));
    snprintf(want, sizeof want,
             "{\"name\":\"good\",\"path\":\"%s\",\"status\":\"ok\",\"version\":\"1.0\",\"abi\":\"1.%d\","
             "\"description\":\"tags one word (loader test plugin)\",\"default\":true,\"options\":[{"
             "\"name\":\"word\",",
             path, RP_ABI_MINOR);
    assert_non_null(strstr(buf, want));
    assert_non_null(strstr(buf, "{\"name\":\"badmajor\",\"path\":\"" LOADER_DIR
                                "/badmajor.la\",\"status\":\"refused\",\"reason\":\"incompatible "
                                "ABI 2.0 (engine supports 1.x)\"}"));
    unlink(path);
}

static void open_failure_names_plugin_path_and_reason(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "failopen", &m), 0);
    capture_begin();
    rp_instances *in = rp_instances_open(&m, NULL, 0);
    capture_end();
    assert_null(in);
    assert_string_equal(cap, "rapporteur: plugin \"failopen\" (" LOADER_DIR
                             "/failopen.la): open failed: cannot read its model file "
                             "/nonexistent/model.bin\n");
    rp_modules_free(&m);
}

static void options_reach_the_plugins_that_declare_them(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "good,failopen", &m), 0);
    assert_int_equal(m.n, 2);
    assert_string_equal(m.v[0].plugin->name, "good"); /* -p order */

    const char *const ok[] = {"good.word=cats", "*.label=animal", "*.nobody=1", NULL};
    assert_int_equal(rp_plugin_opts_check(&m, ok), 0);

    const char *const undeclared[] = {"good.wrod=cats", NULL};
    capture_begin();
    assert_int_equal(rp_plugin_opts_check(&m, undeclared), RP_EXIT_INPUT);
    capture_end();
    assert_string_equal(cap, "rapporteur: -P good.wrod=cats: plugin \"good\" has no option "
                             "\"wrod\" (its options: word, label, fail, bad)\n");

    const char *const not_running[] = {"themes.lexicon=x.lex", NULL};
    capture_begin();
    assert_int_equal(rp_plugin_opts_check(&m, not_running), RP_EXIT_INPUT);
    capture_end();
    assert_string_equal(cap, "rapporteur: -P themes.lexicon=x.lex: plugin \"themes\" is not "
                             "running (select it with -p)\n");

    const char *const malformed[] = {"good=1", NULL};
    capture_begin();
    rp_instances *in = rp_instances_open(&m, malformed, 0);
    capture_end();
    assert_null(in);
    assert_string_equal(cap, "rapporteur: -P good=1: expected plugin.key=value\n");
    rp_modules_free(&m);
}

static void options_checked_at_load_time_are_a_usage_error(void **state)
{
    (void)state;
    const char *const bad[] = {"good.colour=red", NULL};
    rp_loadopts o = {.dirs = test_dirs, .select = "good", .opts = bad};
    rp_modules m;
    capture_begin();
    assert_int_equal(rp_modules_load(&o, &m), RP_EXIT_INPUT);
    capture_end();
    assert_int_equal(m.n, 0);
    assert_string_equal(cap, "rapporteur: -P good.colour=red: plugin \"good\" has no option "
                             "\"colour\" (its options: word, label, fail, bad)\n");
}

static void a_failing_open_is_reported_once_whatever_the_workers(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "failopen", &m), 0);
    capture_begin();
    for (int worker = 0; worker < 4; worker++)
        assert_null(rp_instances_open(&m, NULL, 0));
    capture_end();
    assert_string_equal(cap, "rapporteur: plugin \"failopen\" (" LOADER_DIR
                             "/failopen.la): open failed: cannot read its model file "
                             "/nonexistent/model.bin\n");
    rp_modules_free(&m);
}

static void instances_process_documents_with_routed_options(void **state)
{
    (void)state;
    rp_modules m;
    assert_int_equal(load(test_dirs, "good", &m), 0);
    const char *const opts[] = {"*.label=verb", "*.nobody=1", "good.word=met", NULL};
    rp_instances *in = rp_instances_open(&m, opts, 0);
    assert_non_null(in);
    assert_int_equal(rp_instances_count(in), 1);
    assert_string_equal(rp_instances_name(in, 0), "good");
    const char *const *labels;
    size_t n;
    rp_instances_labels(in, 0, &labels, &n);
    assert_int_equal(n, 1);
    assert_string_equal(labels[0], "verb");

    rp_docbuf d;
    rp_docbuf_init(&d);
    rp_vocab *v = rp_vocab_new();
    const char text[] = "The rapporteur met the rapporteur.";
    d.text_owned = rp_xstrdup(text);
    d.doc.text = d.text_owned;
    d.doc.len = strlen(text);
    d.id = d.path = "visit";
    d.lang = "en";
    char err[256];
    assert_int_equal(rp_utf8_check(&d, err, sizeof err), 0);
    rp_segment(&d);
    rp_tokenize(&d, v);
    rp_docbuf_publish(&d);

    rp_sink sink;
    rp_sink_init(&sink);
    rp_sink_reset(&sink, &d.doc);
    assert_int_equal(rp_instances_process(in, &d.doc, &sink), 0);
    assert_null(sink.plugin);
    assert_int_equal(sink.annots.n, 1);
    assert_string_equal(sink.annots.v[0].plugin, "good");
    assert_string_equal(sink.annots.v[0].label, "verb");
    assert_int_equal(sink.annots.v[0].start, 15);
    assert_int_equal(sink.annots.v[0].end, 18);

    rp_sink_free(&sink);
    rp_docbuf_free(&d);
    rp_vocab_free(v);
    rp_instances_close(in);
    rp_modules_free(&m);
}

int main(void)
{
    unsetenv("RAPPORTEUR_PLUGIN_PATH"); /* the tests set it themselves */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_a_good_plugin_by_name),
        cmocka_unit_test(without_select_runs_default_plugins_and_warns_about_refused),
        cmocka_unit_test(refuses_another_major),
        cmocka_unit_test(refuses_a_newer_minor),
        cmocka_unit_test(refuses_a_module_without_the_symbol),
        cmocka_unit_test(refuses_an_invalid_name),
        cmocka_unit_test(refuses_a_duplicate_name),
        cmocka_unit_test(unknown_name_is_an_error_naming_it),
        cmocka_unit_test(missing_plugin_dir_is_an_error),
        cmocka_unit_test(refuses_world_writable_and_special_files),
        cmocka_unit_test(checks_the_shared_object_behind_a_libtool_archive),
        cmocka_unit_test(says_why_a_module_does_not_open),
        cmocka_unit_test(earlier_directory_shadows_later_and_env_path_is_searched),
        cmocka_unit_test(open_failure_names_plugin_path_and_reason),
        cmocka_unit_test(options_reach_the_plugins_that_declare_them),
        cmocka_unit_test(options_checked_at_load_time_are_a_usage_error),
        cmocka_unit_test(a_failing_open_is_reported_once_whatever_the_workers),
        cmocka_unit_test(instances_process_documents_with_routed_options),
    };
    return cmocka_run_group_tests_name("loader", tests, make_tmpdir, remove_tmpdir);
}
