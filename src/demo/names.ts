/**
 * Plausible personal names for the demo roster and its records: surnames common in
 * 金坛 and the surrounding 常州 area, and given names usual for cadres of the time.
 */
import type { Random } from "./random";

const SURNAMES: readonly string[] = "王张陈李刘周徐朱吴孙汤蒋储史袁冯于殷虞邵钱沈杨黄赵许丁葛姜潘彭戴卞芮尹谢唐马胡高".split("");

const GIVEN_NAMES: readonly string[] =
  "建国 志强 卫东 海燕 晓明 国平 红梅 建华 立新 文军 永明 玉芳 春生 小平 金宝 伟 敏 军 勇 静 娟 斌 杰 磊 涛 亮 华 芳 燕 萍 国庆 建新 宏伟 卫国 美华 丽娟 晓东 新民 荣生 德明 正华 向阳 爱华 秀英 雪芳 振华 益民 俊杰 云飞 锦林".split(
    " "
  );

/** Draws personal names, never the same name twice, so every name in the demo points at one person. */
export class NamePool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  /** A name not drawn before from this pool. */
  draw(): string {
    for (;;) {
      const name = this.rng.pick(SURNAMES) + this.rng.pick(GIVEN_NAMES);
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}
