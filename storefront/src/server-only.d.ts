// Next aliases "server-only" to its bundled copy; this only gives TypeScript a declaration.
declare module "server-only" {}
