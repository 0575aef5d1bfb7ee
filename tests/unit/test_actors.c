/*
 * test_actors.c -- unit tests of the actors plugin, run in-process through
 * the plugin test harness (tests/plugin-harness) with the real tokenizer,
 * lexicon matcher and the shipped gazetteers (lexicons/actors/).
 *
 * Each case states a precision trap or a feature of issue 5: ISO3 ids and
 * name variants, the longest name winning ("Democratic Republic of the
 * Congo" vs "the Congo", "United States" vs "States"), case ("WHO" vs
 * "who", "turkey"), persons and places ("Mr. Jordan", "Lake Chad"),
 * document symbols, acronyms a document defines, demonyms, options.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

RP_PLUGIN_DECLARE(actors_plugin);

/* The labels of every annotation, in document order, joined by ','. */
static const char *labels_of(rp_harness *h)
{
    static char buf[4096];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < rp_harness_count(h); i++) {
        const rp_annot *a = rp_harness_annot(h, i);
        int w = snprintf(buf + n, sizeof buf - n, "%s%s", i ? "," : "", a->label);
        if (w < 0 || (size_t)w >= sizeof buf - n)
            break;
        n += (size_t)w;
    }
    return buf;
}

/* Runs the plugin with opts on text and checks the label sequence. */
static rp_harness *run_expect(const char *text, const char *const *opts, const char *want)
{
    rp_harness *h = rp_harness_run(&actors_plugin, text, opts);
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_int_equal(rp_harness_rejected(h), 0);
    if (strcmp(labels_of(h), want) != 0)
        print_error("text: %s\n got: %s\nwant: %s\n", text, labels_of(h), want);
    assert_string_equal(labels_of(h), want);
    return h;
}

static void expect(const char *text, const char *want)
{
    rp_harness_free(run_expect(text, NULL, want));
}

static void test_countries_and_attrs(void **state)
{
    (void)state;
    rp_harness *h = run_expect("Contributions were received from Azerbaijan, C\xc3\xb4te "
                               "d\xe2\x80\x99Ivoire, T\xc3\xbcrkiye, Viet Nam and the Syrian "
                               "Arab Republic.",
                               NULL, "AZE,CIV,TUR,VNM,SYR");
    long i = rp_harness_find(h, "CIV", "C\xc3\xb4te d\xe2\x80\x99Ivoire");
    assert_true(i >= 0);
    const rp_annot *a = rp_harness_annot(h, (size_t)i);
    assert_string_equal(rp_harness_attr(a, "kind"), "country");
    assert_string_equal(rp_harness_attr(a, "iso3"), "CIV");
    assert_string_equal(rp_harness_attr(a, "name"), "C\xc3\xb4te d'Ivoire");
    assert_non_null(rp_harness_attr(a, "entry"));
    assert_null(rp_harness_attr(a, "learned"));
    rp_harness_free(h);
}

static void test_official_forms(void **state)
{
    (void)state;
    expect("Bolivia (Plurinational State of), the Plurinational State of Bolivia, Iran "
           "(Islamic Republic of) and Venezuela (Bolivarian Republic of).",
           "BOL,BOL,IRN,VEN");
    rp_harness *h = run_expect("Iran (Islamic Republic of) spoke.", NULL, "IRN");
    assert_string_equal(rp_harness_text(h, 0), "Iran (Islamic Republic of)");
    rp_harness_free(h);
    expect("The United Kingdom of Great Britain and Northern Ireland, the United Kingdom, "
           "the United States of America and the Russian Federation.",
           "GBR,GBR,USA,RUS");
    expect("Eswatini, formerly Swaziland; North Macedonia, formerly The former Yugoslav "
           "Republic of Macedonia; Czechia, or the Czech Republic; Turkey.",
           "SWZ,SWZ,MKD,MKD,CZE,CZE,TUR");
    expect("The Holy See and the State of Palestine are observer States.", "VAT,PSE,states");
    /* former Member States in the older record */
    h = run_expect("the Union of Soviet Socialist Republics and Czechoslovakia", NULL, "SUN,CSK");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "former"), "yes");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "iso3"), "SUN");
    rp_harness_free(h);
}

static void test_longest_wins(void **state)
{
    (void)state;
    expect("the Democratic Republic of the Congo and the Congo", "COD,COG");
    expect("the Republic of Korea and the Democratic People's Republic of Korea", "KOR,PRK");
    expect("Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea",
           "GNB,GNQ,PNG,GIN");
    expect("South Sudan and the Sudan", "SSD,SDN");
    expect("Dominica and the Dominican Republic", "DMA,DOM");
    expect("Niger and Nigeria", "NER,NGA");
    expect("The United States and other Member States. States should act. The report "
           "states that.",
           "USA,member-states,states");
}

static void test_case_and_context(void **state)
{
    (void)state;
    /* acronyms are case-sensitive */
    expect("The WHO said who would come.", "WHO");
    /* country names need a capital letter */
    expect("They ate turkey in chad.", "");
    /* persons and places that share a country's name */
    expect("Mr. Jordan spoke. Jordan and Lebanon spoke.", "JOR,LBN");
    expect("the Lake Chad Basin and Chad", "TCD");
    expect("the Niger Delta", "");
    /* names inside longer proper names: bodies, laws, programmes */
    expect("The Kenya National Commission on Human Rights wrote to the Commission on Human "
           "Rights.",
           "CHR");
    expect("Kenya's Vision 2030 and the Kenya Vision 2030 programme", "KEN");
    expect("The Persons with Disabilities Act protects persons with disabilities.",
           "persons-with-disabilities");
    /* a name across a line break inside a paragraph */
    expect("Report\n\nI. Introduction\n\n1. The Office of the United\nNations High "
           "Commissioner for Human Rights\nand the United Nations Development\nProgramme met.",
           "OHCHR,UNDP");
    /* groups inside titles in Title Case, across function words */
    expect("the International Day of the World's Indigenous Women and Girls, for all "
           "Indigenous Peoples and women and girls",
           "indigenous-peoples,women-and-girls");
    /* no name across punctuation the name does not have */
    expect("Liberal International, Organisation Mondiale", "");
    /* stems alone would make developed and developing countries one group */
    expect("developed countries and developing countries",
           "developed-countries,developing-countries");
    /* the African Union's Peace and Security Council is not the Security Council */
    expect("the Peace and Security Council of the African Union and the Security Council",
           "AU-PSC,UNSC");
    expect("on social media and in the media", "media");
    /* not=: police as a modifier */
    expect("police reform and the police", "law-enforcement");
    /* a name in capitals inside ordinary text is a title, not the State */
    expect("the SAMOA Pathway for Samoa", "WSM");
    expect("The Joint United Nations Programme on HIV/AIDS works.", "UNAIDS");
    expect("Ms. Georgia and Dr. Chad spoke.", "");
    /* document symbols and addresses are not mentions */
    expect("See A/HRC/47/53 and www.un.org/UNDP for details.", "");
}

static void test_roles_and_groups(void **state)
{
    (void)state;
    expect("The Secretary-General and the President of the General Assembly met the "
           "Special Rapporteur on the situation of human rights in Myanmar.",
           "secretary-general,president-of-the-general-assembly,special-rapporteur,MMR");
    expect("the President of the 79th Session of the UN General Assembly and the President "
           "of this session of the General Assembly",
           "president-of-the-general-assembly,president-of-the-general-assembly");
    expect("civil society, the private sector, national human rights institutions and "
           "persons with disabilities",
           "civil-society,private-sector,national-human-rights-institutions,"
           "persons-with-disabilities");
    expect("The Office of the United Nations High Commissioner for Human Rights (OHCHR) and "
           "the United Nations Development Programme (UNDP).",
           "OHCHR,OHCHR,UNDP,UNDP");
}

static void test_learned_acronym(void **state)
{
    (void)state;
    /* an unknown body: the acronym upper-cased becomes its id */
    rp_harness *h = run_expect("The Global Coalition for Water Research (GCWR) met. "
                               "Later, GCWR reported. The GCWRs agreed.",
                               NULL, "GCWR,GCWR,GCWR,GCWR");
    for (size_t i = 0; i < rp_harness_count(h); i++) {
        const rp_annot *a = rp_harness_annot(h, i);
        assert_string_equal(rp_harness_attr(a, "learned"), "yes");
        assert_string_equal(rp_harness_attr(a, "kind"), "organization");
        assert_string_equal(rp_harness_attr(a, "name"), "Global Coalition for Water Research");
    }
    assert_string_equal(rp_harness_text(h, 0), "Global Coalition for Water Research");
    assert_string_equal(rp_harness_text(h, 1), "GCWR");
    rp_harness_free(h);

    /* a gazetteer name: the acronym takes its id (the gazetteer has no
     * acronym entry for the International Trade Centre) */
    h = run_expect("the International Trade Centre (ITC) said that ITC would help.", NULL,
                   "ITC,ITC,ITC");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 2), "learned"), "yes");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 2), "name"),
                        "International Trade Centre");
    rp_harness_free(h);

    /* a known acronym after a variant of the name the gazetteer lacks: the
     * long form becomes that actor and hides the names inside it */
    h = run_expect("The United Nations Children Fund (UNICEF) works with UNICEF partners.",
                   NULL, "UNICEF,UNICEF,UNICEF");
    assert_string_equal(rp_harness_text(h, 0), "United Nations Children Fund");
    rp_harness_free(h);

    /* the initials need not cover the body's last word */
    expect("Kenya leads the Multinational Security Support Mission (MSS) in Haiti; the MSS "
           "grew.",
           "KEN,MSS,MSS,HTI,MSS");
    /* a gazetteer name that is only the end of the long form does not
     * give the acronym its id */
    expect("the Convention on the Rights of Persons with Disabilities (CRPD) and the CRPD", "");
    expect("the Working Group on the Universal Periodic Review (UPR) and the UPR",
           "UPR-WG");
    /* not a body: no learning */
    expect("the coronavirus disease (COVID-19) and the Sustainable Development Goals (SDGs) "
           "and SDGs",
           "");
    /* before its definition an acronym is not known */
    expect("GCWR is new. The Global Coalition for Water Research (GCWR) met.", "GCWR,GCWR");
}

static void test_demonyms(void **state)
{
    (void)state;
    expect("Swedish and Kenyan experts", "");
    const char *opts[] = {"demonyms=yes", NULL};
    rp_harness *h = run_expect("Swedish and Kenyan experts and Latin American States", opts,
                               "SWE,KEN,states");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "demonym"), "yes");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "name"), "Sweden");
    rp_harness_free(h);
}

static void test_overlap_option(void **state)
{
    (void)state;
    const char *all[] = {"overlap=all", NULL};
    rp_harness_free(run_expect("the United States", all, "USA,states"));
    const char *bad[] = {"overlap=widest", NULL};
    assert_null(rp_harness_open(&actors_plugin, bad));
    const char *badbool[] = {"demonyms=maybe", NULL};
    assert_null(rp_harness_open(&actors_plugin, badbool));
}

static void test_lexicon_options(void **state)
{
    (void)state;
    /* no lexicon at all is an error */
    const char *none[] = {"defaults=no", NULL};
    assert_null(rp_harness_open(&actors_plugin, none));
    /* a missing lexicon is an error */
    const char *missing[] = {"lexicon=actors/no-such-file.lex", NULL};
    assert_null(rp_harness_open(&actors_plugin, missing));
    /* one lexicon only */
    const char *roles[] = {"defaults=no", "lexicon=actors/roles.lex", NULL};
    rp_harness_free(run_expect("The Secretary-General visited Kenya.", roles,
                               "secretary-general"));
}

/* Writes text to a new temporary .lex file; returns its path (static). */
static const char *temp_lexicon(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/test_actors_XXXXXX.lex");
    int fd = mkstemps(path, 4);
    assert_true(fd >= 0);
    size_t n = strlen(text);
    assert_int_equal(write(fd, text, n), (ssize_t)n);
    close(fd);
    return path;
}

static void test_user_lexicon(void **state)
{
    (void)state;
    char opt[96];
    /* a category without kind= is an organization */
    snprintf(opt, sizeof opt, "lexicon=%s",
             temp_lexicon("@category\tACME\tAcme Alliance\nACME\tAcme Alliance\n"));
    const char *opts[] = {"defaults=no", opt, NULL};
    rp_harness *h = run_expect("The Acme Alliance met.", opts, "ACME");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "kind"), "organization");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "name"), "Acme Alliance");
    rp_harness_free(h);
    unlink(opt + 8);
    /* an unknown kind is refused */
    snprintf(opt, sizeof opt, "lexicon=%s",
             temp_lexicon("@category\tX\tX\tkind=countyr\nX\t=zork\n"));
    assert_null(rp_harness_open(&actors_plugin, opts));
    unlink(opt + 8);
}

static void test_labels(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_open(&actors_plugin, NULL);
    assert_non_null(h);
    const char *const *labels;
    size_t n;
    rp_harness_labels(h, &labels, &n);
    assert_true(n > 195 + 200);
    assert_string_equal(labels[0], "AFG");
    int usa = 0, ms = 0, sg = 0, unw = 0;
    for (size_t i = 0; i < n; i++) {
        usa += !strcmp(labels[i], "USA");
        ms += !strcmp(labels[i], "member-states");
        sg += !strcmp(labels[i], "secretary-general");
        unw += !strcmp(labels[i], "UN-WOMEN");
    }
    assert_int_equal(usa, 1);
    assert_int_equal(ms, 1);
    assert_int_equal(sg, 1);
    assert_int_equal(unw, 1);
    rp_harness_free(h);
}

static void test_empty_and_reuse(void **state)
{
    (void)state;
    rp_harness *h = rp_harness_open(&actors_plugin, NULL);
    assert_non_null(h);
    assert_int_equal(rp_harness_process(h, "", 0, NULL), RP_OK);
    assert_int_equal(rp_harness_count(h), 0);
    /* a learned acronym does not leak into the next document */
    const char *d1 = "The Global Coalition for Water Research (GCWR) met.";
    assert_int_equal(rp_harness_process(h, d1, strlen(d1), NULL), RP_OK);
    assert_int_equal(rp_harness_count(h), 2);
    const char *d2 = "GCWR met Kenya.";
    assert_int_equal(rp_harness_process(h, d2, strlen(d2), NULL), RP_OK);
    assert_string_equal(labels_of(h), "KEN");
    rp_harness_free(h);
}

int main(void)
{
    /* The harness's host resolves relative lexicon paths against the
     * installed lexicon directory; the shipped files under test are the
     * source tree's, and a relative path is tried as given first. */
    if (chdir(RP_SRCDIR "/lexicons") != 0) {
        perror(RP_SRCDIR "/lexicons");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_countries_and_attrs),
        cmocka_unit_test(test_official_forms),
        cmocka_unit_test(test_longest_wins),
        cmocka_unit_test(test_case_and_context),
        cmocka_unit_test(test_roles_and_groups),
        cmocka_unit_test(test_learned_acronym),
        cmocka_unit_test(test_demonyms),
        cmocka_unit_test(test_overlap_option),
        cmocka_unit_test(test_lexicon_options),
        cmocka_unit_test(test_user_lexicon),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_empty_and_reuse),
    };
    return cmocka_run_group_tests_name("actors", tests, NULL, NULL);
}
