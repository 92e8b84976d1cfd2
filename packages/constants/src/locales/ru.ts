// Entry point `@smtp-codes/constants/locales/ru`: only this language's texts.
export { ru } from '../generated/ru.js';
