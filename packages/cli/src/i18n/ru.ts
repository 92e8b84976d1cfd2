import type { Messages } from './types.js';

/** After a colon a Russian sentence goes on in lowercase: «По RFC» -> «по RFC»; «RFC», «IANA» stay. */
const lowerAfterColon = (text: string) => (/^[А-ЯЁ][а-яё]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

const orList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} или ${items[items.length - 1]}`;

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const ru: Messages = {
  locale: 'ru',
  kinds: {
    reply: 'SMTP-ответ',
    'dsn-status': 'поле Status в DSN',
    'dsn-diagnostic': 'поле Diagnostic-Code в DSN',
    postfix: 'строка журнала Postfix',
    exim: 'строка журнала Exim',
    sendmail: 'строка журнала Sendmail',
    code: 'код',
  },
  labels: {
    line: (n) => `строка ${n}`,
    where: (kind, n) => `${kind}, строка ${n}`,
    replyCode: 'Код ответа',
    enhancedCode: 'Расширенный код состояния',
    class: 'Класс',
    subject: 'Категория',
    detail: 'Уточнение',
    replyText: 'Текст ответа',
    recipient: 'Получатель',
    host: 'Удалённый хост',
    command: 'Ответ на команду',
    status: 'Состояние доставки',
    dsn: 'Код DSN в журнале',
    action: 'Action в DSN',
    diagnosticType: 'Тип диагностики',
    reason: 'Причина',
    retry: 'Повторная попытка',
    warnings: 'Предупреждения',
    error: 'Ошибка разбора',
    rfcText: 'Текст ответа по RFC',
    references: 'Ссылки',
    commands: 'Ответ на команды',
    variants: 'Значение после отдельных команд',
    note: 'Примечание',
    associated: 'Связанные коды ответа',
    associatedEnhanced: 'Связанные расширенные коды',
    classes: 'Допустимые классы',
    registryStatus: 'Статус',
    firstDigit: 'Первая цифра',
    secondDigit: 'Вторая цифра',
  },
  notes: {
    fallbackSubject: (code) => `Код ${code} не зарегистрирован: по правилу RFC 3463 показано значение его категории.`,
    fallbackClass: (code) => `У кода ${code} не зарегистрированы ни уточнение, ни категория: показано значение класса.`,
    unknownReply: (code) => `Код ${code} не определён ни в одном RFC: он толкуется по цифрам, как предписывает RFC 5321.`,
    invalidReply: (code) => `${code} — недопустимый код ответа: первая цифра должна быть от 2 до 5, вторая — от 0 до 5.`,
    invalidEnhanced: (code) => `${code} — недопустимый расширенный код состояния.`,
    classNotAllowed: (code, forms) => `${code} — непредусмотренная форма: код используется только в виде ${orList(forms)}.`,
    classMismatch: (enhanced, code) => `Класс кода ${enhanced} не совпадает с первой цифрой кода ${code}.`,
    deprecated: 'Устаревший код.',
    deprecatedStem: 'устаревш',
    noteLine: (note) => `Примечание: ${lowerAfterColon(note)}`,
    generic: (forms) =>
      forms.length === 1
        ? `Код указан без класса (X): он используется только в виде ${forms[0]}.`
        : `Код указан без класса (X): он используется в виде ${orList(forms)}.`,
    nothingFound: 'Во входных данных не найдено ни SMTP-ответа, ни кода.',
    registryStatus: {
      standard: 'стандартный',
      deprecated: 'устаревший',
      'registry-only': 'упоминается только в реестре расширенных кодов',
      experimental: 'экспериментальный',
    },
    classesFrom: { registry: 'основные коды ответа в реестре', meaning: 'смысл кода (класс ничем не ограничен)' },
  },
  severity: {
    'positive-completion': 'Успех',
    'positive-intermediate': 'Положительный промежуточный ответ',
    'transient-negative': 'Временная ошибка',
    'permanent-negative': 'Постоянная ошибка',
  },
  advice: {
    success: 'Повторная попытка не нужна: сервер принял запрос.',
    'success-closing': 'Сервер принял запрос и закрывает соединение; для следующих сообщений нужно новое соединение.',
    intermediate: 'Сервер ждёт продолжения (например, текста сообщения после 354); клиент продолжает обмен.',
    retry:
      'Временная ошибка: запрос следует повторить позже без изменений. Сообщение остаётся в очереди; RFC 5321 рекомендует интервал не менее 30 минут и прекращение попыток не раньше чем через 4–5 дней.',
    'retry-closing': 'Временная ошибка, и сервер закрывает соединение: следует подключиться позже и повторить весь сеанс.',
    'too-many-recipients':
      'Слишком много получателей в одном сообщении: ответ считается временной ошибкой (как 452, RFC 5321 §4.5.3.1.10), остальным получателям сообщение отправляется в следующей транзакции.',
    fail: 'Постоянная ошибка: повторять запрос без изменений бесполезно. Сначала нужно исправить адрес или сообщение либо устранить причину отказа по политике.',
    'unknown-code': 'Недопустимый код ответа: ответ невозможно прочитать, поэтому продолжать так, будто запрос выполнен, нельзя.',
  },
  issues: {
    'bad-code': 'строка не начинается с трёхзначного кода ответа',
    'bad-separator': 'после кода ответа нет ни пробела, ни «-», ни конца строки',
    'code-out-of-range': 'код ответа вне диапазона RFC 5321 (первая цифра 2–5, вторая 0–5)',
    'code-mismatch': 'строки ответа содержат разные коды ответа',
    'missing-code': 'в многострочном ответе есть строка без кода ответа',
    'bare-code': 'ответ состоит из одного кода без текста',
    'bare-lf': 'строка заканчивается символом LF без CR',
    'bare-cr': 'в строке есть CR, за которым не следует LF',
    'empty-line': 'пустая строка',
    'line-too-long': 'строка длиннее допустимого (512 байт по RFC 5321)',
    'too-many-lines': 'в ответе больше строк, чем допускается',
    incomplete: 'входные данные обрываются внутри ответа: нет последней строки (NNN и пробел)',
    unterminated: 'у последней строки нет признака конца строки',
    'invalid-text': 'текст содержит управляющий символ или не является корректным UTF-8',
    'invalid-utf8': 'текст не является корректным UTF-8 (прочитан как ISO-8859-1)',
    'control-char': 'текст содержит управляющие символы',
    'non-ascii': 'текст содержит символы вне ASCII (UTF-8, допустимый при SMTPUTF8)',
    'enhanced-syntax': 'расширенный код состояния записан неверно',
    'enhanced-class-mismatch': 'класс расширенного кода состояния не совпадает с первой цифрой кода ответа',
    'enhanced-inconsistent': 'строки ответа содержат разные расширенные коды состояния',
    'extra-data': 'после ответа есть ещё данные',
    'dsn-status-syntax': 'поле Status не содержит корректного расширенного кода состояния',
  },
  list: {
    replyCodes: 'Коды ответа',
    enhancedCodes: 'Расширенные коды состояния',
  },
  scan: {
    count: 'Число',
    code: 'Код',
    enhanced: 'Расширенный',
    meaning: 'Значение',
    summary: (findings, lines, files) =>
      `${findings} ${plural(findings, 'код', 'кода', 'кодов')} в ${lines} ${plural(lines, 'строке', 'строках', 'строках')}${
        files > 1 ? ` (${files} ${plural(files, 'файл', 'файла', 'файлов')})` : ''
      }`,
    formats: 'Источник',
    errors: (n) => `не удалось разобрать ${n} ${plural(n, 'ответ', 'ответа', 'ответов')}`,
    none: 'SMTP-коды не найдены.',
    other: '(прочие коды)',
  },
  help: {
    tagline: 'Объясняет SMTP-ответы, отчёты о недоставке и почтовые журналы',
    usage: 'Использование',
    commandsHeading: 'Команды',
    optionsHeading: 'Параметры',
    commands: {
      explain:
        'Объясняет ответы и коды в TEXT (или на стандартном вводе): вывод сервера, поля Status и Diagnostic-Code отчёта о недоставке, строку журнала Postfix, Exim или Sendmail либо отдельный код, например 550, 5.1.1 или X.7.1.',
      scan: 'Читает почтовые журналы (файлы или стандартный ввод) построчно и подсчитывает коды.',
      list: 'Выводит все коды ответа и расширенные коды состояния.',
      show: 'Всё об одном коде: 550, 5.1.1 или X.1.1.',
    },
    options: {
      lang: 'Язык вывода: en, ja или ru (по умолчанию — из LC_ALL, LC_MESSAGES или LANG, иначе en)',
      json: 'Машиночитаемый вывод (explain: один JSON-объект на строку)',
      strict: 'explain: строгий режим разбора; код выхода 1, если входные данные не удалось разобрать',
      help: 'Показать эту справку',
      version: 'Показать версию',
    },
    examplesHeading: 'Примеры',
    footer:
      'Коды выхода: 0 — готово, 1 — объяснить нечего (или ошибка разбора при --strict), 2 — ошибка в аргументах.\nЦвет — только в терминале; NO_COLOR отключает его, FORCE_COLOR включает.',
  },
  errors: {
    unknownCommand: (name) => `неизвестная команда «${name}» (см. --help)`,
    unknownOption: (name) => `неизвестный параметр «${name}» (см. --help)`,
    missingValue: (name) => `для параметра «${name}» нужно значение`,
    badLang: (value) => `неизвестный язык «${value}»: допустимы en, ja и ru`,
    missingCode: 'для show нужен код, например 550 или 5.1.1',
    tooManyArguments: 'show принимает один код',
    unknownCode: (code) => `«${code}» — не код: нужен код ответа, например 550, или расширенный код состояния, например 5.1.1 или X.1.1`,
    notInReference: (code) =>
      `неизвестный код ${code}: его нет в справочнике (все коды — в выводе «smtp-codes list»); «smtp-codes explain ${code}» толкует его по цифрам`,
    readFile: (file, reason) => `не удалось прочитать ${file}: ${reason}`,
    inputTooLarge: (mb) => `входные данные больше ${mb} МБ; для журналов есть «smtp-codes scan»`,
    noInput: 'текст для объяснения читается со стандартного ввода (завершение — Ctrl-D)',
    unexpected: (reason) => `непредвиденная ошибка: ${reason}`,
    strictFailed: 'в строгом режиме входные данные разобрать не удалось',
  },
};
