/*
 * stub.h -- the do-nothing functions of the loader's refused test plugins
 * (badmajor, newminor, badname, failopen): each includes this, then
 * defines its rp_plugin with the one thing the loader must refuse.
 */
#include <rapporteur/plugin.h>

#include <stdio.h>

__attribute__((unused)) static int stub_open(const rp_host *host, const char *const *opts, void **state, char *err,
                     size_t errlen)
{
    (void)host, (void)opts, (void)err, (void)errlen;
    *state = NULL;
    return RP_OK;
}

__attribute__((unused)) static int stub_process(void *state, const rp_doc *doc, rp_sink *sink, char *err, size_t errlen)
{
    (void)state, (void)doc, (void)sink, (void)err, (void)errlen;
    return RP_OK;
}

__attribute__((unused)) static void stub_close(void *state)
{
    (void)state;
}
