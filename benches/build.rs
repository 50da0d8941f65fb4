//! With the `libzint` feature, compiles the C shim that lets the symbology bench call libzint in
//! the same process as CodeVault and rxing (needs Debian's libzint-dev).

fn main() {
    println!("cargo:rerun-if-changed=c/zint_shim.c");
    #[cfg(feature = "libzint")]
    {
        cc::Build::new()
            .file("c/zint_shim.c")
            .opt_level(2)
            .compile("cv_zint_shim");
        println!("cargo:rustc-link-lib=zint");
    }
}
