/**
 * Generated pictures for the demo catalog: flat SVG illustrations rasterised to WebP with sharp.
 * The SVGs contain shapes only: librsvg inside sharp has no fonts in our images, so any text would
 * render as tofu boxes. Everything is deterministic for a given seed, so re-seeding yields identical
 * files (stable hashes, no churn in the media store).
 */
import sharp from "sharp"
import type { DemoProducerGroup, ImageSpec } from "./types"

type Motif = ImageSpec["motif"]

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** FNV-1a: a stable 32-bit hash of the seed string. */
function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Rng {
  private state: number
  constructor(seed: string) {
    this.state = hashString(seed) || 1
  }
  /** mulberry32: tiny, fast and good enough for jittering shapes. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.next()
  }
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
}

// ---------------------------------------------------------------------------------------------
// Colour helpers
// ---------------------------------------------------------------------------------------------

type Rgb = [number, number, number]

function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) {
    throw new Error(`Invalid colour "${hex}", expected #rrggbb`)
  }
  const n = parseInt(m[1], 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function rgbToHex([r, g, b]: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, "0")
  return `#${c(r)}${c(g)}${c(b)}`
}

function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a)
  const y = hexToRgb(b)
  return rgbToHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t])
}

const lighten = (c: string, t: number) => mix(c, "#ffffff", t)
const darken = (c: string, t: number) => mix(c, "#1a1410", t)

function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => {
    const k = (n + hue / 30) % 12
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
  }
  return rgbToHex([f(0) * 255, f(8) * 255, f(4) * 255])
}

const f1 = (n: number) => (Math.round(n * 10) / 10).toString()

// ---------------------------------------------------------------------------------------------
// Shared drawing pieces
// ---------------------------------------------------------------------------------------------

const SIZE = 800

type Ctx = {
  rng: Rng
  bg: string
  primary: string
  accent: string
  defs: string[]
}

/** A leaf: almond shape with a midrib, pointing up before rotation. */
function leaf(x: number, y: number, size: number, rotate: number, color: string): string {
  const s = size
  return (
    `<g transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(rotate)})">` +
    `<path d="M0 ${-s} C ${s * 0.62} ${-s * 0.45} ${s * 0.55} ${s * 0.55} 0 ${s} C ${-s * 0.55} ${s * 0.55} ${-s * 0.62} ${-s * 0.45} 0 ${-s}Z" fill="${color}"/>` +
    `<path d="M0 ${-s * 0.8} L0 ${s * 0.92}" stroke="${darken(color, 0.25)}" stroke-width="${f1(Math.max(1.5, s * 0.06))}" stroke-linecap="round" fill="none"/>` +
    `</g>`
  )
}

/** A small flower of ellipse petals. */
function flower(x: number, y: number, r: number, petals: number, color: string, center: string, rot = 0): string {
  let out = `<g transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(rot)})">`
  for (let i = 0; i < petals; i++) {
    out += `<ellipse cx="0" cy="${f1(-r * 0.55)}" rx="${f1(r * 0.32)}" ry="${f1(r * 0.55)}" fill="${color}" transform="rotate(${f1((360 / petals) * i)})"/>`
  }
  return out + `<circle r="${f1(r * 0.28)}" fill="${center}"/></g>`
}

/** A row of bars that suggests printed label text without using any font. */
function labelLines(x: number, y: number, widths: number[], color: string, h = 9, gap = 16): string {
  return widths
    .map((w, i) => `<rect x="${f1(x - w / 2)}" y="${f1(y + i * gap)}" width="${f1(w)}" height="${h}" rx="${h / 2}" fill="${color}"/>`)
    .join("")
}

/** Soft background, a lighter disc behind the object and a blurred contact shadow on the ground. */
function background(ctx: Ctx, groundY: number, groundRx: number): string {
  const { bg, primary, rng } = ctx
  ctx.defs.push(
    `<radialGradient id="bgGrad" cx="50%" cy="38%" r="75%"><stop offset="0" stop-color="${lighten(bg, 0.45)}"/><stop offset="0.65" stop-color="${bg}"/><stop offset="1" stop-color="${darken(bg, 0.08)}"/></radialGradient>`,
    `<filter id="blurGround" x="-50%" y="-200%" width="200%" height="500%"><feGaussianBlur stdDeviation="14"/></filter>`,
    `<filter id="drop" x="-25%" y="-25%" width="150%" height="160%"><feGaussianBlur in="SourceAlpha" stdDeviation="9"/><feOffset dx="6" dy="12"/><feComponentTransfer><feFuncA type="linear" slope="0.22"/></feComponentTransfer><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>`
  )
  // Faint decorative circles in the corners differ per seed so same-motif images are not clones.
  let deco = ""
  const corners: Array<[number, number]> = [
    [rng.range(40, 160), rng.range(40, 160)],
    [rng.range(640, 760), rng.range(60, 180)],
    [rng.range(60, 180), rng.range(660, 760)],
  ]
  for (const [cx, cy] of corners) {
    deco += `<circle cx="${f1(cx)}" cy="${f1(cy)}" r="${f1(rng.range(60, 120))}" fill="${primary}" opacity="0.035"/>`
  }
  return (
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#bgGrad)"/>` +
    deco +
    `<circle cx="400" cy="390" r="${f1(rng.range(285, 310))}" fill="${lighten(bg, 0.55)}" opacity="0.55"/>` +
    `<ellipse cx="400" cy="${groundY}" rx="${groundRx}" ry="26" fill="#2b1d12" opacity="0.2" filter="url(#blurGround)"/>`
  )
}

// ---------------------------------------------------------------------------------------------
// Textiles: one folded-cloth composition with a motif-specific weave pattern
// ---------------------------------------------------------------------------------------------

/** A stepped diamond, the blurred-edge look of tie-dyed (mudmee) yarn. */
function steppedDiamond(cx: number, cy: number, w: number, h: number, steps: number): string {
  const pts: string[] = []
  const dy = h / 2 / steps
  for (let i = 0; i <= steps; i++) {
    const half = (w / 2) * (i / steps)
    const y = cy - h / 2 + i * dy
    pts.push(`${f1(cx + half)},${f1(y)}`, `${f1(cx + half)},${f1(y + dy)}`)
  }
  for (let i = steps; i >= 0; i--) {
    const half = (w / 2) * (i / steps)
    const y = cy + h / 2 - i * dy
    pts.push(`${f1(cx + half)},${f1(y)}`)
  }
  const right = pts.join(" ")
  // Mirror for the left half.
  const left = pts
    .slice()
    .reverse()
    .map((p) => {
      const [x, y] = p.split(",").map(Number)
      return `${f1(2 * cx - x)},${f1(y)}`
    })
    .join(" ")
  return `${right} ${left}`
}

function ikatPattern(ctx: Ctx, id: string): void {
  const { rng, primary, accent } = ctx
  const w = Math.round(rng.range(70, 96))
  const h = Math.round(w * rng.range(1.15, 1.4))
  const light = lighten(accent, 0.55)
  const deep = darken(primary, 0.25)
  let tile = `<rect width="${w}" height="${h}" fill="${primary}"/>`
  tile += `<rect y="${f1(h / 2 - 2)}" width="${w}" height="4" fill="${deep}" opacity="0.6"/>`
  for (const [cx, cy] of [
    [w / 2, h / 2],
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ]) {
    tile += `<polygon points="${steppedDiamond(cx, cy, w * 0.74, h * 0.74, 6)}" fill="${accent}"/>`
    tile += `<polygon points="${steppedDiamond(cx, cy, w * 0.5, h * 0.5, 4)}" fill="${light}"/>`
    tile += `<polygon points="${steppedDiamond(cx, cy, w * 0.28, h * 0.28, 3)}" fill="${primary}"/>`
    tile += `<rect x="${f1(cx - 3)}" y="${f1(cy - 3)}" width="6" height="6" fill="${light}"/>`
  }
  ctx.defs.push(
    `<pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, w)} ${rng.int(0, h)})">${tile}</pattern>`
  )
}

function indigoPattern(ctx: Ctx, id: string): void {
  const { rng, primary, accent } = ctx
  const w = Math.round(rng.range(56, 72))
  const thread = lighten(accent, 0.2)
  const amp = rng.range(6, 11)
  let tile = `<rect width="${w}" height="${w}" fill="${primary}"/>`
  // Running-stitch waves plus small crosses: a sashiko-like hand-stitched surface.
  tile += `<path d="M0 ${w * 0.3} Q ${w / 4} ${w * 0.3 - amp} ${w / 2} ${w * 0.3} T ${w} ${w * 0.3}" fill="none" stroke="${thread}" stroke-width="3" stroke-dasharray="7 6" stroke-linecap="round"/>`
  tile += `<path d="M0 ${w * 0.8} Q ${w / 4} ${w * 0.8 + amp} ${w / 2} ${w * 0.8} T ${w} ${w * 0.8}" fill="none" stroke="${thread}" stroke-width="3" stroke-dasharray="7 6" stroke-linecap="round" opacity="0.75"/>`
  tile += `<path d="M${w / 2 - 6} ${w * 0.55} h12 M${w / 2} ${w * 0.55 - 6} v12" stroke="${thread}" stroke-width="3" stroke-linecap="round"/>`
  tile += `<circle cx="0" cy="${w * 0.55}" r="3" fill="${thread}"/><circle cx="${w}" cy="${w * 0.55}" r="3" fill="${thread}"/>`
  ctx.defs.push(
    `<pattern id="${id}" width="${w}" height="${w}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, w)} ${rng.int(0, w)})">${tile}</pattern>`
  )
}

function checkPattern(ctx: Ctx, id: string): void {
  const { rng, primary, accent } = ctx
  const w = Math.round(rng.range(84, 110))
  const band = w * rng.range(0.34, 0.42)
  const thin = w * 0.06
  const light = lighten(primary, 0.7)
  let tile = `<rect width="${w}" height="${w}" fill="${primary}"/>`
  tile += `<rect x="0" y="0" width="${w}" height="${f1(band)}" fill="${accent}" opacity="0.55"/>`
  tile += `<rect x="0" y="0" width="${f1(band)}" height="${w}" fill="${accent}" opacity="0.55"/>`
  tile += `<rect x="0" y="${f1(band + thin * 1.5)}" width="${w}" height="${f1(thin)}" fill="${light}" opacity="0.7"/>`
  tile += `<rect x="${f1(band + thin * 1.5)}" y="0" width="${f1(thin)}" height="${w}" fill="${light}" opacity="0.7"/>`
  tile += `<rect x="0" y="${f1(w * 0.78)}" width="${w}" height="${f1(thin * 0.6)}" fill="${darken(primary, 0.4)}" opacity="0.5"/>`
  tile += `<rect x="${f1(w * 0.78)}" y="0" width="${f1(thin * 0.6)}" height="${w}" fill="${darken(primary, 0.4)}" opacity="0.5"/>`
  ctx.defs.push(
    `<pattern id="${id}" width="${w}" height="${w}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, w)} ${rng.int(0, w)})">${tile}</pattern>`
  )
}

function brocadePattern(ctx: Ctx, id: string): void {
  const { rng, primary, accent } = ctx
  const w = Math.round(rng.range(60, 78))
  const h = Math.round(w * 0.9)
  const gold = accent
  const star = (cx: number, cy: number, s: number) =>
    `<polygon points="${cx},${cy - s} ${cx + s * 0.35},${cy - s * 0.35} ${cx + s},${cy} ${cx + s * 0.35},${cy + s * 0.35} ${cx},${cy + s} ${cx - s * 0.35},${cy + s * 0.35} ${cx - s},${cy} ${cx - s * 0.35},${cy - s * 0.35}" fill="${gold}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${f1(s * 0.22)}" fill="${primary}"/>`
  let tile = `<rect width="${w}" height="${h}" fill="${primary}"/>`
  tile += star(w / 2, h / 2, w * 0.24)
  for (const [cx, cy] of [
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ]) {
    tile += star(cx, cy, w * 0.16)
  }
  tile += `<circle cx="${w / 2}" cy="0" r="2.5" fill="${gold}" opacity="0.8"/><circle cx="${w / 2}" cy="${h}" r="2.5" fill="${gold}" opacity="0.8"/>`
  ctx.defs.push(
    `<pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, w)} 0)">${tile}</pattern>`
  )
  // The hem band (teen jok): zigzags and lozenges in a wider repeat.
  const hw = 48
  let hem = `<rect width="${hw}" height="120" fill="${darken(primary, 0.25)}"/>`
  hem += `<polygon points="0,0 ${hw / 2},26 ${hw},0" fill="${gold}"/>`
  hem += `<rect y="32" width="${hw}" height="6" fill="${lighten(gold, 0.4)}"/>`
  hem += `<polygon points="${hw / 2},46 ${hw * 0.85},70 ${hw / 2},94 ${hw * 0.15},70" fill="${gold}"/>`
  hem += `<polygon points="${hw / 2},58 ${hw * 0.67},70 ${hw / 2},82 ${hw * 0.33},70" fill="${primary}"/>`
  hem += `<rect y="100" width="${hw}" height="6" fill="${lighten(gold, 0.4)}"/>`
  hem += `<polygon points="0,120 ${hw / 2},110 ${hw},120" fill="${gold}"/>`
  ctx.defs.push(`<pattern id="${id}-hem" width="${hw}" height="120" patternUnits="userSpaceOnUse">${hem}</pattern>`)
}

function foldedCloth(ctx: Ctx, motif: Motif): string {
  const { rng, primary, accent } = ctx
  const pat = "cloth"
  if (motif === "silk-ikat") ikatPattern(ctx, pat)
  else if (motif === "indigo-cotton") indigoPattern(ctx, pat)
  else if (motif === "weave-check") checkPattern(ctx, pat)
  else brocadePattern(ctx, pat)

  const isSilk = motif === "silk-ikat" || motif === "brocade"
  ctx.defs.push(
    `<linearGradient id="sheen" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="${isSilk ? 0.28 : 0.12}"/><stop offset="0.45" stop-color="#ffffff" stop-opacity="0"/><stop offset="0.75" stop-color="#ffffff" stop-opacity="${isSilk ? 0.12 : 0.05}"/><stop offset="1" stop-color="#000000" stop-opacity="0.12"/></linearGradient>`,
    `<linearGradient id="foldTop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.28"/></linearGradient>`,
    `<linearGradient id="foldShadow" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000000" stop-opacity="0.35"/><stop offset="1" stop-color="#000000" stop-opacity="0"/></linearGradient>`
  )

  const w = Math.round(rng.range(400, 440))
  const h = Math.round(rng.range(330, 360))
  const x = 400 - w / 2
  const y = 410 - h / 2
  const flapY = y + h * rng.range(0.6, 0.68)
  const tilt = rng.range(-3, 3)
  const backTilt = rng.range(5, 9) * (rng.next() > 0.5 ? 1 : -1)

  // Second cloth peeking out behind: plain with a contrasting border, in the accent colour.
  const back = motif === "silk-ikat" ? lighten(primary, 0.22) : darken(accent, 0.15)
  let out = `<g filter="url(#drop)">`
  out += `<g transform="rotate(${f1(backTilt)} 400 420)">`
  out += `<rect x="${x + 24}" y="${y + 34}" width="${w}" height="${h}" rx="12" fill="${back}"/>`
  out += `<rect x="${x + 24}" y="${y + h + 34 - 26}" width="${w}" height="12" fill="${lighten(accent, 0.35)}" opacity="0.9"/>`
  out += `</g>`

  out += `<g transform="rotate(${f1(tilt)} 400 410)">`
  // Main body of the folded cloth.
  out += `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="url(#${pat})"/>`
  // Selvage stripes along both side edges.
  // Solid border bands (เชิง) with a thin contrasting line, as on woven lengths.
  const border = motif === "silk-ikat" ? darken(primary, 0.15) : motif === "brocade" ? darken(primary, 0.3) : null
  const sel = isSilk ? accent : lighten(primary, 0.5)
  if (border) {
    out += `<rect x="${x}" y="${y}" width="22" height="${h}" fill="${border}"/><rect x="${x + w - 22}" y="${y}" width="22" height="${h}" fill="${border}"/>`
  }
  out += `<rect x="${x + 14}" y="${y}" width="4" height="${h}" fill="${sel}" opacity="0.9"/>`
  out += `<rect x="${x + w - 18}" y="${y}" width="4" height="${h}" fill="${sel}" opacity="0.9"/>`
  // Rolled top edge.
  out += `<rect x="${x}" y="${y}" width="${w}" height="34" rx="10" fill="url(#foldTop)"/>`
  // Folded-over flap: a band of hem pattern for brocade, otherwise the same cloth slightly darker.
  const flapH = y + h - flapY
  out += `<rect x="${x}" y="${f1(flapY)}" width="${w}" height="${f1(flapH)}" rx="10" fill="url(#${motif === "brocade" ? `${pat}-hem` : pat})"/>`
  if (motif !== "brocade") {
    out += `<rect x="${x}" y="${f1(flapY)}" width="${w}" height="${f1(flapH)}" rx="10" fill="#000000" opacity="0.12"/>`
  }
  out += `<rect x="${x}" y="${f1(flapY)}" width="${w}" height="22" fill="url(#foldShadow)"/>`
  out += `<rect x="${x}" y="${f1(flapY - 3)}" width="${w}" height="4" rx="2" fill="#ffffff" opacity="0.35"/>`
  // Fringe on scarves and loincloths, a detail that reads as "hand-woven".
  if (motif !== "brocade" && rng.next() > 0.35) {
    let fringe = ""
    for (let fx = x + 14; fx < x + w - 10; fx += 9) {
      fringe += `<path d="M${fx} ${y + h - 2} l${f1(rng.range(-2, 2))} ${f1(rng.range(16, 24))}" stroke="${isSilk ? accent : lighten(primary, 0.2)}" stroke-width="3" stroke-linecap="round"/>`
    }
    out += fringe
  }
  out += `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="url(#sheen)"/>`
  out += `</g></g>`
  return background(ctx, 615, 250) + out
}

// ---------------------------------------------------------------------------------------------
// Food and drink containers
// ---------------------------------------------------------------------------------------------

function jar(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const w = rng.range(250, 290)
  const x = 400 - w / 2
  const top = 285
  const bottom = rng.range(600, 620)
  const paper = "#fbf4e4"
  ctx.defs.push(
    `<linearGradient id="lid" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(accent, 0.25)}"/><stop offset="0.35" stop-color="${lighten(accent, 0.25)}"/><stop offset="1" stop-color="${darken(accent, 0.3)}"/></linearGradient>`,
    `<linearGradient id="fill" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.2)}"/><stop offset="0.4" stop-color="${primary}"/><stop offset="1" stop-color="${darken(primary, 0.3)}"/></linearGradient>`
  )
  let flecks = ""
  for (let i = 0; i < 60; i++) {
    const fx = rng.range(x + 16, x + w - 16)
    const fy = rng.range(top + 40, bottom - 16)
    flecks += `<ellipse cx="${f1(fx)}" cy="${f1(fy)}" rx="${f1(rng.range(2, 5))}" ry="${f1(rng.range(1.5, 3))}" fill="${rng.next() > 0.5 ? lighten(primary, 0.35) : darken(primary, 0.35)}" opacity="0.8" transform="rotate(${f1(rng.range(0, 180))} ${f1(fx)} ${f1(fy)})"/>`
  }
  const labelY = rng.range(400, 430)
  let out = `<g filter="url(#drop)">`
  // Glass body with contents.
  out += `<rect x="${f1(x)}" y="${top}" width="${f1(w)}" height="${f1(bottom - top)}" rx="42" fill="${lighten(primary, 0.75)}" opacity="0.9"/>`
  out += `<rect x="${f1(x + 8)}" y="${top + 30}" width="${f1(w - 16)}" height="${f1(bottom - top - 38)}" rx="36" fill="url(#fill)"/>`
  out += flecks
  // Label band with an emblem and "text" bars.
  out += `<rect x="${f1(x)}" y="${f1(labelY)}" width="${f1(w)}" height="118" fill="${paper}"/>`
  out += `<rect x="${f1(x)}" y="${f1(labelY + 6)}" width="${f1(w)}" height="4" fill="${accent}" opacity="0.7"/>`
  out += `<rect x="${f1(x)}" y="${f1(labelY + 108)}" width="${f1(w)}" height="4" fill="${accent}" opacity="0.7"/>`
  out += `<circle cx="${f1(x + 58)}" cy="${f1(labelY + 59)}" r="34" fill="${accent}"/>`
  out += leaf(x + 58, labelY + 59, 20, rng.range(20, 50), lighten(accent, 0.6))
  out += labelLines(x + 58 + (w - 58) / 2 + 6, labelY + 38, [w * 0.42, w * 0.3, w * 0.36], darken(accent, 0.2), 9, 18)
  // Glass highlight.
  out += `<rect x="${f1(x + 22)}" y="${top + 40}" width="14" height="${f1(bottom - top - 90)}" rx="7" fill="#ffffff" opacity="0.35"/>`
  // Neck and screw lid with ridges.
  out += `<rect x="${f1(x + 26)}" y="${top - 18}" width="${f1(w - 52)}" height="30" rx="6" fill="${lighten(primary, 0.7)}"/>`
  out += `<rect x="${f1(x + 12)}" y="${top - 78}" width="${f1(w - 24)}" height="68" rx="12" fill="url(#lid)"/>`
  for (let lx = x + 28; lx < x + w - 20; lx += 12) {
    out += `<rect x="${f1(lx)}" y="${top - 70}" width="3" height="52" rx="1.5" fill="${darken(accent, 0.35)}" opacity="0.35"/>`
  }
  out += `<rect x="${f1(x + 12)}" y="${top - 78}" width="${f1(w - 24)}" height="12" rx="6" fill="#ffffff" opacity="0.25"/>`
  out += `</g>`
  // Garnish: leaves at the foot of the jar.
  const side = rng.next() > 0.5 ? 1 : -1
  out += leaf(400 + side * (w / 2 + 50), bottom - 6, 44, side * 70, darken(accent, 0.05))
  out += leaf(400 + side * (w / 2 + 100), bottom + 8, 34, side * 100, lighten(accent, 0.15))
  return background(ctx, bottom + 8, w / 2 + 90) + out
}

function bottle(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cx = rng.range(355, 375)
  const bw = rng.range(150, 170)
  const bottom = 640
  const shoulder = rng.range(330, 360)
  const neckW = 46
  const neckTop = 190
  ctx.defs.push(
    `<linearGradient id="glass" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.35)}"/><stop offset="0.3" stop-color="${primary}"/><stop offset="0.55" stop-color="${lighten(primary, 0.15)}"/><stop offset="1" stop-color="${darken(primary, 0.45)}"/></linearGradient>`
  )
  const l = cx - bw / 2
  const r = cx + bw / 2
  const body =
    `M${f1(l)} ${bottom - 20} L${f1(l)} ${f1(shoulder + 40)} C${f1(l)} ${f1(shoulder)} ${f1(cx - neckW / 2)} ${f1(shoulder - 20)} ${f1(cx - neckW / 2)} ${f1(shoulder - 80)} ` +
    `L${f1(cx - neckW / 2)} ${neckTop} L${f1(cx + neckW / 2)} ${neckTop} L${f1(cx + neckW / 2)} ${f1(shoulder - 80)} C${f1(cx + neckW / 2)} ${f1(shoulder - 20)} ${f1(r)} ${f1(shoulder)} ${f1(r)} ${f1(shoulder + 40)} ` +
    `L${f1(r)} ${bottom - 20} Q${f1(r)} ${bottom} ${f1(r - 20)} ${bottom} L${f1(l + 20)} ${bottom} Q${f1(l)} ${bottom} ${f1(l)} ${bottom - 20}Z`
  const labelTop = shoulder + 90
  let out = `<g filter="url(#drop)">`
  out += `<path d="${body}" fill="url(#glass)"/>`
  out += `<rect x="${f1(cx - neckW / 2 - 4)}" y="${neckTop - 40}" width="${neckW + 8}" height="100" rx="8" fill="${accent}"/>`
  out += `<rect x="${f1(cx - neckW / 2 - 4)}" y="${neckTop + 44}" width="${neckW + 8}" height="6" fill="${darken(accent, 0.3)}"/>`
  out += `<rect x="${f1(l)}" y="${f1(labelTop)}" width="${f1(bw)}" height="150" fill="#fbf4e4"/>`
  out += `<rect x="${f1(l)}" y="${f1(labelTop + 8)}" width="${f1(bw)}" height="3" fill="${accent}"/>`
  out += `<rect x="${f1(l)}" y="${f1(labelTop + 139)}" width="${f1(bw)}" height="3" fill="${accent}"/>`
  out += `<circle cx="${f1(cx)}" cy="${f1(labelTop + 58)}" r="30" fill="${accent}"/>`
  out += `<circle cx="${f1(cx)}" cy="${f1(labelTop + 58)}" r="20" fill="${lighten(accent, 0.3)}"/>`
  out += leaf(cx + 6, labelTop + 30, 12, 35, "#5c8a3a")
  out += labelLines(cx, labelTop + 100, [bw * 0.6, bw * 0.4], darken(accent, 0.25), 8, 16)
  out += `<rect x="${f1(l + 16)}" y="${f1(shoulder + 30)}" width="12" height="${f1(bottom - shoulder - 70)}" rx="6" fill="#ffffff" opacity="0.22"/>`
  out += `</g>`
  // Fruit and leaves rather than a drinking glass: the same bottle serves wines, juices and
  // herbal oils or shampoos, so the props must not say "alcohol".
  const fx = rng.range(545, 565)
  const fruit = (x: number, y: number, r: number) =>
    `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r)}" fill="${accent}"/>` +
    `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r)}" fill="url(#fruitShade)"/>` +
    `<ellipse cx="${f1(x - r * 0.35)}" cy="${f1(y - r * 0.38)}" rx="${f1(r * 0.3)}" ry="${f1(r * 0.18)}" fill="#ffffff" opacity="0.35"/>`
  ctx.defs.push(
    `<radialGradient id="fruitShade" cx="40%" cy="35%" r="70%"><stop offset="0.5" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.25"/></radialGradient>`
  )
  out += leaf(fx + 30, 560, 34, 50, "#4f7d34") + leaf(fx - 20, 575, 28, -35, "#6e9e45")
  out += `<g filter="url(#drop)">${fruit(fx + 40, 612, 42)}${fruit(fx - 22, 622, 32)}</g>`
  out += leaf(fx + 46, 568, 14, 30, "#5c8a3a")
  out += leaf(210, 630, 30, -70, "#5c8a3a") + leaf(238, 640, 24, -110, "#77a64c")
  return background(ctx, 640, 240) + out
}

/** A coffee bean seen from above, with its centre groove. */
function bean(x: number, y: number, s: number, rot: number, color: string): string {
  return (
    `<g transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(rot)})">` +
    `<ellipse rx="${f1(s)}" ry="${f1(s * 0.72)}" fill="${color}"/>` +
    `<path d="M${f1(-s * 0.8)} 0 C ${f1(-s * 0.3)} ${f1(-s * 0.3)} ${f1(s * 0.3)} ${f1(s * 0.3)} ${f1(s * 0.8)} 0" stroke="${lighten(color, 0.35)}" stroke-width="${f1(s * 0.14)}" fill="none" stroke-linecap="round"/>` +
    `<ellipse rx="${f1(s * 0.5)}" ry="${f1(s * 0.22)}" cx="${f1(-s * 0.2)}" cy="${f1(-s * 0.38)}" fill="#ffffff" opacity="0.15"/>` +
    `</g>`
  )
}

function coffee(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const top = rng.range(190, 210)
  const bottom = 620
  const l = 255
  const r = 545
  ctx.defs.push(
    `<linearGradient id="bag" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.2)}"/><stop offset="0.35" stop-color="${lighten(primary, 0.1)}"/><stop offset="1" stop-color="${darken(primary, 0.28)}"/></linearGradient>`
  )
  let crimp = `M${l} ${f1(top + 10)}`
  for (let x = l; x < r; x += 14) crimp += ` L${x + 7} ${f1(top)} L${x + 14} ${f1(top + 10)}`
  const bag = `${crimp} L${r} ${f1(top + 10)} L${r + 12} ${bottom - 16} Q${r + 12} ${bottom} ${r - 6} ${bottom} L${l + 6} ${bottom} Q${l - 12} ${bottom} ${l - 12} ${bottom - 16}Z`
  let out = `<g filter="url(#drop)">`
  out += `<path d="${bag}" fill="url(#bag)"/>`
  // Heat-seal band and tin tie.
  out += `<rect x="${l}" y="${f1(top + 22)}" width="${r - l}" height="20" fill="${darken(primary, 0.25)}" opacity="0.5"/>`
  out += `<rect x="${l - 6}" y="${f1(top + 58)}" width="${r - l + 12}" height="10" rx="5" fill="${lighten(accent, 0.2)}"/>`
  // Label panel: mountains + bean emblem (the "doi" of highland coffee).
  const ly = rng.range(320, 340)
  out += `<rect x="${l + 40}" y="${f1(ly)}" width="${r - l - 80}" height="220" rx="18" fill="${accent}"/>`
  out += `<rect x="${l + 52}" y="${f1(ly + 12)}" width="${r - l - 104}" height="196" rx="12" fill="none" stroke="${lighten(accent, 0.5)}" stroke-width="3"/>`
  const peak = rng.range(-20, 20)
  out += `<path d="M${l + 70} ${f1(ly + 130)} L${f1(360 + peak)} ${f1(ly + 60)} L${f1(400 + peak)} ${f1(ly + 95)} L${f1(440 + peak)} ${f1(ly + 50)} L${r - 70} ${f1(ly + 130)}Z" fill="${lighten(accent, 0.45)}"/>`
  out += `<path d="M${f1(440 + peak)} ${f1(ly + 50)} L${f1(452 + peak)} ${f1(ly + 62)} L${f1(428 + peak)} ${f1(ly + 62)}Z" fill="#ffffff"/>`
  out += bean(400, ly + 150, 24, -25, darken(primary, 0.35))
  out += labelLines(400, ly + 184, [110], lighten(accent, 0.5), 8)
  // Degassing valve.
  out += `<circle cx="${r - 50}" cy="${f1(top + 100)}" r="13" fill="${darken(primary, 0.3)}"/><circle cx="${r - 50}" cy="${f1(top + 100)}" r="6" fill="${lighten(primary, 0.2)}"/>`
  out += `<rect x="${l + 18}" y="${f1(top + 80)}" width="12" height="${f1(bottom - top - 120)}" rx="6" fill="#ffffff" opacity="0.14"/>`
  out += `</g>`
  // Scattered roasted beans in front.
  const beanColor = darken("#6b3e1f", 0.1)
  for (let i = 0; i < 9; i++) {
    const side = i % 2 === 0 ? -1 : 1
    const bx = 400 + side * rng.range(170, 250)
    const by = rng.range(560, 690)
    out += bean(bx, by, rng.range(17, 22), rng.range(0, 180), mix(beanColor, "#3b2211", rng.next() * 0.6))
  }
  return background(ctx, bottom + 6, 260) + out
}

function tea(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cx = rng.range(340, 360)
  const w = 220
  const top = 260
  const bottom = 610
  const l = cx - w / 2
  ctx.defs.push(
    `<linearGradient id="tin" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.3)}"/><stop offset="0.3" stop-color="${lighten(primary, 0.15)}"/><stop offset="0.55" stop-color="${primary}"/><stop offset="1" stop-color="${darken(primary, 0.4)}"/></linearGradient>`,
    `<linearGradient id="tinLid" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(accent, 0.3)}"/><stop offset="0.3" stop-color="${lighten(accent, 0.25)}"/><stop offset="1" stop-color="${darken(accent, 0.4)}"/></linearGradient>`
  )
  let out = `<g filter="url(#drop)">`
  out += `<rect x="${l}" y="${top}" width="${w}" height="${bottom - top}" fill="url(#tin)"/>`
  out += `<ellipse cx="${cx}" cy="${bottom}" rx="${w / 2}" ry="22" fill="url(#tin)"/>`
  // Lid.
  out += `<rect x="${l - 6}" y="${top - 10}" width="${w + 12}" height="62" fill="url(#tinLid)"/>`
  out += `<ellipse cx="${cx}" cy="${top + 52}" rx="${w / 2 + 6}" ry="22" fill="url(#tinLid)"/>`
  out += `<ellipse cx="${cx}" cy="${top - 10}" rx="${w / 2 + 6}" ry="24" fill="${lighten(accent, 0.2)}"/>`
  out += `<ellipse cx="${cx}" cy="${top - 12}" rx="${w / 2 - 12}" ry="16" fill="${lighten(accent, 0.35)}"/>`
  // Label with a tea-leaf sprig.
  const ly = rng.range(360, 380)
  out += `<rect x="${l}" y="${f1(ly)}" width="${w}" height="160" fill="#f7f1e1"/>`
  out += `<rect x="${l}" y="${f1(ly + 8)}" width="${w}" height="4" fill="${accent}"/>`
  out += `<rect x="${l}" y="${f1(ly + 148)}" width="${w}" height="4" fill="${accent}"/>`
  out += `<path d="M${cx} ${f1(ly + 120)} C ${cx - 4} ${f1(ly + 90)} ${cx + 4} ${f1(ly + 60)} ${cx} ${f1(ly + 34)}" stroke="#4d6b2e" stroke-width="4" fill="none" stroke-linecap="round"/>`
  out += leaf(cx - 24, ly + 64, 22, -50, "#6d9a3c")
  out += leaf(cx + 24, ly + 80, 22, 50, "#5b8a34")
  out += leaf(cx, ly + 40, 16, 0, "#84b24c")
  out += labelLines(cx, ly + 126, [w * 0.5], darken(accent, 0.2), 8)
  out += `<rect x="${l + 20}" y="${top + 70}" width="14" height="${bottom - top - 100}" rx="7" fill="#ffffff" opacity="0.2"/>`
  out += `</g>`
  // A small handle-less cup of tea.
  const ux = rng.range(565, 585)
  out += `<g filter="url(#drop)">`
  out += `<path d="M${f1(ux - 70)} 540 Q${f1(ux - 66)} 628 ${f1(ux)} 630 Q${f1(ux + 66)} 628 ${f1(ux + 70)} 540Z" fill="#faf7f0"/>`
  out += `<ellipse cx="${f1(ux)}" cy="540" rx="70" ry="16" fill="#efe8d8"/>`
  out += `<ellipse cx="${f1(ux)}" cy="543" rx="60" ry="11" fill="${mix("#c9a24a", accent, 0.25)}"/>`
  out += `<path d="M${f1(ux - 58)} 560 Q${f1(ux - 56)} 600 ${f1(ux - 30)} 615" stroke="${accent}" stroke-width="4" fill="none" opacity="0.5"/>`
  out += `</g>`
  for (let i = 0; i < 6; i++) {
    const lx = i < 3 ? rng.range(150, 250) : rng.range(480, 700)
    const ly2 = rng.range(660, 710)
    out += leaf(lx, ly2, rng.range(20, 28), rng.range(0, 360), mix("#4f7a2c", "#8cb555", rng.next()))
  }
  return background(ctx, 630, 280) + out
}

/** A rice stalk: a curved stem with grains along it. */
function riceStalk(x: number, y: number, h: number, bend: number, color: string): string {
  let out = `<path d="M${f1(x)} ${f1(y)} Q${f1(x + bend * 0.2)} ${f1(y - h * 0.6)} ${f1(x + bend)} ${f1(y - h)}" stroke="${darken(color, 0.25)}" stroke-width="3" fill="none" stroke-linecap="round"/>`
  for (let i = 0; i < 8; i++) {
    const t = 0.35 + i * 0.085
    const px = x + bend * t * t
    const py = y - h * t
    const side = i % 2 === 0 ? -1 : 1
    out += `<ellipse cx="${f1(px + side * 7)}" cy="${f1(py)}" rx="5" ry="9" fill="${color}" transform="rotate(${side * 30} ${f1(px + side * 7)} ${f1(py)})"/>`
  }
  return out
}

function rice(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cloth = primary
  const bulge = rng.range(0, 16)
  ctx.defs.push(
    `<pattern id="burlap" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${cloth}"/><path d="M0 2.5h10M0 7.5h10" stroke="${darken(cloth, 0.12)}" stroke-width="1.6"/><path d="M2.5 0v10M7.5 0v10" stroke="${lighten(cloth, 0.15)}" stroke-width="1.2"/></pattern>`,
    `<radialGradient id="sackShade" cx="40%" cy="40%" r="70%"><stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/><stop offset="0.7" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.25"/></radialGradient>`
  )
  const body = `M300 300 C ${f1(236 - bulge)} 380 ${f1(222 - bulge)} 540 250 615 Q400 648 550 615 C ${f1(578 + bulge)} 540 ${f1(564 + bulge)} 380 500 300Z`
  const ruffle = `M300 300 C 280 270 250 240 262 206 C 300 226 330 196 360 214 C 385 186 415 186 440 214 C 470 196 500 226 538 206 C 550 240 520 270 500 300Z`
  let out = `<g filter="url(#drop)">`
  out += `<path d="${ruffle}" fill="url(#burlap)"/><path d="${ruffle}" fill="#000000" opacity="0.12"/>`
  out += `<path d="${body}" fill="url(#burlap)"/><path d="${body}" fill="url(#sackShade)"/>`
  // Gathers under the tie.
  for (const dx of [-60, -25, 15, 55]) {
    out += `<path d="M${400 + dx} 310 Q${400 + dx * 1.3} 360 ${400 + dx * 1.6} 390" stroke="${darken(cloth, 0.2)}" stroke-width="3" fill="none" opacity="0.5" stroke-linecap="round"/>`
  }
  // Rope tie.
  out += `<rect x="292" y="288" width="216" height="22" rx="11" fill="${accent}"/>`
  out += `<path d="M300 299 h200" stroke="${darken(accent, 0.3)}" stroke-width="2" stroke-dasharray="8 6"/>`
  out += `<path d="M470 300 q30 40 10 80 M478 300 q44 30 44 70" stroke="${accent}" stroke-width="8" fill="none" stroke-linecap="round"/>`
  // Printed emblem: circle with a rice stalk.
  const ey = rng.range(470, 490)
  out += `<circle cx="400" cy="${f1(ey)}" r="78" fill="${lighten(cloth, 0.45)}" opacity="0.9"/>`
  out += `<circle cx="400" cy="${f1(ey)}" r="66" fill="none" stroke="${accent}" stroke-width="4"/>`
  out += riceStalk(392, ey + 52, 96, 30, mix("#d9a935", accent, 0.3))
  out += riceStalk(408, ey + 52, 80, -26, mix("#e6bb4f", accent, 0.3))
  out += `</g>`
  // Spilled grains.
  for (let i = 0; i < 70; i++) {
    const a = rng.range(0, Math.PI * 2)
    const d = Math.sqrt(rng.next()) * 70
    const gx = 585 + Math.cos(a) * d * 1.6
    const gy = 660 + Math.sin(a) * d * 0.45
    out += `<ellipse cx="${f1(gx)}" cy="${f1(gy)}" rx="5" ry="2.6" fill="${rng.next() > 0.3 ? "#fbf8ef" : "#efe4c8"}" transform="rotate(${f1(rng.range(0, 180))} ${f1(gx)} ${f1(gy)})"/>`
  }
  out += riceStalk(170, 690, 150, 60, "#d9a935")
  return background(ctx, 628, 230) + out
}

function snack(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const l = 260
  const r = 540
  const top = 200
  const bottom = 620
  const piece = (x: number, y: number, s: number, rot: number) => {
    const c = mix(accent, "#8a5a22", rng.range(0, 0.35))
    return (
      `<g transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(rot)})">` +
      `<ellipse rx="${f1(s)}" ry="${f1(s * 0.42)}" fill="${c}"/>` +
      `<path d="M${f1(-s * 0.7)} 0 Q0 ${f1(-s * 0.18)} ${f1(s * 0.7)} 0" stroke="${darken(c, 0.25)}" stroke-width="2.5" fill="none"/>` +
      `<ellipse rx="${f1(s * 0.45)}" ry="${f1(s * 0.12)}" cy="${f1(-s * 0.18)}" fill="#ffffff" opacity="0.25"/>` +
      `</g>`
    )
  }
  ctx.defs.push(
    `<linearGradient id="pouch" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.18)}"/><stop offset="0.35" stop-color="${lighten(primary, 0.12)}"/><stop offset="1" stop-color="${darken(primary, 0.25)}"/></linearGradient>`,
    `<clipPath id="win"><rect x="${l + 45}" y="345" width="${r - l - 90}" height="190" rx="90"/></clipPath>`
  )
  let out = `<g filter="url(#drop)">`
  out += `<path d="M${l} ${top + 20} Q${l} ${top} ${l + 20} ${top} L${r - 20} ${top} Q${r} ${top} ${r} ${top + 20} L${r + 14} ${bottom - 18} Q${r + 14} ${bottom} ${r - 4} ${bottom} L${l + 4} ${bottom} Q${l - 14} ${bottom} ${l - 14} ${bottom - 18}Z" fill="url(#pouch)"/>`
  out += `<circle cx="400" cy="${top + 30}" r="11" fill="${ctx.bg}"/>`
  out += `<rect x="${l}" y="${top + 58}" width="${r - l}" height="6" fill="${darken(primary, 0.3)}" opacity="0.5"/>`
  // Top label band with a sun emblem.
  out += `<rect x="${l + 40}" y="${top + 80}" width="${r - l - 80}" height="50" rx="25" fill="#fbf4e4"/>`
  out += `<circle cx="${l + 70}" cy="${top + 105}" r="15" fill="${accent}"/>`
  out += labelLines(430, top + 94, [150, 100], darken(primary, 0.2), 8, 14)
  // Window showing the snack inside.
  out += `<rect x="${l + 45}" y="345" width="${r - l - 90}" height="190" rx="90" fill="#fff8ea"/>`
  out += `<g clip-path="url(#win)">`
  for (let i = 0; i < 18; i++) {
    out += piece(rng.range(l + 40, r - 40), rng.range(350, 540), rng.range(34, 46), rng.range(-40, 40))
  }
  out += `</g>`
  out += `<rect x="${l + 45}" y="345" width="${r - l - 90}" height="190" rx="90" fill="none" stroke="${lighten(primary, 0.5)}" stroke-width="6"/>`
  out += `<rect x="${l + 80}" y="360" width="60" height="12" rx="6" fill="#ffffff" opacity="0.45"/>`
  out += labelLines(400, 562, [130], lighten(primary, 0.55), 8)
  out += `</g>`
  for (let i = 0; i < 5; i++) {
    const side = i % 2 === 0 ? -1 : 1
    out += piece(400 + side * rng.range(190, 260), rng.range(600, 690), rng.range(30, 40), rng.range(-60, 60))
  }
  return background(ctx, bottom + 6, 250) + out
}

// ---------------------------------------------------------------------------------------------
// Crafts
// ---------------------------------------------------------------------------------------------

function basket(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cell = Math.round(rng.range(22, 28))
  const a = primary
  const b = lighten(primary, 0.22)
  // Over-under weave: each cell is either a horizontal or a vertical strip, alternating.
  let tile = `<rect width="${cell * 2}" height="${cell * 2}" fill="${darken(a, 0.3)}"/>`
  const strip = (x: number, y: number, horizontal: boolean, c: string) =>
    horizontal
      ? `<rect x="${x + 1}" y="${y + 3}" width="${cell - 2}" height="${cell - 6}" rx="3" fill="${c}"/><rect x="${x + 1}" y="${y + 3}" width="${cell - 2}" height="4" rx="2" fill="#ffffff" opacity="0.25"/>`
      : `<rect x="${x + 3}" y="${y + 1}" width="${cell - 6}" height="${cell - 2}" rx="3" fill="${c}"/><rect x="${x + 3}" y="${y + 1}" width="4" height="${cell - 2}" rx="2" fill="#ffffff" opacity="0.2"/>`
  tile += strip(0, 0, true, a) + strip(cell, 0, false, b) + strip(0, cell, false, b) + strip(cell, cell, true, a)
  ctx.defs.push(
    `<pattern id="weave" width="${cell * 2}" height="${cell * 2}" patternUnits="userSpaceOnUse">${tile}</pattern>`,
    `<linearGradient id="bShade" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000000" stop-opacity="0.22"/><stop offset="0.35" stop-color="#000000" stop-opacity="0"/><stop offset="0.7" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.28"/></linearGradient>`
  )
  const topY = rng.range(330, 350)
  const bottom = 625
  const tl = 215
  const tr = 585
  const bl = 255
  const br = 545
  const body = `M${tl} ${f1(topY)} L${tr} ${f1(topY)} L${br} ${bottom - 24} Q${br - 3} ${bottom} ${br - 28} ${bottom} L${bl + 28} ${bottom} Q${bl + 3} ${bottom} ${bl} ${bottom - 24}Z`
  let out = ""
  // Handles behind the body.
  const hh = rng.range(150, 185)
  out += `<path d="M${tl + 70} ${f1(topY + 6)} C ${tl + 70} ${f1(topY - hh)} ${tr - 70} ${f1(topY - hh)} ${tr - 70} ${f1(topY + 6)}" stroke="${darken(a, 0.15)}" stroke-width="22" fill="none" stroke-linecap="round"/>`
  out += `<path d="M${tl + 70} ${f1(topY + 6)} C ${tl + 70} ${f1(topY - hh)} ${tr - 70} ${f1(topY - hh)} ${tr - 70} ${f1(topY + 6)}" stroke="${b}" stroke-width="8" fill="none" stroke-dasharray="14 10" stroke-linecap="round"/>`
  out += `<g filter="url(#drop)">`
  out += `<path d="${body}" fill="url(#weave)"/>`
  // Dyed bands woven in the accent colour.
  const bandY = [topY + 70 + rng.range(0, 20), topY + 170 + rng.range(0, 20)]
  out += `<clipPath id="bodyClip"><path d="${body}"/></clipPath>`
  out += `<g clip-path="url(#bodyClip)">`
  for (const y of bandY) {
    out += `<rect x="200" y="${f1(y)}" width="400" height="${cell}" fill="${accent}"/>`
    for (let x = 200; x < 600; x += cell * 2) {
      out += `<rect x="${x + cell + 3}" y="${f1(y + 1)}" width="${cell - 6}" height="${cell - 2}" rx="3" fill="${b}"/>`
    }
  }
  out += `</g>`
  out += `<path d="${body}" fill="url(#bShade)"/>`
  // Rolled rim.
  out += `<rect x="${tl - 10}" y="${f1(topY - 14)}" width="${tr - tl + 20}" height="30" rx="15" fill="${darken(a, 0.1)}"/>`
  out += `<path d="M${tl} ${f1(topY + 1)} H${tr}" stroke="${b}" stroke-width="6" stroke-dasharray="10 8" stroke-linecap="round"/>`
  out += `</g>`
  // Handle attachment loops in front of the rim.
  for (const hx of [tl + 70, tr - 70]) {
    out += `<rect x="${hx - 16}" y="${f1(topY - 18)}" width="32" height="44" rx="10" fill="${darken(a, 0.05)}"/>`
  }
  return background(ctx, bottom + 4, 230) + out
}

function pottery(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  // Tall vase behind, open bowl in front: covers both jar-like and bowl-like pottery.
  const vx = rng.range(300, 330)
  const vw = rng.range(120, 140)
  const neck = 44
  const vTop = rng.range(205, 225)
  const vBottom = 560
  ctx.defs.push(
    `<linearGradient id="glaze" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.3)}"/><stop offset="0.35" stop-color="${lighten(primary, 0.18)}"/><stop offset="1" stop-color="${darken(primary, 0.4)}"/></linearGradient>`,
    `<linearGradient id="bowlGlaze" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(accent, 0.05)}"/><stop offset="0.4" stop-color="${lighten(accent, 0.5)}"/><stop offset="1" stop-color="${darken(accent, 0.15)}"/></linearGradient>`
  )
  const vase =
    `M${f1(vx - neck / 2 - 14)} ${f1(vTop)} L${f1(vx + neck / 2 + 14)} ${f1(vTop)} L${f1(vx + neck / 2)} ${f1(vTop + 30)} ` +
    `C${f1(vx + neck / 2)} ${f1(vTop + 80)} ${f1(vx + vw)} ${f1(vTop + 110)} ${f1(vx + vw)} ${f1((vTop + vBottom) / 2 + 40)} ` +
    `C${f1(vx + vw)} ${f1(vBottom - 40)} ${f1(vx + vw * 0.55)} ${f1(vBottom)} ${f1(vx + 40)} ${f1(vBottom)} L${f1(vx - 40)} ${f1(vBottom)} ` +
    `C${f1(vx - vw * 0.55)} ${f1(vBottom)} ${f1(vx - vw)} ${f1(vBottom - 40)} ${f1(vx - vw)} ${f1((vTop + vBottom) / 2 + 40)} ` +
    `C${f1(vx - vw)} ${f1(vTop + 110)} ${f1(vx - neck / 2)} ${f1(vTop + 80)} ${f1(vx - neck / 2)} ${f1(vTop + 30)}Z`
  let out = `<g filter="url(#drop)">`
  out += `<path d="${vase}" fill="url(#glaze)"/>`
  out += `<clipPath id="vaseClip"><path d="${vase}"/></clipPath><g clip-path="url(#vaseClip)">`
  // Swirl band (Ban Chiang-style red-on-buff spirals).
  const bandY = (vTop + vBottom) / 2 + 10
  out += `<rect x="${f1(vx - vw)}" y="${f1(bandY - 44)}" width="${f1(vw * 2)}" height="88" fill="${lighten(primary, 0.35)}" opacity="0.35"/>`
  for (let sx = vx - vw - 20; sx < vx + vw + 20; sx += 46) {
    out += `<path d="M${f1(sx)} ${f1(bandY + 22)} C ${f1(sx)} ${f1(bandY - 30)} ${f1(sx + 46)} ${f1(bandY - 30)} ${f1(sx + 40)} ${f1(bandY)} C ${f1(sx + 36)} ${f1(bandY + 14)} ${f1(sx + 22)} ${f1(bandY + 10)} ${f1(sx + 24)} ${f1(bandY)}" stroke="${accent}" stroke-width="7" fill="none" stroke-linecap="round"/>`
  }
  out += `<path d="M${f1(vx - vw)} ${f1(bandY - 48)} H${f1(vx + vw)} M${f1(vx - vw)} ${f1(bandY + 48)} H${f1(vx + vw)}" stroke="${accent}" stroke-width="5"/>`
  out += `</g>`
  out += `<ellipse cx="${f1(vx)}" cy="${f1(vTop)}" rx="${f1(neck / 2 + 14)}" ry="8" fill="${darken(primary, 0.45)}"/>`
  out += `<rect x="${f1(vx - vw * 0.62)}" y="${f1(vTop + 150)}" width="14" height="120" rx="7" fill="#ffffff" opacity="0.22"/>`
  out += `</g>`

  // Bowl in front.
  const bx = rng.range(495, 515)
  const br = rng.range(140, 155)
  const rimY = 520
  const depth = 105
  const bowl = `M${f1(bx - br)} ${rimY} C ${f1(bx - br)} ${rimY + depth * 0.8} ${f1(bx - br * 0.45)} ${rimY + depth} ${f1(bx)} ${rimY + depth} C ${f1(bx + br * 0.45)} ${rimY + depth} ${f1(bx + br)} ${rimY + depth * 0.8} ${f1(bx + br)} ${rimY}Z`
  out += `<g filter="url(#drop)">`
  out += `<rect x="${f1(bx - 48)}" y="${rimY + depth - 10}" width="96" height="26" rx="6" fill="${darken(accent, 0.1)}"/>`
  out += `<path d="${bowl}" fill="url(#bowlGlaze)"/>`
  out += `<path d="M${f1(bx - br + 6)} ${rimY + 16} Q ${f1(bx)} ${rimY + 36} ${f1(bx + br - 6)} ${rimY + 16}" stroke="${primary}" stroke-width="5" fill="none"/>`
  // Painted flower and leaves on the bowl.
  out += flower(bx - 20, rimY + 58, 36, 6, primary, lighten(primary, 0.5), rng.range(0, 60))
  out += leaf(bx + 40, rimY + 60, 20, 70, "#4f8a3c")
  out += leaf(bx - 70, rimY + 56, 18, -70, "#4f8a3c")
  out += `<ellipse cx="${f1(bx)}" cy="${rimY}" rx="${f1(br)}" ry="26" fill="${lighten(accent, 0.6)}"/>`
  out += `<ellipse cx="${f1(bx)}" cy="${rimY + 3}" rx="${f1(br - 12)}" ry="19" fill="${lighten(accent, 0.35)}"/>`
  out += `<ellipse cx="${f1(bx)}" cy="${rimY}" rx="${f1(br)}" ry="26" fill="none" stroke="${primary}" stroke-width="4"/>`
  out += `</g>`
  return background(ctx, 630, 270) + out
}

function wood(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const timber = primary
  const dark = darken(timber, 0.3)
  ctx.defs.push(
    `<linearGradient id="timber" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${lighten(timber, 0.08)}"/><stop offset="1" stop-color="${darken(timber, 0.28)}"/></linearGradient>`
  )
  // Carved arch panel behind the elephant, pale so the figure stands out against it.
  const px = 400
  const pTop = 150
  let out = `<g filter="url(#drop)">`
  out += `<path d="M235 590 L235 ${pTop + 165} Q235 ${pTop} ${px} ${pTop} Q565 ${pTop} 565 ${pTop + 165} L565 590Z" fill="${lighten(timber, 0.5)}"/>`
  out += `<path d="M258 590 L258 ${pTop + 170} Q258 ${pTop + 24} ${px} ${pTop + 24} Q542 ${pTop + 24} 542 ${pTop + 170} L542 590Z" fill="${lighten(timber, 0.4)}"/>`
  const petals = rng.int(10, 14)
  const rc = pTop + 135
  for (let i = 0; i < petals; i++) {
    out += `<ellipse cx="${px}" cy="${rc - 58}" rx="15" ry="38" fill="${lighten(timber, 0.55)}" stroke="${lighten(timber, 0.25)}" stroke-width="3" transform="rotate(${f1((360 / petals) * i + rng.range(0, 10))} ${px} ${rc})"/>`
  }
  out += `<circle cx="${px}" cy="${rc}" r="28" fill="${lighten(timber, 0.25)}"/><circle cx="${px}" cy="${rc}" r="12" fill="${lighten(timber, 0.5)}"/>`
  out += `</g>`

  // Elephant silhouette from simple primitives, facing left or right. The primitives are drawn
  // twice: first stroked (an outline only around the union), then filled on top.
  const flip = rng.next() > 0.5 ? -1 : 1
  const sc = rng.range(0.95, 1.03)
  const legs = [
    [298, 440],
    [345, 452],
    [478, 450],
    [525, 438],
  ]
  const silhouette = (fill: string, outline: number, farFill = fill) => {
    const paint = outline > 0 ? `fill="${fill}" stroke="${fill}" stroke-width="${outline}"` : `fill="${fill}"`
    let g = ""
    // Far-side legs (2nd and 3rd) first and darker, so the four legs read as two pairs.
    const farPaint = outline > 0 ? paint : `fill="${farFill}"`
    for (const i of [1, 2, 0, 3]) {
      const [lx, ly] = legs[i]
      g += `<rect x="${lx - 25}" y="${ly}" width="50" height="${592 - ly}" rx="18" ${i === 1 || i === 2 ? farPaint : paint}/>`
    }
    g += `<ellipse cx="425" cy="395" rx="152" ry="96" ${paint}/>`
    g += `<circle cx="285" cy="352" r="74" ${paint}/>`
    g += `<path d="M232 368 C 196 420 200 492 214 538 C 222 566 248 570 252 548" stroke="${fill}" stroke-width="${44 + outline}" fill="none" stroke-linecap="round"/>`
    return g
  }
  let e = `<g transform="translate(400 0) scale(${f1(flip * sc)} ${f1(sc)}) translate(-400 ${f1((1 - sc) * 590)})">`
  e += silhouette(dark, 10)
  e += silhouette("url(#timber)", 0, darken(timber, 0.32))
  for (const [lx] of legs) {
    e += `<path d="M${lx - 18} 580 h36" stroke="${dark}" stroke-width="3" opacity="0.5"/>`
  }
  e += `<path d="M218 424 q12 4 22 -2 M210 464 q12 4 22 -2 M212 504 q12 4 22 -2" stroke="${dark}" stroke-width="3" fill="none" opacity="0.5"/>`
  // Ear, eye, tusk, tail.
  e += `<path d="M306 300 C 372 286 398 352 384 410 C 374 452 330 456 314 426 C 298 396 290 336 306 300Z" fill="${lighten(timber, 0.12)}" stroke="${dark}" stroke-width="5"/>`
  e += `<path d="M322 330 C 350 328 366 368 356 404" stroke="${dark}" stroke-width="2.5" fill="none" opacity="0.45"/>`
  e += `<circle cx="262" cy="340" r="6" fill="${dark}"/>`
  e += `<path d="M252 400 q-20 30 -52 30" stroke="#f6efdf" stroke-width="12" fill="none" stroke-linecap="round"/>`
  e += `<path d="M574 380 q22 42 8 84" stroke="${dark}" stroke-width="7" fill="none" stroke-linecap="round"/>`
  // Caparison blanket with carved border (accent inlay).
  e += `<path d="M405 302 Q450 294 498 304 L508 418 Q455 430 400 418Z" fill="${accent}" stroke="${darken(accent, 0.3)}" stroke-width="3"/>`
  e += `<path d="M402 412 Q455 424 506 412" stroke="${lighten(accent, 0.55)}" stroke-width="6" fill="none" stroke-dasharray="2 10" stroke-linecap="round"/>`
  e += `<circle cx="454" cy="358" r="18" fill="${lighten(accent, 0.45)}"/><circle cx="454" cy="358" r="8" fill="${accent}"/>`
  // Grain on the haunch.
  for (let i = 0; i < 4; i++) {
    const gy = 455 + i * 10 + rng.range(-3, 3)
    e += `<path d="M${528 - i * 10} ${f1(gy)} Q 552 ${f1(gy - 30)} ${546 - i * 4} ${f1(gy - 70)}" stroke="${dark}" stroke-width="2" fill="none" opacity="0.3"/>`
  }
  e += `</g>`
  out += `<g filter="url(#drop)">${e}</g>`
  // Plinth.
  out += `<g filter="url(#drop)"><rect x="200" y="588" width="400" height="44" rx="8" fill="${dark}"/><rect x="200" y="588" width="400" height="10" rx="5" fill="${lighten(timber, 0.1)}" opacity="0.5"/>`
  for (let x = 222; x < 590; x += 30) out += `<circle cx="${x}" cy="614" r="6" fill="${lighten(timber, 0.05)}" opacity="0.6"/>`
  out += `</g>`
  return background(ctx, 632, 240) + out
}

function umbrella(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cx = 400
  const cy = 385
  const R = rng.range(255, 272)
  const n = rng.pick([16, 20, 24])
  const rot = rng.range(0, 360 / n)
  const pt = (r: number, deg: number) => {
    const a = ((deg - 90) * Math.PI) / 180
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
  }
  let canopy = `<g transform="rotate(${f1(rot)} ${cx} ${cy})">`
  // Paper panels between ribs, scalloped at the edge.
  for (let i = 0; i < n; i++) {
    const a0 = (360 / n) * i
    const a1 = (360 / n) * (i + 1)
    const [x0, y0] = pt(R, a0)
    const [x1, y1] = pt(R, a1)
    const [qx, qy] = pt(R * 0.95, (a0 + a1) / 2)
    canopy += `<path d="M${cx} ${cy} L${f1(x0)} ${f1(y0)} Q${f1(qx)} ${f1(qy)} ${f1(x1)} ${f1(y1)}Z" fill="${i % 2 === 0 ? primary : darken(primary, 0.1)}"/>`
  }
  // Painted rings: border band, a garland of flowers and an inner leaf ring.
  canopy += `<circle cx="${cx}" cy="${cy}" r="${f1(R * 0.86)}" fill="none" stroke="${lighten(accent, 0.2)}" stroke-width="6"/>`
  canopy += `<circle cx="${cx}" cy="${cy}" r="${f1(R * 0.82)}" fill="none" stroke="${accent}" stroke-width="2"/>`
  const flowers = n / 2
  for (let i = 0; i < flowers; i++) {
    const deg = (360 / flowers) * i + 360 / n
    const [fx, fy] = pt(R * 0.64, deg)
    canopy += flower(fx, fy, R * 0.12, 5, accent, lighten(primary, 0.6), deg)
    const [lx, ly] = pt(R * 0.64, deg + 360 / n)
    canopy += leaf(lx, ly, R * 0.07, deg + 360 / n, "#4d7a3a")
  }
  canopy += `<circle cx="${cx}" cy="${cy}" r="${f1(R * 0.38)}" fill="none" stroke="${accent}" stroke-width="3" stroke-dasharray="4 8"/>`
  // Ribs.
  for (let i = 0; i < n; i++) {
    const [x, y] = pt(R * 0.98, (360 / n) * i)
    canopy += `<path d="M${cx} ${cy} L${f1(x)} ${f1(y)}" stroke="${darken(primary, 0.28)}" stroke-width="2" opacity="0.55"/>`
  }
  canopy += `</g>`
  ctx.defs.push(
    `<radialGradient id="dome" cx="45%" cy="40%" r="65%"><stop offset="0" stop-color="#ffffff" stop-opacity="0.3"/><stop offset="0.6" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.18"/></radialGradient>`
  )
  let out = `<g filter="url(#drop)">${canopy}<circle cx="${cx}" cy="${cy}" r="${f1(R)}" fill="url(#dome)"/>`
  out += `<circle cx="${cx}" cy="${cy}" r="24" fill="${darken(accent, 0.2)}"/><circle cx="${cx}" cy="${cy}" r="13" fill="${lighten(accent, 0.3)}"/></g>`
  return background(ctx, 655, 230) + out
}

// ---------------------------------------------------------------------------------------------
// Herbal non-food
// ---------------------------------------------------------------------------------------------

function soap(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const bar = (cx: number, cy: number, w: number, h: number, rot: number, color: string, emboss: boolean) => {
    let g = `<g transform="rotate(${f1(rot)} ${f1(cx)} ${f1(cy)})">`
    g += `<rect x="${f1(cx - w / 2)}" y="${f1(cy - h / 2 + 30)}" width="${f1(w)}" height="${f1(h)}" rx="${f1(h * 0.32)}" fill="${darken(color, 0.2)}"/>`
    g += `<rect x="${f1(cx - w / 2)}" y="${f1(cy - h / 2)}" width="${f1(w)}" height="${f1(h)}" rx="${f1(h * 0.32)}" fill="${color}"/>`
    g += `<rect x="${f1(cx - w / 2 + 18)}" y="${f1(cy - h / 2 + 10)}" width="${f1(w * 0.5)}" height="10" rx="5" fill="#ffffff" opacity="0.3"/>`
    if (emboss) {
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy + 4)}" rx="${f1(w * 0.3)}" ry="${f1(h * 0.3)}" fill="${darken(color, 0.06)}" stroke="${lighten(color, 0.3)}" stroke-width="4"/>`
      g += leaf(cx, cy + 4, h * 0.18, 40, darken(color, 0.15))
    }
    return g + `</g>`
  }
  // Speckles suggest rice bran, herbs or fruit peel inside the soap.
  const speckle = (cx: number, cy: number, w: number, h: number, rot: number, color: string) => {
    let g = `<g transform="rotate(${f1(rot)} ${f1(cx)} ${f1(cy)})">`
    for (let i = 0; i < 30; i++) {
      const x = cx + rng.range(-w / 2 + 16, w / 2 - 16)
      const y = cy + rng.range(-h / 2 + 14, h / 2 - 14)
      if (Math.abs(x - cx) < w * 0.32 && Math.abs(y - cy) < h * 0.32) continue
      g += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(rng.range(1.5, 3.2))}" fill="${darken(color, 0.3)}" opacity="0.5"/>`
    }
    return g + `</g>`
  }
  const c2 = lighten(accent, 0.15)
  const rot1 = rng.range(4, 9)
  const rot2 = rng.range(-10, -4)
  let out = `<g filter="url(#drop)">`
  out += bar(420, 520, 330, 190, rot1, c2, false) + speckle(420, 520, 330, 190, rot1, c2)
  out += bar(385, 395, 320, 190, rot2, primary, true) + speckle(385, 395, 320, 190, rot2, primary)
  // Paper band wrapped around the top bar.
  out += `<g transform="rotate(${f1(rot2)} 385 395)"><rect x="${385 + 80}" y="${395 - 95}" width="46" height="220" fill="#f6efe0" opacity="0.95"/><rect x="${385 + 80}" y="${395 - 95}" width="46" height="220" fill="none" stroke="${accent}" stroke-width="3"/><circle cx="${385 + 103}" cy="${395 + 4}" r="14" fill="${accent}"/></g>`
  out += `</g>`
  // Foam bubbles and a sprig.
  for (let i = 0; i < 7; i++) {
    const bx = rng.range(560, 680)
    const by = rng.range(230, 360)
    out += `<circle cx="${f1(bx)}" cy="${f1(by)}" r="${f1(rng.range(8, 22))}" fill="#ffffff" opacity="0.35" stroke="#ffffff" stroke-width="2"/>`
  }
  out += leaf(190, 640, 40, -60, "#5b8a3a") + leaf(240, 660, 30, -100, "#77a64c")
  return background(ctx, 650, 250) + out
}

function balm(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  ctx.defs.push(
    `<linearGradient id="metal" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${darken(primary, 0.3)}"/><stop offset="0.3" stop-color="${lighten(primary, 0.35)}"/><stop offset="0.6" stop-color="${primary}"/><stop offset="1" stop-color="${darken(primary, 0.4)}"/></linearGradient>`
  )
  const tin = (cx: number, cy: number, rx: number, ry: number, h: number, open: boolean) => {
    let g = `<rect x="${f1(cx - rx)}" y="${f1(cy)}" width="${f1(rx * 2)}" height="${f1(h)}" fill="url(#metal)"/>`
    g += `<ellipse cx="${f1(cx)}" cy="${f1(cy + h)}" rx="${f1(rx)}" ry="${f1(ry)}" fill="url(#metal)"/>`
    if (open) {
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx)}" ry="${f1(ry)}" fill="${lighten(primary, 0.4)}"/>`
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy + 3)}" rx="${f1(rx - 9)}" ry="${f1(ry - 6)}" fill="${accent}"/>`
      g += `<path d="M${f1(cx - rx * 0.45)} ${f1(cy + 2)} q${f1(rx * 0.3)} ${f1(-ry * 0.5)} ${f1(rx * 0.5)} 0 t${f1(rx * 0.4)} 0" stroke="${lighten(accent, 0.4)}" stroke-width="5" fill="none" stroke-linecap="round"/>`
    } else {
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx)}" ry="${f1(ry)}" fill="${lighten(primary, 0.2)}"/>`
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx * 0.78)}" ry="${f1(ry * 0.78)}" fill="${accent}"/>`
      g += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx * 0.7)}" ry="${f1(ry * 0.7)}" fill="none" stroke="${lighten(accent, 0.5)}" stroke-width="3"/>`
      g += `<g transform="translate(${f1(cx)} ${f1(cy)}) scale(1 ${f1(ry / rx)})">${flower(0, 0, rx * 0.42, 8, lighten(accent, 0.55), lighten(primary, 0.3), rng.range(0, 45))}</g>`
      g += `<ellipse cx="${f1(cx - rx * 0.35)}" cy="${f1(cy - ry * 0.4)}" rx="${f1(rx * 0.25)}" ry="${f1(ry * 0.12)}" fill="#ffffff" opacity="0.35"/>`
    }
    return g
  }
  let out = `<g filter="url(#drop)">${tin(340, rng.range(370, 390), 165, 82, 64, false)}</g>`
  out += `<g filter="url(#drop)">${tin(rng.range(545, 565), 545, 105, 50, 46, true)}</g>`
  out += leaf(190, 600, 46, -40, "#4e7d35") + leaf(250, 625, 36, -85, "#6e9e45") + leaf(660, 420, 30, 30, "#6e9e45")
  return background(ctx, 625, 270) + out
}

function herbCompress(ctx: Ctx): string {
  const { rng, primary, accent } = ctx
  const cx = rng.range(380, 400)
  const cy = 475
  const r = rng.range(150, 165)
  ctx.defs.push(
    `<radialGradient id="ball" cx="38%" cy="32%" r="75%"><stop offset="0" stop-color="${lighten(primary, 0.5)}"/><stop offset="0.55" stop-color="${primary}"/><stop offset="1" stop-color="${darken(primary, 0.32)}"/></radialGradient>`,
    `<filter id="stain" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="7"/></filter>`
  )
  let out = `<g filter="url(#drop)">`
  // Gathered neck and tail of the cloth.
  out += `<path d="M${f1(cx - 60)} ${f1(cy - r + 30)} C ${f1(cx - 50)} ${f1(cy - r - 40)} ${f1(cx - 30)} ${f1(cy - r - 60)} ${f1(cx - 24)} ${f1(cy - r - 130)} L${f1(cx + 24)} ${f1(cy - r - 130)} C ${f1(cx + 30)} ${f1(cy - r - 60)} ${f1(cx + 50)} ${f1(cy - r - 40)} ${f1(cx + 60)} ${f1(cy - r + 30)}Z" fill="url(#ball)"/>`
  out += `<path d="M${f1(cx - 24)} ${f1(cy - r - 130)} L${f1(cx + 24)} ${f1(cy - r - 130)} L${f1(cx + 30)} ${f1(cy - r - 150)} L${f1(cx)} ${f1(cy - r - 138)} L${f1(cx - 30)} ${f1(cy - r - 150)}Z" fill="${darken(primary, 0.1)}"/>`
  out += `<circle cx="${f1(cx)}" cy="${f1(cy)}" r="${f1(r)}" fill="url(#ball)"/>`
  // Soft gathers fanning out from the tie.
  for (let i = -3; i <= 3; i++) {
    if (i === 0) continue
    const ex = cx + i * r * 0.2
    const ey = cy - r * 0.35 + Math.abs(i) * r * 0.08
    out += `<path d="M${f1(cx + i * 7)} ${f1(cy - r + 6)} Q${f1(cx + i * 20)} ${f1(cy - r * 0.72)} ${f1(ex)} ${f1(ey)}" stroke="${darken(primary, 0.3)}" stroke-width="5" fill="none" opacity="0.22" stroke-linecap="round"/>`
  }
  // Herbal tint seeping through the cloth.
  for (let i = 0; i < 3; i++) {
    const a = rng.range(0, Math.PI * 2)
    const d = rng.range(0.15, 0.55) * r
    out += `<ellipse cx="${f1(cx + Math.cos(a) * d)}" cy="${f1(cy + 20 + Math.sin(a) * d * 0.7)}" rx="${f1(rng.range(34, 54))}" ry="${f1(rng.range(24, 36))}" fill="#c99a22" opacity="0.2" filter="url(#stain)"/>`
  }
  // String binding.
  const ty = cy - r - 10
  for (let i = 0; i < 4; i++) {
    out += `<path d="M${f1(cx - 44 + i * 2)} ${f1(ty - i * 14)} Q${f1(cx)} ${f1(ty - i * 14 + 12)} ${f1(cx + 44 - i * 2)} ${f1(ty - i * 14)}" stroke="${accent}" stroke-width="7" fill="none" stroke-linecap="round"/>`
  }
  out += `<path d="M${f1(cx + 40)} ${f1(ty - 10)} q40 10 56 54" stroke="${accent}" stroke-width="6" fill="none" stroke-linecap="round"/>`
  out += `</g>`
  // Lemongrass stalks and turmeric slices around the ball.
  const lx = cx + r + 30
  for (let i = 0; i < 3; i++) {
    out += `<rect x="${f1(lx + i * 18)}" y="${f1(420 + i * 10)}" width="16" height="${f1(220 - i * 20)}" rx="8" fill="${mix("#8fb35a", "#c8d98a", i * 0.3)}" transform="rotate(${f1(-18 + i * 4)} ${f1(lx + i * 18)} 640)"/>`
  }
  for (let i = 0; i < 3; i++) {
    const sx = rng.range(170, 260) + i * 30
    const sy = rng.range(640, 690)
    out += `<ellipse cx="${f1(sx)}" cy="${f1(sy)}" rx="24" ry="14" fill="#e0902a"/><ellipse cx="${f1(sx)}" cy="${f1(sy)}" rx="16" ry="9" fill="#f0b54a"/><ellipse cx="${f1(sx)}" cy="${f1(sy)}" rx="7" ry="4" fill="#e0902a"/>`
  }
  return background(ctx, cy + r - 4, 220) + out
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

const DRAW: Record<Motif, (ctx: Ctx) => string> = {
  "silk-ikat": (c) => foldedCloth(c, "silk-ikat"),
  "indigo-cotton": (c) => foldedCloth(c, "indigo-cotton"),
  "weave-check": (c) => foldedCloth(c, "weave-check"),
  brocade: (c) => foldedCloth(c, "brocade"),
  jar,
  bottle,
  coffee,
  tea,
  rice,
  snack,
  basket,
  pottery,
  wood,
  umbrella,
  soap,
  balm,
  "herb-compress": herbCompress,
}

export const IMAGE_MOTIFS = Object.keys(DRAW) as Motif[]

/** Builds the SVG source of a product picture (exported for tests and debugging). */
export function productImageSvg(spec: ImageSpec, seed: string): string {
  const [bg, primary, accent] = spec.palette
  const ctx: Ctx = { rng: new Rng(`${spec.motif}:${seed}`), bg, primary, accent, defs: [] }
  const draw = DRAW[spec.motif]
  if (!draw) {
    throw new Error(`Unknown image motif "${spec.motif}"`)
  }
  const body = draw(ctx)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${ctx.defs.join("")}</defs>${body}</svg>`
}

/** An 800×800 WebP product picture for the given spec; the same seed always gives the same bytes. */
export async function renderProductImage(spec: ImageSpec, seed: string): Promise<Buffer> {
  return sharp(Buffer.from(productImageSvg(spec, seed))).webp({ quality: 80 }).toBuffer()
}

// ---------------------------------------------------------------------------------------------
// Producer-group pictures
// ---------------------------------------------------------------------------------------------

type GroupPalette = { hue: number; deep: string; mid: string; light: string; warm: string }

function groupPalette(handle: string): GroupPalette {
  const hue = hashString(handle) % 360
  return {
    hue,
    deep: hsl(hue, 0.45, 0.3),
    mid: hsl(hue, 0.45, 0.5),
    light: hsl(hue, 0.55, 0.9),
    warm: hsl(hue + 40, 0.7, 0.62),
  }
}

/** A stilt house with a steep gabled roof, the generic village building of rural Thailand. */
function stiltHouse(x: number, base: number, w: number, wall: string, roof: string): string {
  const h = w * 0.5
  const floor = base - w * 0.35
  let g = ""
  for (const px of [x + w * 0.08, x + w * 0.35, x + w * 0.62, x + w * 0.88]) {
    g += `<rect x="${f1(px - 3)}" y="${f1(floor)}" width="6" height="${f1(base - floor)}" fill="${darken(wall, 0.4)}"/>`
  }
  g += `<rect x="${f1(x)}" y="${f1(floor - h)}" width="${f1(w)}" height="${f1(h)}" fill="${wall}"/>`
  g += `<rect x="${f1(x + w * 0.4)}" y="${f1(floor - h * 0.7)}" width="${f1(w * 0.2)}" height="${f1(h * 0.7)}" fill="${darken(wall, 0.35)}"/>`
  g += `<path d="M${f1(x - w * 0.12)} ${f1(floor - h + 4)} L${f1(x + w / 2)} ${f1(floor - h - w * 0.42)} L${f1(x + w * 1.12)} ${f1(floor - h + 4)}Z" fill="${roof}"/>`
  // Crossed gable finials (kalae) of northern houses.
  const tx = x + w / 2
  const ty = floor - h - w * 0.42
  g += `<path d="M${f1(tx - 10)} ${f1(ty - 16)} L${f1(tx + 6)} ${f1(ty + 6)} M${f1(tx + 10)} ${f1(ty - 16)} L${f1(tx - 6)} ${f1(ty + 6)}" stroke="${roof}" stroke-width="5" stroke-linecap="round"/>`
  return g
}

/** A toddy/sugar palm: tall trunk with a round fan crown, a landmark of the Thai countryside. */
function sugarPalm(x: number, base: number, h: number, color: string): string {
  const tx = x + 4
  const cy = base - h
  let g = `<path d="M${f1(x)} ${f1(base)} Q${f1(x + 8)} ${f1(base - h / 2)} ${f1(tx)} ${f1(cy)}" stroke="${color}" stroke-width="7" fill="none"/>`
  // Fan leaves: a round crown of narrow blades, drooping a little below the horizon line.
  for (let i = 0; i < 13; i++) {
    const deg = -200 + (i * 220) / 12
    g += `<ellipse cx="${f1(tx + h * 0.11)}" cy="${f1(cy)}" rx="${f1(h * 0.12)}" ry="${f1(h * 0.028)}" fill="${color}" transform="rotate(${f1(deg)} ${f1(tx)} ${f1(cy)})"/>`
  }
  return g + `<circle cx="${f1(tx)}" cy="${f1(cy)}" r="${f1(h * 0.05)}" fill="${color}"/>`
}

/** A smooth ridge line across the width, y jittered per point. */
function ridge(rng: Rng, width: number, baseY: number, amp: number, points: number, bottom: number): string {
  const step = width / (points - 1)
  const ys = Array.from({ length: points }, () => baseY + rng.range(-amp, amp))
  let d = `M0 ${bottom} L0 ${f1(ys[0])}`
  for (let i = 1; i < points; i++) {
    const x0 = (i - 1) * step
    const x1 = i * step
    d += ` C${f1(x0 + step / 2)} ${f1(ys[i - 1])} ${f1(x1 - step / 2)} ${f1(ys[i])} ${f1(x1)} ${f1(ys[i])}`
  }
  return `${d} L${width} ${bottom}Z`
}

function groupCoverSvg(group: DemoProducerGroup): string {
  const W = 1600
  const H = 600
  const rng = new Rng(`cover:${group.handle}`)
  const p = groupPalette(group.handle)
  const sky1 = hsl(p.hue, 0.55, 0.86)
  const sky2 = hsl(p.hue + 30, 0.7, 0.93)
  const greenHue = 85 + (p.hue % 50)
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>`
  s += `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky1}"/><stop offset="1" stop-color="${sky2}"/></linearGradient>`
  s += `<radialGradient id="sun"><stop offset="0" stop-color="#fff6d8"/><stop offset="0.5" stop-color="#ffe6a0" stop-opacity="0.9"/><stop offset="1" stop-color="#ffe6a0" stop-opacity="0"/></radialGradient>`
  s += `</defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`
  const sunX = rng.range(250, 1350)
  s += `<circle cx="${f1(sunX)}" cy="${f1(rng.range(110, 170))}" r="150" fill="url(#sun)"/>`
  s += `<circle cx="${f1(sunX)}" cy="${f1(rng.range(130, 150))}" r="52" fill="#fff3cf"/>`
  for (let i = 0; i < 4; i++) {
    const cx = rng.range(80, 1520)
    const cy = rng.range(60, 180)
    s += `<g fill="#ffffff" opacity="0.75"><ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="70" ry="22"/><ellipse cx="${f1(cx + 40)}" cy="${f1(cy - 14)}" rx="44" ry="24"/><ellipse cx="${f1(cx - 36)}" cy="${f1(cy - 8)}" rx="34" ry="18"/></g>`
  }
  // Three mountain layers fading into haze.
  s += `<path d="${ridge(rng, W, 250, 50, 7, H)}" fill="${mix(hsl(p.hue + 200, 0.25, 0.62), sky2, 0.45)}"/>`
  s += `<path d="${ridge(rng, W, 310, 40, 9, H)}" fill="${hsl(greenHue + 20, 0.28, 0.52)}"/>`
  s += `<path d="${ridge(rng, W, 370, 25, 11, H)}" fill="${hsl(greenHue, 0.35, 0.42)}"/>`
  // Tree line.
  for (let x = -20; x < W + 20; x += rng.range(26, 44)) {
    s += `<circle cx="${f1(x)}" cy="${f1(395 + rng.range(-10, 10))}" r="${f1(rng.range(18, 30))}" fill="${hsl(greenHue - 5, 0.4, rng.range(0.28, 0.36))}"/>`
  }
  // Paddy terraces: bands with dike lines, alternating green and ripe gold.
  const bands = 5
  for (let i = 0; i < bands; i++) {
    const y0 = 405 + i * 40
    const ripe = (i + (p.hue % 2)) % 3 === 0
    const c = ripe ? hsl(45, 0.65, 0.6 - i * 0.02) : hsl(greenHue + i * 4, 0.42, 0.54 - i * 0.03)
    s += `<path d="M0 ${y0} Q${W / 2} ${f1(y0 - rng.range(6, 18))} ${W} ${y0} L${W} ${H} L0 ${H}Z" fill="${c}"/>`
    s += `<path d="M0 ${y0} Q${W / 2} ${f1(y0 - 12)} ${W} ${y0}" stroke="${hsl(greenHue, 0.3, 0.35)}" stroke-width="2" fill="none" opacity="0.5"/>`
  }
  // Village on the first terrace: the width is cut into slots so houses and palms never pile up.
  const slots = Array.from({ length: 8 }, (_, i) => i)
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1))
    ;[slots[i], slots[j]] = [slots[j], slots[i]]
  }
  const slotW = W / slots.length
  const houses = rng.int(2, 3)
  slots.forEach((slot, i) => {
    const x0 = slot * slotW
    if (i < houses) {
      const w = rng.range(100, 130)
      s += stiltHouse(x0 + rng.range(20, slotW - w - 20), 440 + rng.range(0, 10), w, hsl(30, 0.35, 0.55), hsl(p.hue + 10, 0.45, 0.35))
    } else if (i < houses + 4) {
      s += sugarPalm(x0 + rng.range(40, slotW - 40), 445 + rng.range(0, 25), rng.range(130, 190), hsl(greenHue - 10, 0.35, 0.25))
    }
  })
  // Rice seedlings in the foreground paddy.
  for (let x = 10; x < W; x += rng.range(26, 36)) {
    const y = 590 - rng.range(0, 6)
    s += `<path d="M${f1(x)} ${f1(y)} l-8 -22 M${f1(x)} ${f1(y)} l0 -28 M${f1(x)} ${f1(y)} l8 -22" stroke="${hsl(greenHue + 10, 0.55, 0.32)}" stroke-width="3" stroke-linecap="round"/>`
  }
  // A few birds.
  for (let i = 0; i < 4; i++) {
    const bx = rng.range(400, 1300)
    const by = rng.range(90, 200)
    s += `<path d="M${f1(bx - 12)} ${f1(by)} q6 -8 12 0 q6 -8 12 0" stroke="${p.deep}" stroke-width="3" fill="none" stroke-linecap="round"/>`
  }
  return s + `</svg>`
}

function groupLogoSvg(group: DemoProducerGroup): string {
  const S = 400
  const c = S / 2
  const rng = new Rng(`logo:${group.handle}`)
  const p = groupPalette(group.handle)
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">`
  s += `<circle cx="${c}" cy="${c}" r="192" fill="${p.deep}"/>`
  s += `<circle cx="${c}" cy="${c}" r="176" fill="none" stroke="${p.light}" stroke-width="4"/>`
  const dots = 36
  for (let i = 0; i < dots; i++) {
    const a = (Math.PI * 2 * i) / dots
    s += `<circle cx="${f1(c + Math.cos(a) * 160)}" cy="${f1(c + Math.sin(a) * 160)}" r="4" fill="${p.warm}"/>`
  }
  s += `<circle cx="${c}" cy="${c}" r="142" fill="${p.light}"/>`
  const variant = hashString(group.handle) % 4
  if (variant === 0) {
    // Lotus.
    const petals = 7
    for (let i = 0; i < petals; i++) {
      const a = -90 + (i - (petals - 1) / 2) * 24
      s += `<ellipse cx="${c}" cy="${c - 10}" rx="24" ry="74" fill="${i % 2 ? p.mid : p.warm}" transform="rotate(${a + 90} ${c} ${c + 60})"/>`
    }
    s += `<path d="M${c - 90} ${c + 70} Q${c} ${c + 110} ${c + 90} ${c + 70}" stroke="${p.deep}" stroke-width="8" fill="none" stroke-linecap="round"/>`
  } else if (variant === 1) {
    // Stilt house under a sun.
    s += `<circle cx="${c + 50}" cy="${c - 60}" r="34" fill="${p.warm}"/>`
    s += stiltHouse(c - 80, c + 95, 160, p.mid, p.deep)
    s += `<rect x="${c - 120}" y="${c + 93}" width="240" height="8" rx="4" fill="${p.deep}"/>`
  } else if (variant === 2) {
    // Rice stalks.
    s += riceStalk(c - 20, c + 110, 200, -50, p.warm)
    s += riceStalk(c, c + 110, 210, 10, p.mid)
    s += riceStalk(c + 20, c + 110, 190, 60, p.warm)
    s += `<path d="M${c - 70} ${c + 110} H${c + 70}" stroke="${p.deep}" stroke-width="8" stroke-linecap="round"/>`
  } else {
    // Mountains and sun.
    s += `<circle cx="${c}" cy="${c - 30}" r="50" fill="${p.warm}"/>`
    s += `<path d="M${c - 120} ${c + 80} L${c - 40} ${c - 30} L${c} ${c + 20} L${c + 50} ${c - 50} L${c + 120} ${c + 80}Z" fill="${p.mid}"/>`
    s += `<path d="M${c + 50} ${c - 50} L${c + 66} ${c - 28} L${c + 34} ${c - 28}Z" fill="#ffffff"/>`
    s += `<path d="M${c - 110} ${c + 98} Q${c} ${c + 80} ${c + 110} ${c + 98}" stroke="${p.deep}" stroke-width="8" fill="none" stroke-linecap="round"/>`
  }
  // Two small leaves make each emblem a little different even within a variant.
  s += leaf(c - 150 + rng.range(-4, 4), c + 8, 14, -20, p.warm) + leaf(c + 150 + rng.range(-4, 4), c + 8, 14, 20, p.warm)
  return s + `</svg>`
}

/** Logo (400×400 round emblem on transparency) or cover (1600×600 village landscape), WebP. */
export async function renderGroupImage(group: DemoProducerGroup, kind: "logo" | "cover"): Promise<Buffer> {
  const svg = kind === "logo" ? groupLogoSvg(group) : groupCoverSvg(group)
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer()
}
