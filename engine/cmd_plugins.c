/*
 * cmd_plugins.c -- `rapporteur plugins`: what plugins were found, where,
 * with their versions, ABI, description and options, and every file that
 * was refused with the reason (see rapporteur-plugin(7)), as text or JSON
 * Lines. The finding and checking is the loader's (rp_scan_plugins).
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "host.h"

static void list_text(const rp_scan *s, FILE *out)
{
    size_t ok = 0, bad = 0;
    for (size_t i = 0; i < s->n; i++) {
        const rp_found *c = &s->found[i];
        if (c->state != RP_FOUND_OK)
            continue;
        const rp_plugin *p = c->plugin;
        fprintf(out, "%s %s (ABI %u.%u%s)\n    %s\n    %s\n", p->name, p->version ? p->version : "?",
                RP_ABI_GET_MAJOR(p->abi_version), RP_ABI_GET_MINOR(p->abi_version),
                p->flags & RP_PLUGIN_DEFAULT ? ", default" : "", c->path,
                p->description ? p->description : "(no description)");
        int w = 0;
        for (const rp_option *op = p->options; op && op->name; op++) {
            int n = (int)(strlen(p->name) + strlen(op->name)) + 10; /* -P n.o=VALUE */
            w = n > w ? n : w;
        }
        for (const rp_option *op = p->options; op && op->name; op++) {
            int n = (int)(strlen(p->name) + strlen(op->name)) + 10;
            fprintf(out, "    -P %s.%s=VALUE%*s  %s\n", p->name, op->name, w - n, "",
                    op->help ? op->help : "");
        }
        ok++;
    }
    for (size_t i = 0; i < s->n; i++) {
        const rp_found *c = &s->found[i];
        if (c->state == RP_FOUND_REFUSED) {
            fprintf(out, "refused: plugin \"%s\" (%s): %s\n", c->name, c->path, c->reason);
            bad++;
        } else if (c->state == RP_FOUND_SHADOWED) {
            fprintf(out, "shadowed: %s (by %s)\n", c->path, c->reason);
        }
    }
    fprintf(out, "%s", ok == 0 && bad == 0 ? "no plugins found; searched" : "searched");
    for (size_t d = 0; d < s->n_dirs; d++)
        fprintf(out, "%s%s", d ? ":" : ": ", s->dirs[d]);
    fputc('\n', out);
}

static void json_str(rp_buf *b, const char *key, const char *v, int comma)
{
    rp_buf_printf(b, "%s\"%s\":", comma ? "," : "", key);
    if (v)
        rp_buf_add_json(b, v, strlen(v));
    else
        rp_buf_adds(b, "null");
}

static void list_json(const rp_scan *s, FILE *out)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < s->n; i++) {
        const rp_found *c = &s->found[i];
        rp_buf_reset(&b);
        rp_buf_addc(&b, '{');
        json_str(&b, "name", c->name, 0);
        json_str(&b, "path", c->path, 1);
        if (c->state == RP_FOUND_OK) {
            const rp_plugin *p = c->plugin;
            rp_buf_adds(&b, ",\"status\":\"ok\"");
            json_str(&b, "version", p->version, 1);
            rp_buf_printf(&b, ",\"abi\":\"%u.%u\"", RP_ABI_GET_MAJOR(p->abi_version),
                          RP_ABI_GET_MINOR(p->abi_version));
            json_str(&b, "description", p->description, 1);
            rp_buf_printf(&b, ",\"default\":%s,\"options\":[",
                          p->flags & RP_PLUGIN_DEFAULT ? "true" : "false");
            for (const rp_option *op = p->options; op && op->name; op++) {
                rp_buf_adds(&b, op == p->options ? "{" : ",{");
                json_str(&b, "name", op->name, 0);
                json_str(&b, "help", op->help, 1);
                rp_buf_addc(&b, '}');
            }
            rp_buf_addc(&b, ']');
        } else if (c->state == RP_FOUND_REFUSED) {
            rp_buf_adds(&b, ",\"status\":\"refused\"");
            json_str(&b, "reason", c->reason, 1);
        } else {
            rp_buf_adds(&b, ",\"status\":\"shadowed\"");
            json_str(&b, "shadowed_by", c->reason, 1);
        }
        rp_buf_adds(&b, "}\n");
        fputs(b.data, out);
    }
    rp_buf_free(&b);
}

int rp_modules_list(const rp_loadopts *o, FILE *out, int json)
{
    rp_scan s;
    int rc = rp_scan_plugins(o, &s);
    if (rc)
        return rc;
    if (json)
        list_json(&s, out);
    else
        list_text(&s, out);
    rp_scan_free(&s);
    if (fflush(out) != 0 || ferror(out)) {
        rp_error("cannot write the plugin list: %s", strerror(errno));
        return RP_EXIT_ENV;
    }
    return 0;
}

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: rapporteur plugins [--plugin-dir DIR]... [--format text|json]\n"
            "Lists the plugins found (name, version, ABI, path, description, options)\n"
            "and the files refused, with the reason. Search order: --plugin-dir,\n"
            "RAPPORTEUR_PLUGIN_PATH (colon-separated), the build tree's plugins/ when\n"
            "run from it, then %s.\n"
            "  --plugin-dir DIR   look in DIR first (repeatable)\n"
            "  --format FORMAT    text (default) or json (one JSON object per line)\n"
            "Plugin log lines: RAPPORTEUR_LOG=error|warning|info|debug (default warning).\n"
            "Writing a plugin: rapporteur-plugin(7).\n",
            RP_PLUGINDIR);
}

int rp_cmd_plugins(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"plugin-dir", required_argument, NULL, RP_OPT_PLUGIN_DIR},
        {"format", required_argument, NULL, RP_OPT_FORMAT},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    RP_VEC(const char *) dirs = {0};
    int json = 0, opt;
    optind = 1;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (opt) {
        case RP_OPT_PLUGIN_DIR:
            RP_VEC_PUSH(dirs) = optarg;
            break;
        case RP_OPT_FORMAT:
            if (strcmp(optarg, "json") == 0) {
                json = 1;
            } else if (strcmp(optarg, "text") != 0) {
                RP_VEC_FREE(dirs);
                return rp_usage_error("plugins", "--format: expected text or json, got '%s'", optarg);
            }
            break;
        case 'h':
            usage(stdout);
            RP_VEC_FREE(dirs);
            return RP_EXIT_OK;
        default:
            RP_VEC_FREE(dirs);
            return rp_usage_error("plugins", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) {
        RP_VEC_FREE(dirs);
        return rp_usage_error("plugins", "unexpected argument '%s'", argv[optind]);
    }
    RP_VEC_PUSH(dirs) = NULL;
    rp_loadopts o = {.dirs = dirs.v, .select = NULL};
    int rc = rp_modules_list(&o, stdout, json);
    RP_VEC_FREE(dirs);
    return rc;
}
