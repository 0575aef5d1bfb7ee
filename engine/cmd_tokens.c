/*
 * cmd_tokens.c -- `rapporteur tokens`: every token of every document with
 * its byte offsets into the original file, surface text, folded form,
 * stem, sentence index, printed paragraph number and flags. This is what
 * every plugin sees; researchers use it to check the tokenizer and to
 * feed their own tools.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "run.h"

static int tok_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    const rp_stream_cmd *c = ud;
    const rp_doc *doc = &w->doc.doc;
    size_t idlen = strlen(doc->id);
    for (uint32_t i = 0; i < doc->n_tokens; i++) {
        const rp_token *t = &doc->tokens[i];
        const rp_block *bl = &doc->blocks[t->block];
        const char *para = bl->kind == RP_BLOCK_PARAGRAPH ? bl->label : NULL;
        if (c->format == 1) {
            rp_buf_printf(out, "%s\t%u\t%llu\t%llu\t", doc->id, i, (unsigned long long)t->start,
                          (unsigned long long)t->end);
            for (uint64_t k = t->start; k < t->end; k++) {
                char ch = doc->text[k];
                rp_buf_addc(out, ch == '\t' || ch == '\n' ? ' ' : ch);
            }
            rp_buf_printf(out, "\t%s\t%s\t%u\t%s\t", t->norm, t->stem, t->sentence, para ? para : "-");
            rp_buf f;
            rp_buf_init(&f);
            rp_token_flags_json(&f, t->flags);
            /* the table shows flags as a comma list: alpha,capitalized */
            for (size_t k = 0; k < f.len; k++)
                if (f.data[k] != '[' && f.data[k] != ']' && f.data[k] != '"')
                    rp_buf_addc(out, f.data[k]);
            rp_buf_free(&f);
            rp_buf_addc(out, '\n');
            continue;
        }
        rp_buf_adds(out, "{\"doc\":");
        rp_buf_add_json(out, doc->id, idlen);
        rp_buf_adds(out, ",\"i\":");
        rp_buf_add_u64(out, i);
        rp_buf_adds(out, ",\"start\":");
        rp_buf_add_u64(out, t->start);
        rp_buf_adds(out, ",\"end\":");
        rp_buf_add_u64(out, t->end);
        rp_buf_adds(out, ",\"text\":");
        rp_buf_add_json(out, doc->text + t->start, (size_t)(t->end - t->start));
        rp_buf_adds(out, ",\"norm\":");
        rp_buf_add_json(out, t->norm, t->norm_len);
        rp_buf_adds(out, ",\"stem\":");
        rp_buf_add_json(out, t->stem, t->stem_len);
        rp_buf_adds(out, ",\"sentence\":");
        rp_buf_add_u64(out, t->sentence);
        rp_buf_adds(out, ",\"para\":");
        if (para)
            rp_buf_add_json(out, para, strlen(para));
        else
            rp_buf_adds(out, "null");
        rp_buf_adds(out, ",\"flags\":");
        rp_token_flags_json(out, t->flags);
        rp_buf_adds(out, "}\n");
    }
    (void)src;
    (void)err;
    (void)errlen;
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rapporteur tokens [OPTIONS] INPUT...\n"
            "Print every token: byte offsets into the original file (end exclusive), the\n"
            "text, its folded form (NFKC + case folding), its Snowball stem, the sentence\n"
            "index, the printed paragraph number and flags.\n\n"
            "Options:\n"
            "      --format FMT      jsonl (default) or text (a tab-separated table)\n");
}

int rp_cmd_tokens(int argc, char **argv)
{
    static const char *const formats[] = {"jsonl", "text", NULL};
    rp_stream_cmd cmd = {.name = "tokens", .usage = usage, .formats = formats, .doc = tok_doc};
    return rp_cli_stream(&cmd, argc, argv);
}
