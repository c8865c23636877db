#ifndef CARERPRESS_CZLIB_SHIM_H
#define CARERPRESS_CZLIB_SHIM_H
// Deflate compression for PDF streams, and inflate for reading PNG pictures.
#include <zlib.h>
#endif
