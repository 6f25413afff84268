// SHA-256's compression function on the x86 SHA extensions, chosen at run time (`a11y_sha256_blocks`).
//
// SHA256RNDS2 does two rounds on the state held as two vectors, (A, B, E, F) and (C, D, G, H), with
// two words of schedule plus constants; SHA256MSG1 and SHA256MSG2 extend the schedule four words at a
// time. Sixteen groups of four rounds a block; the schedule lives in four vectors used in turn.
#include "CDigest.h"
#include "SHA256Constants.h"
#include <stdatomic.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

int a11y_sha256_has_extensions(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSE4_1) || !(ecx & bit_SSSE3)) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return (ebx & bit_SHA) ? 1 : 0;
}

__attribute__((target("sha,sse4.1,ssse3")))
void a11y_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Bytes of each 32-bit word reversed: the message is big-endian.
    const __m128i byte_order = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // (A, B, C, D) and (E, F, G, H) into (A, B, E, F) and (C, D, G, H), highest lane first.
    __m128i low = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0xB1);
    __m128i high = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(low, high, 8);
    __m128i cdgh = _mm_blend_epi16(high, low, 0xF0);
    for (size_t block = 0; block < blocks; block++, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i w[4];
        for (int group = 0; group < 16; group++) {
            __m128i words;
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * group)), byte_order);
            } else {
                // W[t..t+3] from W[t-16..t-13], W[t-12..t-9], W[t-7..t-4] and W[t-4..t-1].
                const __m128i older = w[group % 4], old = w[(group + 1) % 4];
                const __m128i recent = w[(group + 2) % 4], latest = w[(group + 3) % 4];
                words = _mm_add_epi32(_mm_sha256msg1_epu32(older, old), _mm_alignr_epi8(latest, recent, 4));
                words = _mm_sha256msg2_epu32(words, latest);
            }
            w[group % 4] = words;
            __m128i scheduled = _mm_add_epi32(words, _mm_load_si128((const __m128i *)(a11y_sha256_k + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, scheduled);
            scheduled = _mm_shuffle_epi32(scheduled, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, scheduled);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }
    // Back to (A, B, C, D) and (E, F, G, H).
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)state, _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#else
int a11y_sha256_has_extensions(void) { return 0; }

void a11y_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data, size_t blocks) {
    a11y_sha256_blocks_portable(state, data, blocks);
}
#endif

void a11y_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // -1 until the first call checks the CPU; two threads racing to check both store the same answer.
    static atomic_int has_extensions = -1;
    int level = atomic_load_explicit(&has_extensions, memory_order_relaxed);
    if (level < 0) {
        level = a11y_sha256_has_extensions();
        atomic_store_explicit(&has_extensions, level, memory_order_relaxed);
    }
    if (level) a11y_sha256_blocks_extensions(state, data, blocks);
    else a11y_sha256_blocks_portable(state, data, blocks);
}
