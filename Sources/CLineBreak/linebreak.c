#include "linebreak.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/// The iterator, and a UTF-16 copy of the last ASCII text it was given (see below).
typedef struct {
    UBreakIterator *iterator;
    UChar *utf16;
    int32_t utf16Capacity;
} LineBreaker;

void *carerpress_line_breaker_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    LineBreaker *breaker = calloc(1, sizeof(LineBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

/// Gives ASCII text to the iterator as UTF-16, which ICU reads directly; its offsets are then the
/// same as UTF-8 byte offsets. Returns 0, having given nothing, when the text is not ASCII (or
/// memory is short).
static int set_ascii_text(LineBreaker *breaker, const char *text, int32_t length, UErrorCode *status) {
    for (int32_t index = 0; index < length; index++) {
        if ((unsigned char)text[index] >= 0x80) {
            return 0;
        }
    }
    if (breaker->utf16Capacity < length) {
        UChar *grown = realloc(breaker->utf16, sizeof(UChar) * (size_t)length);
        if (grown == NULL) {
            return 0;
        }
        breaker->utf16 = grown;
        breaker->utf16Capacity = length;
    }
    for (int32_t index = 0; index < length; index++) {
        breaker->utf16[index] = (UChar)(unsigned char)text[index];
    }
    ubrk_setText(breaker->iterator, breaker->utf16, length, status);
    return 1;
}

int32_t carerpress_line_breaker_find(void *opaque, const char *text, int32_t length,
                                     int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    LineBreaker *breaker = (LineBreaker *)opaque;
    UBreakIterator *iterator = breaker->iterator;
    UErrorCode status = U_ZERO_ERROR;
    // Most paragraphs are ASCII: given as UTF-16 they skip setting up ICU's UTF-8 text, which cost
    // more than finding their breaks. Other text is read as UTF-8 in place, which gives byte
    // offsets, as Swift strings and HarfBuzz clusters count.
    UText utext = UTEXT_INITIALIZER;
    if (!set_ascii_text(breaker, text, length, &status)) {
        utext_openUTF8(&utext, text, length, &status);
        ubrk_setUText(iterator, &utext, &status);
    }
    if (U_FAILURE(status)) {
        utext_close(&utext);
        return -1;
    }
    int32_t count = 0;
    // The first boundary is the start of the text, which is never a place to end a line.
    for (int32_t boundary = ubrk_following(iterator, 0); boundary != UBRK_DONE && count < capacity;
         boundary = ubrk_next(iterator)) {
        int32_t rule = ubrk_getRuleStatus(iterator);
        offsets[count] = boundary;
        mandatory[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        count += 1;
    }
    // The iterator keeps a shallow clone of a UText; it is reset before its next use.
    utext_close(&utext);
    return count;
}

void carerpress_line_breaker_close(void *opaque) {
    LineBreaker *breaker = (LineBreaker *)opaque;
    ubrk_close(breaker->iterator);
    free(breaker->utf16);
    free(breaker);
}
