/*
 * cmd_segment.c -- `rapporteur segment`: the structure the engine sees in
 * each document, one record per block (title, heading, paragraph,
 * footnote, text), with its printed label, section, page, byte spans and
 * sentence spans. JSON Lines by default; --format text for people.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "run.h"

static void add_str_or_null(rp_buf *b, const char *s)
{
    if (s)
        rp_buf_add_json(b, s, strlen(s));
    else
        rp_buf_adds(b, "null");
}

/* The block's text with white space runs folded to one space, cut at max
 * bytes (on a UTF-8 boundary). */
static void add_preview(rp_buf *b, const rp_doc *doc, const rp_block *bl, size_t max)
{
    size_t n = 0;
    int space = 0;
    for (uint32_t k = 0; k < bl->n_spans && n < max; k++) {
        for (uint64_t i = bl->spans[k].start; i < bl->spans[k].end && n < max; i++) {
            unsigned char c = (unsigned char)doc->text[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                space = 1;
                continue;
            }
            if (space && n) {
                rp_buf_addc(b, ' ');
                n++;
            }
            space = 0;
            rp_buf_addc(b, (char)c);
            n++;
        }
        space = 1;
    }
    /* do not end inside a UTF-8 sequence */
    while (b->len && ((unsigned char)b->data[b->len - 1] & 0xC0) == 0x80)
        b->len--;
    if (b->len && ((unsigned char)b->data[b->len - 1] & 0xC0) == 0xC0)
        b->len--;
    b->data[b->len] = '\0';
}

static int seg_doc(rp_worker *w, const rp_source *src, rp_buf *out, void *ud, char *err, size_t errlen)
{
    const rp_stream_cmd *c = ud;
    const rp_doc *doc = &w->doc.doc;
    for (uint32_t i = 0; i < doc->n_blocks; i++) {
        const rp_block *bl = &doc->blocks[i];
        const char *section = bl->section != RP_NONE ? doc->sections[bl->section].path : NULL;
        if (c->format == 1) {
            rp_buf_printf(out, "%-10s %-9s %-6s %-8s p%-3u ", doc->id, rp_block_kind_name(bl->kind),
                          bl->label ? bl->label : "-", section ? section : "-", bl->page);
            rp_buf tmp;
            rp_buf_init(&tmp);
            add_preview(&tmp, doc, bl, 70);
            rp_buf_add(out, tmp.data ? tmp.data : "", tmp.len);
            rp_buf_free(&tmp);
            rp_buf_addc(out, '\n');
            continue;
        }
        rp_buf_adds(out, "{\"doc\":");
        rp_buf_add_json(out, doc->id, strlen(doc->id));
        rp_buf_adds(out, ",\"kind\":\"");
        rp_buf_adds(out, rp_block_kind_name(bl->kind));
        rp_buf_adds(out, "\",\"label\":");
        add_str_or_null(out, bl->label);
        rp_buf_adds(out, ",\"section\":");
        add_str_or_null(out, section);
        rp_buf_adds(out, ",\"page\":");
        rp_buf_add_u64(out, bl->page);
        rp_buf_adds(out, ",\"spans\":[");
        for (uint32_t k = 0; k < bl->n_spans; k++) {
            rp_buf_adds(out, k ? ",[" : "[");
            rp_buf_add_u64(out, bl->spans[k].start);
            rp_buf_addc(out, ',');
            rp_buf_add_u64(out, bl->spans[k].end);
            rp_buf_addc(out, ']');
        }
        rp_buf_adds(out, "],\"sentences\":[");
        for (uint32_t s = bl->sent_begin; s < bl->sent_end; s++) {
            rp_buf_adds(out, s > bl->sent_begin ? ",[" : "[");
            rp_buf_add_u64(out, doc->sentences[s].start);
            rp_buf_addc(out, ',');
            rp_buf_add_u64(out, doc->sentences[s].end);
            rp_buf_addc(out, ']');
        }
        rp_buf_adds(out, "]}\n");
    }
    (void)src;
    (void)err;
    (void)errlen;
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rapporteur segment [OPTIONS] INPUT...\n"
            "Print the structure of each document: one record per block (title, heading,\n"
            "paragraph, footnote, text) with its printed label (\"49\", \"VI\"), section,\n"
            "page, byte spans (a paragraph cut by a page break has two) and sentences.\n\n"
            "Options:\n"
            "      --format FMT      jsonl (default) or text (a readable table)\n");
}

int rp_cmd_segment(int argc, char **argv)
{
    static const char *const formats[] = {"jsonl", "text", NULL};
    rp_stream_cmd cmd = {.name = "segment", .usage = usage, .formats = formats, .doc = seg_doc};
    return rp_cli_stream(&cmd, argc, argv);
}
