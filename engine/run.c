/*
 * run.c -- runs a job over a corpus (see run.h).
 *
 * N worker threads take documents in input order from a shared counter;
 * each reads one document's file into its own reused buffer, analyses it
 * into its own reused rp_docbuf (UTF-8 check, segmentation, tokenization
 * with its own vocabulary and stemmers), runs its own plugin instances,
 * and formats the document's result into a slot of a ring of 8N. The main
 * thread only collects the results in input order, so output is the same
 * for every -j, and at most N texts and 8N results are held at once:
 * memory does not grow with the corpus.  With -j 1 there is no worker
 * thread: the main thread reads, analyses and collects each document in
 * turn (run_alone), one thread of work, so that N workers do N times it.
 *
 * A document that cannot be read or is not text is reported (doc and
 * reason) and skipped; the run goes on unless --strict. SIGINT/SIGTERM
 * make the workers stop taking documents; the command then discards its
 * partial output and says how far it got.
 */
#include "config.h"

#include "run.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "outfile.h"
#include "segment.h"

/* Written by the signal handler, read by every thread: an atomic that is
 * lock-free, so that the handler may touch it. */
atomic_int rp_stop_requested;
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "rp_stop_requested must be lock-free");

/* A worker keeps its text buffer, and a slot its result buffer, from
 * document to document up to RP_TEXT_KEEP bytes (a larger one is freed
 * once its document is done or collected), so that ordinary reports cost
 * no allocation and big ones no lasting memory. */
#define RP_TEXT_KEEP ((size_t)1 << 20)

/* Warns once per run about a language without a Snowball stemmer (its
 * words are then matched unstemmed). */
static void check_language(const char *lang)
{
    static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    static char warned[16][16];
    static int n_warned;
    if (rp_stem_language_ok(lang) || strncmp(lang, "zh", 2) == 0 || strncmp(lang, "ja", 2) == 0)
        return; /* Chinese and Japanese: one token per Han character, by design */
    pthread_mutex_lock(&mu);
    int seen = 0;
    for (int i = 0; i < n_warned; i++)
        if (strcmp(warned[i], lang) == 0)
            seen = 1;
    if (!seen && n_warned < 16) {
        snprintf(warned[n_warned++], sizeof warned[0], "%s", lang);
        rp_warn("language \"%s\": no Snowball stemmer; its words are compared unstemmed", lang);
    }
    pthread_mutex_unlock(&mu);
}

static void on_signal(int sig)
{
    if (rp_stop_requested) {
        /* second signal: give up at once, but leave no partial file */
        rp_outfile_abort_all_signal_safe();
        _exit(128 + sig);
    }
    rp_stop_requested = sig;
}

int rp_worker_analyze(rp_worker *w, const rp_source *src, const char *lang, const char *text,
                      size_t len, char *err, size_t errlen)
{
    rp_docbuf *d = &w->doc;
    rp_docbuf_reset(d);
    d->doc.text = text;
    d->doc.len = len;
    d->id = src->id;
    d->path = src->path;
    d->lang = src->lang ? src->lang : lang ? lang : "en";
    if (d->lang != w->lang_checked) {
        /* once per language, not per document: looking for a stemmer
         * creates and frees one */
        check_language(d->lang);
        w->lang_checked = d->lang;
    }
    for (size_t i = 0; i < src->n_meta; i++)
        RP_VEC_PUSH(d->meta) = src->meta[i];

    char why[512];
    if (rp_utf8_check(d, why, sizeof why) != 0) {
        snprintf(err, errlen, "doc \"%s\" (%s): %s", src->id, src->path, why);
        return RP_EXIT_INPUT;
    }
    if (d->n_invalid)
        rp_warn("doc \"%s\": %llu invalid UTF-8 sequence%s, first at byte %llu (read as U+FFFD)", src->id,
                (unsigned long long)d->n_invalid, d->n_invalid == 1 ? "" : "s",
                (unsigned long long)d->first_invalid);
    if (len == 0) {
        rp_warn("doc \"%s\" (%s): empty file (0 bytes): nothing to analyse", src->id, src->path);
    } else {
        size_t k = 0;
        while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r' ||
                           text[k] == '\f' || text[k] == '\v'))
            k++;
        if (k == len)
            rp_warn("doc \"%s\" (%s): only white space (%zu bytes): nothing to analyse", src->id, src->path,
                    len);
    }
    rp_segment(d);
    rp_tokenize(d, w->vocab);
    rp_docbuf_publish(d);
    return 0;
}

/* ---- the pool -------------------------------------------------------- */

enum { SLOT_FREE = 0, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
    int state;
    int status;         /* 0, or the RP_EXIT_* of a skipped document */
    int plugin_errors;
    uint64_t bytes;
    rp_buf out;
    rp_buf diag;        /* the document's warnings, printed when collected */
    char err[1024];
} slot;

typedef struct pool {
    const rp_job *job;
    const rp_sources *src;
    pthread_mutex_t mu;
    pthread_cond_t done;  /* a slot became DONE, or a worker failed */
    pthread_cond_t space; /* a slot became FREE, or an ordered document was read */
    size_t next;          /* next document to hand out */
    size_t collected;     /* documents the main thread has consumed */
    size_t nslots;
    slot *slots;
    int fatal;            /* a worker could not start (plugin open failed) */
    size_t main_waits;    /* the document the main thread sleeps on, or SIZE_MAX:
                             a worker wakes it for that one only */
    int stop;             /* stop handing out documents */
    size_t ordered;       /* a document being read that was not a regular file
                             when collected (standard input, a pipe), or
                             SIZE_MAX: no document after it is handed out
                             before it is read, so that the files after it
                             are read when they would be one by one (what its
                             producer does to them meanwhile counts) */
    const char *lang_warned;
} pool;

static void worker_init(rp_worker *w, int index)
{
    memset(w, 0, sizeof *w);
    w->index = index;
    w->vocab = rp_vocab_new();
    rp_docbuf_init(&w->doc);
    rp_sink_init(&w->sink);
}

static void worker_fini(rp_worker *w)
{
    if (w->plugins)
        rp_instances_close(w->plugins);
    rp_sink_free(&w->sink);
    rp_docbuf_free(&w->doc);
    rp_vocab_free(w->vocab);
}

/* A worker's text buffer: the document it reads, NUL-terminated. */
typedef struct textbuf {
    char *v;
    size_t cap;
    size_t len;
} textbuf;

/* Analyses document i, whose file the worker read into tb (read_errno: or
 * why it could not), into slot s (the worker owns s until it is DONE). */
static void do_document(pool *p, rp_worker *w, size_t i, slot *s, const textbuf *tb, int read_errno)
{
    const rp_job *job = p->job;
    const rp_source *src = &p->src->v[i];
    rp_buf_reset(&s->out);
    rp_buf_reset(&s->diag);
    s->status = 0;
    s->plugin_errors = 0;
    s->err[0] = '\0';
    /* this document's warnings (engine, plugins) wait in its slot, so that
     * they come out in input order, next to its other messages */
    rp_diag_capture(&s->diag);
    w->doc.skip = job->doc_skip & (w->plugins ? rp_instances_doc_skip(w->plugins) : ~0u);
    if (read_errno) {
        snprintf(s->err, sizeof s->err, "doc \"%s\": cannot read %s: %s", src->id, src->path,
                 strerror(read_errno));
        s->status = RP_EXIT_ENV;
    } else {
        s->status = rp_worker_analyze(w, src, job->lang, tb->v, tb->len, s->err, sizeof s->err);
    }
    if (s->status) {
        rp_diag_capture(NULL);
        return;
    }
    s->bytes = w->doc.doc.len;
    if (w->plugins) {
        rp_sink_reset(&w->sink, &w->doc.doc);
        w->sink.skip = job->sink_skip;
        s->plugin_errors = rp_instances_process(w->plugins, &w->doc.doc, &w->sink);
        rp_sink_sort(&w->sink);
    }
    if (job->doc(w, src, &s->out, job->ud, s->err, sizeof s->err) != 0)
        s->status = RP_EXIT_INPUT;
    rp_diag_capture(NULL);
}

/* What the job's sink never reads, as the plugins' hosts say it. */
static unsigned emit_drops(const rp_job *job)
{
    return job->sink_skip & RP_SINK_NO_ATTRS ? RP_EMIT_NO_ATTRS : 0;
}

static void fail_worker(pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->fatal = 1;
    p->stop = 1;
    pthread_cond_broadcast(&p->done);
    pthread_cond_broadcast(&p->space);
    pthread_mutex_unlock(&p->mu);
}

static int renew_vocab(pool *p, rp_worker *w)
{
    if (w->plugins)
        rp_instances_close(w->plugins);
    w->plugins = NULL;
    rp_vocab_free(w->vocab);
    w->vocab = rp_vocab_new();
    if (p->job->modules) {
        w->plugins = rp_instances_open(p->job->modules, p->job->plugin_opts, emit_drops(p->job));
        if (!w->plugins) {
            fail_worker(p);
            return -1;
        }
    }
    return 0;
}

typedef struct worker_arg {
    pool *p;
    int index;
} worker_arg;

/* Starts a worker: its vocabulary and plugin instances.  Returns 0, or
 * -1 when the plugins cannot be opened (the run fails; w is finished). */
static int worker_start(pool *p, rp_worker *w, int index)
{
    worker_init(w, index);
    if (p->job->modules) {
        w->plugins = rp_instances_open(p->job->modules, p->job->plugin_opts, emit_drops(p->job));
        if (!w->plugins) {
            fail_worker(p);
            worker_fini(w);
            return -1;
        }
    }
    return 0;
}

/* Reads document i's file into tb, the worker's buffer.  Returns 0, or
 * the errno of why it cannot be read. */
static int read_document(pool *p, size_t i, textbuf *tb)
{
    if (rp_read_file_into(p->src->v[i].path, &tb->v, &tb->cap, &tb->len) != 0)
        return errno ? errno : EIO;
    return 0;
}

/* After document i: one huge text does not stay in memory. */
static void text_done(textbuf *tb)
{
    if (tb->cap > RP_TEXT_KEEP) {
        free(tb->v);
        tb->v = NULL;
        tb->cap = 0;
    }
}

/* A worker thread of a run with more than one: takes the next document
 * while the ring has room for its result, reads and analyses it. */
static void *worker_main(void *arg)
{
    worker_arg *a = arg;
    pool *p = a->p;
    rp_worker w;
    textbuf tb = {NULL, 0, 0};
    if (worker_start(p, &w, a->index) != 0)
        return NULL;
    for (;;) {
        /* A vocabulary only grows (plugins may hold its pointers and ids
         * while their instance lives). Past its bound, start a fresh one
         * between documents, with fresh plugin instances. */
        if (rp_vocab_full(w.vocab) && renew_vocab(p, &w) != 0)
            break;
        pthread_mutex_lock(&p->mu);
        while (!p->stop && !rp_stop_requested && p->next < p->src->n &&
               (p->next >= p->collected + p->nslots || p->ordered != SIZE_MAX))
            pthread_cond_wait(&p->space, &p->mu);
        if (p->stop || rp_stop_requested || p->next >= p->src->n) {
            pthread_cond_broadcast(&p->done); /* the main thread may wait on us */
            pthread_mutex_unlock(&p->mu);
            break;
        }
        size_t i = p->next++;
        int ordered = !p->src->v[i].regular;
        if (ordered)
            p->ordered = i;
        slot *s = &p->slots[i % p->nslots];
        s->state = SLOT_BUSY;
        pthread_mutex_unlock(&p->mu);

        int read_errno = read_document(p, i, &tb);
        if (ordered) {
            pthread_mutex_lock(&p->mu);
            p->ordered = SIZE_MAX;
            pthread_cond_broadcast(&p->space);
            pthread_mutex_unlock(&p->mu);
        }
        do_document(p, &w, i, s, &tb, read_errno);
        text_done(&tb);

        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        if (i == p->main_waits)
            pthread_cond_broadcast(&p->done);
        pthread_mutex_unlock(&p->mu);
    }
    free(tb.v);
    worker_fini(&w);
    return NULL;
}

/* The main thread, holding p->mu: sleeps until document j is done, or
 * can never be (a worker failed, or a signal stopped the run before j was
 * handed out). */
static void wait_done(pool *p, size_t j)
{
    slot *s = &p->slots[j % p->nslots];
    while (s->state != SLOT_DONE && !p->fatal && !(rp_stop_requested && j >= p->next)) {
        p->main_waits = j;
        pthread_cond_wait(&p->done, &p->mu);
    }
    p->main_waits = SIZE_MAX;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(const rp_runstats *st, size_t total, double t0, int final)
{
    double dt = now_s() - t0;
    double mb = (double)st->bytes / 1e6;
    double eta = st->docs ? dt / (double)st->docs * (double)(total - st->docs) : 0;
    fprintf(stderr, "\rrapporteur: %zu/%zu documents, %.1f MB, %.1f MB/s, ETA %.0fs   %s", st->docs, total, mb,
            dt > 0 ? mb / dt : 0.0, eta, final ? "\n" : "");
}

/* The progress line again, at most twice a second (*last: when it was last
 * shown), when show is set. */
static void progress_tick(const rp_runstats *st, size_t total, double t0, double *last, int show)
{
    if (show && now_s() - *last > 0.5) {
        progress(st, total, t0, 0);
        *last = now_s();
    }
}

static int available_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* The main thread: takes document i's result out of slot s, in input
 * order: prints its messages, counts it and hands it to the job.  Returns
 * nonzero when the run must stop there (the job failed; --strict and an
 * error). */
static int collect(pool *p, size_t i, slot *s, rp_runstats *stats, int *status, int show)
{
    const rp_job *job = p->job;
    int stop = 0;
    if (s->diag.len) {
        if (show)
            fputc('\n', stderr); /* below the progress line */
        fwrite(s->diag.data, 1, s->diag.len, stderr);
    }
    if (s->status) {
        rp_error("%s; skipped", s->err);
        stats->skipped++;
        if (s->status > *status)
            *status = s->status;
    } else {
        stats->docs++;
        stats->bytes += s->bytes;
        stats->plugin_errors += (size_t)s->plugin_errors;
        int r = job->collect(&p->src->v[i], &s->out, job->ud);
        if (r) {
            *status = r;
            stop = 1;
        }
    }
    if (s->out.cap > RP_TEXT_KEEP)
        rp_buf_free(&s->out); /* a huge result does not stay either */
    if (job->strict && (s->status || s->plugin_errors))
        stop = 1;
    return stop;
}

/* A run with one worker: the main thread reads, analyses and collects
 * each document in turn, with no other thread (nothing to hand over). */
static void run_alone(pool *p, rp_runstats *stats, int *status, int show, double t0)
{
    rp_worker w;
    textbuf tb = {NULL, 0, 0};
    if (worker_start(p, &w, 0) != 0)
        return;
    double last = t0;
    slot *s = &p->slots[0];
    for (size_t i = 0; i < p->src->n && !rp_stop_requested; i++) {
        if (rp_vocab_full(w.vocab) && renew_vocab(p, &w) != 0)
            break;
        int read_errno = read_document(p, i, &tb);
        do_document(p, &w, i, s, &tb, read_errno);
        text_done(&tb);
        if (collect(p, i, s, stats, status, show))
            break;
        progress_tick(stats, p->src->n, t0, &last, show);
    }
    free(tb.v);
    worker_fini(&w);
}

/* A run with more than one worker: starts them, collects their results in
 * input order, and joins them.  Returns how many started (0: the run
 * could not start). */
static int run_workers(pool *p, int threads, rp_runstats *stats, int *status, int show, double t0)
{
    const rp_sources *src = p->src;
    /* The main thread collects results in batches of half the ring: it
     * sleeps until the last of the next `batch` documents is done (the
     * workers go on with the other half meanwhile), so it is woken once
     * per batch rather than once per document (each wake-up is a trip
     * through the kernel on both threads). */
    size_t batch = p->nslots / 2 ? p->nslots / 2 : 1;
    pthread_t *tids = rp_xcalloc((size_t)threads, sizeof *tids);
    worker_arg *args = rp_xcalloc((size_t)threads, sizeof *args);
    int started = 0;
    for (int t = 0; t < threads; t++) {
        args[t].p = p;
        args[t].index = t;
        if (pthread_create(&tids[t], NULL, worker_main, &args[t]) != 0) {
            rp_error("cannot start worker thread %d: %s", t, strerror(errno));
            break;
        }
        started++;
    }

    double last = t0;
    for (size_t i = 0; i < src->n && started > 0; i++) {
        slot *s = &p->slots[i % p->nslots];
        pthread_mutex_lock(&p->mu);
        if (i % batch == 0 && batch > 1) {
            size_t upto = i + batch - 1 < src->n - 1 ? i + batch - 1 : src->n - 1;
            if (upto > i)
                wait_done(p, upto);
        }
        wait_done(p, i);
        int ready = s->state == SLOT_DONE;
        pthread_mutex_unlock(&p->mu);
        if (!ready)
            break;
        int halt = collect(p, i, s, stats, status, show);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_FREE;
        p->collected = i + 1;
        if (halt)
            p->stop = 1;
        pthread_cond_broadcast(&p->space);
        int stop = p->stop;
        pthread_mutex_unlock(&p->mu);
        progress_tick(stats, src->n, t0, &last, show);
        if (stop)
            break;
    }
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->space);
    pthread_mutex_unlock(&p->mu);
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    free(tids);
    free(args);
    return started;
}

int rp_run(const rp_job *job, const rp_sources *src, rp_runstats *stats)
{
    memset(stats, 0, sizeof *stats);
    rp_stop_requested = 0;
    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);

    int threads = job->threads > 0 ? job->threads : available_cores();
    if ((size_t)threads > src->n)
        threads = src->n ? (int)src->n : 1;

    pool p;
    memset(&p, 0, sizeof p);
    p.job = job;
    p.src = src;
    /* --strict: no look-ahead beyond one document per worker, so that
     * documents after the one that stops the run are not started (their
     * plugins would report errors the run never counts); with -j 1 the run
     * stops exactly there (and one slot is all it uses) */
    p.nslots = threads == 1 ? 1 : (size_t)threads * (job->strict ? 1 : 8);
    p.main_waits = SIZE_MAX;
    p.ordered = SIZE_MAX;
    p.slots = rp_xcalloc(p.nslots, sizeof *p.slots);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.done, NULL);
    pthread_cond_init(&p.space, NULL);

    int show = !job->quiet && isatty(2);
    double t0 = now_s();
    int status = 0, started = 1;
    if (threads == 1)
        run_alone(&p, stats, &status, show, t0);
    else
        started = run_workers(&p, threads, stats, &status, show, t0);
    if (show)
        progress(stats, src->n, t0, 1);

    if (p.fatal || started == 0)
        status = RP_EXIT_ENV;
    if (rp_stop_requested) {
        stats->interrupted = 1;
        rp_error("interrupted by signal %d after %zu of %zu documents; %s", rp_stop_requested, stats->docs,
                 src->n, job->keeps_done ? "their files are kept (--resume goes on from there)" : "no output written");
        status = 128 + rp_stop_requested; /* as a shell reports a killed command */
    }
    size_t skipped = stats->skipped + src->n_errors;
    if (skipped || stats->plugin_errors)
        rp_error("%zu document%s done, %zu skipped, %zu plugin error%s (see the messages above)", stats->docs,
                 stats->docs == 1 ? "" : "s", skipped, stats->plugin_errors, stats->plugin_errors == 1 ? "" : "s");
    if (stats->plugin_errors && !status)
        status = RP_EXIT_INPUT;

    for (size_t k = 0; k < p.nslots; k++) {
        rp_buf_free(&p.slots[k].out);
        rp_buf_free(&p.slots[k].diag);
    }
    free(p.slots);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.done);
    pthread_cond_destroy(&p.space);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    return status;
}
