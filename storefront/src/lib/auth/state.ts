/**
 * The one sign-in form's state, shared by the producer portal, the staff desk and customer
 * accounts. Pure (no server code), so the client form can import it.
 */

/** Message keys under each sign-in namespace (Producer.login, Staff.login, Account.signIn). */
export type SignInErrorKey = "invalidCredentials" | "missingFields" | "unavailable" | "notStaff" | "notCustomer"

export type SignInState = {
  errorKey?: SignInErrorKey
  /** What was typed (never the password), so a failed attempt keeps it. */
  email?: string
}

/** The message namespaces a sign-in form can speak; each has the keys of SignInMessageKey. */
export type SignInNamespace = "Producer.login" | "Staff.login" | "Account.signIn"

export type SignInMessageKey = "email" | "password" | "submit" | "submitting" | Exclude<SignInErrorKey, "notStaff" | "notCustomer">
