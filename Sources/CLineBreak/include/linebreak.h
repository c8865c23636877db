#ifndef CARERPRESS_CLINEBREAK_H
#define CARERPRESS_CLINEBREAK_H
// Line-break opportunities from ICU, behind plain function names.
// ICU renames every C function with a version suffix through macros (ubrk_open -> ubrk_open_72)
// that Swift cannot import, so the calls live in linebreak.c and only plain C types cross over.
#include <stdint.h>

/// An ICU line-break iterator for `locale` (e.g. "en_GB"), or NULL when ICU fails. Opening one
/// loads and clones ICU's rules, which costs far more than using it: open once, use for every
/// paragraph, then close.
void *carerpress_line_breaker_open(const char *locale);

/// Finds the line-break opportunities of UTF-8 `text` (UAX #14): ASCII text is given to ICU as
/// UTF-16 (the same offsets, set up faster), other text read in place through a UTF-8 UText.
/// Writes the byte offset after which a line may end to `offsets` (the text's end included) and 1 to `mandatory` where
/// the break is required (after a line separator), else 0. Returns how many were written (at
/// most `capacity`), or -1 when ICU fails.
int32_t carerpress_line_breaker_find(void *breaker, const char *text, int32_t length,
                                     int32_t *offsets, uint8_t *mandatory, int32_t capacity);

void carerpress_line_breaker_close(void *breaker);

#endif
