'use strict'
// CodeVault for Node.js (CommonJS entry). The native addon is loaded by the napi-generated
// `native.js`; `lib/api.js` gives it the JS shape (errors, typed arguments, Symbol class).

const { createApi } = require('./lib/api.js')

module.exports = createApi(require('./native.js'))
