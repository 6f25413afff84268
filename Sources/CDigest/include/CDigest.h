#ifndef A11Y_CDIGEST_H
#define A11Y_CDIGEST_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's compression function (FIPS 180-4, section 6.2.2) over `blocks` 64-byte blocks at `data`,
/// updating the eight words of `state` in place. Padding and the length are the caller's.
///
/// `a11y_sha256_blocks` takes the x86 SHA extensions when the CPU has them (checked once, at the first
/// call) and the portable loop otherwise; both give the same words, which the tests check.
void a11y_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The portable loop: plain C, any CPU.
void a11y_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The loop on the x86 SHA extensions (SHA256RNDS2, SHA256MSG1, SHA256MSG2). Call it only when
/// `a11y_sha256_has_extensions()` is 1: on an x86 CPU without them it stops at an illegal instruction.
/// Built for another architecture, it runs the portable loop.
void a11y_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 1 when this CPU has the x86 SHA extensions and SSE4.1, else 0.
int a11y_sha256_has_extensions(void);

#endif
