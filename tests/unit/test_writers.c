/*
 * test_writers.c -- unit tests of the output writers (JSON Lines, CSV/TSV
 * spool and table, CoNLL-U Plus, brat) and the frequency tables (count.c),
 * on hand-built documents: no plugins, no corpus.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "count.h"
#include "writers.h"

/* ---- a tiny hand-built document ------------------------------------------ */

typedef struct tdoc {
    rp_doc doc;
    rp_token tok[64];
    char norm[64][32];
    rp_sentence sent[8];
    rp_block block[4];
    rp_span span[4];
    rp_section sec[2];
    rp_kv meta[2];
} tdoc;

/* Tokens: maximal runs of bytes that are not space/newline; a trailing
 * '.' or ',' is its own (glued, punctuation) token. Sentences end after a
 * '.' token. One paragraph block "49" holding everything, in section
 * "II". */
static void tdoc_init(tdoc *t, const char *id, const char *text)
{
    memset(t, 0, sizeof *t);
    rp_doc *d = &t->doc;
    d->id = id;
    d->path = "x.txt";
    d->lang = "en";
    d->text = text;
    d->len = strlen(text);
    uint32_t n = 0, s = 0;
    uint64_t i = 0, L = d->len;
    t->sent[0].start = 0;
    t->sent[0].tok_begin = 0;
    while (i < L) {
        while (i < L && (text[i] == ' ' || text[i] == '\n'))
            i++;
        if (i >= L)
            break;
        uint64_t j = i;
        while (j < L && text[j] != ' ' && text[j] != '\n' && text[j] != '.' && text[j] != ',')
            j++;
        if (j == i)
            j = i + 1; /* punctuation */
        rp_token *k = &t->tok[n];
        k->start = i;
        k->end = j;
        size_t m = 0;
        for (uint64_t x = i; x < j && m < 31; x++)
            t->norm[n][m++] = (char)((text[x] >= 'A' && text[x] <= 'Z') ? text[x] + 32 : text[x]);
        k->norm = k->stem = t->norm[n];
        k->norm_len = k->stem_len = (uint32_t)m;
        k->norm_id = n + 1;
        k->sentence = s;
        k->block = 0;
        if (j == i + 1 && (text[i] == '.' || text[i] == ',')) {
            k->flags = RP_TOK_PUNCT | RP_TOK_GLUED;
        } else {
            k->flags = RP_TOK_ALPHA;
        }
        n++;
        if (text[i] == '.' && j == i + 1) {
            t->sent[s].end = j;
            t->sent[s].tok_end = n;
            s++;
            t->sent[s].start = j;
            t->sent[s].tok_begin = n;
        }
        i = j;
    }
    if (t->sent[s].tok_begin < n) {
        t->sent[s].end = L;
        t->sent[s].tok_end = n;
        s++;
    }
    t->span[0].start = 0;
    t->span[0].end = L;
    t->block[0] = (rp_block){.kind = RP_BLOCK_PARAGRAPH, .section = 0, .page = 1, .n_spans = 1,
                             .spans = t->span, .label = "49", .sent_begin = 0, .sent_end = s,
                             .tok_begin = 0, .tok_end = n};
    t->sec[0] = (rp_section){.label = "II", .title = "Context", .path = "II", .level = 1,
                             .parent = RP_NONE, .heading = RP_NONE};
    t->meta[0] = (rp_kv){"year", "2021"};
    t->meta[1] = (rp_kv){"body", "HRC"};
    d->tokens = t->tok;
    d->n_tokens = n;
    d->sentences = t->sent;
    d->n_sentences = s;
    d->blocks = t->block;
    d->n_blocks = 1;
    d->sections = t->sec;
    d->n_sections = 1;
    d->meta = t->meta;
    d->n_meta = 2;
    d->n_pages = 1;
}

/* An annotation over the first occurrence of `what` in the text. */
static rp_annot mk(const tdoc *t, const char *plugin, const char *label, const char *what,
                   rp_kv *attrs, uint32_t n_attrs)
{
    const char *p = strstr(t->doc.text, what);
    assert_non_null(p);
    rp_annot a;
    memset(&a, 0, sizeof a);
    a.plugin = plugin;
    a.label = label;
    a.start = (uint64_t)(p - t->doc.text);
    a.end = a.start + strlen(what);
    a.attrs = attrs;
    a.n_attrs = n_attrs;
    a.block = 0;
    a.para = "49";
    a.sentence = RP_NONE;
    for (uint32_t s = 0; s < t->doc.n_sentences; s++)
        if (t->sent[s].start <= a.start && a.start < t->sent[s].end)
            a.sentence = s;
    return a;
}

static char *str(const rp_buf *b)
{
    return b->data ? b->data : (char *)"";
}

/* ---- column names and fields -------------------------------------------------- */

static void test_colnames(void **state)
{
    (void)state;
    char out[RP_COLNAME_MAX + 1];
    rp_colname(NULL, "publication-year", out);
    assert_string_equal(out, "publication_year");
    rp_colname(NULL, "2020", out);
    assert_string_equal(out, "v2020");
    rp_colname(NULL, "in", out);
    assert_string_equal(out, "v_in");
    rp_colname(NULL, "C\xC3\xB4te d'Ivoire", out);
    assert_string_equal(out, "C_te_d_Ivoire");
    rp_colname("attr_", "a_very_long_attribute_name_that_goes_on", out);
    assert_int_equal(strlen(out), 32);
    assert_memory_equal(out, "attr_a_very_long_attribute_name_", 32);

    char names[4][RP_COLNAME_MAX + 1] = {"label", "label", "label", "x"};
    rp_colnames_unique(names, 4);
    assert_string_equal(names[0], "label");
    assert_string_equal(names[1], "label_2");
    assert_string_equal(names[2], "label_3");
    assert_string_equal(names[3], "x");
}

static void test_fields(void **state)
{
    (void)state;
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_add_field(&b, "plain", 5, ',');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "a,b", 3, ',');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "say \"no\"", 8, ',');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "two\nlines", 9, ',');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "bad\xFF", 4, ',');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "tab\there", 8, '\t');
    rp_buf_addc(&b, '|');
    rp_buf_add_field(&b, "a,b", 3, '\t');
    assert_string_equal(str(&b), "plain|\"a,b\"|\"say \"\"no\"\"\"|\"two\nlines\"|bad\xEF\xBF\xBD|"
                                 "\"tab\there\"|a,b");
    rp_buf_reset(&b);
    rp_buf_add_line(&b, "a\tb\r\nc\"d", 8);
    assert_string_equal(str(&b), "a b  c\"d");
    rp_buf_free(&b);
}

static void test_filter_and_meta(void **state)
{
    (void)state;
    rp_filter f = {0};
    assert_true(rp_filter_pass(&f, "themes", "health"));
    rp_filter_add(&f, 'p', "themes,actors");
    rp_filter_add(&f, 'l', "health");
    assert_true(rp_filter_pass(&f, "themes", "health"));
    assert_false(rp_filter_pass(&f, "themes", "climate"));
    assert_false(rp_filter_pass(&f, "recommendations", "health"));
    rp_filter_free(&f);

    char *cols[] = {"year", "label", "publication date"};
    rp_wctx ctx = {0};
    assert_int_equal(rp_wctx_meta(&ctx, NULL, cols, 3), 0);
    assert_int_equal(ctx.n_meta, 3);
    assert_string_equal(ctx.meta_out[0], "year");
    assert_string_equal(ctx.meta_out[1], "meta_label"); /* not the fixed "label" */
    assert_string_equal(ctx.meta_out[2], "publication_date");
    rp_wctx_free(&ctx);
    assert_int_equal(rp_wctx_meta(&ctx, "year", cols, 3), 0);
    assert_int_equal(ctx.n_meta, 1);
    rp_wctx_free(&ctx);
    assert_int_equal(rp_wctx_meta(&ctx, "none", cols, 3), 0);
    assert_int_equal(ctx.n_meta, 0);
    rp_wctx_free(&ctx);
    assert_int_equal(rp_wctx_meta(&ctx, "year,nope", cols, 3), -1);
    assert_int_equal(rp_format_parse("csv"), RP_FMT_CSV);
    assert_int_equal(rp_format_parse("brat"), RP_FMT_BRAT);
    assert_int_equal(rp_format_parse("xml"), -1);
}

/* ---- JSON Lines ----------------------------------------------------------------- */

static void test_jsonl(void **state)
{
    (void)state;
    tdoc t;
    tdoc_init(&t, "A/HRC/1", "Health \"care\" for all. Climate now.");
    rp_kv at[] = {{"scheme", "sdg"}, {"entry", "health"}};
    rp_annot a[2] = {mk(&t, "themes", "sdg3", "Health \"care\"", at, 2),
                     mk(&t, "themes", "sdg13", "Climate", NULL, 0)};
    char *cols[] = {"year"};
    rp_wctx ctx = {0};
    assert_int_equal(rp_wctx_meta(&ctx, NULL, cols, 1), 0);
    rp_buf b;
    rp_buf_init(&b);
    rp_write_jsonl(&b, &t.doc, a, 2, &ctx);
    assert_string_equal(
        str(&b),
        "{\"doc\":\"A/HRC/1\",\"plugin\":\"themes\",\"label\":\"sdg3\",\"start\":0,\"end\":13,"
        "\"text\":\"Health \\\"care\\\"\",\"para\":\"49\",\"sentence\":0,\"page\":1,"
        "\"section\":\"II\",\"block\":0,\"year\":\"2021\","
        "\"attrs\":{\"scheme\":\"sdg\",\"entry\":\"health\"}}\n"
        "{\"doc\":\"A/HRC/1\",\"plugin\":\"themes\",\"label\":\"sdg13\",\"start\":23,\"end\":30,"
        "\"text\":\"Climate\",\"para\":\"49\",\"sentence\":1,\"page\":1,"
        "\"section\":\"II\",\"block\":0,\"year\":\"2021\",\"attrs\":{}}\n");
    /* a filter drops records */
    rp_filter f = {0};
    rp_filter_add(&f, 'l', "sdg13");
    ctx.filter = &f;
    rp_buf_reset(&b);
    rp_write_jsonl(&b, &t.doc, a, 2, &ctx);
    assert_null(strstr(str(&b), "sdg3\""));
    assert_non_null(strstr(str(&b), "sdg13"));
    rp_filter_free(&f);
    rp_buf_free(&b);
    rp_wctx_free(&ctx);
}

/* ---- CSV / TSV ------------------------------------------------------------------ */

/* Splits one CSV record (RFC 4180) starting at *p; returns the number of
 * fields and leaves *p after the record's line end. */
static int csv_record(const char **p, char fields[][128], int max, char sep)
{
    int n = 0;
    const char *s = *p;
    for (;;) {
        char *f = fields[n];
        size_t k = 0;
        if (*s == '"') {
            s++;
            for (;;) {
                if (*s == '"' && s[1] == '"') {
                    f[k++] = '"';
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    f[k++] = *s++;
                }
            }
        } else {
            while (*s && *s != sep && *s != '\r' && *s != '\n')
                f[k++] = *s++;
        }
        f[k] = '\0';
        n++;
        if (*s == sep && n < max) {
            s++;
            continue;
        }
        if (*s == '\r')
            s++;
        if (*s == '\n')
            s++;
        break;
    }
    *p = s;
    return n;
}

static void test_table(void **state)
{
    (void)state;
    tdoc t1, t2;
    tdoc_init(&t1, "d1", "Ensure health,\nnow. Promote x.");
    tdoc_init(&t2, "d2", "Consider \"quotes\" here.");
    rp_kv at1[] = {{"category", "4"}, {"strength", "should"}};
    rp_kv at2[] = {{"addressee", "GBR"}};
    rp_annot a1[2] = {mk(&t1, "recommendations", "ensure", "Ensure health,\nnow", at1, 2),
                      mk(&t1, "recommendations", "promote", "Promote", at2, 1)};
    rp_annot a2[1] = {mk(&t2, "recommendations", "consider", "Consider \"quotes\"", NULL, 0)};
    for (int sep = 0; sep < 2; sep++) {
        char *cols[] = {"year", "body"};
        rp_wctx ctx = {0};
        ctx.sep = sep ? '\t' : ',';
        assert_int_equal(rp_wctx_meta(&ctx, "body", cols, 2), 0);
        rp_buf b;
        rp_buf_init(&b);
        rp_table *tab = rp_table_new(&ctx);
        assert_non_null(tab);
        rp_write_rows(&b, &t1.doc, a1, 2, &ctx);
        assert_int_equal(rp_table_add(tab, b.data, b.len), 0);
        rp_buf_reset(&b);
        rp_write_rows(&b, &t2.doc, a2, 1, &ctx);
        assert_int_equal(rp_table_add(tab, b.data, b.len), 0);
        assert_int_equal(rp_table_rows(tab), 3);
        FILE *f = tmpfile();
        assert_int_equal(rp_table_finish(tab, f), 0);
        long sz = ftell(f);
        rewind(f);
        char *out = calloc(1, (size_t)sz + 1);
        assert_int_equal(fread(out, 1, (size_t)sz, f), (size_t)sz);
        fclose(f);
        rp_table_free(tab);

        const char *p = out;
        char fields[32][128];
        int nh = csv_record(&p, fields, 32, ctx.sep);
        /* 11 fixed + body + attr_addressee, attr_category, attr_strength */
        assert_int_equal(nh, 15);
        assert_string_equal(fields[0], "doc");
        assert_string_equal(fields[5], "text");
        assert_string_equal(fields[11], "body");
        assert_string_equal(fields[12], "attr_addressee");
        assert_string_equal(fields[13], "attr_category");
        assert_string_equal(fields[14], "attr_strength");
        assert_int_equal(csv_record(&p, fields, 32, ctx.sep), 15);
        assert_string_equal(fields[0], "d1");
        assert_string_equal(fields[2], "ensure");
        assert_string_equal(fields[5], "Ensure health,\nnow"); /* quoted, embedded newline */
        assert_string_equal(fields[6], "49");
        assert_string_equal(fields[9], "II");
        assert_string_equal(fields[11], "HRC");
        assert_string_equal(fields[12], "");
        assert_string_equal(fields[13], "4");
        assert_string_equal(fields[14], "should");
        assert_int_equal(csv_record(&p, fields, 32, ctx.sep), 15);
        assert_string_equal(fields[12], "GBR");
        assert_string_equal(fields[13], "");
        assert_int_equal(csv_record(&p, fields, 32, ctx.sep), 15);
        assert_string_equal(fields[0], "d2");
        assert_string_equal(fields[5], "Consider \"quotes\"");
        assert_string_equal(p, "");
        if (!sep)
            assert_non_null(strstr(out, "attr_strength\r\n")); /* RFC 4180 line ends */
        free(out);
        rp_buf_free(&b);
        rp_wctx_free(&ctx);
    }
}

/* ---- CoNLL-U Plus ------------------------------------------------------------------- */

static void test_conllu(void **state)
{
    (void)state;
    tdoc t;
    tdoc_init(&t, "d1", "Universal health coverage. Paris.");
    rp_annot a[3] = {mk(&t, "themes", "health", "Universal health coverage", NULL, 0),
                     mk(&t, "themes", "sdg3", "health", NULL, 0),
                     mk(&t, "actors", "FRA", "Paris", NULL, 0)};
    /* (already in the sink's order: start, end, plugin, label) */
    const char *plugins[] = {"themes", "actors"};
    rp_wctx ctx = {0};
    rp_conllu_scratch s = {0};
    rp_buf b;
    rp_buf_init(&b);
    rp_write_conllu_header(&b, plugins, 2);
    rp_write_conllu(&b, &t.doc, a, 3, plugins, 2, &ctx, &s);
    assert_string_equal(
        str(&b),
        "# global.columns = ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC RP:THEMES RP:ACTORS\n"
        "# newdoc id = d1\n"
        "# sent_id = d1/0\n"
        "# text = Universal health coverage.\n"
        "1\tUniversal\tuniversal\t_\t_\t_\t_\t_\t_\tStart=0|End=9|Para=49\tB-health\t_\n"
        "2\thealth\thealth\t_\t_\t_\t_\t_\t_\tStart=10|End=16|Para=49\tI-health;B-sdg3\t_\n"
        "3\tcoverage\tcoverage\t_\t_\t_\t_\t_\t_\tStart=17|End=25|Para=49|SpaceAfter=No\tI-health\t_\n"
        "4\t.\t.\t_\t_\t_\t_\t_\t_\tStart=25|End=26|Para=49\t_\t_\n"
        "\n"
        "# sent_id = d1/1\n"
        "# text = Paris.\n"
        "1\tParis\tparis\t_\t_\t_\t_\t_\t_\tStart=27|End=32|Para=49|SpaceAfter=No\t_\tB-FRA\n"
        "2\t.\t.\t_\t_\t_\t_\t_\t_\tStart=32|End=33|Para=49\t_\t_\n"
        "\n");
    rp_buf_free(&b);
    rp_conllu_scratch_free(&s);
}

/* ---- brat ------------------------------------------------------------------------ */

static void test_brat(void **state)
{
    (void)state;
    tdoc t;
    /* "Côte" has a two-byte ô: character offsets differ from bytes */
    tdoc_init(&t, "d1", "C\xC3\xB4te d'Ivoire and\nthe World Health\nOrganization.");
    rp_kv at[] = {{"kind", "country"}};
    rp_annot a[2] = {mk(&t, "actors", "CIV", "C\xC3\xB4te d'Ivoire", at, 1),
                     mk(&t, "actors", "WHO", "World Health\nOrganization", NULL, 0)};
    rp_wctx ctx = {0};
    rp_buf b;
    rp_buf_init(&b);
    rp_write_brat_ann(&b, &t.doc, a, 2, &ctx);
    assert_string_equal(str(&b),
                        "T1\tactors-CIV 0 13\tC\xC3\xB4te d'Ivoire\n"
                        "#1\tAnnotatorNotes T1\tkind=country\n"
                        "T2\tactors-WHO 22 34;35 47\tWorld Health Organization\n");
    rp_buf_free(&b);
}

/* ---- count ------------------------------------------------------------------------- */

static char *run_counts(rp_countopts *o, tdoc **docs, rp_annot **ann, size_t *n, size_t nd,
                        uint64_t *total)
{
    rp_counts *t = rp_counts_new(o);
    const char *themes[] = {"health", "climate", "gender"};
    rp_counts_declare(t, "themes", themes, 3);
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < nd; i++) {
        rp_buf_reset(&b);
        rp_count_doc(&b, &docs[i]->doc, ann[i], n[i], o);
        assert_int_equal(rp_counts_add(t, b.data, b.len), 0);
    }
    rp_buf_free(&b);
    FILE *f = tmpfile();
    assert_int_equal(rp_counts_write(t, f), 0);
    long sz = ftell(f);
    rewind(f);
    char *out = calloc(1, (size_t)sz + 1);
    assert_int_equal(fread(out, 1, (size_t)sz, f), (size_t)sz);
    fclose(f);
    if (total)
        *total = rp_counts_total(t);
    rp_counts_free(t);
    return out;
}

static void test_count(void **state)
{
    (void)state;
    tdoc t1, t2;
    tdoc_init(&t1, "d1", "Health and health, climate change. Vaccines for health.");
    tdoc_init(&t2, "d2", "Nothing here at all.");
    t2.meta[0].value = "2020";
    rp_kv addr[] = {{"addressee", "GBR"}};
    rp_annot a1[5] = {mk(&t1, "themes", "health", "Health", NULL, 0),
                      mk(&t1, "themes", "health", "health,", NULL, 0),
                      mk(&t1, "themes", "climate", "climate", NULL, 0),
                      mk(&t1, "recommendations", "ensure", "change", addr, 1),
                      mk(&t1, "themes", "health", "health.", NULL, 0)};
    a1[1].end--; /* "health" without the comma */
    a1[4].end--;
    a1[1].start = 11;
    a1[1].end = 17;
    tdoc *docs[] = {&t1, &t2};
    rp_annot *ann[] = {a1, NULL};
    size_t n[] = {5, 0};
    /* t1: words = 8 (Health and health climate change Vaccines for health) */
    assert_int_equal(rp_count_words(&t1.doc, 0, t1.doc.n_tokens), 8);
    {
        /* the word count the tokenizer knows gives the same record */
        rp_countopts oc = {.sep = '\t'};
        rp_buf r1, r2;
        rp_buf_init(&r1);
        rp_buf_init(&r2);
        rp_count_doc(&r1, &t1.doc, a1, 5, &oc);
        rp_count_doc_words(&r2, &t1.doc, 8, a1, 5, &oc);
        assert_int_equal(r1.len, r2.len);
        assert_memory_equal(r1.data, r2.data, r1.len);
        rp_buf_free(&r1);
        rp_buf_free(&r2);
    }

    rp_countopts o = {.sep = '\t'};
    uint64_t total;
    char *out = run_counts(&o, docs, ann, n, 2, &total);
    assert_string_equal(out, "doc\tplugin\tlabel\tn\ttokens\tper_1000\n"
                             "d1\tthemes\thealth\t3\t8\t375.0000\n"
                             "d1\tthemes\tclimate\t1\t8\t125.0000\n"
                             "d1\trecommendations\tensure\t1\t8\t125.0000\n");
    assert_int_equal(total, 5); /* = the annotations annotate would write */
    free(out);

    o.wide = 1;
    out = run_counts(&o, docs, ann, n, 2, NULL);
    assert_string_equal(out, "doc\thealth\tclimate\tgender\tensure\n"
                             "d1\t3\t1\t0\t1\n"
                             "d2\t0\t0\t0\t0\n");
    free(out);

    rp_filter f = {0};
    rp_filter_add(&f, 'p', "themes");
    o.filter = &f;
    o.wide = 0;
    o.complete = 1;
    o.sep = ',';
    out = run_counts(&o, docs, ann, n, 2, NULL);
    assert_string_equal(out, "doc,plugin,label,n,tokens,per_1000\n"
                             "d1,themes,health,3,8,375.0000\n"
                             "d1,themes,climate,1,8,125.0000\n"
                             "d1,themes,gender,0,8,0.0000\n"
                             "d2,themes,health,0,4,0.0000\n"
                             "d2,themes,climate,0,4,0.0000\n"
                             "d2,themes,gender,0,4,0.0000\n");
    free(out);
    rp_filter_free(&f);

    /* by metadata: d2 (2020) sorts before d1 (2021) */
    rp_countopts ob = {.sep = '\t'};
    char *cols[] = {"year", "body"};
    assert_int_equal(rp_countopts_by(&ob, "year", cols, 2), 0);
    ob.wide = 1;
    out = run_counts(&ob, docs, ann, n, 2, NULL);
    assert_string_equal(out, "year\thealth\tclimate\tgender\tensure\n"
                             "2020\t0\t0\t0\t0\n"
                             "2021\t3\t1\t0\t1\n");
    free(out);
    assert_int_equal(rp_countopts_by(&ob, "nope", cols, 2), -1);
    rp_countopts_free(&ob);

    /* by section */
    rp_countopts os = {.sep = '\t'};
    assert_int_equal(rp_countopts_by(&os, "section", cols, 2), 0);
    out = run_counts(&os, docs, ann, n, 1, &total);
    assert_string_equal(out, "doc\tsection\tsection_title\tplugin\tlabel\tn\ttokens\tper_1000\n"
                             "d1\tII\tContext\tthemes\thealth\t3\t8\t375.0000\n"
                             "d1\tII\tContext\tthemes\tclimate\t1\t8\t125.0000\n"
                             "d1\tII\tContext\trecommendations\tensure\t1\t8\t125.0000\n");
    assert_int_equal(total, 5);
    free(out);
    rp_countopts_free(&os);

    /* co-occurrence within sentences: sentence 0 has GBR + health, climate */
    rp_countopts ox = {.sep = '\t'};
    assert_int_equal(rp_countopts_cross(&ox, "recommendations.addressee,themes.label"), 0);
    out = run_counts(&ox, docs, ann, n, 2, NULL);
    assert_string_equal(out, "doc\trecommendations_addressee\tthemes_label\tn\n"
                             "d1\tGBR\thealth\t1\n"     /* the declared label order */
                             "d1\tGBR\tclimate\t1\n");
    free(out);
    rp_countopts_free(&ox);
    assert_int_equal(rp_countopts_cross(&ox, "themes"), -1);
    assert_int_equal(rp_countopts_cross(&ox, "a.b,c"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_colnames),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_filter_and_meta),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_conllu),
        cmocka_unit_test(test_brat),
        cmocka_unit_test(test_count),
    };
    return cmocka_run_group_tests_name("writers", tests, NULL, NULL);
}
