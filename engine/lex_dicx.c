/*
 * lex_dicx.c -- reader of LIWC-22 dictionaries (.dicx): a CSV table whose
 * header is `DicTerm,<cat1>,<cat2>,...` and whose rows hold a term and an
 * `X` under each category it belongs to (empty cells elsewhere).  Fields
 * may be quoted ("a ""quoted"" term", "a, b").  Terms follow the LIWC
 * rules of lex_dic.c: exact words, trailing * for prefixes, spaces for
 * phrases; a term given twice is merged.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lex_int.h"

typedef struct cell {
    rp_buf text;
    unsigned col;
} cell;

typedef struct row {
    RP_VEC(cell) cells;
    size_t n;      /* cells used in this row */
    unsigned line; /* line of the row's start */
} row;

/* Reads one CSV record starting at *pos; returns 1 if one was read, 0 at
 * the end, -1 after lx_fail. */
static int read_row(lx_builder *b, const char *path, const char *s, size_t len, size_t *pos,
                    unsigned *lineno, size_t *line_start, row *r)
{
    size_t i = *pos;
    if (i >= len)
        return 0;
    size_t col_at = *line_start;
    unsigned col = 1;
    r->n = 0;
    r->line = *lineno;
    for (;;) {
        if (r->n == r->cells.n) {
            cell *c = &RP_VEC_PUSH(r->cells);
            rp_buf_init(&c->text);
        }
        cell *c = &r->cells.v[r->n++];
        rp_buf_reset(&c->text);
        rp_buf_add(&c->text, "", 0);
        /* the column, counted on from the previous cell (linear in the line) */
        if (*line_start > col_at || col_at > i) {
            col_at = *line_start;
            col = 1;
        }
        for (; col_at < i; col_at++)
            col += ((unsigned char)s[col_at] & 0xc0) != 0x80;
        c->col = col;
        if (i < len && s[i] == '"') {
            i++;
            for (;;) {
                if (i >= len) {
                    return lx_fail(b, path, r->line, c->col, "unterminated quoted field");
                }
                if (s[i] == '"') {
                    if (i + 1 < len && s[i + 1] == '"') {
                        rp_buf_addc(&c->text, '"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (s[i] == '\n') {
                    (*lineno)++;
                    *line_start = i + 1;
                }
                rp_buf_addc(&c->text, s[i++]);
            }
            if (i < len && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
                unsigned l, cl;
                lx_linecol(s + *line_start, i - *line_start, &l, &cl);
                return lx_fail(b, path, *lineno, cl, "expected a comma after the closing quote");
            }
        } else {
            while (i < len && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && (i + 1 == len || s[i + 1] == '\n')))
                rp_buf_addc(&c->text, s[i++]);
        }
        if (i < len && s[i] == ',') {
            i++;
            continue;
        }
        if (i < len && s[i] == '\r')
            i++;
        if (i < len && s[i] == '\n')
            i++;
        (*lineno)++;
        *line_start = i;
        break;
    }
    *pos = i;
    return 1;
}

static void trim_buf(rp_buf *t, const char **s, size_t *n)
{
    const char *p = t->data, *e = t->data + t->len;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    *s = p;
    *n = (size_t)(e - p);
}

int lx_read_dicx(lx_builder *b, const char *path)
{
    size_t len;
    char *text = lx_read(b, path, &len, 1);
    if (!text)
        return -1;
    size_t pos = 0, line_start = 0;
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
        pos = line_start = 3;
    unsigned lineno = 1;
    row r;
    memset(&r, 0, sizeof r);
    int rc = read_row(b, path, text, len, &pos, &lineno, &line_start, &r);
    RP_VEC(uint32_t) cats = {0};
    RP_VEC(uint32_t) member = {0};
    lx_strtab seen;
    lx_strtab_init(&seen, b->arena);
    RP_VEC(uint32_t) seen_raw = {0};
    RP_VEC(unsigned char) marks = {0};
    if (rc == 0)
        rc = lx_fail(b, path, 1, 1, "empty file: expected a DicTerm,<category>,... header");
    else if (rc > 0) {
        const char *s;
        size_t n;
        trim_buf(&r.cells.v[0].text, &s, &n);
        if (n != 7 || strncasecmp(s, "DicTerm", 7) != 0 || r.n < 2) {
            rc = lx_fail(b, path, 1, 1, "expected a header DicTerm,<category>,...");
        } else {
            for (size_t i = 1; i < r.n && rc > 0; i++) {
                trim_buf(&r.cells.v[i].text, &s, &n);
                if (n == 0)
                    rc = lx_fail(b, path, r.line, r.cells.v[i].col, "empty category name in the header");
                else if (lx_cat_find(b, s, n) != RP_NONE)
                    rc = lx_fail(b, path, r.line, r.cells.v[i].col, "category \"%.*s\" twice in the header", (int)n, s);
                else
                    RP_VEC_PUSH(cats) = lx_cat(b, s, n);
            }
        }
    }
    while (rc > 0) {
        rc = read_row(b, path, text, len, &pos, &lineno, &line_start, &r);
        if (rc <= 0)
            break;
        const char *term;
        size_t tn;
        trim_buf(&r.cells.v[0].text, &term, &tn);
        if (tn == 0) {
            int empty = 1;
            for (size_t i = 1; i < r.n; i++)
                empty &= r.cells.v[i].text.len == 0;
            if (empty && r.n <= cats.n + 1)
                continue; /* a blank row */
            rc = lx_fail(b, path, r.line, 1, "expected a term in the first column");
            break;
        }
        if (r.n > cats.n + 1) {
            rc = lx_fail(b, path, r.line, r.cells.v[cats.n + 1].col, "more cells than header columns (%zu)",
                         cats.n + 1);
            break;
        }
        member.n = 0;
        for (size_t i = 1; i < r.n && rc > 0; i++) {
            const char *v;
            size_t vn;
            trim_buf(&r.cells.v[i].text, &v, &vn);
            if (vn == 0)
                continue;
            if (vn == 1 && (v[0] == 'X' || v[0] == 'x'))
                RP_VEC_PUSH(member) = cats.v[i - 1];
            else
                rc = lx_fail(b, path, r.line, r.cells.v[i].col, "expected X or an empty cell, got \"%.*s\"",
                             (int)vn, v);
        }
        if (rc <= 0)
            break;
        if (member.n == 0) {
            lx_warn(b, path, r.line, 1, "term \"%.*s\" has no X: it belongs to no category", (int)tn, term);
            continue;
        }
        uint32_t k = lx_strtab_find(&seen, term, tn);
        if (k) {
            /* merge: the earlier row's categories, then those it lacks,
             * at the end of catidx (marks keep it linear) */
            lx_raw *old = &b->raws.v[seen_raw.v[k - 1]];
            lx_warn(b, path, r.line, 1, "term \"%.*s\" also on line %u: categories merged", (int)tn, term, old->line);
            if (marks.n < b->cats.n) {
                size_t from = marks.n;
                RP_GROW(marks.v, marks.cap, b->cats.n);
                memset(marks.v + from, 0, b->cats.n - from);
                marks.n = b->cats.n;
            }
            uint32_t first = (uint32_t)b->catidx.n;
            for (uint32_t j = 0; j < old->n_cats; j++) {
                uint32_t cj = b->catidx.v[old->cat_first + j];
                marks.v[cj] = 1;
                RP_VEC_PUSH(b->catidx) = cj;
            }
            for (size_t i = 0; i < member.n; i++) {
                if (!marks.v[member.v[i]]) {
                    marks.v[member.v[i]] = 1;
                    RP_VEC_PUSH(b->catidx) = member.v[i];
                }
            }
            old->cat_first = first;
            old->n_cats = (uint32_t)(b->catidx.n - first);
            for (uint32_t j = first; j < b->catidx.n; j++)
                marks.v[b->catidx.v[j]] = 0;
            continue;
        }
        lx_strtab_add(&seen, term, tn);
        RP_VEC_PUSH(seen_raw) = (uint32_t)b->raws.n;
        lx_entry(b, path, r.line, r.cells.v[0].col, term, tn, member.v, member.n, LX_SYN_EXACT);
    }
    for (size_t i = 0; i < r.cells.n; i++)
        rp_buf_free(&r.cells.v[i].text);
    RP_VEC_FREE(r.cells);
    RP_VEC_FREE(cats);
    RP_VEC_FREE(member);
    RP_VEC_FREE(seen_raw);
    RP_VEC_FREE(marks);
    lx_strtab_free(&seen);
    free(text);
    return rc < 0 ? -1 : 0;
}
