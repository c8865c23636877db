#ifndef CARERPRESS_CLIBDEFLATE_SHIM_H
#define CARERPRESS_CLIBDEFLATE_SHIM_H
// Whole-buffer zlib-format compression for PDF streams (libdeflate: faster than zlib at the same
// ratio), and decompression for reading PNG pictures.
#include <libdeflate.h>
#endif
