/*
 * test_themes.c -- the themes plugin, linked into this test and run through
 * the plugin harness with the real lexicon loader and matcher: the shipped
 * SDG and UPR-issue lexicons on UN-report sentences, the options (lexicon,
 * defaults, overlap, scheme) and their errors, the attributes of an
 * annotation, the labels() list that gives `count --wide` its columns, and
 * two instances side by side.
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

#include "harness.h"

RP_PLUGIN_DECLARE(themes_plugin);

/* Is there an annotation with this label covering exactly this text? */
static int has(rp_harness *h, const char *label, const char *text)
{
    return rp_harness_find(h, label, text) >= 0;
}

/* Number of annotations with this label. */
static size_t count_label(rp_harness *h, const char *label)
{
    size_t n = 0;
    for (size_t i = 0; i < rp_harness_count(h); i++)
        if (strcmp(rp_harness_annot(h, i)->label, label) == 0)
            n++;
    return n;
}

/* Writes a small lexicon to a temporary file; returns its path (static). */
static const char *write_lexicon(const char *name, const char *body)
{
    static char path[4][256];
    static int next;
    char *p = path[next++ % 4];
    snprintf(p, sizeof path[0], "%s/rp-test-themes-%ld-%s", P_tmpdir, (long)getpid(), name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
    return p;
}

static void default_lexicons_tag_sdg_themes_in_un_prose(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_run(
        &themes_plugin,
        "12. Extreme poverty and hunger rose during the pandemic, while progress on gender "
        "equality and universal health coverage stalled. States should expand social "
        "protection floors, invest in renewable energy and act on climate change.",
        NULL);
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_int_equal(rp_harness_rejected(h), 0);
    assert_true(has(h, "sdg1", "Extreme poverty"));
    assert_true(has(h, "sdg2", "hunger"));
    assert_true(has(h, "sdg3", "pandemic"));
    assert_true(has(h, "sdg5", "gender equality"));
    assert_true(has(h, "sdg3", "universal health coverage"));
    assert_true(has(h, "sdg1", "social protection floors"));
    assert_true(has(h, "sdg7", "renewable energy"));
    assert_true(has(h, "sdg13", "climate change"));
    /* longest-per-category: "climate change" is one sdg13 match, not two */
    assert_int_equal(count_label(h, "sdg13"), 1);

    long i = rp_harness_find(h, "sdg5", "gender equality");
    assert_true(i >= 0);
    const rp_annot *a = rp_harness_annot(h, (size_t)i);
    assert_string_equal(a->plugin, "themes");
    assert_string_equal(rp_harness_attr(a, "scheme"), "sdg");
    assert_string_equal(rp_harness_attr(a, "entry"), "gender equality");
    assert_string_equal(rp_harness_attr(a, "path"), "sdg5");
    assert_null(rp_harness_attr(a, "weight"));
    rp_harness_free(h);
}

static void default_lexicons_tag_upr_issues_in_recommendations(void **state)
{
    (void)state;
    const char *opts[] = {"scheme=upr-issues", NULL};
    rp_harness *h = rp_harness_run(
        &themes_plugin,
        "140.7 Ratify the Optional Protocol to the Convention against Torture (Denmark);\n"
        "140.8 Establish a moratorium on executions with a view to abolishing the death "
        "penalty (France);\n"
        "140.9 Take measures to eliminate female genital mutilation and child marriage "
        "(Ghana);\n"
        "140.10 Combat trafficking in persons and ensure birth registration (Chile).\n",
        opts);
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_true(has(h, "upr-international-instruments", "Ratify"));
    assert_true(has(h, "upr-international-instruments", "Optional Protocol"));
    assert_true(has(h, "upr-torture-and-other-cid-treatment", "Convention against Torture"));
    assert_true(has(h, "upr-death-penalty", "moratorium"));
    assert_true(has(h, "upr-death-penalty", "abolishing the death penalty"));
    assert_true(has(h, "upr-womens-rights", "female genital mutilation"));
    assert_true(has(h, "upr-rights-of-the-child", "child marriage"));
    assert_true(has(h, "upr-trafficking", "trafficking in persons"));
    assert_true(has(h, "upr-rights-of-the-child", "birth registration"));
    /* scheme=upr-issues: nothing from the SDG lexicon */
    for (size_t i = 0; i < rp_harness_count(h); i++) {
        const rp_annot *a = rp_harness_annot(h, i);
        assert_string_equal(rp_harness_attr(a, "scheme"), "upr-issues");
        assert_true(strncmp(a->label, "upr-", 4) == 0);
    }
    rp_harness_free(h);
}

static void terms_inside_web_addresses_are_not_mentions(void **state)
{
    (void)state;
    const char *opts[] = {"scheme=sdg", NULL};
    rp_harness *h = rp_harness_run(
        &themes_plugin,
        "Debt relief is urgent.\n\n"
        "4 www.un.org/sites/files/un_policy_brief_on_debt_relief_and_covid.pdf; "
        "https://example.org/climate-change/Universal-Health-Coverage.pdf\n",
        opts);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 1);
    assert_true(has(h, "sdg17", "Debt relief"));
    assert_int_equal(count_label(h, "sdg13"), 0);
    assert_int_equal(count_label(h, "sdg3"), 0);
    rp_harness_free(h);

    /* a user's lexicon counts every match its rules make (the benchmark's
     * contract), web addresses included */
    const char *lex = write_lexicon("url.lex", "finance\tdebt relief\n");
    char opt[300];
    snprintf(opt, sizeof opt, "lexicon=%s", lex);
    const char *user[] = {"defaults=no", opt, NULL};
    h = rp_harness_run(&themes_plugin,
                       "Debt relief is urgent.\n\n"
                       "4 www.un.org/sites/files/un_policy_brief_on_debt_relief_and_covid.pdf\n",
                       user);
    assert_non_null(h);
    assert_int_equal(count_label(h, "finance"), 2);
    rp_harness_free(h);
    unlink(lex);
}

static void labels_list_every_category_in_lexicon_order(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_open(&themes_plugin, NULL);
    assert_non_null(h);
    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 17 + 54); /* SDGs 1-17, then UPR Info's 54 issues */
    char id[16];
    for (int g = 1; g <= 17; g++) {
        snprintf(id, sizeof id, "sdg%d", g);
        assert_string_equal(labels[g - 1], id);
    }
    assert_string_equal(labels[17], "upr-asylum-seekers-refugees");
    int found_womens = 0, found_hiv = 0, found_cid = 0, found_other = 0;
    for (size_t i = 17; i < n; i++) {
        assert_true(strncmp(labels[i], "upr-", 4) == 0);
        found_womens += strcmp(labels[i], "upr-womens-rights") == 0;
        found_hiv += strcmp(labels[i], "upr-hiv-aids") == 0;
        found_cid += strcmp(labels[i], "upr-torture-and-other-cid-treatment") == 0;
        found_other += strcmp(labels[i], "upr-other") == 0;
    }
    assert_int_equal(found_womens + found_hiv + found_cid + found_other, 4);
    rp_harness_free(h);

    const char *opts[] = {"scheme=sdg", NULL};
    h = rp_harness_open(&themes_plugin, opts);
    assert_non_null(h);
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 17);
    assert_string_equal(labels[16], "sdg17");
    rp_harness_free(h);
}

static void user_lexicon_replaces_defaults_and_reports_path_weight_attrs(void **state)
{
    (void)state;
    const char *lex = write_lexicon("user.lex",
                                    "@scheme\tdemo\n"
                                    "@category\tenv\tEnvironment\n"
                                    "@category\tclimate\tClimate\tparent=env\n"
                                    "@category\tdigital\tDigital\n"
                                    "climate\tclimate change\tweight=0.5\tsource=test\n"
                                    "env\tbiodiversity\n"
                                    "digital\tdigital divide\n");
    char opt[300];
    snprintf(opt, sizeof opt, "lexicon=%s", lex);
    const char *opts[] = {"defaults=no", opt, NULL};
    rp_harness *h = rp_harness_run(&themes_plugin,
                                   "Climate change and biodiversity loss widen the digital "
                                   "divide; poverty too.",
                                   opts);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 3); /* no sdg1 for poverty: defaults=no */
    long i = rp_harness_find(h, "climate", "Climate change");
    assert_true(i >= 0);
    const rp_annot *a = rp_harness_annot(h, (size_t)i);
    assert_string_equal(rp_harness_attr(a, "scheme"), "demo");
    assert_string_equal(rp_harness_attr(a, "entry"), "climate change");
    assert_string_equal(rp_harness_attr(a, "path"), "env/climate");
    assert_string_equal(rp_harness_attr(a, "weight"), "0.5");
    assert_string_equal(rp_harness_attr(a, "source"), "test");
    assert_true(has(h, "env", "biodiversity"));
    assert_true(has(h, "digital", "digital divide"));

    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 3);
    assert_string_equal(labels[0], "env");
    assert_string_equal(labels[1], "climate");
    assert_string_equal(labels[2], "digital");
    rp_harness_free(h);

    /* a lexicon added to the defaults: both run, labels in load order,
     * a category id shared with a default lexicon listed once */
    const char *extra = write_lexicon("extra.lex", "@scheme\textra\nsdg13\tgreen economy\n");
    snprintf(opt, sizeof opt, "lexicon=%s", extra);
    const char *opts2[] = {opt, NULL};
    h = rp_harness_run(&themes_plugin, "A green economy ends poverty.", opts2);
    assert_non_null(h);
    assert_true(has(h, "sdg13", "green economy"));
    assert_true(has(h, "sdg1", "poverty"));
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 71);
    rp_harness_free(h);

    /* the same lexicon given twice (and a shipped one given again by its
     * full path) is loaded once: no doubled matches */
    const char *twice[] = {"defaults=no", opt, opt, "lexicon=" RP_SRCDIR "/lexicons/sdg.lex",
                           "lexicon=sdg.lex", NULL};
    h = rp_harness_run(&themes_plugin, "A green economy ends poverty.", twice);
    assert_non_null(h);
    assert_int_equal(count_label(h, "sdg13"), 1);
    assert_int_equal(count_label(h, "sdg1"), 1);
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 17);
    rp_harness_free(h);
    unlink(lex);
    unlink(extra);
}

static void deep_category_chains_are_cut_at_32_levels(void **state)
{
    (void)state;
    /* 5000 categories, each the parent of the next: the path of the
     * deepest names its 32 nearest ancestors, in bounded time and memory */
    char path[256];
    snprintf(path, sizeof path, "%s/rp-test-themes-%ld-deep.lex", P_tmpdir, (long)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "@category\tc0\tC0\n");
    for (int i = 1; i < 5000; i++)
        fprintf(f, "@category\tc%d\tC%d\tparent=c%d\n", i, i, i - 1);
    fprintf(f, "c4999\tdeep term\n");
    fclose(f);
    char opt[300];
    snprintf(opt, sizeof opt, "lexicon=%s", path);
    const char *opts[] = {"defaults=no", opt, NULL};
    rp_harness *h = rp_harness_run(&themes_plugin, "A deep term.", opts);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 1);
    const char *p = rp_harness_attr(rp_harness_annot(h, 0), "path");
    assert_non_null(p);
    size_t slashes = 0;
    for (const char *q = p; *q; q++)
        slashes += *q == '/';
    assert_int_equal(slashes, 31);
    assert_true(strncmp(p, "c4968/", 6) == 0);
    assert_true(strcmp(p + strlen(p) - 6, "/c4999") == 0);
    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    assert_int_equal(n, 5000);
    rp_harness_free(h);
    unlink(path);
}

static void overlap_option_selects_the_matcher_policy(void **state)
{
    (void)state;
    const char *lex = write_lexicon("overlap.lex",
                                    "@category\tclimate\tClimate\n"
                                    "@category\tenergy\tEnergy\n"
                                    "climate\tclimate\n"
                                    "climate\tclimate change\n"
                                    "energy\tchange\n");
    char opt[300];
    snprintf(opt, sizeof opt, "lexicon=%s", lex);
    const char *text = "Climate change is here.";

    const char *per_cat[] = {"defaults=no", opt, NULL};
    rp_harness *h = rp_harness_run(&themes_plugin, text, per_cat);
    assert_non_null(h);
    assert_int_equal(count_label(h, "climate"), 1);
    assert_int_equal(count_label(h, "energy"), 1);
    rp_harness_free(h);

    const char *all[] = {"defaults=no", opt, "overlap=all", NULL};
    h = rp_harness_run(&themes_plugin, text, all);
    assert_non_null(h);
    assert_int_equal(count_label(h, "climate"), 2);
    assert_int_equal(count_label(h, "energy"), 1);
    rp_harness_free(h);

    const char *longest[] = {"defaults=no", opt, "overlap=longest", NULL};
    h = rp_harness_run(&themes_plugin, text, longest);
    assert_non_null(h);
    assert_int_equal(rp_harness_count(h), 1);
    assert_true(has(h, "climate", "Climate change"));
    rp_harness_free(h);
    unlink(lex);
}

static void bad_options_fail_open_with_a_message(void **state)
{
    (void)state;
    const char *no_lex[] = {"defaults=no", NULL};
    assert_null(rp_harness_open(&themes_plugin, no_lex));
    const char *bad_defaults[] = {"defaults=maybe", NULL};
    assert_null(rp_harness_open(&themes_plugin, bad_defaults));
    const char *bad_overlap[] = {"overlap=shortest", NULL};
    assert_null(rp_harness_open(&themes_plugin, bad_overlap));
    const char *missing[] = {"lexicon=/nonexistent/themes.lex", NULL};
    assert_null(rp_harness_open(&themes_plugin, missing));
    const char *no_scheme[] = {"scheme=nosuch", NULL};
    assert_null(rp_harness_open(&themes_plugin, no_scheme));
    const char *empty[] = {"lexicon=", NULL};
    assert_null(rp_harness_open(&themes_plugin, empty));
    const char *broken_body = "@category\tx\tX\n@nonsense\there\n";
    const char *broken = write_lexicon("broken.lex", broken_body);
    char opt[300];
    snprintf(opt, sizeof opt, "lexicon=%s", broken);
    const char *bad_file[] = {"defaults=no", opt, NULL};
    assert_null(rp_harness_open(&themes_plugin, bad_file));
    unlink(broken);
}

static void two_instances_share_lexicons_but_not_state(void **state)
{
    (void)state;
    rp_harness *a = rp_harness_open(&themes_plugin, NULL);
    rp_harness *b = rp_harness_open(&themes_plugin, NULL);
    assert_non_null(a);
    assert_non_null(b);
    const char *t1 = "Access to safe drinking water and sanitation.";
    const char *t2 = "Deforestation threatens biodiversity; corruption undermines the rule of law.";
    assert_int_equal(rp_harness_process(a, t1, strlen(t1), NULL), RP_OK);
    assert_int_equal(rp_harness_process(b, t2, strlen(t2), NULL), RP_OK);
    assert_true(has(a, "sdg6", "drinking water"));
    assert_true(has(a, "sdg6", "water and sanitation"));
    assert_int_equal(count_label(a, "sdg15"), 0);
    assert_true(has(b, "sdg15", "Deforestation"));
    assert_true(has(b, "sdg15", "biodiversity"));
    assert_true(has(b, "sdg16", "corruption"));
    assert_true(has(b, "sdg16", "rule of law"));
    assert_int_equal(count_label(b, "sdg6"), 0);
    /* the first instance again, after the second ran */
    assert_int_equal(rp_harness_process(a, t2, strlen(t2), NULL), RP_OK);
    assert_true(has(a, "sdg15", "biodiversity"));
    rp_harness_free(a);
    rp_harness_free(b);
}

static void benchmark_tsv_gives_its_categories_in_file_order(void **state)
{
    (void)state;
    const char *shared = getenv("RP_SHARED");
    char path[1024];
    snprintf(path, sizeof path, "%s/bench/themes.tsv", shared ? shared : "");
    if (!shared || access(path, R_OK) != 0) {
        print_message("RP_SHARED not set or absent: skipping bench/themes.tsv\n");
        skip();
    }
    char opt[1100];
    snprintf(opt, sizeof opt, "lexicon=%s", path);
    const char *opts[] = {"defaults=no", opt, NULL};
    rp_harness *h = rp_harness_run(&themes_plugin,
                                   "Universal health coverage, climate change and debt relief.",
                                   opts);
    assert_non_null(h);
    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    static const char *const want[] = {"health", "climate", "gender", "finance",
                                       "digital", "civic_space", "discrimination", "development"};
    assert_int_equal(n, 8);
    for (size_t i = 0; i < 8; i++)
        assert_string_equal(labels[i], want[i]);
    assert_true(count_label(h, "health") >= 1);
    assert_true(count_label(h, "climate") >= 1);
    assert_true(count_label(h, "finance") >= 1);
    rp_harness_free(h);
}

/* The harness's host resolves relative lexicon paths against the install
 * directory (a test binary is not `rapporteur` in the build tree), and a
 * relative path is first tried as given: run from the source tree's
 * lexicons so that defaults=yes opens the shipped files. */
static int in_lexicon_dir(void **state)
{
    (void)state;
    return chdir(RP_SRCDIR "/lexicons");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_lexicons_tag_sdg_themes_in_un_prose),
        cmocka_unit_test(default_lexicons_tag_upr_issues_in_recommendations),
        cmocka_unit_test(terms_inside_web_addresses_are_not_mentions),
        cmocka_unit_test(labels_list_every_category_in_lexicon_order),
        cmocka_unit_test(user_lexicon_replaces_defaults_and_reports_path_weight_attrs),
        cmocka_unit_test(deep_category_chains_are_cut_at_32_levels),
        cmocka_unit_test(overlap_option_selects_the_matcher_policy),
        cmocka_unit_test(bad_options_fail_open_with_a_message),
        cmocka_unit_test(two_instances_share_lexicons_but_not_state),
        cmocka_unit_test(benchmark_tsv_gives_its_categories_in_file_order),
    };
    return cmocka_run_group_tests(tests, in_lexicon_dir, NULL);
}
