import { reshapeProducerGroup, type StoreProducerGroup } from "./producer-group"

const group: StoreProducerGroup = {
  id: "pgrp_1",
  handle: "ban-tha-sawang",
  name_th: "กลุ่มทอผ้าบ้านท่าสว่าง",
  name_en: "Ban Tha Sawang Weavers",
  producer_type: "COMMUNITY_GROUP",
  province_code: "32",
  region: "northeast",
  village_th: "บ้านท่าสว่าง",
  village_en: null,
  moo: 4,
  story_th: "ทอผ้าไหมยกทองมาหลายชั่วอายุคน",
  story_en: "Weaving gold brocade silk for generations",
  logo_url: null,
  cover_url: null,
  closed_from: "2026-01-01T00:00:00.000Z",
  closed_until: "2026-01-20T00:00:00.000Z",
  closure_note_th: "ช่วงเก็บเกี่ยว",
  closure_note_en: null,
  location: {
    province_code: "32",
    province_th: "สุรินทร์",
    province_en: "Surin",
    district_th: "เมืองสุรินทร์",
    district_en: "Mueang Surin",
    subdistrict_th: "ท่าสว่าง",
    subdistrict_en: "Tha Sawang",
  },
  certifications: [{ scheme: "gmp", number: "GMP-1/2567", expires_at: null, lookup_url: null }],
  products: [{ id: "prod_1", handle: "silk", title: "ผ้าไหม", thumbnail: null }],
}

describe("reshapeProducerGroup", () => {
  it("speaks the reader's language and keeps the other name", () => {
    const th = reshapeProducerGroup(group, "th", new Date("2026-03-01T00:00:00Z"))
    expect(th).toMatchObject({
      name: "กลุ่มทอผ้าบ้านท่าสว่าง",
      otherName: "Ban Tha Sawang Weavers",
      village: "บ้านท่าสว่าง",
      story: "ทอผ้าไหมยกทองมาหลายชั่วอายุคน",
      location: { province: "สุรินทร์", district: "เมืองสุรินทร์", subdistrict: "ท่าสว่าง" },
      closure: null,
    })
    expect(th.certifications).toEqual([{ scheme: "gmp", number: "GMP-1/2567", verified: true, expiresAt: null, lookupUrl: null, giName: null }])
    const en = reshapeProducerGroup(group, "en", new Date("2026-03-01T00:00:00Z"))
    expect(en).toMatchObject({ name: "Ban Tha Sawang Weavers", otherName: "กลุ่มทอผ้าบ้านท่าสว่าง", village: "บ้านท่าสว่าง", location: { district: "Mueang Surin" } })
  })

  it("gives the closure while it lasts, with the note in the reader's language or the other one", () => {
    const closed = reshapeProducerGroup(group, "en", new Date("2026-01-10T00:00:00Z"))
    expect(closed.closure).toEqual({ closedFrom: group.closed_from, closedUntil: group.closed_until, note: "ช่วงเก็บเกี่ยว" })
  })

  it("copes with a list entry without location, certifications or products", () => {
    const { location, certifications, products, ...listed } = group
    const shaped = reshapeProducerGroup({ ...listed, name_en: null }, "en", new Date("2026-03-01T00:00:00Z"))
    expect(shaped).toMatchObject({ name: "กลุ่มทอผ้าบ้านท่าสว่าง", otherName: null, location: null, certifications: [], products: [] })
  })
})
