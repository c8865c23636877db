#ifndef CARERPRESS_CMIMALLOC_SHIM_H
#define CARERPRESS_CMIMALLOC_SHIM_H
// mimalloc (Debian libmimalloc-dev): linked into the commands, it takes the place of the C
// library's malloc and free for the whole process.
#include <mimalloc.h>
#endif
