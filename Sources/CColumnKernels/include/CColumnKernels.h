#ifndef A11Y_COLUMN_KERNELS_H
#define A11Y_COLUMN_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// The columnar engine's innermost loops over exact columns, in C so that one build carries both a
/// portable loop and an AVX2 loop chosen at run time (`a11y_kernels_avx2`).
///
/// A *leaf* tests one column of doubles against a closed interval: its index for a value `x` is
/// `(x >= low) | (x <= high) << 1`, so 3 is inside, 1 and 2 are outside and 0 is NaN (when
/// `low <= high`). Every exact test of the engine folds into one (a threshold's cut point with an
/// infinite other end, an enum value's interval, a bool column against [0, 0], `present` against the
/// whole line). The bytes written are looked up in a 16-byte table by the leaves' indexes, so one
/// loop writes outcome codes directly, whatever the rule's `when`, `and` or `or` around the leaves.

/// `out[i] = table[leaf(a[i])]`, for `count` rows.
void a11y_leaf1(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);

/// `out[i] = table[leaf_a(a[i]) | leaf_b(b[i]) << 2]`, for `count` rows.
void a11y_leaf2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                const uint8_t table[16], size_t count, uint8_t *out);

/// The portable loops (any CPU), for tests that compare the two versions.
void a11y_leaf1_portable(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_portable(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                         const uint8_t table[16], size_t count, uint8_t *out);

/// The AVX2 loops: call only when `a11y_kernels_level()` is at least 1.
void a11y_leaf1_avx2(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_avx2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                     const uint8_t table[16], size_t count, uint8_t *out);

/// The AVX-512 loops (AVX-512 F, BW and VL): call only when `a11y_kernels_level()` is 2.
void a11y_leaf1_avx512(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_avx512(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                       const uint8_t table[16], size_t count, uint8_t *out);

/// What this CPU runs (and this build has): 2 AVX-512, 1 AVX2, 0 the portable loops only. The
/// dispatching `a11y_leaf1` and `a11y_leaf2` ask once and take the best.
int a11y_kernels_level(void);

#endif
