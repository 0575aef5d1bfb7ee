/*
 * test_lexicon.c -- loading lexicons: every format (native .lex with
 * includes, TSV, LIWC .dic and .dicx, quanteda YAML), what each term
 * compiles to, and the one-line file:line:column errors for bad input.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lex_int.h"
#include "lexicon.h"

static char err[1200];

/* Writes text to a temporary file ending in ext; returns its path (static
 * buffer, one at a time). */
static const char *tmpfile_with(const char *ext, const char *text, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "/tmp/rp-test-lexicon-XXXXXX%s", ext);
    int fd = mkstemps(path, (int)strlen(ext));
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, len), (ssize_t)len);
    close(fd);
    return path;
}

static rp_lexicon *load_text(const char *ext, const char *text)
{
    const char *p = tmpfile_with(ext, text, strlen(text));
    rp_lexicon *lex = rp_lexicon_load(p, NULL, NULL, err, sizeof err);
    unlink(p);
    return lex;
}

/* The error for text, without the temporary file's name. */
static const char *load_error(const char *ext, const char *text)
{
    rp_lexicon *lex = load_text(ext, text);
    assert_null(lex);
    const char *colon = strchr(err, ':');
    assert_non_null(colon);
    return colon + 1;
}

static const char *data(const char *name)
{
    static char path[4096];
    const char *src = getenv("RP_SRCDIR");
    snprintf(path, sizeof path, "%s/tests/data/lexicons/%s", src ? src : ".", name);
    return path;
}

static uint32_t cat_index(const rp_lexinfo *in, const char *id)
{
    for (uint32_t i = 0; i < in->n_cats; i++)
        if (strcmp(in->cats[i].id, id) == 0)
            return i;
    fail_msg("no category %s", id);
    return RP_NONE;
}

static const rp_lexentry *entry_by_term(const rp_lexinfo *in, const char *term)
{
    for (uint32_t i = 0; i < in->n_entries; i++)
        if (strcmp(in->entries[i].term, term) == 0)
            return &in->entries[i];
    fail_msg("no entry %s", term);
    return NULL;
}

static const char *attr(const rp_kv *kv, uint32_t n, const char *key)
{
    for (uint32_t i = 0; i < n; i++)
        if (strcmp(kv[i].key, key) == 0)
            return kv[i].value;
    return NULL;
}

static void native_format(void **state)
{
    (void)state;
    rp_lexicon *lex = rp_lexicon_load(data("demo.lex"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_string_equal(in->scheme, "demo");
    assert_string_equal(in->version, "1");
    assert_string_equal(in->lang, "en");
    assert_memory_equal(in->checksum, "sha256:", 7);
    assert_int_equal(strlen(in->checksum), 7 + 64);
    assert_int_equal(in->n_cats, 3);
    assert_string_equal(in->cats[1].label, "Civic space");
    assert_string_equal(attr(in->cats[1].attrs, in->cats[1].n_attrs, "kind"), "theme");
    assert_int_equal(in->cats[2].parent, cat_index(in, "civic"));
    assert_int_equal(in->n_entries, 10);

    const rp_lexentry *e = entry_by_term(in, "universal health coverage");
    assert_int_equal(e->type, RP_LEX_PHRASE);
    assert_int_equal(e->line, 8);
    assert_int_equal(entry_by_term(in, "vaccin*")->type, RP_LEX_GLOB);
    e = entry_by_term(in, "WHO");
    assert_int_equal(e->type, RP_LEX_STEM);
    assert_int_equal(e->flags, RP_LEX_CASE);
    assert_string_equal(attr(e->attrs, e->n_attrs, "kind"), "organization");
    e = entry_by_term(in, "=poor");
    assert_int_equal(e->type, RP_LEX_WORD);
    assert_int_equal(e->weight_milli, 500);
    assert_int_equal(e->n_cats, 2);
    assert_int_equal(entry_by_term(in, "re:A/HRC/\\d+/\\d+")->type, RP_LEX_REGEX);
    rp_lexicon_free(lex);
}

static void native_terms_compile_to_stems(void **state)
{
    (void)state;
    rp_lexicon *lex = load_text(".lex", "t\tRecommendations\nt\tgender-based violence\nt\t=Côte d'Ivoire\n");
    assert_non_null(lex);
    /* stems of folded pieces, words of folded pieces */
    const lx_centry *ce = &lex->cent[0];
    assert_int_equal(ce->n_elems, 1);
    assert_int_equal(lex->elems[ce->elem_first].kind, LX_E_STEM);
    assert_string_equal(lex->strs.strs.v[lex->elems[ce->elem_first].sid], "recommend");
    ce = &lex->cent[1];
    assert_int_equal(ce->n_elems, 3); /* gender based violence */
    assert_string_equal(lex->strs.strs.v[lex->elems[ce->elem_first + 1].sid], "base");
    ce = &lex->cent[2];
    assert_int_equal(ce->n_elems, 3); /* côte d ivoire, exact */
    assert_int_equal(lex->elems[ce->elem_first].kind, LX_E_WORD);
    assert_string_equal(lex->elems[ce->elem_first].pat, "côte");
    assert_string_equal(lex->elems[ce->elem_first + 2].pat, "ivoire");
    rp_lexicon_free(lex);
}

static void native_includes(void **state)
{
    (void)state;
    char dir[] = "/tmp/rp-test-include-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char a[256], b[256], c[256];
    snprintf(a, sizeof a, "%s/main.lex", dir);
    snprintf(b, sizeof b, "%s/part.lex", dir);
    snprintf(c, sizeof c, "%s/loop.lex", dir);
    FILE *f = fopen(a, "w");
    fputs("@scheme\tmain\nmain\tfirst\n@include\tpart.lex\nmain\tlast\n", f);
    fclose(f);
    f = fopen(b, "w");
    fputs("@scheme\tignored\npart\tmiddle\n", f);
    fclose(f);
    rp_lexicon *lex = rp_lexicon_load(a, NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_string_equal(in->scheme, "main");
    assert_int_equal(in->n_entries, 3);
    assert_string_equal(in->entries[1].term, "middle");
    assert_string_equal(in->cats[in->entries[1].cats[0]].id, "part");
    assert_string_equal(lex->cent[1].file + strlen(lex->cent[1].file) - 8, "part.lex");
    rp_lexicon_free(lex);

    /* a cycle: part includes loop includes part */
    f = fopen(b, "w");
    fputs("part\tmiddle\n@include\tloop.lex\n", f);
    fclose(f);
    f = fopen(c, "w");
    fputs("loop\tx\n@include\tpart.lex\n", f);
    fclose(f);
    assert_null(rp_lexicon_load(a, NULL, NULL, err, sizeof err));
    assert_non_null(strstr(err, "loop.lex:2:10: include cycle: "));
    unlink(a);
    unlink(b);
    unlink(c);
    rmdir(dir);
}

static void native_errors(void **state)
{
    (void)state;
    assert_string_equal(load_error(".lex", "health\tok\nno tab here\n"), "2:12: expected CATEGORY<TAB>TERM");
    assert_string_equal(load_error(".lex", "@scheme\tx\n@colour\tred\n"),
                        "2:1: unknown header @colour (expected @scheme, @title, @version, @language, @tokens, @include or @category)");
    assert_string_equal(load_error(".lex", "a\tb\tcase=maybe\n"), "1:10: expected case=yes or case=no");
    assert_string_equal(load_error(".lex", "a\tb\tweight=heavy\n"),
                        "1:12: expected a weight between 0 and 1000000, got \"heavy\"");
    assert_string_equal(load_error(".lex", "a\tb\tnovalue\n"), "1:5: expected key=value, got \"novalue\"");
    assert_string_equal(load_error(".lex", ",a\tb\n"), "1:1: expected a category name");
    assert_string_equal(load_error(".lex", "a\t \n"), "1:3: expected a term after the TAB");
    assert_string_equal(load_error(".lex", "@category\tx\tX\tparent=y\n"),
                        "1:22: unknown parent category \"y\" (declare it first)");
    assert_string_equal(load_error(".lex", "@tokens\tfancy\n"), "1:9: expected @tokens engine or @tokens simple");
    /* pcre2's message and the column of the error inside the pattern */
    assert_string_equal(load_error(".lex", "sym\tre:A/(HRC\n"),
                        "1:14: bad regex: missing closing parenthesis");
    assert_string_equal(load_error(".lex", "a\tre:x\tnot=y\n"), "1:12: not= cannot be used with a regex entry");
    /* invalid UTF-8 with its byte offset */
    assert_string_equal(load_error(".lex", "a\tcaf\xe9\n"), "1:6: invalid UTF-8 at byte offset 5 (lexicons must be UTF-8)");
    assert_string_equal(load_error(".lex", "@language\txx\na\tb\n"),
                        "1:11: no Snowball stemmer for language 'xx' (expected a code such as en or fr, or none)");
}

static void long_line_is_an_error(void **state)
{
    (void)state;
    size_t n = (1u << 20) + 10;
    char *big = malloc(n + 1);
    memcpy(big, "a\t", 2);
    memset(big + 2, 'x', n - 2);
    big[n] = '\0';
    const char *p = tmpfile_with(".lex", big, n);
    assert_null(rp_lexicon_load(p, NULL, NULL, err, sizeof err));
    unlink(p);
    assert_non_null(strstr(err, ":1:1: line longer than 1 MB (1048586 bytes)"));
    free(big);
}

static void tsv_format(void **state)
{
    (void)state;
    rp_lexicon *lex = rp_lexicon_load(data("demo.tsv"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_int_equal(lex->mode, LX_SIMPLE);
    assert_int_equal(in->n_cats, 3);
    assert_string_equal(in->cats[0].id, "health");
    /* COVID-19 is two tokens, covid and 19 */
    const rp_lexentry *e = entry_by_term(in, "COVID-19");
    assert_int_equal(e->type, RP_LEX_PHRASE);
    assert_int_equal(lex->cent[e - in->entries].n_elems, 2);
    /* the glob keeps the whole lowered term as its prefix */
    e = entry_by_term(in, "environment*");
    const lx_elem *el = &lex->elems[lex->cent[e - in->entries].elem_first];
    assert_int_equal(el->kind, LX_E_PREFIX);
    assert_string_equal(el->pat, "environment");
    /* "Health" stems like "health": a duplicate, kept (it counts twice,
     * like the reference implementation) */
    e = entry_by_term(in, "Health");
    assert_int_equal(lex->dup_of[e - in->entries], 0);
    rp_lexicon_free(lex);
    assert_string_equal(load_error(".tsv", "# comment\n\nhealth\n"), "3:7: expected CATEGORY<TAB>TERM (no TAB on this line)");
}

static void dic_format(void **state)
{
    (void)state;
    rp_lexicon *lex = rp_lexicon_load(data("demo.dic"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_int_equal(in->n_cats, 5);
    assert_int_equal(in->cats[cat_index(in, "actor_un")].parent, cat_index(in, "actor"));
    assert_int_equal(in->cats[cat_index(in, "actor_state")].parent, cat_index(in, "actor"));
    /* LIWC words are exact; * is a prefix; spaces make a phrase */
    assert_int_equal(entry_by_term(in, "must")->type, RP_LEX_WORD);
    assert_int_equal(entry_by_term(in, "urge*")->type, RP_LEX_GLOB);
    assert_int_equal(entry_by_term(in, "calls upon")->type, RP_LEX_PHRASE);
    /* duplicate terms merge their categories */
    const rp_lexentry *e = entry_by_term(in, "ohchr");
    assert_int_equal(e->n_cats, 2);
    assert_int_equal(e->cats[0], cat_index(in, "actor"));
    assert_int_equal(e->cats[1], cat_index(in, "actor_un"));
    /* context codes dropped, the plain category kept */
    e = entry_by_term(in, "like");
    assert_int_equal(e->n_cats, 1);
    assert_int_equal(e->cats[0], cat_index(in, "rec_soft"));
    /* white space instead of a TAB */
    assert_int_equal(entry_by_term(in, "shall")->cats[0], cat_index(in, "rec_strong"));
    rp_lexicon_free(lex);

    lex = rp_lexicon_load(data("cp1252.dic"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    in = rp_lexicon_info(lex);
    assert_string_equal(in->entries[0].term, "café");
    assert_string_equal(in->entries[1].term, "naïve");
    assert_string_equal(in->entries[2].term, "\xe2\x80\x9cquoted\xe2\x80\x9d");
    rp_lexicon_free(lex);

    assert_string_equal(load_error(".dic", "1\tx\n"), "1:1: expected % to open the category legend");
    assert_string_equal(load_error(".dic", "%\n1\tx\n%\nword\t2\n"), "4:6: category 2 is not in the legend");
    assert_string_equal(load_error(".dic", "%\nx\ty\n%\n"),
                        "2:1: expected <number><TAB><category name> in the legend (or % to end it)");
    assert_string_equal(load_error(".dic", "%\n1\tx\n"), "2:1: expected % to close the category legend");
    assert_string_equal(load_error(".dic", "%\n1\tx\n%\nword\tone\n"), "4:6: expected a category number, got \"one\"");
}

static void dicx_format(void **state)
{
    (void)state;
    rp_lexicon *lex = rp_lexicon_load(data("demo.dicx"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_int_equal(in->n_cats, 3);
    assert_string_equal(in->cats[2].id, "actor");
    const rp_lexentry *e = entry_by_term(in, "calls upon");
    assert_int_equal(e->type, RP_LEX_PHRASE);
    assert_int_equal(e->cats[0], 0);
    assert_int_equal(entry_by_term(in, "urge*")->cats[0], 0); /* lower-case x */
    e = entry_by_term(in, "say \"no\"");
    assert_int_equal(e->cats[0], 1);
    rp_lexicon_free(lex);
    assert_string_equal(load_error(".dicx", "Term,a\nx,X\n"), "1:1: expected a header DicTerm,<category>,...");
    assert_string_equal(load_error(".dicx", "DicTerm,a,b\nx,X,yes\n"), "2:5: expected X or an empty cell, got \"yes\"");
    assert_string_equal(load_error(".dicx", "DicTerm,a\n\"open,X\n"), "2:1: unterminated quoted field");
}

static void yaml_format(void **state)
{
    (void)state;
    rp_lexicon *lex = rp_lexicon_load(data("demo.yml"), NULL, NULL, err, sizeof err);
    assert_non_null(lex);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    uint32_t rec = cat_index(in, "recommendation"), strong = cat_index(in, "recommendation.strong");
    assert_int_equal(in->cats[strong].parent, rec);
    assert_int_equal(in->cats[cat_index(in, "actor.state")].parent, cat_index(in, "actor"));
    /* the second recommendation: key merges into the first */
    const rp_lexentry *e = entry_by_term(in, "demand*");
    assert_int_equal(e->cats[0], strong);
    assert_int_equal(e->type, RP_LEX_GLOB);
    /* __ holds terms of the enclosing key */
    assert_int_equal(entry_by_term(in, "stakeholder?")->cats[0], cat_index(in, "actor"));
    assert_int_equal(entry_by_term(in, "should consider")->type, RP_LEX_PHRASE);
    assert_int_equal(entry_by_term(in, "ohchr")->type, RP_LEX_WORD);
    rp_lexicon_free(lex);
    assert_string_equal(load_error(".yml", "a: [x, y\n"),
                        "2:1: YAML: did not find expected ',' or ']' while parsing a flow sequence");
    assert_string_equal(load_error(".yml", "- a\n- b\n"), "1:1: expected a mapping of categories, got a list");
    assert_string_equal(load_error(".yml", "a: [x, {b: c}]\n"), "1:8: expected a term, got a mapping inside a list");
}

static void reader_details(void **state)
{
    (void)state;
    /* .lex: @tokens simple switches to the themes.tsv token rules */
    rp_lexicon *lex = load_text(".lex", "@tokens\tsimple\n@category\tc\tC\tkind=x\tlevel=2\nc\tpandemic\n");
    assert_non_null(lex);
    assert_int_equal(lex->mode, LX_SIMPLE);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    assert_int_equal(in->cats[0].n_attrs, 2);
    assert_string_equal(in->cats[0].attrs[1].key, "level");
    assert_string_equal(in->cats[0].attrs[1].value, "2");
    rp_lexicon_free(lex);
    /* CRLF line ends and a byte order mark */
    lex = load_text(".lex", "\xef\xbb\xbf@scheme\ts\r\nc\tword\r\n");
    assert_non_null(lex);
    assert_string_equal(rp_lexicon_info(lex)->scheme, "s");
    assert_string_equal(rp_lexicon_info(lex)->entries[0].term, "word");
    rp_lexicon_free(lex);
    /* .dic without TABs: the trailing numbers are the categories, but a
     * pattern is never empty */
    lex = load_text(".dic", "%\n1 years\n2 other\n%\n2030 1\nhuman rights 1 2\n");
    assert_non_null(lex);
    in = rp_lexicon_info(lex);
    assert_string_equal(in->entries[0].term, "2030");
    assert_int_equal(in->entries[0].n_cats, 1);
    assert_string_equal(in->entries[1].term, "human rights");
    assert_int_equal(in->entries[1].n_cats, 2);
    rp_lexicon_free(lex);
    /* .dic legend: NAME<TAB>Label */
    lex = load_text(".dic", "%\n1\tfunct\tFunction words\n%\nthe\t1\n");
    assert_non_null(lex);
    assert_string_equal(rp_lexicon_info(lex)->cats[0].id, "funct");
    assert_string_equal(rp_lexicon_info(lex)->cats[0].label, "Function words");
    rp_lexicon_free(lex);
    /* .dicx: a term given twice merges; a term with no X is dropped */
    lex = load_text(".dicx", "DicTerm,a,b\nx,X,\ny,,\nx,,X\n");
    assert_non_null(lex);
    in = rp_lexicon_info(lex);
    assert_int_equal(in->n_entries, 1);
    assert_int_equal(in->entries[0].n_cats, 2);
    rp_lexicon_free(lex);
    /* YAML: a single term as a scalar value, deep nesting */
    lex = load_text(".yml", "actor: ohchr\na:\n  b:\n    c: [x*]\n");
    assert_non_null(lex);
    in = rp_lexicon_info(lex);
    assert_string_equal(in->entries[0].term, "ohchr");
    assert_string_equal(in->cats[cat_index(in, "a.b.c")].id, "a.b.c");
    assert_int_equal(in->cats[cat_index(in, "a.b.c")].parent, cat_index(in, "a.b"));
    rp_lexicon_free(lex);
    /* the checksum is sha256 of the bytes (`printf "c\\tword\\n" | sha256sum`) */
    rp_lexicon *x = load_text(".lex", "c\tword\n"), *y = load_text(".lex", "c\tword \n");
    assert_string_not_equal(rp_lexicon_info(x)->checksum, rp_lexicon_info(y)->checksum);
    assert_string_equal(rp_lexicon_info(x)->checksum,
                        "sha256:cdb04102cedd96b71adf2d00fabf615d1b25c7c39173d5a71cc5c99f1d7c7975");
    rp_lexicon_free(x);
    rp_lexicon_free(y);
}

/* Python's str.lower(), which the simple token mode (themes.tsv) uses;
 * the expected bytes are what /usr/bin/python3 prints for s.lower(). */
static void python_lower(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"\xce\x9f\xce\x94\xce\x9f\xce\xa3", "\xce\xbf\xce\xb4\xce\xbf\xcf\x82"}, /* final sigma */
        {"\xce\xa3\xce\x91\xce\xa3 \xce\x9f\xce\x94\xce\x9f\xce\xa3.",
         "\xcf\x83\xce\xb1\xcf\x82 \xce\xbf\xce\xb4\xce\xbf\xcf\x82."},
        {"\xce\xa3", "\xcf\x83"},                                  /* a lone capital sigma */
        {"A.\xce\xa3", "a.\xcf\x82"},                              /* '.' is case-ignorable */
        {"\xc4\xb0stanbul", "i\xcc\x87stanbul"},                     /* dotted capital I */
        {"Pandemic\xe2\x81\xb5\xe2\x81\xb0", "pandemic\xe2\x81\xb5\xe2\x81\xb0"}, /* no NFKC */
        {"\xc7\x85" "emal", "\xc7\x86" "emal"},                            /* title case */
        {"\xef\xac\x81nance", "\xef\xac\x81nance"},                  /* ligature kept */
        {"\xc3\x85NGSTR\xc3\x96M", "\xc3\xa5ngstr\xc3\xb6m"},
    };
    rp_buf out;
    rp_buf_init(&out);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        lx_pylower(cases[i][0], strlen(cases[i][0]), &out);
        assert_string_equal(out.data, cases[i][1]);
    }
    rp_buf_free(&out);
    /* a TSV term is lowered, then split into runs of letters and digits:
     * the combining dot of "i\u0307" separates two pieces, as in Python */
    rp_lexicon *lex = load_text(".tsv", "c\t\xc4\xb0stanbul\n");
    assert_non_null(lex);
    assert_int_equal(lex->cent[0].n_elems, 2);
    assert_string_equal(lex->elems[lex->cent[0].elem_first + 1].pat, "stanbul");
    rp_lexicon_free(lex);
}

static void unknown_format(void **state)
{
    (void)state;
    assert_null(rp_lexicon_load("x.csv", NULL, NULL, err, sizeof err));
    assert_string_equal(err, "x.csv: unknown lexicon format (expected .lex, .tsv, .dic, .dicx, .yml or .yaml)");
    assert_null(rp_lexicon_load("/nonexistent/x.lex", NULL, NULL, err, sizeof err));
    assert_string_equal(err, "/nonexistent/x.lex: cannot read: No such file or directory");
}

static void cache_shares_lexicons(void **state)
{
    (void)state;
    const rp_lexicon *a = rp_lexcache_open(data("demo.lex"), NULL, err, sizeof err);
    const rp_lexicon *b = rp_lexcache_open(data("../lexicons/demo.lex"), NULL, err, sizeof err);
    const rp_lexicon *c = rp_lexcache_open(data("demo.lex"), "fr", err, sizeof err);
    assert_non_null(a);
    assert_ptr_equal(a, b); /* same realpath and language */
    assert_non_null(c);
    assert_ptr_not_equal(a, c);
    assert_string_equal(rp_lexicon_info(c)->lang, "fr");
    const rp_lexicon *list[4];
    assert_int_equal(rp_lexcache_list(list, 4), 2);
    assert_ptr_equal(list[0], a);
    rp_lexcache_close(a);
    rp_lexcache_close(b);
    rp_lexcache_close(c);
    rp_lexcache_clear();
    assert_int_equal(rp_lexcache_list(list, 4), 0);
}

static void overlap_names(void **state)
{
    (void)state;
    assert_int_equal(rp_overlap_parse("all"), RP_OVERLAP_ALL);
    assert_int_equal(rp_overlap_parse("longest"), RP_OVERLAP_LONGEST);
    assert_int_equal(rp_overlap_parse("longest-per-category"), RP_OVERLAP_LONGEST_PER_CAT);
    assert_int_equal(rp_overlap_parse("shortest"), -1);
}

int main(void)
{
    setenv("RP_LEXICON_QUIET", "1", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(native_format),
        cmocka_unit_test(native_terms_compile_to_stems),
        cmocka_unit_test(native_includes),
        cmocka_unit_test(native_errors),
        cmocka_unit_test(long_line_is_an_error),
        cmocka_unit_test(tsv_format),
        cmocka_unit_test(dic_format),
        cmocka_unit_test(dicx_format),
        cmocka_unit_test(yaml_format),
        cmocka_unit_test(reader_details),
        cmocka_unit_test(python_lower),
        cmocka_unit_test(unknown_format),
        cmocka_unit_test(cache_shares_lexicons),
        cmocka_unit_test(overlap_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
