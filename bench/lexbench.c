/*
 * lexbench.c -- the lexicon benchmark: load (parse + compile) time of a
 * lexicon, and optionally matching throughput over a corpus directory.
 * Built by make check, never run by it:
 *
 *     python3 bench/genlex.py > /tmp/big.lex
 *     bench/lexbench -n 5 /tmp/big.lex [CORPUS_DIR]
 *
 * Prints the best and median load time over n loads (wall clock and CPU
 * time, which stays meaningful on a busy machine), the entry count, and
 * with a corpus: documents, MB, pieces and the CPU time of matching alone
 * (the analysis time is measured and printed separately).
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"
#include "util.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int n = 5, argi = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        n = atoi(argv[2]);
        argi = 3;
    }
    if (argc - argi < 1 || n < 1) {
        fprintf(stderr, "usage: lexbench [-n RUNS] LEXICON [CORPUS_DIR]\n");
        return 1;
    }
    const char *path = argv[argi];
    setenv("RP_LEXICON_QUIET", "1", 1);
    double *t = rp_xcalloc((size_t)n, sizeof *t), *tc = rp_xcalloc((size_t)n, sizeof *tc);
    char err[1200];
    rp_lexicon *lex = NULL;
    for (int i = 0; i < n; i++) {
        if (lex)
            rp_lexicon_free(lex);
        double t0 = now(), c0 = cpu();
        lex = rp_lexicon_load(path, NULL, NULL, err, sizeof err);
        t[i] = now() - t0;
        tc[i] = cpu() - c0;
        if (!lex) {
            fprintf(stderr, "lexbench: %s\n", err);
            return 1;
        }
    }
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    qsort(tc, (size_t)n, sizeof *tc, cmp_double);
    const rp_lexinfo *in = rp_lexicon_info(lex);
    printf("load\t%s\t%u entries\t%u categories\twall best %.3f s, median %.3f s\tCPU best %.3f s, median %.3f s\n",
           path, in->n_entries, in->n_cats, t[0], t[n / 2], tc[0], tc[n / 2]);
    free(t);
    free(tc);
    if (argc - argi >= 2) {
        const char *dir = argv[argi + 1];
        DIR *d = opendir(dir);
        if (!d) {
            perror(dir);
            return 2;
        }
        const rp_lexicon *ls[1] = {lex};
        rp_matcher *m = rp_matcher_new(ls, 1, RP_OVERLAP_LONGEST_PER_CAT);
        rp_vocab *v = rp_vocab_new();
        rp_docbuf db;
        rp_docbuf_init(&db);
        struct dirent *de;
        double t_an = 0, t_match = 0;
        uint64_t bytes = 0, pieces = 0, matches = 0, docs = 0;
        while ((de = readdir(d)) != NULL) {
            size_t nl = strlen(de->d_name);
            if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt") != 0)
                continue;
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
            size_t len;
            char *text = rp_read_file(p, &len);
            if (!text)
                continue;
            double t0 = cpu();
            rp_docbuf_reset(&db);
            db.text_owned = text;
            db.doc.text = text;
            db.doc.len = len;
            db.id = de->d_name;
            db.lang = "en";
            if (rp_utf8_check(&db, err, sizeof err) != 0)
                continue;
            rp_segment(&db);
            rp_tokenize(&db, v);
            rp_docbuf_publish(&db);
            double t1 = cpu();
            const rp_lexmatch *ms;
            size_t k;
            rp_matcher_run(m, &db.doc, &ms, &k);
            double t2 = cpu();
            t_an += t1 - t0;
            t_match += t2 - t1;
            bytes += len;
            /* the pieces written out for scanned tokens, and every other
             * token that is not punctuation: one piece, itself (doc.h) */
            pieces += db.pieces.n;
            for (size_t ti = 0, sc = 0; ti < db.tokens.n; ti++) {
                if (sc < db.scanned_tokens.n && db.scanned_tokens.v[sc] == ti)
                    sc++;
                else if (!(db.tokens.v[ti].flags & RP_TOK_PUNCT))
                    pieces++;
            }
            matches += k;
            docs++;
        }
        closedir(d);
        printf("match\t%llu docs\t%.1f MB\t%llu pieces\t%llu matches\tanalysis %.3f s CPU\tmatching %.3f s CPU (%.1f MB/s, %.0f ns/piece)\n",
               (unsigned long long)docs, bytes / 1e6, (unsigned long long)pieces, (unsigned long long)matches, t_an,
               t_match, t_match > 0 ? bytes / 1e6 / t_match : 0.0, pieces ? t_match * 1e9 / (double)pieces : 0.0);
        rp_matcher_free(m);
        rp_docbuf_free(&db);
        rp_vocab_free(v);
    }
    rp_lexicon_free(lex);
    return 0;
}
