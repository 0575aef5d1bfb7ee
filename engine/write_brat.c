/*
 * write_brat.c -- `annotate --format brat -o DIR`: brat standoff
 * (https://brat.nlplab.org/standoff.html), the format annotation viewers
 * read.  The command copies each document to DIR/<doc>.txt; this file
 * makes its .ann.  brat counts offsets in characters (code points) of the
 * .txt, not bytes, and wants a span that crosses a line break as
 * fragments ("start end;start end"), so both are converted here.
 */
#include "config.h"

#include <string.h>

#include "writers.h"

/* Code points in s[0..n): every byte that is not a UTF-8 continuation
 * byte starts one (an invalid byte counts as one, as a decoder that
 * replaces it with U+FFFD does). */
static uint64_t count_chars(const unsigned char *s, uint64_t n)
{
    uint64_t c = 0;
    for (uint64_t i = 0; i < n; i++)
        c += (s[i] & 0xC0) != 0x80;
    return c;
}

/* The next fragment of [*b, end): skips line breaks (counting them in
 * *chars), then sets [*fb, *fe) to the run up to the next one. Returns 0
 * when there is none (but always one, maybe empty, when nfrag is 0). */
static int next_frag(const unsigned char *text, uint64_t *b, uint64_t end, uint64_t *fb,
                     uint64_t *fe, uint64_t *chars, int nfrag)
{
    uint64_t p = *b;
    while (p < end && (text[p] == '\n' || text[p] == '\r')) {
        p++;
        ++*chars;
    }
    if (p >= end && nfrag > 0)
        return 0;
    *fb = p;
    while (p < end && text[p] != '\n' && text[p] != '\r')
        p++;
    *fe = p;
    *b = p;
    if (p == *fb && nfrag > 0)
        return 0;
    return 1;
}

static void add_type(rp_buf *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_';
        rp_buf_addc(out, ok ? (char)c : '_');
    }
}

void rp_write_brat_ann(rp_buf *out, const rp_doc *doc, const rp_annot *a, size_t n,
                       const rp_wctx *ctx)
{
    const unsigned char *text = (const unsigned char *)doc->text;
    uint64_t cur_byte = 0, cur_char = 0; /* a cursor: starts are sorted */
    uint64_t tid = 0;
    for (size_t i = 0; i < n; i++) {
        const rp_annot *an = &a[i];
        if (!rp_filter_pass(ctx->filter, an->plugin, an->label))
            continue;
        uint64_t start = an->start <= doc->len ? an->start : doc->len;
        uint64_t end = an->end <= doc->len && an->end >= start ? an->end : start;
        if (start < cur_byte) {
            cur_byte = 0;
            cur_char = 0;
        }
        cur_char += count_chars(text + cur_byte, start - cur_byte);
        cur_byte = start;
        tid++;
        rp_buf_addc(out, 'T');
        rp_buf_add_u64(out, tid);
        rp_buf_addc(out, '\t');
        add_type(out, an->plugin);
        rp_buf_addc(out, '-');
        add_type(out, an->label);
        /* fragments: the span cut at line breaks (CR, LF); an empty
         * span is one empty fragment */
        uint64_t c = cur_char, b = start, fb, fe;
        int nfrag = 0;
        while (next_frag(text, &b, end, &fb, &fe, &c, nfrag)) {
            uint64_t fc = c;
            c += count_chars(text + fb, fe - fb);
            rp_buf_addc(out, nfrag ? ';' : ' ');
            rp_buf_add_u64(out, fc);
            rp_buf_addc(out, ' ');
            rp_buf_add_u64(out, c);
            nfrag++;
        }
        rp_buf_addc(out, '\t');
        b = start;
        nfrag = 0;
        uint64_t dummy = 0;
        while (next_frag(text, &b, end, &fb, &fe, &dummy, nfrag)) {
            if (nfrag++)
                rp_buf_addc(out, ' ');
            rp_buf_add_line(out, doc->text + fb, (size_t)(fe - fb));
        }
        rp_buf_addc(out, '\n');
        if (an->n_attrs) {
            rp_buf_addc(out, '#');
            rp_buf_add_u64(out, tid);
            rp_buf_adds(out, "\tAnnotatorNotes T");
            rp_buf_add_u64(out, tid);
            rp_buf_addc(out, '\t');
            for (uint32_t k = 0; k < an->n_attrs; k++) {
                const char *key = an->attrs[k].key ? an->attrs[k].key : "";
                const char *val = an->attrs[k].value ? an->attrs[k].value : "";
                if (k)
                    rp_buf_adds(out, "; ");
                rp_buf_add_line(out, key, strlen(key));
                rp_buf_addc(out, '=');
                rp_buf_add_line(out, val, strlen(val));
            }
            rp_buf_addc(out, '\n');
        }
    }
}
