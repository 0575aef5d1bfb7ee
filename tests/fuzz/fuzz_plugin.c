/*
 * fuzz_plugin.c -- libFuzzer harness for the built-in plugins (issue 8):
 * one binary per plugin (fuzz_plugin_actors, _recommendations, _themes:
 * this file linked with the plugin's sources, see tests/tests.am), which
 * runs the plugin through the plugin harness (engine analysis, real host
 * services, real sink) on the fuzzed bytes. The plugin must not crash,
 * hang or read out of bounds, and what it emits must hold together: every
 * annotation the sink kept lies inside the text and has a label. The first
 * byte picks the language (F: French, S: Spanish, else English).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
RP_PLUGIN_DECLARE(plugin_under_test); /* the symbol rp_plugin */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static rp_harness *h;
    if (!h) {
        /* the shipped lexicons, by the relative paths the plugins use
         * (the host tries them from the working folder first); then back,
         * so that libFuzzer's relative corpus and artifact paths hold */
        char here[4096];
        if (!getcwd(here, sizeof here) || chdir(RP_SRCDIR "/lexicons") != 0)
            abort();
        h = rp_harness_open(&plugin_under_test, NULL);
        if (chdir(here) != 0)
            abort();
        /* quiet from here on: every bad input is reported on stderr */
        FILE *null = fopen("/dev/null", "w");
        if (null)
            stderr = null;
        if (!h)
            abort(); /* the plugin cannot even open: nothing to fuzz */
    }
    const char *lang = size && data[0] == 'F' ? "fr" : size && data[0] == 'S' ? "es" : "en";
    /* a private copy without a trailing NUL: nothing may read past len */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    if (rp_harness_process(h, text, size, lang) == RP_OK) {
        for (size_t i = 0; i < rp_harness_count(h); i++) {
            const rp_annot *a = rp_harness_annot(h, i);
            if (a->start > a->end || a->end > size || !a->label || !a->label[0])
                abort();
        }
    }
    free(text);
    return 0;
}
