#ifndef CARERPRESS_CLINEBREAK_H
#define CARERPRESS_CLINEBREAK_H
// Line-break opportunities from ICU, behind plain function names.
// ICU renames every C function with a version suffix through macros (ubrk_open -> ubrk_open_72)
// that Swift cannot import, so the calls live in linebreak.c and only plain C types cross over.
#include <stdint.h>

/// Finds the line-break opportunities of UTF-16 `text` (UAX #14, ICU's rules for `locale`).
/// Writes the UTF-16 offset after which a line may end to `offsets` (the text's end included)
/// and 1 to `mandatory` where the break is required (a line separator), else 0.
/// Returns how many were written (at most `capacity`), or -1 when ICU fails.
int32_t carerpress_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                               int32_t *offsets, uint8_t *mandatory, int32_t capacity);

#endif
