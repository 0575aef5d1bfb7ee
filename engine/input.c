/* being written */
#include "config.h"
#include "cli.h"
#include "run.h"
#include "outfile.h"
