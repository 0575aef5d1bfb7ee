/* newminor.c -- built for a newer minor than this engine's: the loader
 * must refuse it (the plugin may rely on fields the engine lacks). */
#include "stub.h"

RP_PLUGIN_DEFINE(newminor_plugin) = {
    .abi_version = RP_ABI_MK(RP_ABI_MAJOR, RP_ABI_MINOR + 1),
    .flags = RP_PLUGIN_DEFAULT,
    .name = "newminor",
    .version = "1.0",
    .description = "claims a newer ABI minor (loader test plugin)",
    .open = stub_open,
    .process = stub_process,
    .close = stub_close,
};
