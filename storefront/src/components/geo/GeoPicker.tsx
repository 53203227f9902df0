"use client"

import { useEffect, useMemo, useRef, useState } from "react"
import { describedBy, inputClass, secondaryButtonClass } from "@/components/producer/fields"
import { RegField } from "@/components/producer/registration/parts"
import type { GeoDistrict, GeoProvince, GeoSubdistrict, GeoSubdistrictLocation } from "@/lib/producer/registration"

/** Answers of /api/geo/… by URL, shared by every picker on the page (reference data). */
const cache = new Map<string, Promise<unknown>>()

class GeoLoadError extends Error {}

/** GET /api/geo/…: the JSON, null for a 404, GeoLoadError otherwise (not cached). */
export function geoGet<T>(url: string): Promise<T | null> {
  let answer = cache.get(url) as Promise<T | null> | undefined
  if (!answer) {
    answer = fetch(url, { headers: { accept: "application/json" } }).then(async (response) => {
      if (response.status === 404) return null
      if (!response.ok) throw new GeoLoadError(`geo ${response.status}`)
      return (await response.json()) as T
    })
    answer.catch(() => cache.delete(url))
    cache.set(url, answer)
  }
  return answer
}

const uniq = (values: string[]) => [...new Set(values)]

/** The picker's words, from the using form's own messages (registration, checkout, account). */
export type GeoPickerLabels = {
  postcode: string
  postcodeHint: string
  postcodeNarrowed: (postcode: string) => string
  postcodeSearching: string
  postcodeUnknown: string
  province: string
  district: string
  subdistrict: string
  chooseProvince: string
  chooseDistrict: string
  chooseSubdistrict: string
  geoLoading: string
  geoUnavailable: string
  geoRetry: string
}

export type GeoPickerProps = {
  locale: string
  /** Server-rendered provinces; fetched here when the server could not get them. */
  provinces: GeoProvince[]
  labels: GeoPickerLabels
  /** Already translated messages of the form's own checks. */
  errors: { postcode?: string; subdistrict_code?: string }
  /** A field was changed (so the form can hide its old error). */
  onEdit?: (field: "postcode" | "subdistrict_code") => void
  /** Base of the geo API (tests may point elsewhere). */
  apiBase?: string
  /** A saved place to start from (editing an address): codes and its postcode. */
  initial?: { province?: string; district?: string; subdistrict?: string; postcode?: string }
}

type PostcodeStatus = "idle" | "searching" | "unknown" | "failed"

/**
 * Province → district → subdistrict selects that fill each other, and a postcode box that
 * narrows them (and fills the province and district when the postcode says which).
 */
export function GeoPicker({ locale, provinces: initialProvinces, labels, errors, onEdit, apiBase = "/api/geo", initial }: GeoPickerProps) {
  const name = (place: { name_th: string; name_en: string }) => (locale === "th" ? place.name_th : place.name_en) || place.name_th

  const [provinces, setProvinces] = useState(initialProvinces)
  const [province, setProvince] = useState(initial?.province ?? "")
  const [district, setDistrict] = useState(initial?.district ?? "")
  const [subdistrict, setSubdistrict] = useState(initial?.subdistrict ?? "")
  const [postcode, setPostcode] = useState(initial?.postcode ?? "")
  const [matches, setMatches] = useState<GeoSubdistrictLocation[] | null>(null)
  const [postcodeStatus, setPostcodeStatus] = useState<PostcodeStatus>("idle")
  const [districtsBy, setDistrictsBy] = useState<Record<string, GeoDistrict[]>>({})
  const [subdistrictsBy, setSubdistrictsBy] = useState<Record<string, GeoSubdistrict[]>>({})
  const [loadFailed, setLoadFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  /** The postcode last looked up: a slower answer for an older one is ignored. */
  const latestLookup = useRef("")

  useEffect(() => {
    if (provinces.length > 0) return
    let live = true
    geoGet<{ provinces: GeoProvince[] }>(`${apiBase}/provinces`)
      .then((data) => live && data && setProvinces(data.provinces))
      .catch(() => live && setLoadFailed(true))
    return () => {
      live = false
    }
  }, [apiBase, provinces.length, attempt])

  useEffect(() => {
    if (!province || districtsBy[province]) return
    let live = true
    geoGet<{ districts: GeoDistrict[] }>(`${apiBase}/provinces/${province}/districts`)
      .then((data) => live && setDistrictsBy((all) => ({ ...all, [province]: data?.districts ?? [] })))
      .catch(() => live && setLoadFailed(true))
    return () => {
      live = false
    }
  }, [apiBase, province, districtsBy, attempt])

  useEffect(() => {
    if (!district || subdistrictsBy[district]) return
    let live = true
    geoGet<{ subdistricts: GeoSubdistrict[] }>(`${apiBase}/districts/${district}/subdistricts`)
      .then((data) => live && setSubdistrictsBy((all) => ({ ...all, [district]: data?.subdistricts ?? [] })))
      .catch(() => live && setLoadFailed(true))
    return () => {
      live = false
    }
  }, [apiBase, district, subdistrictsBy, attempt])

  // The postcode narrows only what it matches in the chosen province/district.
  const districtsAll = province ? districtsBy[province] : undefined
  const subdistrictsAll = district ? subdistrictsBy[district] : undefined
  const narrowDistricts = matches?.some((m) => m.province.code === province) ?? false
  const narrowSubdistricts = matches?.some((m) => m.district.code === district) ?? false
  const districtOptions = useMemo(
    () =>
      narrowDistricts && districtsAll
        ? districtsAll.filter((d) => matches!.some((m) => m.district.code === d.code))
        : districtsAll,
    [districtsAll, matches, narrowDistricts],
  )
  const subdistrictOptions = useMemo(
    () =>
      narrowSubdistricts && subdistrictsAll
        ? subdistrictsAll.filter((s) => matches!.some((m) => m.code === s.code))
        : subdistrictsAll,
    [subdistrictsAll, matches, narrowSubdistricts],
  )

  const chooseProvince = (code: string) => {
    setProvince(code)
    setDistrict("")
    setSubdistrict("")
    if (matches && !matches.some((m) => m.province.code === code)) setMatches(null)
    onEdit?.("subdistrict_code")
  }
  const chooseDistrict = (code: string) => {
    setDistrict(code)
    setSubdistrict("")
    onEdit?.("subdistrict_code")
  }
  const chooseSubdistrict = (code: string) => {
    setSubdistrict(code)
    const chosen = subdistrictsAll?.find((s) => s.code === code)
    if (chosen && chosen.postcode !== postcode) {
      setPostcode(chosen.postcode)
      setPostcodeStatus("idle")
    }
    onEdit?.("subdistrict_code")
  }

  const lookUpPostcode = async (code: string) => {
    latestLookup.current = code
    setPostcodeStatus("searching")
    let found: GeoSubdistrictLocation[] | null
    try {
      found = (await geoGet<{ subdistricts: GeoSubdistrictLocation[] }>(`${apiBase}/subdistricts?postcode=${code}`))?.subdistricts ?? null
    } catch {
      if (latestLookup.current === code) setPostcodeStatus("failed")
      return
    }
    if (latestLookup.current !== code) return
    if (!found?.length) {
      setMatches(null)
      setPostcodeStatus("unknown")
      return
    }
    setMatches(found)
    setPostcodeStatus("idle")
    const provinceCodes = uniq(found.map((m) => m.province.code))
    const nextProvince = provinceCodes.length === 1 ? provinceCodes[0] : provinceCodes.includes(province) ? province : ""
    const inProvince = found.filter((m) => m.province.code === nextProvince)
    const districtCodes = uniq(inProvince.map((m) => m.district.code))
    const nextDistrict = districtCodes.length === 1 ? districtCodes[0] : districtCodes.includes(district) ? district : ""
    const inDistrict = inProvince.filter((m) => m.district.code === nextDistrict)
    const nextSubdistrict =
      inDistrict.length === 1 ? inDistrict[0].code : inDistrict.some((m) => m.code === subdistrict) ? subdistrict : ""
    setProvince(nextProvince)
    setDistrict(nextDistrict)
    setSubdistrict(nextSubdistrict)
    onEdit?.("subdistrict_code")
  }

  const typePostcode = (raw: string) => {
    const code = raw.replace(/\D/g, "").slice(0, 5)
    setPostcode(code)
    onEdit?.("postcode")
    if (code.length === 5) void lookUpPostcode(code)
    else {
      latestLookup.current = ""
      setMatches(null)
      setPostcodeStatus("idle")
    }
  }

  const postcodeError = errors.postcode ?? (postcodeStatus === "unknown" ? labels.postcodeUnknown : undefined)
  const postcodeHint =
    postcodeStatus === "searching"
      ? labels.postcodeSearching
      : matches && (narrowDistricts || narrowSubdistricts)
        ? labels.postcodeNarrowed(postcode)
        : labels.postcodeHint
  const subdistrictError = errors.subdistrict_code
  const loading = labels.geoLoading

  return (
    <div className="space-y-4">
      <RegField id="postcode" label={labels.postcode} hint={postcodeHint} error={postcodeError}>
        <input
          id="postcode"
          name="postcode"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          value={postcode}
          onChange={(event) => typePostcode(event.target.value)}
          className={`${inputClass} max-w-40 tabular-nums`}
          {...describedBy("postcode", { hint: postcodeHint, error: postcodeError })}
        />
      </RegField>

      <RegField id="province_code" label={labels.province}>
        <select
          id="province_code"
          name="province_code"
          value={province}
          onChange={(event) => chooseProvince(event.target.value)}
          className={inputClass}
        >
          <option value="">{provinces.length ? labels.chooseProvince : loading}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {name(p)}
            </option>
          ))}
        </select>
      </RegField>

      <RegField id="district_code" label={labels.district}>
        <select
          id="district_code"
          name="district_code"
          value={district}
          disabled={!province}
          onChange={(event) => chooseDistrict(event.target.value)}
          className={`${inputClass} disabled:bg-paper-deep/60`}
        >
          <option value="">{province && !districtOptions ? loading : labels.chooseDistrict}</option>
          {(districtOptions ?? []).map((d) => (
            <option key={d.code} value={d.code}>
              {name(d)}
            </option>
          ))}
        </select>
      </RegField>

      <RegField id="subdistrict_code" label={labels.subdistrict} error={subdistrictError} required>
        <select
          id="subdistrict_code"
          name="subdistrict_code"
          value={subdistrict}
          disabled={!district}
          aria-required="true"
          onChange={(event) => chooseSubdistrict(event.target.value)}
          className={`${inputClass} disabled:bg-paper-deep/60`}
          {...describedBy("subdistrict_code", { error: subdistrictError })}
        >
          <option value="">{district && !subdistrictOptions ? loading : labels.chooseSubdistrict}</option>
          {(subdistrictOptions ?? []).map((s) => (
            <option key={s.code} value={s.code}>
              {name(s)}
            </option>
          ))}
        </select>
      </RegField>

      {(loadFailed || postcodeStatus === "failed") && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-xl bg-gold-soft px-4 py-3 text-sm text-gold-deep">
          <span className="flex-1">{labels.geoUnavailable}</span>
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              setLoadFailed(false)
              if (postcodeStatus === "failed" && postcode.length === 5) void lookUpPostcode(postcode)
              setAttempt((n) => n + 1)
            }}
          >
            {labels.geoRetry}
          </button>
        </div>
      )}
    </div>
  )
}
