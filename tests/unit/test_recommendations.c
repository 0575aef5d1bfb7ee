/*
 * test_recommendations.c -- the recommendations plugin, linked into this
 * test and run through the plugin harness on sentences of the kinds UN
 * reports and UPR recommendation lists contain: what counts as a
 * recommended action, its span, lemma, UPR category, strength, cue,
 * addressee and recommending State, and what must not count.
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
#include "../../plugins/recommendations/recs.h"

RP_PLUGIN_DECLARE(recs_plugin);

/* The actors lexicons of the source tree (the test runs in lexicons/, where
 * the plugin's relative paths resolve; the installed lexicon directory the
 * plugin would search for actors/ does not exist yet). */
static const char *const actor_opts[] = {
    "addressees=actors/countries.lex,actors/groups.lex,actors/organizations.lex,actors/roles.lex",
    NULL};

/* Runs the plugin on text; fails the test if it cannot. */
static rp_harness *run(const char *text)
{
    rp_harness *h = rp_harness_run(&recs_plugin, text, actor_opts);
    assert_non_null(h);
    assert_false(rp_harness_failed(h));
    assert_int_equal(rp_harness_rejected(h), 0);
    return h;
}

/* Checks annotation i: label, covered text, strength, and category, cue,
 * addressee and from when not NULL ("" = must be absent). */
static void expect(rp_harness *h, size_t i, const char *label, const char *covered,
                   const char *category, const char *strength, const char *cue,
                   const char *addressee, const char *from)
{
    const rp_annot *a = rp_harness_annot(h, i);
    assert_non_null(a);
    assert_string_equal(a->plugin, "recommendations");
    assert_string_equal(a->label, label);
    assert_string_equal(rp_harness_text(h, i), covered);
    if (category) /* NULL: the model's choice is checked by the caller */
        assert_string_equal(rp_harness_attr(a, "category"), category);
    assert_string_equal(rp_harness_attr(a, "strength"), strength);
    if (cue)
        assert_string_equal(rp_harness_attr(a, "cue"), cue);
    if (addressee && addressee[0])
        assert_string_equal(rp_harness_attr(a, "addressee"), addressee);
    else if (addressee)
        assert_null(rp_harness_attr(a, "addressee"));
    if (from && from[0])
        assert_string_equal(rp_harness_attr(a, "from"), from);
    else if (from)
        assert_null(rp_harness_attr(a, "from"));
}

static void upr_line_with_number_and_recommending_state(void **state)
{
    (void)state;
    rp_harness *h = run("140.7 Ratify the Optional Protocol to the Convention against Torture "
                        "(Maldives);\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "", "MDV");
    rp_harness_free(h);
}

static void a_country_in_ly_is_an_addressee_not_an_adverb(void **state)
{
    (void)state;
    /* "-ly" words are skipped as adverbs ("should also jointly adopt"),
     * but not the names and nouns grammar.lex lists (lynoun) */
    rp_harness *h = run("The report notes that Italy should adopt a law on torture. "
                        "States should jointly adopt a plan.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "adopt", "adopt", NULL, "strong", "should", "ITA", NULL);
    expect(h, 1, "adopt", "adopt", NULL, "strong", "should", "states", NULL);
    rp_harness_free(h);
}

static void a_subject_that_opens_its_clause_is_the_addressee(void **state)
{
    (void)state;
    /* words between the subject and its modal: a participle, a
     * coordinated non-actor, a relative clause */
    rp_harness *h = run("According to the submissions, States and stakeholders participating in the "
                        "review should adhere to its principles. "
                        "All States and other relevant actors should cooperate. "
                        "All States which wish to see peace should refrain from threats.\n");
    assert_int_equal(rp_harness_count(h), 3);
    expect(h, 0, "adhere", "adhere", NULL, "strong", "should", "states,stakeholders", NULL);
    expect(h, 1, "cooperate", "cooperate", NULL, "strong", "should", "states", NULL);
    expect(h, 2, "refrain", "refrain", NULL, "strong", "should", "states", NULL);
    rp_harness_free(h);
}

static void an_actor_followed_by_its_own_verb_is_not_the_addressee(void **state)
{
    (void)state;
    /* the actor says or believes something; someone else should act */
    rp_harness *h = run("China believes that different civilizations should respect one another. "
                        "The Secretary-General's proposal that there should be a fund was noted. "
                        "Cooperation with the United Nations should be strengthened.\n");
    for (size_t i = 0; i < rp_harness_count(h); i++)
        assert_null(rp_harness_attr(rp_harness_annot(h, i), "addressee"));
    assert_true(rp_harness_count(h) >= 2);
    rp_harness_free(h);
}

static void a_quoted_title_holds_no_coordinated_action(void **state)
{
    (void)state;
    /* GA resolutions' closing paragraph: the title's "and complete" is no
     * second action; the coordinated "and to review" after it is */
    rp_harness *h = run("5. Decides to include in the provisional agenda of its eighty-first session, "
                        "under the item entitled \u201cGeneral and complete disarmament\u201d, the "
                        "sub-item entitled \u201cConvention on the Use and Transfer of Mines\u201d and "
                        "to review its implementation.\n");
    assert_int_equal(rp_harness_count(h), 2);
    assert_string_equal(rp_harness_annot(h, 0)->label, "include");
    assert_string_equal(rp_harness_annot(h, 1)->label, "review");
    rp_harness_free(h);
}

static void a_speakers_asides_are_no_imperatives(void **state)
{
    (void)state;
    /* General Debate prose: sentence-opening adverbs, asides and questions
     * look like imperatives and ask no one to act */
    rp_harness *h = run("Almost a year later, the war goes on. Nearly the entire population "
                        "has been displaced. Take, for example, the lockdowns of 2020. Consider "
                        "what happened in a recent case. Then the third stage began. Do you want "
                        "this right? Stop the violence.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "stop", "Stop", NULL, "strong", "Stop", NULL, NULL);
    rp_harness_free(h);
    /* a one-line recommendation with "for example" further on stays one */
    h = run("Consider cooperation with, for example, the Special Rapporteur on torture.\n");
    assert_int_equal(rp_harness_count(h), 1);
    assert_string_equal(rp_harness_annot(h, 0)->label, "consider");
    rp_harness_free(h);
}

static void a_cross_reference_is_no_action(void **state)
{
    (void)state;
    rp_harness *h = run("Sources: UNCTAD. See https://unctad.org/publication/2024. For the composition "
                        "of the delegation, see annex I to the present report. In my address last year "
                        "(see A/77/PV.6), I spoke of peace.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
    /* a UPR matrix's "see recommendation 71", a footnote's "See also AI,
     * p. 2." and a footnote "23 See" whose link stands apart */
    h = run("Rec. 84 See recommendation 71. Rec. 86 See also recommendations 53 and 71. "
            "See also JS3, p. 9.\n\n23 See\n\nhttps://normlex.ilo.org/dyn/normlex/en\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
    h = run("See to it that its action respects human rights (Islamic Republic of Iran);\n");
    assert_int_equal(rp_harness_count(h), 1);
    assert_string_equal(rp_harness_annot(h, 0)->label, "see");
    rp_harness_free(h);
}

static void a_documents_title_is_no_imperative(void **state)
{
    (void)state;
    rp_harness *h = run("Follow-up to the World Summit for Social Development\n\n"
                        "Report of the Secretary-General\n\n"
                        "1. States should expand social protection to all workers.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "expand", "expand", NULL, "strong", "should", "states", NULL);
    rp_harness_free(h);
}

static void upr_lines_several_recommending_states(void **state)
{
    (void)state;
    rp_harness *h = run("Adopt a law on domestic violence (France) (Germany).\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "Adopt", "5", "strong", NULL, "", "FRA,DEU");
    rp_harness_free(h);
}

static void upr_list_inside_one_sentence(void **state)
{
    (void)state;
    /* a WG report's list: the items are not sentences of their own */
    rp_harness *h = run("4. The following recommendations will be examined by the State:\n"
                        "4.1 Ratify the Convention on Enforced Disappearance (Uruguay);\n"
                        "4.2 Adopt a comprehensive anti-discrimination law "
                        "(Netherlands (Kingdom of the));\n"
                        "4.3 Guarantee the right to education (Bolivia (Plurinational State of)).\n");
    assert_int_equal(rp_harness_count(h), 3);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "", "URY");
    expect(h, 1, "adopt", "Adopt", "5", "strong", "Adopt", "", "NLD");
    expect(h, 2, "guarantee", "Guarantee", "4", "strong", "Guarantee", "", "BOL");
    rp_harness_free(h);

    /* lettered items after "should:"; a cross-reference is no item */
    h = run("The multilateral system should:\n(a) Prioritize funding for renewables;\n"
            "(b) Support for renewables projects.\nProgress is slow in crisis-affected "
            "countries\n(see sect. III).\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "prioritize", "Prioritize", "4", "strong", "Prioritize", "", "");
    rp_harness_free(h);
}

/* A Working Group report's list: its lead-in names the State under review
 * and its response, for the items of that list only. */
static void upr_list_lead_in_names_the_state_and_its_response(void **state)
{
    (void)state;
    /* "enjoy the support of" with no "examined by"; an item in the
     * recommending State's third person */
    rp_harness *h = run("108. The recommendations formulated during the interactive dialogue and "
                        "listed below enjoy the support of Indonesia:\n"
                        "108.1. Ratify the Convention (Chile);\n"
                        "108.2. Implements procedural measures to protect migrant workers (Egypt);\n"
                        "109. The recommendation below did not enjoy the support of Indonesia:\n"
                        "109.1. Abolish the death penalty (France).\n");
    assert_int_equal(rp_harness_count(h), 3);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "IDN", "CHL");
    expect(h, 1, "implement", "Implements", NULL, "strong", "Implements", "IDN", "EGY");
    expect(h, 2, "abolish", "Abolish", "5", "strong", "Abolish", "IDN", "FRA");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "response"), "supported");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 1), "response"), "supported");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 2), "response"), "noted");
    rp_harness_free(h);

    /* the items of a list ending in ";" are one sentence: an item's own
     * "recommendations ... not ... the support of" is no lead-in */
    h = run("88. The following recommendations will be examined by Haiti, which will "
            "provide responses in due time:\n"
            "88.1 Ratify the Convention (Algeria);\n"
            "88.2 Implement the recommendations that did not obtain the support of Chile "
            "(Spain);\n"
            "88.3 Secure what is prescribed in its Penal Code (Paraguay).\n");
    assert_int_equal(rp_harness_count(h), 3);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "HTI", "DZA");
    expect(h, 1, "implement", "Implement", NULL, "strong", "Implement", "HTI", "ESP");
    expect(h, 2, "secure", "Secure", NULL, "strong", "Secure", "HTI", "PRY");
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(rp_harness_attr(rp_harness_annot(h, i), "response"), "pending");
    rp_harness_free(h);

    /* the list is over at the report's next paragraph */
    h = run("41. The recommendations below enjoy the support of Kenya:\n"
            "41.1 Ratify the Convention (Chile).\n\n"
            "42. The Constitution prohibits forced labour. Ensure that "
            "children are protected.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "KEN", "CHL");
    assert_null(rp_harness_attr(rp_harness_annot(h, 1), "response"));
    assert_null(rp_harness_attr(rp_harness_annot(h, 1), "addressee"));
    rp_harness_free(h);

    /* a list numbered 1, 2, ... after its lead-in paragraph, past the
     * paragraph's own number (as the reports of 2008-2010 print it) */
    h = run("1. The response of Somalia to the recommendations will be included in the "
            "outcome report:\n1.\nRatify the Convention (Chile);\n\n"
            "2.\nRepeal the law (France);\n\n3.\nSign the Protocol (Spain);\n\n"
            "2. All conclusions reflect the position of the submitting States. States should "
            "cooperate.\n");
    assert_int_equal(rp_harness_count(h), 4);
    expect(h, 0, "ratify", "Ratify", "5", "strong", "Ratify", "SOM", "CHL");
    expect(h, 1, "repeal", "Repeal", "5", "strong", "Repeal", "SOM", "FRA");
    expect(h, 2, "sign", "Sign", "5", "strong", "Sign", "SOM", "ESP");
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(rp_harness_attr(rp_harness_annot(h, i), "response"), "pending");
    expect(h, 3, "cooperate", "cooperate", NULL, "strong", "should", "states", "");
    assert_null(rp_harness_attr(rp_harness_annot(h, 3), "response"));
    rp_harness_free(h);
}

/* In prose, a sentence's first word that reaches a verb of its own is the
 * head of its subject, not an imperative; a recommendation's is. */
static void a_subject_that_reaches_its_verb_is_no_imperative(void **state)
{
    (void)state;
    rp_harness *h = run("The mission met. Work in almost all countries has been carried out with "
                        "partners. Resource shortages remain critical. Respect for international "
                        "law is a core interest.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
    /* nor is a name in title case; an actor's name is an object */
    h = run("The data were shared. Open Data Watch assists the Secretariat. Support United "
            "Nations efforts. Establish National Human Rights Institutions everywhere.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "support", "Support", NULL, "strong", "Support", "", "");
    expect(h, 1, "establish", "Establish", NULL, "strong", "Establish", "", "");
    rp_harness_free(h);
    /* nor is the name of a numbered text */
    h = run("The Labour Code was amended. Act No. 1/11 of 24 November 2020 revised it.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* a verb that takes a clause without "that"; a boundary before the verb */
    h = run("The mission met. Ensure the Council is informed. Support the authorities and "
            "those who are displaced.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "ensure", "Ensure", NULL, "strong", "Ensure", "", "");
    expect(h, 1, "support", "Support", NULL, "strong", "Support", "", "");
    rp_harness_free(h);

    h = run("The mission met. Take all necessary measures so children are protected.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "take", "Take", NULL, "strong", "Take", "", "");
    rp_harness_free(h);

    /* a UPR recommendation is read as one, whatever follows its verb */
    h = run("Publish the data the Committee has requested\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "publish", "Publish", NULL, "strong", "Publish", "", "");
    rp_harness_free(h);
    h = run("The mission met. Publish the data the Committee has requested.\n");
    assert_int_equal(rp_harness_count(h), 0); /* the price in prose */
    rp_harness_free(h);
}

/* Lead-ins of 2009-2010 that name the State after a clause: the items
 * below are the State's noted recommendations; in prose, without the
 * colon, the same words open no list. */
static void lead_ins_that_note_recommendations(void **state)
{
    (void)state;
    rp_harness *h = run("115. The following recommendations are noted and China indicated that "
                        "they are pertaining to measures already being implemented:\n"
                        "1.\nGuarantee that all detainees are held in decent facilities (Germany);\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "guarantee", "Guarantee", NULL, "strong", "Guarantee", "CHN", "DEU");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "response"), "noted");
    rp_harness_free(h);

    h = run("101. Viet Nam noted the following recommendations and indicated that they "
            "pertain to measures which have been implemented:\n"
            "1.\nProvide people detained with legal safeguards (Canada);\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "provide", "Provide", NULL, "strong", "Provide", "VNM", "CAN");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "response"), "noted");
    rp_harness_free(h);

    h = run("96. The following recommendations did not enjoy the support since Egypt "
            "considers they are inaccurate:\n"
            "1.\nRepeal the emergency law (Canada);\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "repeal", "Repeal", "5", "strong", "Repeal", "EGY", "CAN");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "response"), "noted");
    rp_harness_free(h);

    /* prose: "noted by" with no colon after it */
    h = run("683. With regard to the recommendations to accede to the Rome Statute and join "
            "the International Criminal Court that had been noted by Kazakhstan, the "
            "Government was studying them.\n");
    assert_true(rp_harness_count(h) > 0); /* "accede", "join" */
    for (size_t i = 0; i < rp_harness_count(h); i++) {
        assert_null(rp_harness_attr(rp_harness_annot(h, i), "response"));
        assert_null(rp_harness_attr(rp_harness_annot(h, i), "addressee"));
    }
    rp_harness_free(h);
}

/* The first cycle's reports group several recommendations in one item,
 * each closed by its own recommending States; their lists open with "the
 * following recommendations were made to X:". */
static void grouped_items_take_their_own_recommending_states(void **state)
{
    (void)state;
    rp_harness *h = run("86. In the course of the discussion, the following recommendations were "
                        "made to Canada:\n"
                        "3. Consider ratifying ICRPD (Jordan); ratify as soon as possible ICRPD "
                        "(Chile, China);\n"
                        "4. Ratify the CED (France); establish a mechanism (Denmark; Liechtenstein);\n");
    assert_int_equal(rp_harness_count(h), 4);
    expect(h, 0, "consider", "Consider", "3", "strong", "Consider", "CAN", "JOR");
    expect(h, 1, "ratify", "ratify", "5", "strong", "ratify", "CAN", "CHL,CHN");
    expect(h, 2, "ratify", "Ratify", "5", "strong", "Ratify", "CAN", "FRA");
    expect(h, 3, "establish", "establish", NULL, "strong", "establish", "CAN", "DNK,LIE");
    assert_null(rp_harness_attr(rp_harness_annot(h, 0), "response")); /* not said yet */
    rp_harness_free(h);

    /* each part of a long grouped item is a recommendation of its own,
     * however far from the item's start, in lower case too; an infinitive
     * item closed by its State holds clauses of its own */
    h = run("86. In the course of the discussion, the following recommendations were "
            "made to France:\n"
            "7. Consider ratifying the Convention on the Rights of Persons with Disabilities "
            "and its Optional Protocol as a matter of priority (Chile); Consider ratifying the "
            "International Convention for the Protection of All Persons from Enforced "
            "Disappearance as soon as possible and without reservations (Mexico); "
            "withdraw its reservations to the International Covenant on Civil and Political "
            "Rights (Russian Federation);\n"
            "8. To finalize all outstanding cases of discrimination that have occurred since "
            "2006 (Indonesia);\n");
    assert_int_equal(rp_harness_count(h), 4);
    expect(h, 0, "consider", "Consider", "3", "strong", "Consider", "FRA", "CHL");
    expect(h, 1, "consider", "Consider", "3", "strong", "Consider", "FRA", "MEX");
    expect(h, 2, "withdraw", "withdraw", NULL, "strong", "withdraw", "FRA", "RUS");
    expect(h, 3, "finalize", "finalize", NULL, "strong", NULL, "FRA", "IDN");
    rp_harness_free(h);

    /* a recommendation that speaks of recommendations made to a State
     * opens no list */
    h = run("Implement fully all recommendations made to Bahrain by the mandate holders\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "implement", "Implement", NULL, "strong", "Implement", "", "");
    rp_harness_free(h);
}

static void category_of_adopt_depends_on_its_object(void **state)
{
    (void)state;
    rp_harness *h = run("Adopt measures to protect journalists and human rights defenders.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "Adopt", "4", "strong", NULL, NULL, NULL);
    rp_harness_free(h);
    h = run("Develop a national action plan on business and human rights.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "develop", "Develop", "5", "strong", NULL, NULL, NULL);
    rp_harness_free(h);
}

static void upr_categories_of_common_verbs(void **state)
{
    (void)state;
    static const struct {
        const char *text, *label, *category;
    } cases[] = {
        {"Seek technical assistance from OHCHR.\n", "seek", "1"},
        {"Continue its efforts to combat trafficking in persons.\n", "continue", "2"},
        {"Consider ratifying the Convention on Migrant Workers.\n", "consider", "3"},
        {"Take measures to improve prison conditions.\n", "take", "4"},
        {"Further strengthen the national human rights institution.\n", "strengthen", "4"},
        {"Step up efforts to eliminate child labour.\n", "step up", "4"},
        {"Extend a standing invitation to the special procedures.\n", "extend", "5"},
        {"In line with its Constitution, abolish the death penalty.\n", "abolish", "5"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rp_harness *h = run(cases[i].text);
        assert_true(rp_harness_count(h) >= 1);
        const rp_annot *a = rp_harness_annot(h, 0);
        assert_string_equal(a->label, cases[i].label);
        assert_string_equal(rp_harness_attr(a, "category"), cases[i].category);
        rp_harness_free(h);
    }
}

static void continue_with_complement_is_one_action(void **state)
{
    (void)state;
    rp_harness *h =
        run("Continue its efforts to combat trafficking and ensure that victims are protected.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "continue", "Continue", "2", "strong", NULL, NULL, NULL);
    rp_harness_free(h);
}

static void coordinated_actions_count_separately(void **state)
{
    (void)state;
    rp_harness *h = run("States should develop national plans and should consider ratifying the "
                        "Convention.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "develop", "develop", "5", "strong", "should", "states", NULL);
    /* "and should consider": the subject of the first modal */
    expect(h, 1, "consider", "consider", "3", "strong", "should", "states", NULL);
    rp_harness_free(h);

    h = run("States should establish independent mechanisms to investigate threats against "
            "human rights defenders and should protect civic space.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "establish", "establish", "5", "strong", "should", "states", NULL);
    expect(h, 1, "protect", "protect", "4", "strong", "should", "states", NULL);
    rp_harness_free(h);

    h = run("The General Assembly calls upon all Member States to ratify and implement the "
            "Convention.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "ratify", "ratify", "5", "strong", "calls upon", "member-states", NULL);
    expect(h, 1, "implement", "implement", "5", "strong", "calls upon", "member-states", NULL);
    rp_harness_free(h);
}

static void that_clauses_and_first_person(void **state)
{
    (void)state;
    rp_harness *h = run("The Special Rapporteur recommends that the State party adopt a "
                        "comprehensive anti-discrimination law.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "adopt", "5", "strong", "recommends", "state-party", NULL);
    rp_harness_free(h);

    h = run("I recommend that the Government repeal the law and release all detainees.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "repeal", "repeal", "5", "strong", "recommend", NULL, NULL);
    expect(h, 1, "release", "release", "5", "strong", "recommend", NULL, NULL);
    rp_harness_free(h);
}

static void strengths(void **state)
{
    (void)state;
    rp_harness *h = run("Member States must repeal discriminatory laws.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "repeal", "repeal", "5", "binding", "must", "member-states", NULL);
    rp_harness_free(h);

    h = run("States are encouraged to share good practices.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "share", "share", "1", "soft", "are encouraged to", "states", NULL);
    rp_harness_free(h);

    h = run("The Council may wish to consider a study on the matter.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "consider", "consider", "3", "soft", "may wish to", NULL, NULL);
    rp_harness_free(h);

    h = run("States and civil society, including non-governmental organizations, trade unions "
            "and the media, should cooperate to end impunity.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "cooperate", "cooperate", "4", "strong", "should", "states,civil-society", NULL);
    rp_harness_free(h);

    h = run("OHCHR should continue to support States.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "continue", "continue", "2", "strong", "should", "OHCHR", NULL);
    rp_harness_free(h);
}

static void impersonal_cues(void **state)
{
    (void)state;
    rp_harness *h = run("It is essential for Governments to invest in social protection.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "invest", "invest", "4", "strong", "It is essential for Governments to",
           "governments", NULL);
    rp_harness_free(h);

    h = run("It is both urgent and imperative to tackle weaknesses in the debt architecture.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "tackle", "tackle", "4", "strong", "It is both urgent and imperative to", NULL,
           NULL);
    rp_harness_free(h);

    h = run("There is an urgent need to strengthen data collection.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "strengthen", "strengthen", "4", "strong", "There is an urgent need to", NULL,
           NULL);
    rp_harness_free(h);

    h = run("Particular attention should be paid to small island developing States.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "pay", "paid", "4", "strong", "should", "", NULL);
    rp_harness_free(h);

    h = run("Least developed countries should be assisted with social bonds.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "assist", "assisted", "4", "strong", "should", "", NULL); /* a passive */
    rp_harness_free(h);

    h = run("The human rights pillar must be reinvigorated.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "reinvigorate", "reinvigorated", "4", "binding", "must", NULL, NULL);
    rp_harness_free(h);
}

static void not_recommendations(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "In 2019, the Council requested the High Commissioner to report on the matter.\n",
        "Member States reaffirmed their commitment to the Charter.\n",
        "The programme will enhance cooperation and can support States.\n",
        "If States should decide to act, what should they do?\n",
        "Should the State fail to act, the Committee may intervene.\n",
        "Cooperation is essential to redress digital divides.\n",
        "Expansive fiscal support will be critical to secure a recovery.\n",
        "The Committee urged the State party to adopt the bill.\n",
        "Review of the implementation of the Programme of Action.\n",
        "The need to strengthen data collection was stressed.\n",
        "The family gatherings are not required to be registered.\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rp_harness *h = run(texts[i]);
        if (rp_harness_count(h) != 0)
            fail_msg("annotated: %s", texts[i]);
        rp_harness_free(h);
    }
}

static void bad_options_are_refused(void **state)
{
    (void)state;
    const char *opts[] = {"imperatives=maybe", NULL};
    assert_null(rp_harness_open(&recs_plugin, opts));
    const char *opts2[] = {"actions=no/such/file.lex", NULL};
    assert_null(rp_harness_open(&recs_plugin, opts2));
}

static void imperatives_can_be_switched_off(void **state)
{
    (void)state;
    const char *opts[] = {"imperatives=no", NULL};
    rp_harness *h = rp_harness_open(&recs_plugin, opts); /* own addressees only */
    assert_non_null(h);
    const char *text = "Ratify the Convention. States should ratify the Convention.\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    assert_int_equal(rp_harness_count(h), 1);
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "cue"), "should");
    rp_harness_free(h);
}


/* The category model decides each action from its own verb and object:
 * the second verb of "Continue and deepen", the means ("including by
 * adopting a law"), the adverb "Further". */
static void model_reads_the_action_and_its_object(void **state)
{
    (void)state;
    static const struct {
        const char *text, *label, *category;
    } cases[] = {
        {"Continue and deepen its efforts to combat trafficking in persons.\n", "continue", "4"},
        {"Continue its efforts to combat trafficking, including by adopting a comprehensive "
         "law.\n",
         "continue", "5"},
        {"Further strengthen the national human rights institution.\n", "strengthen", "4"},
        {"Adopt a national action plan on human rights.\n", "adopt", "5"},
        {"Take measures to combat violence against women.\n", "take", "4"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rp_harness *h = run(cases[i].text);
        assert_true(rp_harness_count(h) >= 1);
        const rp_annot *a = rp_harness_annot(h, 0);
        assert_string_equal(a->label, cases[i].label);
        if (strcmp(rp_harness_attr(a, "category"), cases[i].category) != 0)
            fail_msg("%s: category %s, expected %s", cases[i].text,
                     rp_harness_attr(a, "category"), cases[i].category);
        rp_harness_free(h);
    }

    /* prose with two actions: each gets its own category */
    rp_harness *h = run("Member States should adopt a law on asylum and should take measures to "
                        "protect migrants.\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "adopt", "adopt", "5", "strong", "should", "member-states", NULL);
    expect(h, 1, "take", "take", "4", "strong", "should", "member-states", NULL);
    rp_harness_free(h);

    /* features=yes shows what the model read; model=none gives the
     * lexicons' category */
    const char *opts[] = {"features=yes", "model=none", NULL};
    h = rp_harness_open(&recs_plugin, opts);
    assert_non_null(h);
    const char *text = "Continue and deepen its efforts, including by adopting a law.\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    const rp_annot *a = rp_harness_annot(h, 0);
    assert_non_null(a);
    assert_string_equal(rp_harness_attr(a, "category"), "2");
    assert_string_equal(rp_harness_attr(a, "features"),
                        "v:continue c:2 v2:deepen w:and w:deepen h:deepen vh:continue|deepen "
                        "d:0 w:it w:effort by:adopt w:includ by:adopt w:by w:adopt w:a w:law "
                        "nby:1 nv2:1");
    rp_harness_free(h);

    /* the article before the object's head: "a law" (d:a), "laws" (d:0);
     * for an action named by a noun, the object after its "of" */
    h = rp_harness_open(&recs_plugin, opts);
    assert_non_null(h);
    text = "Adopt a law on asylum.\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "features"),
                        "v:adopt c:5 w:a w:law h:law vh:adopt|law d:a w:on w:asylum nby:0 nv2:0");
    rp_harness_free(h);
    h = rp_harness_open(&recs_plugin, opts);
    assert_non_null(h);
    text = "Adoption of laws on asylum\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "features"),
                        "v:adopt c:5 w:law h:law vh:adopt|law d:0 w:on w:asylum nby:0 nv2:0");
    rp_harness_free(h);
}

/* Writes text to a temporary file; its path in path. */
static void temp_file(char *path, size_t n, const char *text)
{
    snprintf(path, n, "/tmp/test-recs-model-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void a_malformed_model_is_refused_with_file_and_line(void **state)
{
    (void)state;
    rp_host host;
    memset(&host, 0, sizeof host);
    recs_model m;
    char path[64], err[256], want[320];

    temp_file(path, sizeof path, "# a model\n@classes\t1 2 3 4 5\nv:x\t1 2 3\n");
    assert_int_equal(recs_model_load(&m, &host, path, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s:3: `v:x` needs 5 numbers after the tab", path);
    assert_string_equal(err, want);
    unlink(path);

    temp_file(path, sizeof path, "@classes\t1 2 3 4 5\n@bias\t0 0 0 0 0\nv:x\t1 2 3 4 5\n"
                                 "v:x\t0 0 0 0 1\n");
    assert_int_equal(recs_model_load(&m, &host, path, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s:4: feature `v:x` given twice", path);
    assert_string_equal(err, want);
    unlink(path);

    temp_file(path, sizeof path, "@classes\t1 2 3 4 5\n@bias\t0 0 0 0 0\nv:x 1 2 3 4 5\n");
    assert_int_equal(recs_model_load(&m, &host, path, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s:3: expected FEATURE<TAB>5 weights", path);
    assert_string_equal(err, want);
    unlink(path);

    /* a good one: the rows are found by name */
    temp_file(path, sizeof path, "@classes\t1 2 3 4 5\n@bias\t0 0 0 0.5 0\n"
                                 "v:ratify\t0 0 0 -1 2.5\n");
    assert_int_equal(recs_model_load(&m, &host, path, err, sizeof err), 0);
    uint32_t row = recs_model_row(&m, "v:ratify", 8);
    assert_int_equal(row, 0);
    assert_true(m.w[row * RECS_NCAT + 4] == 2.5);
    assert_int_equal(recs_model_row(&m, "v:adopt", 7), RP_NONE);
    recs_model_free(&m);
    unlink(path);

    /* through the plugin: open fails */
    const char *opts[] = {"model=no/such/category.model", NULL};
    assert_null(rp_harness_open(&recs_plugin, opts));
}

/* Labels are lemmas, else the surface form lower-cased; a negated passive
 * that says how to read a text is no recommendation. */
static void labels_and_disclaimers(void **state)
{
    (void)state;
    rp_harness *h = run("They should not be construed as endorsed by the Working Group.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    h = run("The designations must not be interpreted to mean an opinion.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* an unlisted participle: its lemma by rule ("construed" -> construe) */
    h = run("Fees must be construed narrowly.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "construe", "construed", NULL, "binding", "must", NULL, NULL);
    rp_harness_free(h);

    /* negated actions remain recommendations */
    h = run("States should not detain migrants.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "detain", "detain", NULL, "strong", "should", "states", NULL);
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "negated"), "yes");
    const char *cat = rp_harness_attr(rp_harness_annot(h, 0), "category");
    assert_true(strcmp(cat, "4") == 0 || strcmp(cat, "5") == 0);
    rp_harness_free(h);

    h = run("Children should not be detained.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "detain", "detained", NULL, "strong", "should", "", NULL);
    rp_harness_free(h);

    /* an unlisted verb after a cue: its form, lower-cased */
    h = run("States should leverage digital tools.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "leverage", "leverage", NULL, "strong", "should", "states", NULL);
    rp_harness_free(h);

    /* a request to report back: lemma report, a specific or general act
     * (UPR Info codes "Report back to the Council" 5), never 1 */
    h = run("4. Invites the ILO to report on the implementation of the Global Initiative;\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "report", "report", NULL, "soft", "Invites", "ILO", NULL);
    cat = rp_harness_attr(rp_harness_annot(h, 0), "category");
    assert_true(strcmp(cat, "4") == 0 || strcmp(cat, "5") == 0);
    rp_harness_free(h);
}

/* UPR list items in the infinitive, and "More effectively VERB". */
static void infinitive_items(void **state)
{
    (void)state;
    rp_harness *h = run("To take all measures to prevent any kind of reappearance of Nazism.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "take", "take", "4", "strong", "take", "", "");
    rp_harness_free(h);

    h = run("More effectively enforce the criminal penalties for corruption.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "enforce", "enforce", NULL, "strong", "enforce", "", "");
    rp_harness_free(h);

    /* a purpose clause before the subject is none */
    h = run("To build back better and pursue the Goals, it aims to work with partners.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
    h = run("To advance Goal 11, cities need integrated strategies.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* an item that goes on after a comma */
    h = run("To undertake measures to combat trafficking through collaboration, including "
            "international cooperation.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "undertake", "undertake", NULL, "strong", "undertake", "", "");
    rp_harness_free(h);
}

/* A UPR recommendation may name its action with a noun, a gerund or a
 * subjunctive: the noun stands for its verb (actions.lex nouns=), which is
 * the label; the span is the noun. */
static void nominal_recommendations(void **state)
{
    (void)state;
    rp_harness *h = run("Adoption of a comprehensive law on violence against women\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "Adoption", "5", "strong", "Adoption", "", "");
    rp_harness_free(h);

    h = run("Continuation of the moratorium on the death penalty\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "continue", "Continuation", "2", "strong", "Continuation", "", "");
    rp_harness_free(h);

    /* past an article and modifiers; a second noun joined by "and" */
    h = run("The early ratification and full implementation of the Optional Protocol\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "ratify", "ratification", "5", "strong", "ratification", "", "");
    rp_harness_free(h);

    /* a verb that is its own noun: nouns=repeal */
    h = run("Repeal of all discriminatory legislation against women\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "repeal", "Repeal", "5", "strong", "Repeal", "", "");
    rp_harness_free(h);

    /* after a recommending verb, in a UPR row or in prose */
    h = run("Recommended the adoption of a moratorium on executions.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "adoption", "5", "strong", "Recommended", NULL, NULL);
    rp_harness_free(h);
    h = run("The Committee recommends the establishment of a national preventive mechanism.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "establish", "establishment", "5", "strong", "recommends", NULL, NULL);
    rp_harness_free(h);
    h = run("Recommended ratifying the Optional Protocol.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "ratify", "ratifying", "5", "strong", "Recommended", NULL, NULL);
    rp_harness_free(h);

    /* a gerund opening the recommendation */
    h = run("Strengthening efforts to address trafficking in persons\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "strengthen", "Strengthening", "4", "strong", "Strengthening", "", "");
    rp_harness_free(h);

    /* an -ing phrase before the imperative is introductory */
    h = run("Recognizing the work of the National Council, intensify measures to improve "
            "services.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "intensify", "intensify", NULL, "strong", "intensify", "", "");
    rp_harness_free(h);

    /* an introductory phrase with commas of its own */
    h = run("In line with the recommendations of the Committee on Economic, Social and "
            "Cultural Rights, to adopt effective measures to combat violence\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "adopt", NULL, "strong", "adopt", "", "");
    rp_harness_free(h);

    /* a subjunctive without "that" */
    h = run("Legislative measures be adopted to decriminalize consensual relations\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "adopted", NULL, "strong", "adopted", "", "");
    rp_harness_free(h);

    /* openings of older UPR rows: the modal, "Be", a recommending verb
     * after an introductory phrase or after "to" and the State */
    h = run("Should ratify CMW\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "ratify", "ratify", "5", "strong", "Should", NULL, NULL);
    rp_harness_free(h);
    h = run("Be assisted by OHCHR in strengthening its institutions\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "assist", "assisted", NULL, "strong", NULL, "", "");
    rp_harness_free(h);
    h = run("Be more proactive in promoting freedom of religion\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "be", "Be", NULL, "strong", NULL, "", "");
    rp_harness_free(h);
    h = run("While recognizing the progress made, recommends the consideration of the "
            "withdrawal of reservations to CEDAW\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "consider", "consideration", "3", "strong", "recommends", NULL, NULL);
    rp_harness_free(h);
    h = run("Recommended to Poland that laws on press offences be liberalized.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "liberalize", "liberalized", NULL, "strong", "Recommended", NULL, NULL);
    rp_harness_free(h);
    h = run("Recommended that all reports of rape be promptly and impartially investigated.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "investigate", "investigated", "5", "strong", "Recommended", NULL, NULL);
    rp_harness_free(h);
    h = run("With the assistance of the international community continue to promote "
            "economic and social rights\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "continue", "continue", "2", "strong", "continue", "", "");
    rp_harness_free(h);

    /* a database row in the third person; a plural noun is none */
    h = run("Continues its efforts to ensure greater representation of women\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "continue", "Continues", "2", "strong", "Continues", "", "");
    rp_harness_free(h);
    h = run("Measures taken to protect children are insufficient\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* a gerund whose object holds a plural that is also a verb ("forms") */
    h = run("Developing an action plan to raise awareness on all forms of discrimination\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "develop", "Developing", NULL, "strong", "Developing", "", "");
    rp_harness_free(h);

    /* a numbered item of a UPR Working Group report's list */
    h = run("The recommendations below have been examined by Kenya and enjoy its support:\n"
            "124.7 Ratification of the Optional Protocol (France);\n"
            "124.8 Ratify the Convention (Chile).\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "ratify", "Ratification", "5", "strong", "Ratification", "KEN", "FRA");
    expect(h, 1, "ratify", "Ratify", "5", "strong", "Ratify", "KEN", "CHL");
    rp_harness_free(h);
}

/* ... but a noun phrase with a verb of its own, a title, a resolution's
 * preambular paragraph or a sentence of prose is none. */
static void nominal_phrases_that_are_not_recommendations(void **state)
{
    (void)state;
    rp_harness *h = run("The adoption of the resolution was welcomed by all.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* in a document of several sentences, "Continues" opens no
     * recommendation (a resolution's "2. Reaffirms its commitment") */
    h = run("The Council met. Continues its work on the draft.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    h = run("Strengthening partnerships is essential.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* in prose, "Should" opening a sentence is a condition, "Be" no item */
    h = run("Should conflicts arise, the parties will meet. Be that as it may, the report "
            "was issued.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    h = run("80/52. Implementation of the Convention on Cluster Munitions\n\n"
            "The General Assembly,\n\n"
            "Recognizing the importance of the Convention,\n\n"
            "Reaffirming its determination to put an end to the suffering,\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    h = run("Combating trafficking in persons requires a comprehensive approach. "
            "The report was issued in May.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* an -ing phrase before a subject; a name in a numbered footnote */
    h = run("Recognizing climate change as a security challenge, it participated in the "
            "talks.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
    h = run("The strategy was adopted in 2021.\n\n8 Universal Declaration of Human Rights.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);

    /* "developing countries" after a recommending verb are its addressee */
    h = run("The Council encourages developing countries to adopt national plans.\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "adopt", "adopt", NULL, "soft", "encourages", NULL, NULL);
    rp_harness_free(h);

    /* a recommending verb in -ing is no gerund action */
    h = run("(e) Requesting the Commission to keep its working methods under review;\n"
            "(f) Noting the report.\n");
    assert_int_equal(rp_harness_count(h), 0);
    rp_harness_free(h);
}

/* Last resorts in a UPR recommendation where no rule found an action: a
 * verb actions.lex does not list opening it, or after its adverbs; the
 * first listed verb after "to" in one with no verb of its own; British
 * spellings; adverbs before the verb separated by commas; "Not to". */
static void rare_verbs_open_upr_recommendations(void **state)
{
    (void)state;
    rp_harness *h = run("Tailor tuition in special schools to the needs of each child\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "tailor", "Tailor", NULL, "strong", "Tailor", "", "");
    rp_harness_free(h);
    /* followed by "and" and a listed verb: both are actions */
    h = run("Hire and train additional labour inspectors\n");
    assert_int_equal(rp_harness_count(h), 2);
    expect(h, 0, "hire", "Hire", NULL, "strong", "Hire", "", "");
    expect(h, 1, "train", "train", NULL, "strong", "Hire", "", "");
    rp_harness_free(h);
    /* after adverbs, in lower case; a cue word elsewhere ("necessary")
     * that makes no cue does not stop it */
    h = run("Publicly speak out on cases of intimidation with the necessary resolve\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "speak", "speak", NULL, "strong", "speak", "", "");
    rp_harness_free(h);
    /* an item of a UPR report's list, under its lead-in */
    h = run("The recommendations below have been examined by Kenya and enjoy its support:\n"
            "124.9 Reengage with the special procedures (France);\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "reengage", "Reengage", NULL, "strong", "Reengage", "KEN", "FRA");
    rp_harness_free(h);
    /* the first listed verb after "to" */
    h = run("Further efforts to engage civil society in the follow-up\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "engage", "engage", NULL, "strong", "to", "", "");
    rp_harness_free(h);
    h = run("Other Government ministries to abolish the death penalty\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "abolish", "abolish", "5", "strong", "to", "", "");
    rp_harness_free(h);
    /* a recommending verb after the adverbs opening the row; a subject
     * and a verb in the subjunctive */
    h = run("Strongly encouraged to abolish the death penalty\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "abolish", "abolish", "5", "soft", "encouraged", "", "");
    rp_harness_free(h);
    h = run("The Government of Kyrgyzstan reopen proceedings related to the events\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "reopen", "reopen", NULL, "strong", "reopen", "", "");
    rp_harness_free(h);
    /* adverbs with commas; "Not to"; the -ize lemma of an -ise form; a
     * nominalisation followed by "to" */
    h = run("Promptly, impartially and thoroughly investigate all reports of torture\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "investigate", "investigate", "5", "strong", "investigate", "", "");
    rp_harness_free(h);
    h = run("Not to maintain the death penalty in its legislation\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "maintain", "maintain", NULL, "strong", "maintain", "", "");
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "negated"), "yes");
    rp_harness_free(h);
    h = run("Harmonise national legislation with international norms\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "harmonize", "Harmonise", NULL, "strong", "Harmonise", "", "");
    rp_harness_free(h);
    h = run("Accession to the Ottawa Convention\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "accede", "Accession", "5", "strong", "Accession", "", "");
    rp_harness_free(h);
    h = run("Regularly report to the treaty bodies\n");
    assert_int_equal(rp_harness_count(h), 1);
    expect(h, 0, "report", "report", NULL, "strong", "report", "", "");
    rp_harness_free(h);

    /* the means named by a noun is a by: feature */
    const char *opts[] = {"features=yes", "model=none", NULL};
    h = rp_harness_open(&recs_plugin, opts);
    assert_non_null(h);
    const char *text = "Protect the environment, including through the ratification of the "
                       "Paris Agreement.\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    assert_non_null(strstr(rp_harness_attr(rp_harness_annot(h, 0), "features"), " by:ratify "));
    rp_harness_free(h);
    /* several means; one feature per means word; nby: counts the
     * different ones (amend, adopt) */
    h = rp_harness_open(&recs_plugin, opts);
    assert_non_null(h);
    text = "Continue its efforts, including by amending the code and by adopting a law.\n";
    assert_int_equal(rp_harness_process(h, text, strlen(text), "en"), RP_OK);
    assert_string_equal(rp_harness_attr(rp_harness_annot(h, 0), "features"),
                        "v:continue c:2 w:it w:effort h:effort vh:continue|effort d:its by:amend "
                        "w:includ by:amend w:by w:amend w:the w:code w:and by:adopt w:by w:adopt "
                        "w:a nby:2 nv2:0");
    rp_harness_free(h);
}

/* ... but never a name, a noun phrase, a sentence with a verb of its own,
 * prose, or an item that is no UPR recommendation. */
static void rare_verbs_do_not_fire_elsewhere(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Germany wished to repeat its recommendation\n",      /* a name */
        "Police officers are trained in human rights\n",      /* its own verb */
        "Gender equality in the workplace remains a challenge\n",
        "Greater support for Djibouti in the field of technical assistance\n",
        "Comprehensive training on positive discipline to teachers\n",
        "Victims of domestic violence need shelters\n",
        "Police officers protect the children\n",            /* the present */
        "Recommended further cooperation with special procedures\n",
        "Measures taken to protect children are insufficient\n",
        "In 2019, the Council requested the High Commissioner to report on it.\n",
        /* prose and a numbered paragraph of a report: several sentences,
         * no UPR lead-in, no recommending State */
        "The Council met in May. Reengage with partners in the programme.\n",
        "The Council met in May.\n\n12. Tailor tuition in special schools to local needs.\n",
        "Digital divides persist. The report was issued in May.\n",
        /* a listed verb after a determiner is a noun, also after an
         * introductory word; "Similarly," opens no imperative in prose */
        "Although this reply does not indicate that any contacts were made.\n",
        "Taking into account the work done by the Group of Experts on outer space,\n",
        "Similarly, respect for territorial integrity matters. It was said.\n",
        NULL};
    for (size_t i = 0; none[i] != NULL; i++) {
        rp_harness *h = run(none[i]);
        if (rp_harness_count(h) != 0)
            fprintf(stderr, "annotated: %s", none[i]);
        assert_int_equal(rp_harness_count(h), 0);
        rp_harness_free(h);
    }
}

int main(void)
{
    if (chdir(RP_SRCDIR "/lexicons") != 0) {
        perror(RP_SRCDIR "/lexicons");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(upr_line_with_number_and_recommending_state),
        cmocka_unit_test(a_country_in_ly_is_an_addressee_not_an_adverb),
        cmocka_unit_test(a_subject_that_opens_its_clause_is_the_addressee),
        cmocka_unit_test(a_quoted_title_holds_no_coordinated_action),
        cmocka_unit_test(a_speakers_asides_are_no_imperatives),
        cmocka_unit_test(a_cross_reference_is_no_action),
        cmocka_unit_test(a_documents_title_is_no_imperative),
        cmocka_unit_test(an_actor_followed_by_its_own_verb_is_not_the_addressee),
        cmocka_unit_test(upr_lines_several_recommending_states),
        cmocka_unit_test(upr_list_inside_one_sentence),
        cmocka_unit_test(upr_list_lead_in_names_the_state_and_its_response),
        cmocka_unit_test(a_subject_that_reaches_its_verb_is_no_imperative),
        cmocka_unit_test(grouped_items_take_their_own_recommending_states),
        cmocka_unit_test(lead_ins_that_note_recommendations),
        cmocka_unit_test(category_of_adopt_depends_on_its_object),
        cmocka_unit_test(upr_categories_of_common_verbs),
        cmocka_unit_test(continue_with_complement_is_one_action),
        cmocka_unit_test(coordinated_actions_count_separately),
        cmocka_unit_test(that_clauses_and_first_person),
        cmocka_unit_test(strengths),
        cmocka_unit_test(impersonal_cues),
        cmocka_unit_test(not_recommendations),
        cmocka_unit_test(bad_options_are_refused),
        cmocka_unit_test(imperatives_can_be_switched_off),
        cmocka_unit_test(model_reads_the_action_and_its_object),
        cmocka_unit_test(a_malformed_model_is_refused_with_file_and_line),
        cmocka_unit_test(labels_and_disclaimers),
        cmocka_unit_test(infinitive_items),
        cmocka_unit_test(nominal_recommendations),
        cmocka_unit_test(nominal_phrases_that_are_not_recommendations),
        cmocka_unit_test(rare_verbs_open_upr_recommendations),
        cmocka_unit_test(rare_verbs_do_not_fire_elsewhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
