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
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"

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

/* Checks annotation i: label, covered text, category, strength, and cue,
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
    expect(h, 1, "consider", "consider", "3", "strong", "should", NULL, NULL);
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

int main(void)
{
    if (chdir(RP_SRCDIR "/lexicons") != 0) {
        perror(RP_SRCDIR "/lexicons");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(upr_line_with_number_and_recommending_state),
        cmocka_unit_test(upr_lines_several_recommending_states),
        cmocka_unit_test(upr_list_inside_one_sentence),
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
