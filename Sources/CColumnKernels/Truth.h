#ifndef A11Y_TRUTH_H
#define A11Y_TRUTH_H

#include <stdint.h>

// The interpreter's comparison arithmetic in C, shared by the kernels' files. No contraction into
// fused multiply-adds (an AVX2 or AVX-512 function may have FMA), so every double is Swift's.
#pragma STDC FP_CONTRACT OFF
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

// Swift.min and Swift.max on doubles, NaN included: `y < x ? y : x` and `y >= x ? y : x`.
static inline __attribute__((always_inline)) double swift_min(double x, double y) { return y < x ? y : x; }
static inline __attribute__((always_inline)) double swift_max(double x, double y) { return y >= x ? y : x; }
static inline __attribute__((always_inline)) double magnitude(double x) { return __builtin_fabs(x); }

static inline __attribute__((always_inline)) double epsilon(double a, double b) { return 1e-9 * swift_max(1, swift_max(magnitude(a), magnitude(b))); }

enum { FALSE_CODE = 0, UNKNOWN_CODE = 1, TRUE_CODE = 2 };

static inline __attribute__((always_inline)) uint8_t less_or_equal(double a, double ea, double b, double eb) {
    const double eps = epsilon(a, b);
    const int yes = a + ea <= b - eb + eps, no = a - ea > b + eb + eps;
    return yes ? TRUE_CODE : (no ? FALSE_CODE : UNKNOWN_CODE);
}

static inline __attribute__((always_inline)) uint8_t less(double a, double ea, double b, double eb) {
    const double eps = epsilon(a, b);
    const int yes = a + ea < b - eb - eps, no = a - ea >= b + eb - eps;
    return yes ? TRUE_CODE : (no ? FALSE_CODE : UNKNOWN_CODE);
}

static inline __attribute__((always_inline)) uint8_t truth_code(int op, double x, double ex, double y, double ey) {
    switch (op) {
    case A11Y_OP_LESS_OR_EQUAL: return less_or_equal(x, ex, y, ey);
    case A11Y_OP_LESS: return less(x, ex, y, ey);
    case A11Y_OP_GREATER_OR_EQUAL: return less_or_equal(y, ey, x, ex);
    case A11Y_OP_GREATER: return less(y, ey, x, ex);
    default: {
        const double eps = epsilon(x, y);
        const int apart = magnitude(x - y) > ex + ey + eps, exact = ex == 0 && ey == 0;
        const uint8_t same = op == A11Y_OP_EQUAL ? TRUE_CODE : FALSE_CODE, different = op == A11Y_OP_EQUAL ? FALSE_CODE : TRUE_CODE;
        const uint8_t code = apart ? different : (exact ? same : UNKNOWN_CODE);
        return x != x || y != y ? UNKNOWN_CODE : code;
    }
    }
}

#endif
