// Child processes for the start and test scripts: each in its own process group, so that a stop
// reaches the whole tree (npm -> sh -> medusa -> workers), and none is left behind.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

function outputTo(label, logDir) {
  if (!logDir) return { stdio: "inherit" }
  fs.mkdirSync(logDir, { recursive: true })
  const file = path.join(logDir, `${label}.log`)
  return { stdio: ["ignore", fs.openSync(file, "a"), fs.openSync(file, "a")], file }
}

/**
 * Runs a command to completion with its output in `<logDir>/<label>.log`, echoing the lines that
 * match `show` (progress, warnings, errors); rejects with the log's tail when it fails.
 */
export function run(command, args, { cwd, env, label, logDir, show = /\[seed\]|error|ERR!/i }) {
  const out = outputTo(label, logDir)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: out.file ? ["ignore", "pipe", "pipe"] : out.stdio, detached: true })
    if (out.file) {
      const log = fs.createWriteStream(out.file, { flags: "a" })
      let pending = ""
      const onData = (chunk) => {
        log.write(chunk)
        const lines = (pending + chunk.toString()).split("\n")
        pending = lines.pop()
        for (const line of lines) {
          const plain = line.replace(/\x1b\[[0-9;]*m/g, "").trim()
          if (show && show.test(plain)) console.log(`  ${label}: ${plain.replace(/^(info|warn|error):\s*/, "")}`)
        }
      }
      child.stdout.on("data", onData)
      child.stderr.on("data", onData)
    }
    const forward = (sig) => { try { process.kill(-child.pid, sig) } catch {} }
    process.once("SIGINT", forward)
    child.on("exit", (code, signal) => {
      process.removeListener("SIGINT", forward)
      if (code === 0) return resolve()
      const tail = out.file ? `\n${tailOf(out.file)}` : ""
      reject(new Error(`${label} failed (${signal ?? `exit ${code}`})${tail}`))
    })
  })
}

/** A long-running service; stop() sends SIGTERM to its group, then SIGKILL after a grace period. */
export function spawnService({ name, command, args, cwd, env, logDir, onExit }) {
  const out = outputTo(name, logDir)
  const child = spawn(command, args, { cwd, env, stdio: out.stdio, detached: true })
  let exited = false
  const done = new Promise((resolve) =>
    child.on("exit", (code) => {
      exited = true
      resolve()
      onExit?.(code)
    })
  )
  return {
    name,
    pid: child.pid,
    logFile: out.file,
    stop: async (graceMs = 10_000) => {
      if (exited) return
      try { process.kill(-child.pid, "SIGTERM") } catch {}
      const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL") } catch {} }, graceMs)
      await done
      clearTimeout(timer)
      try { process.kill(-child.pid, "SIGKILL") } catch {} // stragglers in the group
    },
  }
}

export async function waitForHttp(url, { timeoutMs = 120_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" })
      if (res.status < 500) return res.status
      last = `HTTP ${res.status}`
    } catch (e) {
      last = e.cause?.code ?? e.message
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`)
}

/** Newest modification time of the given files and folders (recursively), in ms. */
export function newestMtime(paths) {
  let newest = 0
  const visit = (p) => {
    let st
    try { st = fs.statSync(p) } catch { return }
    if (st.isDirectory()) {
      if (/(^|\/)(node_modules|\.next|\.medusa|__tests__)$/.test(p)) return
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry))
    } else newest = Math.max(newest, st.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

export function tailOf(file, lines = 40) {
  try { return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") } catch { return "" }
}

export function readStackInfo(dataDir) {
  try { return JSON.parse(fs.readFileSync(path.join(dataDir, "stack.json"), "utf8")) } catch { return null }
}
