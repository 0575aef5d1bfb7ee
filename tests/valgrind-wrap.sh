#!/bin/sh
# valgrind-wrap.sh PROGRAM [ARGS] -- how make check runs a unit test: as it
# is, or under valgrind memcheck when RP_VALGRIND=1 (make check-valgrind),
# failing on any memory error or definite leak.
if [ "${RP_VALGRIND:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite "$@"
fi
exec "$@"
