//! The async variants: the same facade calls on the libuv thread pool (no tokio).

use std::{num::NonZeroUsize, thread};

use codevault::{Artifacts, Request};
use napi::{Env, Result, Task, bindgen_prelude::*};

use crate::{
    convert::{Data, JsArtifacts, artifacts_to_js, encode_data, encode_request},
    error::into_js_error,
    symbol::JsSymbol,
};

/// One or many requests (JSON text) to generate.
pub struct Generate {
    requests: Vec<String>,
    many: bool,
}

impl Generate {
    /// `many` resolves to an array, otherwise to the single request's artifacts.
    pub fn new(requests: Vec<String>, many: bool) -> Generate {
        Generate { requests, many }
    }
}

fn generate_one(json: &str) -> std::result::Result<Artifacts, codevault::Error> {
    Request::from_json(json).and_then(|request| codevault::generate(&request))
}

type Outcome = std::result::Result<Artifacts, codevault::Error>;

/// Runs every request, spread over the available cores with scoped threads, in order.
fn generate_all(requests: &[String]) -> Vec<Outcome> {
    let threads = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(requests.len());
    if threads <= 1 {
        return requests.iter().map(|r| generate_one(r)).collect();
    }
    let chunk = requests.len().div_ceil(threads);
    thread::scope(|scope| {
        let handles: Vec<_> = requests
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|r| generate_one(r)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

impl Task for Generate {
    type Output = Vec<Outcome>;
    type JsValue = Either<JsArtifacts, Vec<JsArtifacts>>;

    fn compute(&mut self) -> Result<Self::Output> {
        Ok(generate_all(&self.requests))
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<Self::JsValue> {
        let mut all = Vec::with_capacity(output.len());
        for (index, outcome) in output.into_iter().enumerate() {
            match outcome {
                Ok(artifacts) => all.push(artifacts_to_js(artifacts)),
                Err(e) => return Err(with_index(&env, into_js_error(&env, &e), index, self.many)),
            }
        }
        if self.many {
            Ok(Either::B(all))
        } else {
            all.pop()
                .map(Either::A)
                .ok_or_else(|| napi::Error::from_reason("no request"))
        }
    }
}

/// Adds `index` (which request failed) to a bulk call's error.
fn with_index(env: &Env, error: napi::Error, index: usize, many: bool) -> napi::Error {
    if !many {
        return error;
    }
    let value = match napi::JsError::from(error)
        .into_unknown(*env)
        .coerce_to_object()
    {
        Ok(mut object) => {
            let _ = object.set_named_property("index", u32::try_from(index).unwrap_or(u32::MAX));
            object.to_unknown()
        }
        Err(e) => return e,
    };
    napi::Error::from(value)
}

/// Data, symbology and options (JSON text) to encode.
#[allow(missing_docs)]
pub struct Encode {
    pub data: Data,
    pub symbology: Option<String>,
    pub options_json: Option<String>,
}

impl Task for Encode {
    type Output = std::result::Result<codevault::Symbol, codevault::Error>;
    type JsValue = JsSymbol;

    fn compute(&mut self) -> Result<Self::Output> {
        Ok(
            encode_request(self.symbology.as_deref(), self.options_json.as_deref())
                .and_then(|request| encode_data(&self.data, &request)),
        )
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<JsSymbol> {
        output
            .map(JsSymbol::from)
            .map_err(|e| into_js_error(&env, &e))
    }
}
