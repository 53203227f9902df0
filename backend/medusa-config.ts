// The single source of truth is ../medusa-config.ts (repository root).
// Medusa's CLI only looks for medusa-config.{ts,js} in its working directory (backend/).
module.exports = require("../medusa-config")
