/**
 * Errors shaped like OfficeExtension.Error (name, code, message, debugInfo), with the
 * codes and English messages Excel uses, so the adapter's error mapping is exercised
 * against what it will really receive.
 */

/** What a failed `context.sync()` rejects with in Excel. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/** An Excel error with Excel's message for `code` (or `detail` when Excel says more). */
export function officeError(code: string, location?: string, detail?: string): FakeOfficeError {
  return new FakeOfficeError(code, detail ?? MESSAGES[code] ?? code, location);
}

/** The error Office.js throws when a property is read before it was loaded and synced. */
export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError("PropertyNotLoaded", MESSAGES.PropertyNotLoaded.replace("{0}", property), `${entity}.${property}`);
}
