/*
 * cmd_plugins.c -- `rapporteur plugins`: what plugins were found, where,
 * with their versions, ABI, description and options, and every file that
 * was refused with the reason (see rapporteur-plugin(7)).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "host.h"

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: rapporteur plugins [--plugin-dir DIR]... [--format text|json]\n"
            "Lists the plugins found (name, version, ABI, path, description, options)\n"
            "and the files refused, with the reason. Search order: --plugin-dir,\n"
            "RAPPORTEUR_PLUGIN_PATH (colon-separated), the build tree's plugins/ when\n"
            "run from it, then %s.\n"
            "  --plugin-dir DIR   look in DIR first (repeatable)\n"
            "  --format FORMAT    text (default) or json (one JSON object per line)\n",
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
