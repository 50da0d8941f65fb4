// A JVM program (an "ERP" stand-in) calling the CodeVault C API through JNA: no JNI glue,
// just an interface that mirrors codevault.h. size_t is mapped to long (LP64 platforms).
//
//   javac -cp /usr/share/java/jna.jar CodeVaultDemo.java
//   java -cp /usr/share/java/jna.jar:. -Djna.library.path=<dir of libcodevault.so> CodeVaultDemo
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

public class CodeVaultDemo {
    /** The subset of codevault.h this program uses. */
    public interface CodeVault extends Library {
        CodeVault INSTANCE = Native.load("codevault", CodeVault.class);

        int CV_OK = 0;
        int CV_DATA_TOO_LONG = 9;

        String cv_version();
        String cv_error_name(int code);
        int cv_last_error_message(byte[] buf, long len, LongByReference written);

        int cv_generate(byte[] requestJson, long len, PointerByReference out);
        long cv_artifacts_len(Pointer artifacts);
        int cv_artifacts_get(Pointer artifacts, long index, IntByReference format,
                PointerByReference mediaType, PointerByReference bytes, LongByReference len);
        void cv_artifacts_free(Pointer artifacts);

        int cv_encode(byte[] data, long len, String symbology, String optionsJson,
                PointerByReference out);
        long cv_symbol_width(Pointer symbol);
        long cv_symbol_height(Pointer symbol);
        byte cv_symbol_is_dark(Pointer symbol, long x, long y); // C bool: one byte
        String cv_symbol_version(Pointer symbol);
        void cv_symbol_free(Pointer symbol);
    }

    static int passed = 0, failed = 0;

    static void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failed++;
            System.err.println("FAIL " + what);
        }
    }

    static String lastError(CodeVault cv) {
        byte[] buf = new byte[1024];
        LongByReference n = new LongByReference();
        cv.cv_last_error_message(buf, buf.length, n);
        return new String(buf, 0, (int) n.getValue(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        CodeVault cv = CodeVault.INSTANCE;
        check(cv.cv_version().matches("\\d+\\.\\d+\\.\\d+.*"), "version " + cv.cv_version());

        // An invoice line's payment link as PNG + SVG, one request.
        byte[] request = ("{\"data\": \"https://pay.example.com/invoice/2026-0042\","
                + " \"options\": {\"ecc\": \"Q\"}, \"outputs\": [\"png\", \"svg\"]}")
                .getBytes(StandardCharsets.UTF_8);
        PointerByReference out = new PointerByReference();
        int r = cv.cv_generate(request, request.length, out);
        check(r == CodeVault.CV_OK, "cv_generate: " + cv.cv_error_name(r) + " " + lastError(cv));
        if (r == CodeVault.CV_OK) {
            Pointer artifacts = out.getValue();
            check(cv.cv_artifacts_len(artifacts) == 2, "two artifacts");
            IntByReference format = new IntByReference();
            PointerByReference mediaType = new PointerByReference();
            PointerByReference bytes = new PointerByReference();
            LongByReference len = new LongByReference();
            check(cv.cv_artifacts_get(artifacts, 0, format, mediaType, bytes, len) == 0, "get 0");
            byte[] png = bytes.getValue().getByteArray(0, (int) len.getValue());
            check(format.getValue() == 2 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    "png artifact");
            check(mediaType.getValue().getString(0).equals("image/png"), "media type");
            check(cv.cv_artifacts_get(artifacts, 1, format, mediaType, bytes, len) == 0, "get 1");
            String svg = new String(bytes.getValue().getByteArray(0, (int) len.getValue()),
                    StandardCharsets.UTF_8);
            check(svg.startsWith("<svg"), "svg artifact");
            cv.cv_artifacts_free(artifacts);
            System.out.println("java: generate -> png " + png.length + " bytes, svg "
                    + svg.length() + " bytes");
        }

        // The module grid of a pinned symbol: the same as core/examples/requests/hello.json.
        byte[] data = "HELLO WORLD".getBytes(StandardCharsets.UTF_8);
        PointerByReference sym = new PointerByReference();
        r = cv.cv_encode(data, data.length, "qr",
                "{\"ecc\": \"Q\", \"boost\": false, \"version\": 1, \"mask\": 2}", sym);
        check(r == CodeVault.CV_OK, "cv_encode: " + lastError(cv));
        if (r == CodeVault.CV_OK) {
            Pointer symbol = sym.getValue();
            StringBuilder row = new StringBuilder();
            for (long x = 0; x < cv.cv_symbol_width(symbol); x++) {
                row.append(cv.cv_symbol_is_dark(symbol, x, 0) != 0 ? '1' : '0');
            }
            check(row.toString().equals("111111101010001111111"), "first row " + row);
            check(cv.cv_symbol_height(symbol) == 21, "height");
            check(cv.cv_symbol_version(symbol).equals("1"), "version");
            cv.cv_symbol_free(symbol);
        }

        // Errors arrive as stable codes plus a message.
        byte[] tooLong = ("{\"data\": \"" + "9".repeat(8000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        PointerByReference none = new PointerByReference();
        r = cv.cv_generate(tooLong, tooLong.length, none);
        check(r == CodeVault.CV_DATA_TOO_LONG, "data-too-long: got " + r);
        check(cv.cv_error_name(r).equals("data-too-long"), "error name");
        check(!lastError(cv).isEmpty(), "message");
        check(none.getValue() == null, "out untouched on failure");
        System.out.println("java: data-too-long -> " + lastError(cv));

        System.out.println("java: " + passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
