#ifndef CARERPRESS_CLIBCRYPTO_SHIM_H
#define CARERPRESS_CLIBCRYPTO_SHIM_H
// SHA-256 for the build's content hashes, from OpenSSL's libcrypto: it uses the processor's SHA
// instructions where there are any, several times faster than hashing in portable code.
#include <openssl/evp.h>
#endif
