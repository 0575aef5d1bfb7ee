/*
 * rapporteur/rapporteur.h -- version of the rapporteur engine.
 *
 * The engine itself is used through its command line (rapporteur(1)) and
 * extended through plugins (rapporteur/plugin.h, rapporteur-plugin(7)).
 * This header gives the version both as macros and at run time, so a
 * plugin or a script can check what it runs against.
 */
#ifndef RAPPORTEUR_RAPPORTEUR_H
#define RAPPORTEUR_RAPPORTEUR_H

#include <rapporteur/plugin.h>

#define RP_VERSION_MAJOR 0
#define RP_VERSION_MINOR 1
#define RP_VERSION_PATCH 0
#define RP_VERSION_STRING "0.1.0"

#endif /* RAPPORTEUR_RAPPORTEUR_H */
