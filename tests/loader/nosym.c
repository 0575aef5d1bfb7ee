/* nosym.c -- a shared module without the rp_plugin symbol: the loader
 * must refuse it as "not a rapporteur plugin". */
#include <rapporteur/plugin.h>

RP_PLUGIN_EXPORT const unsigned int rp_abi_version_but_no_plugin = RP_ABI_VERSION;
