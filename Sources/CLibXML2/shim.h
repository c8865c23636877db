#ifndef CARERPRESS_CLIBXML2_SHIM_H
#define CARERPRESS_CLIBXML2_SHIM_H
// libxml2's headers pull in the system ICU headers, which clash with the ICU module
// inside Foundation ("'UErrorCode' has different definitions"). CarerPress needs no
// ICU from libxml2, so switch it off before the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#endif
