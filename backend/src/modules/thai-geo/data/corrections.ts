/**
 * Known defects of the npm dataset (@bilions/thailand-address 2.0.1), found by comparing it with
 * other open datasets (domain facts §7.1). Thai names and DOPA codes are treated as authoritative;
 * these patches fix the English names that are plainly wrong.
 */
export const DISTRICT_NAME_EN_FIXES: Record<string, string> = {
  "5402": "Rong Kwang", // labelled "Mueang Phrae" upstream
  "3117": "Non Suwan", // labelled "Non Din Daeng" upstream
}

export const PROVINCE_NAME_EN_FIXES: Record<string, string> = {
  "11": "Samut Prakan",
  "27": "Sa Kaeo",
  "82": "Phang Nga",
}
