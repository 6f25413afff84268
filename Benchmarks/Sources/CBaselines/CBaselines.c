#include "CBaselines.h"
#include <yaml.h>

long a11y_libyaml_count_events(const unsigned char *bytes, size_t length) {
    yaml_parser_t parser;
    yaml_event_t event;
    long count = 0;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_string(&parser, bytes, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { yaml_parser_delete(&parser); return -1; }
        count++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return count;
}

void a11y_columnar_thresholds(const double *values, size_t rows, const int32_t *columns, const double *thresholds,
                              const int32_t *ops, size_t rules, uint8_t *out) {
    for (size_t r = 0; r < rules; r++) {
        const double *v = values + (size_t)columns[r] * rows;
        const double c = thresholds[r];
        uint8_t *o = out + r * rows;
        switch (ops[r]) {
        case 0: for (size_t i = 0; i < rows; i++) o[i] = v[i] <= c ? 2 : (v[i] > c ? 0 : 1); break;
        case 1: for (size_t i = 0; i < rows; i++) o[i] = v[i] >= c ? 2 : (v[i] < c ? 0 : 1); break;
        case 2: for (size_t i = 0; i < rows; i++) o[i] = v[i] < c ? 2 : (v[i] >= c ? 0 : 1); break;
        default: for (size_t i = 0; i < rows; i++) o[i] = v[i] > c ? 2 : (v[i] <= c ? 0 : 1); break;
        }
    }
}
