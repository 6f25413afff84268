#include "Leaf.h"

// The portable loops: the leaf index from two comparisons (NaN fails both), then the table.

void a11y_leaf1_portable(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    for (size_t i = 0; i < count; i++) out[i] = table[leaf(a[i], a_low, a_high)];
}

void a11y_leaf2_portable(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                         const uint8_t table[16], size_t count, uint8_t *out) {
    for (size_t i = 0; i < count; i++) out[i] = table[leaf(a[i], a_low, a_high) | leaf(b[i], b_low, b_high) << 2];
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define A11Y_HAVE_AVX2 1

// Sixteen rows at a time: four vectors of four doubles per column, each comparison's sign bits
// gathered by movemask into a 16-bit mask, the masks spread back to one byte per row, combined into
// the table index, and the table applied by one byte shuffle.

/// The bits of `mask` as 16 bytes: `weight` where the row's bit is set, else 0.
__attribute__((target("avx2")))
static inline __m128i spread_bits(unsigned mask, __m128i weight) {
    const __m128i select = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 1, 2, 4, 8, 16, 32, 64, (char)128);
    const __m128i bytes = _mm_shuffle_epi8(_mm_cvtsi32_si128((int)mask), _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1));
    return _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(bytes, select), select), weight);
}

/// The two comparisons of a leaf over 16 rows, as 16-bit masks.
__attribute__((target("avx2")))
static inline void leaf_masks(const double *x, __m256d low, __m256d high, unsigned *ge, unsigned *le) {
    unsigned g = 0, l = 0;
    for (int k = 0; k < 4; k++) {
        const __m256d v = _mm256_loadu_pd(x + 4 * k);
        g |= (unsigned)_mm256_movemask_pd(_mm256_cmp_pd(v, low, _CMP_GE_OQ)) << (4 * k);
        l |= (unsigned)_mm256_movemask_pd(_mm256_cmp_pd(v, high, _CMP_LE_OQ)) << (4 * k);
    }
    *ge = g;
    *le = l;
}

__attribute__((target("avx2")))
void a11y_leaf1_avx2(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    const __m256d low = _mm256_set1_pd(a_low), high = _mm256_set1_pd(a_high);
    const __m128i lookup = _mm_loadu_si128((const __m128i *)table);
    const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2);
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        unsigned ge, le;
        leaf_masks(a + i, low, high, &ge, &le);
        const __m128i index = _mm_or_si128(spread_bits(ge, one), spread_bits(le, two));
        _mm_storeu_si128((__m128i *)(out + i), _mm_shuffle_epi8(lookup, index));
    }
    a11y_leaf1_portable(a + i, a_low, a_high, table, count - i, out + i);
}

__attribute__((target("avx2")))
void a11y_leaf2_avx2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                     const uint8_t table[16], size_t count, uint8_t *out) {
    const __m256d alow = _mm256_set1_pd(a_low), ahigh = _mm256_set1_pd(a_high);
    const __m256d blow = _mm256_set1_pd(b_low), bhigh = _mm256_set1_pd(b_high);
    const __m128i lookup = _mm_loadu_si128((const __m128i *)table);
    const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2), four = _mm_set1_epi8(4), eight = _mm_set1_epi8(8);
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        unsigned age, ale, bge, ble;
        leaf_masks(a + i, alow, ahigh, &age, &ale);
        leaf_masks(b + i, blow, bhigh, &bge, &ble);
        const __m128i index = _mm_or_si128(_mm_or_si128(spread_bits(age, one), spread_bits(ale, two)),
                                           _mm_or_si128(spread_bits(bge, four), spread_bits(ble, eight)));
        _mm_storeu_si128((__m128i *)(out + i), _mm_shuffle_epi8(lookup, index));
    }
    a11y_leaf2_portable(a + i, a_low, a_high, b + i, b_low, b_high, table, count - i, out + i);
}

// AVX-512 (with its byte and 128-bit forms): each comparison of eight doubles gives an eight-bit mask
// directly, and a masked move turns the masks into index bytes.

__attribute__((target("avx512f,avx512bw,avx512vl")))
static inline void leaf_masks512(const double *x, __m512d low, __m512d high, __mmask16 *ge, __mmask16 *le) {
    const __m512d v0 = _mm512_loadu_pd(x), v1 = _mm512_loadu_pd(x + 8);
    *ge = (__mmask16)(_mm512_cmp_pd_mask(v0, low, _CMP_GE_OQ) | (unsigned)_mm512_cmp_pd_mask(v1, low, _CMP_GE_OQ) << 8);
    *le = (__mmask16)(_mm512_cmp_pd_mask(v0, high, _CMP_LE_OQ) | (unsigned)_mm512_cmp_pd_mask(v1, high, _CMP_LE_OQ) << 8);
}

__attribute__((target("avx512f,avx512bw,avx512vl")))
void a11y_leaf1_avx512(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    const __m512d low = _mm512_set1_pd(a_low), high = _mm512_set1_pd(a_high);
    const __m128i lookup = _mm_loadu_si128((const __m128i *)table);
    const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2);
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        __mmask16 ge, le;
        leaf_masks512(a + i, low, high, &ge, &le);
        const __m128i index = _mm_or_si128(_mm_maskz_mov_epi8(ge, one), _mm_maskz_mov_epi8(le, two));
        _mm_storeu_si128((__m128i *)(out + i), _mm_shuffle_epi8(lookup, index));
    }
    a11y_leaf1_portable(a + i, a_low, a_high, table, count - i, out + i);
}

__attribute__((target("avx512f,avx512bw,avx512vl")))
void a11y_leaf2_avx512(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                       const uint8_t table[16], size_t count, uint8_t *out) {
    const __m512d alow = _mm512_set1_pd(a_low), ahigh = _mm512_set1_pd(a_high);
    const __m512d blow = _mm512_set1_pd(b_low), bhigh = _mm512_set1_pd(b_high);
    const __m128i lookup = _mm_loadu_si128((const __m128i *)table);
    const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2), four = _mm_set1_epi8(4), eight = _mm_set1_epi8(8);
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {
        __mmask16 age, ale, bge, ble;
        leaf_masks512(a + i, alow, ahigh, &age, &ale);
        leaf_masks512(b + i, blow, bhigh, &bge, &ble);
        const __m128i index = _mm_or_si128(_mm_or_si128(_mm_maskz_mov_epi8(age, one), _mm_maskz_mov_epi8(ale, two)),
                                           _mm_or_si128(_mm_maskz_mov_epi8(bge, four), _mm_maskz_mov_epi8(ble, eight)));
        _mm_storeu_si128((__m128i *)(out + i), _mm_shuffle_epi8(lookup, index));
    }
    a11y_leaf2_portable(a + i, a_low, a_high, b + i, b_low, b_high, table, count - i, out + i);
}

int a11y_kernels_level(void) {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) return 2;
    return __builtin_cpu_supports("avx2") ? 1 : 0;
}
#else
void a11y_leaf1_avx2(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    a11y_leaf1_portable(a, a_low, a_high, table, count, out);
}
void a11y_leaf2_avx2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                     const uint8_t table[16], size_t count, uint8_t *out) {
    a11y_leaf2_portable(a, a_low, a_high, b, b_low, b_high, table, count, out);
}
void a11y_leaf1_avx512(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    a11y_leaf1_portable(a, a_low, a_high, table, count, out);
}
void a11y_leaf2_avx512(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                       const uint8_t table[16], size_t count, uint8_t *out) {
    a11y_leaf2_portable(a, a_low, a_high, b, b_low, b_high, table, count, out);
}
int a11y_kernels_level(void) { return 0; }
#endif

// The CPU is asked once; later calls read the answer (first callers racing all store the same value).
static int a11y_level = -1;

static inline int level(void) {
    int known = __atomic_load_n(&a11y_level, __ATOMIC_RELAXED);
    if (known < 0) {
        known = a11y_kernels_level();
        __atomic_store_n(&a11y_level, known, __ATOMIC_RELAXED);
    }
    return known;
}

int a11y_kernels_level_cached(void) { return level(); }

void a11y_leaf1(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out) {
    switch (level()) {
    case 2: a11y_leaf1_avx512(a, a_low, a_high, table, count, out); break;
    case 1: a11y_leaf1_avx2(a, a_low, a_high, table, count, out); break;
    default: a11y_leaf1_portable(a, a_low, a_high, table, count, out); break;
    }
}

void a11y_leaf2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                const uint8_t table[16], size_t count, uint8_t *out) {
    switch (level()) {
    case 2: a11y_leaf2_avx512(a, a_low, a_high, b, b_low, b_high, table, count, out); break;
    case 1: a11y_leaf2_avx2(a, a_low, a_high, b, b_low, b_high, table, count, out); break;
    default: a11y_leaf2_portable(a, a_low, a_high, b, b_low, b_high, table, count, out); break;
    }
}

// One comparison leaf's uncertain rows, its operator a constant of the inlined loop (the portable redo).
static inline __attribute__((always_inline)) void redo_comparison(const a11y_leaf_rule *rule, int op, const int32_t *rows, size_t n,
                                                                  const double *a, const double *accuracy, uint8_t *out) {
    const a11y_leaf *l = &rule->a;
    const double c = l->constant;
    for (size_t k = 0; k < n; k++) {
        const size_t i = (size_t)rows[k];
        const double x = a[i], e = accuracy[i];
        uint8_t truth;
        if (e != 0) {
            truth = truth_code(op, x, e, c, 0);
        } else {
            const unsigned index = leaf(x, l->low, l->high);
            truth = index == 3 ? l->inside : (index == 0 ? l->nan : l->outside);
        }
        out[i] = rule->by_truths[3 * truth];
    }
}

static void redo(const a11y_leaf_rule *rule, const int32_t *rows, size_t n, const double *a, const double *a_accuracy,
                 const double *b, const double *b_accuracy, uint8_t *out) {
    if (rule->leaves == 1) {
        // Only a comparison's rows are redone (a11y_leaf_rule_run), so `a_accuracy` is not NULL.
        switch (rule->a.op) {
        case A11Y_OP_EQUAL: redo_comparison(rule, A11Y_OP_EQUAL, rows, n, a, a_accuracy, out); break;
        case A11Y_OP_NOT_EQUAL: redo_comparison(rule, A11Y_OP_NOT_EQUAL, rows, n, a, a_accuracy, out); break;
        case A11Y_OP_LESS: redo_comparison(rule, A11Y_OP_LESS, rows, n, a, a_accuracy, out); break;
        case A11Y_OP_LESS_OR_EQUAL: redo_comparison(rule, A11Y_OP_LESS_OR_EQUAL, rows, n, a, a_accuracy, out); break;
        case A11Y_OP_GREATER: redo_comparison(rule, A11Y_OP_GREATER, rows, n, a, a_accuracy, out); break;
        default: redo_comparison(rule, A11Y_OP_GREATER_OR_EQUAL, rows, n, a, a_accuracy, out); break;
        }
        return;
    }
    for (size_t k = 0; k < n; k++) {
        const size_t i = (size_t)rows[k];
        out[i] = rule_byte(rule, i, a, a_accuracy, b, b_accuracy);
    }
}

void a11y_leaf_rule_run_at(int at, const a11y_leaf_rule *rule, const double *a, const double *a_accuracy, const a11y_uncertain_rows *a_rows,
                           const double *b, const double *b_accuracy, const a11y_uncertain_rows *b_rows, size_t count, uint8_t *out) {
    const int use = at < level() ? at : level();
    if (rule->leaves == 2) {
        switch (use) {
        case 2: a11y_leaf2_avx512(a, rule->a.low, rule->a.high, b, rule->b.low, rule->b.high, rule->table, count, out); break;
        case 1: a11y_leaf2_avx2(a, rule->a.low, rule->a.high, b, rule->b.low, rule->b.high, rule->table, count, out); break;
        default: a11y_leaf2_portable(a, rule->a.low, rule->a.high, b, rule->b.low, rule->b.high, rule->table, count, out); break;
        }
    } else {
        switch (use) {
        case 2: a11y_leaf1_avx512(a, rule->a.low, rule->a.high, rule->table, count, out); break;
        case 1: a11y_leaf1_avx2(a, rule->a.low, rule->a.high, rule->table, count, out); break;
        default: a11y_leaf1_portable(a, rule->a.low, rule->a.high, rule->table, count, out); break;
        }
    }
    const int redo_a = rule->a.op >= 0 && a_accuracy && a_rows && a_rows->count > 0;
    const int redo_b = rule->leaves == 2 && rule->redo_b && b_accuracy && b_rows && b_rows->count > 0;
    if (use >= 1) {
        // A second comparison that is not redone on its own reads the first one's column: check it on the same rows.
        const a11y_leaf *same = rule->leaves == 2 && !rule->redo_b && rule->b.op >= 0 ? &rule->b : NULL;
        if (redo_a) a11y_redo_avx2(rule, &rule->a, same, a_rows, a, a_accuracy, b, b_accuracy, out);
        if (redo_b) a11y_redo_avx2(rule, &rule->b, NULL, b_rows, a, a_accuracy, b, b_accuracy, out);
        return;
    }
    if (redo_a) redo(rule, a_rows->rows, a_rows->count, a, a_accuracy, b, b_accuracy, out);
    if (redo_b) redo(rule, b_rows->rows, b_rows->count, a, a_accuracy, b, b_accuracy, out);
}

void a11y_leaf_rule_run(const a11y_leaf_rule *rule, const double *a, const double *a_accuracy, const a11y_uncertain_rows *a_rows,
                        const double *b, const double *b_accuracy, const a11y_uncertain_rows *b_rows, size_t count, uint8_t *out) {
    a11y_leaf_rule_run_at(2, rule, a, a_accuracy, a_rows, b, b_accuracy, b_rows, count, out);
}
