//! What a report copied from a web page carries that is not the report: the page's toolbar
//! (下载 打印 分享 字号 大 中 小 关闭), its source and date lines (来源：, 发布时间：, 责任编辑),
//! photo captions, and the related-news tail (相关报道 and all after it). The draft files none
//! of it under a section or as the title, and lists it at the top of the draft.

/// A line of the page the draft leaves out, and where it stands in the joined report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub start: usize,
    pub end: usize,
    pub line: String,
}

/// Words of a page's toolbar and navigation: a line of nothing else is no part of the report.
const TOOLBAR: &[&str] = &[
    "下载",
    "打印",
    "分享",
    "分享到",
    "关闭",
    "关闭窗口",
    "收藏",
    "字号",
    "字体",
    "大",
    "中",
    "小",
    "默认",
    "纠错",
    "返回",
    "返回顶部",
    "返回首页",
    "首页",
    "上一篇",
    "下一篇",
    "微信",
    "微博",
    "扫一扫",
    "在手机打开",
    "打印本页",
    "打印文章",
    "保存",
    "附件",
    "复制链接",
    "QQ",
    "QQ空间",
    "朋友圈",
    "当前位置",
    "您的位置",
    "正文",
    "放大",
    "缩小",
    "【",
    "】",
    "[",
    "]",
];

/// How a line of the page's meta data opens: its source, date, author or counters.
const META_OPENERS: &[&str] = &[
    "来源",
    "信息来源",
    "文章来源",
    "稿件来源",
    "时间",
    "发布时间",
    "发布日期",
    "发文日期",
    "更新时间",
    "日期",
    "责任编辑",
    "编辑",
    "作者",
    "记者",
    "浏览次数",
    "浏览量",
    "点击数",
    "阅读数",
    "访问量",
    "字号",
    "分享到",
    "当前位置",
    "您的位置",
    "您当前的位置",
    "版权所有",
    "主办单位",
    "承办单位",
    "网站标识码",
    "Copyright",
    "copyright",
];

/// How the tail of related links opens: that line and every line after it are the page's.
const TAIL_OPENERS: &[&str] = &[
    "相关报道",
    "相关新闻",
    "相关链接",
    "相关阅读",
    "相关文章",
    "相关稿件",
    "延伸阅读",
    "推荐阅读",
    "热点推荐",
    "猜你喜欢",
    "热门文章",
    "更多新闻",
];

/// Every line of the page that is not the report, in order.
pub fn page_clutter(report: &str) -> Vec<Dropped> {
    let mut dropped = Vec::new();
    let mut at = 0;
    let mut in_tail = false;
    for raw in report.split('\n') {
        let text = raw.trim_end_matches('\r');
        let line = text.trim();
        let start = at + text.find(line).unwrap_or(0);
        at += text.len();
        if line.is_empty() {
            continue;
        }
        in_tail = in_tail || opens_with(line, TAIL_OPENERS) && line.chars().count() <= 12;
        if in_tail || is_toolbar(line) || is_breadcrumb(line) || is_meta(line) || is_caption(line) {
            dropped.push(Dropped {
                start,
                end: start + line.len(),
                line: line.to_string(),
            });
        }
    }
    dropped
}

/// The dropped line a place of the joined report stands in, if any.
pub fn covers(dropped: &[Dropped], at: usize) -> Option<&Dropped> {
    dropped.iter().find(|line| line.start <= at && at < line.end)
}

fn opens_with(line: &str, openers: &[&str]) -> bool {
    let line = line.trim_start_matches(['【', '[', '■', '●', '▲', '◆', '>', '》']);
    openers.iter().any(|opener| line.starts_with(opener))
}

/// 下载 | 打印 | 字号 大 中 小 | 关闭: toolbar words and separators only.
fn is_toolbar(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "|｜/·•:：>»＞【】[]()（）".contains(c))
        .filter(|word| !word.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|word| TOOLBAR.contains(word))
}

/// 首页 > 政务公开 > 政府工作报告: where the page stands in its site.
fn is_breadcrumb(line: &str) -> bool {
    opens_with(line, &["首页", "网站首页", "当前位置", "您的位置", "您当前的位置"])
        && line.contains(['>', '＞', '»', '›'])
}

/// 来源：海拉尔区人民政府  发布时间：2019-03-11 — a label with a colon, on a short line.
fn is_meta(line: &str) -> bool {
    let labelled = META_OPENERS.iter().any(|opener| {
        let rest = line.trim_start_matches(['【', '[']).strip_prefix(opener);
        rest.is_some_and(|rest| rest.trim_start().starts_with(['：', ':', '】', ']']))
    });
    labelled && line.chars().count() <= 80 && !line.contains('。')
}

/// 图为……; （记者 张三 摄）; 图片来源：…: a photo's caption or credit.
fn is_caption(line: &str) -> bool {
    let bare = line.trim_start_matches(['（', '(', '▲', '△', '↑']);
    let credit =
        (line.ends_with('摄') || line.ends_with("摄）") || line.ends_with("摄)")) && line.chars().count() <= 40;
    bare.starts_with("图为") || bare.starts_with("图片") || bare.starts_with("摄影") || credit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::phrase::joined_lines;

    const PAGE: &str = "首页 > 政务公开 > 政府工作报告\n下载\n打印 | 分享 | 字号 大 中 小 | 关闭\n\
来源：海拉尔区人民政府  发布时间：2019-03-11 09:30\n政 府 工 作 报 告\n\
——2019年3月4日在海拉尔区第十五届人民代表大会第三次会议上\n各位代表：\n\
全年地区生产总值完成192.3亿元。\n图为海拉尔区新建的2号公园。\n（记者 张三 摄）\n\
时间就是效率，来源于实干。\n责任编辑：李四\n相关报道\n海拉尔区2018年经济增长6%\n\
呼伦贝尔召开第3次会议\n";

    fn lines(report: &str) -> Vec<String> {
        page_clutter(report).into_iter().map(|dropped| dropped.line).collect()
    }

    #[test]
    fn the_pages_toolbar_meta_captions_and_tail_are_dropped() {
        assert_eq!(
            lines(PAGE),
            [
                "首页 > 政务公开 > 政府工作报告",
                "下载",
                "打印 | 分享 | 字号 大 中 小 | 关闭",
                "来源：海拉尔区人民政府  发布时间：2019-03-11 09:30",
                "图为海拉尔区新建的2号公园。",
                "（记者 张三 摄）",
                "责任编辑：李四",
                "相关报道",
                "海拉尔区2018年经济增长6%",
                "呼伦贝尔召开第3次会议",
            ]
        );
    }

    #[test]
    fn the_reports_own_lines_stay() {
        let kept = lines(PAGE);
        for line in [
            "政 府 工 作 报 告",
            "各位代表：",
            "全年地区生产总值完成192.3亿元。",
            "时间就是效率，来源于实干。",
        ] {
            assert!(!kept.iter().any(|dropped| dropped == line), "{line}");
        }
        assert!(lines(include_str!("../../data/hailar-2019/report.txt")).is_empty());
        assert!(lines(include_str!("../../data/qingshanhu-2023/report.txt")).is_empty());
    }

    #[test]
    fn dropped_lines_are_found_in_the_joined_report() {
        let joined = joined_lines(PAGE);
        for dropped in page_clutter(PAGE) {
            assert_eq!(&joined[dropped.start..dropped.end], dropped.line);
            assert_eq!(covers(&page_clutter(PAGE), dropped.start), Some(&dropped));
        }
    }
}
