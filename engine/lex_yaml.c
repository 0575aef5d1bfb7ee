/*
 * lex_yaml.c -- reader of quanteda-style YAML dictionaries (.yml, .yaml),
 * with libyaml's event parser:
 *
 *     recommendation:
 *       strong: [must, shall, "calls upon", urge*]
 *       soft:   [encourag*, invite*]
 *     actor: [ohchr, undp]
 *
 * Keys are categories; nested mappings are sub-categories, flattened as
 * parent.child and linked to their parent; a sequence (or a single scalar)
 * holds the terms.  Terms are exact words with * and ? globs, white space
 * makes a phrase (quanteda's glob valuetype).  A key met twice is merged;
 * terms under a key `__` (or '') belong to the enclosing category.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "lex_int.h"

#define MAX_DEPTH 64

typedef struct yr {
    lx_builder *b;
    const char *path;
    yaml_parser_t p;
    rp_buf name;
} yr;

static int next(yr *y, yaml_event_t *ev)
{
    if (!yaml_parser_parse(&y->p, ev)) {
        unsigned line = (unsigned)y->p.problem_mark.line + 1, col = (unsigned)y->p.problem_mark.column + 1;
        return lx_fail(y->b, y->path, line, col, "YAML: %s%s%s", y->p.problem ? y->p.problem : "syntax error",
                       y->p.context ? " " : "", y->p.context ? y->p.context : "");
    }
    return 0;
}

static unsigned line_of(const yaml_event_t *ev)
{
    return (unsigned)ev->start_mark.line + 1;
}

static unsigned col_of(const yaml_event_t *ev)
{
    return (unsigned)ev->start_mark.column + 1;
}

static int node(yr *y, yaml_event_t *ev, uint32_t cat, int depth);

static int term(yr *y, yaml_event_t *ev, uint32_t cat)
{
    const char *s = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0) {
        lx_warn(y->b, y->path, line_of(ev), col_of(ev), "empty term ignored");
        return 0;
    }
    if (memchr(s, '\0', n))
        return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "NUL byte in a term");
    lx_entry(y->b, y->path, line_of(ev), col_of(ev), s, n, &cat, 1, LX_SYN_EXACT);
    return 0;
}

static int mapping(yr *y, uint32_t cat, int depth)
{
    lx_builder *b = y->b;
    for (;;) {
        yaml_event_t key;
        if (next(y, &key) < 0)
            return -1;
        if (key.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&key);
            return 0;
        }
        if (key.type != YAML_SCALAR_EVENT) {
            int rc = lx_fail(b, y->path, line_of(&key), col_of(&key), "expected a category name as the key");
            yaml_event_delete(&key);
            return rc;
        }
        const char *k = (const char *)key.data.scalar.value;
        size_t kn = key.data.scalar.length;
        uint32_t child;
        if (kn == 0 || (kn == 2 && memcmp(k, "__", 2) == 0)) {
            if (cat == RP_NONE) {
                int rc = lx_fail(b, y->path, line_of(&key), col_of(&key), "terms outside any category");
                yaml_event_delete(&key);
                return rc;
            }
            child = cat;
        } else {
            rp_buf_reset(&y->name);
            if (cat != RP_NONE) {
                rp_buf_adds(&y->name, b->cats.v[cat].cat.id);
                rp_buf_addc(&y->name, '.');
            }
            rp_buf_add(&y->name, k, kn);
            int is_new = lx_cat_find(b, y->name.data, y->name.len) == RP_NONE;
            child = lx_cat(b, y->name.data, y->name.len);
            if (is_new) {
                b->cats.v[child].cat.parent = cat;
                b->cats.v[child].line = line_of(&key);
            }
        }
        yaml_event_delete(&key);
        yaml_event_t val;
        if (next(y, &val) < 0)
            return -1;
        int rc = node(y, &val, child, depth + 1);
        yaml_event_delete(&val);
        if (rc < 0)
            return -1;
    }
}

static int sequence(yr *y, uint32_t cat, int depth)
{
    for (;;) {
        yaml_event_t ev;
        if (next(y, &ev) < 0)
            return -1;
        if (ev.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&ev);
            return 0;
        }
        int rc;
        if (ev.type == YAML_MAPPING_START_EVENT)
            rc = lx_fail(y->b, y->path, line_of(&ev), col_of(&ev), "expected a term, got a mapping inside a list");
        else
            rc = node(y, &ev, cat, depth + 1);
        yaml_event_delete(&ev);
        if (rc < 0)
            return -1;
    }
}

static int node(yr *y, yaml_event_t *ev, uint32_t cat, int depth)
{
    if (depth > MAX_DEPTH)
        return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "nested deeper than %d levels", MAX_DEPTH);
    switch (ev->type) {
    case YAML_SCALAR_EVENT:
        if (cat == RP_NONE)
            return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "expected a mapping of categories");
        return term(y, ev, cat);
    case YAML_SEQUENCE_START_EVENT:
        if (cat == RP_NONE)
            return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "expected a mapping of categories, got a list");
        return sequence(y, cat, depth);
    case YAML_MAPPING_START_EVENT:
        return mapping(y, cat, depth);
    case YAML_ALIAS_EVENT:
        return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "YAML aliases are not supported");
    default:
        return lx_fail(y->b, y->path, line_of(ev), col_of(ev), "unexpected YAML event");
    }
}

int lx_read_yaml(lx_builder *b, const char *path)
{
    size_t len;
    char *text = lx_read(b, path, &len, 1);
    if (!text)
        return -1;
    yr y;
    memset(&y, 0, sizeof y);
    y.b = b;
    y.path = path;
    rp_buf_init(&y.name);
    yaml_parser_initialize(&y.p);
    yaml_parser_set_input_string(&y.p, (const unsigned char *)text, len);
    int rc = 0, docs = 0;
    for (;;) {
        yaml_event_t ev;
        if (next(&y, &ev) < 0) {
            rc = -1;
            break;
        }
        yaml_event_type_t t = ev.type;
        if (t == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        }
        if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_END_EVENT) {
            yaml_event_delete(&ev);
            continue;
        }
        if (t == YAML_DOCUMENT_START_EVENT) {
            if (docs++ > 0) {
                rc = lx_fail(b, path, line_of(&ev), col_of(&ev), "expected one YAML document, found a second");
                yaml_event_delete(&ev);
                break;
            }
            yaml_event_delete(&ev);
            continue;
        }
        if (t == YAML_SCALAR_EVENT && ev.data.scalar.length == 0) {
            yaml_event_delete(&ev); /* an empty document */
            continue;
        }
        rc = node(&y, &ev, RP_NONE, 0);
        yaml_event_delete(&ev);
        if (rc < 0)
            break;
    }
    if (rc == 0 && b->cats.n == 0)
        rc = lx_fail(b, path, 1, 1, "expected a mapping of categories (the file has none)");
    yaml_parser_delete(&y.p);
    rp_buf_free(&y.name);
    free(text);
    return rc;
}
