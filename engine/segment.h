/*
 * segment.h -- the structure of a UN report: title block, section headings,
 * numbered paragraphs (rejoined across page breaks), footnotes and their
 * markers, page furniture of pdftotext output, and sentences.
 */
#ifndef RP_SEGMENT_H
#define RP_SEGMENT_H

#include "doc.h"

/* Segments d->doc.text[d->body_start .. len): fills blocks (with spans,
 * labels, sections and pages), sections, sentences (byte ranges and
 * blocks; token ranges are filled by the tokenizer), markers and n_pages.
 * Page furniture (running headers/footers, job numbers, barcodes, page
 * labels) is left out of every block. Labels, titles and paths live in
 * d->strings; the segmenter's working memory stays in d (seg_scratch) for
 * the next document and is freed by rp_docbuf_free. Returns 0. */
int rp_segment(rp_docbuf *d);

#endif /* RP_SEGMENT_H */
