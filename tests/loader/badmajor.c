/* badmajor.c -- built for ABI 2.0: the loader must refuse another major. */
#include "stub.h"

RP_PLUGIN_DEFINE(badmajor_plugin) = {
    .abi_version = RP_ABI_MK(RP_ABI_MAJOR + 1, 0),
    .flags = RP_PLUGIN_DEFAULT,
    .name = "badmajor",
    .version = "1.0",
    .description = "claims the next ABI major (loader test plugin)",
    .open = stub_open,
    .process = stub_process,
    .close = stub_close,
};
