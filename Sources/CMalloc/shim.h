#ifndef CARERPRESS_CMALLOC_SHIM_H
#define CARERPRESS_CMALLOC_SHIM_H
// The C library's allocator settings (mallopt), which Swift's Glibc module leaves out.
#include <malloc.h>
#endif
