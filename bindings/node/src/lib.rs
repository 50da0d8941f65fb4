//! Node.js bindings for CodeVault through N-API.
//!
//! Every function here converts JavaScript values to the facade's types, calls
//! [`codevault`], and converts the result back: no behaviour of its own (BRIEF §4.2). Requests,
//! encoder options and styles cross the boundary as JSON text (the JS layer serialises plain
//! objects with `JSON.stringify`), so every language parses them with the same core code and
//! reports the same errors. The JS layer (`index.js`) turns the plain errors thrown here into
//! `CodeVaultError` subclasses by their `code`.

#![warn(missing_docs)]
#![deny(unsafe_code)]

mod convert;
mod error;
mod symbol;
mod tasks;

use napi::{Env, Result, bindgen_prelude::*};
use napi_derive::napi;

pub use crate::{convert::JsArtifacts, symbol::JsSymbol};
use crate::{
    convert::{Data, artifacts_to_js, encode_data, encode_request},
    error::into_js_error,
};

/// The library version (the `codevault` crate the binding was built from).
#[napi]
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// One row of the error-code table: the stable number and kebab-case name of a core
/// `ErrorCode`, in numeric order. The JS layer builds one `Error` subclass per row.
#[napi(object)]
pub struct ErrorCodeInfo {
    /// Stable number (never 0, never reused).
    pub number: u32,
    /// Stable kebab-case name, e.g. `data-too-long` (the JS `err.code`).
    pub name: String,
}

/// Every core error code, in numeric order.
#[napi]
pub fn error_codes() -> Vec<ErrorCodeInfo> {
    codevault::ErrorCode::ALL
        .iter()
        .map(|c| ErrorCodeInfo {
            number: c.as_u32(),
            name: c.name().to_string(),
        })
        .collect()
}

/// Generates the artifacts of one request given as JSON text.
#[napi]
pub fn generate(env: Env, request_json: String) -> Result<JsArtifacts> {
    let artifacts = codevault::Request::from_json(&request_json)
        .and_then(|request| codevault::generate(&request))
        .map_err(|e| into_js_error(&env, &e))?;
    Ok(artifacts_to_js(artifacts))
}

/// JSON in, JSON out (artifact bytes as base64): `codevault::generate_json`.
#[napi]
pub fn generate_json(env: Env, request_json: String) -> Result<String> {
    codevault::generate_json(&request_json).map_err(|e| into_js_error(&env, &e))
}

/// Encodes `data` (text, converted to the ECI's character set when `eci` is set, or bytes as
/// they are) into a symbol. `symbology` is a symbology name
/// (default `qr`); `options_json` is `EncodeOptions` as JSON (default `{}`).
#[napi(ts_return_type = "Symbol")]
pub fn encode(
    env: Env,
    data: Either<String, Uint8Array>,
    symbology: Option<String>,
    options_json: Option<String>,
) -> Result<JsSymbol> {
    let data = Data::from(data);
    encode_request(symbology.as_deref(), options_json.as_deref())
        .and_then(|request| encode_data(&data, &request))
        .map(JsSymbol::from)
        .map_err(|e| into_js_error(&env, &e))
}

/// [`generate`] on the libuv thread pool.
#[napi(ts_return_type = "Promise<Artifacts>")]
pub fn generate_async(request_json: String) -> AsyncTask<tasks::Generate> {
    AsyncTask::new(tasks::Generate::new(vec![request_json], false))
}

/// Many requests on the libuv thread pool, spread over the machine's cores; resolves to one
/// result per request in order, or rejects with the first failing request's error (its `index`
/// property says which).
#[napi(ts_return_type = "Promise<Artifacts[]>")]
pub fn generate_many_async(requests_json: Vec<String>) -> AsyncTask<tasks::Generate> {
    AsyncTask::new(tasks::Generate::new(requests_json, true))
}

/// [`encode`] on the libuv thread pool.
#[napi(ts_return_type = "Promise<Symbol>")]
pub fn encode_async(
    data: Either<String, Uint8Array>,
    symbology: Option<String>,
    options_json: Option<String>,
) -> AsyncTask<tasks::Encode> {
    AsyncTask::new(tasks::Encode {
        data: Data::from(data),
        symbology,
        options_json,
    })
}
