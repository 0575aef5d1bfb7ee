/*
 * themes_table.c -- the doc x theme table of a TSV lexicon over a corpus
 * directory, computed with the engine's own pipeline (rp_utf8_check,
 * rp_segment, rp_tokenize) and the lexicon matcher with overlap=all, in
 * the exact output format of ../shared/bench/peers/py_pystemmer.py:
 *
 *     themes_table CORPUS_DIR LEXICON > table.tsv
 *
 * themes-equiv.sh diffs the two tables (issue 4's equivalence); the
 * program also reports on stderr any letter or digit of a document that
 * fell outside every token (text the segmenter left out of every block),
 * since the reference counts those.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"
#include "util.h"

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: themes_table CORPUS_DIR LEXICON\n");
        return 1;
    }
    char err[1200];
    rp_lexicon *lex = rp_lexicon_load(argv[2], NULL, NULL, err, sizeof err);
    if (!lex) {
        fprintf(stderr, "themes_table: %s\n", err);
        return 1;
    }
    const rp_lexinfo *in = rp_lexicon_info(lex);
    DIR *d = opendir(argv[1]);
    if (!d) {
        perror(argv[1]);
        return 2;
    }
    RP_VEC(char *) names = {0};
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0)
            RP_VEC_PUSH(names) = rp_xstrdup(de->d_name);
    }
    closedir(d);
    qsort(names.v, names.n, sizeof *names.v, by_name);

    const rp_lexicon *ls[1] = {lex};
    rp_matcher *m = rp_matcher_new(ls, 1, RP_OVERLAP_ALL);
    rp_vocab *v = rp_vocab_new();
    rp_docbuf db;
    rp_docbuf_init(&db);
    uint64_t *row = rp_xcalloc(in->n_cats ? in->n_cats : 1, sizeof *row);
    printf("doc");
    for (uint32_t c = 0; c < in->n_cats; c++)
        printf("\t%s", in->cats[c].id);
    printf("\n");
    int status = 0;
    uint64_t out_chars = 0, out_docs = 0;
    for (size_t i = 0; i < names.n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], names.v[i]);
        size_t len;
        char *text = rp_read_file(path, &len);
        if (!text) {
            perror(path);
            status = 2;
            continue;
        }
        rp_docbuf_reset(&db);
        db.text_owned = text;
        db.doc.text = text;
        db.doc.len = len;
        names.v[i][strlen(names.v[i]) - 4] = '\0';
        db.id = names.v[i];
        db.path = path;
        db.lang = "en";
        if (rp_utf8_check(&db, err, sizeof err) != 0) {
            fprintf(stderr, "themes_table: %s: %s\n", path, err);
            status = 1;
            continue;
        }
        rp_segment(&db);
        rp_tokenize(&db, v);
        rp_docbuf_publish(&db);
        /* letters or digits outside every token? */
        uint64_t covered = 0, outside = 0;
        const rp_doc *doc = &db.doc;
        for (uint32_t t = 0; t < doc->n_tokens; t++)
            covered += doc->tokens[t].end - doc->tokens[t].start;
        (void)covered;
        {
            char *mark = rp_xcalloc(len + 1, 1);
            for (uint32_t t = 0; t < doc->n_tokens; t++)
                memset(mark + doc->tokens[t].start, 1, doc->tokens[t].end - doc->tokens[t].start);
            for (size_t k = 0; k < len; k++)
                if (!mark[k] && ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
                                 (text[k] >= '0' && text[k] <= '9')))
                    outside++;
            free(mark);
        }
        if (outside) {
            out_chars += outside;
            out_docs++;
        }
        const rp_lexmatch *ms;
        size_t n;
        rp_matcher_run(m, doc, &ms, &n);
        memset(row, 0, in->n_cats * sizeof *row);
        for (size_t k = 0; k < n; k++)
            row[ms[k].cat]++;
        printf("%s", names.v[i]);
        for (uint32_t c = 0; c < in->n_cats; c++)
            printf("\t%llu", (unsigned long long)row[c]);
        printf("\n");
    }
    if (out_chars)
        fprintf(stderr,
                "themes_table: %llu ASCII letters or digits in %llu documents lie outside every token "
                "(paragraph numbers, footnote labels, page furniture the segmenter leaves out)\n",
                (unsigned long long)out_chars, (unsigned long long)out_docs);
    rp_matcher_free(m);
    rp_docbuf_free(&db);
    rp_vocab_free(v);
    free(row);
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i]);
    RP_VEC_FREE(names);
    rp_lexicon_free(lex);
    return status;
}
