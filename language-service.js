// `ts-wasmexport/language-service` for resolvers that do not read package.json's exports.
"use strict";
module.exports = require("./dist/transformer/package/language-service.js");
