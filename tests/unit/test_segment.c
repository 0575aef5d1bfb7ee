/*
 * test_segment.c -- the segmenter, rule by rule on small inline texts
 * (numbered paragraphs, split headings, page furniture, footnotes and their
 * markers, page-break rejoining, line ends, unnumbered texts, sentences),
 * then on the shared corpora when RP_SHARED points at them: the seed
 * report's hand-counted structure, the two pdftotext reports of issue 2,
 * the numbering of all 25 pdftotext reports, and every .txt segmenting
 * cleanly.
 */
#include "config.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "segment.h"

/* ---------------------------------------------------------- helpers */

typedef struct fixture {
    rp_docbuf d;
    char *owned;
} fixture;

static rp_doc *seg_text(fixture *f, const char *text, size_t len)
{
    rp_docbuf_init(&f->d);
    f->owned = NULL;
    f->d.doc.text = text;
    f->d.doc.len = len;
    f->d.body_start = 0;
    assert_int_equal(rp_segment(&f->d), 0);
    rp_docbuf_publish(&f->d);
    return &f->d.doc;
}

static rp_doc *seg(fixture *f, const char *text) { return seg_text(f, text, strlen(text)); }

static void done(fixture *f)
{
    rp_docbuf_free(&f->d);
    free(f->owned);
}

/* block i's span k as a NUL-terminated copy (static buffer) */
static const char *span_text(const rp_doc *d, uint32_t b, uint32_t k)
{
    static char buf[4096];
    const rp_span *s = &d->blocks[b].spans[k];
    size_t n = (size_t)(s->end - s->start);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, d->text + s->start, n);
    buf[n] = 0;
    return buf;
}

static const char *sent_text(const rp_doc *d, uint32_t i)
{
    static char buf[4096];
    const rp_sentence *s = &d->sentences[i];
    size_t n = (size_t)(s->end - s->start);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, d->text + s->start, n);
    buf[n] = 0;
    return buf;
}

static uint32_t count_kind(const rp_doc *d, uint32_t kind)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->n_blocks; i++)
        n += d->blocks[i].kind == kind;
    return n;
}

/* index of the n-th (0-based) block of a kind */
static uint32_t nth(const rp_doc *d, uint32_t kind, uint32_t n)
{
    for (uint32_t i = 0; i < d->n_blocks; i++)
        if (d->blocks[i].kind == kind && n-- == 0)
            return i;
    fail_msg("no block %u of kind %u", n, kind);
    return RP_NONE;
}

/* The invariants every segmentation keeps. */
static void check_invariants(const rp_docbuf *db, const char *what)
{
    const rp_doc *d = &db->doc;
    uint64_t prev_first = 0;
    for (uint32_t i = 0; i < d->n_blocks; i++) {
        const rp_block *b = &d->blocks[i];
        if (b->kind < RP_BLOCK_TITLE || b->kind > RP_BLOCK_TEXT)
            fail_msg("%s: block %u has kind %u", what, i, b->kind);
        if (b->n_spans == 0)
            fail_msg("%s: block %u has no span", what, i);
        if (b->spans[0].start < prev_first)
            fail_msg("%s: block %u out of document order", what, i);
        prev_first = b->spans[0].start;
        if (b->page < 1 || b->page > d->n_pages)
            fail_msg("%s: block %u on page %u of %u", what, i, b->page, d->n_pages);
        if (b->section != RP_NONE && b->section >= d->n_sections)
            fail_msg("%s: block %u in section %u", what, i, b->section);
        for (uint32_t k = 0; k < b->n_spans; k++) {
            const rp_span *s = &b->spans[k];
            if (s->start >= s->end || s->end > d->len)
                fail_msg("%s: block %u span %u is [%llu,%llu)", what, i, k,
                         (unsigned long long)s->start, (unsigned long long)s->end);
            if (k > 0 && s->start < b->spans[k - 1].end)
                fail_msg("%s: block %u spans overlap", what, i);
            unsigned char c0 = (unsigned char)d->text[s->start];
            unsigned char c1 = (unsigned char)d->text[s->end - 1];
            if (c0 == ' ' || c0 == '\n' || c0 == '\r' || c1 == ' ' || c1 == '\n' || c1 == '\r')
                fail_msg("%s: block %u span %u is not trimmed", what, i, k);
        }
        if (b->sent_begin > b->sent_end || b->sent_end > d->n_sentences)
            fail_msg("%s: block %u sentences [%u,%u)", what, i, b->sent_begin, b->sent_end);
        for (uint32_t s = b->sent_begin; s < b->sent_end; s++) {
            const rp_sentence *x = &d->sentences[s];
            if (x->block != i || x->start >= x->end || x->start < b->spans[0].start ||
                x->end > b->spans[b->n_spans - 1].end)
                fail_msg("%s: sentence %u is not inside block %u", what, s, i);
            if (s > b->sent_begin && x->start < d->sentences[s - 1].end)
                fail_msg("%s: sentences %u and %u overlap", what, s - 1, s);
        }
        if (b->kind == RP_BLOCK_HEADING) {
            if (b->section == RP_NONE || d->sections[b->section].heading != i)
                fail_msg("%s: heading %u does not open its section", what, i);
        }
    }
    for (size_t k = 1; k < db->markers.n; k++)
        if (db->markers.v[k].start < db->markers.v[k - 1].end)
            fail_msg("%s: markers %zu and %zu not sorted and disjoint", what, k - 1, k);
    for (uint32_t k = 0; k < d->n_sections; k++) {
        const rp_section *s = &d->sections[k];
        if (!s->title || !s->path || s->heading >= d->n_blocks)
            fail_msg("%s: section %u incomplete", what, k);
        if (s->parent != RP_NONE && (s->parent >= k || d->sections[s->parent].level >= s->level))
            fail_msg("%s: section %u has a bad parent", what, k);
    }
}

/* --------------------------------------------------- inline texts */

static void test_numbered_paragraphs(void **state)
{
    (void)state;
    fixture f;
    const char *t = "Report of the Secretary-General\n\n"
                    "I. Introduction\n"
                    "1. The present report is submitted pursuant to resolution 74/151.\n"
                    "2. It covers the period\nfrom January to June.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "numbered");
    assert_int_equal(d->n_blocks, 4);
    assert_int_equal(d->blocks[0].kind, RP_BLOCK_TITLE);
    assert_string_equal(span_text(d, 0, 0), "Report of the Secretary-General");
    assert_int_equal(d->blocks[1].kind, RP_BLOCK_HEADING);
    assert_string_equal(d->blocks[1].label, "I");
    assert_string_equal(span_text(d, 1, 0), "Introduction");
    assert_int_equal(d->blocks[2].kind, RP_BLOCK_PARAGRAPH);
    assert_string_equal(d->blocks[2].label, "1");
    /* the span leaves the printed number out */
    assert_string_equal(span_text(d, 2, 0),
                        "The present report is submitted pursuant to resolution 74/151.");
    assert_string_equal(d->blocks[3].label, "2");
    assert_string_equal(span_text(d, 3, 0), "It covers the period\nfrom January to June.");
    assert_int_equal(d->blocks[3].section, 0);
    assert_int_equal(d->blocks[0].section, RP_NONE);
    assert_int_equal(d->n_sections, 1);
    assert_string_equal(d->sections[0].title, "Introduction");
    assert_string_equal(d->sections[0].path, "I");
    assert_int_equal(d->n_pages, 1);
    done(&f);
}

static void test_number_alone_on_its_line(void **state)
{
    (void)state;
    fixture f;
    const char *t = "I. Introduction\n1.\nThe present report is the\nthirty-fourth report.\n"
                    "2.\nIn its resolution, the Council reaffirmed it.\n"
                    "3. The Council\n4.\nreiterated its demand.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "number alone");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 4);
    uint32_t p1 = nth(d, RP_BLOCK_PARAGRAPH, 0);
    assert_string_equal(d->blocks[p1].label, "1");
    assert_string_equal(span_text(d, p1, 0), "The present report is the\nthirty-fourth report.");
    uint32_t p2 = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_string_equal(d->blocks[p2].label, "2");
    assert_string_equal(span_text(d, p2, 0), "In its resolution, the Council reaffirmed it.");
    assert_string_equal(d->blocks[nth(d, RP_BLOCK_PARAGRAPH, 3)].label, "4");
    done(&f);
    /* numbering may start above 1 (an addendum), when the next follows */
    d = seg(&f, "45. The Council met.\n46. It decided.\n");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
    assert_string_equal(d->blocks[0].label, "45");
    done(&f);
    /* a number out of sequence inside a paragraph is text: "2030. " */
    t = "1. In 2019 the rate rose to\n2030. That was unexpected.\n2. Next.\n";
    d = seg(&f, t);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
    assert_string_equal(span_text(d, 0, 0), "In 2019 the rate rose to\n2030. That was unexpected.");
    done(&f);
}

static void test_sub_items_stay_in_paragraph(void **state)
{
    (void)state;
    fixture f;
    /* hard-wrapped (pdftotext) or blank-line separated (markdown), the
     * sub-items of a paragraph stay in it */
    const char *t = "1. Takes note of the report;\n\n"
                    "2. Requests the Secretary-General, within available resources:\n\n"
                    "(a) To continue the practice of sending a note verbale;\n\n"
                    "(b) To report on experiences gained.\n\n"
                    "52nd plenary meeting\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "sub-items");
    uint32_t p7 = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_string_equal(d->blocks[p7].label, "2");
    assert_int_equal(d->blocks[p7].n_spans, 3);
    assert_string_equal(span_text(d, p7, 2), "(b) To report on experiences gained.");
    /* what follows the full stop is a block of its own */
    assert_int_equal(d->blocks[p7 + 1].kind, RP_BLOCK_TEXT);
    done(&f);
    d = seg(&f, "1. The Council decided:\n(a) To act;\n(m) Mai-Mai Raia Mutomboki;\n2. Next.\n");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
    assert_string_equal(span_text(d, 0, 0),
                        "The Council decided:\n(a) To act;\n(m) Mai-Mai Raia Mutomboki;");
    done(&f);
}

static void test_split_heading(void **state)
{
    (void)state;
    fixture f;
    const char *t = "I.\n\nObservations\n1. The Secretary-General notes progress.\n"
                    "A.\n\nThe Pact for the Future\n2. It was adopted.\n"
                    "II. Continued relevance of the Beijing Declaration and\nPlatform for Action\n"
                    "3. Text.\n### III. Markdown heading\n4. More.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "split heading");
    assert_int_equal(count_kind(d, RP_BLOCK_HEADING), 4);
    uint32_t h = nth(d, RP_BLOCK_HEADING, 0);
    assert_string_equal(d->blocks[h].label, "I");
    assert_string_equal(span_text(d, h, 0), "Observations");
    h = nth(d, RP_BLOCK_HEADING, 1);
    assert_string_equal(d->blocks[h].label, "A");
    assert_string_equal(d->sections[1].path, "I.A");
    assert_int_equal(d->sections[1].level, 2);
    assert_int_equal(d->sections[1].parent, 0);
    assert_string_equal(d->sections[1].title, "The Pact for the Future");
    h = nth(d, RP_BLOCK_HEADING, 2);
    assert_string_equal(d->blocks[h].label, "II");
    assert_string_equal(d->sections[2].title,
                        "Continued relevance of the Beijing Declaration and Platform for Action");
    assert_int_equal(d->sections[2].parent, RP_NONE);
    assert_string_equal(d->sections[3].path, "III");
    assert_string_equal(d->sections[3].title, "Markdown heading");
    /* paragraph 4 is in section III */
    assert_int_equal(d->blocks[nth(d, RP_BLOCK_PARAGRAPH, 3)].section, 3);
    done(&f);
}

static void test_subheadings(void **state)
{
    (void)state;
    fixture f;
    const char *t = "I. Action\n1. The Directorate briefed the Committee.\n2. It met.\n"
                    "A. Addressing the situation\n"
                    "1.\n\nRepatriation efforts\n3. The pace of repatriations declined.\n"
                    "Prosecution and investigation\n4. Cases went on.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "subheadings");
    /* 1 to 4 are paragraphs; the second "1." is a numbered sub-heading */
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 4);
    uint32_t p3 = nth(d, RP_BLOCK_PARAGRAPH, 2);
    assert_string_equal(d->blocks[p3].label, "3");
    assert_string_equal(span_text(d, p3, 0), "The pace of repatriations declined.");
    uint32_t h = nth(d, RP_BLOCK_HEADING, 2);
    assert_string_equal(d->blocks[h].label, "1");
    assert_string_equal(span_text(d, h, 0), "Repatriation efforts");
    assert_string_equal(d->sections[d->blocks[h].section].path, "I.A.1");
    /* an unnumbered sub-heading stays out of paragraph 3 */
    assert_int_equal(d->blocks[p3 + 1].kind, RP_BLOCK_TEXT);
    assert_string_equal(span_text(d, p3 + 1, 0), "Prosecution and investigation");
    assert_string_equal(d->blocks[p3 + 2].label, "4");
    done(&f);
}

/* A list of recommendations numbered from 1 inside a paragraph ("111. The
 * recommendations ... will be examined by Slovenia"): an item whose first
 * line is short and in title case ("9. To add a provision to the Marriage
 * and Family Relations Act") is an item, not a numbered sub-heading. */
static void test_list_item_is_no_subheading(void **state)
{
    (void)state;
    fixture f;
    const char *t = "II. Conclusions and/or recommendations\n"
                    "111. The recommendations listed below will be examined by Slovenia:\n"
                    "8. To adopt the latest draft amendments to the Marriage and Family\n"
                    "Relations Act (Norway);\n"
                    "9.    To add a provision to the Marriage and Family Relations Act\n"
                    "prohibiting other forms of the demeaning treatment of children (Norway);\n"
                    "10. To strengthen the Ombudsman (Egypt);\n"
                    "112. All conclusions reflect the position of the submitting States.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "list items");
    assert_int_equal(count_kind(d, RP_BLOCK_HEADING), 1);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
    uint32_t p = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_string_equal(d->blocks[p].label, "112");
    assert_string_equal(d->sections[d->blocks[p].section].path, "II");
    done(&f);
}

static void test_footnotes_and_rejoined_paragraph(void **state)
{
    (void)state;
    fixture f;
    /* the seed's layout: a paragraph cut by a page break, its page's
     * footnotes between the halves */
    const char *t = "II. Title¹\n\n"
                    "4. A cascade of setbacks has led to more people claiming their rights,\n\n"
                    "¹ The present section builds on the previous report.\n\n"
                    "² See www.un.org/en/coronavirus.\n\n"
                    "forming a new movement of solidarity.² As a result, all gained.\n\n"
                    "5. Next paragraph.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "rejoined");
    assert_int_equal(d->n_blocks, 5);
    assert_int_equal(d->blocks[1].kind, RP_BLOCK_PARAGRAPH);
    assert_string_equal(d->blocks[1].label, "4");
    assert_int_equal(d->blocks[1].n_spans, 2);
    assert_string_equal(span_text(d, 1, 1),
                        "forming a new movement of solidarity.² As a result, all gained.");
    /* footnotes come after the paragraph, labelled by their number */
    assert_int_equal(d->blocks[2].kind, RP_BLOCK_FOOTNOTE);
    assert_string_equal(d->blocks[2].label, "1");
    assert_string_equal(span_text(d, 2, 0), "The present section builds on the previous report.");
    assert_string_equal(d->blocks[3].label, "2");
    assert_string_equal(d->blocks[4].label, "5");
    /* markers: after "Title" and after "solidarity." */
    rp_docbuf *db = &f.d;
    assert_int_equal(db->markers.n, 2);
    assert_memory_equal(t + db->markers.v[0].start, "¹", 2);
    assert_memory_equal(t + db->markers.v[1].start, "²", 2);
    /* the section title drops the marker */
    assert_string_equal(d->sections[0].title, "Title");
    /* sentences of paragraph 4: the first crosses the footnotes, the marker
     * after the full stop belongs to it */
    const rp_block *b = &d->blocks[1];
    assert_int_equal(b->sent_end - b->sent_begin, 2);
    const char *s0 = sent_text(d, b->sent_begin);
    assert_true(strncmp(s0, "A cascade", 9) == 0);
    size_t n0 = strlen(s0);
    assert_string_equal(s0 + n0 - strlen("solidarity.²"), "solidarity.²");
    assert_string_equal(sent_text(d, b->sent_begin + 1), "As a result, all gained.");
    done(&f);
}

static void test_sentences_abbreviations(void **state)
{
    (void)state;
    fixture f;
    const char *t =
        "The report (see para. 23 and paras. 4-5) cites Mr. Guterres and Ms. Bachelet, "
        "e.g. on trade, i.e. on tariffs, as in No. 5 of vol. 2, p. 7 and Art. 3. "
        "The rate was 0.7 per cent in A/HRC/47/53 and E/CN.6/2021/14. "
        "See resolution A/RES/74/151. It was cited by J. K. Smith et al. in the U.S. and "
        "elsewhere, cf. A/74/351. Resolution 74/151. was cited. "
        "It was adopted (a) first; and (b) later! Was it? Yes.";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "abbreviations");
    assert_int_equal(d->n_blocks, 1);
    assert_int_equal(d->blocks[0].kind, RP_BLOCK_PARAGRAPH);
    assert_int_equal(d->n_sentences, 8);
    assert_string_equal(sent_text(d, 0),
                        "The report (see para. 23 and paras. 4-5) cites Mr. Guterres and Ms. "
                        "Bachelet, e.g. on trade, i.e. on tariffs, as in No. 5 of vol. 2, p. 7 "
                        "and Art. 3.");
    assert_string_equal(sent_text(d, 1),
                        "The rate was 0.7 per cent in A/HRC/47/53 and E/CN.6/2021/14.");
    assert_string_equal(sent_text(d, 2), "See resolution A/RES/74/151.");
    assert_string_equal(sent_text(d, 3), "It was cited by J. K. Smith et al. in the U.S. and "
                                         "elsewhere, cf. A/74/351.");
    /* a small letter after a full stop never starts a sentence */
    assert_string_equal(sent_text(d, 4), "Resolution 74/151. was cited.");
    assert_string_equal(sent_text(d, 5), "It was adopted (a) first; and (b) later!");
    assert_string_equal(sent_text(d, 6), "Was it?");
    assert_string_equal(sent_text(d, 7), "Yes.");
    done(&f);
    /* an initial does not end a sentence, a roman numeral after "annex" does */
    d = seg(&f, "It is set out in annex I. The list by J. Smith follows.");
    assert_int_equal(d->n_sentences, 2);
    assert_string_equal(sent_text(d, 0), "It is set out in annex I.");
    done(&f);
    /* a bullet at the start of a line starts a sentence */
    d = seg(&f, "1. Text.\n\n• Poverty fell in 2024\n• Hunger rose, and\nwasting too\n");
    assert_int_equal(d->n_sentences, 3);
    assert_string_equal(sent_text(d, 1), "• Poverty fell in 2024");
    assert_string_equal(sent_text(d, 2), "• Hunger rose, and\nwasting too");
    done(&f);
    /* "etc." ends a sentence before a capital, not before a small letter */
    d = seg(&f, "Food, water, etc. are needed. Shelter, etc. The rest followed.");
    assert_int_equal(d->n_sentences, 3);
    assert_string_equal(sent_text(d, 1), "Shelter, etc.");
    done(&f);
}

static void test_one_line_section(void **state)
{
    (void)state;
    fixture f;
    /* a whole section on one line still gives its sentences */
    const char *t = "VI. Conclusions and recommendations 49. States should act. They must "
                    "cooperate. 50. The Council should consider it.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "one line");
    assert_true(d->n_sentences >= 4);
    int found = 0;
    for (uint32_t i = 0; i < d->n_sentences; i++)
        found += strcmp(sent_text(d, i), "They must cooperate.") == 0;
    assert_int_equal(found, 1);
    done(&f);
}

static void test_line_ends(void **state)
{
    (void)state;
    fixture f;
    const char *lf = "I. Introduction\n1. First\nline.\n2. Second.\n";
    const char *crlf = "I. Introduction\r\n1. First\r\nline.\r\n2. Second.\r\n";
    const char *cr = "I. Introduction\r1. First\rline.\r2. Second.\r";
    const char *texts[] = {lf, crlf, cr};
    const char *firsts[] = {"First\nline.", "First\r\nline.", "First\rline."};
    for (int k = 0; k < 3; k++) {
        rp_doc *d = seg(&f, texts[k]);
        check_invariants(&f.d, "line ends");
        assert_int_equal(count_kind(d, RP_BLOCK_HEADING), 1);
        assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
        assert_string_equal(span_text(d, 1, 0), firsts[k]);
        assert_string_equal(span_text(d, 2, 0), "Second.");
        assert_int_equal(d->n_sentences, 3);
        done(&f);
    }
    /* a BOM: the body starts after it */
    const char *bom = "\xEF\xBB\xBF" "1. After a BOM.\n";
    rp_docbuf_init(&f.d);
    f.d.doc.text = bom;
    f.d.doc.len = strlen(bom);
    f.d.body_start = 3;
    rp_segment(&f.d);
    rp_docbuf_publish(&f.d);
    assert_int_equal(f.d.doc.n_blocks, 1);
    assert_string_equal(span_text(&f.d.doc, 0, 0), "After a BOM.");
    rp_docbuf_free(&f.d);
}

static void test_unnumbered_text(void **state)
{
    (void)state;
    fixture f;
    /* blank lines separate paragraphs; hard-wrapped lines join */
    const char *t = "Universal Declaration of Human Rights\n\nArticle 1\n"
                    "All human beings are born free and equal in dignity and rights.\n"
                    "They are endowed with reason.\n\n"
                    "Article 2\nEveryone is entitled to all the rights.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "unnumbered");
    assert_int_equal(d->blocks[0].kind, RP_BLOCK_TITLE);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 4);
    uint32_t p = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_null(d->blocks[p].label);
    assert_string_equal(span_text(d, p, 0),
                        "All human beings are born free and equal in dignity and rights.\n"
                        "They are endowed with reason.");
    done(&f);
    /* a speech: one paragraph per (long) line, no blank lines */
    char speech[2048];
    snprintf(speech, sizeof speech, "%s\n%s\n",
             "Let me extend my heartiest felicitations to Mr. Lykketoft on his election to the "
             "presidency of the General Assembly at its seventieth session. I also commend him.",
             "This year is a transformative one for the United Nations and the world at large; it "
             "marks the seventieth anniversary of the founding of the global body and more.");
    d = seg(&f, speech);
    check_invariants(&f.d, "speech");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2);
    assert_int_equal(count_kind(d, RP_BLOCK_TITLE), 0);
    assert_int_equal(d->n_sentences, 3);
    done(&f);
}

static void test_hard_wrapped_speech(void **state)
{
    (void)state;
    fixture f;
    /* a General Debate record: lines wrapped at about 55 bytes, no blank
     * lines.  A line ending mid-sentence before a capitalised word ("the
     * 2000" / "Review Conference", "the Conference on" / "Disarmament") is a
     * wrapped line, not an unmarked heading; a sentence ending on a short
     * line ends the paragraph */
    const char *t = "Mr. President, I congratulate you on your election and\n"
                    "wish you every success in the work of this session.\n"
                    "The lack of progress at the Conference is due to\n"
                    "the reluctance of key nuclear-weapon States to submit\n"
                    "themselves to negotiate in good faith, despite the\n"
                    "obligations they accepted at the Conference on\n"
                    "Disarmament.\n"
                    "We still expect the nuclear-weapon States to honour\n"
                    "their commitment to undertake genuine nuclear\n"
                    "disarmament, which they renewed during the 2000\n"
                    "Review Conference of the Parties to the Treaty.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "wrapped speech");
    assert_int_equal(count_kind(d, RP_BLOCK_TITLE), 0);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 2); /* "Disarmament." ends the first */
    assert_int_equal(d->n_sentences, 3);
    uint32_t p = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_string_equal(span_text(d, p, 0),
                        "We still expect the nuclear-weapon States to honour\n"
                        "their commitment to undertake genuine nuclear\n"
                        "disarmament, which they renewed during the 2000\n"
                        "Review Conference of the Parties to the Treaty.");
    done(&f);
    /* a speech opening with a line cut short ("Let me begin by") and a
     * salutation line before prose: no title swallowing the speech */
    t = "Mr. President,\n"
        "Let me begin by\n"
        "congratulating the President on behalf of my delegation\n"
        "on his unanimous election to lead the fifty-fifth regular\n"
        "session of the General Assembly. I am confident that\n"
        "his able leadership and vast diplomatic experience will\n"
        "steer the business of this session to the desired outcome.\n";
    d = seg(&f, t);
    check_invariants(&f.d, "speech opening");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 1);
    assert_true(count_kind(d, RP_BLOCK_TITLE) <= 1);
    p = nth(d, RP_BLOCK_PARAGRAPH, 0);
    assert_true(d->blocks[p].spans[0].start <= 15); /* "Let me begin by" is in it; the
                                                       salutation may be too */
    done(&f);
    /* ... or with a first line ending in a word that needs more */
    t = "On behalf of\n"
        "Ukraine, I sincerely congratulate His Excellency\n"
        "Mr. Joseph Deiss on his election as President of the\n"
        "General Assembly at its sixty-fifth session. I also\n"
        "thank his predecessor for his work at the last session.\n";
    d = seg(&f, t);
    check_invariants(&f.d, "speech opening, cut");
    assert_int_equal(count_kind(d, RP_BLOCK_TITLE), 0);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 1);
    done(&f);
    /* a page number inside a sentence, without form feeds: furniture, and
     * the paragraph goes on after it */
    t = "I speak on behalf of the European Union. The Union\n"
        "supports the efforts of the Secretary-\n"
        "General to reach a settlement and, under the auspices of\n"
        "the Secretary-General, it\n"
        "21\n"
        "\n"
        "invites the parties concerned to enter into substantive\n"
        "talks.\n";
    d = seg(&f, t);
    check_invariants(&f.d, "page number in a sentence");
    assert_int_equal(d->n_blocks, 1);
    assert_int_equal(d->blocks[0].n_spans, 2);
    assert_int_equal(d->n_sentences, 2);
    assert_string_equal(span_text(d, 0, 1), "invites the parties concerned to enter into substantive\ntalks.");
    done(&f);
    /* short lines of a list stay apart, whatever the text's width */
    t = "The lack of progress at the Conference is due to the\n"
        "reluctance of key nuclear-weapon States to negotiate in\n"
        "good faith, despite the obligations they have accepted\n"
        "at the Conference on Disarmament and elsewhere.\n\n"
        "Groups of Persons:\n- Public officials\n- Persons with disabilities\n"
        "Affected persons\nDisappeared persons\n";
    d = seg(&f, t);
    check_invariants(&f.d, "list after wrapped text");
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 5);
    done(&f);
}

static void test_pdftotext_pages(void **state)
{
    (void)state;
    fixture f;
    /* page furniture, a paragraph cut by a page break, a footnote zone */
    const char *t = "S/2025/999\n\nUnited Nations\n\nSecurity Council\n\n"
                    "Report of the Secretary-General\n"
                    "I. Introduction\n1.\nThe present report covers the period\nfrom March to June and\n\n"
                    "25-10317 (E)\n\n030725\n\n*2510317*\n\n"
                    "\fS/2025/999\n\n"
                    "describes the situation for the benefit of humanity.2 Violence rose.\n"
                    "2. The Council met. 3 More followed.\n"
                    "__________________\n2\nSee A/80/1.\n3 See S/2025/1.\n"
                    "2/3\n\n25-10317\n\f"
                    "S/2025/999\n\nII. Observations\n3. Last paragraph.\n25-10317\n\n3/3\n\f";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "pdftotext");
    assert_int_equal(d->n_pages, 3);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 3);
    uint32_t p1 = nth(d, RP_BLOCK_PARAGRAPH, 0);
    assert_string_equal(d->blocks[p1].label, "1");
    assert_int_equal(d->blocks[p1].page, 1);
    assert_int_equal(d->blocks[p1].n_spans, 2);
    assert_string_equal(span_text(d, p1, 0), "The present report covers the period\nfrom March to June and");
    assert_string_equal(span_text(d, p1, 1),
                        "describes the situation for the benefit of humanity.2 Violence rose.");
    /* its first sentence stops at the page break: no sentence holds furniture */
    assert_int_equal(d->blocks[p1].sent_end - d->blocks[p1].sent_begin, 3);
    assert_string_equal(sent_text(d, d->blocks[p1].sent_begin),
                        "The present report covers the period\nfrom March to June and");
    uint32_t p2 = nth(d, RP_BLOCK_PARAGRAPH, 1);
    assert_int_equal(d->blocks[p2].page, 2);
    assert_int_equal(count_kind(d, RP_BLOCK_FOOTNOTE), 2);
    uint32_t f2 = nth(d, RP_BLOCK_FOOTNOTE, 0);
    assert_string_equal(d->blocks[f2].label, "2");
    assert_string_equal(span_text(d, f2, 0), "See A/80/1.");
    assert_string_equal(d->blocks[nth(d, RP_BLOCK_FOOTNOTE, 1)].label, "3");
    assert_int_equal(d->blocks[nth(d, RP_BLOCK_PARAGRAPH, 2)].page, 3);
    /* no furniture in any block */
    for (uint32_t i = 0; i < d->n_blocks; i++)
        for (uint32_t k = 0; k < d->blocks[i].n_spans; k++) {
            const char *s = span_text(d, i, k);
            assert_null(strstr(s, "25-10317"));
            assert_null(strstr(s, "*2510317*"));
            assert_null(strstr(s, "2/3"));
            assert_null(strstr(s, "S/2025/999"));
            assert_null(strstr(s, "030725"));
        }
    /* plain-number markers: glued after a full stop, spaced after one */
    rp_docbuf *db = &f.d;
    assert_int_equal(db->markers.n, 2);
    assert_memory_equal(t + db->markers.v[0].start, "2 Violence", 10);
    assert_memory_equal(t + db->markers.v[1].start, "3 More", 6);
    done(&f);
}

static void test_grouped_note_numbers(void **state)
{
    (void)state;
    fixture f;
    /* pdftotext puts a page's note numbers apart from their texts, some
     * after them; two notes with one number between them run together
     * until the number left over splits them */
    const char *t = "I. Introduction\n"
                    "1. The survey reached 26.4 per cent 1 and up. In 2019, 2 countries and\n"
                    "people, under resolution 2 of the Council, were reached.2 Also\n"
                    "others.3\n"
                    "__________________\n"
                    "1\n\nSubmission by the Global Alliance.\nSee also submission by the Platform.\n"
                    "3\nKaren O'Brien and others, Thematic Assessment Report.\n2\n\n2/2\n\n"
                    "25-11710\n\f";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "grouped");
    assert_int_equal(count_kind(d, RP_BLOCK_FOOTNOTE), 3);
    const char *want[][2] = {{"1", "Submission by the Global Alliance."},
                             {"2", "See also submission by the Platform."},
                             {"3", "Karen O'Brien and others, Thematic Assessment Report."}};
    for (uint32_t k = 0; k < 3; k++) {
        uint32_t b = nth(d, RP_BLOCK_FOOTNOTE, k);
        assert_string_equal(d->blocks[b].label, want[k][0]);
        assert_string_equal(span_text(d, b, 0), want[k][1]);
    }
    /* markers: "cent 1 and" (spaced between words), "reached.2", "others.3";
     * not "2019, 2 countries" (a quantity) nor "resolution 2 of" */
    rp_docbuf *db = &f.d;
    assert_int_equal(db->markers.n, 3);
    assert_memory_equal(t + db->markers.v[0].start, "1 and", 5);
    assert_memory_equal(t + db->markers.v[1].start, "2 Also", 6);
    assert_memory_equal(t + db->markers.v[2].start, "3\n", 2);
    done(&f);
}

static void test_notes_without_separator(void **state)
{
    (void)state;
    fixture f;
    /* A/80/62 prints its notes with no "____" line: a note number alone,
     * then lines that look like notes, start them */
    const char *t = "I. Trends\n"
                    "1. The use of artificial intelligence has grown, as noted in\n"
                    "discussions.2 Concern is fuelled by\n"
                    "1\n\nA/RES/79/1.\n2 https://www.itu.int/en/history.\n\n3\n\f"
                    "the pace of change.\n2. Next paragraph.\n4\n\f";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "no separator");
    assert_int_equal(count_kind(d, RP_BLOCK_FOOTNOTE), 2);
    uint32_t n1 = nth(d, RP_BLOCK_FOOTNOTE, 0);
    assert_string_equal(d->blocks[n1].label, "1");
    assert_string_equal(span_text(d, n1, 0), "A/RES/79/1.");
    uint32_t n2 = nth(d, RP_BLOCK_FOOTNOTE, 1);
    assert_string_equal(d->blocks[n2].label, "2");
    assert_string_equal(span_text(d, n2, 0), "https://www.itu.int/en/history.");
    /* paragraph 1 goes on across the notes and the page break */
    uint32_t p1 = nth(d, RP_BLOCK_PARAGRAPH, 0);
    assert_int_equal(d->blocks[p1].n_spans, 2);
    assert_string_equal(span_text(d, p1, 1), "the pace of change.");
    assert_int_equal(f.d.markers.n, 1);
    assert_memory_equal(t + f.d.markers.v[0].start, "2 Concern", 9);
    done(&f);
}

static void test_cover_notes_and_contents(void **state)
{
    (void)state;
    fixture f;
    const char *t = "General Assembly\nItem 18 of the preliminary list*\n"
                    "Report of the Secretary-General **\n"
                    "* A/80/50.\n** The present report was submitted late.\n"
                    "Contents\nI.\nII.\nIntroduction . . . . . . . . .\n3\n"
                    "Observations . . . . . . . . .\n5\n"
                    "I. Introduction\n1. Text.\n";
    rp_doc *d = seg(&f, t);
    check_invariants(&f.d, "cover");
    assert_int_equal(count_kind(d, RP_BLOCK_FOOTNOTE), 2);
    assert_string_equal(d->blocks[nth(d, RP_BLOCK_FOOTNOTE, 0)].label, "*");
    assert_string_equal(d->blocks[nth(d, RP_BLOCK_FOOTNOTE, 1)].label, "**");
    assert_string_equal(span_text(d, nth(d, RP_BLOCK_FOOTNOTE, 1), 0),
                        "The present report was submitted late.");
    /* the contents page is text; only the real "I." is a heading */
    assert_int_equal(count_kind(d, RP_BLOCK_HEADING), 1);
    assert_int_equal(d->n_sections, 1);
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 1);
    assert_true(count_kind(d, RP_BLOCK_TEXT) >= 1);
    /* the asterisks in the title block are markers */
    assert_int_equal(f.d.markers.n, 2);
    done(&f);
}

static void test_empty_and_odd_inputs(void **state)
{
    (void)state;
    fixture f;
    rp_doc *d = seg(&f, "");
    assert_int_equal(d->n_blocks, 0);
    assert_int_equal(d->n_pages, 1);
    done(&f);
    d = seg(&f, "\n\n   \n\f\f");
    assert_int_equal(d->n_blocks, 0);
    assert_int_equal(d->n_pages, 2);
    done(&f);
    /* invalid UTF-8, NUL-free binary noise, lone markers */
    const char odd[] = "1.\n\xff\xfe bad \xc3 bytes.\xe2\x81 \xc2\n2. \xe2\x81\xb5\xc2\xb9 x.\n"
                       "\xc2\xb9\n__________\n7\n";
    d = seg_text(&f, odd, sizeof odd - 1);
    check_invariants(&f.d, "odd");
    done(&f);
}

/* Texts made of random pieces of UN-report layout (numbers, headings,
 * notes, furniture, separators, line ends, form feeds, broken UTF-8):
 * whatever the mix, the invariants hold. */
static void test_random_texts(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "\n", "\n", "\n\n", "\f", "\r\n", "\r", " ", " ", "word", "Word", ".", ". ", "1.",
        "2.", "3. ", "12", "I.", "II. Title", "A.", "(a)", "¹", "²³", "⁴", "\xe2\x81", "\xc2",
        "____________", "* ", "** ", "S/2025/1", "25-10317 (E)", "2/3", "*2510317*", "140825",
        "[^1]: ", "[^2]", "Contents", ". . . . .", "Summary", "### ", "**", "etc.", "e.g.", "No. ",
        "0.7", "A/HRC/47/53", "。", "؟", "…", "Annex", "Chapter I", "and", "The", "\xff", "3",
        "7", "\t", "Figure 1", "— ", "”", "’"};
    uint32_t x = 12345;
    char buf[4096];
    for (int it = 0; it < 3000; it++) {
        size_t n = 0;
        x = x * 1103515245u + 12345u;
        int k = (int)((x >> 16) % 160);
        for (int j = 0; j < k; j++) {
            x = x * 1103515245u + 12345u;
            const char *p = pieces[(x >> 16) % (sizeof pieces / sizeof pieces[0])];
            size_t l = strlen(p);
            if (n + l >= sizeof buf)
                break;
            memcpy(buf + n, p, l);
            n += l;
        }
        fixture f;
        char *text = malloc(n ? n : 1); /* exactly n bytes: ASan sees overreads */
        memcpy(text, buf, n);
        seg_text(&f, text, n);
        f.owned = text;
        check_invariants(&f.d, "random text");
        done(&f);
    }
}

/* ------------------------------------------------- shared corpora */

static const char *shared(void)
{
    const char *s = getenv("RP_SHARED");
    struct stat st;
    if (!s || !*s || stat(s, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    return s;
}

static rp_doc *seg_file(fixture *f, const char *path)
{
    size_t n;
    char *buf = rp_read_file(path, &n);
    if (!buf)
        fail_msg("cannot read %s", path);
    rp_docbuf_init(&f->d);
    f->owned = buf;
    f->d.doc.text = buf;
    f->d.doc.len = n;
    f->d.body_start = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    rp_segment(&f->d);
    rp_docbuf_publish(&f->d);
    return &f->d.doc;
}

/* numbered paragraphs: labelled 1..N in order, numbering restarting at 1
 * only right after a heading (annexes); returns N of the first run or -1 */
static int numbered_run(const rp_doc *d, uint32_t *n_paras)
{
    int last = 0, first_run = -1, heading_seen = 0;
    *n_paras = 0;
    for (uint32_t i = 0; i < d->n_blocks; i++) {
        const rp_block *b = &d->blocks[i];
        if (b->kind == RP_BLOCK_HEADING)
            heading_seen = 1;
        if (b->kind != RP_BLOCK_PARAGRAPH || !b->label)
            continue;
        int v = atoi(b->label);
        (*n_paras)++;
        if (v == last + 1) {
            last = v;
        } else if (v == 1 && heading_seen) {
            if (first_run < 0)
                first_run = last;
            last = 1;
        } else {
            return -1;
        }
        heading_seen = 0;
    }
    return first_run < 0 ? last : first_run;
}

static void test_seed_report(void **state)
{
    (void)state;
    const char *sh = shared();
    if (!sh) {
        print_message("RP_SHARED not set or absent: skipping the seed report\n");
        skip();
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/corpora/seed/sg-report-international-cooperation-2021.txt", sh);
    fixture f;
    rp_doc *d = seg_file(&f, path);
    check_invariants(&f.d, "seed");
    /* 67 numbered paragraphs labelled 1..67 in order */
    assert_int_equal(count_kind(d, RP_BLOCK_PARAGRAPH), 67);
    for (uint32_t k = 0; k < 67; k++) {
        char want[8];
        snprintf(want, sizeof want, "%u", k + 1);
        assert_string_equal(d->blocks[nth(d, RP_BLOCK_PARAGRAPH, k)].label, want);
    }
    /* 57 footnotes labelled 1..57 */
    assert_int_equal(count_kind(d, RP_BLOCK_FOOTNOTE), 57);
    for (uint32_t k = 0; k < 57; k++) {
        char want[8];
        snprintf(want, sizeof want, "%u", k + 1);
        assert_string_equal(d->blocks[nth(d, RP_BLOCK_FOOTNOTE, k)].label, want);
    }
    /* 6 section headings I..VI */
    const char *romans[] = {"I", "II", "III", "IV", "V", "VI"};
    assert_int_equal(count_kind(d, RP_BLOCK_HEADING), 6);
    assert_int_equal(d->n_sections, 6);
    for (uint32_t k = 0; k < 6; k++) {
        assert_string_equal(d->blocks[nth(d, RP_BLOCK_HEADING, k)].label, romans[k]);
        assert_string_equal(d->sections[k].path, romans[k]);
    }
    assert_string_equal(d->sections[5].title, "Conclusions and recommendations");
    /* the twelve paragraphs cut by a page break have two spans, all others one */
    const int split[] = {4, 12, 17, 21, 24, 28, 33, 36, 39, 46, 62, 66};
    for (uint32_t k = 0; k < 67; k++) {
        int want = 1;
        for (size_t s = 0; s < sizeof split / sizeof split[0]; s++)
            if (split[s] == (int)k + 1)
                want = 2;
        const rp_block *b = &d->blocks[nth(d, RP_BLOCK_PARAGRAPH, k)];
        if ((int)b->n_spans != want)
            fail_msg("paragraph %u has %u spans, want %d", k + 1, b->n_spans, want);
    }
    /* paragraph 33 goes on with "Countries Report 2019" */
    uint32_t p33 = nth(d, RP_BLOCK_PARAGRAPH, 32);
    assert_true(strncmp(span_text(d, p33, 1), "Countries Report 2019", 21) == 0);
    /* every superscript marker is found */
    assert_int_equal(f.d.markers.n, 57);
    done(&f);
}

/* no page-furniture line inside a block or a sentence of a pdftotext
 * report */
static void check_no_furniture(const rp_doc *d, const char *symbol, const char *job)
{
    for (uint32_t i = 0; i < d->n_blocks + d->n_sentences; i++)
        for (uint32_t k = 0; k < (i < d->n_blocks ? d->blocks[i].n_spans : 1); k++) {
            rp_span sent;
            const rp_span *s = &sent;
            if (i < d->n_blocks) {
                s = &d->blocks[i].spans[k];
            } else {
                sent.start = d->sentences[i - d->n_blocks].start;
                sent.end = d->sentences[i - d->n_blocks].end;
            }
            uint64_t a = s->start;
            while (a < s->end) {
                uint64_t e = a;
                while (e < s->end && d->text[e] != '\n')
                    e++;
                size_t n = (size_t)(e - a);
                const char *l = d->text + a;
                int slash = 0, digits = 0;
                for (size_t c = 0; c < n; c++) {
                    slash += l[c] == '/';
                    digits += l[c] >= '0' && l[c] <= '9';
                }
                int page_label = n > 0 && n <= 7 && slash == 1 && digits == (int)n - 1;
                if ((n == strlen(symbol) && memcmp(l, symbol, n) == 0) || page_label ||
                    (n >= strlen(job) && memmem(l, n, job, strlen(job))) ||
                    (n > 2 && l[0] == '*' && l[n - 1] == '*'))
                    fail_msg("furniture line \"%.*s\" in %s %u", (int)n, l,
                             i < d->n_blocks ? "block" : "sentence",
                             i < d->n_blocks ? i : i - d->n_blocks);
                a = e + 1;
            }
        }
}

static void test_pdftotext_reports(void **state)
{
    (void)state;
    const char *sh = shared();
    if (!sh) {
        print_message("RP_SHARED not set or absent: skipping the pdftotext reports\n");
        skip();
    }
    const struct {
        const char *file, *symbol, *job;
        int paras;
    } docs[] = {{"S_2025_415.txt", "S/2025/415", "25-10317", 84},
                {"A_80_81.txt", "A/80/81", "25-06745", 163}};
    for (size_t k = 0; k < 2; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/corpora/sg_reports_2025/txt/%s", sh, docs[k].file);
        fixture f;
        rp_doc *d = seg_file(&f, path);
        check_invariants(&f.d, docs[k].file);
        uint32_t n;
        assert_int_equal(numbered_run(d, &n), docs[k].paras);
        assert_int_equal(n, docs[k].paras);
        check_no_furniture(d, docs[k].symbol, docs[k].job);
        /* every block knows its page, the last one is on the last page */
        assert_true(d->blocks[d->n_blocks - 1].page >= d->n_pages - 1);
        done(&f);
    }
}

static void test_all_reports_numbering(void **state)
{
    (void)state;
    const char *sh = shared();
    if (!sh) {
        print_message("RP_SHARED not set or absent: skipping the 2025 reports\n");
        skip();
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/corpora/sg_reports_2025/txt", sh);
    DIR *dh = opendir(dir);
    if (!dh) {
        print_message("%s absent: skipping\n", dir);
        skip();
    }
    struct dirent *e;
    int docs = 0, perfect = 0, with_notes = 0, notes_ok = 0;
    while ((e = readdir(dh))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        fixture f;
        rp_doc *d = seg_file(&f, path);
        check_invariants(&f.d, e->d_name);
        uint32_t n;
        int run = numbered_run(d, &n);
        docs++;
        if (run > 0)
            perfect++;
        else
            print_message("%s: numbered paragraphs not in sequence\n", e->d_name);
        /* numbered footnotes: 1..N in document order */
        int last = 0, ok = 1, any = 0;
        for (uint32_t i = 0; i < d->n_blocks; i++) {
            const rp_block *b = &d->blocks[i];
            if (b->kind != RP_BLOCK_FOOTNOTE || (b->label && b->label[0] == '*'))
                continue;
            any = 1;
            if (!b->label || atoi(b->label) != last + 1)
                ok = 0;
            else
                last++;
        }
        with_notes += any;
        notes_ok += any && ok;
        done(&f);
    }
    closedir(dh);
    print_message("%d of %d reports: numbered paragraphs 1..N in sequence\n", perfect, docs);
    print_message("%d of %d reports with numbered notes: notes 1..N in sequence\n", notes_ok,
                  with_notes);
    assert_int_equal(docs, 25);
    assert_true(perfect >= 24);
    assert_true(notes_ok >= 13);
}

static void walk(const char *dir, int *n_files)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk(path, n_files);
            continue;
        }
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        fixture f;
        rp_doc *d = seg_file(&f, path);
        check_invariants(&f.d, path);
        if (d->len > 0 && d->n_blocks == 0) {
            /* only white space */
            for (uint64_t i = 0; i < d->len; i++)
                if (d->text[i] != ' ' && d->text[i] != '\n' && d->text[i] != '\r' &&
                    d->text[i] != '\f' && d->text[i] != '\t')
                    fail_msg("%s: no block", path);
        }
        (*n_files)++;
        done(&f);
    }
    closedir(dh);
}

static void test_every_shared_text(void **state)
{
    (void)state;
    const char *sh = shared();
    if (!sh) {
        print_message("RP_SHARED not set or absent: skipping the corpus walk\n");
        skip();
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/corpora", sh);
    int n = 0;
    walk(dir, &n);
    print_message("%d .txt files segmented\n", n);
    assert_true(n > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_paragraphs),
        cmocka_unit_test(test_number_alone_on_its_line),
        cmocka_unit_test(test_sub_items_stay_in_paragraph),
        cmocka_unit_test(test_split_heading),
        cmocka_unit_test(test_subheadings),
        cmocka_unit_test(test_list_item_is_no_subheading),
        cmocka_unit_test(test_footnotes_and_rejoined_paragraph),
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_one_line_section),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_unnumbered_text),
        cmocka_unit_test(test_hard_wrapped_speech),
        cmocka_unit_test(test_pdftotext_pages),
        cmocka_unit_test(test_grouped_note_numbers),
        cmocka_unit_test(test_notes_without_separator),
        cmocka_unit_test(test_cover_notes_and_contents),
        cmocka_unit_test(test_empty_and_odd_inputs),
        cmocka_unit_test(test_random_texts),
        cmocka_unit_test(test_seed_report),
        cmocka_unit_test(test_pdftotext_reports),
        cmocka_unit_test(test_all_reports_numbering),
        cmocka_unit_test(test_every_shared_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
