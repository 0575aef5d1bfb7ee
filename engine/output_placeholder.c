/* PLACEHOLDER (to be replaced by cmd_annotate.c, cmd_count.c, cmd_kwic.c, writers). */
#include "config.h"
#include "cli.h"
int rp_cmd_annotate(int argc, char **argv) { (void)argc; (void)argv; rp_error("annotate: not built yet"); return RP_EXIT_ENV; }
int rp_cmd_count(int argc, char **argv) { (void)argc; (void)argv; rp_error("count: not built yet"); return RP_EXIT_ENV; }
int rp_cmd_kwic(int argc, char **argv) { (void)argc; (void)argv; rp_error("kwic: not built yet"); return RP_EXIT_ENV; }
