#ifndef CARERPRESS_CISAL_SHIM_H
#define CARERPRESS_CISAL_SHIM_H
// ISA-L's igzip: whole-buffer zlib-format compression, at its fastest level a third faster than
// libdeflate's fastest for a slightly larger result. Used for a document's page content and
// object streams, which are compressed for every PDF made.
#include <stddef.h>
#include <isa-l/igzip_lib.h>

/// The working memory level 1 needs (its default size; the size shapes the output, so it is fixed).
static inline size_t carerpress_isal_level1_buffer_size(void) { return ISAL_DEF_LVL1_DEFAULT; }

/// `input` compressed at level 1 in the zlib format into `output`; the number of bytes written,
/// or -1 when `output` is too small.
static inline long carerpress_isal_zlib_compress(
    const void *input, size_t inputCount, void *output, size_t outputCapacity, void *levelBuffer, size_t levelBufferSize) {
    struct isal_zstream stream;
    isal_deflate_stateless_init(&stream);
    stream.flush = NO_FLUSH;
    stream.end_of_stream = 1;
    stream.gzip_flag = IGZIP_ZLIB;
    stream.level = 1;
    stream.level_buf = (uint8_t *)levelBuffer;
    stream.level_buf_size = (uint32_t)levelBufferSize;
    stream.next_in = (uint8_t *)input;
    stream.avail_in = (uint32_t)inputCount;
    stream.next_out = (uint8_t *)output;
    stream.avail_out = (uint32_t)outputCapacity;
    return isal_deflate_stateless(&stream) == COMP_OK ? (long)stream.total_out : -1;
}
#endif
