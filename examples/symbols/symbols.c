/*
 * symbols.c -- a rapporteur plugin that tags United Nations document
 * symbols and resolution numbers, built out of tree against the installed
 * <rapporteur/plugin.h> (see the Makefile next to it and
 * rapporteur-plugin(7)).
 *
 *   A/HRC/47/53, E/CN.6/2021/14, A/RES/74/151, S/2021/123, CCPR/C/GC/36,
 *   ECE/CP.TEIA/2024/2 (the Secretariat, treaty bodies, funds and
 *   programmes, regional commissions)
 *       label = the symbol; attrs.body = the issuing organ ("A/HRC",
 *       "E/CN.6", "A", "CCPR"); attrs.kind = document, resolution,
 *       decision, presidential-statement or meeting-record.
 *   "General Assembly resolution 74/151", "resolutions 41/2 and 44/7",
 *   "Security Council resolution 1325 (2000)"
 *       one annotation per number; when the organ is named (or the number
 *       has the Security Council's "N (year)" form) the label is the full
 *       symbol (A/RES/74/151, S/RES/1325 (2000)) and attrs.body is set,
 *       otherwise the label is the number as written ("41/2").
 *
 * Options: resolutions=no leaves bare resolution numbers alone;
 * bodies=A,S,E/CN.6 keeps only symbols of those organs.
 *
 * The matching is three PCRE2 patterns compiled by the host (UTF mode, JIT,
 * match limits); everything lives in the instance, nothing in globals, so
 * one instance per worker thread is safe.
 */
#include <rapporteur/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYMBOLS_VERSION "1.0.0"
#define MAX_BODIES 32

/* A symbol: an organ's prefix, then /segments (A/HRC/47/53, S/PV.8000,
 * A/RES/ES-11/1). A hyphen before another organ's symbol joins two
 * documents (E/2021/27-E/CN.6/2021/14): that is two symbols. */
static const char symbol_pattern[] =
    "(?<![A-Za-z0-9/.])"
    "(?:A|S|E|ST|TD|DP|UNEP|CCPR|CERD|CEDAW|CRC|CAT|CESCR|CMW|CRPD|CED|SPT|HRI|FCCC|ICCD|UNW|"
    "ECE|ESCAP|ECA|ECLAC|ESCWA|CBD)"
    "(?:/[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+|-(?![A-Z]{1,6}/)[A-Za-z0-9]+)*)+"
    "(?![A-Za-z0-9/])";

/* The cue before resolution numbers, with the organ when it is named. */
static const char cue_pattern[] =
    "\\b(?:(General Assembly|Human Rights Council|Security Council|"
    "Economic and Social Council|Commission on Human Rights)(?:'s|\\x{2019}s)?\\s+)?"
    "[Rr]esolutions?\\s+";

/* One number of a list, anchored where the previous one ended:
 * 74/151 (group 1), or 1325 (2000) (groups 2 and 3), then a separator. */
static const char number_pattern[] =
    "\\G(?:(\\d{1,4}/\\d{1,4}[A-Z]?)|(\\d{1,4})\\s*\\((\\d{4})\\))(?![\\d/])"
    "(\\s*(?:,\\s*and\\s+|,\\s*|and\\s+|as well as\\s+))?";

/* Segments after the organ that are part of who issued the document
 * (A/HRC, E/CN.6, A/C.3, A/HRC/WG.6), as opposed to its type or number. */
static const char *const subsidiary[] = {"HRC", "C.", "CN.", "AC.", "CONF.", "PC.", "WG.", "SUB.", NULL};

typedef struct symbols {
    const rp_host *host;
    rp_regex *symbol, *cue, *number;
    int resolutions;
    size_t n_bodies;
    char *bodies[MAX_BODIES];
} symbols;

static const rp_option symbols_options[] = {
    {"resolutions", "yes (default) or no: tag resolution numbers such as \"resolution 74/151\""},
    {"bodies", "comma-separated organs to keep (A,S,E,A/HRC,E/CN.6...); default all"},
    {NULL, NULL},
};

static void symbols_close(void *state)
{
    symbols *s = state;
    if (!s)
        return;
    s->host->regex_free(s->symbol);
    s->host->regex_free(s->cue);
    s->host->regex_free(s->number);
    for (size_t i = 0; i < s->n_bodies; i++)
        free(s->bodies[i]);
    free(s);
}

static int parse_bodies(symbols *s, const char *v, char *err, size_t errlen)
{
    while (*v) {
        size_t n = strcspn(v, ",");
        if (n == 0 || n > 32) {
            snprintf(err, errlen, "bodies: expected organs like A,S,E/CN.6, got \"%s\"", v);
            return RP_ERR;
        }
        if (s->n_bodies == MAX_BODIES) {
            snprintf(err, errlen, "bodies: at most %d organs", MAX_BODIES);
            return RP_ERR;
        }
        char *b = malloc(n + 1);
        if (!b) {
            snprintf(err, errlen, "out of memory");
            return RP_ERR;
        }
        memcpy(b, v, n);
        b[n] = '\0';
        s->bodies[s->n_bodies++] = b;
        v += n + (v[n] == ',');
    }
    return RP_OK;
}

static int symbols_open(const rp_host *host, const char *const *opts, void **state, char *err,
                        size_t errlen)
{
    symbols *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return RP_ERR;
    }
    s->host = host;
    s->resolutions = 1;
    for (size_t i = 0; opts && opts[i]; i++) {
        const char *v = strchr(opts[i], '=') + 1;
        if (strncmp(opts[i], "resolutions=", 12) == 0) {
            if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0) {
                snprintf(err, errlen, "resolutions: expected yes or no, got \"%s\"", v);
                symbols_close(s);
                return RP_ERR;
            }
            s->resolutions = strcmp(v, "yes") == 0;
        } else if (strncmp(opts[i], "bodies=", 7) == 0 && parse_bodies(s, v, err, errlen) != RP_OK) {
            symbols_close(s);
            return RP_ERR;
        }
    }
    s->symbol = host->regex_compile(host, symbol_pattern, 0, err, errlen);
    if (s->symbol)
        s->cue = host->regex_compile(host, cue_pattern, 0, err, errlen);
    if (s->cue)
        s->number = host->regex_compile(host, number_pattern, 0, err, errlen);
    if (!s->number) {
        symbols_close(s);
        return RP_ERR;
    }
    *state = s;
    return RP_OK;
}

/* ---- document symbols ------------------------------------------------ */

static int is_subsidiary(const char *seg, size_t n)
{
    for (const char *const *p = subsidiary; *p; p++) {
        size_t k = strlen(*p);
        if ((*p)[k - 1] == '.') {
            if (n > k && memcmp(seg, *p, k) == 0 && seg[k] >= '0' && seg[k] <= '9')
                return 1;
        } else if (n == k && memcmp(seg, *p, k) == 0) {
            return 1;
        }
    }
    return 0;
}

static int has_segment(const char *sym, size_t n, const char *seg)
{
    size_t k = strlen(seg);
    for (size_t i = 0; i + k <= n; i++)
        if (sym[i] == '/' && i + 1 + k <= n && memcmp(sym + i + 1, seg, k) == 0 &&
            (i + 1 + k == n || sym[i + 1 + k] == '/' || sym[i + 1 + k] == '.'))
            return 1;
    return 0;
}

static const char *kind_of(const char *sym, size_t n)
{
    if (has_segment(sym, n, "RES"))
        return "resolution";
    if (has_segment(sym, n, "DEC"))
        return "decision";
    if (has_segment(sym, n, "PRST"))
        return "presidential-statement";
    if (has_segment(sym, n, "PV") || has_segment(sym, n, "SR"))
        return "meeting-record";
    return "document";
}

/* Not every Organ/Thing is a symbol: it needs a digit, and with a single
 * slash the second part must be numbered like PV.8000 ("A/C units" and
 * "S/N" are not symbols). */
static int plausible(const char *sym, size_t n)
{
    size_t slashes = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        slashes += sym[i] == '/';
        digits += sym[i] >= '0' && sym[i] <= '9';
    }
    if (!digits)
        return 0;
    return slashes >= 2 || memchr(sym, '.', n) != NULL;
}

static int body_wanted(const symbols *s, const char *body)
{
    if (s->n_bodies == 0)
        return 1;
    for (size_t i = 0; i < s->n_bodies; i++)
        if (strcmp(s->bodies[i], body) == 0)
            return 1;
    return 0;
}

static int emit(const symbols *s, rp_sink *sink, const char *label, uint64_t start, uint64_t end,
                const char *body, const char *kind)
{
    rp_kv attrs[2];
    uint32_t n = 0;
    if (body)
        attrs[n++] = (rp_kv){"body", body};
    attrs[n++] = (rp_kv){"kind", kind};
    rp_annotation a = {.label = label, .start = start, .end = end, .attrs = attrs, .n_attrs = n};
    return s->host->emit(sink, &a);
}

static int tag_symbols(symbols *s, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    rp_span g[1];
    size_t off = 0;
    char label[128], body[64];
    for (;;) {
        int rc = s->host->regex_match(s->symbol, doc->text, doc->len, off, g, 1);
        if (rc == RP_NOMATCH)
            return RP_OK;
        if (rc == RP_ERR_LIMIT) {
            s->host->log(s->host, RP_LOG_WARNING, "doc \"%s\": symbol pattern hit its match limit "
                         "at byte %zu; the rest of the document is not tagged", doc->id, off);
            return RP_OK;
        }
        if (rc < 0) {
            snprintf(err, errlen, "symbol pattern failed at byte %zu", off);
            return RP_ERR;
        }
        off = g[0].end;
        const char *sym = doc->text + g[0].start;
        size_t n = (size_t)(g[0].end - g[0].start);
        if (n >= sizeof label || !plausible(sym, n))
            continue;
        memcpy(label, sym, n);
        label[n] = '\0';
        /* the organ, then its subsidiary bodies */
        size_t b = strcspn(label, "/");
        while (label[b] == '/') {
            size_t k = strcspn(label + b + 1, "/");
            if (!is_subsidiary(label + b + 1, k))
                break;
            b += 1 + k;
        }
        if (b >= sizeof body)
            continue;
        memcpy(body, label, b);
        body[b] = '\0';
        if (body_wanted(s, body))
            emit(s, sink, label, g[0].start, g[0].end, body, kind_of(label, n));
    }
}

/* ---- resolution numbers ---------------------------------------------- */

/* The symbol prefix of a resolution of the organ named in the cue. */
static const char *organ_prefix(const char *organ, size_t n, const char **body)
{
    static const struct {
        const char *name, *prefix, *body;
    } organs[] = {
        {"General Assembly", "A/RES/", "A"},
        {"Human Rights Council", "A/HRC/RES/", "A/HRC"},
        {"Security Council", "S/RES/", "S"},
        {"Economic and Social Council", "E/RES/", "E"},
        {"Commission on Human Rights", "E/CN.4/RES/", "E/CN.4"},
    };
    for (size_t i = 0; i < sizeof organs / sizeof organs[0]; i++)
        if (strlen(organs[i].name) == n && memcmp(organs[i].name, organ, n) == 0) {
            *body = organs[i].body;
            return organs[i].prefix;
        }
    return NULL;
}

static int tag_resolutions(symbols *s, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    rp_span cue[2], num[5];
    size_t off = 0;
    char label[160];
    for (;;) {
        int rc = s->host->regex_match(s->cue, doc->text, doc->len, off, cue, 2);
        if (rc == RP_NOMATCH || rc == RP_ERR_LIMIT)
            return RP_OK;
        if (rc < 0) {
            snprintf(err, errlen, "resolution pattern failed at byte %zu", off);
            return RP_ERR;
        }
        const char *body = NULL, *prefix = NULL;
        if (cue[1].start != RP_UNSET)
            prefix = organ_prefix(doc->text + cue[1].start, (size_t)(cue[1].end - cue[1].start), &body);
        off = cue[0].end;
        /* the list of numbers after the cue: "74/151, 75/1 and 76/2" */
        for (;;) {
            rc = s->host->regex_match(s->number, doc->text, doc->len, off, num, 5);
            if (rc <= 0)
                break;
            int sc_style = num[2].start != RP_UNSET; /* 1325 (2000) */
            const char *b = body, *p = prefix;
            if (sc_style && !p) {
                p = "S/RES/";
                b = "S";
            }
            uint64_t end = sc_style ? num[3].end + 1 : num[1].end; /* include ")" */
            size_t n = (size_t)(end - num[0].start);
            if (n + 16 < sizeof label && (!b || body_wanted(s, b)) && (b || s->n_bodies == 0)) {
                snprintf(label, sizeof label, "%s%.*s", p ? p : "", (int)n, doc->text + num[0].start);
                emit(s, sink, label, num[0].start, end, b, "resolution");
            }
            if (num[4].start == RP_UNSET) { /* no separator: the list ends */
                off = (size_t)end;
                break;
            }
            off = (size_t)num[4].end;
        }
    }
}

static int symbols_process(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    symbols *s = state;
    if (tag_symbols(s, doc, sink, err, errlen) != RP_OK)
        return RP_ERR;
    if (s->resolutions && tag_resolutions(s, doc, sink, err, errlen) != RP_OK)
        return RP_ERR;
    return RP_OK;
}

RP_PLUGIN_DEFINE(symbols_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .flags = 0, /* runs when asked for: -p symbols */
    .name = "symbols",
    .version = SYMBOLS_VERSION,
    .description = "UN document symbols (A/HRC/47/53, E/CN.6/2021/14) and resolution numbers",
    .options = symbols_options,
    .open = symbols_open,
    .process = symbols_process,
    .labels = NULL, /* symbols are open-ended: no fixed label list */
    .close = symbols_close,
};
