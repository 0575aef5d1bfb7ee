/*
 * test_symbols.c -- the out-of-tree example plugin (examples/symbols),
 * linked into this test and run through the plugin harness: what a
 * researcher gets for the symbols and resolution numbers of UN reports.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"

RP_PLUGIN_DECLARE(symbols_plugin);

/* Checks annotation i: label, covered text, body (NULL: none) and kind. */
static void expect(rp_harness *h, size_t i, const char *label, const char *covered,
                   const char *body, const char *kind)
{
    const rp_annot *a = rp_harness_annot(h, i);
    assert_non_null(a);
    assert_string_equal(a->plugin, "symbols");
    assert_string_equal(a->label, label);
    assert_string_equal(rp_harness_text(h, i), covered);
    if (body)
        assert_string_equal(rp_harness_attr(a, "body"), body);
    else
        assert_null(rp_harness_attr(a, "body"));
    assert_string_equal(rp_harness_attr(a, "kind"), kind);
}

static void tags_document_symbols_with_their_organ(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(&symbols_plugin,
                                   "The report of the Special Rapporteur (A/HRC/47/53) follows "
                                   "E/CN.6/2021/14. See also S/2021/123, S/PV.8000, "
                                   "CCPR/C/GC/36 and A/HRC/WG.6/40/L.1/Add.1. Regional: "
                                   "ESCAP/MIPAA/IGM.3/2022/3/Add.1; not UN: WT/COMTD/LDC/W/73.",
                                   NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 7);
    expect(h, 0, "A/HRC/47/53", "A/HRC/47/53", "A/HRC", "document");
    assert_int_equal(rp_harness_annot(h, 0)->start, 38);
    expect(h, 1, "E/CN.6/2021/14", "E/CN.6/2021/14", "E/CN.6", "document"); /* no full stop */
    expect(h, 2, "S/2021/123", "S/2021/123", "S", "document");
    expect(h, 3, "S/PV.8000", "S/PV.8000", "S", "meeting-record");
    expect(h, 4, "CCPR/C/GC/36", "CCPR/C/GC/36", "CCPR", "document");
    expect(h, 5, "A/HRC/WG.6/40/L.1/Add.1", "A/HRC/WG.6/40/L.1/Add.1", "A/HRC/WG.6", "document");
    expect(h, 6, "ESCAP/MIPAA/IGM.3/2022/3/Add.1", "ESCAP/MIPAA/IGM.3/2022/3/Add.1", "ESCAP",
           "document");
    rp_harness_free(h);
}

static void tags_resolution_numbers_and_names_the_organ_when_known(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(
        &symbols_plugin,
        "Recalling General Assembly resolution 74/151 (A/RES/74/151), Human Rights Council "
        "resolutions 41/2 and 44/7, Security Council resolution 1325 (2000) and resolution 70/1.",
        NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 6);
    expect(h, 0, "A/RES/74/151", "74/151", "A", "resolution");
    expect(h, 1, "A/RES/74/151", "A/RES/74/151", "A", "resolution");
    expect(h, 2, "A/HRC/RES/41/2", "41/2", "A/HRC", "resolution");
    expect(h, 3, "A/HRC/RES/44/7", "44/7", "A/HRC", "resolution");
    expect(h, 4, "S/RES/1325 (2000)", "1325 (2000)", "S", "resolution");
    expect(h, 5, "70/1", "70/1", NULL, "resolution"); /* organ not named */
    rp_harness_free(h);
}

static void splits_joint_symbols_and_keeps_hyphenated_sessions(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(&symbols_plugin,
                                   "(E/2021/27-E/CN.6/2021/14) and A/RES/ES-11/1.", NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 3);
    expect(h, 0, "E/2021/27", "E/2021/27", "E", "document");
    expect(h, 1, "E/CN.6/2021/14", "E/CN.6/2021/14", "E/CN.6", "document");
    expect(h, 2, "A/RES/ES-11/1", "A/RES/ES-11/1", "A", "resolution");
    rp_harness_free(h);
}

static void leaves_look_alikes_alone(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(&symbols_plugin,
                                   "A/C units, S/N numbers, a 10/20 vision, the 2030 Agenda, "
                                   "UNDP/A/HRC/47/53 and A/HRC/47/53x9/.",
                                   NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
}

static void copes_with_markdown_footnote_markers_and_bad_bytes(void **state)
{
    (void)state;
    /* "[A/HRC/47/53](#)", a footnote marker glued on, an invalid byte */
    const char text[] = "See [A/HRC/47/53](#) and A/74/151\xc2\xb3\xc2\xb2 in caf\xe9 reports.";
    rp_harness *h = rp_harness_open(&symbols_plugin, NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_process(h, text, sizeof text - 1, "en"), RP_OK);
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "A/HRC/47/53", "A/HRC/47/53", "A/HRC", "document");
    assert_int_equal(rp_harness_annot(h, 0)->start, 5);
    expect(h, 1, "A/74/151", "A/74/151", "A", "document");
    rp_harness_free(h);
}

static void options_select_what_is_tagged(void **state)
{
    (void)state;
    const char text[] = "General Assembly resolution 74/151, A/RES/74/151 and A/HRC/47/53.";
    const char *const no_res[] = {"resolutions=no", NULL};
    rp_harness *h = rp_harness_run(&symbols_plugin, text, no_res);
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "A/RES/74/151", "A/RES/74/151", "A", "resolution");
    rp_harness_free(h);

    const char *const hrc[] = {"bodies=A/HRC,S", NULL};
    h = rp_harness_run(&symbols_plugin, text, hrc);
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "A/HRC/47/53", "A/HRC/47/53", "A/HRC", "document");
    rp_harness_free(h);

    const char *const bad[] = {"resolutions=maybe", NULL};
    fflush(stderr);
    int saved = dup(2);
    FILE *cap = tmpfile();
    dup2(fileno(cap), 2);
    h = rp_harness_open(&symbols_plugin, bad);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(cap);
    char line[512] = "";
    assert_non_null(fgets(line, sizeof line, cap));
    fclose(cap);
    assert_null(h);
    assert_string_equal(line, "rapporteur: plugin \"symbols\" ((linked into the test)): open "
                              "failed: resolutions: expected yes or no, got \"maybe\"\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tags_document_symbols_with_their_organ),
        cmocka_unit_test(tags_resolution_numbers_and_names_the_organ_when_known),
        cmocka_unit_test(splits_joint_symbols_and_keeps_hyphenated_sessions),
        cmocka_unit_test(leaves_look_alikes_alone),
        cmocka_unit_test(copes_with_markdown_footnote_markers_and_bad_bytes),
        cmocka_unit_test(options_select_what_is_tagged),
    };
    return cmocka_run_group_tests_name("symbols", tests, NULL, NULL);
}
