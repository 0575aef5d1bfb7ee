/*
 * main.c -- the rapporteur command: dispatches to a subcommand.
 *
 *   rapporteur annotate|count|segment|tokens|kwic|plugins|lexicon ...
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"annotate", rp_cmd_annotate, "annotations of every plugin (JSON Lines, CSV, TSV, CoNLL-U, brat)"},
    {"count", rp_cmd_count, "document x label frequency tables"},
    {"segment", rp_cmd_segment, "the document structure, one record per block"},
    {"tokens", rp_cmd_tokens, "tokens with offsets, folded form and stem"},
    {"kwic", rp_cmd_kwic, "keyword in context"},
    {"plugins", rp_cmd_plugins, "the plugins found, where, with versions"},
    {"lexicon", rp_cmd_lexicon, "check, show and convert lexicons"},
};

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: rapporteur COMMAND [OPTIONS] [INPUT...]\n"
            "A text-analysis engine for UN reports and other policy documents.\n\n"
            "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "\nINPUT is a file, a directory (recursed for *.txt), a manifest (.tsv with\n"
            "doc_id and path columns) or - for standard input.\n"
            "Run `rapporteur COMMAND --help` for a command's options; see rapporteur(1).\n"
            "Exit status: 0 success, 1 bad input or usage, 2 environment (missing file,\n"
            "plugin, permission).\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return RP_EXIT_INPUT;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return RP_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("rapporteur %s (plugin ABI %d.%d)\n", PACKAGE_VERSION, RP_ABI_MAJOR, RP_ABI_MINOR);
        return RP_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    rp_error("unknown command '%s' (run `rapporteur --help`)", cmd);
    return RP_EXIT_INPUT;
}
