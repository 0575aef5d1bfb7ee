/*
 * fuzz_manifest.c -- libFuzzer harness for the manifest reader: the bytes
 * are written to a .tsv file and expanded with rp_sources_collect. Paths
 * in generated manifests mostly do not exist, which exercises the error
 * path; the harness only checks that nothing crashes or leaks.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/rp-fuzz-manifest-%d.tsv", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    /* quiet: the reader reports every problem on stderr */
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    char *inputs[] = {path};
    rp_sources src;
    rp_sources_collect(inputs, 1, 0, &src);
    for (size_t i = 0; i < src.n; i++)
        if (!src.v[i].id || !src.v[i].path)
            abort();
    rp_sources_free(&src);
    fclose(stderr);
    stderr = saved;
    return 0;
}
