import {
  actionsFor,
  decisionErrorState,
  listQuery,
  parseListParams,
  provinceChoices,
  REASON_MAX_LENGTH,
  validateReason,
} from "./validation"

describe("staff decisions", () => {
  it("follow the lifecycle: pending → approve/reject, approved → suspend, suspended → reinstate, rejected → nothing", () => {
    expect(actionsFor("pending")).toEqual(["approve", "reject"])
    expect(actionsFor("approved")).toEqual(["suspend"])
    expect(actionsFor("suspended")).toEqual(["reinstate"])
    expect(actionsFor("rejected")).toEqual([])
    expect(actionsFor("something-else")).toEqual([])
  })

  it("need a reason to reject or suspend, not to approve or reinstate", () => {
    expect(validateReason("reject", "")).toBe("reasonRequired")
    expect(validateReason("suspend", "   \n ")).toBe("reasonRequired")
    expect(validateReason("reject", "เอกสารไม่ครบ")).toBeUndefined()
    expect(validateReason("approve", "")).toBeUndefined()
    expect(validateReason("reinstate", "")).toBeUndefined()
    expect(validateReason("suspend", "x".repeat(REASON_MAX_LENGTH + 1))).toBe("reasonTooLong")
  })

  it("map the backend's answers to what the form says", () => {
    expect(decisionErrorState(400, "reason: say why the group is rejected")).toEqual({ fieldErrors: { reason: "reasonRequired" } })
    expect(decisionErrorState(400, "A approved group cannot be approved; allowed from: pending")).toEqual({ errorKey: "conflict" })
    expect(decisionErrorState(404, "Producer group with id: x was not found")).toEqual({ errorKey: "notFound" })
    expect(decisionErrorState(400, "Invalid request: reason too long")).toEqual({ errorKey: "invalid", apiError: "Invalid request: reason too long" })
    expect(decisionErrorState(500, "boom")).toEqual({ errorKey: "unavailable" })
  })
})

describe("staff list params", () => {
  it("default to the pending tab, page 1, no filters", () => {
    expect(parseListParams({}, [])).toEqual({ status: "pending", q: "", province: "", page: 1 })
  })

  it("keep a valid status, search, allowed province and page", () => {
    expect(parseListParams({ status: "suspended", q: "  กาแฟ ", province: "57", page: "3" }, ["50", "57"])).toEqual({
      status: "suspended",
      q: "กาแฟ",
      province: "57",
      page: 3,
    })
  })

  it("ignore unknown statuses, provinces outside the choices and broken pages", () => {
    expect(parseListParams({ status: "deleted", province: "10", page: "-2" }, ["50"])).toEqual({
      status: "pending",
      q: "",
      province: "",
      page: 1,
    })
    expect(parseListParams({ province: ["50", "51"], page: "abc" }, ["50"])).toMatchObject({ province: "50", page: 1 })
  })

  it("offer every province to national staff, own provinces only when there are several", () => {
    expect(provinceChoices({ is_national: true, province_codes: [] }, ["10", "50"])).toEqual(["10", "50"])
    expect(provinceChoices({ is_national: false, province_codes: ["50"] }, ["10", "50"])).toEqual([])
    expect(provinceChoices({ is_national: false, province_codes: ["50", "51"] }, ["10", "50", "51"])).toEqual(["50", "51"])
  })

  it("build list links with only what differs from the defaults", () => {
    expect(listQuery({ status: "pending", q: "", province: "", page: 1 })).toEqual({})
    expect(listQuery({ status: "approved", q: "silk", province: "32", page: 2 })).toEqual({
      status: "approved",
      q: "silk",
      province: "32",
      page: "2",
    })
  })
})
