/*
 * furniture.c -- page furniture of pdftotext output: the running header and
 * footer lines a PDF repeats on every page, which belong to no paragraph.
 *
 * Only texts with form feeds (one per page) are searched.  On each page:
 *  - at the top, before the first other line: lines made only of document
 *    symbols ("A/80/81", "S/2025/415", the joint "A/80/81" + "E/2025/62",
 *    "A/80/62*−E/2025/12*"), job numbers and page labels;
 *  - at the foot, after the last other line: job numbers ("25-10317 (E)",
 *    "25-10317", "GE.25-00925 (E)"), page labels ("3/13", whose total is
 *    within 4 of the page count), ddmmyy date codes ("140825"), barcodes
 *    ("*2510317*"), symbol lines, and a bare page number (Geneva documents)
 *    equal to the page index or up to 3 less (printed labels may lag), as
 *    the very last line of a page that has no "n/N" label;
 *  - anywhere: job numbers and barcodes (their shapes never occur in prose),
 *    and page labels "n/N" whose n is the page index or up to 3 less;
 *  - at the top or foot, two such items on one line, as verbatim records
 *    print them: "34/54 15-29562", "30/09/2015 A/70/PV.19".
 * Blank lines between furniture lines are skipped.  Marked lines are left
 * out of every block by segment.c; nothing else is dropped.
 */
#include "config.h"

#include "segment_int.h"

#include <string.h>

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* digits in s[i..n) from i; returns the count and the value in *v */
static size_t digits(const char *s, size_t n, size_t i, unsigned long *v)
{
    size_t k = i;
    unsigned long x = 0;
    while (k < n && is_digit((unsigned char)s[k]) && k - i < 9)
        x = x * 10 + (unsigned long)(s[k++] - '0');
    if (v)
        *v = x;
    return k - i;
}

int rp_seg_is_symbol_line(const char *s, size_t n)
{
    if (n < 3 || n > 64 || !is_upper((unsigned char)s[0]))
        return 0;
    size_t i = 0;
    while (i < n && i < 6 && is_upper((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != '/')
        return 0;
    int slashes = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '/')
            slashes++;
        else if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x88 &&
                 (unsigned char)s[k + 2] == 0x92)
            k += 2; /* U+2212 minus sign joining two symbols */
        else if (!(is_digit(c) || is_upper(c) || (c >= 'a' && c <= 'z') || c == '.' ||
                   c == '-' || c == '*'))
            return 0;
    }
    return slashes >= 2;
}

/* "25-10317", "25-10317 (E)", "GE.25-00925 (E)", "GE.19-21936(E)" */
static int is_job_number(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && s[0] == 'G' && s[1] == 'E' && s[2] == '.')
        i = 3;
    if (digits(s, n, i, NULL) != 2)
        return 0;
    i += 2;
    if (i >= n || s[i] != '-')
        return 0;
    i++;
    if (digits(s, n, i, NULL) != 5)
        return 0;
    i += 5;
    if (i == n)
        return 1;
    if (s[i] == ' ')
        i++;
    return n - i == 3 && s[i] == '(' && is_upper((unsigned char)s[i + 1]) && s[i + 2] == ')';
}

/* "*2510317*" */
static int is_barcode(const char *s, size_t n)
{
    if (n < 6 || s[0] != '*' || s[n - 1] != '*')
        return 0;
    return digits(s, n, 1, NULL) == n - 2;
}

/* "140825": a ddmmyy date */
static int is_date_code(const char *s, size_t n)
{
    unsigned long v;
    if (n != 6 || digits(s, n, 0, &v) != 6)
        return 0;
    unsigned long dd = v / 10000, mm = (v / 100) % 100;
    return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
}

/* "3/13" whose total is close to the page count */
static int is_page_label(const char *s, size_t n, uint32_t n_pages)
{
    unsigned long a, b;
    size_t k = digits(s, n, 0, &a);
    if (k == 0 || k > 4 || k >= n || s[k] != '/')
        return 0;
    size_t m = digits(s, n, k + 1, &b);
    if (m == 0 || m > 4 || k + 1 + m != n)
        return 0;
    long diff = (long)b - (long)n_pages;
    return a >= 1 && a <= b && diff >= -4 && diff <= 4;
}

static int is_bare_page_number(const char *s, size_t n, uint32_t page)
{
    unsigned long v;
    if (n == 0 || n > 4 || digits(s, n, 0, &v) != n)
        return 0;
    return v <= page && v + 3 >= page && v >= 1;
}

/* "30/09/2015" */
static int is_slash_date(const char *s, size_t n)
{
    return n == 10 && digits(s, n, 0, NULL) == 2 && s[2] == '/' && digits(s, n, 3, NULL) == 2 &&
           s[5] == '/' && digits(s, n, 6, NULL) == 4;
}

/* Two furniture items on one line, as in verbatim records:
 * "34/54 15-29562", "15-29562 3/54", "30/09/2015 A/70/PV.19". */
static int is_combined(const char *s, size_t n)
{
    const char *sp = memchr(s, ' ', n);
    if (!sp || n > 48)
        return 0;
    size_t a = (size_t)(sp - s), b0 = a + 1;
    while (b0 < n && s[b0] == ' ')
        b0++;
    const char *u = s + b0;
    size_t b = n - b0;
    if (b == 0 || memchr(u, ' ', b))
        return 0;
    int key = 0, other = 0;
    const char *part[2] = {s, u};
    size_t len[2] = {a, b};
    for (int k = 0; k < 2; k++) {
        unsigned long x, y;
        size_t d1 = digits(part[k], len[k], 0, &x);
        if (is_job_number(part[k], len[k]) || rp_seg_is_symbol_line(part[k], len[k]))
            key++;
        else if (is_slash_date(part[k], len[k]) ||
                 (d1 > 0 && d1 < len[k] && part[k][d1] == '/' &&
                  digits(part[k], len[k], d1 + 1, &y) == len[k] - d1 - 1 && x <= y && x > 0))
            other++;
    }
    return key >= 1 && key + other == 2;
}

void rp_seg_mark_furniture(const char *text, rp_seg_line *lines, size_t n, uint32_t n_pages)
{
    size_t p = 0;
    while (p < n) {
        /* the page: lines [p, q) */
        uint32_t page = lines[p].page;
        size_t q = p;
        while (q < n && lines[q].page == page)
            q++;
        /* anywhere */
        for (size_t i = p; i < q; i++) {
            const char *s = text + lines[i].start;
            size_t len = (size_t)(lines[i].end - lines[i].start);
            if (len >= 6 && len <= 16 && (is_job_number(s, len) || is_barcode(s, len)))
                lines[i].furniture = is_barcode(s, len) ? RP_SEG_FURN_BARCODE : RP_SEG_FURN_JOB;
            else if (len >= 3 && len <= 9 && is_page_label(s, len, n_pages)) {
                unsigned long v;
                digits(s, len, 0, &v);
                if (v <= page && v + 3 >= page)
                    lines[i].furniture = RP_SEG_FURN_LABEL;
            }
        }
        /* the top */
        for (size_t i = p; i < q; i++) {
            const char *s = text + lines[i].start;
            size_t len = (size_t)(lines[i].end - lines[i].start);
            if (len == 0 || lines[i].furniture)
                continue;
            if (rp_seg_is_symbol_line(s, len) || is_combined(s, len))
                lines[i].furniture = RP_SEG_FURN_SYMBOL;
            else if (is_page_label(s, len, n_pages))
                lines[i].furniture = RP_SEG_FURN_LABEL;
            else
                break;
        }
        /* the foot */
        int has_label = 0, last = 1;
        for (size_t i = p; i < q && !has_label; i++)
            has_label = lines[i].end > lines[i].start &&
                        is_page_label(text + lines[i].start,
                                      (size_t)(lines[i].end - lines[i].start), n_pages);
        for (size_t i = q; i-- > p;) {
            const char *s = text + lines[i].start;
            size_t len = (size_t)(lines[i].end - lines[i].start);
            if (len == 0)
                continue;
            if (lines[i].furniture) {
                last = 0;
                continue;
            }
            int bare = last && !has_label && is_bare_page_number(s, len, page);
            last = 0;
            if (is_page_label(s, len, n_pages) || bare)
                lines[i].furniture = RP_SEG_FURN_LABEL;
            else if (is_date_code(s, len))
                lines[i].furniture = RP_SEG_FURN_DATE;
            else if (rp_seg_is_symbol_line(s, len) || is_combined(s, len))
                lines[i].furniture = RP_SEG_FURN_SYMBOL;
            else
                break;
        }
        p = q;
    }
}
