/*
 * bench/tokbench.c -- how fast the text layer is: UTF-8 check, tokenize,
 * fold and stem (through the per-worker vocabulary) over a set of files,
 * single thread.  Segmentation runs too but is timed apart, so the figure
 * is the tokenizer's own.  The first pass warms the vocabulary; the
 * figure reported is the mean of the following passes, in the thread's
 * CPU time (wall-clock throughput is printed too).
 *
 *   bench/tokbench [-n PASSES] [-l LANG] FILE|DIR...
 *
 * Not part of make check (`make bench/tokbench` builds it).
 */
#include "config.h"

#include "segment.h"
#include "text.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct file {
    char *text;
    size_t len;
} file;

static RP_VEC(file) files;

static void add_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        rp_error("%s: cannot stat", path);
        exit(RP_EXIT_ENV);
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *dir = opendir(path);
        if (!dir) {
            rp_error("%s: cannot open directory", path);
            exit(RP_EXIT_ENV);
        }
        struct dirent *de;
        while ((de = readdir(dir)) != NULL) {
            size_t n = strlen(de->d_name);
            if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0) {
                char *p = rp_xmalloc(strlen(path) + n + 2);
                sprintf(p, "%s/%s", path, de->d_name);
                add_path(p);
                free(p);
            }
        }
        closedir(dir);
        return;
    }
    file *f = &RP_VEC_PUSH(files);
    f->text = rp_read_file(path, &f->len);
    if (!f->text) {
        rp_error("%s: cannot read", path);
        exit(RP_EXIT_ENV);
    }
}

/* CPU time of this thread: the figure holds on a busy machine too (wall
 * time is printed beside it). */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    int passes = 5;
    const char *lang = "en";
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            passes = atoi(argv[++i]);
        else if (strcmp(argv[i], "-l") == 0 && i + 1 < argc)
            lang = argv[++i];
        else {
            fprintf(stderr, "usage: tokbench [-n PASSES] [-l LANG] FILE|DIR...\n");
            return RP_EXIT_INPUT;
        }
    }
    if (i == argc || passes < 2) {
        fprintf(stderr, "usage: tokbench [-n PASSES>=2] [-l LANG] FILE|DIR...\n");
        return RP_EXIT_INPUT;
    }
    for (; i < argc; i++)
        add_path(argv[i]);

    rp_vocab *v = rp_vocab_new();
    rp_docbuf d;
    rp_docbuf_init(&d);
    size_t bytes = 0, tokens = 0;
    double t_tok = 0, t_seg = 0, t_utf8 = 0, first = 0, w0 = 0;
    for (int p = 0; p < passes; p++) {
        if (p == 1)
            w0 = wall();
        double pass_tok = 0;
        for (size_t k = 0; k < files.n; k++) {
            rp_docbuf_reset(&d);
            d.doc.text = files.v[k].text;
            d.doc.len = files.v[k].len;
            d.lang = lang;
            char err[256];
            double t0 = now();
            if (rp_utf8_check(&d, err, sizeof err) != 0)
                continue;
            double t1 = now();
            rp_segment(&d);
            double t2 = now();
            rp_tokenize(&d, v);
            double t3 = now();
            rp_docbuf_publish(&d);
            pass_tok += t3 - t2;
            if (p > 0) {
                t_utf8 += t1 - t0;
                t_seg += t2 - t1;
                bytes += files.v[k].len;
                tokens += d.tokens.n;
            }
        }
        if (p == 0)
            first = pass_tok;
        else
            t_tok += pass_tok;
    }
    double w1 = wall();
    double mb = (double)bytes / 1e6;
    printf("files %zu, %.1f MB per pass, %d passes (first, cold: %.3f s)\n", files.n,
           mb / (passes - 1), passes, first);
    printf("tokenize+fold+stem  %8.1f MB/s  (%.1f M tokens/s; CPU time)\n", mb / t_tok,
           (double)tokens / t_tok / 1e6);
    printf("utf8 check          %8.1f MB/s\n", mb / t_utf8);
    printf("segment             %8.1f MB/s\n", mb / t_seg);
    printf("all three           %8.1f MB/s  (wall clock: %.1f MB/s)\n", mb / (t_tok + t_seg + t_utf8),
           mb / (w1 - w0));
    printf("vocabulary: %u forms, %.1f MB\n", rp_vocab_n_forms(v) - 1,
           (double)rp_vocab_bytes(v) / 1e6);
    rp_docbuf_free(&d);
    rp_vocab_free(v);
    for (size_t k = 0; k < files.n; k++)
        free(files.v[k].text);
    RP_VEC_FREE(files);
    return 0;
}
