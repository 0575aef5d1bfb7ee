/*
 * fuzz_lexicon.c -- libFuzzer harness for the lexicon readers. The first
 * byte picks the format (native .lex, .tsv, LIWC .dic, LIWC-22 .dicx,
 * quanteda .yml); the rest is written to a file of that extension and
 * loaded. A lexicon that loads is then matched against a short text, so
 * the compiled form is exercised too (regex entries run under limits).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const exts[] = {"lex", "tsv", "dic", "dicx", "yml"};
static const char sample[] =
    "1. The Human Rights Council calls upon all States to ratify the Convention.\n"
    "2. Gender-based violence against women and girls (COVID-19) A/HRC/47/53.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *ext = exts[data[0] % 5];
    char path[96];
    snprintf(path, sizeof path, "/tmp/rp-fuzz-lexicon-%d.%s", (int)getpid(), ext);
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    char err[512];
    rp_lexicon *lex = rp_lexicon_load(path, NULL, "en", err, sizeof err);
    if (lex) {
        static rp_vocab *vocab;
        if (!vocab)
            vocab = rp_vocab_new();
        rp_docbuf d;
        rp_docbuf_init(&d);
        d.doc.text = sample;
        d.doc.len = sizeof sample - 1;
        d.id = d.path = "fuzz";
        d.lang = "en";
        rp_utf8_check(&d, err, sizeof err);
        rp_segment(&d);
        rp_tokenize(&d, vocab);
        rp_docbuf_publish(&d);
        const rp_lexicon *lexs[] = {lex};
        for (int policy = 0; policy < 3; policy++) {
            rp_matcher *m = rp_matcher_new(lexs, 1, policy);
            if (m) {
                const rp_lexmatch *out;
                size_t n;
                rp_matcher_run(m, &d.doc, &out, &n);
                for (size_t i = 0; i < n; i++)
                    if (out[i].end > d.doc.len || out[i].start > out[i].end)
                        abort();
                rp_matcher_free(m);
            }
        }
        rp_docbuf_free(&d);
        rp_lexicon_free(lex);
    } else if (!err[0]) {
        abort(); /* a refused lexicon must say why */
    }
    fclose(stderr);
    stderr = saved;
    return 0;
}
