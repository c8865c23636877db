#include "linebreak.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>

void *carerpress_line_breaker_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    return iterator;
}

int32_t carerpress_line_breaker_find(void *breaker, const char *text, int32_t length,
                                     int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    UBreakIterator *iterator = (UBreakIterator *)breaker;
    UErrorCode status = U_ZERO_ERROR;
    // Reading UTF-8 in place gives byte offsets, which match Swift strings and HarfBuzz clusters.
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text, length, &status);
    ubrk_setUText(iterator, &utext, &status);
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
    // The iterator keeps a shallow clone of the UText; it is reset before its next use.
    utext_close(&utext);
    return count;
}

void carerpress_line_breaker_close(void *breaker) {
    ubrk_close((UBreakIterator *)breaker);
}
