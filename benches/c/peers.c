/*
 * Median µs per encode for the C peers, libqrencode and libzint (Debian's libqrencode-dev and
 * libzint-dev), over the cases in benches/payloads.txt, timed like examples/medians.rs: a batch
 * calibrated to take at least 5 ms, one warm-up batch, then the median per-call time of N
 * batches. Matrix only: no output file is written.
 *
 *   gcc -O2 -o peers benches/c/peers.c $(pkg-config --cflags --libs libqrencode) -lzint
 *   ./peers benches/payloads.txt [samples]
 *   ./peers benches/payloads.txt --iters N --only libqrencode|libzint --case V10-H
 *
 * Output: one `library<TAB>case<TAB>median_us` line per measurement. With --iters nothing is
 * timed: the selected encoder just runs N times (for valgrind --tool=callgrind).
 */
#define _POSIX_C_SOURCE 200809L
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zint.h>

struct bench_case {
    char name[32];
    int version;
    char ecc;
    char *payload;
};

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Encodes one case once; returns the symbol width (0 on failure). */
typedef int (*encode_fn)(const struct bench_case *c);

static int qrencode_encode(const struct bench_case *c) {
    QRecLevel level = c->ecc == 'L' ? QR_ECLEVEL_L
                      : c->ecc == 'M' ? QR_ECLEVEL_M
                      : c->ecc == 'Q' ? QR_ECLEVEL_Q
                                      : QR_ECLEVEL_H;
    QRcode *qr = QRcode_encodeString(c->payload, c->version, level, QR_MODE_8, 1);
    if (!qr) return 0;
    int width = qr->version == c->version ? qr->width : 0;
    QRcode_free(qr);
    return width;
}

static int zint_encode(const struct bench_case *c) {
    struct zint_symbol *s = ZBarcode_Create();
    if (!s) return 0;
    s->symbology = BARCODE_QRCODE;
    s->option_1 = c->ecc == 'L' ? 1 : c->ecc == 'M' ? 2 : c->ecc == 'Q' ? 3 : 4;
    s->option_2 = c->version;
    int rc = ZBarcode_Encode(s, (const unsigned char *)c->payload, (int)strlen(c->payload));
    int width = rc < ZINT_ERROR ? s->width : 0;
    ZBarcode_Delete(s);
    return width;
}

static double median_us(encode_fn f, const struct bench_case *c, int samples) {
    long iters = 1;
    for (;;) {
        double t = now_s();
        for (long i = 0; i < iters; i++) f(c);
        if (now_s() - t >= 0.005 || iters >= (1L << 20)) break;
        iters *= 2;
    }
    double *per = malloc(sizeof(double) * (size_t)samples);
    for (int s = 0; s < samples; s++) {
        double t = now_s();
        for (long i = 0; i < iters; i++) f(c);
        per[s] = (now_s() - t) * 1e6 / (double)iters;
    }
    qsort(per, (size_t)samples, sizeof(double), cmp_double);
    double m = per[samples / 2];
    free(per);
    return m;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s payloads.txt [samples]\n", argv[0]);
        return 2;
    }
    int samples = 31;
    long iters = -1;
    const char *only = NULL, *only_case = NULL;
    for (int a = 2; a < argc; a++) {
        if (strcmp(argv[a], "--iters") == 0 && a + 1 < argc) iters = atol(argv[++a]);
        else if (strcmp(argv[a], "--only") == 0 && a + 1 < argc) only = argv[++a];
        else if (strcmp(argv[a], "--case") == 0 && a + 1 < argc) only_case = argv[++a];
        else samples = atoi(argv[a]);
    }
    if (samples < 1) samples = 1;
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    struct {
        const char *name;
        encode_fn f;
    } libs[] = {{"libqrencode", qrencode_encode}, {"libzint", zint_encode}};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int status = 0;
    while ((len = getline(&line, &cap, in)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        struct bench_case c;
        char *name = strtok(line, "\t"), *ver = strtok(NULL, "\t"), *ecc = strtok(NULL, "\t");
        char *payload = strtok(NULL, "");
        if (!name || !ver || !ecc || !payload) {
            fprintf(stderr, "bad line in %s\n", argv[1]);
            return 2;
        }
        snprintf(c.name, sizeof c.name, "%s", name);
        c.version = atoi(ver);
        c.ecc = ecc[0];
        c.payload = payload;
        if (only_case && strcmp(only_case, c.name) != 0) continue;
        for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++) {
            if (only && strcmp(only, libs[i].name) != 0) continue;
            int width = libs[i].f(&c);
            if (width != 17 + 4 * c.version) {
                fprintf(stderr, "%s %s: width %d, expected version %d\n", libs[i].name, c.name,
                        width, c.version);
                status = 1;
                continue;
            }
            if (iters >= 0) {
                for (long k = 0; k < iters; k++) libs[i].f(&c);
                continue;
            }
            printf("%s\t%s\t%.1f\n", libs[i].name, c.name, median_us(libs[i].f, &c, samples));
            fflush(stdout);
        }
    }
    free(line);
    fclose(in);
    return status;
}
