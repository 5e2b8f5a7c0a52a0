import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_NOTICES } from '@ogi/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_NOTICES_DIR, noticeIndexSource } from '../src/notice-files.js';
import { runCli } from './run-cli.js';

/** The 2026 notice as Xinhua published it on 2025-11-04. */
const NOTICE_2026 = `新华社北京11月4日电 国务院办公厅关于2026年部分节假日安排的通知，全文如下：

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。

二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。

三、清明节：4月4日（周六）至6日（周一）放假，共3天。

四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。

五、端午节：6月19日（周五）至21日（周日）放假，共3天。

六、中秋节：9月25日（周五）至27日（周日）放假，共3天。

七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。

国务院办公厅
2025年11月4日
`;

/** The 2020 notice's Spring Festival line, and the notice that extended it. */
const SPRING_FESTIVAL_2020 = `国务院办公厅关于2020年部分节假日安排的通知
国办发明电〔2019〕16号

二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。

国务院办公厅
2019年11月21日
`;
const EXTENSION_2020 = `国务院办公厅关于延长2020年春节假期的通知
国办发明电〔2020〕1号

一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。

国务院办公厅
2020年1月26日
`;

let folder: string;

/** A fresh, empty notices folder inside the test's temporary folder. */
function noticesFolder(name: string): string {
  const dir = join(folder, name);
  mkdirSync(dir);
  return dir;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ogi-add-notice-'));
  writeFileSync(join(folder, '2026.txt'), NOTICE_2026);
  writeFileSync(
    join(folder, '2026-wrong-weekday.txt'),
    NOTICE_2026.replace('1月1日（周四）', '1月1日（周五）'),
  );
  writeFileSync(join(folder, '2026-gbk.txt'), Buffer.from([0xb9, 0xfa, 0xce, 0xf1, 0xd4, 0xba]));
  writeFileSync(join(folder, '2020.txt'), SPRING_FESTIVAL_2020);
  writeFileSync(join(folder, '2020-extension.txt'), EXTENSION_2020);
});

describe('Command: ogi calendar add-notice', () => {
  it("writes the year's file and the index into the folder given, and prints the year it wrote", () => {
    // Prepare
    const out = noticesFolder('first');
    // Act
    const result = runCli(['calendar', 'add-notice', '2026.txt', '--out', out], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(join(out, '2026.json'), 'utf8'));
    expect(written).toEqual(NATIONAL_NOTICES.find((notice) => notice.year === 2026));
    expect(readFileSync(join(out, 'index.ts'), 'utf8')).toBe(noticeIndexSource([2026]));
    expect(result.stdout).toContain(`已写入 wrote ${join(out, '2026.json')}（新增 new）`);
    expect(result.stdout).toContain('2026-02-15（周日）— 2026-02-23（周一）  春节  9天');
    expect(result.stdout).toContain('2026-01-04（周日）  元旦');
    expect(result.stdout).toContain(
      '全年工作日 working days: 248；休息日 rest days (weekends included): 117',
    );
  });

  it('changes nothing when the same notice is added again', () => {
    // Prepare
    const out = noticesFolder('again');
    runCli(['calendar', 'add-notice', '2026.txt', '--out', out], '', { INIT_CWD: folder });
    // Act
    const result = runCli(['calendar', 'add-notice', '2026.txt', '--out', out, '--json'], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      status: 'unchanged',
      kind: 'notice',
      year: 2026,
      workingDays: 248,
    });
    expect(result.json()).not.toHaveProperty('index');
  });

  it("applies an amendment to the year's file in the folder", () => {
    // Prepare
    const out = noticesFolder('amended');
    runCli(['calendar', 'add-notice', '2020.txt', '--out', out], '', { INIT_CWD: folder });
    // Act
    const result = runCli(['calendar', 'add-notice', '2020-extension.txt', '--out', out], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, '2020.json'), 'utf8'))).toMatchObject({
      amendments: [
        {
          notice: '国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）',
          issuedOn: '2020-01-26',
          change: '春节假期延长至2月2日，原定2月1日（周六）上班取消',
        },
      ],
      holidays: [{ name: '春节', from: '2020-01-24', to: '2020-02-02' }],
      makeUpWorkdays: [{ on: '2020-01-19', for: '春节' }],
    });
    expect(result.stdout).toContain('调整 amended by 国务院办公厅关于延长2020年春节假期的通知');
  });

  it('refuses a notice that does not check, with code 2, the line and the reason, and writes nothing', () => {
    // Prepare
    const out = noticesFolder('refused');
    // Act
    const result = runCli(['calendar', 'add-notice', '2026-wrong-weekday.txt', '--out', out], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the notice does not check, 1 problem(s)');
    expect(result.stderr).toContain(
      'line 7: 1月1日 is labelled 周五, but 2026-01-01 is a Thursday（1月1日标注为周五，但2026-01-01是星期四）',
    );
    expect(existsSync(join(out, '2026.json'))).toBe(false);
  });

  it('refuses to overwrite a different notice of the same year unless told to replace it', () => {
    // Prepare
    const out = noticesFolder('replace');
    writeFileSync(join(out, '2026.json'), '{"year": 2026, "holidays": [], "makeUpWorkdays": []}\n');
    // Act
    const refused = runCli(['calendar', 'add-notice', '2026.txt', '--out', out], '', {
      INIT_CWD: folder,
    });
    const replaced = runCli(['calendar', 'add-notice', '2026.txt', '--out', out, '--replace'], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('（更新 updated）');
  });

  it.each([
    [['calendar', 'add-notice'], 'FILE'],
    [['calendar', 'add-notice', 'missing.txt'], 'no such file'],
    [['calendar', 'add-notice', '2026-gbk.txt'], 'not UTF-8'],
    [['calendar', 'add-notice', '2026.txt', '--out', 'no-such-folder'], '--out'],
    [['calendar', 'add-notice', '2026.txt', 'extra.txt'], 'unexpected argument'],
    [['calendar', 'frobnicate'], 'unexpected argument'],
  ])('exits with code 2 for %j, naming %s', (args, named) => {
    // Act
    const result = runCli(args, '', { INIT_CWD: folder });
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(named);
  });
});

describe('Function: noticeIndexSource', () => {
  it('writes the index @ogi/domain holds for the years it holds', () => {
    // Prepare
    const years = NATIONAL_NOTICES.map((notice) => notice.year);
    // Act
    const source = noticeIndexSource(years);
    // Assess
    expect(source).toBe(readFileSync(join(DOMAIN_NOTICES_DIR, 'index.ts'), 'utf8'));
  });
});
