import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"

type Staff = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  position: string | null
  is_national: boolean
  province_codes: string[]
}
type Province = { code: string; name_th: string; name_en: string }

// The admin speaks the operator's language (Medusa stores it as i18next's `lng`); Thai first.
const TEXT = {
  th: {
    title: "เจ้าหน้าที่ กรมการพัฒนาชุมชน",
    intro: "สร้างบัญชีเจ้าหน้าที่ที่อนุมัติกลุ่มผู้ผลิตและตรวจรับรองมาตรฐาน ภายในขอบเขตจังหวัดของตน",
    email: "อีเมล", password: "รหัสผ่าน (อย่างน้อย 10 ตัวอักษร)", firstName: "ชื่อ", lastName: "นามสกุล", position: "ตำแหน่ง",
    national: "ระดับประเทศ (ทุกจังหวัด)", provinces: "จังหวัดที่รับผิดชอบ", create: "สร้างบัญชี", created: "สร้างบัญชีแล้ว",
    scope: "ขอบเขต", nationalBadge: "ทั่วประเทศ", none: "ยังไม่มีเจ้าหน้าที่", needScope: "เลือกระดับประเทศ หรืออย่างน้อยหนึ่งจังหวัด",
    filter: "ค้นหาจังหวัด", failed: "สร้างไม่สำเร็จ",
  },
  en: {
    title: "CDD staff",
    intro: "Accounts for Community Development Department officers, who approve producer groups and verify standards within their provinces.",
    email: "Email", password: "Password (at least 10 characters)", firstName: "First name", lastName: "Last name", position: "Position",
    national: "National (all provinces)", provinces: "Provinces in scope", create: "Create account", created: "Account created",
    scope: "Scope", nationalBadge: "National", none: "No staff yet", needScope: "Choose national, or at least one province",
    filter: "Find a province", failed: "Could not create the account",
  },
}

function useText() {
  const lng = typeof window !== "undefined" ? window.localStorage.getItem("lng") : null
  return lng?.startsWith("th") || !lng ? TEXT.th : TEXT.en
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body?.message || res.statusText)
  return body as T
}

const CddStaffPage = () => {
  const t = useText()
  const [staff, setStaff] = useState<Staff[]>([])
  const [provinces, setProvinces] = useState<Province[]>([])
  const [filter, setFilter] = useState("")
  const [form, setForm] = useState({ email: "", password: "", first_name: "", last_name: "", position: "", is_national: false })
  const [codes, setCodes] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const load = () => api<{ cdd_staff: Staff[] }>("/admin/cdd-staff").then((d) => setStaff(d.cdd_staff))
  useEffect(() => {
    load().catch(() => undefined)
    api<{ provinces: Province[] }>("/admin/geo/provinces").then((d) => setProvinces(d.provinces)).catch(() => undefined)
  }, [])
  const nameOf = useMemo(() => new Map(provinces.map((p) => [p.code, `${p.name_th} (${p.code})`])), [provinces])
  const shown = provinces.filter((p) => !filter || p.name_th.includes(filter) || p.name_en.toLowerCase().includes(filter.toLowerCase()))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form.is_national && codes.length === 0) return toast.error(t.needScope)
    setBusy(true)
    try {
      await api("/admin/cdd-staff", { method: "POST", body: JSON.stringify({ ...form, province_codes: form.is_national ? [] : codes }) })
      toast.success(t.created)
      setForm({ email: "", password: "", first_name: "", last_name: "", position: "", is_national: false })
      setCodes([])
      await load()
    } catch (error) {
      toast.error(t.failed, { description: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  const field = (key: "email" | "password" | "first_name" | "last_name" | "position", label: string, type = "text") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`cdd-${key}`}>{label}</Label>
      <Input
        id={`cdd-${key}`}
        type={type}
        required={key === "email" || key === "password"}
        minLength={key === "password" ? 10 : undefined}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t.intro}</Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.email}</Table.HeaderCell>
              <Table.HeaderCell>{t.firstName}</Table.HeaderCell>
              <Table.HeaderCell>{t.scope}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {staff.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>{s.email}</Table.Cell>
                <Table.Cell>{[s.first_name, s.last_name].filter(Boolean).join(" ") || "—"}{s.position ? ` · ${s.position}` : ""}</Table.Cell>
                <Table.Cell>
                  {s.is_national ? <Badge color="blue">{t.nationalBadge}</Badge> : s.province_codes.map((c) => nameOf.get(c) ?? c).join(", ")}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {staff.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">{t.none}</Text>}
      </Container>
      <Container className="p-6">
        <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
          {field("email", t.email, "email")}
          {field("password", t.password, "password")}
          {field("first_name", t.firstName)}
          {field("last_name", t.lastName)}
          {field("position", t.position)}
          <div className="flex items-center gap-x-2 md:col-span-2">
            <Checkbox id="cdd-national" checked={form.is_national} onCheckedChange={(v) => setForm({ ...form, is_national: v === true })} />
            <Label htmlFor="cdd-national">{t.national}</Label>
          </div>
          {!form.is_national && (
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-ui-fg-base">{t.provinces}</legend>
              <Input aria-label={t.filter} placeholder={t.filter} value={filter} onChange={(e) => setFilter(e.target.value)} className="mb-2" />
              <div className="grid max-h-64 grid-cols-2 gap-1 overflow-y-auto md:grid-cols-4">
                {shown.map((p) => (
                  <label key={p.code} className="flex items-center gap-x-2 text-sm">
                    <Checkbox
                      checked={codes.includes(p.code)}
                      onCheckedChange={(v) => setCodes(v === true ? [...codes, p.code] : codes.filter((c) => c !== p.code))}
                    />
                    {p.name_th}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <div className="md:col-span-2">
            <Button type="submit" isLoading={busy}>{t.create}</Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "เจ้าหน้าที่ CDD / CDD staff", icon: Users })

export default CddStaffPage
