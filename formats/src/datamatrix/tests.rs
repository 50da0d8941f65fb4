use super::*;

fn cw_of(data: &[u8], opts: &DataMatrixOptions) -> (String, Vec<u8>) {
    let s = encode(data, opts).unwrap();
    (s.meta.version.clone(), Vec::new())
}

#[test]
fn smallest_sizes() {
    let d = DataMatrixOptions::default();
    assert_eq!(cw_of(b"123456", &d).0, "10x10");
    assert_eq!(cw_of(b"12345678", &d).0, "12x12");
}
