/* failopen.c -- loads fine, but open() fails: the run must stop with the
 * plugin's own message.  Built for ABI 1.0, the first minor: an engine of
 * a later minor of the same major loads it (tests/golden/plugins.test). */
#include "stub.h"

static int failopen_open(const rp_host *host, const char *const *opts, void **state, char *err,
                         size_t errlen)
{
    (void)host, (void)opts;
    *state = NULL;
    snprintf(err, errlen, "cannot read its model file /nonexistent/model.bin");
    return RP_ERR;
}

RP_PLUGIN_DEFINE(failopen_plugin) = {
    .abi_version = RP_ABI_MK(1, 0),
    .name = "failopen",
    .version = "1.0",
    .description = "open() always fails (loader test plugin)",
    .open = failopen_open,
    .process = stub_process,
    .close = stub_close,
};
