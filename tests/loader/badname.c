/* badname.c -- a plugin whose name is not [a-z][a-z0-9_-]*: refused. */
#include "stub.h"

RP_PLUGIN_DEFINE(badname_plugin) = {
    .abi_version = RP_ABI_VERSION,
    .name = "Bad Name",
    .version = "1.0",
    .description = "has an invalid name (loader test plugin)",
    .open = stub_open,
    .process = stub_process,
    .close = stub_close,
};
