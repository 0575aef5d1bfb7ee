/*
 * segment_int.h -- what the files of the segmenter share, and nothing else
 * sees: the line record of the one scan over the bytes (segment.c), the
 * page-furniture recogniser of pdftotext output (furniture.c), the
 * footnote-marker finder (segment_markers.c) and the sentence splitter
 * (sentence.c).  Not installed, not used outside these files.
 */
#ifndef RP_SEGMENT_INT_H
#define RP_SEGMENT_INT_H

#include "doc.h"

/* One line of the input, as the scan found it: its content trimmed of
 * surrounding white space ([start, end), start == end for a blank line),
 * the 1-based page it is printed on, and whether it is page furniture. */
typedef struct rp_seg_line {
    uint64_t start;
    uint64_t end;
    uint32_t page;
    uint8_t furniture; /* RP_SEG_FURN_* or 0 */
} rp_seg_line;

/* What kind of page furniture a line is. */
enum {
    RP_SEG_FURN_SYMBOL = 1,  /* running header: the document symbol(s) */
    RP_SEG_FURN_JOB = 2,     /* job number: 25-10317 (E), 25-10317, GE.25-00925 (E) */
    RP_SEG_FURN_LABEL = 3,   /* page label 3/13, or a bare page number */
    RP_SEG_FURN_DATE = 4,    /* ddmmyy date code: 140825 */
    RP_SEG_FURN_BARCODE = 5  /* *2510317* */
};

/* Is s[0..n) (a trimmed line) made only of document symbols, as in the
 * running header "A/80/81", "E/CN.6/2025/3/Rev.1" or "A/80/62*−E/2025/12*"? */
int rp_seg_is_symbol_line(const char *s, size_t n);

/* Marks the furniture lines of lines[0..n) (every line of a text that has
 * form feeds): the symbol lines at the top of each page, the job number,
 * page label, date code and barcode lines at its foot, and job numbers and
 * barcodes anywhere.  n_pages is the number of pages. */
void rp_seg_mark_furniture(const char *text, rp_seg_line *lines, size_t n, uint32_t n_pages);

/* Splits the block `block` of d, whose spans are spans[0..n_spans), into
 * sentences appended to d->sentences.  markers (sorted) are the footnote
 * markers of the document: one right after a sentence's full stop belongs
 * to that sentence.  With by_line, every line break also ends a sentence
 * (title blocks, contents pages).  hard_end (NULL, or one flag per span):
 * a sentence open at the end of span k ends there when hard_end[k] (page
 * furniture lies between span k and span k+1).  Returns the number of
 * sentences added. */
size_t rp_seg_sentences(rp_docbuf *d, uint32_t block, const rp_span *spans, uint32_t n_spans,
                        const rp_span *markers, size_t n_markers, int by_line,
                        const uint8_t *hard_end);

/* Value of the superscript digit at s (¹ ² ³ ⁰ ⁴-⁹), its UTF-8 length in
 * *len, or -1. */
int rp_seg_sup_digit(const unsigned char *s, uint64_t avail, int *len);

/* Finds the footnote markers of d's body blocks (after the blocks, before
 * the sentences) into d->markers, sorted and disjoint.  lines are the
 * document's lines (they give each offset its page). */
void rp_seg_markers(rp_docbuf *d, const rp_seg_line *lines, size_t n_lines);

#endif /* RP_SEGMENT_INT_H */
