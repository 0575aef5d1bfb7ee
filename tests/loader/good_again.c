/* good_again.c -- a second plugin that calls itself "good": the loader
 * must refuse it, since the name is taken by tests/loader/good. */
#include "good.c"
