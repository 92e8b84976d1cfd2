import { ru as explainru } from '@smtp-codes/explain/ru';
import type { Messages } from './types.js';

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const ru: Messages = {
  ...explainru.messages,
  list: {
    replyCodes: 'Коды ответа',
    enhancedCodes: 'Расширенные коды состояния',
  },
  omitted: {
    heading: (n) =>
      `… и ещё ${n} ${plural(n, 'ответ или код', 'ответа или кода', 'ответов или кодов')}: они подсчитаны по кодам, но не разобраны по отдельности:`,
    hint: 'Для журнала полную сводку даёт «smtp-codes scan».',
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
    statuses: {
      sent: 'доставлено',
      deferred: 'отложено',
      bounced: 'не доставлено',
      rejected: 'отклонено',
      expired: 'истёк срок доставки',
      unknown: 'не записано',
    },
    headings: {
      status: 'По состоянию',
      reason: 'По причине',
      code: 'По коду',
      domain: 'По домену получателя',
      relay: 'По удалённому хосту',
    },
    keys: { status: 'Состояние', reason: 'Причина', code: 'Код', domain: 'Домен', relay: 'Удалённый хост' },
    statusSplit: 'Состояния',
    separator: ', ',
    topCodes: 'Частые коды',
    sample: 'напр.',
    notLogged: '(не записано)',
    otherKeys: '(прочие)',
    more: (n) => `… и ещё ${n} (--by, --top)`,
    outsideWindow: (n) => `вне периода: ${n} ${plural(n, 'код', 'кода', 'кодов')}`,
    untimed: (n) => `без времени: ${n} ${plural(n, 'код', 'кода', 'кодов')}, не учтены из-за --since/--until`,
    hint: 'scan читает почтовые журналы: укажите файл (smtp-codes scan /var/log/mail.log) или передайте его через канал (zcat mail.log.2.gz | smtp-codes scan).',
  },
  help: {
    tagline: 'Объясняет SMTP-ответы, отчёты о недоставке и почтовые журналы',
    usage: 'Использование',
    commandsHeading: 'Команды',
    optionsHeading: 'Параметры',
    commands: {
      explain:
        'Объясняет ответы и коды в TEXT (или на стандартном вводе): вывод сервера, поля Status и Diagnostic-Code отчёта о недоставке, строку журнала Postfix, Exim или Sendmail либо отдельный код, например 550, 5.1.1 или X.7.1. Письмо целиком (отчёт о недоставке, сохранённый как .eml, или файл mbox) читается как уведомление: его вид, кто его составил и для каждого получателя — что ответил принимающий сервер. Аргументы FILE читаются как письма.',
      scan: 'Читает почтовые журналы (файлы, файлы gzip или стандартный ввод) за один проход и подсчитывает, что произошло: по состоянию доставки, коду, домену получателя и удалённому хосту.',
      list: 'Выводит все коды ответа и расширенные коды состояния.',
      show: 'Всё об одном коде: 550, 5.1.1 или X.1.1.',
      completion: 'Вывести сценарий автодополнения для bash, zsh или fish.',
    },
    options: {
      lang: 'Язык вывода: en, ja или ru (по умолчанию — из LC_ALL, LC_MESSAGES или LANG, иначе en)',
      json: 'Машиночитаемый вывод (explain: один JSON-объект на строку)',
      strict: 'explain: строгий режим разбора; код выхода 1, если входные данные не удалось разобрать',
      ndjson: 'scan: по одному объекту JSON на каждый найденный код, по ходу чтения',
      by: 'scan: одна таблица: status, reason, code, domain или relay (по умолчанию — краткий обзор каждой)',
      top: 'scan: число строк в таблице (по умолчанию 5 в обзоре, 25 с --by)',
      since: 'scan: только строки начиная с этого времени: Nov 23 23:19:49, 2024-11-23T23:19:49Z или 2h, 1d назад',
      until: 'scan: только строки до этого времени (те же формы, что у --since)',
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
    messageTooLarge: (mb) => `сообщение больше ${mb} МБ и пропущено`,
    fileTooLarge: (mb) => `файл больше ${mb} МБ`,
    inputTooLarge: (mb) => `входные данные больше ${mb} МБ; для журналов есть «smtp-codes scan»`,
    noInput: 'текст для объяснения читается со стандартного ввода (завершение — Ctrl-D)',
    unexpected: (reason) => `непредвиденная ошибка: ${reason}`,
    strictFailed: 'в строгом режиме входные данные разобрать не удалось',
    badBy: (value) => `неизвестная разбивка «${value}»: укажите status, reason, code, domain или relay`,
    badTop: (value) => `--top ожидает целое число строк от 1, а не «${value}»`,
    badTime: (option, value) => `${option}: «${value}» — не время; примеры: Nov 23 23:19:49, 2024-11-23T23:19:49Z, 2h, 1d`,
    jsonAndNdjson: '--json и --ndjson нельзя указывать вместе',
    stdinDirectory: 'стандартный ввод — это каталог, а не файл: перенаправьте файл (< FILE) или укажите его аргументом',
    badShell: (value) => `completion поддерживает bash, zsh или fish, а не «${value}»`,
  },
};
