#include "linebreak.h"
#include <unicode/ubrk.h>

int32_t carerpress_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                               int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || iterator == NULL) {
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
    ubrk_close(iterator);
    return count;
}
