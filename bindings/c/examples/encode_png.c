/* Encodes a URL as a QR Code and writes it as a PNG file.
 *
 *   encode_png [text] [out.png]     (defaults: https://example.com qr.png)
 *
 * Build: see docs/quickstart-c.md. */
#include <stdio.h>
#include <string.h>

#include "codevault.h"

static int fail(const char *what, cv_result r) {
  char message[512];
  size_t n = 0;
  cv_last_error_message(message, sizeof message, &n);
  fprintf(stderr, "%s failed: %s (%u): %s\n", what, cv_error_name(r), r, message);
  return 1;
}

int main(int argc, char **argv) {
  const char *text = argc > 1 ? argv[1] : "https://example.com";
  const char *path = argc > 2 ? argv[2] : "qr.png";

  cv_symbol *symbol = NULL;
  cv_result r = cv_encode((const uint8_t *)text, strlen(text), "qr", "{\"ecc\": \"H\"}", &symbol);
  if (r != CV_OK) {
    return fail("cv_encode", r);
  }

  cv_bytes *png = NULL;
  r = cv_symbol_to_png(symbol, "{\"module_size\": 8, \"dpi\": 300}", &png);
  if (r != CV_OK) {
    cv_symbol_free(symbol);
    return fail("cv_symbol_to_png", r);
  }

  FILE *f = fopen(path, "wb");
  int ok = f != NULL && fwrite(cv_bytes_data(png), 1, cv_bytes_len(png), f) == cv_bytes_len(png);
  if (f != NULL && fclose(f) != 0) {
    ok = 0;
  }
  if (ok) {
    printf("%s: QR version %s, ECC %s, mask %d, %zux%zu modules, %zu bytes of PNG\n", path,
           cv_symbol_version(symbol), cv_symbol_ecc(symbol), cv_symbol_mask(symbol),
           cv_symbol_width(symbol), cv_symbol_height(symbol), cv_bytes_len(png));
  } else {
    perror(path);
  }
  cv_bytes_free(png);
  cv_symbol_free(symbol);
  return ok ? 0 : 1;
}
