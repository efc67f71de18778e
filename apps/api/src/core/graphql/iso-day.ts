/** A calendar day as the API takes it (YYYY-MM-DD), for `@Matches(ISO_DAY, dayMessage('field'))`. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The validation message naming the field (the error formatter turns it into the caller's language). */
export const dayMessage = (field: string) => ({ message: `${field} must be a date as YYYY-MM-DD` });
