/* Runs the shared vectors through the C API:
 *   testdata/zint/<symbology>/ *.json   cv_encode, every module against zint's matrix
 *   core/examples/requests/ *.json      cv_generate and cv_generate_json against each golden
 *   core/examples/requests/bad/ *.json  the error code the file name starts with, and a message
 * Usage: test_vectors <repo root> [stride]  (stride N runs every Nth zint vector, for valgrind) */
#include <cjson/cJSON.h>

#include "cv_test.h"

static size_t hex_decode(const char *hex, unsigned char *out) {
  size_t n = 0;
  for (; hex[0] != '\0' && hex[1] != '\0'; hex += 2) {
    unsigned int byte;
    if (sscanf(hex, "%2x", &byte) != 1) {
      break;
    }
    out[n++] = (unsigned char)byte;
  }
  return n;
}

static void zint_vector(const char *path, const char *name) {
  size_t len = 0;
  char *text = cv_test_read_file(path, &len);
  cJSON *v = text ? cJSON_Parse(text) : NULL;
  CHECK(v != NULL, "%s: unreadable", name);
  if (v == NULL) {
    free(text);
    return;
  }
  const char *symbology = cJSON_GetStringValue(cJSON_GetObjectItem(v, "symbology"));
  const char *hex = cJSON_GetStringValue(cJSON_GetObjectItem(v, "data_hex"));
  cJSON *rows = cJSON_GetObjectItem(v, "matrix");
  char *options = cJSON_PrintUnformatted(cJSON_GetObjectItem(v, "options"));
  unsigned char *data = malloc(hex ? strlen(hex) / 2 + 1 : 1);
  size_t data_len = hex ? hex_decode(hex, data) : 0;

  cv_symbol *sym = NULL;
  cv_result r = cv_encode(data, data_len, symbology, options, &sym);
  CHECK(r == CV_OK, "%s: cv_encode returned %u (%s)", name, r, cv_test_last_error());
  if (r == CV_OK) {
    size_t h = (size_t)cJSON_GetArraySize(rows);
    CHECK(cv_symbol_height(sym) == h, "%s: height %zu, zint %zu", name, cv_symbol_height(sym), h);
    size_t mismatches = 0;
    for (size_t y = 0; y < h && y < cv_symbol_height(sym); y++) {
      const char *row = cJSON_GetStringValue(cJSON_GetArrayItem(rows, (int)y));
      size_t w = strlen(row);
      if (y == 0) {
        CHECK(cv_symbol_width(sym) == w, "%s: width %zu, zint %zu", name, cv_symbol_width(sym), w);
      }
      for (size_t x = 0; x < w && x < cv_symbol_width(sym); x++) {
        mismatches += cv_symbol_is_dark(sym, x, y) != (row[x] == '1');
      }
    }
    CHECK(mismatches == 0, "%s: %zu modules differ from zint", name, mismatches);
  }
  cv_symbol_free(sym);
  free(data);
  free(options);
  cJSON_Delete(v);
  free(text);
}

static const char *media_type_of(const char *format) {
  if (strcmp(format, "svg") == 0) return "image/svg+xml";
  if (strcmp(format, "png") == 0) return "image/png";
  if (strcmp(format, "txt") == 0) return "text/plain; charset=utf-8";
  return "text/plain";
}

static cv_output_format format_of(const char *format) {
  if (strcmp(format, "svg") == 0) return CV_OUTPUT_SVG;
  if (strcmp(format, "png") == 0) return CV_OUTPUT_PNG;
  if (strcmp(format, "txt") == 0) return CV_OUTPUT_TXT;
  if (strcmp(format, "matrix") == 0) return CV_OUTPUT_MATRIX;
  return CV_OUTPUT_UNKNOWN;
}

static int str_eq(const char *a, const char *b) {
  return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* The golden's "symbol" object against the C view of the symbol. */
static void check_info(const char *name, const cv_symbol_info *info, cJSON *symbol) {
  CHECK(str_eq(info->symbology_name, cJSON_GetStringValue(cJSON_GetObjectItem(symbol, "symbology"))),
        "%s: symbology", name);
  CHECK(str_eq(info->version, cJSON_GetStringValue(cJSON_GetObjectItem(symbol, "version"))),
        "%s: version %s", name, info->version);
  cJSON *ecc = cJSON_GetObjectItem(symbol, "ecc");
  CHECK(cJSON_IsNull(ecc) ? info->ecc == NULL : str_eq(info->ecc, cJSON_GetStringValue(ecc)),
        "%s: ecc", name);
  cJSON *mask = cJSON_GetObjectItem(symbol, "mask");
  CHECK(cJSON_IsNull(mask) ? info->mask == -1 : info->mask == (int32_t)mask->valuedouble,
        "%s: mask %d", name, info->mask);
  static const char *const sizes[] = {"width", "height", "quiet_zone", "data_bits", "capacity_bits"};
  const size_t got[] = {info->width, info->height, info->quiet_zone, info->data_bits,
                        info->capacity_bits};
  for (size_t i = 0; i < 5; i++) {
    CHECK(got[i] == (size_t)cJSON_GetObjectItem(symbol, sizes[i])->valuedouble, "%s: %s %zu", name,
          sizes[i], got[i]);
  }
}

/* Requests where the core itself is inconsistent today. Their golden-matrix checks are expected
 * to fail; a pass fails the test ("XPASS"), so a fix in the core shows up and the entry is
 * removed. */
static const char *const KNOWN_CORE_GAPS[][2] = {
    /* {"<request>.json", "core: why"}, — none today (latin1-eci was fixed in 70d902b) */
    {NULL, NULL},
};

static const char *known_gap(const char *name) {
  for (size_t i = 0; KNOWN_CORE_GAPS[i][0] != NULL; i++) {
    if (strcmp(name, KNOWN_CORE_GAPS[i][0]) == 0) return KNOWN_CORE_GAPS[i][1];
  }
  return NULL;
}

static int xfailed = 0;

/* CHECK for a golden matrix: inverted (and counted as expected failure) for a known core gap. */
#define CHECK_GOLDEN(gap, cond, ...)                                                   \
  do {                                                                                 \
    int ok_ = (cond) ? 1 : 0;                                                          \
    if ((gap) != NULL && !ok_) {                                                       \
      xfailed++;                                                                       \
    } else if ((gap) != NULL) {                                                        \
      CHECK(0, "XPASS (known core gap fixed? remove it from KNOWN_CORE_GAPS): %s", gap); \
    } else {                                                                           \
      CHECK(ok_, __VA_ARGS__);                                                         \
    }                                                                                  \
  } while (0)

static void good_request(const char *dir, const char *name) {
  const char *gap = known_gap(name);
  char path[8400];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t len = 0;
  char *text = cv_test_read_file(path, &len);
  snprintf(path + strlen(path) - strlen(".json"), sizeof path - strlen(path) + strlen(".json"),
           ".golden.json");
  size_t golden_len = 0;
  char *golden_text = cv_test_read_file(path, &golden_len);
  cJSON *request = text ? cJSON_Parse(text) : NULL;
  cJSON *golden = golden_text ? cJSON_Parse(golden_text) : NULL;
  CHECK(request != NULL && golden != NULL, "%s: request or golden unreadable", name);
  if (request == NULL || golden == NULL) {
    goto done;
  }
  cJSON *outputs = cJSON_GetObjectItem(request, "outputs");
  cJSON *symbol = cJSON_GetObjectItem(golden, "symbol");

  /* The golden matrix as the `matrix` output writes it: rows of 0/1, each ending in \n. */
  cJSON *rows = cJSON_GetObjectItem(golden, "matrix");
  size_t matrix_len = 0;
  for (int i = 0; i < cJSON_GetArraySize(rows); i++) {
    matrix_len += strlen(cJSON_GetStringValue(cJSON_GetArrayItem(rows, i))) + 1;
  }
  char *matrix = calloc(matrix_len + 1, 1);
  for (int i = 0; i < cJSON_GetArraySize(rows); i++) {
    strcat(matrix, cJSON_GetStringValue(cJSON_GetArrayItem(rows, i)));
    strcat(matrix, "\n");
  }

  cv_artifacts *a = NULL;
  cv_result r = cv_generate(text, len, &a);
  CHECK(r == CV_OK, "%s: cv_generate returned %u (%s)", name, r, cv_test_last_error());
  if (r == CV_OK) {
    cv_symbol_info info;
    CHECK(cv_artifacts_get_info(a, &info) == CV_OK, "%s: cv_artifacts_get_info", name);
    check_info(name, &info, symbol);
    size_t n = outputs ? (size_t)cJSON_GetArraySize(outputs) : 1;
    CHECK(cv_artifacts_len(a) == n, "%s: %zu artifacts, expected %zu", name, cv_artifacts_len(a), n);
    for (size_t i = 0; i < cv_artifacts_len(a) && i < n; i++) {
      const char *want = outputs ? cJSON_GetStringValue(cJSON_GetArrayItem(outputs, (int)i)) : "svg";
      cv_output_format format;
      const char *media_type;
      const uint8_t *bytes;
      size_t bytes_len;
      r = cv_artifacts_get(a, i, &format, &media_type, &bytes, &bytes_len);
      CHECK(r == CV_OK, "%s: cv_artifacts_get(%zu)", name, i);
      if (r != CV_OK) continue;
      CHECK(format == format_of(want), "%s: output %zu format %u, want %s", name, i, format, want);
      CHECK(str_eq(media_type, media_type_of(want)), "%s: media type %s", name, media_type);
      CHECK(bytes_len > 0, "%s: empty %s", name, want);
      if (format == CV_OUTPUT_PNG) {
        CHECK(bytes_len > 8 && memcmp(bytes, "\x89PNG\r\n\x1a\n", 8) == 0, "%s: png magic", name);
      } else if (format == CV_OUTPUT_SVG) {
        CHECK(bytes_len > 4 && memcmp(bytes, "<svg", 4) == 0, "%s: svg start", name);
      } else if (format == CV_OUTPUT_MATRIX) {
        CHECK_GOLDEN(gap, bytes_len == matrix_len && memcmp(bytes, matrix, matrix_len) == 0,
                     "%s: matrix output differs from the golden", name);
      }
    }
    r = cv_artifacts_get(a, n, &(cv_output_format){0}, &(const char *){NULL},
                         &(const uint8_t *){NULL}, &(size_t){0});
    CHECK(r == CV_INVALID_ARGUMENT, "%s: index past the end gives %u", name, r);
  }
  cv_artifacts_free(a);

  /* Text requests: cv_encode_text with the request's symbology and options gives the same
   * modules (bytes requests would go through cv_encode). */
  const char *data = cJSON_GetStringValue(cJSON_GetObjectItem(request, "data"));
  if (data != NULL) {
    cJSON *symbology = cJSON_GetObjectItem(request, "symbology");
    cJSON *options_item = cJSON_GetObjectItem(request, "options");
    char *options = options_item ? cJSON_PrintUnformatted(options_item) : NULL;
    cv_symbol *sym = NULL;
    r = cv_encode_text(data, strlen(data), cJSON_GetStringValue(symbology), options, &sym);
    CHECK(r == CV_OK, "%s: cv_encode_text returned %u (%s)", name, r, cv_test_last_error());
    size_t mismatches = 0, h = (size_t)cJSON_GetArraySize(rows);
    CHECK(cv_symbol_height(sym) == h, "%s: cv_encode_text height", name);
    for (size_t y = 0; y < h && y < cv_symbol_height(sym); y++) {
      const char *row = cJSON_GetStringValue(cJSON_GetArrayItem(rows, (int)y));
      CHECK(strlen(row) == cv_symbol_width(sym), "%s: cv_encode_text width", name);
      for (size_t x = 0; row[x] != '\0'; x++) {
        mismatches += cv_symbol_is_dark(sym, x, y) != (row[x] == '1');
      }
    }
    CHECK_GOLDEN(gap, mismatches == 0, "%s: cv_encode_text: %zu modules differ from the golden",
                 name, mismatches);
    cv_symbol_free(sym);
    free(options);
  }

  /* The JSON path gives the same symbol. */
  cv_bytes *json = NULL;
  r = cv_generate_json(text, len, &json);
  CHECK(r == CV_OK, "%s: cv_generate_json returned %u", name, r);
  if (r == CV_OK) {
    const char *out = (const char *)cv_bytes_data(json);
    CHECK(strlen(out) == cv_bytes_len(json), "%s: json is nul-terminated at its length", name);
    cJSON *result = cJSON_Parse(out);
    CHECK(result != NULL, "%s: cv_generate_json output parses", name);
    CHECK(cJSON_Compare(cJSON_GetObjectItem(result, "symbol"), symbol, 1), "%s: json symbol differs",
          name);
    cJSON_Delete(result);
  }
  cv_bytes_free(json);
  free(matrix);
done:
  cJSON_Delete(request);
  cJSON_Delete(golden);
  free(text);
  free(golden_text);
}

/* The code whose name is the longest prefix of the file name. */
static uint32_t expected_code(const char *file) {
  uint32_t best = 0;
  size_t best_len = 0;
  for (uint32_t code = 1; code < 1000; code++) {
    const char *n = cv_error_name(code);
    size_t l = strlen(n);
    if (strcmp(n, "unknown-error") != 0 && strncmp(file, n, l) == 0 && l > best_len) {
      best = code;
      best_len = l;
    }
  }
  return best;
}

static void bad_request(const char *dir, const char *name) {
  char path[8400];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t len = 0;
  char *text = cv_test_read_file(path, &len);
  uint32_t want = expected_code(name);
  CHECK(text != NULL && want != 0, "%s: unreadable or no code in its name", name);
  if (text == NULL) return;
  cv_artifacts *a = (cv_artifacts *)(uintptr_t)0x1; /* sentinel: must stay unchanged */
  cv_result r = cv_generate(text, len, &a);
  CHECK(r == want, "%s: got %u (%s), want %u (%s)", name, r, cv_error_name(r), want,
        cv_error_name(want));
  CHECK(a == (cv_artifacts *)(uintptr_t)0x1, "%s: out written on failure", name);
  if (r == CV_OK) cv_artifacts_free(a);
  char message[2048];
  size_t written = 0;
  CHECK(cv_last_error_message(message, sizeof message, &written) == CV_OK, "%s: message", name);
  CHECK(written > 0 && written == strlen(message) && written == cv_last_error_length(),
        "%s: message length %zu", name, written);
  CHECK(message[written ? written - 1 : 0] != '.' && strchr(message, '\n') == NULL,
        "%s: message %s", name, message);
  cv_bytes *json = NULL;
  r = cv_generate_json(text, len, &json);
  CHECK(r == want && json == NULL, "%s: cv_generate_json got %u", name, r);
  cv_bytes_free(json);
  free(text);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s <repo root> [stride]\n", argv[0]);
    return 2;
  }
  const char *root = argv[1];
  size_t stride = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 1;
  if (stride == 0) stride = 1;
  char dir[4096], path[8192];

  static const char *const symbologies[] = {"qr", "micro-qr", "rmqr"};
  size_t vectors = 0;
  for (size_t s = 0; s < 3; s++) {
    snprintf(dir, sizeof dir, "%s/testdata/zint/%s", root, symbologies[s]);
    size_t n;
    char **names = cv_test_list_json(dir, &n);
    CHECK(n > 0, "no vectors in %s", dir);
    for (size_t i = 0; i < n; i += stride) {
      snprintf(path, sizeof path, "%s/%s", dir, names[i]);
      zint_vector(path, names[i]);
      vectors++;
    }
    cv_test_free_list(names, n);
  }

  snprintf(dir, sizeof dir, "%s/core/examples/requests", root);
  size_t good;
  char **names = cv_test_list_json(dir, &good);
  CHECK(good > 0, "no requests in %s", dir);
  for (size_t i = 0; i < good; i++) good_request(dir, names[i]);
  cv_test_free_list(names, good);

  snprintf(dir, sizeof dir, "%s/core/examples/requests/bad", root);
  size_t bad;
  names = cv_test_list_json(dir, &bad);
  CHECK(bad > 0, "no bad requests in %s", dir);
  for (size_t i = 0; i < bad; i++) bad_request(dir, names[i]);
  cv_test_free_list(names, bad);

  printf("vectors: %zu zint, %zu good requests, %zu bad requests\n", vectors, good, bad);
  for (size_t i = 0; KNOWN_CORE_GAPS[i][0] != NULL; i++) {
    printf("known core gap (expected failure): %s: %s\n", KNOWN_CORE_GAPS[i][0],
           KNOWN_CORE_GAPS[i][1]);
  }
  printf("%d expected failures from known core gaps\n", xfailed);
  return cv_test_finish("test_vectors");
}
