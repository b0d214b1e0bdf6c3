/** Lengths and sizes shared by forms and the server. */
export const Limits = {
  nameMax: 100,
  shortNameMax: 30,
  titleMax: 100,
  personNameMax: 50,
  addressMax: 200,
  phoneMax: 30,
  emailMax: 100,
  textMax: 2000,
  longTextMax: 100_000,
  usernameMin: 3,
  usernameMax: 32,
  passwordMin: 10,
  passwordMax: 128,
  importRowsMax: 10_000,
  uploadBytesMax: 20 * 1024 * 1024,
  /** A JSON request body; routes taking pasted documents allow more (see their `bodyLimit`). */
  jsonBodyBytesMax: 1024 * 1024,
  /** A JSON body carrying a pasted document (an outside report, a work plan's text). */
  pastedTextBodyBytesMax: 4 * 1024 * 1024,
} as const;
