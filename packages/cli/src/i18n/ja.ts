import { ja as explainja } from '@smtp-codes/explain/ja';
import type { Messages } from './types.js';

export const ja: Messages = {
  ...explainja.messages,
  list: {
    replyCodes: '応答コード',
    enhancedCodes: '拡張ステータスコード',
  },
  omitted: {
    heading: (n) => `… ほかに ${n} 件あります。個別には解説せず、コードごとの件数のみ示します:`,
    hint: 'ログ全体の集計には "smtp-codes scan" を使います。',
  },
  scan: {
    count: '件数',
    code: 'コード',
    enhanced: '拡張',
    meaning: '意味',
    summary: (findings, lines, files) => `${files > 1 ? `${files} 個のファイル、` : ''}${lines} 行からコードを ${findings} 件検出しました`,
    formats: '検出元',
    errors: (n) => `${n} 件の応答を解析できませんでした`,
    none: 'SMTP のコードは見つかりませんでした。',
    other: '(その他のコード)',
  },
  help: {
    tagline: 'SMTP の応答、不達通知、メールログを説明します',
    usage: '使い方',
    commandsHeading: 'コマンド',
    optionsHeading: 'オプション',
    commands: {
      explain:
        'TEXT (または標準入力) に含まれる応答とコードを説明します。サーバーの応答そのもの、不達通知の Status や Diagnostic-Code フィールド、Postfix・Exim・Sendmail のログ行、550、5.1.1、X.7.1 のようなコードだけでも構いません。',
      scan: 'メールログ (ファイルまたは標準入力) を 1 行ずつ読み、含まれるコードを集計します。',
      list: 'すべての応答コードと拡張ステータスコードを一覧表示します。',
      show: '1 つのコード (550、5.1.1、X.1.1 など) について詳しく表示します。',
    },
    options: {
      lang: '出力の言語: en、ja、ru (既定値は LC_ALL、LC_MESSAGES、LANG の順に判定し、該当しなければ en)',
      json: '機械処理向けの出力 (explain では 1 行に 1 つの JSON オブジェクト)',
      strict: 'explain: strict モードで解析し、解析できなかった場合は終了コード 1 で終了します',
      help: 'このヘルプを表示します',
      version: 'バージョンを表示します',
    },
    examplesHeading: '例',
    footer:
      '終了コード: 0 は完了、1 は説明できるものがなかった (または --strict で解析エラー)、2 は使い方の誤りです。\n色は端末に出力する場合だけ付きます。NO_COLOR で無効、FORCE_COLOR で有効になります。',
  },
  errors: {
    unknownCommand: (name) => `不明なコマンド「${name}」です (--help を参照してください)`,
    unknownOption: (name) => `不明なオプション「${name}」です (--help を参照してください)`,
    missingValue: (name) => `オプション「${name}」には値が必要です`,
    badLang: (value) => `不明な言語「${value}」です。en、ja、ru のいずれかを指定してください`,
    missingCode: 'show には 550 や 5.1.1 のようなコードを指定してください',
    tooManyArguments: 'show に指定できるコードは 1 つです',
    unknownCode: (code) =>
      `「${code}」はコードではありません。550 のような応答コードか、5.1.1 や X.1.1 のような拡張ステータスコードを指定してください`,
    notInReference: (code) =>
      `不明なコード ${code} です。リファレンスにありません (すべてのコードは「smtp-codes list」で確認できます)。「smtp-codes explain ${code}」を使うと各桁の意味で解釈します`,
    readFile: (file, reason) => `${file} を読み取れません: ${reason}`,
    inputTooLarge: (mb) => `入力が ${mb} MB を超えています。ログには「smtp-codes scan」を使ってください`,
    noInput: '説明するテキストを標準入力から読み取ります (Ctrl-D で終了)',
    unexpected: (reason) => `予期しないエラーです: ${reason}`,
    strictFailed: 'strict モードでは入力を解析できませんでした',
  },
};
