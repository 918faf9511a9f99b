/**
 * The reader's text normalisation, which lives in the domain (../../domain/text) so that
 * validation folds names exactly as the reader folds headers and codes. Kept as a path of
 * its own for the modules that import it from here.
 */
export { hasFullWidth, looseKey as headerKey, toHalfWidth, trimAll } from "../../domain/text";
