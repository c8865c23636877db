#ifndef CARERPRESS_CHARFBUZZ_SHIM_H
#define CARERPRESS_CHARFBUZZ_SHIM_H
// Text shaping (HarfBuzz), font subsetting (hb-subset) and font loading (FreeType)
// for the print renderer.
#include <hb.h>
#include <hb-ft.h>
#include <hb-subset.h>
#endif
