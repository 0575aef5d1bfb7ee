/*
 * fuzz_pipeline.c -- libFuzzer harness for the path every document takes:
 * UTF-8 checking, segmentation, tokenization with folding and stemming.
 * Whatever the bytes, the engine must not crash, hang or read out of
 * bounds, and what it produces must hold together: every token and block
 * span lies inside the input, tokens of a block lie inside its spans.
 * Built by `make fuzz` (clang -fsanitize=fuzzer,address,undefined).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "segment.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rp_vocab *vocab;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!vocab)
        vocab = rp_vocab_new();
    /* a private copy: the engine must not rely on a NUL after the text */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    rp_docbuf d;
    rp_docbuf_init(&d);
    d.doc.text = text;
    d.doc.len = size;
    d.id = d.path = "fuzz";
    d.lang = (size && data[0] == 'F') ? "fr" : "en";
    char err[256];
    if (rp_utf8_check(&d, err, sizeof err) == 0) {
        rp_segment(&d);
        rp_tokenize(&d, vocab);
        rp_docbuf_publish(&d);
        const rp_doc *doc = &d.doc;
        for (uint32_t i = 0; i < doc->n_tokens; i++) {
            const rp_token *t = &doc->tokens[i];
            if (t->start >= t->end || t->end > size || t->block >= doc->n_blocks)
                abort();
            if (t->sentence != RP_NONE && t->sentence >= doc->n_sentences)
                abort();
        }
        for (uint32_t b = 0; b < doc->n_blocks; b++)
            for (uint32_t k = 0; k < doc->blocks[b].n_spans; k++)
                if (doc->blocks[b].spans[k].start > doc->blocks[b].spans[k].end ||
                    doc->blocks[b].spans[k].end > size)
                    abort();
        for (uint32_t s = 0; s < doc->n_sentences; s++)
            if (doc->sentences[s].end > size || doc->sentences[s].block >= doc->n_blocks)
                abort();
    }
    rp_docbuf_free(&d);
    free(text);
    return 0;
}
