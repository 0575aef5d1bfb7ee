/*
 * run.h -- running a job over a corpus: worker threads that each read and
 * analyse one document at a time (with their own vocabulary, stemmers and
 * plugin instances) and a main thread that collects the per-document
 * results in input order, so output never depends on -j.  With -j 1 the
 * main thread is the one worker.
 */
#ifndef RP_RUN_H
#define RP_RUN_H

#include <stdatomic.h>

#include "doc.h"
#include "host.h"
#include "input.h"
#include "text.h"

/* A worker's state: everything reused from document to document. */
typedef struct rp_worker {
    int index;
    rp_vocab *vocab;
    rp_docbuf doc;
    rp_instances *plugins; /* NULL when the job runs no plugins */
    rp_sink sink;
    const char *lang_checked; /* the last document's language, checked for a
                                 stemmer (run.c's check_language) */
} rp_worker;

/* Analyses the text of one source, text[0..len) as read from its file
 * (the caller's bytes, NUL-terminated, unchanged until the next call),
 * into w->doc (utf8 check, segment, tokenize). Returns 0; or, when the
 * document must be skipped (it is not text), RP_EXIT_INPUT with one line
 * (doc and byte offset) in err. */
int rp_worker_analyze(rp_worker *w, const rp_source *src, const char *lang, const char *text,
                      size_t len, char *err, size_t errlen);

typedef struct rp_job {
    /* On a worker thread (the main thread with -j 1), after the document
     * is analysed (and, when modules is set, after every plugin ran into
     * w->sink, sorted): put what this document contributes into out.
     * Return 0, or -1 with a message in err to skip the document. */
    int (*doc)(rp_worker *w, const rp_source *src, rp_buf *out, void *ud,
               char *err, size_t errlen);
    /* On the main thread, in input order: consume a document's result.
     * Return 0, or an RP_EXIT_* status to stop the run. */
    int (*collect)(const rp_source *src, const rp_buf *out, void *ud);
    void *ud;
    int threads;              /* -j; 0 = number of cores */
    int strict;               /* stop at the first skipped document */
    const char *lang;         /* --language (NULL: manifest column, else "en") */
    const rp_modules *modules;        /* plugins to run, or NULL */
    const char *const *plugin_opts;   /* -P values, NULL-terminated */
    int quiet;                /* no progress on stderr */
    unsigned sink_skip;       /* what doc never reads of the annotations (enum
                                 rp_sink_skip); 0 = everything */
    unsigned doc_skip;        /* parts of the document (enum rp_doc_part) that
                                 neither doc nor the sink reads: left out when
                                 no plugin instance reads them either */
    int keeps_done;           /* each document's output is committed as it is
                                 collected (annotate --split): an interrupted
                                 run keeps them */
} rp_job;

typedef struct rp_runstats {
    size_t docs;      /* documents done */
    size_t skipped;   /* documents skipped (reported on stderr) */
    size_t plugin_errors;
    uint64_t bytes;
    int interrupted;  /* SIGINT/SIGTERM */
} rp_runstats;

/* Runs job over src. Returns 0 when every document was done, else an
 * RP_EXIT_* status; prints the summary line when anything was skipped. */
int rp_run(const rp_job *job, const rp_sources *src, rp_runstats *stats);

/* Set by the signal handlers rp_run installs; long loops may poll it. */
extern atomic_int rp_stop_requested;

#endif /* RP_RUN_H */
