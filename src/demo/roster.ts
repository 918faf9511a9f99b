/**
 * The demo roster (单位名册) of 金坛市: ten towns and districts, the city departments
 * and units (every lead and cooperating department of the default key tasks among
 * them), and the 100 key sections (重点科室, 三(二): 具有审批、执法、招投标、采购职能以及
 * 直接服务企业的部门科室), each under its department.
 */
import { KEY_SECTION_CATEGORY } from "../domain/campaign";
import type { Unit } from "../domain/types";
import type { NamePool } from "./names";

export const TOWN_CATEGORY = "镇(区)";
export const DEPARTMENT_CATEGORY = "市级机关部门";
export const CITY_UNIT_CATEGORY = "市直单位";

const TOWNS = ["金城镇", "尧塘镇", "儒林镇", "直溪镇", "朱林镇", "薛埠镇", "指前镇", "东城街道", "西城街道", "开发区"];

const DEPARTMENTS: readonly string[] =
  "市委办公室 市政府办公室 市委组织部 市委宣传部 市委政法委 市编办 市机关工委 市监察局 市优化办 市发改局 市经信委 市财政局 市人社局 市住建局 市国土局 市规划局 市环保局 市交通局 市水利局 市农林局 市教育局 市卫生局 市民政局 市公安局 市审计局 市商务局 市物价局 市统计局 市信访局 市法制办 市金融办".split(
    " "
  );

const CITY_UNITS: readonly string[] =
  "市行政服务中心 市广电台 市委党校 市国税局 市地税局 市工商局 市质监局 市总工会 市公积金管理中心 市供电公司".split(" ");

/** Sections with approval, enforcement, tendering or procurement duties, or that serve enterprises directly: 100 in all. */
const KEY_SECTIONS: Record<string, readonly string[]> = {
  市发改局: ["投资科", "项目办", "能源科", "工业科", "社会科"],
  市经信委: ["技术改造科", "企业服务科", "经济运行科", "信息化科"],
  市财政局: ["国库科", "政府采购办", "企业科", "预算科", "农财科"],
  市人社局: ["劳动关系科", "就业促进科", "社会保险科", "劳动监察大队", "人才开发科"],
  市住建局: ["建筑业管理科", "房地产管理科", "招投标办", "质量安全监督站", "城建科", "物业管理科", "市政工程管理处"],
  市国土局: ["地籍科", "耕地保护科", "用地科", "土地利用科", "执法监察大队", "土地储备中心"],
  市规划局: ["规划管理科", "建设用地管理科", "规划监察大队", "测绘管理科"],
  市环保局: ["环评科", "环境监察大队", "污染控制科", "环境监测站"],
  市公安局: ["出入境管理科", "户政科", "车辆管理所", "治安大队", "消防大队", "经侦大队"],
  市交通局: ["运输管理所", "工程建设科", "路政大队", "港航管理站"],
  市水利局: ["水政监察大队", "工程管理科", "水资源科", "农村水利科"],
  市农林局: ["农业执法大队", "农机科", "林业站", "畜牧兽医站"],
  市卫生局: ["医政科", "卫生监督所", "疾病预防控制中心", "妇幼保健所"],
  市教育局: ["计财科", "基教科", "招生办"],
  市商务局: ["外资科", "外贸科", "市场建设科", "招商服务科"],
  市物价局: ["收费管理科", "价格监督检查分局"],
  市民政局: ["社会救助科", "民间组织管理科", "优抚安置科", "婚姻登记处"],
  市审计局: ["经济责任审计科", "投资审计科"],
  市统计局: ["执法检查科"],
  市法制办: ["行政复议科"],
  市信访局: ["接待科"],
  市行政服务中心: ["综合科", "审批协调科"],
  市国税局: ["办税服务厅", "征管科", "税政科"],
  市地税局: ["办税服务厅", "征管科", "稽查局"],
  市工商局: ["企业注册科", "经济检查大队", "消费者权益保护科", "商标广告科"],
  市质监局: ["稽查大队", "标准化科", "计量所", "特种设备科"],
  市公积金管理中心: ["归集科", "贷款科"],
  市供电公司: ["营销部", "客户服务中心"],
};

/** Builds the roster: codes Z01.. (towns), B01.. (departments), S01.. (city units), K001.. (key sections). */
export function demoRoster(names: NamePool): Unit[] {
  const top = (list: readonly string[], prefix: string, category: string): Unit[] =>
    list.map((name, i) => ({ code: `${prefix}${String(i + 1).padStart(2, "0")}`, name, category, parentCode: "", leader: names.draw() }));
  const upper = [...top(TOWNS, "Z", TOWN_CATEGORY), ...top(DEPARTMENTS, "B", DEPARTMENT_CATEGORY), ...top(CITY_UNITS, "S", CITY_UNIT_CATEGORY)];
  const sections: Unit[] = [];
  for (const parent of upper) {
    for (const section of KEY_SECTIONS[parent.name] ?? []) {
      sections.push({
        code: `K${String(sections.length + 1).padStart(3, "0")}`,
        name: parent.name + section,
        category: KEY_SECTION_CATEGORY,
        parentCode: parent.code,
        leader: names.draw(),
      });
    }
  }
  return [...upper, ...sections];
}
