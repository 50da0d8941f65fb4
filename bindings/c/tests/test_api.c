/* The C API's contract: NULL pointers, invalid UTF-8 and huge sizes fail cleanly with their
 * codes and never crash; outputs are written only on success; error names and messages; getters
 * on NULL; rendering; handles shared across threads; the last error is per thread. */
#include <pthread.h>
#include <stdint.h>

#include "cv_test.h"

#define SENTINEL ((void *)(uintptr_t)0x1)

static void check_version(void) {
  const char *v = cv_version();
  CHECK(v != NULL && strlen(v) >= 5 && v[0] >= '0' && v[0] <= '9', "cv_version %s", v);
}

static void check_error_table(void) {
  static const struct {
    uint32_t code;
    const char *name;
  } table[] = {
      {CV_OK, "ok"},
      {CV_INVALID_JSON, "invalid-json"},
      {CV_MISSING_DATA, "missing-data"},
      {CV_CONFLICTING_DATA, "conflicting-data"},
      {CV_INVALID_BASE64, "invalid-base64"},
      {CV_UNKNOWN_SYMBOLOGY, "unknown-symbology"},
      {CV_UNSUPPORTED_SYMBOLOGY, "unsupported-symbology"},
      {CV_UNSUPPORTED_OUTPUT, "unsupported-output"},
      {CV_INVALID_OPTION, "invalid-option"},
      {CV_DATA_TOO_LONG, "data-too-long"},
      {CV_CHAR_NOT_IN_MODE, "char-not-in-mode"},
      {CV_ENCODE_FAILED, "encode-failed"},
      {CV_INVALID_COLOR, "invalid-color"},
      {CV_INVALID_SIZE, "invalid-size"},
      {CV_IMAGE_TOO_LARGE, "image-too-large"},
      {CV_RENDER_FAILED, "render-failed"},
      {CV_CHAR_NOT_IN_CHARSET, "char-not-in-charset"},
      {CV_INVALID_DATA, "invalid-data"},
      {CV_NULL_POINTER, "null-pointer"},
      {CV_INVALID_UTF8, "invalid-utf8"},
      {CV_PANIC, "panic"},
      {CV_INVALID_ARGUMENT, "invalid-argument"},
      {CV_UNKNOWN_ERROR, "unknown-error"},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    CHECK(strcmp(cv_error_name(table[i].code), table[i].name) == 0, "cv_error_name(%u) = %s",
          table[i].code, cv_error_name(table[i].code));
    char buf[256];
    size_t n = 0;
    CHECK(cv_error_message(table[i].code, buf, sizeof buf, &n) == CV_OK && n > 0 &&
              n == strlen(buf) && buf[n - 1] != '.' && strchr(buf, '\n') == NULL,
          "cv_error_message(%u) = %s", table[i].code, buf);
  }
  CHECK(strcmp(cv_error_name(77777), "unknown-error") == 0, "unknown code name");

  /* Truncation: NUL-terminated, at a character boundary, never past len. */
  char small[8];
  memset(small, 'x', sizeof small);
  size_t n = 99;
  CHECK(cv_error_message(CV_DATA_TOO_LONG, small, 5, &n) == CV_OK && n == 4 && small[4] == '\0' &&
            small[5] == 'x',
        "truncated message %zu", n);
  CHECK(cv_error_message(CV_DATA_TOO_LONG, small, 1, &n) == CV_OK && n == 0 && small[0] == '\0',
        "1-byte buffer");
  n = 99;
  CHECK(cv_error_message(CV_DATA_TOO_LONG, small, 0, &n) == CV_INVALID_ARGUMENT && n == 99,
        "0-byte buffer");
  CHECK(cv_error_message(CV_DATA_TOO_LONG, NULL, 8, &n) == CV_NULL_POINTER, "NULL buf");
  CHECK(cv_error_message(CV_DATA_TOO_LONG, small, 8, NULL) == CV_NULL_POINTER, "NULL written");
  CHECK(cv_last_error_message(NULL, 8, &n) == CV_NULL_POINTER, "last error NULL buf");
}

static void check_nulls(void) {
  const char *json = "{\"data\": \"x\"}";
  cv_artifacts *a = SENTINEL;
  CHECK(cv_generate(NULL, 4, &a) == CV_NULL_POINTER && a == SENTINEL, "generate NULL json");
  CHECK(cv_generate(json, strlen(json), NULL) == CV_NULL_POINTER, "generate NULL out");
  CHECK(strstr(cv_test_last_error(), "out") != NULL, "message names the argument: %s",
        cv_test_last_error());
  cv_bytes *b = SENTINEL;
  CHECK(cv_generate_json(NULL, 0, &b) == CV_NULL_POINTER && b == SENTINEL, "generate_json NULL");
  CHECK(cv_generate_json(json, strlen(json), NULL) == CV_NULL_POINTER, "generate_json NULL out");
  cv_symbol *s = SENTINEL;
  CHECK(cv_encode(NULL, 3, NULL, NULL, &s) == CV_NULL_POINTER && s == SENTINEL, "encode NULL data");
  CHECK(cv_encode((const uint8_t *)"abc", 3, NULL, NULL, NULL) == CV_NULL_POINTER, "encode NULL out");

  /* Getters on NULL handles give their documented defaults. */
  CHECK(cv_artifacts_len(NULL) == 0, "artifacts_len(NULL)");
  CHECK(cv_bytes_data(NULL) == NULL && cv_bytes_len(NULL) == 0, "bytes getters on NULL");
  CHECK(cv_symbol_width(NULL) == 0 && cv_symbol_height(NULL) == 0, "symbol size on NULL");
  CHECK(!cv_symbol_is_dark(NULL, 0, 0), "is_dark(NULL)");
  CHECK(cv_symbol_version(NULL) == NULL && cv_symbol_ecc(NULL) == NULL, "strings on NULL");
  CHECK(cv_symbol_mask(NULL) == -1, "mask(NULL)");
  cv_symbol_info info;
  CHECK(cv_symbol_get_info(NULL, &info) == CV_NULL_POINTER, "symbol_get_info(NULL)");
  CHECK(cv_artifacts_get_info(NULL, &info) == CV_NULL_POINTER, "artifacts_get_info(NULL)");
  cv_output_format f;
  const char *mt;
  const uint8_t *bytes;
  size_t len = 0;
  CHECK(cv_artifacts_get(NULL, 0, &f, &mt, &bytes, &len) == CV_NULL_POINTER, "artifacts_get(NULL)");
  CHECK(cv_symbol_to_png(NULL, NULL, &b) == CV_NULL_POINTER, "to_png(NULL)");
  CHECK(cv_symbol_to_svg(NULL, NULL, &b) == CV_NULL_POINTER, "to_svg(NULL)");
  CHECK(cv_symbol_to_text(NULL, NULL, &b) == CV_NULL_POINTER, "to_text(NULL)");

  /* Freeing NULL is a no-op. */
  cv_artifacts_free(NULL);
  cv_symbol_free(NULL);
  cv_bytes_free(NULL);

  /* NULL outputs of a real handle. */
  a = NULL;
  CHECK(cv_generate(json, strlen(json), &a) == CV_OK, "generate");
  CHECK(cv_artifacts_get(a, 0, NULL, &mt, &bytes, &len) == CV_NULL_POINTER, "get NULL format");
  CHECK(cv_artifacts_get(a, 0, &f, NULL, &bytes, &len) == CV_NULL_POINTER, "get NULL media_type");
  CHECK(cv_artifacts_get(a, 0, &f, &mt, NULL, &len) == CV_NULL_POINTER, "get NULL bytes");
  CHECK(cv_artifacts_get(a, 0, &f, &mt, &bytes, NULL) == CV_NULL_POINTER, "get NULL len");
  CHECK(cv_artifacts_get(a, SIZE_MAX, &f, &mt, &bytes, &len) == CV_INVALID_ARGUMENT, "get SIZE_MAX");
  CHECK(cv_artifacts_get_info(a, NULL) == CV_NULL_POINTER, "get_info NULL out");
  cv_artifacts_free(a);
}

static void check_utf8_and_sizes(void) {
  const char bad_utf8[] = "{\"data\": \"\xff\xfe\"}";
  cv_artifacts *a = SENTINEL;
  CHECK(cv_generate(bad_utf8, sizeof bad_utf8 - 1, &a) == CV_INVALID_UTF8 && a == SENTINEL,
        "invalid UTF-8 request");
  CHECK(strstr(cv_test_last_error(), "byte 10") != NULL, "utf-8 message: %s", cv_test_last_error());
  cv_symbol *s = SENTINEL;
  CHECK(cv_encode((const uint8_t *)"x", 1, "q\xc3(", NULL, &s) == CV_INVALID_UTF8 && s == SENTINEL,
        "invalid UTF-8 symbology");
  CHECK(cv_encode((const uint8_t *)"x", 1, NULL, "{\"ecc\": \"\xff\"}", &s) == CV_INVALID_UTF8,
        "invalid UTF-8 options");
  /* Bytes that are not UTF-8 are fine as data. */
  const uint8_t binary[] = {0xff, 0x00, 0xfe, 0x80};
  s = NULL;
  CHECK(cv_encode(binary, sizeof binary, NULL, NULL, &s) == CV_OK && cv_symbol_width(s) == 21,
        "binary data");
  cv_symbol_free(s);

  /* Lengths no object can have are refused before anything is read. */
  CHECK(cv_generate("{}", SIZE_MAX, &a) == CV_INVALID_ARGUMENT && a == SENTINEL, "SIZE_MAX json");
  CHECK(cv_generate("{}", (size_t)PTRDIFF_MAX + 1, &a) == CV_INVALID_ARGUMENT, "PTRDIFF_MAX+1");
  s = SENTINEL;
  CHECK(cv_encode((const uint8_t *)"x", SIZE_MAX, NULL, NULL, &s) == CV_INVALID_ARGUMENT &&
            s == SENTINEL,
        "SIZE_MAX data");

  /* Empty inputs. */
  CHECK(cv_generate("", 0, &a) == CV_INVALID_JSON, "empty json");
  s = NULL;
  CHECK(cv_encode((const uint8_t *)"", 0, NULL, NULL, &s) == CV_OK, "empty data: %s",
        cv_test_last_error());
  cv_symbol_free(s);

  /* Large data: too long for any symbol, refused with a code. */
  size_t big = 1u << 20;
  uint8_t *data = malloc(big);
  memset(data, 'A', big);
  s = SENTINEL;
  CHECK(cv_encode(data, big, NULL, NULL, &s) == CV_DATA_TOO_LONG && s == SENTINEL, "1 MiB data");
  free(data);

  /* Huge images: refused, not allocated. */
  s = NULL;
  CHECK(cv_encode((const uint8_t *)"HELLO", 5, NULL, NULL, &s) == CV_OK, "encode");
  cv_bytes *b = SENTINEL;
  CHECK(cv_symbol_to_png(s, "{\"module_size\": 1000, \"quiet_zone\": 1000}", &b) ==
                CV_IMAGE_TOO_LARGE &&
            b == SENTINEL,
        "huge png: %s", cv_test_last_error());
  CHECK(cv_symbol_to_png(s, "{\"module_size\": 0}", &b) == CV_INVALID_SIZE, "module size 0");
  CHECK(cv_symbol_to_png(s, "{\"module_size\": 4294967295}", &b) == CV_INVALID_SIZE,
        "module size u32 max");
  CHECK(cv_symbol_to_svg(s, "{\"dark\": \"#12\"}", &b) == CV_INVALID_COLOR, "bad colour");
  CHECK(cv_symbol_to_svg(s, "{\"dark\": 12}", &b) == CV_INVALID_JSON, "colour type");
  CHECK(cv_symbol_to_svg(s, "{\"unknown\": 1}", &b) == CV_INVALID_JSON, "unknown style field");
  CHECK(cv_symbol_to_svg(s, "{", &b) == CV_INVALID_JSON && b == SENTINEL, "truncated style");
  CHECK(!cv_symbol_is_dark(s, SIZE_MAX, 0) && !cv_symbol_is_dark(s, 0, SIZE_MAX), "is_dark far away");
  cv_symbol_free(s);
}

static void check_encode_and_render(void) {
  cv_symbol *s = NULL;
  cv_result r = cv_encode((const uint8_t *)"HELLO WORLD", 11, "qr",
                          "{\"ecc\": \"Q\", \"boost\": false, \"version\": 1, \"mask\": 2}", &s);
  CHECK(r == CV_OK, "encode: %s", cv_test_last_error());
  if (r != CV_OK) return;
  CHECK(cv_symbol_width(s) == 21 && cv_symbol_height(s) == 21, "21x21");
  CHECK(strcmp(cv_symbol_version(s), "1") == 0, "version %s", cv_symbol_version(s));
  CHECK(strcmp(cv_symbol_ecc(s), "Q") == 0, "ecc");
  CHECK(cv_symbol_mask(s) == 2, "mask");
  /* Finder pattern corners. */
  CHECK(cv_symbol_is_dark(s, 0, 0) && cv_symbol_is_dark(s, 6, 6) && !cv_symbol_is_dark(s, 7, 7),
        "finder");
  cv_symbol_info info;
  CHECK(cv_symbol_get_info(s, &info) == CV_OK && info.symbology == CV_SYMBOLOGY_QR &&
            strcmp(info.symbology_name, "qr") == 0 && info.quiet_zone == 4 &&
            info.capacity_bits == 104 && info.data_bits == 74,
        "info");

  cv_bytes *png = NULL;
  CHECK(cv_symbol_to_png(s, NULL, &png) == CV_OK && cv_bytes_len(png) > 8 &&
            memcmp(cv_bytes_data(png), "\x89PNG", 4) == 0,
        "png");
  cv_bytes_free(png);
  cv_bytes *svg = NULL;
  CHECK(cv_symbol_to_svg(s, "{\"dark\": \"#1a237e\", \"module_size\": 4}", &svg) == CV_OK &&
            strncmp((const char *)cv_bytes_data(svg), "<svg", 4) == 0 &&
            strstr((const char *)cv_bytes_data(svg), "#1a237e") != NULL &&
            strlen((const char *)cv_bytes_data(svg)) == cv_bytes_len(svg),
        "svg");
  cv_bytes_free(svg);
  cv_bytes *txt = NULL;
  CHECK(cv_symbol_to_text(s, NULL, &txt) == CV_OK && cv_bytes_len(txt) > 0, "text");
  cv_bytes_free(txt);
  cv_symbol_free(s);

  /* Micro QR and rMQR through symbology names; errors from names and options. */
  s = NULL;
  CHECK(cv_encode((const uint8_t *)"12345", 5, "micro-qr", "{\"version\": \"M2\"}", &s) == CV_OK &&
            cv_symbol_width(s) == 13 && strcmp(cv_symbol_version(s), "M2") == 0,
        "micro-qr");
  cv_symbol_free(s);
  s = NULL;
  CHECK(cv_encode((const uint8_t *)"RMQR", 4, "rmqr", NULL, &s) == CV_OK && cv_symbol_mask(s) == -1 &&
            cv_symbol_width(s) > cv_symbol_height(s),
        "rmqr");
  cv_symbol_free(s);
  s = SENTINEL;
  CHECK(cv_encode((const uint8_t *)"x", 1, "hexcode", NULL, &s) == CV_UNKNOWN_SYMBOLOGY && s == SENTINEL,
        "unknown symbology");
  CHECK(strstr(cv_test_last_error(), "hexcode") != NULL, "message names it: %s", cv_test_last_error());
  CHECK(cv_encode((const uint8_t *)"x", 1, NULL, "{\"mask\": 9}", &s) == CV_INVALID_OPTION,
        "mask 9");
  CHECK(cv_encode((const uint8_t *)"x", 1, NULL, "{\"version\": 41}", &s) == CV_INVALID_OPTION,
        "version 41");
  CHECK(cv_encode((const uint8_t *)"x", 1, NULL, "{\"ecc\": \"X\"}", &s) == CV_INVALID_JSON,
        "ecc X");
  CHECK(cv_encode((const uint8_t *)"abc", 3, NULL, "{\"mode\": \"numeric\"}", &s) ==
            CV_CHAR_NOT_IN_MODE,
        "numeric mode");
  CHECK(cv_encode((const uint8_t *)"x", 1, NULL, "[1,", &s) == CV_INVALID_JSON, "bad options json");
  CHECK(strstr(cv_test_last_error(), "line 1") != NULL, "json message: %s", cv_test_last_error());
  CHECK(s == SENTINEL, "out untouched by failures");
}

static void check_encode_text(void) {
  const char *text = "Gr\xc3\xbc\xc3\x9f" "e aus K\xc3\xb6ln"; /* Grüße aus Köln */
  cv_symbol *s = NULL;
  CHECK(cv_encode_text(text, strlen(text), NULL, "{\"eci\": 3}", &s) == CV_OK, "latin-1 text: %s",
        cv_test_last_error());
  /* The same modules as the request path. */
  char request[256];
  snprintf(request, sizeof request,
           "{\"data\": \"%s\", \"options\": {\"eci\": 3}, \"outputs\": [\"matrix\"]}", text);
  cv_artifacts *a = NULL;
  CHECK(cv_generate(request, strlen(request), &a) == CV_OK, "request");
  cv_output_format f;
  const char *mt;
  const uint8_t *rows = NULL;
  size_t len = 0, i = 0, mismatches = 0;
  CHECK(cv_artifacts_get(a, 0, &f, &mt, &rows, &len) == CV_OK, "matrix output");
  for (size_t y = 0; y < cv_symbol_height(s); y++, i++) {
    for (size_t x = 0; x < cv_symbol_width(s) && i < len; x++, i++) {
      mismatches += cv_symbol_is_dark(s, x, y) != (rows[i] == '1');
    }
  }
  CHECK(mismatches == 0 && i == len, "cv_encode_text matches cv_generate (%zu differ)", mismatches);
  cv_artifacts_free(a);
  cv_symbol_free(s);

  s = SENTINEL;
  const char *euro = "5 \xe2\x82\xac";
  CHECK(cv_encode_text(euro, strlen(euro), NULL, "{\"eci\": 3}", &s) == CV_CHAR_NOT_IN_CHARSET &&
            s == SENTINEL,
        "euro in latin-1");
  CHECK(cv_encode_text("\xff", 1, NULL, NULL, &s) == CV_INVALID_UTF8, "text not utf-8");
  CHECK(cv_encode_text(NULL, 1, NULL, NULL, &s) == CV_NULL_POINTER, "NULL text");
  CHECK(cv_encode_text("x", 1, NULL, NULL, NULL) == CV_NULL_POINTER, "NULL out");
  CHECK(cv_encode_text("x", SIZE_MAX, NULL, NULL, &s) == CV_INVALID_ARGUMENT, "SIZE_MAX text");
  CHECK(s == SENTINEL, "out untouched");
}

/* Mutated and truncated requests (a deterministic LCG): every call returns a known code, and
 * nothing crashes or leaks (valgrind runs this too). */
static void check_mutations(void) {
  static const char base[] =
      "{\"data\": \"https://example.com/x?y=1\", \"symbology\": \"qr\", \"options\": {\"ecc\": "
      "\"H\", \"version\": 5, \"mask\": 1, \"eci\": 26}, \"style\": {\"dark\": \"#102030\", "
      "\"module_size\": 2, \"quiet_zone\": 1}, \"outputs\": [\"png\", \"svg\", \"txt\", \"matrix\"]}";
  static const char alphabet[] = "{}[]\",:0123456789-.eEtrufalsn \\\xff\xc3";
  char buf[sizeof base];
  uint32_t seed = 12345;
  int unknown = 0, ok = 0;
  for (int i = 0; i < 400; i++) {
    memcpy(buf, base, sizeof base);
    size_t len = sizeof base - 1;
    for (int k = 0; k < 1 + i % 4; k++) {
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % len;
      seed = seed * 1103515245u + 12345u;
      buf[at] = alphabet[(seed >> 8) % (sizeof alphabet - 1)];
    }
    if (i % 5 == 0) len = (seed >> 4) % len; /* truncated */
    cv_artifacts *a = NULL;
    cv_result r = cv_generate(buf, len, &a);
    if (r == CV_OK) {
      ok++;
      cv_artifacts_free(a);
    } else if (strcmp(cv_error_name(r), "unknown-error") == 0 || r == CV_PANIC || a != NULL) {
      unknown++;
    }
  }
  CHECK(unknown == 0, "mutated requests: %d unknown codes, panics or outputs on failure", unknown);
  CHECK(ok > 0 && ok < 400, "mutated requests: %d of 400 still valid", ok);
}

/* One symbol read by many threads; each thread's last error is its own. */
struct worker {
  const cv_symbol *symbol;
  int ok;
};

static void *work(void *arg) {
  struct worker *w = arg;
  w->ok = 1;
  for (int i = 0; i < 20; i++) {
    cv_bytes *png = NULL;
    if (cv_symbol_to_png(w->symbol, NULL, &png) != CV_OK || cv_bytes_len(png) < 8) w->ok = 0;
    cv_bytes_free(png);
    if (!cv_symbol_is_dark(w->symbol, 0, 0)) w->ok = 0;
  }
  cv_artifacts *a = NULL;
  if (cv_generate("{\"data\": \"x\", \"options\": {\"mask\": 8}}", 37, &a) != CV_INVALID_OPTION) {
    w->ok = 0;
  }
  if (strstr(cv_test_last_error(), "mask") == NULL) w->ok = 0;
  return NULL;
}

static void check_threads(void) {
  cv_symbol *s = NULL;
  CHECK(cv_encode((const uint8_t *)"shared", 6, NULL, NULL, &s) == CV_OK, "encode");
  cv_artifacts *a = NULL;
  CHECK(cv_generate("{}", 2, &a) == CV_MISSING_DATA, "main thread error");
  struct worker workers[4];
  pthread_t threads[4];
  for (int i = 0; i < 4; i++) {
    workers[i].symbol = s;
    pthread_create(&threads[i], NULL, work, &workers[i]);
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(threads[i], NULL);
    CHECK(workers[i].ok, "thread %d", i);
  }
  CHECK(strstr(cv_test_last_error(), "no data") != NULL, "main thread keeps its own error: %s",
        cv_test_last_error());
  cv_symbol_free(s);
}

int main(void) {
  check_version();
  check_error_table();
  check_nulls();
  check_utf8_and_sizes();
  check_encode_and_render();
  check_encode_text();
  check_mutations();
  check_threads();
  return cv_test_finish("test_api");
}
